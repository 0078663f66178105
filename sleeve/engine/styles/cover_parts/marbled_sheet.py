"""The title's calm space on a full-bleed marbled sheet, made the way a marbler would:
a big drop of clear water laid where the title goes (it pushes the ink aside into a
bunched rim and leaves the bare ground: a pool). calm_zone predicts the side."""

from __future__ import annotations

import numpy as np

from sleeve.engine import compose, raster
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts import calm_zone
from sleeve.engine.styles.cover_parts import marbling as mb

CLEAR = -1  # the ink index of clear water (the ground shows through)
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


def pool_drops(
    side: str, left: bool, rng: np.random.Generator, reach: float, band: bool = True
) -> list[tuple[tuple[float, float], float]]:
    """Drops of clear water where the title goes (centre, radius): two big ones side by
    side far past a top or bottom edge (shifted left for a left-set title), so the
    bare ground is a band of plain paper about `reach` deep with a gently bowed shore
    (small drops at the edge left a scalloped pool the title ran out of), three down
    the right edge, one in a corner with a second along its edge (a corner title runs
    wide), one in the middle. Not `band`: two drops at a top or bottom edge and one
    in a corner (for drops that push every cell aside: the stone)."""
    jitter = rng.uniform(-0.03, 0.03, 3)
    if not band and side not in ("centre", "right"):
        if side in CORNERS:
            x, y = (-0.03 if "left" in side else 1.03), (-0.03 if "top" in side else 1.03)
            return [((x, y), reach * 1.45)]
        y = -0.05 if side == "top" else 1.05
        xs = (0.22, 0.58) if left else (0.3, 0.7)
        return [((x + j, y), reach + 0.05) for x, j in zip(xs, jitter[:2], strict=True)]
    if side in CORNERS:
        x = -0.03 if side.endswith("left") else 1.03
        y = -0.03 if side.startswith("top") else 1.03
        beside = (0.5 + (-0.1 if side.endswith("left") else 0.1), -0.3 if y < 0.5 else 1.3)
        drops = [((x, y), reach * 1.3), (beside, reach + 0.3)]
    elif side == "centre":
        drops = [((0.5 + jitter[0], 0.5 + jitter[1]), 0.3)]
    elif side == "right":
        drops = [
            ((1.05, y + j), reach * 0.95) for y, j in zip((0.2, 0.5, 0.8), jitter, strict=True)
        ]
    else:
        y = -0.45 if side == "top" else 1.45
        xs = (0.22, 0.68) if left else (0.28, 0.72)
        drops = [((x + j, y), reach + 0.49) for x, j in zip(xs, jitter[:2], strict=True)]
    return [((float(at[0]), float(at[1])), float(radius)) for at, radius in drops]


def pool(tray: mb.Tray, side: str, left: bool, rng: np.random.Generator, reach: float) -> None:
    """The clear drops of pool_drops laid on the tray: they push the ink aside into a
    bunched rim and leave the bare ground."""
    for at, radius in pool_drops(side, left, rng, reach):
        mb.drop(tray, at, radius, CLEAR)


def focal(side: str) -> compose.Box:
    """The marbling the title keeps off: the cover away from its side."""
    if side in CORNERS:
        return calm_zone.away_from(side.split("-")[0])
    return calm_zone.away_from(side)
