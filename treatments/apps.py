from django.apps import AppConfig


class TreatmentsConfig(AppConfig):
    name = "treatments"
    verbose_name = "Treatments"

    def ready(self) -> None:
        from treatments import checks, signals  # noqa: F401 -- checks registers itself

        signals.connect(self)
