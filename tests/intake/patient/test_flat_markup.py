"""The intake's flat layout objects (intake/patient/layout.py) give the markup crispy gives the
same field, through our bootstrap5/field.html or the field's own template: the same ids,
classes, aria-describedby, attributes, checked boxes, kept values and error messages, so the
page reads the same to everyone, screen readers included. Compared as parsed HTML (attribute
order and spacing aside) for every flat field of every step's real form and the follow-up's:
blank, with errors, and with answers kept, in English and in Polish (the hidden "Error:" is
translated). The health step's theme tick boxes are compared less their hints (each box's
precaution's question), which crispy has no place for. Two fields stay on crispy;
test_each_step_renders_its_fields_by_flat_layout_objects names them and says why."""

import re

import pytest
from crispy_forms.bootstrap import InlineRadios
from crispy_forms.helper import FormHelper
from crispy_forms.layout import Field, Layout
from crispy_forms.utils import render_crispy_form
from django import forms
from django.utils import translation
from django.utils.html import escape
from pytest_django.asserts import assertHTMLEqual

from intake.aftercare.follow_up_forms import FollowUpForm
from intake.patient.fields import PREGNANCY_SLUG, TEXT_LIMIT
from intake.patient.forms import AboutYouForm, GoalsForm, PreferencesForm, SymptomsForm
from intake.patient.health_form import HealthForm
from intake.patient.layout import Options, OwnTemplate, TextBox, YesNo
from intake.triage.redflags import PREGNANCY_FLAGS

pytestmark = pytest.mark.django_db


def by_crispy(form: forms.Form, layout_object) -> str:
    """One field as the page rendered it through crispy: the form's helper, with a layout of
    that field alone."""
    helper = FormHelper()
    helper.form_tag = False
    helper.disable_csrf = True
    helper.layout = Layout(layout_object)
    return render_crispy_form(form, helper)


def flat(form: forms.Form, layout_object) -> str:
    return layout_object.render(form, context=None)


def names_of(form: forms.Form, widget: type) -> list[str]:
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


OPTION_HINT = re.compile(r'<div id="[^"]+_hint" class="form-text option-hint"[^>]*>[^<]*</div>')
DESCRIBED_BY_HINT = re.compile(r' aria-describedby="[^"]+_hint"')


def without_option_hints(flat_html: str, field) -> str:
    """The flat tick boxes less what Options adds on purpose, which crispy has no place for:
    each box's hint (its precaution's question) and the box's aria-describedby naming it.
    tests/intake/patient/test_precaution_hints.py holds the hints themselves."""
    html, hints = OPTION_HINT.subn("", flat_html)
    html, described = DESCRIBED_BY_HINT.subn("", html)
    assert hints == described == len(field.field.choices)
    return html


@LANGUAGES
@STATES
def test_tick_boxes_are_crispys_field_but_for_their_hints(make_form, language):
    with translation.override(language):
        crispy_form, flat_form = make_form(), make_form()
        names = names_of(flat_form, forms.CheckboxSelectMultiple)
        assert len(names) == sum(len(ps) > 1 for _, ps in flat_form.themes)
        for name in names:
            expected = by_crispy(crispy_form, Field(name))
            shown = without_option_hints(flat(flat_form, Options(name)), flat_form[name])
            assertHTMLEqual(shown, expected, name)


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


# The other steps and the follow-up: each field's flat object in the form's own layout, held to
# the crispy layout object it replaced.

FLAT = Options | TextBox | OwnTemplate


def layout_items(layout) -> list:
    """The layout's flat objects and the names it leaves to crispy, in order, out of any Div
    or Fieldset around them."""
    items = []
    for item in getattr(layout, "fields", []):
        if isinstance(item, str | FLAT):
            items.append(item)
        else:
            items += layout_items(item)
    return items


@pytest.mark.parametrize(
    ("form_class", "on_crispy"),
    [
        # Django's own templates for the three boxes are most of its time, not crispy's.
        (AboutYouForm, ["date_of_birth"]),
        (SymptomsForm, []),
        (GoalsForm, []),
        (HealthForm, []),
        (PreferencesForm, []),
        # A select, whose time is its query and Django's template.
        (FollowUpForm, ["modality"]),
    ],
)
def test_each_step_renders_its_fields_by_flat_layout_objects(form_class, on_crispy):
    form = form_class()
    items = layout_items(form.helper.layout)

    assert [item for item in items if isinstance(item, str)] == on_crispy
    names = [item if isinstance(item, str) else item.fields[0] for item in items]
    assert sorted(names) == sorted(form.fields)


def crispys(layout_object):
    """The crispy layout object the field had before: InlineRadios for a yes/no, Field with
    the same classes for a box, Field with the field's own template for a scale or the body
    map, and Field for radios and tick boxes."""
    name = layout_object.fields[0]
    if isinstance(layout_object, YesNo):
        return InlineRadios(name)
    if isinstance(layout_object, TextBox):
        return Field(name, css_class=layout_object.css_class or None)
    if isinstance(layout_object, OwnTemplate):
        return Field(name, template=layout_object.template)
    return Field(name)


def shown(form_class) -> forms.Form:
    """As the page first shows it: nothing chosen, or a question's default."""
    return form_class()


def sent_empty(form_class) -> forms.Form:
    """Sent with nothing answered: the required questions' messages."""
    return form_class(data={})


def wrong_answers(form_class) -> forms.Form:
    """Every question answered wrongly: an option that is not one, too much text (with
    characters to escape), a date that is not one."""
    data = {}
    for name, field in form_class().fields.items():
        widget = field.widget
        if isinstance(widget, forms.MultiWidget):
            data |= {f"{name}_day": "x", f"{name}_month": "", f"{name}_year": "<85>"}
        elif isinstance(widget, forms.CheckboxSelectMultiple):
            data[name] = ["nonsense"]
        elif isinstance(widget, forms.RadioSelect | forms.Select):
            data[name] = "nonsense"
        else:
            data[name] = '<i>"x"</i>' * (TEXT_LIMIT // 10 + 1)
    return form_class(data=data)


def kept_answers(form_class) -> forms.Form:
    """Every question answered: a middle option, every box ticked, text with characters to
    escape: what the page shows again when a POST fails elsewhere."""
    data = {}
    for name, field in form_class().fields.items():
        widget = field.widget
        if isinstance(widget, forms.MultiWidget):
            data |= {f"{name}_day": "27", f"{name}_month": "3", f"{name}_year": "1985"}
        elif isinstance(widget, forms.CheckboxSelectMultiple):
            data[name] = [str(value) for value, _ in field.choices]
        elif isinstance(widget, forms.RadioSelect | forms.Select):
            values = [str(value) for value, _ in field.choices if value != ""]
            data[name] = values[len(values) // 2]
        elif isinstance(widget, forms.EmailInput):
            data[name] = "o'brien&co@example.com"
        elif isinstance(widget, forms.NumberInput):
            data[name] = "3"
        else:
            data[name] = f'<b>{name}</b> & "so on"'
    return form_class(data=data)


STEP_FORMS = pytest.mark.parametrize(
    "form_class",
    [AboutYouForm, SymptomsForm, GoalsForm, PreferencesForm, FollowUpForm],
    ids=lambda form_class: form_class.__name__,
)


@STEP_FORMS
def test_wrong_answers_give_every_field_an_error(form_class):
    form = wrong_answers(form_class)

    assert set(form.errors) == set(form.fields)


@LANGUAGES
@pytest.mark.parametrize(
    "state", [shown, sent_empty, wrong_answers, kept_answers], ids=lambda state: state.__name__
)
@STEP_FORMS
def test_each_flat_object_gives_crispys_markup(form_class, state, language):
    with translation.override(language):
        crispy_form, flat_form = state(form_class), state(form_class)
        flat_objects = [
            item for item in layout_items(flat_form.helper.layout) if not isinstance(item, str)
        ]
        assert flat_objects
        for layout_object in flat_objects:
            name = layout_object.fields[0]
            expected = by_crispy(crispy_form, crispys(layout_object))
            if isinstance(layout_object, YesNo):
                expected = as_yes_no(expected, flat_form[name])
            assertHTMLEqual(flat(flat_form, layout_object), expected, name)
