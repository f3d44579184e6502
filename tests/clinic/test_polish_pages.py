"""Every page a patient can open, read in Polish, has no English sentence left: the site's own
words (the catalogue) and every seeded content row (the treatments, comparisons, conditions,
the clinic's team and location). Routes are listed from the resolver (tests/site_urls.py), so a
new patient page is checked the moment it is routed; content pages are checked for every
published row, not one sample. The intake's own pages, which need answers in the session, and
the emails are checked by tests/intake/test_polish_intake.py, the booking's steps and emails by
tests/appointments/test_polish_booking.py."""

import pytest
from django.urls import reverse
from django.utils import translation

from tests.helpers import english_left, visible_text
from tests.site_urls import NEVER_SENT_LINKS, SAMPLES, public_pages
from treatments.models import Comparison, Condition, Location, Modality, Practitioner

pytestmark = pytest.mark.django_db

# Content pages, checked for every published row rather than SAMPLES' first one.
EVERY_ROW = {
    "treatments:modality": Modality,
    "treatments:comparison": Comparison,
    "treatments:condition": Condition,
}


def polish_paths() -> list[str]:
    """The Polish address of every patient page that answers without a session or a token."""
    paths = []
    with translation.override("pl"):
        for name in public_pages():
            if name in NEVER_SENT_LINKS or name.startswith("intake:"):
                continue
            if name in EVERY_ROW:
                rows = EVERY_ROW[name].objects.published()
                paths += [reverse(name, kwargs={"slug": row.slug}) for row in rows]
            elif name in SAMPLES:
                paths.append(reverse(name, kwargs=SAMPLES[name]()))
            else:
                paths.append(reverse(name))
    return [path for path in paths if path.startswith("/pl/")]


def names_on_the_site() -> list[str]:
    """Proper names, the same in every language: the clinic's, its locations' and its
    practitioners'."""
    from clinic.context_processors import clinic_details

    return [
        clinic_details().name,
        *Location.objects.values_list("name", flat=True),
        *Practitioner.objects.values_list("name", flat=True),
    ]


def test_every_patient_page_in_polish_has_no_english_sentence_left(client):
    paths = polish_paths()
    assert "/pl/treatments/acupuncture/" in paths  # the walk reaches the content pages
    left = {}
    for path in paths:
        # A booking page that needs a time chosen first leads to one that asks for it.
        response = client.get(path, follow=True)
        assert response.status_code == 200, path
        assert all(hop.startswith("/pl/") for hop, _status in response.redirect_chain), path
        html = response.content.decode()
        assert '<html lang="pl"' in html, path
        if sentences := english_left(visible_text(html), *names_on_the_site()):
            left[path] = sentences
    assert left == {}
