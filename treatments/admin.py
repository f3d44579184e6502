from django.conf import settings
from django.contrib import admin
from modeltranslation.admin import (
    TranslationAdmin,
    TranslationStackedInline,
    TranslationTabularInline,
)
from modeltranslation.translator import translator

from treatments.forms import PractitionerAdminForm
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


class MissingTranslations:
    """A column saying which of the row's words still lack a translation, by language; a blank
    one shows the English (treatments/translation.py)."""

    def get_list_display(self, request):
        return [*super().get_list_display(request), "missing_translations"]

    @admin.display(description="Missing translations")
    def missing_translations(self, obj) -> str:
        translated = translator.get_options_for_model(type(obj)).fields
        fields = [field.name for field in obj._meta.fields if field.name in translated]
        missing = []
        for code, name in settings.LANGUAGES:
            if code == settings.LANGUAGE_CODE:
                continue
            suffix = code.replace("-", "_")
            blank = [
                field
                for field in fields
                if getattr(obj, f"{field}_{settings.LANGUAGE_CODE.replace('-', '_')}")
                and not getattr(obj, f"{field}_{suffix}")
            ]
            if blank:
                missing.append(f"{name}: {', '.join(blank)}")
        return "; ".join(missing) or "None"


class AspectValueInline(TranslationTabularInline):
    model = AspectValue
    extra = 0
    fields = ["aspect", "modality", "text"]
    autocomplete_fields = ["aspect", "modality"]


class ConditionUseInline(TranslationTabularInline):
    model = ConditionUse
    extra = 0
    fields = ["condition", "modality", "evidence", "note"]
    autocomplete_fields = ["condition", "modality"]


class GuidanceInline(TranslationTabularInline):
    model = PrecautionGuidance
    extra = 0
    fields = ["precaution", "modality", "level", "advice", "staff_note"]
    autocomplete_fields = ["precaution", "modality"]


class WhatToExpectInline(TranslationStackedInline):
    model = WhatToExpect
    extra = 0
    max_num = 1
    fields = ["what_to_wear", "first_visit", "noticing_a_change"]


class ServiceInline(TranslationTabularInline):
    model = Service
    extra = 0
    fields = [
        "name",
        "duration_minutes",
        "price",
        "booking_url",
        "is_published",
        "display_order",
        "is_example",
    ]


@admin.register(Modality)
class ModalityAdmin(MissingTranslations, TranslationAdmin):
    list_display = [
        "name",
        "parent",
        "uses_needles",
        "self_administrable",
        "profession",
        "typical_pressure",
        "is_published",
        "display_order",
    ]
    list_editable = ["is_published", "display_order"]
    list_filter = ["is_published", "uses_needles", "self_administrable", "profession"]
    list_select_related = ["parent"]
    search_fields = ["name", "summary", "body"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["parent"]
    fieldsets = [
        (None, {"fields": ["name", "slug", "parent", "summary", "is_published", "display_order"]}),
        ("Page text", {"fields": ["body", "session"]}),
        (
            "Facts used by comparisons and the intake's suggestions",
            {
                "fields": [
                    "uses_needles",
                    "self_administrable",
                    "practitioner",
                    "profession",
                    "regulation_statement",
                    "typical_pressure",
                    "uses_oils",
                    "typical_tools",
                    "cultural_origin",
                ]
            },
        ),
    ]
    readonly_fields = ["regulation_statement"]
    inlines = [
        AspectValueInline,
        GuidanceInline,
        ConditionUseInline,
        WhatToExpectInline,
        ServiceInline,
    ]

    @admin.display(description="regulation statement (from settings)")
    def regulation_statement(self, modality: Modality) -> str:
        return modality.regulation or "None: choose a profession, or set the clinic's statement"


@admin.register(ComparisonAspect)
class ComparisonAspectAdmin(MissingTranslations, TranslationAdmin):
    list_display = ["name", "fact", "display_order"]
    list_editable = ["display_order"]
    search_fields = ["name", "description"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [AspectValueInline]


@admin.register(Condition)
class ConditionAdmin(MissingTranslations, TranslationAdmin):
    list_display = ["name", "treatments", "is_published", "display_order"]
    list_editable = ["is_published", "display_order"]
    list_filter = ["is_published", "uses__modality"]
    search_fields = ["name", "summary", "emergency_signs"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [ConditionUseInline]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("modalities")

    @admin.display(description="treatments")
    def treatments(self, condition: Condition) -> str:
        return ", ".join(modality.name for modality in condition.modalities.all())


@admin.register(Precaution)
class PrecautionAdmin(MissingTranslations, TranslationAdmin):
    list_display = ["name", "question", "theme", "display_order"]
    list_editable = ["display_order"]
    list_filter = ["theme", "is_asked"]
    search_fields = ["name", "question"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [GuidanceInline]


@admin.register(PrecautionGuidance)
class PrecautionGuidanceAdmin(MissingTranslations, TranslationAdmin):
    list_display = ["precaution", "modality", "level"]
    list_filter = ["level", "modality", "precaution"]
    list_select_related = ["precaution", "modality"]
    search_fields = ["advice", "staff_note", "precaution__name"]
    autocomplete_fields = ["precaution", "modality"]


class ComparisonEntryInline(TranslationStackedInline):
    model = ComparisonEntry
    extra = 0
    # A comparison compares two to four treatments.
    min_num = 2
    max_num = 4
    validate_min = True
    validate_max = True
    fields = ["modality", "may_suit_you", "display_order"]
    autocomplete_fields = ["modality"]


@admin.register(Comparison)
class ComparisonAdmin(MissingTranslations, TranslationAdmin):
    list_display = ["title", "slug", "is_published", "display_order"]
    list_editable = ["is_published", "display_order"]
    list_filter = ["is_published"]
    search_fields = ["title", "introduction"]
    prepopulated_fields = {"slug": ["title"]}
    inlines = [ComparisonEntryInline]


# --- The clinic as people, prices and premises ---


class RegistrationInline(TranslationTabularInline):
    model = Registration
    extra = 0
    fields = ["text", "register_url", "display_order"]


@admin.register(Practitioner)
class PractitionerAdmin(MissingTranslations, TranslationAdmin):
    form = PractitionerAdminForm
    list_display = ["name", "role", "treatments", "is_published", "is_example", "display_order"]
    list_editable = ["is_published", "display_order"]
    list_filter = ["is_published", "is_example", "modalities"]
    search_fields = ["name", "role", "bio"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["modalities"]
    fieldsets = [
        (None, {"fields": ["name", "slug", "role", "is_published", "display_order", "is_example"]}),
        ("Photo", {"fields": ["photo", "photo_alt"]}),
        (
            "About them",
            {"fields": ["modalities", "qualifications", "languages", "bio", "booking_url"]},
        ),
    ]
    inlines = [RegistrationInline]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("modalities")

    @admin.display(description="treatments")
    def treatments(self, practitioner: Practitioner) -> str:
        return ", ".join(modality.name for modality in practitioner.modalities.all())


@admin.register(Service)
class ServiceAdmin(MissingTranslations, TranslationAdmin):
    list_display = [
        "name",
        "modality",
        "duration_minutes",
        "price",
        "has_booking_page",
        "is_published",
        "is_example",
    ]
    list_filter = ["modality", "is_published", "is_example"]
    list_select_related = ["modality"]
    search_fields = ["name", "description", "modality__name"]
    autocomplete_fields = ["modality"]
    fields = [
        "modality",
        "name",
        "description",
        "duration_minutes",
        "price",
        "booking_url",
        "is_published",
        "display_order",
        "is_example",
    ]

    @admin.display(description="online booking", boolean=True)
    def has_booking_page(self, service: Service) -> bool:
        return bool(service.booking_url)


@admin.register(WhatToExpect)
class WhatToExpectAdmin(MissingTranslations, TranslationAdmin):
    list_display = ["modality", "updated_at"]
    list_select_related = ["modality"]
    search_fields = ["modality__name", "first_visit"]
    autocomplete_fields = ["modality"]


@admin.register(Location)
class LocationAdmin(MissingTranslations, TranslationAdmin):
    list_display = ["name", "is_published", "is_example", "display_order"]
    list_editable = ["is_published", "display_order"]
    list_filter = ["is_published", "is_example"]
    search_fields = ["name", "address"]
