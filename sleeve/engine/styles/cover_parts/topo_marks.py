"""The marks a topographic line map prints over its contours: a river down the valley,
spot heights on the lower summits (small survey triangles), and a love song's red
heart for the top's spot height."""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine.raster import RGB
from sleeve.engine.styles.cover_parts.topo_subject import outline

Point = tuple[float, float]


def river(img: Image.Image, course: list[Point], calm: np.ndarray, colour: RGB) -> None:
    """The river along `course` (0..1 points), never where `calm` (the work-size title
    zone, 0..1) holds the title."""
    work = img.size[0]
    draw = aggdraw.Draw(img)
    pen = aggdraw.Pen(colour, work * 0.0065)
    run: list[float] = []
    for x, y in [*course, (-1.0, -1.0)]:
        px, py = int(x * work), int(y * work)
        if 0 <= px < work and 0 <= py < work and calm[py, px] < 0.3:
            run += [x * work, y * work]
            continue
        if len(run) >= 4:
            draw.line(run, pen)
        run = []
    draw.flush()


def spot_heights(img: Image.Image, at: list[Point], colour: RGB) -> None:
    """Small survey triangles on the lower summits."""
    work = img.size[0]
    draw = aggdraw.Draw(img)
    brush, side = aggdraw.Brush(colour), work * 0.012
    for x, y in at:
        cx, cy = x * work, y * work
        draw.polygon(
            (cx, cy - side, cx - side * 0.9, cy + side * 0.6, cx + side * 0.9, cy + side * 0.6),
            brush,
        )
    draw.flush()


def top(img: Image.Image, at: Point, r: float, colour: RGB, heart: bool) -> None:
    """The top's spot height in the accent: a solid disc, or a red heart for a love song."""
    draw = aggdraw.Draw(img)
    brush = aggdraw.Brush(colour)
    if heart:
        hx, hy = outline(48)
        draw.polygon(
            np.column_stack([at[0] + hx * r * 1.5, at[1] + hy * r * 1.5]).ravel().tolist(), brush
        )
    else:
        draw.ellipse((at[0] - r, at[1] - r, at[0] + r, at[1] + r), brush)
    draw.flush()
