"""Which treatment content is translated: the words patients read, per language, with
django-modeltranslation.

Why modeltranslation rather than django-parler: it adds a column per language to the same table
(name_en_gb, name_pl...), so the existing queries, orderings, data migrations, the cache and
the admin keep working unchanged, and `modality.name` simply reads the active language's
column, falling back to English where the translation is blank (MODELTRANSLATION_FALLBACK_
LANGUAGES in settings). Parler keeps translations in a second table, which every query would
have to join or prefetch. A new language in settings.LANGUAGES is a new column per field:
`makemigrations` adds them, the admin shows them, and staff fill them in.

Not translated: slugs, facts and numbers, names of people and staff-only notes.
"""

from modeltranslation.translator import TranslationOptions, register

from treatments.models import (
    AspectValue,
    Comparison,
    ComparisonAspect,
    ComparisonEntry,
    Condition,
    ConditionUse,
    Location,
    Modality,
    Practitioner,
    Precaution,
    PrecautionGuidance,
    Registration,
    Service,
    WhatToExpect,
)

FIELDS = {
    Modality: (
        "name",
        "summary",
        "body",
        "session",
        "practitioner",
        "typical_tools",
        "cultural_origin",
    ),
    ComparisonAspect: ("name", "description"),
    AspectValue: ("text",),
    Condition: ("name", "summary", "emergency_signs"),
    ConditionUse: ("note",),
    Precaution: ("name", "question", "detail_prompt"),
    PrecautionGuidance: ("advice",),
    Comparison: ("title", "introduction", "similarities"),
    ComparisonEntry: ("may_suit_you",),
    # Not photo_alt: the model checks it is given with a photo (Practitioner.clean).
    Practitioner: ("role", "qualifications", "languages", "bio"),
    Registration: ("text",),
    Service: ("name", "description"),
    WhatToExpect: ("what_to_wear", "first_visit", "noticing_a_change"),
    Location: ("opening_hours", "getting_here", "step_free_access", "parking", "facilities"),
}

for model, fields in FIELDS.items():
    register(model)(type(f"{model.__name__}Translation", (TranslationOptions,), {"fields": fields}))
