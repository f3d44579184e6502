"""Conditions people come with, and which treatments are used for each and on what evidence.

Evidence is worded with care: studies that suggest a treatment may help, mixed results, or
traditional use; never a promise of cure.
"""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from treatments.models.base import PublicContent
from treatments.models.modalities import Modality


class Condition(PublicContent):
    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    summary = models.TextField(
        help_text="A short, plain description. Blank lines separate paragraphs."
    )
    emergency_signs = models.TextField(
        blank=True,
        help_text="Signs that need 999 or A&E now (NHS), one a line. The page shows them under "
        "“Call 999 or go to A&E now”, the words the intake uses; write each as a sign, "
        "without advice of its own.",
    )
    modalities = models.ManyToManyField(Modality, through="ConditionUse", related_name="conditions")

    class Meta:
        ordering = ["display_order", "name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("treatments:condition", args=[self.slug])

    def emergency_sign_list(self) -> list[str]:
        return [line.strip() for line in self.emergency_signs.splitlines() if line.strip()]


class ConditionUse(models.Model):
    """That a modality is used for a condition, and how good the evidence is."""

    class Evidence(models.TextChoices):
        STUDIED = "studied", _("Studies suggest it may help")
        MIXED = "mixed", _("Some studies, mixed results")
        TRADITIONAL = "traditional", _("Traditional use")

    condition = models.ForeignKey(Condition, on_delete=models.CASCADE, related_name="uses")
    modality = models.ForeignKey(Modality, on_delete=models.CASCADE, related_name="condition_uses")
    evidence = models.CharField(max_length=20, choices=Evidence.choices)
    note = models.TextField(
        help_text="What studies suggest, hedged; or that it is traditional use."
    )

    class Meta:
        ordering = ["condition__display_order", "modality__display_order"]
        constraints = [
            models.UniqueConstraint(fields=["condition", "modality"], name="one_use_per_pair")
        ]

    def __str__(self) -> str:
        return f"{self.modality} for {self.condition}"
