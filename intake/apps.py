from django.apps import AppConfig


class IntakeConfig(AppConfig):
    name = "intake"
    verbose_name = "Intake"

    def ready(self):
        # Registers the intake's emails, so the worker can send each kind it finds queued.
        from intake import tasks  # noqa: F401
