"""The one logging configuration, for Django and gunicorn alike, and its personal-data filter.

Nothing in the site logs answers on purpose; the filter is the safety net for what might slip
through (an exception message quoting a value, a library logging a form). Email addresses,
phone-like numbers, dates of birth, values of known personal fields and the parts of a
database error that quote what was sent are replaced before a record reaches any handler.
tests/clinic/test_no_health_text_logged.py fails if a patient's words reach a log line.

settings.LOGGING and gunicorn's logconfig_dict (clinic/gunicorn.conf.py) are both
`logging_config()`: every record, gunicorn's error and access logs included, goes through the
filter to one console handler (stderr). Access log lines carry the path without its query
string, and no referrer, user agent or address: a staff search (`?q=<a name>`) never
reaches them, and the tokens of emailed links are masked.
"""

import logging
import re

from clinic.env import env_bool, env_str

# Gunicorn's access line: time, method, path (PATH_INFO: no query string), protocol, status,
# bytes and milliseconds.
ACCESS_LOG_FORMAT = '%(t)s "%(m)s %(U)s %(H)s" %(s)s %(b)s %(M)sms'

PERSONAL_FIELDS = (
    "full_name|name|email|phone|date_of_birth|main_concern|anything_else|detail|"
    "password|otp_token|note_to_patient|internal_notes"
)
# A field's value: a quoted string up to its own closing quote, a call such as
# datetime.date(1985, 12, 10), or a bare word up to the next comma, brace or line end.
VALUE = r"""(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|[\w.]+\([^)]*\)|[^,}\n]*)"""
PATTERNS = [
    # The parts of a PostgreSQL error that quote what was sent: the statement around the fault
    # (LINE 1: ...), where in the value it was (CONTEXT: JSON data, line 1: ...<answer>),
    # the row or key (DETAIL: Failing row contains (...), commas and all), and the value
    # in 'invalid input syntax for type integer: "<answer>"'. The message itself stays.
    (re.compile(r"^(\s*(?:LINE \d+|CONTEXT|DETAIL|QUERY|WHERE):).*$", re.M), r"\1 [removed]"),
    (re.compile(r"(\binvalid input [^:\n]{1,80}:\s*)\S.*$", re.M), r"\1[removed]"),
    (re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+"), "[email]"),
    (
        re.compile(rf"\b({PERSONAL_FIELDS})(['\"]?\s*[:=]\s*){VALUE}", re.I),
        r"\1\2[removed]",
    ),
    # A bare date (a birth date), not a timestamp with a time after it.
    (re.compile(r"\b\d{4}-\d{2}-\d{2}\b(?![T ]\d{2}:)"), "[date]"),
    # The single-use link in a path (saved answers, a follow-up): it opens a patient's answers
    # until used, so access lines and "Not Found" warnings show where it led, not the token.
    (
        re.compile(r"(/(?:intake/resume|follow-up)/)(?!deleted/|thanks/|stopped/)[\w-]{16,}"),
        r"\1[token]",
    ),
    # Booking's links: the patient's (cancel or move), the signed one from an intake, and a
    # practitioner's private feed.
    (re.compile(r"(/book/(?:manage|from-intake|feed)/)[\w.:-]{16,}"), r"\1[token]"),
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
        # exc_info stays for handlers after this one (Django's AdminEmailHandler builds its
        # report from it); formatters print the scrubbed exc_text set above instead.
        return True


def logging_config() -> dict:
    """DJANGO_LOG_LEVEL sets the level; GUNICORN_ACCESS_LOG=1 turns on gunicorn's access log."""
    level = env_str("DJANGO_LOG_LEVEL", "INFO").upper()
    access = "INFO" if env_bool("GUNICORN_ACCESS_LOG", False) else "WARNING"
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"scrub": {"()": "clinic.log_scrub.ScrubPersonalData"}},
        "formatters": {
            "plain": {"format": "{asctime} {levelname} {name}: {message}", "style": "{"}
        },
        "handlers": {
            "console": {
                "class": "logging.StreamHandler",
                "formatter": "plain",
                "filters": ["scrub"],
            }
        },
        "root": {"handlers": ["console"], "level": level},
        # Gunicorn's own loggers pass their records up to the root's handler, so they are
        # scrubbed and formatted like everything else.
        "loggers": {
            "gunicorn.error": {"level": level, "handlers": [], "propagate": True},
            "gunicorn.access": {"level": access, "handlers": [], "propagate": True},
            # WeasyPrint tells every step of every PDF at INFO: ten lines per printed record.
            "weasyprint.progress": {"level": "WARNING"},
        },
    }
