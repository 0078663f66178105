"""Where the title goes: the calmest spot (least edge energy) for the title block,
trading a smaller title (down to the minimum cap height) for a calmer place."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image

GRID = 96  # edge energy is measured on a GRID x GRID grey thumbnail
# (position of the block's top along the free height, penalty in edge-energy units):
# top and bottom are the classic places; the middle and the thirds cost a little more
ANCHORS = ((0.0, 0.0), (0.28, 1.5), (0.5, 2.0), (0.72, 1.5), (1.0, 0.0))
SCALES = (1.0, 0.88, 0.76, 0.64, 0.54)
SHRINK_COST = 8.0  # per unit of scale given up
AVOID_COST = 1.5  # placing the title in the band the track's other cover used
FOCAL_COST = 12.0  # per share of the title block that covers the art's focal region


@dataclass(frozen=True)
class Spot:
    """The chosen place: top of the block as a fraction of the side, the scale to
    apply to the title's pixel size, and the band (0 top, 1 middle, 2 bottom)."""

    top: float
    scale: float
    band: int
    busy: float = 0.0  # edge energy under the block (grain alone is about 1, shapes 8+)


def edge_energy(image: Image.Image) -> np.ndarray:
    """Gradient magnitude of a small grey copy of the image (GRID x GRID)."""
    grey = np.asarray(image.convert("L").resize((GRID, GRID), Image.Resampling.BILINEAR), float)
    gy, gx = np.gradient(grey)
    return np.hypot(gx, gy)


def calm_spot(
    image: Image.Image,
    *,
    block: float,
    width: float,
    margin: float,
    min_scale: float,
    align_left: bool,
    seed: int,
    avoid: int | None = None,
    focal: tuple[float, float, float, float] | None = None,
) -> Spot:
    """The calmest place for a title block `block` high and `width` wide (fractions of
    the side at scale 1). Each candidate is scored on the edge energy under the block
    (its mean plus a quarter of its busiest row), its anchor's penalty, how much the
    title was shrunk, how much of it covers the art's focal region (x0, y0, x1, y1
    fractions) and whether it repeats the other cover's band; the seed breaks near-ties
    so tracks vary."""
    energy = edge_energy(image)
    best: tuple[float, Spot] | None = None
    for scale in SCALES:
        if scale < min_scale and scale != SCALES[0]:
            break
        height, wide = block * scale + 0.04, min(1 - 2 * margin, width * scale)
        left = margin if align_left else (1 - wide) / 2
        cols = slice(int(left * GRID), max(int(left * GRID) + 1, int((left + wide) * GRID)))
        free = max(0.0, 1 - 2 * margin - height)
        for index, (position, penalty) in enumerate(ANCHORS):
            top = margin + position * free
            rows = slice(int(top * GRID), max(int(top * GRID) + 1, int((top + height) * GRID)))
            window = energy[rows, cols]
            busy = float(window.mean()) + 0.25 * float(window.mean(axis=1).max())
            band = 0 if position < 0.4 else (2 if position > 0.6 else 1)
            jitter = 0.6 * ((seed >> (index * 3)) & 7) / 7
            score = busy + penalty + SHRINK_COST * (1 - scale) + jitter
            score += AVOID_COST if band == avoid else 0.0
            if focal is not None:
                score += FOCAL_COST * _overlap((left, top, left + wide, top + height), focal)
            if best is None or score < best[0]:
                best = (score, Spot(top, scale, band, busy))
    assert best is not None
    return best[1]


def _overlap(block: tuple[float, float, float, float], focal: tuple[float, ...]) -> float:
    """The share of `block` that lies inside `focal` (both x0, y0, x1, y1)."""
    w = max(0.0, min(block[2], focal[2]) - max(block[0], focal[0]))
    h = max(0.0, min(block[3], focal[3]) - max(block[1], focal[1]))
    area = (block[2] - block[0]) * (block[3] - block[1])
    return w * h / area if area > 0 else 0.0
