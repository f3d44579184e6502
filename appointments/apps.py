from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AppointmentsConfig(AppConfig):
    name = "appointments"
    verbose_name = _("Appointments")

    def ready(self):
        # Registers the appointment emails with the intake's email queue, so the worker can
        # send each kind it finds queued.
        from appointments import emails  # noqa: F401
