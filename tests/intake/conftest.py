"""Fixtures for the intake's tests."""

import pytest

from tests.helpers import fill_in


@pytest.fixture
def filled_in(client, answers):
    fill_in(client, answers)
    return client
