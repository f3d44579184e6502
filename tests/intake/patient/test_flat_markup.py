"""The health step's flat layout objects (intake/patient/layout.py) give the markup crispy gives
the same field through our bootstrap5/field.html: the same ids, classes, aria-describedby,
attributes, checked boxes, kept values and error messages, so the page reads the same to
everyone, screen readers included. Compared as parsed HTML (attribute order and spacing aside)
for every field of a real HealthForm: blank, with errors, and with answers kept, in English and
in Polish (the hidden "Error:" is translated)."""

import pytest
from crispy_forms.bootstrap import InlineRadios
from crispy_forms.helper import FormHelper
from crispy_forms.layout import Field, Layout
from crispy_forms.utils import render_crispy_form
from django import forms
from django.utils import translation
from django.utils.html import escape
from pytest_django.asserts import assertHTMLEqual

from intake.patient.fields import PREGNANCY_SLUG
from intake.patient.health_form import HealthForm
from intake.patient.layout import TextBox, TickBoxes, YesNo
from intake.triage.redflags import PREGNANCY_FLAGS

pytestmark = pytest.mark.django_db


def by_crispy(form: HealthForm, layout_object) -> str:
    """One field as the page rendered it through crispy: the form's helper, with a layout of
    that field alone."""
    helper = FormHelper()
    helper.form_tag = False
    helper.disable_csrf = True
    helper.layout = Layout(layout_object)
    return render_crispy_form(form, helper)


def flat(form: HealthForm, layout_object) -> str:
    return layout_object.render(form, context=None)


def names_of(form: HealthForm, widget: type) -> list[str]:
    return [name for name, field in form.fields.items() if type(field.widget) is widget]


def blank() -> HealthForm:
    return HealthForm()


def with_errors() -> HealthForm:
    """Every question answered yes with nothing ticked and every detail too long (the weeks
    not a number); the red flags left unanswered."""
    form = HealthForm()
    questions = names_of(form, forms.RadioSelect)
    data = dict.fromkeys([name for name in questions if not name.startswith("red_flag_")], "yes")
    data |= dict.fromkeys(names_of(form, forms.TextInput), "x" * 201)
    data[f"{PREGNANCY_SLUG}_detail"] = "abc"
    return HealthForm(data=data)


def answered() -> HealthForm:
    """Every question answered yes, every box ticked, every detail given (with characters that
    must be escaped): what the page shows again when a POST fails elsewhere."""
    form = HealthForm()
    data = dict.fromkeys(names_of(form, forms.RadioSelect), "yes")
    for name in names_of(form, forms.CheckboxSelectMultiple):
        data[name] = [value for value, _ in form.fields[name].choices]
    for name in names_of(form, forms.TextInput):
        data[name] = f'<b>{name}</b> & "so on"'
    data[f"{PREGNANCY_SLUG}_detail"] = "20"
    return HealthForm(data=data)


STATES = pytest.mark.parametrize("make_form", [blank, with_errors, answered])
LANGUAGES = pytest.mark.parametrize("language", ["en", "pl"])


def test_the_health_step_renders_every_field_by_a_flat_layout_object():
    layout = HealthForm().helper.layout

    assert layout.get_layout_objects(Field, greedy=True) == []
    rendered = [pointer.name for pointer in layout.get_field_names()]
    assert sorted(rendered) == sorted(HealthForm().fields)


@LANGUAGES
@STATES
def test_tick_boxes_are_crispys_field(make_form, language):
    with translation.override(language):
        crispy_form, flat_form = make_form(), make_form()
        names = names_of(flat_form, forms.CheckboxSelectMultiple)
        assert len(names) == sum(len(ps) > 1 for _, ps in flat_form.themes)
        for name in names:
            expected = by_crispy(crispy_form, Field(name))
            assertHTMLEqual(flat(flat_form, TickBoxes(name)), expected, name)


@LANGUAGES
@STATES
def test_text_boxes_are_crispys_field(make_form, language):
    with translation.override(language):
        crispy_form, flat_form = make_form(), make_form()
        names = names_of(flat_form, forms.TextInput)
        assert f"{PREGNANCY_SLUG}_detail" in names
        for name in names:
            expected = by_crispy(crispy_form, Field(name))
            assertHTMLEqual(flat(flat_form, TextBox(name)), expected, name)


def as_yes_no(crispy_html: str, field) -> str:
    """Crispy's InlineRadios changed as YesNo changes it on purpose: the fieldset's class (the
    answers beside the question where there is room), and a themed question's legend (the
    theme shown, the rest of the question for screen readers)."""
    html = crispy_html.replace("<fieldset", '<fieldset class="yes-no"', 1)
    if parts := getattr(field.field, "legend_parts", None):
        shown, hidden = (escape(part) for part in parts)
        themed = f'{shown}<span class="visually-hidden">{hidden}</span>'
        html = html.replace(f">{escape(field.label)}</legend>", f">{themed}</legend>", 1)
    return html


@LANGUAGES
@STATES
def test_yes_no_is_crispys_inline_radios_but_for_its_class_and_themed_legend(make_form, language):
    with translation.override(language):
        crispy_form, flat_form = make_form(), make_form()
        names = names_of(flat_form, forms.RadioSelect)
        assert f"red_flag_{PREGNANCY_FLAGS[0].value}" in names
        for name in names:
            expected = as_yes_no(by_crispy(crispy_form, InlineRadios(name)), flat_form[name])
            assertHTMLEqual(flat(flat_form, YesNo(name)), expected, name)
