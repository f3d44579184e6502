"""The intake's choices and the small helpers its fields share: references, pain scales, the
regions of the body map, goals and preferences, and the fields that identify a patient."""

import secrets

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

REFER_LABEL = _("Refer to a physician")
POSTPONE_LABEL = _("Postpone until well")

# Unambiguous characters only (no 0/O, 1/I/L), so a reference can be read out on the phone.
REFERENCE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
REFERENCE_LENGTH = 8


def new_reference() -> str:
    """A random reference such as "K7MQ-4XR9": about 40 bits, not guessable, not sequential."""
    chars = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(REFERENCE_LENGTH))
    return f"{chars[:4]}-{chars[4:]}"


def scale_field(verbose_name: str) -> models.PositiveSmallIntegerField:
    return models.PositiveSmallIntegerField(
        verbose_name, validators=[MinValueValidator(0), MaxValueValidator(10)]
    )


def optional_scale_field(verbose_name: str) -> models.PositiveSmallIntegerField:
    return models.PositiveSmallIntegerField(
        verbose_name,
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(10)],
    )


class ContactMethod(models.TextChoices):
    EMAIL = "email", _("Email")
    PHONE = "phone", _("Phone")


class BodyRegion(models.TextChoices):
    HEAD = "head", _("Head")
    JAW = "jaw", _("Jaw and face")
    NECK = "neck", _("Neck")
    SHOULDERS = "shoulders", _("Shoulders")
    CHEST = "chest", _("Chest")
    UPPER_BACK = "upper_back", _("Upper back")
    LOWER_BACK = "lower_back", _("Lower back")
    ABDOMEN = "abdomen", _("Abdomen (tummy)")
    HIPS = "hips", _("Hips and buttocks")
    ARMS = "arms", _("Arms and elbows")
    HANDS = "hands", _("Hands and wrists")
    LEGS = "legs", _("Legs")
    KNEES = "knees", _("Knees")
    FEET = "feet", _("Feet and ankles")


class Duration(models.TextChoices):
    UNDER_6_WEEKS = "under_6_weeks", _("Less than 6 weeks")
    SIX_TO_12_WEEKS = "6_to_12_weeks", _("6 to 12 weeks")
    OVER_3_MONTHS = "over_3_months", _("More than 3 months")


class Goal(models.TextChoices):
    PAIN_RELIEF = "pain_relief", _("Pain relief")
    STRESS_RELIEF = "stress_relief", _("Stress relief and relaxation")
    SLEEP = "sleep", _("Better sleep")
    MOBILITY = "mobility", _("Moving more easily")
    NAUSEA = "nausea", _("Relief from nausea")
    HEADACHE = "headache", _("Fewer or milder headaches")
    INJURY = "injury", _("Recovery from an injury")
    WELLBEING = "wellbeing", _("General wellbeing")


class NeedleFeeling(models.TextChoices):
    COMFORTABLE = "comfortable", _("I am comfortable with needles")
    UNSURE = "unsure", _("I am not sure")
    AVOID = "avoid", _("I would rather avoid needles")


class PressurePreference(models.TextChoices):
    LIGHT = "light", _("Light")
    MEDIUM = "medium", _("Medium")
    FIRM = "firm", _("Firm")
    NO_PREFERENCE = "no_preference", _("No preference")


class SelfCareInterest(models.TextChoices):
    YES = "yes", _("Yes, I would like to learn")
    MAYBE = "maybe", _("Maybe")
    NO = "no", _("No, I would rather leave it to a practitioner")


class Curiosity(models.TextChoices):
    MASSAGE = "massage", _("Massage")
    ACUPRESSURE = "acupressure", _("Acupressure")
    ACUPUNCTURE = "acupuncture", _("Acupuncture")
    NOT_SURE = "not_sure", _("Not sure")


PATIENT_FIELDS = [
    "idempotency_key",
    "full_name",
    "date_of_birth",
    "email",
    "phone",
    "contact_method",
    "main_concern",
    "body_regions",
    "pain_now",
    "pain_week_average",
    "duration",
    "interference",
    "interference_enjoyment",
    "interference_activity",
    "conditions",
    "goals",
    "pregnancy_weeks",
    "red_flags",
    "needles",
    "pressure",
    "self_care",
    "curious_about",
    "anything_else",
    "consent_version",
    "consented_at",
    "guardian_name",
]
