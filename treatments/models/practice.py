"""The clinic as people and prices: who gives each treatment, what it costs, what a first visit
is like, where the clinic is and how to book. Staff edit all of it; rows seeded as examples
carry is_example so the admin can show what still needs replacing.
"""

from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator, MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse

from clinic.images import PHOTO_EXTENSIONS, random_name, validate_photo_size
from treatments.models.base import PublicContent, format_price
from treatments.models.modalities import Modality


# Migration 0007 names this treatments.models.photo_path (the package re-exports it): keep the name.
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
