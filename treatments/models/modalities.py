"""The treatments themselves (massage, acupressure, acupuncture and their kinds).

Modalities carry the facts the comparison tables and the intake's suggestion engine read
(needles, self-care, pressure, oils, and which profession gives them).
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from clinic.context_processors import clinic_details
from treatments.models.base import PublicContent, PublishedQuerySet, format_price

# Slugs that would shadow a fixed URL under /treatments/.
RESERVED_MODALITY_SLUGS = {"compare"}


class ModalityQuerySet(PublishedQuerySet):
    def with_lowest_price(self):
        """Each with lowest_price, the price of its cheapest session (None if it has none)."""
        return self.annotate(lowest_price=models.Min("services__price"))


# The clinic's details (clinic.context_processors) that hold its regulation statement for each
# profession.
REGULATION_DETAILS = {
    "massage": "regulation_massage",
    "acupressure": "regulation_acupressure",
    "acupuncture": "regulation_acupuncture",
}


class Modality(PublicContent):
    class Pressure(models.TextChoices):
        NONE = "none", _("No pressure")
        LIGHT = "light", _("Light")
        LIGHT_TO_MEDIUM = "light_medium", _("Light to medium")
        MEDIUM = "medium", _("Medium")
        MEDIUM_TO_FIRM = "medium_firm", _("Medium to firm")
        FIRM = "firm", _("Firm")
        VARIES = "varies", _("Varies from light to firm")

    class Profession(models.TextChoices):
        # Who gives a treatment, for the regulation statement: rules differ by country (and by
        # US state), so the words are the clinic's own, set in settings, not stored as a fact.
        NONE = "", _("None: no statement")
        MASSAGE = "massage", _("Massage therapy")
        ACUPRESSURE = "acupressure", _("Acupressure")
        ACUPUNCTURE = "acupuncture", _("Acupuncture")

    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    summary = models.CharField(max_length=240, help_text="One line, shown on cards and lists.")
    body = models.TextField(help_text="What it is. Blank lines separate paragraphs.")
    session = models.TextField(
        "how a session goes",
        help_text="What happens in a session. Blank lines separate paragraphs.",
    )
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="kinds",
        help_text="Set when this is a kind of another modality (medical massage is massage).",
    )
    # Facts used as data by the comparison tables and the suggestion engine.
    uses_needles = models.BooleanField(default=False)
    self_administrable = models.BooleanField(
        "can be self-administered", default=False, help_text="Once the patient has learnt it."
    )
    profession = models.CharField(
        max_length=20,
        choices=Profession.choices,
        blank=True,
        default="",
        help_text="Picks which of the clinic's regulation statements (settings) the page shows.",
    )
    practitioner = models.CharField(
        "who may practise it", max_length=200, help_text="For example: a trained acupuncturist."
    )
    typical_pressure = models.CharField(max_length=20, choices=Pressure.choices)
    uses_oils = models.BooleanField(default=False)
    typical_tools = models.CharField(max_length=200, blank=True)
    cultural_origin = models.CharField(max_length=200)

    objects = ModalityQuerySet.as_manager()

    class Meta:
        ordering = ["display_order", "name"]
        verbose_name_plural = "modalities"

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("treatments:modality", args=[self.slug])

    @property
    def from_price(self) -> str:
        """ "From £35" on a list annotated with_lowest_price(), else ""."""
        lowest = getattr(self, "lowest_price", None)
        if lowest is None:
            return ""
        return gettext("From %(price)s") % {"price": format_price(lowest)}

    @property
    def regulation(self) -> str:
        """The clinic's statement on how those who give this treatment are regulated, or ""."""
        detail = REGULATION_DETAILS.get(self.profession)
        return getattr(clinic_details(), detail) if detail else ""

    def clean(self) -> None:
        if self.slug in RESERVED_MODALITY_SLUGS:
            raise ValidationError(
                {"slug": f"“{self.slug}” is used by another page; choose another."}
            )
        if self.parent_id and self.parent_id == self.pk:
            raise ValidationError({"parent": "A modality cannot be a kind of itself."})
