"""Rain on the glass in front of the bokeh, the one thing in focus: a few big drops
(each a lens of its own: a dark rim, a pale body, the lights behind caught as a
bright crescent at its foot and a glint at its top), many small ones and the streaks
where drops ran down, drawn at the cover's size. All of it keeps out of the title's
band, so the title sits on the blurred night alone.
"""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import Image


def _span(band: str | None, room: float = 0.0) -> tuple[float, float]:
    """The vertical span (fractions of the side) the rain may cover: clear of the
    title's band (the top or bottom 34%, `room` deeper for a big title), the whole
    pane without one."""
    if band == "top":
        return 0.38 + room, 1.02
    if band == "bottom":
        return -0.02, 0.62 - room
    return -0.02, 1.02


def _streaks(
    draw: aggdraw.Draw, rng: np.random.Generator, size: int, count: int, span: tuple
) -> None:
    """Wandering trails, thin and faint, each ending in a drop."""
    lo, hi = span
    for _ in range(count):
        length = rng.uniform(0.08, 0.24)
        x, y = rng.random(), rng.uniform(lo, max(lo, hi - length))
        steps = int(rng.integers(4, 9))
        ys = y + np.linspace(0, length, steps)
        xs = x + np.cumsum(rng.normal(0, 0.004, steps))
        width = size * rng.uniform(0.002, 0.005)
        pts = np.stack([xs, ys], 1).ravel() * size
        draw.line(pts.tolist(), aggdraw.Pen((225, 230, 240), width, int(rng.uniform(30, 70))))
        _drop(draw, xs[-1] * size, ys[-1] * size, width * 1.4)


def _drop(draw: aggdraw.Draw, x: float, y: float, r: float) -> None:
    """One drop: a dark lower rim, a pale body, a bright glint top-left."""
    draw.ellipse((x - r, y - r * 0.8, x + r, y + r * 1.25), aggdraw.Brush((10, 12, 18), 70))
    draw.ellipse((x - r, y - r, x + r, y + r), aggdraw.Brush((210, 218, 232), 60))
    g = r * 0.35
    draw.ellipse(
        (x - r * 0.45 - g, y - r * 0.45 - g, x - r * 0.45 + g, y - r * 0.45 + g),
        aggdraw.Brush((255, 255, 255), 190),
    )


def _big_drop(draw: aggdraw.Draw, x: float, y: float, r: float, light: tuple) -> None:
    """A big drop in focus, mostly clear: a thin dark edge along its top (it bends the
    dark room in), a body a touch lighter than the night, the lights behind gathered
    into a soft bright crescent along its foot, a small sharp glint near its top."""
    draw.ellipse((x - r, y - r, x + r, y + r * 1.08), aggdraw.Brush((190, 200, 220), 28))
    draw.arc((x - r, y - r, x + r, y + r * 1.08), 20, 160, aggdraw.Pen((6, 8, 12), r * 0.16, 110))
    for k, alpha in ((0.78, 70), (0.7, 110)):
        draw.arc(
            (x - r * k, y - r * k, x + r * k, y + r * k * 1.08),
            215,
            325,
            aggdraw.Pen(light, max(1.0, r * 0.14), alpha),
        )
    g = r * 0.13
    gx, gy = x - r * 0.3, y - r * 0.55
    draw.ellipse((gx - g, gy - g, gx + g, gy + g), aggdraw.Brush((255, 255, 255), 220))


def rain(
    img: Image.Image,
    rng: np.random.Generator,
    turbulence: float,
    band: str | None = None,
    light: tuple[int, int, int] = (255, 220, 180),
    room: float = 0.0,
) -> Image.Image:
    """Drops and streaks on a rainy window over `img` (a copy is drawn on), clear of the
    title's `band` ("top" or "bottom", `room` deeper); the big drops catch `light`, the
    city's."""
    img = img.copy()
    size = img.size[0]
    span = _span(band, room)
    draw = aggdraw.Draw(img)
    _streaks(draw, rng, size, 4 + round(10 * turbulence), span)
    count = 50 + round(60 * turbulence)
    radii = size * rng.uniform(0.002, 0.008, count) * rng.choice((1.0, 2.0), count, p=(0.85, 0.15))
    ys = rng.uniform(*span, count)
    for x, y, r in zip(rng.random(count), ys, radii, strict=True):
        _drop(draw, x * size, y * size, float(r))
    big = 3 + int(round(4 * turbulence))  # stormier music, more big drops
    bx = rng.uniform(0.08, 0.92, big)
    by = rng.uniform(span[0] + 0.04, span[1] - 0.04, big)
    for x, y, r in zip(bx, by, size * rng.uniform(0.012, 0.022, big), strict=True):
        _big_drop(draw, x * size, y * size, float(r), light)
    draw.flush()
    return img
