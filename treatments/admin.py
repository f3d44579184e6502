from django.contrib import admin

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


class AspectValueInline(admin.TabularInline):
    model = AspectValue
    extra = 0
    fields = ["aspect", "modality", "text"]
    autocomplete_fields = ["aspect", "modality"]


class ConditionUseInline(admin.TabularInline):
    model = ConditionUse
    extra = 0
    fields = ["condition", "modality", "evidence", "note"]
    autocomplete_fields = ["condition", "modality"]


class GuidanceInline(admin.TabularInline):
    model = PrecautionGuidance
    extra = 0
    fields = ["precaution", "modality", "level", "advice", "staff_note"]
    autocomplete_fields = ["precaution", "modality"]


class WhatToExpectInline(admin.StackedInline):
    model = WhatToExpect
    extra = 0
    max_num = 1
    fields = ["what_to_wear", "first_visit", "noticing_a_change"]


class ServiceInline(admin.TabularInline):
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
class ModalityAdmin(admin.ModelAdmin):
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
class ComparisonAspectAdmin(admin.ModelAdmin):
    list_display = ["name", "fact", "display_order"]
    list_editable = ["display_order"]
    search_fields = ["name", "description"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [AspectValueInline]


@admin.register(Condition)
class ConditionAdmin(admin.ModelAdmin):
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
class PrecautionAdmin(admin.ModelAdmin):
    list_display = ["name", "question", "theme", "display_order"]
    list_editable = ["display_order"]
    list_filter = ["theme", "is_asked"]
    search_fields = ["name", "question"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [GuidanceInline]


@admin.register(PrecautionGuidance)
class PrecautionGuidanceAdmin(admin.ModelAdmin):
    list_display = ["precaution", "modality", "level"]
    list_filter = ["level", "modality", "precaution"]
    list_select_related = ["precaution", "modality"]
    search_fields = ["advice", "staff_note", "precaution__name"]
    autocomplete_fields = ["precaution", "modality"]


class ComparisonEntryInline(admin.StackedInline):
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
class ComparisonAdmin(admin.ModelAdmin):
    list_display = ["title", "slug", "is_published", "display_order"]
    list_editable = ["is_published", "display_order"]
    list_filter = ["is_published"]
    search_fields = ["title", "introduction"]
    prepopulated_fields = {"slug": ["title"]}
    inlines = [ComparisonEntryInline]


# --- The clinic as people, prices and premises ---


class RegistrationInline(admin.TabularInline):
    model = Registration
    extra = 0
    fields = ["text", "register_url", "display_order"]


@admin.register(Practitioner)
class PractitionerAdmin(admin.ModelAdmin):
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
class ServiceAdmin(admin.ModelAdmin):
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
class WhatToExpectAdmin(admin.ModelAdmin):
    list_display = ["modality", "updated_at"]
    list_select_related = ["modality"]
    search_fields = ["modality__name", "first_visit"]
    autocomplete_fields = ["modality"]


@admin.register(Location)
class LocationAdmin(admin.ModelAdmin):
    list_display = ["name", "is_published", "is_example", "display_order"]
    list_editable = ["is_published", "display_order"]
    list_filter = ["is_published", "is_example"]
    search_fields = ["name", "address"]
