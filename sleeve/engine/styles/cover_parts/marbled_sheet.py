"""The title's calm space on a full-bleed marbled sheet, made the way a marbler would:
a big drop of clear water laid where the title goes (it pushes the ink aside into a
bunched rim and leaves the bare ground: a pool), or a printed label (a cartouche with
a double rule, as on a bound book's marbled cover). calm_zone predicts the side."""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import compose, raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import RGB, ArtDirection
from sleeve.engine.styles.cover_parts import calm_zone
from sleeve.engine.styles.cover_parts import marbling as mb

CLEAR = -1  # the ink index of clear water (the ground shows through)
LABELS: dict[str, compose.Box] = {
    "top": (0.08, 0.06, 0.92, 0.32),
    "bottom": (0.08, 0.68, 0.92, 0.94),
    "centre": (0.07, 0.35, 0.93, 0.65),
    "right": (0.66, 0.05, 0.95, 0.95),
}
LABEL_CHARS = 14  # the longest centred title a label holds on one or two lines
CORNERS = ("top-left", "top-right", "bottom-left", "bottom-right")


def title_side(direction: ArtDirection) -> str:
    """Where the title will sit (its layout's calmest place, see title_spot): top,
    bottom, right (a CJK column), centre, or a corner (a corner title); where
    a layout allows two places the seed picks one and the marbling leaves it calm."""
    rng = raster.rng_for(direction, "marbled-zone")
    layout = direction.layout
    if layout == "corner":
        return CORNERS[int(rng.integers(4))]
    if layout in ("centred", "edge"):  # an edge title is big: a whole edge, not a corner
        return "top" if rng.random() < 0.5 else "bottom"
    return calm_zone.title_zone(direction, rng)


def labelled(direction: ArtDirection, side: str) -> bool:
    """Whether a label fits the title: a short centred title (a long one wraps to more
    lines than the label holds) or a CJK column; a title-image title is set too big."""
    return (direction.layout == "centred" and len(direction.title) <= LABEL_CHARS) or (
        side == "right"
    )


def pool_drops(
    side: str, left: bool, rng: np.random.Generator, reach: float
) -> list[tuple[tuple[float, float], float]]:
    """Drops of clear water where the title goes (centre, radius): two side by side on
    a top or bottom edge (shifted left for a left-set title), three down the right
    edge, one in a corner or the middle. They leave bare ground reaching about `reach`
    into the cover."""
    jitter = rng.uniform(-0.03, 0.03, 3)
    if side in CORNERS:
        x = -0.03 if side.endswith("left") else 1.03
        y = -0.03 if side.startswith("top") else 1.03
        drops = [((x, y), reach * 1.45)]
    elif side == "centre":
        drops = [((0.5 + jitter[0], 0.5 + jitter[1]), 0.3)]
    elif side == "right":
        drops = [
            ((1.05, y + j), reach * 0.95) for y, j in zip((0.2, 0.5, 0.8), jitter, strict=True)
        ]
    else:
        y = -0.05 if side == "top" else 1.05
        xs = (0.22, 0.58) if left else (0.3, 0.7)
        drops = [((x + j, y), reach + 0.05) for x, j in zip(xs, jitter[:2], strict=True)]
    return [((float(at[0]), float(at[1])), float(radius)) for at, radius in drops]


def pool(tray: mb.Tray, side: str, left: bool, rng: np.random.Generator, reach: float) -> None:
    """The clear drops of pool_drops laid on the tray: they push the ink aside into a
    bunched rim and leave the bare ground."""
    for at, radius in pool_drops(side, left, rng, reach):
        mb.drop(tray, at, radius, CLEAR)


def label(img: Image.Image, side: str, ground: RGB, rule: RGB) -> Image.Image:
    """A cartouche on the title's side: a panel of the ground with a heavy and a fine
    rule, its corners cut like a book label."""
    size = img.size[0]
    x0, y0, x1, y1 = (v * size for v in LABELS[side])
    draw = aggdraw.Draw(img)
    heavy = max(1.0, size * 0.007)
    fine = max(0.6, size * 0.0022)

    def octagon(inset: float) -> list[float]:
        a, b, c, d = x0 + inset, y0 + inset, x1 - inset, y1 - inset
        k = size * 0.025
        pts = [(a + k, b), (c - k, b), (c, b + k), (c, d - k), (c - k, d), (a + k, d), (a, d - k)]
        return [v for p in [*pts, (a, b + k)] for v in p]

    draw.polygon(octagon(0.0), aggdraw.Pen(rule, heavy), aggdraw.Brush(ground))
    draw.polygon(octagon(size * 0.016), aggdraw.Pen(rule, fine))
    draw.flush()
    return img


def rule_ink(ground: RGB, inks: list[RGB]) -> RGB:
    """The ink that stands furthest from the ground in lightness (the label's rule)."""
    g = rgb_to_oklch(ground)[0]
    return max(inks, key=lambda c: abs(rgb_to_oklch(c)[0] - g))


def focal(side: str) -> compose.Box:
    """The marbling the title keeps off: the cover away from its side."""
    if side in CORNERS:
        return calm_zone.away_from(side.split("-")[0])
    return calm_zone.away_from(side)
