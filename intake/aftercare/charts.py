"""Small charts drawn on the server as SVG: no script and no inline style, so the strict
Content-Security-Policy allows them, and they print. Each has a data table beside it in its
template, for screen readers and for anyone who wants the numbers."""

from dataclasses import dataclass

from django.conf import settings

from intake.aftercare.follow_up import Point

WIDTH, HEIGHT = 480, 240
LEFT, RIGHT, TOP, BOTTOM = 44, 36, 16, 40  # room for the axes' labels
SCALE_MAX = 10


@dataclass(frozen=True)
class Dot:
    x: float
    y: float
    label: str
    value: float
    hollow: bool


@dataclass(frozen=True)
class Tick:
    at: float
    label: str


@dataclass(frozen=True)
class TimelineChart:
    width: int
    height: int
    left: int
    right: float
    top: int
    bottom: float
    line: str  # the polyline's points, "x,y x,y ..."
    dots: list[Dot]
    y_ticks: list[Tick]
    x_ticks: list[Tick]
    description: str


def peg_timeline(points: list[Point]) -> TimelineChart:
    """The PEG score (0 to 10, lower is better) at intake and at each answered follow-up,
    against days since the intake."""
    plot_width = WIDTH - LEFT - RIGHT
    plot_height = HEIGHT - TOP - BOTTOM
    # The axis runs to the last follow-up asked, so that early answers leave room for later ones.
    last_day = max(*(point.days for point in points), max(settings.FOLLOW_UP_WEEKS) * 7, 1)

    def x_of(days: int) -> float:
        return round(LEFT + plot_width * days / last_day, 1)

    def y_of(value: float) -> float:
        return round(TOP + plot_height * (1 - value / SCALE_MAX), 1)

    dots = [Dot(x_of(p.days), y_of(p.peg), p.label, p.peg, hollow=p.approximate) for p in points]
    return TimelineChart(
        width=WIDTH,
        height=HEIGHT,
        left=LEFT,
        right=WIDTH - RIGHT,
        top=TOP,
        bottom=HEIGHT - BOTTOM,
        line=" ".join(f"{dot.x},{dot.y}" for dot in dots),
        dots=dots,
        y_ticks=[Tick(y_of(v), str(v)) for v in range(0, SCALE_MAX + 1, 2)],
        x_ticks=[Tick(dot.x, dot.label) for dot in dots],
        description=describe(points),
    )


def describe(points: list[Point]) -> str:
    """The chart in one sentence, for its <desc>."""
    parts = [f"{p.label}: {p.peg}" for p in points]
    text = "PEG score out of 10, lower is better. " + "; ".join(parts) + "."
    if len(points) > 1:
        change = round(points[-1].peg - points[0].peg, 1)
        text += f" Change since intake: {change:+}."
    return text


# --- The clinic outcomes page: one horizontal bar per group of patients ---
# Each group's name and figures are written on a line of their own above its bar, so that the
# chart stays narrow and its words stay legible when a phone scales it down.

BAR_WIDTH = 420
PLOT_LEFT, PLOT_RIGHT = 14, 406
ROW_HEIGHT = 46
BAR_TOP, BAR_BOTTOM = 26, 30  # room for the scale's labels above, and for words below


@dataclass(frozen=True)
class Bar:
    text_y: float  # the baseline of the line naming the group and its figures
    y: float  # the bar's middle
    label: str
    kind: str  # "all", "followed" or "not-followed": a CSS modifier
    x: float  # the bar's left edge and width (zero width when there is nothing to draw)
    width: float
    whisker: tuple[float, float] | None
    text: str  # the figures in words
    too_few: bool


@dataclass(frozen=True)
class BarChart:
    width: int
    height: int
    plot_left: int
    plot_right: int
    top: int
    bottom: int
    zero: float
    bars: list[Bar]
    ticks: list[Tick]
    description: str


def bar_chart(groups, *, low: float, high: float, ticks, value, spread, text) -> BarChart:
    """Bars from zero to each group's value (with a whisker from its spread), scaled from
    `low` to `high`. A group with too few patients gets no bar, only its count in words."""

    def x_of(v: float) -> float:
        v = min(max(v, low), high)
        return round(PLOT_LEFT + (PLOT_RIGHT - PLOT_LEFT) * (v - low) / (high - low), 1)

    zero = x_of(0)
    bars = []
    for i, group in enumerate(groups):
        row_top = BAR_TOP + ROW_HEIGHT * i
        kind = (
            "all" if group.followed is None else ("followed" if group.followed else "not-followed")
        )
        if group.too_few:
            x, width, whisker = zero, 0, None
            words = "no answers" if group.n == 0 else f"too few to say (n = {group.n})"
        else:
            end = x_of(value(group))
            x, width = min(zero, end), round(abs(end - zero), 1)
            low_high = spread(group)
            whisker = (x_of(low_high[0]), x_of(low_high[1])) if low_high else None
            words = text(group)
        bars.append(
            Bar(
                row_top + 16,
                row_top + 30,
                group.label,
                kind,
                x,
                width,
                whisker,
                words,
                group.too_few,
            )
        )
    height = BAR_TOP + ROW_HEIGHT * len(groups) + BAR_BOTTOM
    return BarChart(
        width=BAR_WIDTH,
        height=height,
        plot_left=PLOT_LEFT,
        plot_right=PLOT_RIGHT,
        top=BAR_TOP,
        bottom=height - BAR_BOTTOM,
        zero=zero,
        bars=bars,
        ticks=[Tick(x_of(t), label) for t, label in ticks],
        description="; ".join(f"{bar.label}: {bar.text}" for bar in bars) + ".",
    )


def peg_change_bars(groups) -> BarChart:
    """The mean change in PEG score per group, with a whisker one standard deviation either
    side. The scale is symmetric about zero, wide enough for every whisker."""
    reach = max([abs(g.mean) + g.sd for g in groups if not g.too_few] + [4])
    reach = min(10, 2 * -(-reach // 2))  # up to an even number, at most the whole scale
    return bar_chart(
        groups,
        low=-reach,
        high=reach,
        ticks=[(t, f"{t:+d}" if t else "0") for t in range(-int(reach), int(reach) + 1, 2)],
        value=lambda g: g.mean,
        spread=lambda g: (g.mean - g.sd, g.mean + g.sd),
        text=lambda g: f"{g.mean:+.1f} (SD {g.sd:.1f}), n = {g.n}",
    )


def improved_bars(groups) -> BarChart:
    """The share of each group who felt much or very much improved, 0 to 100%."""
    return bar_chart(
        groups,
        low=0,
        high=100,
        ticks=[(t, f"{t}%") for t in range(0, 101, 25)],
        value=lambda g: g.share_improved * 100,
        spread=lambda g: None,
        text=lambda g: f"{g.share_improved:.0%} ({g.improved} of {g.n})",
    )
