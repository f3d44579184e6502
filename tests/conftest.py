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


@pytest.fixture
def reviewer(django_user_model):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user(
        username="rita", email="rita@clinic.example", password="a long reviewer pass", is_staff=True
    )
    user.groups.add(Group.objects.get(name="Reviewers"))
    return user


@pytest.fixture
def reviewer_client(client, reviewer):
    client.force_login(reviewer)
    return client


@pytest.fixture
def staff_without_group_client(client, django_user_model):
    user = django_user_model.objects.create_user(
        username="sam", password="a long staff password", is_staff=True
    )
    client.force_login(user)
    return client


@pytest.fixture
def outsider_client(client, django_user_model):
    """Logged in, but not staff: a patient or anyone else with an account."""
    user = django_user_model.objects.create_user(username="olly", password="a long password")
    client.force_login(user)
    return client
