"""Cache invalidation: any change to treatment content makes the public pages render afresh.

A signal is the right tool here: content changes arrive from the admin, its inlines, its
delete action and the shell alike, and every one of them must retire the cached pages. Data
migrations use historical models, which send no signals, so every `migrate` retires them too.
"""

from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save

from clinic import content_cache
from treatments import models

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
    content_cache.content_changed()


def connect(app_config) -> None:
    for model in CONTENT_MODELS:
        post_save.connect(content_changed, sender=model, dispatch_uid=f"bump-{model.__name__}")
        post_delete.connect(content_changed, sender=model, dispatch_uid=f"del-{model.__name__}")
    # Which treatments a practitioner gives is a plain many-to-many: its rows send no post_save.
    m2m_changed.connect(
        content_changed, sender=models.Practitioner.modalities.through, dispatch_uid="m2m-gives"
    )
    post_migrate.connect(content_changed, sender=app_config, dispatch_uid="migrate")
