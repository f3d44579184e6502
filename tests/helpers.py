"""Helpers shared by tests: reading pages and admin forms, and a missing tool's skip."""

import os
import re
from html.parser import HTMLParser
from typing import NoReturn

import pytest
from django.urls import reverse

from intake.triage.redflags import PREGNANCY_FLAGS

# Examples per property-based (fuzz) test: bounded so `make test` stays quick; a deep run sets
# FUZZ_EXAMPLES=2000, for example.
FUZZ_EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "50"))

H1 = re.compile(r"<h1[\s>]")


def tool_missing(reason: str) -> NoReturn:
    """A tool a test needs (Chromium, axe-core, Java, the Nu HTML Checker) is not here: the
    test skips with the reason, or fails under REQUIRE_BROWSER=1, as CI sets it."""
    if os.environ.get("REQUIRE_BROWSER") == "1":
        pytest.fail(reason + "; REQUIRE_BROWSER=1 makes this a failure")
    pytest.skip(reason)


# The links in a "save and come back later" email, as the test client's emails write them:
# the resume link (its path, then its token) and the link that deletes the saved answers.
RESUME_LINK = re.compile(r"https?://testserver(/intake/resume/([A-Za-z0-9_-]+)/)")
RESUME_DELETE_LINK = re.compile(r"https?://testserver(/intake/resume/[A-Za-z0-9_-]+/delete/)")


def count_h1(html: str) -> int:
    return len(H1.findall(html))


def admin_form_data(response) -> dict:
    """The POST data an admin change page would send back unchanged, inlines included."""

    def value_of(form, name):
        value = form[name].value()
        if value is None:
            return ""
        if isinstance(value, list | tuple):
            return [str(v) for v in value]
        return value

    adminform = response.context["adminform"].form
    data = {name: value_of(adminform, name) for name in adminform.fields}
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        management = formset.management_form
        data.update({management.add_prefix(n): management[n].value() for n in management.fields})
        for form in formset.forms:
            data.update({form.add_prefix(n): value_of(form, n) for n in form.fields})
    return {key: value for key, value in data.items() if value is not False}


def health_answers(**yes) -> dict:
    """Every screening and red-flag question answered no, except those given: a precaution
    given "yes" (by its slug) is ticked in its theme, whose question is then answered yes."""
    from intake.patient.health_form import HealthForm

    form = HealthForm()
    data = {name: "no" for name, field in form.fields.items() if field.required}
    for theme, precautions in form.themes:
        chosen = [p.slug for p in precautions if yes.get(p.slug) == "yes"]
        if len(precautions) > 1 and chosen:
            data[f"theme_{theme}"] = "yes"
            data[f"theme_{theme}_items"] = chosen
            for slug in chosen:
                del yes[slug]
    if yes.get("pregnancy") == "yes":
        data.update({f"red_flag_{flag.value}": "no" for flag in PREGNANCY_FLAGS})
    data.update(yes)
    return data


def fill_in(client, answers: dict, *, upto: str | None = None) -> None:
    """Posts each step's answers in order, stopping after `upto`."""
    for slug, data in answers.items():
        response = client.post(f"/intake/{slug}/", data)
        assert response.status_code == 302, response.context["form"].errors
        if slug == upto:
            return


def submit(client, **extra):
    page = client.get("/intake/check/")
    key = page.context["form"]["key"].value()
    return client.post("/intake/check/", {"consent": "on", "key": key, **extra})


def change_url(submission) -> str:
    return reverse("admin:intake_submission_change", args=[submission.pk])


def review_data(submission, **changes) -> dict:
    """The admin's review form, as a reviewer would post it, with some fields changed."""
    data = {
        "recommendation": "",
        "note_to_patient": "",
        "internal_notes": "",
        "status": submission.status,
        "assigned_to": "",
    }
    data.update(changes)
    return data


# Checking a page or email in another language: no English sentence left (issue 28).
# Words that are the same in both languages, or names: the clinic's, a reference, a number.
ALLOWED = {"SOR", "A&E", "GP", "NHS", "Samaritans", "E-mail", "OK"}
# Common English words that no Polish sentence here contains.
ENGLISH = re.compile(
    r"\b(the|and|your|you|with|what|this|that|have|please|will|for|from|our|not)\b", re.I
)


def visible_text(html: str) -> str:
    html = re.sub(r"<(script|style|svg)\b.*?</\1>", " ", html, flags=re.S)
    html = re.sub(r'<[^>]*\blang="en[^"]*"[^>]*>[^<]*<', "<", html)  # the "English" link
    text = re.sub(r"<[^>]+>", " ", html)
    return re.sub(r"\s+", " ", text)


def english_left(text: str, *names: str) -> list[str]:
    text = re.sub(r"https?://\S+", " ", text)  # links: their paths are not sentences
    for name in [*names, *ALLOWED]:
        text = text.replace(name, " ")
    return [
        sentence.strip()
        for sentence in re.split(r"(?<=[.:?!])\s+|\n", text)
        if ENGLISH.search(sentence)
    ]


# HTML's void elements: they have no end tag and hold nothing.
VOID_ELEMENTS = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "wbr",
}


class OpenElements(HTMLParser):
    """An HTML parser that knows which elements are open at each point of the text, as
    (tag, value) pairs; a subclass gives each element its value in `opened` (void elements
    are never open). An end tag closes everything opened after its element."""

    def __init__(self):
        super().__init__()
        self.open: list[tuple[str, object]] = []

    def opened(self, tag: str, attrs: dict):
        return None

    def handle_starttag(self, tag, attrs):
        value = self.opened(tag, dict(attrs))
        if tag not in VOID_ELEMENTS:
            self.open.append((tag, value))

    def handle_endtag(self, tag):
        for depth in range(len(self.open) - 1, -1, -1):
            if self.open[depth][0] == tag:
                del self.open[depth:]
                return
