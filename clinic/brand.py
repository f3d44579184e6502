"""The brand colour's contrast, computed as WCAG 2 defines it, so a colour that would make the
site hard to read is refused when it is chosen, not found later by a patient.

The colour is the header's background under white text, and the colour of links and buttons on
the page's background (the paper colour in static/css/clinic.css): both must reach AA for
normal text, 4.5:1."""

import re

from django.core.exceptions import ValidationError

AA_NORMAL_TEXT = 4.5
WHITE = "#ffffff"
PAGE_BACKGROUND = "#f6f4ef"  # --clinic-paper in static/css/clinic.css
HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


def relative_luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    red, green, blue = linear
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: str, second: str) -> float:
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def validate_brand_colour(colour: str) -> None:
    if not HEX_COLOUR.fullmatch(colour):
        raise ValidationError(
            "Enter the colour as # and six hexadecimal digits, for example #1d5c57.",
            code="invalid_colour",
        )
    with_text = contrast_ratio(colour, WHITE)
    on_page = contrast_ratio(colour, PAGE_BACKGROUND)
    worst = min(with_text, on_page)
    if worst < AA_NORMAL_TEXT:
        raise ValidationError(
            "%(colour)s is too light to read: white text on it, and links in it on the page "
            "background, would have a contrast of %(ratio)s:1, and the accessibility standard "
            "(WCAG AA) needs at least 4.5:1. Choose a darker shade.",
            params={"colour": colour, "ratio": f"{worst:.1f}"},
            code="low_contrast",
        )
