"""The clinic's knowledge of its treatments, as data that staff edit in the admin; import it
from here.

One module per part: base (published content, prices), modalities (the treatments and their
facts), conditions (what they are used for, on what evidence), comparisons (the tables and the
curated comparisons), precautions (safety: the one source for the treatment pages' safety
sections, the intake's screening questions and its flags), practice (practitioners and their
registrations, services and prices, what to expect, locations).
"""

# validate_photo_size is clinic.images's; migration 0007 names it treatments.models's.
from clinic.images import validate_photo_size
from treatments.models.base import (
    CURRENCY_SYMBOLS,
    PublicContent,
    PublishedQuerySet,
    format_price,
)
from treatments.models.comparisons import (
    FACT_WORDS,
    AspectValue,
    Comparison,
    ComparisonAspect,
    ComparisonEntry,
    TableCell,
    TableRow,
    comparison_table,
)
from treatments.models.conditions import Condition, ConditionUse
from treatments.models.modalities import (
    REGULATION_DETAILS,
    RESERVED_MODALITY_SLUGS,
    Modality,
    ModalityQuerySet,
)
from treatments.models.practice import (
    Location,
    Practitioner,
    Registration,
    Service,
    WhatToExpect,
    photo_path,
)
from treatments.models.precautions import Precaution, PrecautionGuidance, PrecautionQuerySet

__all__ = [
    "CURRENCY_SYMBOLS",
    "FACT_WORDS",
    "REGULATION_DETAILS",
    "RESERVED_MODALITY_SLUGS",
    "AspectValue",
    "Comparison",
    "ComparisonAspect",
    "ComparisonEntry",
    "Condition",
    "ConditionUse",
    "Location",
    "Modality",
    "ModalityQuerySet",
    "Practitioner",
    "Precaution",
    "PrecautionGuidance",
    "PrecautionQuerySet",
    "PublicContent",
    "PublishedQuerySet",
    "Registration",
    "Service",
    "TableCell",
    "TableRow",
    "WhatToExpect",
    "comparison_table",
    "format_price",
    "photo_path",
    "validate_photo_size",
]
