"""Shared fixtures: the people who use the site."""

import pytest


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with an empty cache, so cached pages never leak between tests."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser(
        username="owner", email="owner@clinic.example", password="correct horse battery"
    )


@pytest.fixture
def superuser_client(client, superuser):
    client.force_login(superuser)
    return client
