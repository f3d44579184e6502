"""Cache invalidation: any change to treatment content makes the public pages render afresh.

A signal is the right tool here: content changes arrive from the admin, its inlines and data
migrations alike, and every one of them must invalidate the pages.
"""

from django.db.models.signals import post_delete, post_save

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
]


def content_changed(sender, **kwargs) -> None:
    bump_content_version()


def connect() -> None:
    for model in CONTENT_MODELS:
        post_save.connect(content_changed, sender=model, dispatch_uid=f"bump-{model.__name__}")
        post_delete.connect(content_changed, sender=model, dispatch_uid=f"del-{model.__name__}")
