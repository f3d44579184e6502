"""How long a visitor's unfinished answers are kept, in words, for the pages that promise it."""

from django.conf import settings


def answers_kept_for() -> str:
    """How long unfinished answers live without activity (the session's age), in words."""
    seconds = settings.SESSION_COOKIE_AGE
    if seconds % 3600 == 0:
        hours = seconds // 3600
        return f"{hours} hour{'s' if hours != 1 else ''}"
    minutes = max(1, round(seconds / 60))
    return f"{minutes} minute{'s' if minutes != 1 else ''}"
