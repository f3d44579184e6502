"""Crispy layout objects of the intake's own."""

from crispy_forms.layout import LayoutObject
from django.forms.utils import flatatt
from django.template.loader import render_to_string


class YesNo(LayoutObject):
    """A yes/no question, rendered by one flat template (intake/widgets/yes_no.html) with the
    markup the site's field template gives inline radios. The health step asks thirty of
    these, and crispy's chain of templates per field was most of that page's rendering time;
    the options' attributes are written here for the same reason."""

    template = "intake/widgets/yes_no.html"

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
