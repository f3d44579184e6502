"""A phone number as a tap-to-call link, as a filter, so that a translated sentence can carry it
({% blocktranslate with number=clinic.emergency_number|tel_link %}Call {{ number }}...). The
same markup as includes/_tel.html."""

from django import template
from django.utils.html import format_html

register = template.Library()


@register.filter
def tel_link(number: str) -> str:
    return format_html('<a href="tel:{}">{}</a>', "".join(str(number).split()), number)
