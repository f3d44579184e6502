"""Shared fixtures: the people who use the site."""

import re

H1 = re.compile(r"<h1[\s>]")


def count_h1(html: str) -> int:
    return len(H1.findall(html))
