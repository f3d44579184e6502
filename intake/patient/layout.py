"""Crispy layout objects of the intake's own: a question rendered by one flat template under
intake/widgets/, with the markup crispy gives the same field (through the site's field
template, bootstrap5/field.html, or the field's own template). A step has up to forty fields,
and crispy's chain of templates per field (and its copy of the page's context for each) was
most of the steps' rendering time. tests/intake/patient/test_flat_markup.py holds each object
to crispy's markup."""

from crispy_forms.layout import LayoutObject
from django.forms.utils import flatatt
from django.template.loader import render_to_string


class Options(LayoutObject):
    """A field of radios or tick boxes, one per line (intake/widgets/options.html): the same
    markup as crispy's Field(name) for a RadioSelect or a CheckboxSelectMultiple. Each option's
    attributes (id, checked, required, aria-invalid and the widget's own) are written here
    rather than by a template per option, as crispy's are: the steps ask some hundred and ten
    options. A field may give an option a hint under its label (`option_hints`, by value):
    the health step's themes give each tick box its precaution's whole question."""

    template = "intake/widgets/options.html"

    def __init__(self, name: str):
        self.fields = [name]

    def render(self, form, context, template_pack=None, **kwargs) -> str:
        field = form[self.fields[0]]
        hints = getattr(field.field, "option_hints", {})
        options = [
            option_context(option, hints.get(option.data["value"])) for option in field.subwidgets
        ]
        return render_to_string(self.template, {"field": field, "options": options})


def option_context(option, hint: str | None) -> dict:
    """One option for the template; with a hint (a field's `option_hints`, by value), the hint's
    id is the option's aria-describedby, so a screen reader gives the hint after the label's
    name rather than as part of it."""
    attrs = dict(option.data["attrs"])
    hint_id = f"{option.id_for_label}_hint" if hint else ""
    if hint:
        attrs["aria-describedby"] = hint_id
    return {
        "type": option.data["type"],
        "name": option.data["name"],
        "value": option.data["value"],
        "label": option.choice_label,
        "id": option.id_for_label,
        "attrs": flatatt(attrs),
        "hint": hint,
        "hint_id": hint_id,
    }


class YesNo(Options):
    """A yes/no question (intake/widgets/yes_no.html), as crispy's InlineRadios but for two
    things of its own: the fieldset's class (the answers beside the question where there is
    room) and a themed question's legend (the theme shown, the rest of the question for screen
    readers). The health step asks some twenty of these."""

    template = "intake/widgets/yes_no.html"


class TextBox(LayoutObject):
    """A box to type in (intake/widgets/text_box.html): a text, email, phone or number input or
    a text area, with the markup crispy's Field(name, css_class=...) gives it. The input is
    Django's widget, with the classes crispy's field template gives it: the layout's own, the
    widget's kind (textinput, emailinput, textarea...), form-control, and is-invalid with an
    error."""

    template = "intake/widgets/text_box.html"

    def __init__(self, name: str, css_class: str = ""):
        self.fields = [name]
        self.css_class = css_class

    def render(self, form, context, template_pack=None, **kwargs) -> str:
        field = form[self.fields[0]]
        widget = field.field.widget
        classes = [self.css_class or widget.attrs.get("class", ""), type(widget).__name__.lower()]
        classes += ["form-control", "is-invalid"] if field.errors else ["form-control"]
        box = field.as_widget(attrs={"class": " ".join(filter(None, classes))})
        return render_to_string(self.template, {"field": field, "input": box})


class OwnTemplate(LayoutObject):
    """A question with a template of its own (a scale, the body map), rendered straight from it
    rather than through crispy's Field(name, template=...), which copies the page's context
    for every field."""

    template: str

    def __init__(self, name: str):
        self.fields = [name]

    def render(self, form, context, template_pack=None, **kwargs) -> str:
        return render_to_string(self.template, {"field": form[self.fields[0]]})


class Scale(OwnTemplate):
    """A 0 to 10 scale (intake/widgets/scale.html): the pain and the PEG's questions."""

    template = "intake/widgets/scale.html"


class BodyMap(OwnTemplate):
    """Where it hurts (intake/widgets/body_map.html): tick boxes, and the picture that ticks
    them."""

    template = "intake/widgets/body_map.html"
