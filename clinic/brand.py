"""The brand colour's contrast, computed as WCAG 2 defines it, so a colour that would make the
site hard to read is refused when it is chosen, not found later by a patient.

The colour is the header's background under white text, and the colour of links and buttons on
the page's background (the paper colour in static/css/clinic.css) and on its own soft tint
(panels and table headings): all must reach AA for normal text, 4.5:1. brand_css() writes the
colour and its shades as CSS custom properties, served as a stylesheet of the site's own (the
content security policy allows no inline style)."""

import re

from django.core.exceptions import ValidationError

AA_NORMAL_TEXT = 4.5
WHITE = "#ffffff"
PAGE_BACKGROUND = "#f6f4ef"  # --clinic-paper in static/css/clinic.css
HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
DEFAULT_COLOUR = "#1d5c57"
SOFT_TINT = 0.08  # the share of the brand colour in its soft tint, the rest white
DARK_SHADE = 0.75  # the share of the brand colour in its dark shade, the rest black


def channels(colour: str) -> list[int]:
    return [int(colour[i : i + 2], 16) for i in (1, 3, 5)]


def mix(colour: str, other: str, share: float) -> str:
    """As CSS color-mix(in srgb, colour share, other) computes it."""
    mixed = [
        round(a * share + b * (1 - share))
        for a, b in zip(channels(colour), channels(other), strict=True)
    ]
    return "#" + "".join(f"{c:02x}" for c in mixed)


def soft_tint(colour: str) -> str:
    return mix(colour, WHITE, SOFT_TINT)


def dark_shade(colour: str) -> str:
    return mix(colour, "#000000", DARK_SHADE)


def relative_luminance(colour: str) -> float:
    values = [c / 255 for c in channels(colour)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in values]
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
    worst = min(
        contrast_ratio(colour, background)
        for background in (WHITE, PAGE_BACKGROUND, soft_tint(colour))
    )
    if worst < AA_NORMAL_TEXT:
        raise ValidationError(
            "%(colour)s is too light to read: white text on it, and links in it on the page "
            "background, would have a contrast of %(ratio)s:1, and the accessibility standard "
            "(WCAG AA) needs at least 4.5:1. Choose a darker shade.",
            params={"colour": colour, "ratio": f"{worst:.1f}"},
            code="low_contrast",
        )


def brand_css(colour: str) -> str:
    """The stylesheet that gives the site the clinic's colour. A colour that is not one (a row
    changed outside the admin's checks) falls back to the default rather than reach the CSS."""
    if not HEX_COLOUR.fullmatch(colour):
        colour = DEFAULT_COLOUR
    red, green, blue = channels(colour)
    dark = dark_shade(colour)
    dark_red, dark_green, dark_blue = channels(dark)
    return (
        ":root {\n"
        f"  --clinic-primary: {colour};\n"
        f"  --clinic-primary-dark: {dark};\n"
        f"  --clinic-primary-soft: {soft_tint(colour)};\n"
        f"  --bs-link-color-rgb: {red}, {green}, {blue};\n"
        f"  --bs-link-hover-color-rgb: {dark_red}, {dark_green}, {dark_blue};\n"
        "}\n"
    )
