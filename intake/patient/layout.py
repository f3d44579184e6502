"""Crispy layout objects of the intake's own: a question rendered by one flat template under
intake/widgets/, with the markup the site's field template (bootstrap5/field.html) gives the
same field. The health step has over forty fields, and crispy's chain of templates per field
was most of that page's rendering time. tests/intake/patient/test_flat_markup.py holds each
object to crispy's markup."""

from crispy_forms.layout import LayoutObject
from django.forms.utils import flatatt
from django.template.loader import render_to_string


class Options(LayoutObject):
    """A field of radios or tick boxes. Each option's attributes (id, checked, required,
    aria-invalid and the widget's own) are written here rather than by a template per option,
    as crispy's are: the health step has some sixty options."""

    template: str

    def __init__(self, name: str):
        self.fields = [name]

    def render(self, form, context, template_pack=None, **kwargs) -> str:
        field = form[self.fields[0]]
        options = [
            {
                "name": option.data["name"],
                "value": option.data["value"],
                "label": option.choice_label,
                "id": option.id_for_label,
                "attrs": flatatt(option.data["attrs"]),
            }
            for option in field.subwidgets
        ]
        return render_to_string(self.template, {"field": field, "options": options})


class YesNo(Options):
    """A yes/no question (intake/widgets/yes_no.html), as crispy's InlineRadios but for two
    things of its own: the fieldset's class (the answers beside the question where there is
    room) and a themed question's legend (the theme shown, the rest of the question for screen
    readers). The health step asks some twenty of these."""

    template = "intake/widgets/yes_no.html"


class TickBoxes(Options):
    """A list of tick boxes (intake/widgets/tick_boxes.html), such as a theme's "which of these
    apply to you?": the same markup as crispy's Field(name) for a CheckboxSelectMultiple."""

    template = "intake/widgets/tick_boxes.html"


class TextBox(LayoutObject):
    """A one-line text box (intake/widgets/text_box.html), such as a precaution's detail: the
    same markup as crispy's Field(name) for a TextInput. The input itself is Django's widget,
    with the classes crispy's field template gives it."""

    template = "intake/widgets/text_box.html"

    def __init__(self, name: str):
        self.fields = [name]

    def render(self, form, context, template_pack=None, **kwargs) -> str:
        field = form[self.fields[0]]
        classes = "textinput form-control is-invalid" if field.errors else "textinput form-control"
        return render_to_string(
            self.template, {"field": field, "input": field.as_widget(attrs={"class": classes})}
        )
