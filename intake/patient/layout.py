"""Crispy layout objects of the intake's own: the health step's questions, each rendered by one
flat template under intake/widgets/ with the markup the site's field template
(bootstrap5/field.html) gives the same field. The health step has some sixty fields, and
crispy's chain of templates per field was most of that page's rendering time."""

from crispy_forms.layout import LayoutObject
from django.forms.utils import flatatt
from django.template.loader import render_to_string


class Options(LayoutObject):
    """A field of radios or tick boxes: each option's attributes (id, checked, required,
    aria-invalid and the widget's own) are written here rather than by a template per option,
    for the same reason."""

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
    """A yes/no question (intake/widgets/yes_no.html): crispy's InlineRadios, but for the
    fieldset's class and a themed question's legend. The health step asks thirty of these."""

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
