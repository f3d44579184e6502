"""Helpers shared by tests: reading pages and admin forms."""

import re

from intake.models import RedFlag
from treatments.models import Precaution

H1 = re.compile(r"<h1[\s>]")


def count_h1(html: str) -> int:
    return len(H1.findall(html))


def admin_form_data(response) -> dict:
    """The POST data an admin change page would send back unchanged, inlines included."""

    def value_of(form, name):
        value = form[name].value()
        if value is None:
            return ""
        if isinstance(value, list | tuple):
            return [str(v) for v in value]
        return value

    adminform = response.context["adminform"].form
    data = {name: value_of(adminform, name) for name in adminform.fields}
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        management = formset.management_form
        data.update({management.add_prefix(n): management[n].value() for n in management.fields})
        for form in formset.forms:
            data.update({form.add_prefix(n): value_of(form, n) for n in form.fields})
    return {key: value for key, value in data.items() if value is not False}


def health_answers(**yes) -> dict:
    """Every screening and red-flag question answered no, except those given."""
    data = {p.slug: "no" for p in Precaution.objects.all()}
    data.update({f"red_flag_{flag.value}": "no" for flag in RedFlag})
    data.update(yes)
    return data
