"""Patients sending whole intakes: `make bench` runs it; alone, with the intake limit raised
(INTAKE_SUBMISSIONS_PER_HOUR: every user has one address):

    locust -f scripts/locustfile.py --headless -u 16 -r 16 -t 30s --host http://127.0.0.1:8000

Each task is a new patient: the start page, each step's page and its POST with the CSRF token,
the check page, the send with consent and the idempotency key, the confirmation. Locust times
each request and the whole intake ("INTAKE whole intake"). With BENCH_RESULTS set, the
references given, the failures and the seconds to the last intake are saved there as JSON.
"""

import json
import os
import re
import time
from collections import Counter
from itertools import count
from urllib.parse import urlencode

from locust import events, task
from locust.contrib.fasthttp import FastHttpUser

STEPS = ["about-you", "symptoms", "goals", "health", "preferences"]
REFERENCE = re.compile(r"\b[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}\b")
INPUT, ATTRIBUTE = re.compile(r"<input\b([^>]*)>"), re.compile(r'([\w:-]+)="([^"]*)"')
patients, references, failures = count(), [], Counter()
clock: dict[str, float] = {}  # when the first intake began, when the last one was done


def inputs(html: str) -> list[dict[str, str]]:
    return [dict(ATTRIBUTE.findall(attributes)) for attributes in INPUT.findall(html)]


def value_of(html: str, name: str) -> str:
    return next((field.get("value", "") for field in inputs(html) if field.get("name") == name), "")


def answers(slug: str, n: int, html: str) -> dict:
    """Valid answers for one step, varied a little from one patient to the next."""
    if slug == "health":  # "no" to every question on the page, a red flag now and then
        radios = {field["name"] for field in inputs(html) if field.get("type") == "radio"}
        return dict.fromkeys(radios, "no") | (
            {"red_flag_weight_loss": "yes"} if n % 50 == 0 else {}
        )
    return {
        "about-you": {"full_name": f"Bench Patient {n}", "email": f"patient{n}@example.org",
                      "date_of_birth_day": 1 + n % 28, "date_of_birth_month": 1 + n % 12,
                      "date_of_birth_year": 1950 + n % 50, "contact_method": "email"},
        "symptoms": {"main_concern": "Aching lower back after long days at my desk.",
                     "body_regions": ["lower_back", "neck"][: 1 + n % 2], "pain_now": n % 11,
                     "pain_week_average": (n + 2) % 11, "interference": 5,
                     "duration": "over_3_months", "conditions": ["low-back-pain"] * (n % 2)},
        "goals": {"goals": [["pain_relief", "mobility"], ["stress_relief"], ["sleep"]][n % 3]},
        "preferences": {"needles": ["avoid", "unsure", "comfortable"][n % 3],
                        "pressure": ["light", "medium", "firm"][n % 3], "self_care": "maybe"},
    }[slug]  # fmt: skip


class Patient(FastHttpUser):
    def expect(self, status: int, method: str, path: str, **kwargs) -> str:
        response = self.client.request(method, path, allow_redirects=False, **kwargs)
        if response.status_code != status:
            raise AssertionError(f"{method} {path}: HTTP {response.status_code}")
        return response.text or ""

    def post(self, path: str, html: str, fields: dict) -> None:
        fields["csrfmiddlewaretoken"] = value_of(html, "csrfmiddlewaretoken")
        headers = {"Content-Type": "application/x-www-form-urlencoded", "Origin": self.host}
        self.expect(302, "POST", path, data=urlencode(fields, doseq=True), headers=headers)

    def one_intake(self, n: int) -> str:
        self.expect(200, "GET", "/intake/")
        for path in [f"/intake/{slug}/" for slug in STEPS]:
            html = self.expect(200, "GET", path)
            self.post(path, html, answers(path.split("/")[2], n, html))
        html = self.expect(200, "GET", "/intake/check/")
        self.post("/intake/check/", html, {"key": value_of(html, "key"), "consent": "on"})
        return REFERENCE.search(self.expect(200, "GET", "/intake/confirmation/")).group()

    @task
    def whole_intake(self) -> None:
        self.client.cookiejar.clear()  # a new patient: no session, no CSRF cookie
        began, error = time.perf_counter(), None
        clock.setdefault("started", time.monotonic())
        try:
            references.append(self.one_intake(next(patients)))
            clock["last_done"] = time.monotonic()
        except Exception as failure:  # a failed intake, counted by reason
            error = failure
            failures[str(failure) or type(failure).__name__] += 1
        took = (time.perf_counter() - began) * 1000
        events.request.fire(request_type="INTAKE", name="whole intake", response_time=took,
                            response_length=0, exception=error, context={})  # fmt: skip


@events.test_stop.add_listener
def save_results(**_kwargs) -> None:
    if path := os.environ.get("BENCH_RESULTS"):
        seconds = clock.get("last_done", 0) - clock.get("started", 0)
        with open(path, "w") as out:
            json.dump({"references": references, "failures": failures, "seconds": seconds}, out)
