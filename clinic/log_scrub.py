"""A logging filter that keeps personal data out of the logs.

Nothing in the site logs answers on purpose; this is the safety net for what might slip
through (an exception message quoting a value, a library logging a form). Email addresses,
phone-like numbers, dates of birth and values of known personal fields are replaced before a
record reaches any handler.
"""

import logging
import re

PERSONAL_FIELDS = (
    "full_name|name|email|phone|date_of_birth|main_concern|anything_else|detail|"
    "password|otp_token|note_to_patient|internal_notes"
)
# A field's value: a quoted string up to its own closing quote, a call such as
# datetime.date(1985, 12, 10), or a bare word up to the next comma, brace or line end.
VALUE = r"""(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|[\w.]+\([^)]*\)|[^,}\n]*)"""
PATTERNS = [
    (re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+"), "[email]"),
    (
        re.compile(rf"\b({PERSONAL_FIELDS})(['\"]?\s*[:=]\s*){VALUE}", re.I),
        r"\1\2[removed]",
    ),
    # A bare date (a birth date), not a timestamp with a time after it.
    (re.compile(r"\b\d{4}-\d{2}-\d{2}\b(?![T ]\d{2}:)"), "[date]"),
    # Ten or more digits with the usual separators: a phone number, not a status or a size.
    (re.compile(r"(?<![\w.])\+?\d(?:[\s().-]{0,2}\d){9,}\b(?!:)"), "[number]"),
]


def scrub(text: str) -> str:
    for pattern, replacement in PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class ScrubPersonalData(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = scrub(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = scrub(logging.Formatter().formatException(record.exc_info))
        elif record.exc_text:
            record.exc_text = scrub(record.exc_text)
        record.exc_info = None
        return True
