from dataclasses import dataclass

from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.utils.decorators import method_decorator
from django.utils.safestring import SafeString
from django.views.generic import DetailView, ListView, TemplateView

from clinic.content_cache import cache_content_page
from clinic.content_language import marked, translated
from treatments.booking import Booking, booking_for
from treatments.forms import CompareForm
from treatments.models import (
    Comparison,
    ComparisonEntry,
    Condition,
    ConditionUse,
    Location,
    Modality,
    Practitioner,
    PrecautionGuidance,
    Service,
    comparison_table,
)


@method_decorator(cache_content_page, name="dispatch")
class HomeView(TemplateView):
    """The site's front page: the treatments, with their lowest prices, and the comparisons."""

    template_name = "clinic/home.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            modalities=Modality.objects.published().with_lowest_price(),
            comparisons=Comparison.objects.published(),
            **kwargs,
        )


@method_decorator(cache_content_page, name="dispatch")
class ModalityListView(ListView):
    template_name = "treatments/modality_list.html"
    context_object_name = "modalities"

    def get_queryset(self):
        return Modality.objects.published().with_lowest_price()


@method_decorator(cache_content_page, name="dispatch")
class ModalityDetailView(DetailView):
    template_name = "treatments/modality_detail.html"
    context_object_name = "modality"

    def get_queryset(self):
        return (
            Modality.objects.published()
            .select_related("parent", "what_to_expect")
            .prefetch_related(
                Prefetch("services", queryset=Service.objects.published()),
                Prefetch("practitioners", queryset=Practitioner.objects.published()),
                Prefetch("kinds", queryset=Modality.objects.published()),
                Prefetch(
                    "condition_uses",
                    queryset=ConditionUse.objects.filter(condition__is_published=True)
                    .select_related("condition")
                    .order_by("condition__display_order", "condition__name"),
                ),
                Prefetch(
                    "guidance",
                    queryset=PrecautionGuidance.objects.filter(
                        precaution__is_asked=True
                    ).select_related("precaution"),
                ),
                Prefetch("comparisons", queryset=Comparison.objects.published()),
            )
        )

    def get_context_data(self, **kwargs):
        modality = self.object
        return super().get_context_data(
            services=service_table(modality.services.all()),
            booking=booking_for(subject=f"Booking: {modality.name}"),
            safety=safety_in_brief(modality),
            **kwargs,
        )


# How many "take care" precautions the summary names before pointing to the full list.
TAKE_CARE_NAMED = 3


@dataclass(frozen=True)
class SafetyInBrief:
    """A treatment's precautions as names, for the short summary at the top of its page:
    every one that rules it out, and the first few that need care (the rest are counted).
    The names are HTML, joined into a sentence by the template: one shown in English on
    another language's page is marked so (clinic/content_language.py)."""

    not_suitable: list[SafeString]
    take_care: list[SafeString]
    take_care_more: int


def safety_in_brief(modality: Modality) -> SafetyInBrief:
    names = [(g.level, marked(translated(g.precaution, "name"))) for g in modality.guidance.all()]
    take_care = [name for level, name in names if level == PrecautionGuidance.Level.CAUTION]
    return SafetyInBrief(
        not_suitable=[name for level, name in names if level == PrecautionGuidance.Level.AVOID],
        take_care=take_care[:TAKE_CARE_NAMED],
        take_care_more=max(0, len(take_care) - TAKE_CARE_NAMED),
    )


@method_decorator(cache_content_page, name="dispatch")
class ComparisonDetailView(DetailView):
    template_name = "treatments/comparison_detail.html"
    context_object_name = "comparison"

    def get_queryset(self):
        return Comparison.objects.published().prefetch_related(
            Prefetch(
                "entries",
                queryset=ComparisonEntry.objects.filter(modality__is_published=True)
                .select_related("modality")
                .order_by("display_order", "modality__display_order"),
                to_attr="published_entries",
            )
        )

    def get_context_data(self, **kwargs):
        entries = self.object.published_entries
        modalities = [entry.modality for entry in entries]
        return super().get_context_data(
            entries=entries, modalities=modalities, table=comparison_table(modalities), **kwargs
        )


@method_decorator(cache_content_page, name="dispatch")
class ConditionListView(ListView):
    template_name = "treatments/condition_list.html"
    context_object_name = "conditions"

    def get_queryset(self):
        return Condition.objects.published()


@method_decorator(cache_content_page, name="dispatch")
class ConditionDetailView(DetailView):
    template_name = "treatments/condition_detail.html"
    context_object_name = "condition"

    def get_queryset(self):
        return Condition.objects.published().prefetch_related(
            Prefetch(
                "uses",
                queryset=ConditionUse.objects.filter(modality__is_published=True)
                .select_related("modality")
                .order_by("modality__display_order"),
            )
        )


@cache_content_page
def compare(request: HttpRequest) -> HttpResponse:
    """Any two to four treatments side by side, chosen with a GET form (no JavaScript)."""
    modalities = list(Modality.objects.published())
    form = CompareForm(request.GET or None, modalities=modalities)
    chosen = []
    if form.is_valid():
        by_slug = {modality.slug: modality for modality in modalities}
        chosen = [by_slug[slug] for slug in form.cleaned_data["m"]]
    context = {
        "form": form,
        "chosen": chosen,
        "table": comparison_table(chosen) if chosen else None,
        "comparisons": Comparison.objects.published(),
    }
    response = render(request, "treatments/compare.html", context)
    if request.GET and not form.is_valid():
        # Any query string makes a page of its own: only valid choices are worth keeping.
        patch_cache_control(response, private=True)
    return response


@dataclass(frozen=True)
class ServiceRow:
    service: Service
    booking: Booking


@dataclass(frozen=True)
class ServiceTable:
    rows: list[ServiceRow]

    @property
    def cheapest(self) -> Service | None:
        return min((row.service for row in self.rows), key=lambda s: s.price, default=None)

    @property
    def online(self) -> bool:
        """Whether any row books online; if none does, the table needs no booking column."""
        return any(row.booking.online_url for row in self.rows)


def service_table(services) -> ServiceTable:
    """Each service with where to book it (its own page, the clinic's, or phone and email)."""
    return ServiceTable(
        rows=[
            ServiceRow(
                service=service,
                booking=booking_for(
                    subject=f"Booking: {service.modality.name}, {service.name}", service=service
                ),
            )
            for service in services
        ]
    )


@method_decorator(cache_content_page, name="dispatch")
class TeamView(ListView):
    template_name = "treatments/team.html"
    context_object_name = "practitioners"

    def get_queryset(self):
        return Practitioner.objects.published().prefetch_related(
            Prefetch("modalities", queryset=Modality.objects.published()), "registrations"
        )


@method_decorator(cache_content_page, name="dispatch")
class PricesView(ListView):
    """Every published service, grouped by treatment, with where to book it."""

    template_name = "treatments/prices.html"
    context_object_name = "modalities"

    def get_queryset(self):
        services = Service.objects.published().select_related("modality")
        return (
            Modality.objects.published()
            .filter(services__is_published=True)
            .distinct()
            .prefetch_related(Prefetch("services", queryset=services))
        )

    def get_context_data(self, **kwargs):
        groups = [(m, service_table(m.services.all())) for m in self.object_list]
        return super().get_context_data(
            groups=groups,
            booking=booking_for(),
            has_examples=any(row.service.is_example for _, table in groups for row in table.rows),
            **kwargs,
        )


@method_decorator(cache_content_page, name="dispatch")
class ContactView(ListView):
    template_name = "treatments/contact.html"
    context_object_name = "locations"

    def get_queryset(self):
        return Location.objects.published()

    def get_context_data(self, **kwargs):
        return super().get_context_data(booking=booking_for(), **kwargs)
