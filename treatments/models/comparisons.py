"""Comparing treatments side by side: the rows of the comparison tables and what each says per
modality, the curated comparisons, and comparison_table(), which builds a table for any set of
modalities.
"""

from dataclasses import dataclass

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from treatments.models.base import PublicContent
from treatments.models.modalities import Modality


class ComparisonAspect(models.Model):
    """A row of the comparison tables, such as "Needles" or "Who can practise"."""

    class Fact(models.TextChoices):
        # A row tied to a fact shows it first, read from the modality itself, so the fact is
        # stored once; the row's text for each modality then explains it. Yes/no facts show as
        # words (FACT_WORDS); the regulation row shows the clinic's statement from settings.
        NONE = "", _("None: text only")
        NEEDLES = "uses_needles", _("Uses needles")
        SELF_ADMINISTRABLE = "self_administrable", _("Can be self-administered")
        REGULATION = "regulation", _("The clinic's regulation statement (from settings)")
        OILS = "uses_oils", _("Uses oils")

    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    description = models.CharField(
        max_length=240, blank=True, help_text="Shown to screen readers and as a hint."
    )
    fact = models.CharField(max_length=30, choices=Fact.choices, blank=True, default="")
    display_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["display_order", "name"]

    def __str__(self) -> str:
        return self.name


class AspectValue(models.Model):
    modality = models.ForeignKey(Modality, on_delete=models.CASCADE, related_name="aspect_values")
    aspect = models.ForeignKey(ComparisonAspect, on_delete=models.CASCADE, related_name="values")
    text = models.TextField()

    class Meta:
        ordering = ["aspect__display_order", "aspect__name"]
        constraints = [
            models.UniqueConstraint(fields=["modality", "aspect"], name="one_value_per_aspect")
        ]

    def __str__(self) -> str:
        return f"{self.modality}: {self.aspect}"


class Comparison(PublicContent):
    """A curated side-by-side comparison of two to four modalities."""

    title = models.CharField(max_length=120)
    slug = models.SlugField(max_length=80, unique=True)
    introduction = models.TextField(help_text="Blank lines separate paragraphs.")
    similarities = models.TextField(
        blank=True, help_text="What they share. Blank lines separate paragraphs."
    )
    modalities = models.ManyToManyField(
        Modality, through="ComparisonEntry", related_name="comparisons"
    )

    class Meta:
        ordering = ["display_order", "title"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("treatments:comparison", args=[self.slug])


class ComparisonEntry(models.Model):
    """One modality in a curated comparison, with who it may suit."""

    comparison = models.ForeignKey(Comparison, on_delete=models.CASCADE, related_name="entries")
    modality = models.ForeignKey(
        Modality, on_delete=models.PROTECT, related_name="comparison_entries"
    )
    may_suit_you = models.TextField("may suit you if", help_text="Blank lines separate paragraphs.")
    display_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["display_order", "modality__display_order"]
        constraints = [
            models.UniqueConstraint(
                fields=["comparison", "modality"], name="one_entry_per_modality"
            )
        ]
        verbose_name_plural = "comparison entries"

    def __str__(self) -> str:
        return f"{self.comparison}: {self.modality}"


# How a yes/no fact reads in a table cell: words, never a colour or a tick alone.
FACT_WORDS = {
    ComparisonAspect.Fact.NEEDLES: (_("Yes, needles"), _("No needles")),
    ComparisonAspect.Fact.SELF_ADMINISTRABLE: (_("Yes, once learnt"), _("No")),
    ComparisonAspect.Fact.OILS: (_("Yes, usually"), _("No oils")),
}


@dataclass(frozen=True)
class TableCell:
    fact: str
    answer: bool | str | None  # the modality's fact, for rows tied to one
    value: AspectValue | None  # the row's text for this modality, if there is one
    modality_name: str = ""  # labels the cell when a phone shows the table stacked

    @property
    def text(self) -> str:
        return self.value.text if self.value else ""

    @property
    def is_yes_no(self) -> bool:
        return isinstance(self.answer, bool)

    @property
    def answer_words(self) -> str:
        """What the cell says first: words for a yes/no fact, a text fact as it is, or ""."""
        if self.is_yes_no:
            yes, no = FACT_WORDS.get(self.fact, (_("Yes"), _("No")))
            return yes if self.answer else no
        return self.answer or ""


@dataclass(frozen=True)
class TableRow:
    aspect: ComparisonAspect
    cells: list[TableCell]


def comparison_table(modalities: list[Modality]) -> list[TableRow]:
    """One row per aspect, one cell per modality, in two queries whatever the sizes."""
    aspects = list(ComparisonAspect.objects.all())
    values = {
        (value.modality_id, value.aspect_id): value
        for value in AspectValue.objects.filter(modality__in=modalities)
    }
    return [
        TableRow(
            aspect=aspect,
            cells=[
                TableCell(
                    fact=aspect.fact,
                    answer=getattr(modality, aspect.fact) if aspect.fact else None,
                    value=values.get((modality.pk, aspect.pk)),
                    modality_name=modality.name,
                )
                for modality in modalities
            ],
        )
        for aspect in aspects
    ]
