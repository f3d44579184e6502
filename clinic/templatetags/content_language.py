"""Marks treatment content shown in English on another language's page because its
translation is blank (django-modeltranslation's fallback): ` lang="en-gb"` on the element that
holds it, so screen readers read it in English (WCAG 2.2, 3.1.2 Language of Parts)."""

from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import get_language
from modeltranslation.utils import build_localized_fieldname

register = template.Library()


@register.simple_tag
def lang_if_fallback(obj, field: str) -> str:
    """` lang="en-gb"` when the page's language has no text of its own for obj.field."""
    language = get_language()
    if obj is None or language == settings.LANGUAGE_CODE:
        return ""
    if getattr(obj, build_localized_fieldname(field, language), None):
        return ""
    return format_html(' lang="{}"', settings.LANGUAGE_CODE)
