"""Cache invalidation: any change to treatment content makes the public pages render afresh.

A signal is the right tool here: content changes arrive from the admin, its inlines and data
migrations alike, and every one of them must invalidate the pages.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save

from treatments import models
from treatments.caching import bump_content_version

CONTENT_MODELS = [
    models.Modality,
    models.ComparisonAspect,
    models.AspectValue,
    models.Condition,
    models.ConditionUse,
    models.Precaution,
    models.PrecautionGuidance,
    models.Comparison,
    models.ComparisonEntry,
    models.Practitioner,
    models.Registration,
    models.Service,
    models.WhatToExpect,
    models.Location,
]


def content_changed(sender, **kwargs) -> None:
    bump_content_version()


def connect() -> None:
    for model in CONTENT_MODELS:
        post_save.connect(content_changed, sender=model, dispatch_uid=f"bump-{model.__name__}")
        post_delete.connect(content_changed, sender=model, dispatch_uid=f"del-{model.__name__}")
    # Which treatments a practitioner gives is a plain many-to-many: its rows send no post_save.
    m2m_changed.connect(
        content_changed, sender=models.Practitioner.modalities.through, dispatch_uid="m2m-gives"
    )
