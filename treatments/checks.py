"""A system check that warns staff when a precaution has no guidance for a treatment.

The suggestion engine treats a missing row as a caution, so nothing unsafe follows, but the
reviewer then sees "no guidance recorded" instead of advice: the gap is worth filling.
"""

from django.core import checks
from django.db import DatabaseError


@checks.register(checks.Tags.database)
def precaution_guidance_complete(app_configs=None, databases=None, **kwargs):
    # Only when the database checks run (migrate, or check --database default): reading rows
    # at import or without a database would fail on a fresh machine.
    if not databases:
        return []
    from treatments.models import Modality, Precaution, PrecautionGuidance

    try:
        have = set(PrecautionGuidance.objects.values_list("precaution_id", "modality_id"))
        modalities = list(Modality.objects.published())
        missing = [
            f"{precaution.name} / {modality.name}"
            for precaution in Precaution.objects.asked()
            for modality in modalities
            if (precaution.pk, modality.pk) not in have
        ]
    except DatabaseError:
        return []  # not migrated yet
    if not missing:
        return []
    return [
        checks.Warning(
            "Some precautions have no guidance for a published treatment: "
            + "; ".join(missing)
            + ".",
            hint="Add the guidance in the admin (Treatments → Precautions). Until then the "
            "suggestion engine treats each missing pair as a caution.",
            id="treatments.W001",
        )
    ]
