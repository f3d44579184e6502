"""The parts of `make bench` that run inside Django, in their own process.

    python scripts/bench_django.py rows [REFERENCES_FILE]
    python scripts/bench_django.py admin [REQUESTS]

Run with the same environment as the site under test (scripts/bench.py does that). Prints one
line of JSON on stdout.

rows: how many submissions there are, and how many of the references in the file (one a
line, from the confirmation pages the benchmark saw) are in the table.

admin: the staff review queue (the Submission changelist) and one submission's change page,
each requested REQUESTS times through django.test.Client as a logged-in superuser; the
median and 90th percentile time, and the number of queries one request makes (counted on a
separate request, so counting does not slow the timed ones).
"""

import json
import os
import statistics
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
BENCH_USER = "bench-admin"
WARM_UP_REQUESTS = 2


def setup_django() -> None:
    sys.path.insert(0, str(PROJECT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "clinic.settings")
    import django

    django.setup()


def rows(references_file: str | None) -> dict:
    from intake.models import Submission

    result = {"rows": Submission.objects.count()}
    if references_file:
        references = Path(references_file).read_text().split()
        found = 0
        for start in range(0, len(references), 500):  # stays under SQLite's parameter limit
            chunk = references[start : start + 500]
            found += Submission.objects.filter(reference__in=chunk).count()
        result.update(references=len(references), found=found)
    return result


def bench_user():
    from django.contrib.auth import get_user_model

    user, _ = get_user_model().objects.get_or_create(
        username=BENCH_USER, defaults={"email": "bench-admin@example.org"}
    )
    if not (user.is_staff and user.is_superuser and user.is_active):
        user.is_staff = user.is_superuser = user.is_active = True
        user.set_unusable_password()
        user.save()
    return user


def verify_second_factor(client, user) -> None:
    """Marks the session as past the second factor, as after a real two-factor login, where
    the admin asks for one (django-otp). The measured requests then include that check."""
    from django.apps import apps

    if not apps.is_installed("django_otp.plugins.otp_static"):
        return
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_static.models import StaticDevice

    device, _ = StaticDevice.objects.get_or_create(user=user, name="bench")
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()


def one_submission():
    """The oldest submission with the most screening answers: a generated one with its
    complete set of yes and no answers, as a live intake has; the same one on every run."""
    from django.db.models import Count

    from intake.models import Submission

    with_most = (
        Submission.objects.annotate(answers=Count("screening_answers"))
        .order_by("-answers", "pk")
        .values_list("pk", flat=True)
    )
    return with_most.first()


def time_page(client, url: str, requests: int) -> dict:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(WARM_UP_REQUESTS):
        client.get(url)
    timings = []
    for _ in range(requests):
        started = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
        if response.status_code != 200:
            return {"error": f"HTTP {response.status_code}"}
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    deciles = statistics.quantiles(timings, n=10)
    return {
        "p50_ms": statistics.median(timings),
        "p90_ms": deciles[8],
        "queries": len(queries),
        "bytes": len(response.content),
    }


def admin(requests: int) -> dict:
    from django.test import Client
    from django.urls import NoReverseMatch, reverse

    try:
        queue_url = reverse("admin:intake_submission_changelist")
    except NoReverseMatch:
        return {"queue": {"error": "not registered yet"}, "detail": {"error": "not registered yet"}}
    client = Client(HTTP_HOST="127.0.0.1")
    user = bench_user()
    client.force_login(user)
    verify_second_factor(client, user)
    pk = one_submission()
    result = {"queue": safely(time_page, client, queue_url, requests)}
    if pk is None:
        result["detail"] = {"error": "no submissions"}
    else:
        detail_url = reverse("admin:intake_submission_change", args=[pk])
        result["detail"] = safely(time_page, client, detail_url, requests)
    return result


def safely(function, *args) -> dict:
    """The function's result, or the error it raised, so one broken page does not stop the rest."""
    try:
        return function(*args)
    except Exception as error:  # reported in the table instead
        return {"error": f"{type(error).__name__}: {error}"[:120]}


def main() -> None:
    setup_django()
    command, args = sys.argv[1], sys.argv[2:]
    if command == "rows":
        result = rows(args[0] if args else None)
    elif command == "admin":
        result = admin(int(args[0]) if args else 20)
    else:
        raise SystemExit(f"Unknown command {command!r}: use rows or admin.")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
