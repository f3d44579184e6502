"""Reception's diary in the admin: a practitioner's week with appointments and free times,
booking for a patient on the phone, moving and cancelling; every read and change audited;
and the owner's diary settings with the private feed's address."""

import pytest
from django.core import mail
from django.urls import reverse

from appointments.forms import at_param
from appointments.models import Appointment
from appointments.services import appointment_book
from intake.models import AuditEvent
from tests.appointments.conftest import local, working_day

pytestmark = pytest.mark.django_db


@pytest.fixture
def booked(diary, service) -> Appointment:
    return appointment_book(
        diary=diary,
        service=service,
        starts_at=local(working_day(), 10),
        full_name="Grace Hopper",
        email="grace@example.org",
    )


def test_the_week_shows_appointments_and_free_times(superuser_client, diary, booked):
    url = reverse("admin:appointments_diary_week", args=[diary.pk])
    response = superuser_client.get(url, {"from": working_day().isoformat()})
    html = response.content.decode()
    assert response.status_code == 200
    assert booked.reference in html and "Grace Hopper" in html
    assert "11:00" in html  # free after the booking and its buffer
    assert AuditEvent.objects.filter(action="list", detail="appointment listed").exists()


def test_the_day_view(superuser_client, diary, booked):
    url = reverse("admin:appointments_diary_week", args=[diary.pk])
    response = superuser_client.get(url, {"from": working_day().isoformat(), "days": "1"})
    assert response.content.decode().count("<h2>") >= 1
    assert booked.reference in response.content.decode()


def test_reception_books_for_a_patient_on_the_phone(superuser_client, superuser, diary, service):
    at = local(working_day(), 14)
    url = reverse("admin:appointments_diary_book", args=[diary.pk])
    form = {"service": service.pk, "at": at_param(at)}
    assert "Book and email the patient" in superuser_client.get(url, form).content.decode()
    details = {"full_name": "Alan Turing", "email": "alan@example.org", "phone": "01632 960 002"}
    response = superuser_client.post(url, {**form, **details})
    assert response.status_code == 302
    appointment = Appointment.objects.get()
    assert appointment.booked_by == superuser and appointment.starts_at == at
    assert mail.outbox[-1].to == ["alan@example.org"]
    events = AuditEvent.objects.filter(reference=appointment.reference)
    assert events.filter(detail="appointment booked", username=superuser.username).exists()


def test_reception_moves_and_cancels(superuser_client, booked):
    move = reverse("admin:appointments_appointment_move", args=[booked.pk])
    assert "14:00" in superuser_client.get(move).content.decode()
    new_time = local(working_day(), 14)
    assert superuser_client.post(move, {"at": at_param(new_time)}).status_code == 302
    booked.refresh_from_db()
    assert booked.starts_at == new_time
    cancel = reverse("admin:appointments_appointment_cancel", args=[booked.pk])
    assert superuser_client.post(cancel).status_code == 302
    booked.refresh_from_db()
    assert booked.status == Appointment.Status.CANCELLED
    details = set(
        AuditEvent.objects.filter(reference=booked.reference).values_list("detail", flat=True)
    )
    assert {"appointment moved", "appointment cancelled", "appointment viewed"} <= details


def test_the_appointment_page_is_audited_and_offers_move_and_cancel(superuser_client, booked):
    url = reverse("admin:appointments_appointment_change", args=[booked.pk])
    html = superuser_client.get(url).content.decode()
    assert "Grace Hopper" in html and "Move" in html and "Cancel" in html
    assert AuditEvent.objects.filter(reference=booked.reference, action="view").count() == 1
    listing = superuser_client.get(reverse("admin:appointments_appointment_changelist"))
    assert booked.reference in listing.content.decode()


def test_staff_without_appointment_rights_are_refused(staff_without_group_client, diary, booked):
    week = reverse("admin:appointments_diary_week", args=[diary.pk])
    assert staff_without_group_client.get(week).status_code == 403
    cancel = reverse("admin:appointments_appointment_cancel", args=[booked.pk])
    assert staff_without_group_client.post(cancel).status_code == 403
    booked.refresh_from_db()
    assert booked.is_booked


def test_diary_settings_show_the_feed_address_and_rotate_it(superuser_client, diary):
    url = reverse("admin:appointments_diary_change", args=[diary.pk])
    html = superuser_client.get(url).content.decode()
    assert diary.feed_token in html
    old = diary.feed_token
    superuser_client.post(
        reverse("admin:appointments_diary_changelist"),
        {"action": "rotate_feed", "_selected_action": [diary.pk]},
    )
    diary.refresh_from_db()
    assert diary.feed_token != old


@pytest.fixture
def reception_client(client, django_user_model):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user("desk", password="x", is_staff=True)
    user.groups.add(Group.objects.get(name="Reception"))
    client.force_login(user)
    return client


def test_reception_runs_the_diary_but_neither_rotates_feeds_nor_sees_intakes(
    reception_client, diary, booked
):
    week = reverse("admin:appointments_diary_week", args=[diary.pk])
    assert reception_client.get(week).status_code == 200
    cancel = reverse("admin:appointments_appointment_cancel", args=[booked.pk])
    assert reception_client.post(cancel).status_code == 302
    changelist = reverse("admin:appointments_diary_changelist")
    html = reception_client.get(changelist).content.decode()
    assert "rotate_feed" not in html
    assert reception_client.get(reverse("admin:intake_submission_changelist")).status_code == 403
