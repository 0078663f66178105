"""Colour spread of a set of covers: which 60-degree hue family each cover falls in,
which covers are near-neutral, which carry pink or magenta, and how light each one is
(OKLab, on a 64 px copy)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np
from PIL import Image

# OKLCH hue families of 60 degrees starting at 10 degrees, so each is centred on what
# its name says: red (sRGB red sits at 29) to orange 10-70, yellow and lime 70-130,
# green 130-190, cyan and azure 190-250, blue and violet 250-310, and magenta and pink
# 310-10 (hot pinks sit at 340-360 and 0-8; starting the families at 0 filed them as red)
FAMILIES = ("red-orange", "amber-yellow", "green", "cyan-azure", "blue-violet", "magenta-pink")
FAMILY_START = 10.0
NEUTRAL_CHROMA = 0.04  # mean OKLCH chroma below this reads as near-neutral
PINK_HUES = (310.0, 10.0)  # OKLCH hues read as pink or magenta
PINK_CHROMA = 0.05  # pixels less chromatic than this are greys, whatever their hue
PINK_SHARE = 0.05  # a cover with more of its pixels pink than this counts as pink


@dataclass(frozen=True)
class CoverColour:
    """lightness: mean OKLab L (0..1); chroma: mean OKLCH chroma; family: the hue family
    that holds most of the cover's chroma, or None when the cover is near-neutral;
    pink: the share of its pixels that are pink or magenta."""

    lightness: float
    chroma: float
    family: str | None
    pink: float


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
    hue = np.degrees(np.arctan2(lab[:, 2], lab[:, 1])) % 360
    family = None
    if mean_chroma >= NEUTRAL_CHROMA:
        bins = ((hue - FAMILY_START) % 360 // 60).astype(int)
        weights = np.bincount(bins, weights=chroma, minlength=6)
        family = FAMILIES[int(np.argmax(weights))]
    pinkish = (hue >= PINK_HUES[0]) | (hue < PINK_HUES[1])
    pink = float(np.mean(pinkish & (chroma >= PINK_CHROMA)))
    return CoverColour(float(lab[:, 0].mean()), mean_chroma, family, pink)


def pink_share(colours: list[CoverColour]) -> float:
    """The share of covers with more than PINK_SHARE of their pixels pink or magenta."""
    return sum(c.pink > PINK_SHARE for c in colours) / len(colours)


def spread(colours: list[CoverColour]) -> tuple[str, float, float, Counter]:
    """(largest hue family, its share of all covers, share of near-neutral covers,
    the count per family)."""
    counts = Counter(c.family for c in colours if c.family)
    neutral = sum(c.family is None for c in colours) / len(colours)
    if not counts:
        return "-", 0.0, neutral, counts
    family, count = counts.most_common(1)[0]
    return family, count / len(colours), neutral, counts
