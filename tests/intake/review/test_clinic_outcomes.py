"""The clinic outcomes page: per treatment recommended and per suggestion followed, the count,
mean and spread of the PEG change and the share much or very much improved, over a date range.
"""

import datetime
import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from intake.aftercare.charts import improved_bars, peg_change_bars
from intake.aftercare.outcomes import Group, PatientChange, patient_changes, summarise
from intake.demo.factories import past_patient
from intake.models import AuditEvent, Outcome, Submission
from treatments.models import Modality

pytestmark = pytest.mark.django_db

URL = "/admin/intake/submission/outcomes/"


# --- The sums, on vignettes with known numbers ---


def change(modality="Acupressure", *, followed=True, by=0.0, improved=False, approximate=False):
    return PatientChange(modality, followed, by, improved, approximate)


def test_five_patients_give_a_mean_a_standard_deviation_and_a_share():
    changes = [
        change(by=-3, improved=True),
        change(by=-2, improved=True),
        change(by=-1),
        change(by=-4, improved=True),
        change(by=0, approximate=True),
    ]

    [everyone, had_it, did_not] = summarise(changes)

    # Mean -2; squared deviations 1, 0, 1, 4, 4 sum to 10; 10 / (5 - 1) = 2.5; SD 1.58.
    assert (had_it.n, had_it.mean, had_it.sd) == (5, -2.0, 1.6)
    assert (had_it.improved, had_it.share_improved) == (3, 0.6)
    assert had_it.approximate == 1 and not had_it.too_few
    assert everyone == Group("Acupressure", None, 5, 1, -2.0, 1.6, 3, 0.6)
    assert (did_not.n, did_not.mean, did_not.share_improved) == (0, None, None)


def test_fewer_than_five_patients_give_a_count_and_no_figures():
    changes = [change(followed=False, by=-5, improved=True)] * 4

    group = summarise(changes)[2]

    assert group.too_few and group.n == 4
    assert (group.mean, group.sd, group.share_improved) == (None, None, None)


def test_groups_come_by_treatment_in_order_with_all_first():
    changes = [change("Medical massage", by=1), change("Acupressure", followed=False, by=-1)]

    labels = [g.label for g in summarise(changes)]

    assert labels == [
        "Acupressure, all",
        "Acupressure, had it",
        "Acupressure, did not",
        "Medical massage, all",
        "Medical massage, had it",
        "Medical massage, did not",
    ]


def test_a_mean_that_rounds_to_zero_is_not_negative():
    [everyone, *_] = summarise([change(by=b) for b in (-0.3, 0.2, 0.0, 0.0, 0.0)])

    assert str(everyone.mean) == "0.0"


def test_nobody_gives_no_groups():
    assert summarise([]) == []


# --- The charts ---


def test_the_change_chart_draws_a_better_mean_left_of_zero_with_its_spread():
    groups = summarise([change(by=b) for b in (-3, -2, -1, -4, 0)])

    chart = peg_change_bars(groups)

    _everyone, had_it, did_not = chart.bars
    assert chart.zero == (chart.plot_left + chart.plot_right) / 2
    assert had_it.x < chart.zero and had_it.x + had_it.width == chart.zero
    low, high = had_it.whisker
    assert low < had_it.x < high < chart.zero + (chart.zero - had_it.x)
    assert had_it.text == "-2.0 (SD 1.6), n = 5"
    assert did_not.width == 0 and did_not.whisker is None and did_not.text == "no answers"
    assert [t.label for t in chart.ticks] == ["-4", "-2", "0", "+2", "+4"]
    assert "Acupressure, had it: -2.0 (SD 1.6), n = 5" in chart.description


def test_the_improved_chart_runs_from_none_to_everyone():
    groups = summarise([change(improved=i) for i in (True, True, True, False, False)])
    groups += summarise([change("Relaxation massage", improved=True)] * 2)

    chart = improved_bars(groups)

    assert chart.bars[1].width == round((chart.plot_right - chart.plot_left) * 0.6, 1)
    assert chart.bars[1].text == "60% (3 of 5)"
    small = chart.bars[3]
    assert small.too_few and small.width == 0 and small.text == "too few to say (n = 2)"


# --- The page, on patients in the database ---


@pytest.fixture
def acupressure():
    return Modality.objects.get(slug="acupressure")


@pytest.fixture
def patients(demo):
    """The demo intakes, to be made into past patients; none has a recommendation yet."""
    return list(demo.values())


def cells(page: str, caption: str) -> list[list[str]]:
    """The rows of the table with this caption, as the text of their cells."""
    table = page.split(f">{caption}</caption>")[1].split("</table>")[0]
    rows = re.findall(r"<tr[^>]*>(.*?)</tr>", table, re.S)[1:]
    return [
        [
            re.sub(r"<[^>]+>", "", c).strip()
            for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", r, re.S)
        ]
        for r in rows
    ]


@pytest.fixture
def five_had_acupressure(patients, acupressure):
    """Five patients who had acupressure: PEG 6.0 at intake to 3, 4, 5, 2 and 6 (changes -3,
    -2, -1, -4 and 0); three much or very much improved. One more did not have it."""
    for submission, (later, pgic) in zip(
        patients,
        [(3, 2), (4, 1), (5, 3), (2, 2), (6, 4)],
        strict=False,
    ):
        past_patient(submission, acupressure, answers=[(later,) * 3], change=pgic)
    past_patient(patients[5], acupressure, answers=[(5, 5, 5)], had=False, change=3)
    return patients[:6]


def test_the_page_shows_known_numbers_for_known_patients(reviewer_client, five_had_acupressure):
    response = reviewer_client.get(URL)

    assert response.status_code == 200
    page = response.content.decode()
    assert cells(page, "Change in PEG score, intake to latest follow-up") == [
        ["Acupressure", "All", "6", "-1.8", "1.5", "0"],
        ["Acupressure", "Had it", "5", "-2.0", "1.6", "0"],
        ["Acupressure", "Did not", "1", "Too few to say", "0"],
    ]
    assert cells(page, "Patients who felt much or very much improved") == [
        ["Acupressure", "All", "6", "3", "50%"],
        ["Acupressure", "Had it", "5", "3", "60%"],
        ["Acupressure", "Did not", "1", "Too few to say"],
    ]
    assert "A treatment was recommended after 6 intakes; 6 of these patients were sent" in page
    assert "and 6 answered at least once" in page
    assert page.count('class="outcome-bars"') == 2
    assert "Observations, not proof" in page


def test_only_the_latest_answer_counts(acupressure, patients):
    past_patient(patients[0], acupressure, answers=[(5, 5, 5), (1, 1, 1)])

    [person] = patient_changes(timezone.localdate(), timezone.localdate())

    assert person.change == -5.0


def test_an_approximate_intake_score_uses_the_daily_life_answer_and_is_counted(
    reviewer_client, acupressure, patients
):
    past_patient(patients[0], acupressure, intake=(6, None, None), answers=[(3, 3, 3)])

    [person] = patient_changes(timezone.localdate(), timezone.localdate())
    page = reviewer_client.get(URL).content.decode()

    # Intake PEG (6 + 4 + 4) / 3, the daily-life answer 4 standing in for both items.
    assert person.approximate and person.change == pytest.approx(3 - 14 / 3)
    assert "1 of those who answered has an approximate score at intake" in page


def test_another_treatment_than_the_one_recommended_is_not_following_it(acupressure, patients):
    massage = Modality.objects.get(slug="medical-massage")
    past_patient(patients[0], acupressure, had=massage)
    past_patient(patients[1], acupressure, had=False)
    past_patient(patients[2], acupressure, had=True)

    followed = sorted(
        p.followed for p in patient_changes(timezone.localdate(), timezone.localdate())
    )

    assert followed == [False, False, True]


def test_the_date_range_counts_intakes_sent_on_its_first_and_last_days(
    reviewer_client, acupressure, patients
):
    for day, submission in zip([1, 2, 10, 11], patients, strict=False):
        past_patient(submission, acupressure, sent=datetime.date(2026, 3, day))

    response = reviewer_client.get(URL, {"start": "2026-03-02", "end": "2026-03-10"})

    assert response.status_code == 200
    page = response.content.decode()
    assert "Intakes sent from 2 March 2026 to 10 March 2026" in page
    assert cells(page, "Change in PEG score, intake to latest follow-up")[0][:3] == [
        "Acupressure",
        "All",
        "2",
    ]


def test_referrals_and_intakes_without_answers_are_left_out(reviewer_client, acupressure, patients):
    past_patient(patients[0], acupressure, status=Submission.Status.REFERRED)
    Submission.objects.filter(pk=patients[1].pk).update(recommended_modality=acupressure)

    page = reviewer_client.get(URL).content.decode()

    assert "A treatment was recommended after 1 intake;" in page
    assert "No patient recommended a treatment in this period has answered" in page
    assert 'class="outcome-bars"' not in page


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"start": "2026-02-30", "end": "2026-03-01"}, "Enter the first day as a real date"),
        ({"start": "2026-03-01", "end": "yesterday"}, "Enter the last day as a real date"),
        ({"start": "", "end": "2026-03-01"}, "Enter the first day of the period"),
        ({"start": "2026-03-01"}, "Enter the last day of the period"),
        (
            {"start": "2026-03-02", "end": "2026-03-01"},
            "The last day must be the same as or after the first day",
        ),
        ({"start": "1999-12-31", "end": "2026-03-01"}, "The first day must be on or after"),
        ({"start": "9" * 300, "end": "2026-03-01"}, "Enter the first day as a real date"),
    ],
)
def test_a_bad_date_range_is_explained_and_shows_no_figures(
    reviewer_client, five_had_acupressure, query, message
):
    response = reviewer_client.get(URL, query)

    assert response.status_code == 400
    page = response.content.decode()
    assert "There is a problem" in page and message in page
    assert 'aria-invalid="true"' in page
    assert 'class="outcome-bars"' not in page and "clinic-outcomes__table" not in page
    assert not AuditEvent.objects.exists()


def test_without_dates_the_page_shows_the_last_year(reviewer_client, five_had_acupressure):
    today = timezone.localdate()
    Submission.objects.filter(pk=five_had_acupressure[0].pk).update(
        created_at=timezone.now() - datetime.timedelta(days=400)
    )

    page = reviewer_client.get(URL).content.decode()

    assert f'value="{today - datetime.timedelta(days=365):%Y-%m-%d}"' in page
    assert f'value="{today:%Y-%m-%d}"' in page
    assert cells(page, "Change in PEG score, intake to latest follow-up")[0][2] == "5"


def test_the_page_names_no_patient(reviewer_client, five_had_acupressure):
    page = reviewer_client.get(URL).content.decode()

    for submission in Submission.objects.all():
        assert submission.full_name not in page
        assert submission.email not in page
        assert submission.reference not in page
        assert submission.main_concern[:30] not in page
        assert reverse("admin:intake_submission_change", args=[submission.pk]) not in page


def test_opening_the_page_is_recorded_once_without_any_patient(
    reviewer_client, reviewer, five_had_acupressure
):
    reviewer_client.get(URL)

    event = AuditEvent.objects.get()
    assert (event.user, event.action, event.detail) == (
        reviewer,
        AuditEvent.Action.VIEW_LIST,
        "outcomes",
    )
    assert event.submission_id is None and event.reference == ""


def test_a_reviewer_and_a_superuser_may_open_it(reviewer_client, superuser, five_had_acupressure):
    assert reviewer_client.get(URL).status_code == 200
    reviewer_client.force_login(superuser)
    assert reviewer_client.get(URL).status_code == 200


def test_staff_without_permission_to_view_intakes_are_refused(
    staff_without_group_client, five_had_acupressure
):
    response = staff_without_group_client.get(URL)

    assert response.status_code == 403
    assert "Acupressure" not in response.content.decode()
    assert not AuditEvent.objects.exists()


def test_anyone_not_logged_in_as_staff_is_sent_to_the_login(
    client, outsider_client, five_had_acupressure
):
    response = outsider_client.get(URL)
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")

    client.logout()
    response = client.get(URL)
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")


def test_the_admin_index_and_the_queue_link_to_it(reviewer_client):
    for page in ("/admin/", "/admin/intake/submission/"):
        assert f'href="{URL}"' in reviewer_client.get(page).content.decode(), page


def test_the_index_offers_no_link_to_staff_who_may_not_open_it(staff_without_group_client):
    assert URL not in staff_without_group_client.get("/admin/").content.decode()


def test_the_page_makes_a_fixed_number_of_queries(
    reviewer_client, five_had_acupressure, django_assert_max_num_queries, acupressure
):
    with django_assert_max_num_queries(14) as few:
        reviewer_client.get(URL)
    for submission in Submission.objects.filter(recommended_modality__isnull=True)[:4]:
        past_patient(submission, acupressure, answers=[(4, 4, 4), (2, 2, 2)])

    with django_assert_max_num_queries(len(few.captured_queries)):
        reviewer_client.get(URL)


# --- Demo data ---


def test_the_demo_past_patients_fill_the_page(reviewer_client, db):
    call_command("load_demo", "--outcomes", force=True, stdout=StringIO())
    out = StringIO()
    call_command("load_demo", "--outcomes", force=True, stdout=out)

    assert "Past patients with follow-up answers: 0 created, 40 already there." in out.getvalue()
    past = Submission.objects.filter(email__startswith="past")
    assert past.count() == 40
    assert Outcome.objects.filter(submission__in=past).count() > 40
    assert not Submission.objects.filter(full_name="Marek Nowak", outcomes__isnull=False).exists()
    page = reviewer_client.get(URL).content.decode()
    rows = cells(page, "Change in PEG score, intake to latest follow-up")
    figures = [row for row in rows if row[3] not in ("Too few to say", "No answers")]
    assert {row[0] for row in figures} == {"Acupressure", "Medical massage", "Relaxation massage"}
    assert any(row[3] == "Too few to say" for row in rows)  # the small groups, shown as such
