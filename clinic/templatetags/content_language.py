"""Marks treatment content shown in English on another language's page because its
translation is blank (django-modeltranslation's fallback), so screen readers read it in English
(WCAG 2.2, 3.1.2 Language of Parts), with the helpers of clinic/content_language.py.

- `{% lang_if_fallback obj "field" %}`: ` lang="en-gb"` for the element that holds a long text.
- `{{ obj|lang_marked:"field" }}`: a short text (a name, a title) where it stands, in a
  <span lang="en-gb"> only if it fell back; it may go on through filters (|lower) and into
  {% blocktranslate with %}.
- `{{ text|lang_attr }}`: ` lang="en-gb"` for the element around a choice's label or a question
  that came from a form (FallbackText).

None of these can reach text inside a <title>, a meta description or an attribute value
(aria-label, data-label, a mailto subject): those cannot hold markup, and keep the plain text.
"""

from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.safestring import SafeString

from clinic.content_language import FallbackText, marked, shows_fallback, translated

register = template.Library()


@register.simple_tag
def lang_if_fallback(obj, field: str) -> str:
    """` lang="en-gb"` when the page's language has no text of its own for obj.field."""
    if not shows_fallback(obj, field):
        return ""
    return format_html(' lang="{}"', settings.LANGUAGE_CODE)


@register.filter
def lang_marked(obj, field: str) -> SafeString:
    """obj.field, escaped, in <span lang="en-gb"> where it fell back to English."""
    if obj is None:
        return SafeString("")
    return marked(translated(obj, field))


@register.filter
def lang_attr(text) -> str:
    """` lang="en-gb"` for the element that shows text, if it is FallbackText."""
    if not isinstance(text, FallbackText):
        return ""
    return format_html(' lang="{}"', text.lang)
