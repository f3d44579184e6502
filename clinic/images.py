"""Uploaded images (practitioners' photos, the clinic's logo and premises photos): checked and
re-encoded the same way wherever they come in. Re-encoding drops the file's metadata (a phone's
photo can carry where and when it was taken) and anything hidden after the image data."""

import io
import uuid

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile, UploadedFile
from PIL import Image, ImageOps

PHOTO_MAX_BYTES = 2 * 1024 * 1024
PHOTO_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]
PHOTO_MAX_SIDE = 1200
PHOTO_FORMATS = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}


class LabelledImageInput(forms.ClearableFileInput):
    """The upload box with a <label> of its own. Django wraps a file input in a fieldset whose
    legend names it, which screen readers and axe do not take as the input's label."""

    use_fieldset = False


def validate_photo_size(photo) -> None:
    if photo.size > PHOTO_MAX_BYTES:
        raise ValidationError(
            "The photo is %(size)s MB; choose one of 2 MB or less.",
            params={"size": f"{photo.size / (1024 * 1024):.1f}"},
            code="photo_too_large",
        )


def random_name(folder: str, filename: str) -> str:
    """A random file name: the uploaded name may say more than it should, and two photos
    called "me.jpg" must not overwrite each other."""
    extension = filename.rsplit(".", 1)[-1].lower()
    return f"{folder}/{uuid.uuid4().hex}.{extension}"


def clean_photo(upload: UploadedFile) -> UploadedFile:
    """The photo re-encoded: upright, at most PHOTO_MAX_SIDE pixels a side, and without its
    metadata."""
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


def cleaned_upload(image):
    """For a form's clean_<field>: a new upload re-encoded, a stored file as it is (it was
    cleaned when it came in). A format Pillow reads but we do not take is left for the
    field's extension validator to refuse."""
    if isinstance(image, UploadedFile):
        validate_photo_size(image)
        if image.image.format in PHOTO_FORMATS:
            return clean_photo(image)
    return image
