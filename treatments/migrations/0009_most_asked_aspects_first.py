"""The comparison tables put first the rows patients ask about most: needles, who gives it,
whether they can do it themselves, and how firm it is; then oils and what it is used for; then
the rest, in the order they had. Aspects are content staff edit: rows they added keep their
place relative to the others."""

from django.db import migrations

MOST_ASKED = [
    "needles",
    "who-can-practise",
    "self-administration",
    "pressure-and-intensity",
    "oils",
    "used-for",
]
# The order migration 0002 seeded, for going back.
SEEDED = [
    "administration",
    "stated-purpose",
    "method-of-delivery",
    "cultural-origins",
    "self-administration",
    "who-can-practise",
    "depth-of-effect",
    "how-it-is-learnt",
    "pressure-and-intensity",
    "typical-techniques",
    "tools-and-equipment",
    "needles",
    "oils",
    "used-for",
]


def put_first(apps, first: list[str]) -> None:
    ComparisonAspect = apps.get_model("treatments", "ComparisonAspect")
    aspects = list(ComparisonAspect.objects.order_by("display_order", "name"))
    rank = {slug: index for index, slug in enumerate(first)}
    aspects.sort(key=lambda aspect: rank.get(aspect.slug, len(first)))  # stable: rest keep order
    for position, aspect in enumerate(aspects, start=1):
        aspect.display_order = position * 10
    ComparisonAspect.objects.bulk_update(aspects, ["display_order"])


def most_asked_first(apps, schema_editor):
    put_first(apps, MOST_ASKED)


def seeded_order(apps, schema_editor):
    put_first(apps, SEEDED)


class Migration(migrations.Migration):
    dependencies = [
        ("treatments", "0008_seed_clinic_examples"),
    ]

    operations = [migrations.RunPython(most_asked_first, seeded_order)]
