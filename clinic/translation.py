"""The clinic's own words that patients read on every page, per language (django-modeltranslation,
as treatments/translation.py explains): opening hours and the regulation statements. The name,
address, phone and email are the same in every language."""

from modeltranslation.translator import TranslationOptions, register

from clinic.models import ClinicSettings


@register(ClinicSettings)
class ClinicSettingsTranslation(TranslationOptions):
    fields = (
        "opening_hours",
        "regulation_massage",
        "regulation_acupressure",
        "regulation_acupuncture",
        "membership",
    )
