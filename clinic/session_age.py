"""How long a visitor's unfinished answers are kept, in words, for the pages that promise it."""

from django.conf import settings
from django.utils.translation import ngettext


def answers_kept_for() -> str:
    """How long unfinished answers live without activity (the session's age), in words, in the
    active language."""
    seconds = settings.SESSION_COOKIE_AGE
    if seconds % 3600 == 0:
        hours = seconds // 3600
        return ngettext("%(count)d hour", "%(count)d hours", hours) % {"count": hours}
    minutes = max(1, round(seconds / 60))
    return ngettext("%(count)d minute", "%(count)d minutes", minutes) % {"count": minutes}
