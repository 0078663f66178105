"""Shapes the engraved buildings and regalia share: polygons laid as coverage on the
plate's window (drawn with aggdraw in fractions of the side), a Gothic pointed arch,
a ribbon along a polyline (a bolt, a firework's ray),
and the turn from a darkness (0 lit stone .. 1 shadow) to the plate's ink, which on a
deep field is a pale ink (light is ink there)."""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine.styles.cover_parts.engrave_hatch import Plate

Points = list[tuple[float, float]]


def cover(plate: Plate, shapes: list[Points]) -> np.ndarray:
    """The coverage (0..1, the window's shape) of the filled polygons (fractions)."""
    side = plate.side
    img = Image.new("L", (side, side), 0)
    draw = aggdraw.Draw(img)
    draw.settransform((side, 0, 0, 0, side, 0))
    brush = aggdraw.Brush(255)
    for shape in shapes:
        draw.polygon([v for point in shape for v in point], brush)
    draw.flush()
    rows, cols = plate.window
    return np.asarray(img, np.float32)[rows, cols] * (1.0 / 255.0)


def arch(cx: float, base: float, width: float, height: float) -> Points:
    """A lancet: an equilateral pointed arch `width` wide on jambs, its apex `height`
    above its base (fractions)."""
    spring = base - max(height - 0.866 * width, 0.0)
    phi = np.linspace(np.pi, 2 * np.pi / 3, 10)
    left = [(cx + width / 2 + width * np.cos(p), spring - width * np.sin(p)) for p in phi]
    right = [(2 * cx - x, y) for x, y in reversed(left[:-1])]
    return [(cx - width / 2, base), *left, *right, (cx + width / 2, base)]


def ink_of(plate: Plate, darkness: np.ndarray | float) -> np.ndarray:
    """The ink tone for a darkness: itself on paper; on a deep field its light."""
    dark = np.asarray(darkness, np.float32)
    return 0.06 + 0.82 * (1.0 - dark) if plate.inks.dark else dark


def ribbon(xs: np.ndarray, ys: np.ndarray, half: np.ndarray) -> Points:
    """A polyline (fractions) as a polygon, `half` (per point) to each side of it."""
    nx, ny = -np.gradient(ys), np.gradient(xs)
    norm = np.hypot(nx, ny) + 1e-9
    nx, ny = nx / norm * half, ny / norm * half
    one = list(zip(xs + nx, ys + ny, strict=True))
    other = list(zip(xs - nx, ys - ny, strict=True))
    return [(float(x), float(y)) for x, y in one + other[::-1]]
