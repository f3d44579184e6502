"""The message catalogues stay whole: every entry translated, none fuzzy, the compiled .mo
files in step with the .po files, and nothing a `makemessages` run would add or drop (a new
string wrapped in the code but never translated fails here, in CI).

Needs GNU gettext (msgfmt, msgcat, xgettext), as `makemessages` does; .ci/run installs it.
The compiled .mo files are committed, so running the site needs no gettext."""

import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from tests.helpers import tool_missing

LOCALE = Path(settings.BASE_DIR) / "locale"
CATALOGUES = sorted(LOCALE.glob("*/LC_MESSAGES/django.po"))
# What makemessages reads: the project, less what is not ours.
IGNORED = [".venv/*", "node_modules/*", "staticfiles/*", "tests/*", "media/*"]


def entries(po: Path) -> set[str]:
    """Each msgid (with its plural), from msgfmt's own parse, as `msgcat --sort-output` prints."""
    text = subprocess.run(
        ["msgcat", "--sort-output", "--no-location", "--no-wrap", str(po)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found, current = set(), []
    for line in text.splitlines():
        if line.startswith(("msgid ", "msgid_plural ")):
            current.append(line)
        elif line.startswith("msgstr") and current:
            found.add("\n".join(current))
            current = []
    return found - {'msgid ""'}


@pytest.fixture(autouse=True)
def gettext_tools():
    if not (shutil.which("msgfmt") and shutil.which("msgcat") and shutil.which("xgettext")):
        tool_missing("GNU gettext (msgfmt, msgcat, xgettext) is not installed")


def test_there_is_a_catalogue_for_every_language_but_english():
    languages = {po.parent.parent.name for po in CATALOGUES}
    assert languages == {code for code, _ in settings.LANGUAGES if code != settings.LANGUAGE_CODE}


@pytest.mark.parametrize("po", CATALOGUES, ids=lambda po: po.parent.parent.name)
def test_every_entry_is_translated_and_none_is_fuzzy(po):
    result = subprocess.run(
        ["msgfmt", "--check", "--statistics", "-o", "/dev/null", str(po)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "untranslated" not in result.stderr, result.stderr
    assert "fuzzy" not in result.stderr, result.stderr


@pytest.mark.parametrize("po", CATALOGUES, ids=lambda po: po.parent.parent.name)
def test_the_compiled_catalogue_matches_its_source(po, tmp_path):
    compiled = tmp_path / "django.mo"
    subprocess.run(["msgfmt", "-o", str(compiled), str(po)], check=True)

    assert compiled.read_bytes() == po.with_suffix(".mo").read_bytes(), (
        f"{po.with_suffix('.mo')} is stale: run `manage.py compilemessages`"
    )


def test_makemessages_would_not_change_the_catalogues(tmp_path):
    """makemessages (which writes to ./locale, whatever LOCALE_PATHS says) finds the same
    entries; the catalogues are put back as they were afterwards."""
    kept = {po: po.read_bytes() for po in CATALOGUES}
    languages = [po.parent.parent.name for po in CATALOGUES]
    try:
        call_command(
            "makemessages",
            locale=languages,
            ignore_patterns=IGNORED,
            no_obsolete=True,
            verbosity=0,
        )
        for po in CATALOGUES:
            (tmp_path / po.parent.parent.name).write_bytes(po.read_bytes())
    finally:
        for po, content in kept.items():
            po.write_bytes(content)

    for po in CATALOGUES:
        fresh = tmp_path / po.parent.parent.name
        added = entries(fresh) - entries(po)
        dropped = entries(po) - entries(fresh)
        assert not added, f"New strings to translate (run makemessages): {sorted(added)[:5]}"
        assert not dropped, f"Strings no longer used (run makemessages): {sorted(dropped)[:5]}"
