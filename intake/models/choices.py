"""The intake's choices and the small helpers its fields share: references, pain scales, the
regions of the body map, goals and preferences, and the fields that identify a patient."""

import secrets

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

REFER_LABEL = "Refer to a physician"
POSTPONE_LABEL = "Postpone until well"

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
    EMAIL = "email", "Email"
    PHONE = "phone", "Phone"


class BodyRegion(models.TextChoices):
    HEAD = "head", "Head"
    JAW = "jaw", "Jaw and face"
    NECK = "neck", "Neck"
    SHOULDERS = "shoulders", "Shoulders"
    CHEST = "chest", "Chest"
    UPPER_BACK = "upper_back", "Upper back"
    LOWER_BACK = "lower_back", "Lower back"
    ABDOMEN = "abdomen", "Abdomen (tummy)"
    HIPS = "hips", "Hips and buttocks"
    ARMS = "arms", "Arms and elbows"
    HANDS = "hands", "Hands and wrists"
    LEGS = "legs", "Legs"
    KNEES = "knees", "Knees"
    FEET = "feet", "Feet and ankles"


class Duration(models.TextChoices):
    UNDER_6_WEEKS = "under_6_weeks", "Less than 6 weeks"
    SIX_TO_12_WEEKS = "6_to_12_weeks", "6 to 12 weeks"
    OVER_3_MONTHS = "over_3_months", "More than 3 months"


class Goal(models.TextChoices):
    PAIN_RELIEF = "pain_relief", "Pain relief"
    STRESS_RELIEF = "stress_relief", "Stress relief and relaxation"
    SLEEP = "sleep", "Better sleep"
    MOBILITY = "mobility", "Moving more easily"
    NAUSEA = "nausea", "Relief from nausea"
    HEADACHE = "headache", "Fewer or milder headaches"
    INJURY = "injury", "Recovery from an injury"
    WELLBEING = "wellbeing", "General wellbeing"


class NeedleFeeling(models.TextChoices):
    COMFORTABLE = "comfortable", "I am comfortable with needles"
    UNSURE = "unsure", "I am not sure"
    AVOID = "avoid", "I would rather avoid needles"


class PressurePreference(models.TextChoices):
    LIGHT = "light", "Light"
    MEDIUM = "medium", "Medium"
    FIRM = "firm", "Firm"
    NO_PREFERENCE = "no_preference", "No preference"


class SelfCareInterest(models.TextChoices):
    YES = "yes", "Yes, I would like to learn"
    MAYBE = "maybe", "Maybe"
    NO = "no", "No, I would rather leave it to a practitioner"


class Curiosity(models.TextChoices):
    MASSAGE = "massage", "Massage"
    ACUPRESSURE = "acupressure", "Acupressure"
    ACUPUNCTURE = "acupuncture", "Acupuncture"
    NOT_SURE = "not_sure", "Not sure"


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
]
