"""Where the title goes: among the places its layout allows (top-left, bottom-left,
centred, edge, corner, vertical, title-image), the calmest one (least edge energy and
the narrowest spread of light and dark, so one ink reads on all of it) away from the
art's focal region, trading a smaller title for a calmer place."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image

from sleeve.engine.replay import replayed

GRID = 96  # edge energy is measured on a GRID x GRID grey thumbnail
SCALES = (1.0, 0.88, 0.76, 0.64, 0.54)
SHRINK_COST = 8.0  # per unit of scale given up
AVOID_COST = 1.5  # placing the title in the band the track's other cover used
FOCAL_COST = 12.0  # per share of the title block that covers the art's focal region
# per unit of tonal spread (the 10th to 90th percentile of grey, 0..1) under the block:
# a title over both a light sun and a dark sky needs a shade behind it to read
TONE_COST = 6.0
EDGE = 0.045  # margin of the "edge" layout


@dataclass(frozen=True)
class Spot:
    """The chosen place: left and top of the block as fractions of the side, the scale
    to apply to the title's sizes, the band (0 top, 1 middle, 2 bottom), the
    alignment ("left", "centre", "right") and the edge energy under the block (grain
    alone is about 1, shapes 8+)."""

    left: float
    top: float
    scale: float
    band: int
    align: str = "centre"
    busy: float = 0.0


def grey_grid(image: Image.Image) -> np.ndarray:
    """A small grey copy of the image (GRID x GRID, 0..255)."""
    return np.asarray(image.convert("L").resize((GRID, GRID), Image.Resampling.BILINEAR), float)


def edge_energy(grey: np.ndarray) -> np.ndarray:
    """Gradient magnitude of the grey grid."""
    gy, gx = np.gradient(grey)
    return np.hypot(gx, gy)


MIRROR = {"left": "right", "right": "left", "centre": "centre"}


def _anchors(layout: str, w: float, h: float, m: float) -> list[tuple[float, float, str, float]]:
    """(left, top, align, penalty) of the places a layout allows for a w x h block."""
    low, mid, centre = 1 - m - h, (1 - h) / 2, (1 - w) / 2
    right = 1 - m - w
    if layout == "top-left":
        return [(m, m, "left", 0.0), (m, m + 0.06, "left", 0.6), (m, low, "left", 2.5)]
    if layout == "bottom-left":
        return [(m, low, "left", 0.0), (m, low - 0.06, "left", 0.6), (m, m, "left", 2.5)]
    if layout == "edge":
        e = EDGE
        return [(e, e, "left", 0.0), (e, 1 - e - h, "left", 0.0)]
    if layout == "corner":
        return [
            (m, m, "left", 0.0),
            (right, m, "right", 0.3),
            (m, low, "left", 0.0),
            (right, low, "right", 0.3),
        ]
    if layout == "vertical":
        return [(right, m, "right", 0.0), (m, m, "left", 0.8)]
    if layout == "title-image":
        return [
            (centre, mid, "centre", 0.0),
            (centre, m, "centre", 0.4),
            (centre, low, "centre", 0.4),
        ]
    # centred
    third = m + 0.28 * (1 - 2 * m - h)
    return [
        (centre, m, "centre", 0.0),
        (centre, third, "centre", 1.5),
        (centre, mid, "centre", 2.0),
        (centre, low, "centre", 0.0),
    ]


@replayed("spot")
def calm_spot(
    image: Image.Image,
    *,
    layout: str,
    block: float,
    width: float,
    margin: float,
    min_scale: float,
    seed: int,
    avoid: int | None = None,
    focal: tuple[float, float, float, float] | None = None,
    rtl: bool = False,
) -> Spot:
    """The best place for a title block `block` high and `width` wide (fractions of the
    side at scale 1) among those its layout allows. Each is scored on the edge energy
    under it (its mean plus a quarter of its busiest row), the spread of light and dark
    under it, the place's penalty, how
    much the title was shrunk, how much of it covers the focal region (x0, y0, x1, y1
    fractions; the title-image layout may cover it) and whether it repeats the other
    cover's band; the seed breaks near-ties so tracks vary. A right-to-left title
    takes the layout's places mirrored (flush right where a Latin one is flush left).
    A place followed (replay) is taken instead."""
    grey = grey_grid(image)
    energy = edge_energy(grey)
    focal_cost = FOCAL_COST * (0.15 if layout == "title-image" else 1.0)
    best: tuple[float, Spot] | None = None
    for scale in SCALES:
        if scale < min_scale and scale != SCALES[0]:
            break
        h, w = min(1.0, block * scale), min(1.0, width * scale)
        anchors = _anchors(layout, w, h, margin)
        if rtl:
            anchors = [(1 - x - w, y, MIRROR[align], cost) for x, y, align, cost in anchors]
        for index, (left, top, align, penalty) in enumerate(anchors):
            left, top = max(0.0, left), max(0.0, top)
            rows = slice(int(top * GRID), max(int(top * GRID) + 1, int((top + h) * GRID)))
            cols = slice(int(left * GRID), max(int(left * GRID) + 1, int((left + w) * GRID)))
            window = energy[rows, cols]
            busy = float(window.mean()) + 0.25 * float(window.mean(axis=1).max())
            low, high = np.percentile(grey[rows, cols], (10, 90))
            middle = top + h / 2
            band = 0 if middle < 0.4 else (2 if middle > 0.6 else 1)
            jitter = 0.6 * ((seed >> (index * 3)) & 7) / 7
            score = busy + penalty + SHRINK_COST * (1 - scale) + jitter
            score += TONE_COST * float(high - low) / 255
            score += AVOID_COST if band == avoid else 0.0
            if focal is not None:
                score += focal_cost * _overlap((left, top, left + w, top + h), focal)
            if best is None or score < best[0]:
                best = (score, Spot(left, top, scale, band, align, busy))
    assert best is not None
    return best[1]


def _overlap(block: tuple[float, float, float, float], focal: tuple[float, ...]) -> float:
    """The share of `block` that lies inside `focal` (both x0, y0, x1, y1)."""
    w = max(0.0, min(block[2], focal[2]) - max(block[0], focal[0]))
    h = max(0.0, min(block[3], focal[3]) - max(block[1], focal[1]))
    area = (block[2] - block[0]) * (block[3] - block[1])
    return w * h / area if area > 0 else 0.0
