"""What the patient told the clinic: their answers to the intake's six steps, as typed fields.

These never change once the intake is sent, so the review's history keeps no copy of them
(PATIENT_FIELDS in choices.py names them). The precaution questions of step 4 are rows of their
own (ScreeningAnswer), so that they can follow the clinic's precaution list.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from intake.models.choices import (
    ContactMethod,
    Duration,
    NeedleFeeling,
    PressurePreference,
    SelfCareInterest,
    optional_scale_field,
    scale_field,
)


class PatientAnswers(models.Model):
    """The answers part of a Submission, in the order the intake asks them."""

    # 1. About you
    full_name = models.CharField(max_length=120)
    date_of_birth = models.DateField()
    email = models.EmailField(max_length=254)
    phone = models.CharField(max_length=30, blank=True)
    contact_method = models.CharField(max_length=10, choices=ContactMethod.choices)

    # 2. What brings you here
    main_concern = models.TextField(max_length=2000)
    body_regions = models.JSONField(default=list, blank=True)
    pain_now = scale_field("pain now")
    pain_week_average = scale_field("average pain in the past week")
    duration = models.CharField("how long", max_length=20, choices=Duration.choices)
    interference = scale_field("interference with daily life")
    # The two PEG interference items in the PEG's own words, asked since follow-ups began;
    # optional, so older intakes have none (intake/aftercare/follow_up.py says how the baseline
    # copes).
    interference_enjoyment = optional_scale_field("pain interfered with enjoyment of life")
    interference_activity = optional_scale_field("pain interfered with general activity")
    conditions = models.JSONField(
        "conditions they have been told they have", default=list, blank=True
    )

    # 3. Goals
    goals = models.JSONField(default=list)

    # 4. Health screening (precaution answers are ScreeningAnswer rows)
    pregnancy_weeks = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(42)]
    )
    red_flags = models.JSONField("red flags answered yes", default=list, blank=True)

    # 5. Preferences
    needles = models.CharField(
        "feelings about needles", max_length=20, choices=NeedleFeeling.choices
    )
    pressure = models.CharField("pressure", max_length=20, choices=PressurePreference.choices)
    self_care = models.CharField(
        "interest in self-care at home", max_length=10, choices=SelfCareInterest.choices
    )
    curious_about = models.JSONField(default=list, blank=True)
    anything_else = models.TextField(max_length=2000, blank=True)

    # 6. Consent
    consent_version = models.CharField(max_length=20)
    consented_at = models.DateTimeField()
    # The parent or guardian who agreed on the check page, for a patient under 16 then
    # (GUARDIAN_AGE, intake/triage/engine_answers.py); blank for an older patient, and for intakes
    # sent before it was asked.
    guardian_name = models.CharField("parent or guardian who agreed", max_length=120, blank=True)

    class Meta:
        abstract = True
