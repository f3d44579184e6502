"""The home page in Chromium: the skip link, and the treatment cards at three widths. Its
accessibility and fit on a phone are checked with every public page (test_accessibility.py)."""


def test_skip_link_is_the_first_stop_and_moves_focus_to_main(page):
    page.goto("/")

    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    assert skip.evaluate("el => el === document.activeElement")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def card_rows(page) -> list[list[dict]]:
    """The treatment cards' boxes, grouped into the rows they sit in on screen."""
    rows: dict[int, list[dict]] = {}
    for card in page.locator(".card-grid .clinic-card").all():
        box = card.bounding_box()
        rows.setdefault(round(box["y"]), []).append(box)
    return [rows[y] for y in sorted(rows)]


def test_the_treatment_cards_leave_no_card_alone_in_a_part_filled_row(page):
    """No orphan: at every width each row of cards spans the grid, so no card sits by itself
    beside an empty gap (as five cards in three columns once did)."""
    page.goto("/")
    grid = page.locator(".card-grid").first
    for width in [390, 800, 1280]:
        page.set_viewport_size({"width": width, "height": 900})
        grid_box = grid.bounding_box()
        rows = card_rows(page)
        assert sum(len(row) for row in rows) == 5, width
        for row in rows:
            right = max(box["x"] + box["width"] for box in row)
            assert abs(right - (grid_box["x"] + grid_box["width"])) < 2, (width, rows)
        if width >= 800:
            assert len(rows) < 5, f"{width}: one card a row wastes the width"
