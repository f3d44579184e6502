from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from clinic.content_language import translated
from clinic.images import cleaned_upload
from treatments.models import Modality, Practitioner

MIN_COMPARED = 2
MAX_COMPARED = 4


class ChosenSlugs(forms.MultipleChoiceField):
    def to_python(self, value) -> list[str]:
        # An empty box in the query string (?m=) means nothing was chosen there.
        return [slug for slug in super().to_python(value) if slug]


class CompareForm(forms.Form):
    """Which treatments to compare: `?m=<slug>&m=<slug>`, two to four of them."""

    m = ChosenSlugs(
        label=_("Choose two to four treatments"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": _("Choose at least two treatments to compare."),
            "invalid_choice": _(
                "We do not offer a treatment called “%(value)s”. Choose from the list."
            ),
        },
    )

    def __init__(self, *args, modalities: list[Modality], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["m"].choices = [(m.slug, translated(m, "name")) for m in modalities]

    def clean_m(self) -> list[str]:
        slugs = list(dict.fromkeys(self.cleaned_data["m"]))  # drop repeats, keep the order
        if len(slugs) < MIN_COMPARED:
            raise forms.ValidationError(
                gettext("Choose at least two treatments to compare; you chose one.")
            )
        if len(slugs) > MAX_COMPARED:
            raise forms.ValidationError(
                gettext("Choose no more than four treatments to compare; you chose %(count)d.")
                % {"count": len(slugs)}
            )
        return slugs


class PractitionerAdminForm(forms.ModelForm):
    class Meta:
        model = Practitioner
        fields = [
            "name",
            "slug",
            "role",
            "is_published",
            "display_order",
            "is_example",
            "photo",
            "photo_alt",
            "modalities",
            "qualifications",
            "languages",
            "bio",
            "booking_url",
        ]

    def clean_photo(self):
        return cleaned_upload(self.cleaned_data.get("photo"))
