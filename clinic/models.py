"""The clinic's own details, edited by the owner in the admin: one row (ClinicSettings) and
the photos of the premises. Environment variables are left for infrastructure and secrets.

One row is kept by a database constraint (its id is always 1) rather than a singleton
package: the rule lives where no code path can get round it, and there is nothing to install."""

from django.core.validators import FileExtensionValidator, RegexValidator
from django.db import models

from clinic.brand import validate_brand_colour
from clinic.images import PHOTO_EXTENSIONS, random_name, validate_photo_size

SETTINGS_ID = 1
https_only = RegexValidator(r"^https://", "Enter an address starting https://.")


def logo_path(settings: "ClinicSettings", filename: str) -> str:
    return random_name("clinic", filename)


def premises_photo_path(photo: "PremisesPhoto", filename: str) -> str:
    return random_name("premises", filename)


def validate_social_links(text: str) -> None:
    for line in filter(None, (line.strip() for line in text.splitlines())):
        https_only(line)


class ClinicSettings(models.Model):
    id = models.PositiveSmallIntegerField(primary_key=True, default=SETTINGS_ID, editable=False)
    name = models.CharField(max_length=120, default="Riverside Manual Therapy Clinic")
    phone = models.CharField(max_length=40, default="01234 567890")
    email = models.EmailField(default="hello@example.org")
    address = models.TextField(default="1 River Street, Riverside")
    map_url = models.URLField(
        "map link",
        blank=True,
        validators=[https_only],
        help_text="Optional. A link to the clinic on a map (it opens the map's own site).",
    )
    opening_hours = models.TextField(default="Monday to Friday, 9am to 6pm")
    regulation_massage = models.TextField(
        "regulation statement: massage",
        blank=True,
        default="Our massage therapists are registered with a professional body.",
    )
    regulation_acupressure = models.TextField(
        "regulation statement: acupressure",
        blank=True,
        default="Our acupressure practitioners are registered with a professional body.",
    )
    regulation_acupuncture = models.TextField(
        "regulation statement: acupuncture",
        blank=True,
        default="Our acupuncturists are registered with a professional body.",
    )
    membership = models.TextField(
        "memberships",
        blank=True,
        help_text="Optional. Professional bodies and associations the clinic belongs to.",
    )
    booking_url = models.URLField(
        "booking page",
        blank=True,
        validators=[https_only],
        help_text="Optional. The clinic's online booking page; a service or practitioner may "
        "have its own.",
    )
    logo = models.ImageField(
        upload_to=logo_path,
        blank=True,
        validators=[FileExtensionValidator(PHOTO_EXTENSIONS), validate_photo_size],
        help_text="Optional. A JPEG, PNG or WebP image of 2 MB or less; shown beside the name.",
    )
    brand_colour = models.CharField(
        max_length=7,
        default="#1d5c57",
        validators=[validate_brand_colour],
        help_text="The header's and links' colour, as # and six digits (e.g. #1d5c57). It must "
        "be dark enough for white text on it to be easy to read.",
    )
    social_links = models.TextField(
        blank=True,
        validators=[validate_social_links],
        help_text="Optional. One https:// address a line (the clinic's pages elsewhere).",
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "clinic settings"
        verbose_name_plural = "clinic settings"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(id=SETTINGS_ID), name="clinic_settings_single_row"
            )
        ]

    def __str__(self) -> str:
        return self.name

    @classmethod
    def load(cls) -> "ClinicSettings":
        """The one row; made with the defaults if a database has none yet."""
        settings, _ = cls.objects.get_or_create(id=SETTINGS_ID)
        return settings

    @property
    def social_link_list(self) -> list[str]:
        return [line.strip() for line in self.social_links.splitlines() if line.strip()]


class PremisesPhoto(models.Model):
    settings = models.ForeignKey(
        ClinicSettings, on_delete=models.CASCADE, related_name="premises_photos"
    )
    image = models.ImageField(
        upload_to=premises_photo_path,
        validators=[FileExtensionValidator(PHOTO_EXTENSIONS), validate_photo_size],
        help_text="A JPEG, PNG or WebP image of 2 MB or less.",
    )
    alt = models.CharField(
        "photo description",
        max_length=200,
        help_text="Required: what the photo shows, for people who cannot see it "
        "(e.g. 'The treatment room, with a massage table by the window').",
    )
    display_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["display_order", "id"]

    def __str__(self) -> str:
        return self.alt


class LanguageReview(models.Model):
    """Whether a language's translation (its catalogue and its treatment content) has been read
    by a qualified medical translator. Safety wording is not left to chance: a language not yet
    reviewed is offered to patients only with DEBUG on (clinic/languages.py). Its pages still
    answer at their own addresses, so a translator can read them on the live site."""

    language = models.CharField(max_length=10, unique=True)
    reviewed = models.BooleanField(
        "reviewed by a qualified medical translator",
        default=False,
        help_text="Tick only when a qualified medical translator has read every page, question "
        "and piece of advice in this language. Patients are offered the language from then on.",
    )
    reviewed_by = models.CharField(
        "reviewed by",
        max_length=200,
        blank=True,
        help_text="The translator's name and credentials.",
    )
    reviewed_on = models.DateField("reviewed on", null=True, blank=True)
    notes = models.TextField(blank=True)

    class Meta:
        ordering = ["language"]
        verbose_name = "language review"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(reviewed=False)
                | (~models.Q(reviewed_by="") & models.Q(reviewed_on__isnull=False)),
                name="language_reviewed_says_who_and_when",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_language_display()}: {'reviewed' if self.reviewed else 'not reviewed'}"

    def get_language_display(self) -> str:
        from django.conf import settings

        return dict(settings.LANGUAGES).get(self.language, self.language)
