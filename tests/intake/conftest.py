import pytest

from tests.helpers import health_answers  # noqa: F401 -- used by the intake tests


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
