"""Safety: the health circumstances that change how (or whether) a treatment is given.

Precautions are the one source of truth for safety: the same rows make each treatment page's
safety section, the intake's screening questions and the flags on an intake; their guidance
says, per modality, whether to avoid it, take care or note something.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from treatments.models.modalities import Modality


class PrecautionQuerySet(models.QuerySet):
    def asked(self):
        return self.filter(is_asked=True)


class Precaution(models.Model):
    """A health circumstance that changes how (or whether) a treatment is given.

    A precaution that is no longer asked (for example one split into two sharper questions)
    is kept, not deleted, so that old intakes still show the question their patient answered.
    The intake asks precautions by theme: one "Do any of these apply to you?" per theme, whose
    items are the precautions' names; a theme with a single precaution asks its question.
    """

    class Theme(models.TextChoices):
        PREGNANCY = "pregnancy", _("Pregnancy")
        BLOOD = "blood", _("Blood and circulation")
        LONG_TERM = "long_term", _("Long-term conditions and implants")
        CANCER_IMMUNITY = "cancer_immunity", _("Cancer and your immune system")
        BONES = "bones", _("Surgery, broken bones and bone health")
        SKIN_INFECTION = "skin_infection", _("Skin, infection and feeling unwell")
        NEEDLES_ALLERGIES = "needles_allergies", _("Needles and allergies")
        OTHER = "other", _("Other health questions")

    name = models.CharField(
        max_length=80,
        unique=True,
        help_text="Also the patient's tick-box label when its theme asks several together.",
    )
    slug = models.SlugField(max_length=80, unique=True)
    question = models.CharField(
        "screening question", max_length=200, help_text="Asked in the intake, answered yes or no."
    )
    detail_prompt = models.CharField(
        max_length=200,
        blank=True,
        help_text="If set, a “yes” asks for a short detail with this label.",
    )
    source = models.CharField(
        max_length=300, blank=True, help_text="Where the guidance comes from, for staff."
    )
    is_asked = models.BooleanField(
        "asked in the intake",
        default=True,
        help_text="Untick to stop asking it; old intakes keep their answers.",
    )
    theme = models.CharField(
        max_length=20,
        choices=Theme.choices,
        default=Theme.OTHER,
        help_text="The intake asks each theme's precautions together.",
    )
    display_order = models.PositiveSmallIntegerField(default=0)

    objects = PrecautionQuerySet.as_manager()

    class Meta:
        ordering = ["display_order", "name"]

    def __str__(self) -> str:
        return self.name


class PrecautionGuidance(models.Model):
    class Level(models.TextChoices):
        AVOID = "avoid", _("Avoid")
        CAUTION = "caution", _("Caution")
        NOTE = "note", _("Note")

    precaution = models.ForeignKey(Precaution, on_delete=models.CASCADE, related_name="guidance")
    modality = models.ForeignKey(Modality, on_delete=models.CASCADE, related_name="guidance")
    level = models.CharField(max_length=10, choices=Level.choices)
    advice = models.TextField("advice for patients")
    staff_note = models.TextField("note for staff", help_text="Shown to reviewers on an intake.")
    restricts_core_technique = models.BooleanField(
        default=False,
        help_text="Tick when this caution limits the treatment's main technique (deep pressure, "
        "or needling): the suggestion engine then ignores a preference for that technique.",
    )

    class Meta:
        ordering = ["precaution__display_order", "modality__display_order"]
        constraints = [
            models.UniqueConstraint(fields=["precaution", "modality"], name="one_guidance_per_pair")
        ]
        verbose_name_plural = "precaution guidance"

    def __str__(self) -> str:
        return f"{self.precaution} / {self.modality}: {self.get_level_display()}"
