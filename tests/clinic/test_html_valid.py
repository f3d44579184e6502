"""Every page a patient can see is valid HTML, by the Nu HTML Checker (the W3C's validator).

The checker is the npm package `vnu-jar` (pinned in package.json, installed by `make test`
with `npm ci`), run with the machine's Java. The pages are rendered with the test client,
written to a folder, and checked in one run of the checker: starting Java costs seconds, so
one run for all of them. Without Java or the package this test skips, unless REQUIRE_BROWSER=1
(CI sets it), where it fails.
"""

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings

from intake.aftercare.follow_up import token_issue
from intake.models import FollowUp, Submission
from tests.helpers import tool_missing
from tests.pages import draft_states, intake_states, public_urls

pytestmark = pytest.mark.django_db

VNU_JAR = Path(settings.BASE_DIR) / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def java_and_checker() -> str:
    """The java command, once both it and the checker's jar are here."""
    java = shutil.which("java")
    missing = [
        what for what, found in [("java", java), (str(VNU_JAR), VNU_JAR.exists())] if not found
    ]
    if missing:
        reason = f"The Nu HTML Checker needs {' and '.join(missing)} (`make test` runs npm ci)"
        tool_missing(reason)
    return java


def nu_errors(java: str, pages: dict[str, bytes], folder: Path) -> list[str]:
    """Writes each page to folder/<name>.html, checks them all in one run, and returns one
    readable line per error: page, line, message and the markup at fault."""
    for name, html in pages.items():
        (folder / f"{name}.html").write_bytes(html)
    # One short run: Java's quick compiler alone and a single-threaded collector halve the CPU
    # its optimising compiler and parallel collector spend warming up. The quick compiler's
    # code needs a deeper stack for the checker's schema.
    quick_start = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss4m"]
    command = [java, *quick_start, "-jar", str(VNU_JAR), "--errors-only", "--format", "json"]
    command.append("--stdout")
    run = subprocess.run(
        [*command, str(folder)], capture_output=True, text=True, timeout=300, check=False
    )
    messages = json.loads(run.stdout or '{"messages": []}')["messages"]
    assert run.returncode == 0 or messages, run.stderr
    return [
        f"{Path(m.get('url', '?')).stem}:{m.get('lastLine', '?')}: {m['message']}"
        f"\n    {m.get('extract', '').strip()}"
        for m in messages
    ]


def follow_up_pages(client, submission: Submission) -> dict[str, bytes]:
    """The follow-up questionnaire, blank and with errors, and its stop and closed pages."""
    follow_up = FollowUp.objects.create(
        submission=submission, weeks=2, due_at=submission.created_at, site_url=""
    )
    path = f"/follow-up/{token_issue(follow_up)}/"
    pages = {
        "follow-up-blank": client.get(path),
        "follow-up-errors": client.post(path, {}),
        "follow-up-stop": client.get(f"{path}stop/"),
        "follow-up-thanks": client.get("/follow-up/thanks/"),
        "follow-up-stopped": client.get("/follow-up/stopped/"),
    }
    FollowUp.objects.filter(pk=follow_up.pk).update(expires_at=submission.created_at)
    pages["follow-up-expired"] = client.get(path)
    return {name: response.content for name, response in pages.items()}


def test_every_patient_page_is_valid_html(client, answers, tmp_path):
    java = java_and_checker()
    pages = {}
    for url in public_urls():
        name = url.strip("/").replace("/", "-").replace("?", "-").replace("&", "-") or "home"
        pages[name] = client.get(url).content
    for name, response in intake_states(client, answers):
        assert response.status_code == 200, name
        pages[name] = response.content
    pages |= follow_up_pages(client, Submission.objects.get())
    for name, status, response in draft_states(answers):
        assert response.status_code == status, name
        pages[name] = response.content
    # The walk reached every kind of page (it cannot pass by checking none).
    reached = {"home", "team", "health-errors", "confirmation", "follow-up-errors", "resume-used"}
    assert reached <= set(pages)
    assert len(pages) > 40

    errors = nu_errors(java, pages, tmp_path)

    assert errors == [], f"{len(errors)} Nu HTML Checker errors:\n" + "\n".join(errors)
