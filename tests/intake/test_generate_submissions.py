import re
from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from intake.models import ScreeningAnswer, Submission

pytestmark = pytest.mark.django_db


def generate(count: int, **options) -> str:
    out = StringIO()
    call_command("generate_submissions", count=count, stdout=out, **{"force": True, **options})
    return out.getvalue()


def test_creates_the_count_asked_for_and_every_row_is_valid():
    output = generate(25)

    assert Submission.objects.count() == 25
    assert "Added 25 submissions" in output
    for submission in Submission.objects.all():
        submission.full_clean()
        assert re.fullmatch(r"[A-Z2-9]{4}-[A-Z2-9]{4}", submission.reference)
        assert submission.email.rsplit("@", 1)[1].startswith("example.")
        assert submission.created_at <= timezone.now()
    assert ScreeningAnswer.objects.exists()


def test_rows_are_spread_over_the_past_year():
    generate(50)

    dates = Submission.objects.values_list("created_at", flat=True)
    assert min(dates) < timezone.now() - timedelta(days=30)
    assert min(dates) > timezone.now() - timedelta(days=366)


def test_running_again_with_the_same_count_adds_none():
    generate(25)

    output = generate(25)

    assert Submission.objects.count() == 25
    assert "nothing to add" in output


def test_tops_up_to_the_count_and_keeps_references_and_keys_unique():
    generate(10)

    generate(30, batch_size=7)

    assert Submission.objects.count() == 30
    assert Submission.objects.values("reference").distinct().count() == 30
    assert Submission.objects.values("idempotency_key").distinct().count() == 30


def test_the_same_seed_makes_the_same_rows():
    generate(15, seed=7)
    first = set(Submission.objects.values_list("reference", "full_name"))
    Submission.objects.all().delete()

    generate(15, seed=7)

    assert set(Submission.objects.values_list("reference", "full_name")) == first


def test_verbosity_zero_prints_nothing():
    assert generate(5, verbosity=0) == ""
