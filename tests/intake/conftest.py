import pytest

from intake.models import RedFlag
from treatments.models import Precaution


def health_answers(**yes) -> dict:
    """Every screening and red-flag question answered no, except those given."""
    data = {p.slug: "no" for p in Precaution.objects.all()}
    data.update({f"red_flag_{flag.value}": "no" for flag in RedFlag})
    data.update(yes)
    return data


@pytest.fixture
def answers(db) -> dict:
    """Valid answers for every step, as a patient's browser would post them."""
    return {
        "about-you": {
            "full_name": "Ada Lovelace",
            "date_of_birth_day": "10",
            "date_of_birth_month": "12",
            "date_of_birth_year": "1985",
            "email": "ada@example.org",
            "phone": "",
            "contact_method": "email",
        },
        "symptoms": {
            "main_concern": "Aching lower back after long days at my desk.",
            "body_regions": ["lower_back", "neck"],
            "pain_now": "6",
            "pain_week_average": "5",
            "duration": "over_3_months",
            "interference": "4",
            "conditions": ["low-back-pain"],
        },
        "goals": {"goals": ["pain_relief", "mobility"]},
        "health": health_answers(),
        "preferences": {
            "needles": "avoid",
            "pressure": "firm",
            "self_care": "yes",
            "curious_about": ["massage", "acupressure"],
            "anything_else": "I work shifts.",
        },
    }


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


@pytest.fixture
def filled_in(client, answers):
    fill_in(client, answers)
    return client
