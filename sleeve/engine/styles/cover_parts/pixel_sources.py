"""Pixel sort's inks and the Source its pictures share, in the genre's colours: neon
for hyperpop, acid on black for glitch, light mono with one red for IDM, dark mono for
techno, the palette otherwise. (The head in profile is retired: "a red smear".)
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from sleeve.engine import raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB

NEON = ("hyperpop", "digicore")
ACID = ("glitch",)
LIGHT_MONO = ("idm", "experimental")
DARK_MONO = ("techno", "minimal", "industrial")
MAGENTA, AQUA, ACID, LEMON = (255, 0, 229), (0, 255, 209), (170, 255, 0), (255, 245, 0)
# (the sky's neon, the subject's): pairs far apart in hue and in lightness
NEON_PAIRS: tuple[tuple[RGB, RGB], ...] = (
    (MAGENTA, AQUA),
    (AQUA, MAGENTA),
    (ACID, MAGENTA),
    (MAGENTA, LEMON),
    (AQUA, LEMON),
)


@dataclass(frozen=True)
class Inks:
    """A source's colours: the sky from its top to the horizon, the hot subject colour
    (core, rim) and the solid of silhouettes and water."""

    sky: tuple[RGB, RGB, RGB]
    hot: tuple[RGB, RGB]
    solid: RGB


@dataclass(frozen=True)
class Source:
    """A picture (res, res, 3) in 0..1, its subject's mask, the subject's centre and
    radius (fractions) and the horizon row (fraction, 1.0 when none)."""

    img: np.ndarray
    subject: np.ndarray
    centre: tuple[float, float, float]
    horizon: float


def inks_for(direction: ArtDirection) -> Inks:
    """The genre's inks: neon, light mono + one red, dark mono, or the palette."""
    pal = direction.palette
    tags = (direction.language.subgenre, direction.genre)
    if any(t in NEON for t in tags):
        sky, hot = NEON_PAIRS[direction.seed % len(NEON_PAIRS)]  # which neons lead
        deep = raster.tone(sky, 0.2, 0.12)
        return Inks((deep, sky, (236, 236, 244)), (hot, (255, 255, 255)), (14, 8, 24))
    if any(t in ACID for t in tags):  # acid and aqua on black, chrome for the light
        lead = ((182, 255, 0), (0, 240, 255), (255, 40, 200))[direction.seed % 3]
        deep = raster.tone(lead, 0.16, 0.08)
        return Inks(((4, 4, 8), deep, (196, 200, 210)), (lead, (244, 246, 250)), (4, 4, 8))
    if any(t in LIGHT_MONO for t in tags):
        return Inks(
            ((250, 250, 248), (226, 226, 224), (168, 168, 166)),
            ((255, 59, 31), (255, 59, 31)),
            (22, 22, 22),
        )
    dark = any(t in DARK_MONO for t in tags) or (
        direction.genre == "electronic" and rgb_to_oklch(pal.background)[0] < 0.3
    )
    if dark:
        lit = rgb_to_oklch(pal.accent)[1] > 0.08
        spot = raster.vivid(pal.accent, 0.62, 0.2) if lit else (200, 200, 200)
        return Inks(((6, 6, 6), (34, 34, 36), (120, 120, 124)), (spot, (240, 240, 240)), (2, 2, 2))
    sky = (
        raster.tone(pal.background, 0.18, 0.06),
        raster.tone(pal.colors[0], 0.5, 0.14),
        raster.tone(pal.colors[1 % len(pal.colors)], 0.82, 0.1),
    )
    hot = (raster.vivid(pal.accent, 0.72, 0.2), (255, 246, 230))
    return Inks(sky, hot, raster.tone(pal.background, 0.1, 0.04))


def _grid(res: int) -> tuple[np.ndarray, np.ndarray]:
    c = (np.arange(res, dtype=np.float32) + 0.5) / res
    return c[None, :], c[:, None]


def _paint(field: np.ndarray, stops: tuple[RGB, ...]) -> np.ndarray:
    """A 0..1 field through a colour ramp, as float RGB."""
    lut = raster.color_lut(stops).astype(np.float32) / 255
    return lut[(np.clip(field, 0, 1) * 255 + 0.5).astype(np.intp)]


def _rgb(colour: RGB) -> np.ndarray:
    return np.asarray(colour, np.float32) / 255


def _grain(
    rng: np.random.Generator,
    img: np.ndarray,
    res: int,
    subject: np.ndarray,
    centre: tuple[float, float, float],
    horizon: float,
) -> Source:
    """The source with a fine texture on its subject (so its sorted streaks show
    threads of tone)."""
    grit = rng.random((res // 2 + 1, res // 2 + 1), dtype=np.float32) - 0.5
    grit = np.repeat(np.repeat(grit, 2, axis=0), 2, axis=1)[:res, :res, None]
    grit = np.where(subject[..., None], grit, 0.0)  # the sky stays a clean gradient
    img = np.clip(img * (1.0 + 0.14 * grit), 0.0, 1.0).astype(np.float32)
    cx, cy, r = centre
    return Source(img, subject, (float(cx), float(cy), float(r)), float(horizon))
