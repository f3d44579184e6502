"""Treatment content shown in English on another language's page, because its translation is
blank (django-modeltranslation falls back to English, treatments/translation.py), is marked as
English, so that screen readers read it in English (WCAG 2.2, 3.1.2 Language of Parts).

`shows_fallback` says when a field falls back; `translated` gives the field's text, as
FallbackText when it does; `marked` writes such text in HTML. Templates use them through
clinic/templatetags/content_language.py; forms put FallbackText in their labels.
"""

from django.conf import settings
from django.utils.html import conditional_escape, escape, format_html
from django.utils.safestring import SafeString, mark_safe
from modeltranslation.utils import build_localized_fieldname, get_language


def shows_fallback(obj, field: str) -> bool:
    """Whether obj.field shows its English because the page's language has no text of its own."""
    # modeltranslation's get_language: the active language as one of settings.LANGUAGES
    # ("en" is "en-gb"), the column it reads.
    language = get_language()
    if obj is None or language == settings.LANGUAGE_CODE:
        return False
    return not getattr(obj, build_localized_fieldname(field, language), None)


class FallbackText(str):
    """English text standing in for a blank translation. Plain text wherever text goes (a
    choice's label, a question); whatever shows it marks it with its `lang`. Any change to
    the string (lower(), a sentence around it) gives a plain str: no longer all English."""

    @property
    def lang(self) -> str:
        return settings.LANGUAGE_CODE


def translated(obj, field: str) -> str:
    """obj.field in the page's language, or as FallbackText where it shows the English."""
    text = getattr(obj, field)
    return FallbackText(text) if text and shows_fallback(obj, field) else text


def marked(text) -> SafeString:
    """text for HTML: escaped, and in <span lang="en-gb"> if it is FallbackText. Only for an
    element's content: a <title>, a meta description or an attribute value cannot hold markup,
    so they keep the plain text."""
    if isinstance(text, FallbackText):
        return format_html('<span lang="{}">{}</span>', text.lang, str(text))
    return conditional_escape(text)


class MarkedSentence(str):
    """`sentence % parts` (a translated sentence with %(name)s places) as plain text, which a
    template shows with its FallbackText parts marked (Django's templates escape a value
    through its __html__ where it has one, as they do SafeString's). For a label that is also
    quoted in messages and exports, where markup must not go."""

    def __new__(cls, sentence: str, **parts):
        text = super().__new__(cls, sentence % parts)
        # Safe: the sentence is escaped, and so is every part (marked escapes it).
        html = escape(sentence) % {name: marked(part) for name, part in parts.items()}
        text.html = mark_safe(html)  # noqa: S308
        return text

    def __html__(self) -> SafeString:
        return self.html
