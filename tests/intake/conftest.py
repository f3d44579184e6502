"""Fixtures for the intake's tests."""

from io import StringIO

import pytest
from django.core.management import call_command

from intake.models import Submission
from tests.helpers import fill_in


@pytest.fixture
def filled_in(client, answers):
    fill_in(client, answers)
    return client


@pytest.fixture
def demo() -> dict[str, Submission]:
    """The dozen demo intakes (and the demo reviewer), by patient name."""
    call_command("load_demo", force=True, stdout=StringIO())  # tests run DEBUG off
    return {s.full_name: s for s in Submission.objects.all()}
