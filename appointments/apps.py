from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AppointmentsConfig(AppConfig):
    name = "appointments"
    verbose_name = _("Appointments")

    def ready(self):
        # Registers the appointment emails with the intake's email queue, so the worker can
        # send each kind it finds queued.
        from appointments import emails  # noqa: F401
        from appointments.services import appointments_erase
        from intake.signals import submission_erased

        # An intake erased on request takes the patient's details off its bookings.
        submission_erased.connect(appointments_erase, dispatch_uid="appointments_erase")
