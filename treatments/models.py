"""The clinic's knowledge of its treatments, as data that staff edit in the admin.

Modalities carry the facts the comparison tables and the intake's suggestion engine read
(needles, self-care, pressure, oils, and which profession gives them). Precautions are the one
source of truth for safety: the same rows make each treatment page's safety section and the
flags on an intake.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator, MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from clinic.context_processors import clinic_details
from clinic.images import PHOTO_EXTENSIONS, random_name, validate_photo_size

# Slugs that would shadow a fixed URL under /treatments/.
RESERVED_MODALITY_SLUGS = {"compare"}


class PublishedQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)


class ModalityQuerySet(PublishedQuerySet):
    def with_lowest_price(self):
        """Each with lowest_price, the price of its cheapest session (None if it has none)."""
        return self.annotate(lowest_price=models.Min("services__price"))


class PublicContent(models.Model):
    """Content with its own public page: shown only when published, listed in display order."""

    is_published = models.BooleanField("published", default=True)
    display_order = models.PositiveSmallIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    objects = PublishedQuerySet.as_manager()

    class Meta:
        abstract = True


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
    text: str
    modality_name: str = ""  # labels the cell when a phone shows the table stacked

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
    texts = {
        (value.modality_id, value.aspect_id): value.text
        for value in AspectValue.objects.filter(modality__in=modalities)
    }
    return [
        TableRow(
            aspect=aspect,
            cells=[
                TableCell(
                    fact=aspect.fact,
                    answer=getattr(modality, aspect.fact) if aspect.fact else None,
                    text=texts.get((modality.pk, aspect.pk), ""),
                    modality_name=modality.name,
                )
                for modality in modalities
            ],
        )
        for aspect in aspects
    ]


# ---------------------------------------------------------------------------------------------
# The clinic as people and prices: who gives each treatment, what it costs, what a first visit
# is like, where the clinic is and how to book. Staff edit all of it; rows seeded as examples
# carry is_example so the admin can show what still needs replacing.
# ---------------------------------------------------------------------------------------------


def photo_path(practitioner: "Practitioner", filename: str) -> str:
    return random_name("practitioners", filename)


class Practitioner(PublicContent):
    name = models.CharField(max_length=100)
    slug = models.SlugField(max_length=100, unique=True)
    role = models.CharField(max_length=120, help_text="For example: Licensed acupuncturist.")
    photo = models.ImageField(
        upload_to=photo_path,
        blank=True,
        validators=[FileExtensionValidator(PHOTO_EXTENSIONS), validate_photo_size],
        help_text="Optional. A JPEG, PNG or WebP image of 2 MB or less.",
    )
    photo_alt = models.CharField(
        "photo description",
        max_length=200,
        blank=True,
        help_text="Required with a photo: what it shows, for people who cannot see it.",
    )
    modalities = models.ManyToManyField(
        Modality, related_name="practitioners", blank=True, verbose_name="treatments they give"
    )
    qualifications = models.TextField(blank=True, help_text="One qualification per line.")
    languages = models.CharField(
        "languages spoken", max_length=200, blank=True, help_text="For example: English, Polish."
    )
    bio = models.TextField(help_text="A short introduction. Blank lines separate paragraphs.")
    booking_url = models.URLField(
        "booking page",
        blank=True,
        help_text="Optional: their own page in the clinic's booking system.",
    )
    is_example = models.BooleanField(
        "example", default=False, help_text="Seeded demo content: replace or unpublish it."
    )

    class Meta:
        ordering = ["display_order", "name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return f"{reverse('treatments:team')}#{self.slug}"

    def clean(self) -> None:
        if self.photo and not self.photo_alt.strip():
            raise ValidationError({"photo_alt": "Describe the photo for people who cannot see it."})

    def gives(self, modality: Modality) -> bool:
        """Whether they give this treatment, or the kind of treatment it belongs to."""
        given = {m.pk for m in self.modalities.all()}
        return modality.pk in given or (
            modality.parent_id is not None and modality.parent_id in given
        )

    def qualification_list(self) -> list[str]:
        return [line.strip() for line in self.qualifications.splitlines() if line.strip()]

    @property
    def initials(self) -> str:
        return "".join(word[0] for word in self.name.split()[:2]).upper()


class Registration(models.Model):
    """A professional registration, as the register itself words it."""

    practitioner = models.ForeignKey(
        Practitioner, on_delete=models.CASCADE, related_name="registrations"
    )
    text = models.CharField(
        max_length=200, help_text="The register's name and the registration number."
    )
    register_url = models.URLField(
        "link to the register", blank=True, help_text="Where a patient can check it."
    )
    display_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["display_order", "pk"]

    def __str__(self) -> str:
        return f"{self.practitioner}: {self.text}"


CURRENCY_SYMBOLS = {"GBP": "£", "EUR": "€", "USD": "$", "AUD": "A$", "CAD": "C$", "NZD": "NZ$"}


def format_price(amount: Decimal) -> str:
    """£60, or £62.50; a currency without a known symbol shows its code: CHF 60."""
    code = settings.CLINIC_CURRENCY
    number = f"{amount:,.0f}" if amount == amount.to_integral_value() else f"{amount:,.2f}"
    symbol = CURRENCY_SYMBOLS.get(code)
    return f"{symbol}{number}" if symbol else f"{code} {number}"


class Service(PublicContent):
    """A kind of session the clinic sells, such as a first acupuncture visit of 60 minutes."""

    modality = models.ForeignKey(Modality, on_delete=models.CASCADE, related_name="services")
    name = models.CharField(max_length=80, help_text="For example: First visit.")
    description = models.CharField(max_length=240, blank=True)
    duration_minutes = models.PositiveSmallIntegerField(
        "duration (minutes)", validators=[MinValueValidator(5), MaxValueValidator(480)]
    )
    price = models.DecimalField(
        max_digits=7,
        decimal_places=2,
        validators=[MinValueValidator(0)],
        help_text="In the clinic's currency (the CLINIC_CURRENCY setting).",
    )
    booking_url = models.URLField(
        "booking page",
        blank=True,
        help_text="The clinic's online booking page for this service. Left blank, patients "
        "are asked to phone or email (or sent to the clinic's booking page, if set in Clinic "
        "settings).",
    )
    is_example = models.BooleanField(
        "example", default=False, help_text="Seeded demo content: replace or unpublish it."
    )

    class Meta:
        ordering = ["modality__display_order", "display_order", "duration_minutes"]
        constraints = [
            models.UniqueConstraint(
                fields=["modality", "name"], name="one_service_name_per_modality"
            )
        ]

    def __str__(self) -> str:
        return f"{self.modality}: {self.name}"

    @property
    def price_display(self) -> str:
        return format_price(self.price)


class WhatToExpect(models.Model):
    """For one treatment: what to wear, how a first visit goes, and when a change may show."""

    modality = models.OneToOneField(
        Modality, on_delete=models.CASCADE, related_name="what_to_expect"
    )
    what_to_wear = models.TextField(help_text="Blank lines separate paragraphs.")
    first_visit = models.TextField(
        "at a first visit", help_text="What happens, step by step. Blank lines separate paragraphs."
    )
    noticing_a_change = models.TextField(
        "when a change may show",
        help_text="Hedged: how many sessions people often have before they notice a change.",
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "what to expect"
        verbose_name_plural = "what to expect"

    def __str__(self) -> str:
        return f"What to expect: {self.modality}"


class Location(PublicContent):
    """Where the clinic is, how to get there, and how accessible the premises are."""

    name = models.CharField(max_length=100)
    address = models.TextField(
        blank=True, help_text="Left blank, the address in Clinic settings is shown."
    )
    opening_hours = models.TextField(
        blank=True, help_text="Left blank, the opening hours in Clinic settings are shown."
    )
    getting_here = models.TextField(
        "how to get here",
        help_text="Public transport, walking, cycling. Blank lines separate paragraphs.",
    )
    step_free_access = models.TextField(
        help_text="Steps, ramps, lifts, door widths; say plainly if there is no step-free way in."
    )
    parking = models.TextField(blank=True, help_text="Including accessible parking bays.")
    facilities = models.TextField(
        "other accessibility", blank=True, help_text="Toilets, seating, hearing loop, and so on."
    )
    map_url = models.URLField(
        "link to a map",
        blank=True,
        help_text="A link out to a map page; maps are never embedded in the site.",
    )
    is_example = models.BooleanField(
        "example", default=False, help_text="Seeded demo content: replace or unpublish it."
    )

    class Meta:
        ordering = ["display_order", "name"]

    def __str__(self) -> str:
        return self.name
