"""Colour spread of a set of covers: which 60-degree hue family each cover falls in,
which covers are near-neutral, and how light each one is (OKLab, on a 64 px copy)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np
from PIL import Image

# OKLCH hue families of 60 degrees, starting at red (0-60: red/orange ... 300-360: magenta/pink)
FAMILIES = ("red-orange", "amber-yellow", "green", "cyan-azure", "blue-violet", "magenta-pink")
NEUTRAL_CHROMA = 0.04  # mean OKLCH chroma below this reads as near-neutral


@dataclass(frozen=True)
class CoverColour:
    """lightness: mean OKLab L (0..1); chroma: mean OKLCH chroma; family: the hue family
    that holds most of the cover's chroma, or None when the cover is near-neutral."""

    lightness: float
    chroma: float
    family: str | None


def _oklab(image: Image.Image) -> np.ndarray:
    rgb = np.asarray(image.convert("RGB").resize((64, 64)), float).reshape(-1, 3) / 255
    lin = np.where(rgb <= 0.04045, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4)
    lms = (
        lin
        @ np.array(
            [
                [0.4122214708, 0.5363325363, 0.0514459929],
                [0.2119034982, 0.6806995451, 0.1073969566],
                [0.0883024619, 0.2817188376, 0.6299787005],
            ]
        ).T
    )
    return (
        np.cbrt(lms)
        @ np.array(
            [
                [0.2104542553, 0.7936177850, -0.0040720468],
                [1.9779984951, -2.4285922050, 0.4505937099],
                [0.0259040371, 0.7827717662, -0.8086757660],
            ]
        ).T
    )


def cover_colour(image: Image.Image) -> CoverColour:
    """The colour character of one cover."""
    lab = _oklab(image)
    chroma = np.hypot(lab[:, 1], lab[:, 2])
    mean_chroma = float(chroma.mean())
    family = None
    if mean_chroma >= NEUTRAL_CHROMA:
        hue = np.degrees(np.arctan2(lab[:, 2], lab[:, 1])) % 360
        weights = np.bincount((hue // 60).astype(int) % 6, weights=chroma, minlength=6)
        family = FAMILIES[int(np.argmax(weights))]
    return CoverColour(float(lab[:, 0].mean()), mean_chroma, family)


def spread(colours: list[CoverColour]) -> tuple[str, float, float, Counter]:
    """(largest hue family, its share of all covers, share of near-neutral covers,
    the count per family)."""
    counts = Counter(c.family for c in colours if c.family)
    neutral = sum(c.family is None for c in colours) / len(colours)
    if not counts:
        return "-", 0.0, neutral, counts
    family, count = counts.most_common(1)[0]
    return family, count / len(colours), neutral, counts
