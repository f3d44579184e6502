"""Small charts drawn on the server as SVG: no script and no inline style, so the strict
Content-Security-Policy allows them, and they print. Each has a data table beside it in its
template, for screen readers and for anyone who wants the numbers."""

from dataclasses import dataclass

from django.conf import settings

from intake.follow_up import Point

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
