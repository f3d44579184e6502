import io

from django import forms
from django.core.files.uploadedfile import SimpleUploadedFile, UploadedFile
from PIL import Image, ImageOps

from treatments.models import Modality, Practitioner, validate_photo_size

MIN_COMPARED = 2
MAX_COMPARED = 4


class ChosenSlugs(forms.MultipleChoiceField):
    def to_python(self, value) -> list[str]:
        # An empty box in the query string (?m=) means nothing was chosen there.
        return [slug for slug in super().to_python(value) if slug]


class CompareForm(forms.Form):
    """Which treatments to compare: `?m=<slug>&m=<slug>`, two to four of them."""

    m = ChosenSlugs(
        label="Choose two to four treatments",
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": "Choose at least two treatments to compare.",
            "invalid_choice": "We do not offer a treatment called “%(value)s”. "
            "Choose from the list.",
        },
    )

    def __init__(self, *args, modalities: list[Modality], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["m"].choices = [(m.slug, m.name) for m in modalities]

    def clean_m(self) -> list[str]:
        slugs = list(dict.fromkeys(self.cleaned_data["m"]))  # drop repeats, keep the order
        if len(slugs) < MIN_COMPARED:
            raise forms.ValidationError("Choose at least two treatments to compare; you chose one.")
        if len(slugs) > MAX_COMPARED:
            raise forms.ValidationError(
                f"Choose no more than four treatments to compare; you chose {len(slugs)}."
            )
        return slugs


PHOTO_MAX_SIDE = 1200
PHOTO_FORMATS = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}


def clean_photo(upload: UploadedFile) -> UploadedFile:
    """The photo re-encoded: upright, at most PHOTO_MAX_SIDE pixels a side, and without its
    metadata (a phone's photo can carry where and when it was taken)."""
    upload.seek(0)
    with Image.open(upload) as original:
        image_format = original.format
        image = ImageOps.exif_transpose(original)
        image.thumbnail((PHOTO_MAX_SIDE, PHOTO_MAX_SIDE))
        if image_format == "JPEG" and image.mode not in ("RGB", "L"):
            image = image.convert("RGB")
        buffer = io.BytesIO()
        image.save(
            buffer, format=image_format, **({"quality": 88} if image_format != "PNG" else {})
        )
    return SimpleUploadedFile(upload.name, buffer.getvalue(), PHOTO_FORMATS[image_format])


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
        photo = self.cleaned_data.get("photo")
        # Only a new upload is re-encoded (a stored photo was cleaned when it came in), and
        # only once it is known to be small enough to open.
        if isinstance(photo, UploadedFile):
            validate_photo_size(photo)
            if photo.image.format in PHOTO_FORMATS:
                return clean_photo(photo)
        return photo
