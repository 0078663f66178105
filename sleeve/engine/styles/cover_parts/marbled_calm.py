"""The title's calm on a full-bleed marbled sheet without a plate: the marbling keeps
running under the title, its ink contrast eased smoothly toward one quiet tone there.

A calm pool of clear water shaped round the title block read as a torn band or a
blob plate on almost every cover. No edge outlines the calm: it fades over REACH."""

from __future__ import annotations

import numpy as np
from PIL import Image

from sleeve.engine import raster

EASE = 0.6  # the share of the marbling's contrast eased out behind the title
REACH = 0.2  # how far past the title block the easing fades to nothing (share of the side)
PAD = 0.03  # the block's own reach past its letters (share of the side)
GROUND_PULL = 0.2  # the quiet tone: the marbling's mean tone pulled this far to the ground
DEFAULT = (EASE, GROUND_PULL)

Block = tuple[float, float, float, float]  # x0, y0, x1, y1 as shares of the side


def title_box(side: str, block: tuple[float, float], margin: float, rtl: bool) -> Block:
    """Where the title's block stands (shares of the side) for its `side`: flush to the
    left margin (right for a right corner or a right-to-left title), at its edge; a
    CJK column down the right edge."""
    width, depth = max(block[0], 0.2), max(block[1], 0.08)
    if side == "right":
        return 1.0 - margin - depth, margin, 1.0 - margin, margin + width
    x0, x1 = margin, margin + width
    if side.endswith("right") or (rtl and side in ("top", "bottom")):
        x0, x1 = 1.0 - x1, 1.0 - x0
    if side.startswith("top"):
        return x0, margin, x1, margin + depth
    return x0, 1.0 - margin - depth, x1, 1.0 - margin


def weight(box: Block, size: int) -> np.ndarray:
    """Per pixel (size x size) how calm the marbling runs: 1 over the block and PAD
    past it, easing (smoothstep) to 0 REACH further out, no edge anywhere."""
    x, y = raster.pixel_grid(size)
    x0, y0, x1, y1 = box
    dx = np.maximum(np.maximum(x0 - PAD - x, x - x1 - PAD), 0)
    dy = np.maximum(np.maximum(y0 - PAD - y, y - y1 - PAD), 0)
    t = np.clip(1 - np.sqrt(dx * dx + dy * dy) / REACH, 0, 1)
    return (t * t * (3 - 2 * t)).astype(np.float32)


def calm(
    image: Image.Image,
    box: Block,
    ground: tuple[int, int, int],
    ease: float = EASE,
    pull: float = GROUND_PULL,
) -> Image.Image:
    """`image` with the marbling behind `box` eased toward one quiet tone (its own mean
    there, pulled toward the `ground`): the stripes still run through, softer. `ease`
    (the share of the contrast eased out) and `pull` (toward the ground) go up where a
    title did not read on the softer marbling (marbled_ink.CALMER)."""
    arr = np.asarray(image.convert("RGB"), np.float32)
    w = weight(box, arr.shape[0])
    mean = (arr * w[..., None]).sum((0, 1)) / max(float(w.sum()), 1e-6)
    tone = mean + (np.asarray(ground, np.float32) - mean) * pull
    out = arr + (tone - arr) * (ease * w)[..., None]
    return Image.fromarray(np.clip(out + 0.5, 0, 255).astype(np.uint8), "RGB")
