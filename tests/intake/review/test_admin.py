"""The review queue in the admin, as a reviewer, an owner and people who must not get in."""

import csv
import io
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from intake.models import Submission
from tests.helpers import change_url, review_data

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:intake_submission_changelist")


def copy_submissions(count: int) -> None:
    """More rows for the queue: copies of existing ones under new keys and references."""
    import uuid

    from intake.models import new_reference

    template = Submission.objects.first()
    for _ in range(count):
        template.pk = None
        template.idempotency_key = uuid.uuid4()
        template.reference = new_reference()
        template.assigned_to = None
        template._state.adding = True
        template.save()


def test_reviewer_sees_the_queue_most_urgent_first_then_newest(reviewer_client, demo):
    response = reviewer_client.get(CHANGELIST)

    html = response.content.decode()
    assert response.status_code == 200
    rows = list(response.context["cl"].result_list)
    assert rows == sorted(rows, key=lambda s: (s.queue_urgency, s.created_at), reverse=True)
    assert rows[0].full_name == "Daniel Okoro"  # an emergency sign
    assert "⚠ Emergency" in html
    assert "! Cautions" in html
    assert "Refer to a physician" in html
    assert "Relaxation massage" in html
    assert demo["Priya Shah"].reference in html


def test_queue_makes_a_fixed_number_of_queries(
    reviewer_client, demo, django_assert_max_num_queries
):
    # 14: the queue's, and the clinic's settings row and photos (read once, then cached).
    with django_assert_max_num_queries(14) as few:
        reviewer_client.get(CHANGELIST)
    copy_submissions(80)

    with django_assert_max_num_queries(len(few.captured_queries)):
        response = reviewer_client.get(CHANGELIST)
    assert len(response.context["cl"].result_list) == 50


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # Ruth Evans is having chemotherapy but has no back pain: a precaution, not a red
        # flag (engine 3.0, NICE CKS ties the cancer red flag to spinal pain).
        ({"has_red_flag__exact": "1"}, {"Daniel Okoro"}),
        ({"urgency": "3"}, {"Daniel Okoro"}),
        ({"urgency": "1"}, set()),
        ({"top": "acupuncture"}, {"Priya Shah"}),
        ({"top": "refer"}, {"Daniel Okoro"}),
        ({"q": "Marek"}, {"Marek Nowak"}),
        ({"q": "priya@example.org"}, {"Priya Shah"}),
    ],
)
def test_filters_and_search(reviewer_client, demo, query, expected):
    response = reviewer_client.get(CHANGELIST, query)

    assert {s.full_name for s in response.context["cl"].result_list} == expected


def test_search_by_reference(reviewer_client, demo):
    ref = demo["Ruth Evans"].reference

    response = reviewer_client.get(CHANGELIST, {"q": ref})

    assert [s.reference for s in response.context["cl"].result_list] == [ref]


def close(submission) -> None:
    submission.status = Submission.Status.CLOSED
    submission.save(update_fields=["status"])


def test_the_queue_opens_on_open_intakes_and_searches_them_all(reviewer_client, demo):
    closed, sent = demo["Ruth Evans"], demo["Marek Nowak"]
    close(closed)
    sent.status = Submission.Status.RECOMMENDED
    sent.recommendation_sent_at = timezone.now()
    sent.save(update_fields=["status", "recommendation_sent_at"])

    def shown(query):
        return {
            s.full_name for s in reviewer_client.get(CHANGELIST, query).context["cl"].result_list
        }

    assert shown({}) == set(demo) - {"Ruth Evans", "Marek Nowak"}
    assert shown({"queue": "done"}) == {"Ruth Evans", "Marek Nowak"}
    assert shown({"queue": "all"}) == set(demo)
    assert shown({"q": closed.reference}) == {"Ruth Evans"}  # a search looks everywhere


def test_the_open_queue_is_what_its_index_covers_named_by_real_statuses():
    # Every status but closed: a status added later must be placed in or out on purpose.
    from intake.models import AWAITING_SOMEONE

    def statuses(node):
        if isinstance(node, tuple):
            return set(node[1]) if node[0] == "status__in" else set()
        return set().union(*(statuses(child) for child in node.children))

    assert statuses(AWAITING_SOMEONE) == set(Submission.Status.values) - {"closed"}
    (index,) = [i for i in Submission._meta.indexes if i.name == "queue_open_order"]
    assert index.condition == AWAITING_SOMEONE


def test_an_action_applies_to_the_intakes_picked_even_if_closed(reviewer_client, demo):
    closed = demo["Ruth Evans"]
    close(closed)

    reviewer_client.post(CHANGELIST, {"action": "assign_to_me", "_selected_action": [closed.pk]})

    closed.refresh_from_db()
    assert closed.assigned_to is not None


def test_assigned_to_me_filter_and_action(reviewer_client, reviewer, demo):
    target = demo["Hannah Price"]
    reviewer_client.post(CHANGELIST, {"action": "assign_to_me", "_selected_action": [target.pk]})

    response = reviewer_client.get(CHANGELIST, {"assigned": "me"})

    assert [s.pk for s in response.context["cl"].result_list] == [target.pk]
    target.refresh_from_db()
    assert target.assigned_to == reviewer


def test_has_cautions_filter(reviewer_client, demo):
    response = reviewer_client.get(CHANGELIST, {"has_cautions__exact": "1"})

    names = {s.full_name for s in response.context["cl"].result_list}
    assert "Sophie Laurent" in names
    assert "Hannah Price" not in names


def test_detail_shows_answers_read_only_red_flags_first_and_the_reasons(reviewer_client, demo):
    submission = demo["Daniel Okoro"]

    response = reviewer_client.get(change_url(submission))

    html = response.content.decode()
    assert response.status_code == 200
    assert html.index("Red flags: refer to a physician") < html.index("About you")
    assert "New trouble controlling or passing urine or stools" in html
    assert "Lower back, Legs" in html
    assert "Refer to a physician before any treatment; every treatment is on hold." in html
    form = response.context["adminform"].form
    assert set(form.fields) == {
        "recommendation",
        "override_red_flags",
        "override_warnings",
        "red_flag_override_reason",
        "recommended_practitioner",
        "note_to_patient",
        "internal_notes",
        "status",
        "assigned_to",
    }
    assert 'name="full_name"' not in html
    assert 'name="main_concern"' not in html


def test_detail_explains_the_suggestion(reviewer_client, demo):
    html = reviewer_client.get(change_url(demo["Marek Nowak"])).content.decode()

    assert "Would rather avoid needles: acupuncture is not suggested." in html
    assert "acupressure works on the same points without them" in html


def test_saving_a_recommendation_stamps_reviewer_time_and_status(reviewer_client, reviewer, demo):
    submission = demo["Callum Reid"]

    response = reviewer_client.post(
        change_url(submission),
        review_data(
            submission,
            recommendation="medical-massage",
            note_to_patient="Two sessions a week apart to start.",
            internal_notes="Check the knee swelling first.",
        ),
    )

    assert response.status_code == 302
    submission.refresh_from_db()
    assert submission.recommended_modality.slug == "medical-massage"
    assert submission.status == Submission.Status.RECOMMENDED
    assert submission.reviewed_by == reviewer
    assert submission.reviewed_at is not None
    assert submission.note_to_patient == "Two sessions a week apart to start."


def test_a_referral_sets_the_referred_status(reviewer_client, demo):
    submission = demo["Daniel Okoro"]

    reviewer_client.post(change_url(submission), review_data(submission, recommendation="refer"))

    submission.refresh_from_db()
    assert submission.status == Submission.Status.REFERRED
    assert submission.recommended_modality is None


def test_recommended_status_without_a_recommendation_is_refused(reviewer_client, demo):
    submission = demo["Hannah Price"]

    response = reviewer_client.post(
        change_url(submission), review_data(submission, status="recommended")
    )

    assert response.status_code == 200
    assert "Choose a recommendation before setting this status" in response.content.decode()


def test_posted_patient_answers_are_ignored(reviewer_client, demo):
    submission = demo["Hannah Price"]

    reviewer_client.post(
        change_url(submission),
        review_data(submission, full_name="Someone Else", main_concern="Edited", pain_now="9"),
    )

    submission.refresh_from_db()
    assert submission.full_name == "Hannah Price"
    assert submission.main_concern.startswith("Work stress")
    assert submission.pain_now == 0


def test_sending_emails_the_patient_without_health_details(
    reviewer_client, demo, django_capture_on_commit_callbacks
):
    submission = demo["Marek Nowak"]
    reviewer_client.post(
        change_url(submission),
        review_data(submission, recommendation="acupressure", note_to_patient="See you soon."),
    )
    send_url = reverse("admin:intake_submission_send", args=[submission.pk])
    confirm = reviewer_client.get(send_url)
    assert "Yes, send" in confirm.content.decode()

    response = reviewer_client.post(send_url, {"confirm": "yes"})

    assert response.status_code == 302
    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == ["marek@example.org"]
    assert "Acupressure" in email.subject
    assert "See you soon." in email.body
    assert "http://testserver/treatments/acupressure/" in email.body
    for detail in ["neck", "desk", "needle", "chronic", "pain"]:
        assert detail not in email.body.lower(), detail
    submission.refresh_from_db()
    assert submission.recommendation_sent_at is not None


def test_a_referral_email_advises_seeing_a_physician(reviewer_client, demo):
    submission = demo["Daniel Okoro"]
    reviewer_client.post(change_url(submission), review_data(submission, recommendation="refer"))

    reviewer_client.post(
        reverse("admin:intake_submission_send", args=[submission.pk]), {"confirm": "yes"}
    )

    body = mail.outbox[0].body
    assert "see a doctor" in body
    assert "urine" not in body and "bladder" not in body


def test_sending_twice_needs_a_confirmation_that_says_so(reviewer_client, demo):
    submission = demo["Priya Shah"]
    reviewer_client.post(
        change_url(submission), review_data(submission, recommendation="acupuncture")
    )
    send_url = reverse("admin:intake_submission_send", args=[submission.pk])
    reviewer_client.post(send_url, {"confirm": "yes"})

    page = reviewer_client.get(send_url).content.decode()

    assert "Already sent once" in page
    assert "Yes, send again" in page
    assert len(mail.outbox) == 1  # looking at the page sends nothing


def test_send_action_skips_intakes_without_a_recommendation(reviewer_client, demo):
    ids = [demo["Hannah Price"].pk]

    response = reviewer_client.post(
        CHANGELIST,
        {"action": "send_recommendations", "_selected_action": ids, "confirm": "yes"},
    )

    assert response.status_code == 302
    assert mail.outbox == []


def test_mark_in_review_action(reviewer_client, demo):
    target = demo["Megan Hughes"]

    reviewer_client.post(CHANGELIST, {"action": "mark_in_review", "_selected_action": [target.pk]})

    target.refresh_from_db()
    assert target.status == Submission.Status.IN_REVIEW


def test_recompute_keeps_the_original(reviewer_client, demo):
    target = demo["Aisha Begum"]
    original = target.suggestion

    reviewer_client.post(
        CHANGELIST, {"action": "recompute_suggestions", "_selected_action": [target.pk]}
    )

    target.refresh_from_db()
    assert target.suggestion == original
    assert target.suggestion_recomputed["top"] == "acupressure"
    assert target.recomputed_at is not None


def test_export_csv_has_the_selected_rows_and_no_formula_cells(reviewer_client, demo):
    target = demo["Tomasz Kowalski"]
    Submission.objects.filter(pk=target.pk).update(full_name="=HYPERLINK(1)")

    response = reviewer_client.post(
        CHANGELIST, {"action": "export_csv", "_selected_action": [target.pk]}
    )

    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert response["Content-Type"].startswith("text/csv")
    assert rows[0][0] == "reference"
    assert rows[1][0] == target.reference
    assert rows[1][2] == "'=HYPERLINK(1)"
    assert len(rows) == 2


def test_history_records_who_changed_the_review(reviewer_client, reviewer, demo):
    submission = demo["Joan Murphy"]
    reviewer_client.post(
        change_url(submission), review_data(submission, recommendation="relaxation-massage")
    )

    history = submission.history.order_by("-history_date").first()
    assert history.history_user == reviewer
    assert history.status == Submission.Status.RECOMMENDED
    assert not hasattr(history, "main_concern")  # no copy of the patient's answers
    page = reviewer_client.get(reverse("admin:intake_submission_history", args=[submission.pk]))
    assert page.status_code == 200
    assert "rita" in page.content.decode()


def test_reviewers_cannot_delete_or_add(reviewer_client, demo):
    submission = demo["Hannah Price"]

    delete = reviewer_client.post(
        reverse("admin:intake_submission_delete", args=[submission.pk]), {"post": "yes"}
    )
    add = reviewer_client.get(reverse("admin:intake_submission_add"))

    assert delete.status_code == 403
    assert add.status_code == 403
    assert Submission.objects.filter(pk=submission.pk).exists()
    actions = reviewer_client.get(CHANGELIST).context["action_form"].fields["action"].choices
    assert "delete_selected" not in dict(actions)


def test_reviewers_cannot_edit_treatment_content(reviewer_client):
    from treatments.models import Modality

    modality = Modality.objects.get(slug="acupuncture")
    url = reverse("admin:treatments_modality_change", args=[modality.pk])

    page = reviewer_client.get(url)
    assert page.status_code == 200  # they may read it
    assert 'name="name"' not in page.content.decode()
    reviewer_client.post(url, {"name": "Changed"})
    modality.refresh_from_db()
    assert modality.name == "Acupuncture"


def test_superusers_can_delete(superuser_client, demo):
    submission = demo["Hannah Price"]

    superuser_client.post(
        reverse("admin:intake_submission_delete", args=[submission.pk]), {"post": "yes"}
    )

    assert not Submission.objects.filter(pk=submission.pk).exists()


def test_staff_without_the_group_get_no_access(staff_without_group_client, demo):
    submission = demo["Hannah Price"]

    assert staff_without_group_client.get(CHANGELIST).status_code == 403
    assert staff_without_group_client.get(change_url(submission)).status_code == 403


def test_outsiders_are_sent_to_the_login_page(outsider_client, client, demo):
    submission = demo["Hannah Price"]

    for user_client in (outsider_client,):
        response = user_client.get(change_url(submission))
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")


def test_anonymous_visitors_are_sent_to_the_login_page(client, demo):
    response = client.get(CHANGELIST)

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_load_demo_prints_the_reviewer_password_once(django_user_model):
    first, second = StringIO(), StringIO()
    call_command("load_demo", force=True, stdout=first)
    call_command("load_demo", force=True, stdout=second)

    assert "Reviewer account: reviewer / " in first.getvalue()
    assert "exists already" in second.getvalue()
    assert "Reviewer account" not in second.getvalue()
    user = django_user_model.objects.get(username="reviewer")
    assert user.is_staff and not user.is_superuser
    assert user.groups.filter(name="Reviewers").exists()
    assert Submission.objects.count() == 12


def test_detail_page_makes_at_most_12_queries(reviewer_client, demo, django_assert_max_num_queries):
    submission = demo["Joan Murphy"]
    reviewer_client.get(change_url(submission))

    # The eleventh reads the follow-ups with their outcomes, for the "After the visit" panel;
    # the twelfth the published treatments, for the warnings a reviewer would override.
    with django_assert_max_num_queries(12):
        response = reviewer_client.get(change_url(submission))
    assert response.status_code == 200


def test_assigned_reviewer_choices_are_staff_only(reviewer_client, demo, django_user_model):
    django_user_model.objects.create_user("olly", password="a long password here")

    form = reviewer_client.get(change_url(demo["Joan Murphy"])).context["adminform"].form

    usernames = {user.username for user in form.fields["assigned_to"].queryset}
    assert "rita" in usernames
    assert "olly" not in usernames


def test_an_intake_whose_treatment_was_since_unpublished_can_still_be_saved(reviewer_client, demo):
    from treatments.models import Modality

    submission = demo["Callum Reid"]
    reviewer_client.post(
        change_url(submission), review_data(submission, recommendation="medical-massage")
    )
    treatment = Modality.objects.get(slug="medical-massage")
    treatment.is_published = False
    treatment.save()  # as the owner would in the admin: the content cache moves on
    submission.refresh_from_db()

    page = reviewer_client.get(change_url(submission)).content.decode()
    response = reviewer_client.post(
        change_url(submission),
        review_data(submission, recommendation="medical-massage", internal_notes="Called back."),
    )

    assert "(no longer published)" in page
    assert response.status_code == 302
    submission.refresh_from_db()
    assert submission.internal_notes == "Called back."
    assert submission.recommended_modality.slug == "medical-massage"


def test_an_intake_whose_treatment_and_practitioner_were_since_unpublished_can_still_be_saved(
    reviewer_client, demo
):
    from treatments.models import Modality, Practitioner

    treatment = Modality.objects.get(slug="medical-massage")
    practitioner = Practitioner.objects.order_by("pk").first()
    practitioner.modalities.add(treatment)
    submission = demo["Callum Reid"]
    chosen = {"recommendation": "medical-massage", "recommended_practitioner": practitioner.pk}
    reviewer_client.post(change_url(submission), review_data(submission, **chosen))
    for unpublished in (treatment, practitioner):
        unpublished.is_published = False
        unpublished.save()
    submission.refresh_from_db()

    response = reviewer_client.post(
        change_url(submission), review_data(submission, **chosen, internal_notes="Called back.")
    )

    assert response.status_code == 302
    submission.refresh_from_db()
    assert submission.internal_notes == "Called back."
    assert (submission.recommended_modality, submission.recommended_practitioner) == (
        treatment,
        practitioner,
    )


def test_the_queue_tick_box_is_the_markup_django_gives_it(demo):
    # Written out for speed (intake/review/panels.py): it must stay what Django renders.
    from django.contrib.admin import ModelAdmin, site
    from django.test.html import parse_html

    submission = demo["Ruth Evans"]
    queue = site._registry[Submission]
    ours, djangos = queue.action_checkbox(submission), ModelAdmin.action_checkbox(queue, submission)
    assert parse_html(ours) == parse_html(djangos)
    assert f'value="{submission.pk}"' in ours
