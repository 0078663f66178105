"""The retro sun's colour schemes: five synthwave nights a track draws one of (neon
magenta and cyan, orange dusk, cyan and violet ice, sunset red and gold, vaporwave
pastel), each a few OKLCH tones: sky, sun, ground, ridge and neon."""

from __future__ import annotations

import numpy as np

from sleeve.engine import raster
from sleeve.engine.color import oklch_to_rgb, rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB

SCHEMES = ("neon", "dusk", "ice", "ember", "pastel")


def scheme(direction: ArtDirection, rng: np.random.Generator) -> str:
    """A scheme for the track: vaporwave leans pastel, happy songs to dusk and ember,
    sad ones to neon and ice nights."""
    v = direction.valence
    lean = {"neon": 1.3 - v, "dusk": 0.4 + v, "ice": 1.2 - v, "ember": 0.3 + v, "pastel": 0.35}
    if direction.language.subgenre == "vaporwave":
        lean["pastel"] += 3.0
    weights = np.array([lean[s] for s in SCHEMES])
    return SCHEMES[int(rng.choice(len(SCHEMES), p=weights / weights.sum()))]


def _hues(direction: ArtDirection) -> tuple[float, float, float]:
    """Sun, neon and night hues from the palette (no green suns, neon apart from sun)."""
    pal = direction.palette
    c0, c1 = pal.colors[0], pal.colors[1 % len(pal.colors)]
    sun = rgb_to_oklch(c0)[2]
    if 95.0 <= sun <= 200.0:  # green suns look wrong: fall back to sunset pink
        sun = 355.0
    neon = rgb_to_oklch(c1)[2]
    if abs((neon - sun + 180) % 360 - 180) < 40:
        neon = (sun + 160.0) % 360
    night = 250.0 + (rgb_to_oklch(pal.background)[2] % 90.0)  # blue .. violet
    return sun, neon, night


def colors(direction: ArtDirection, name: str) -> dict:
    """The tones of scheme `name` for the track."""
    sun, neon, night = _hues(direction)
    pal = direction.palette
    if name == "pastel":
        if 40.0 <= neon <= 180.0:  # no olive or khaki ground under a pastel sky
            neon = 300.0
        return {
            "sky": [oklch_to_rgb(0.8, 0.08, neon), oklch_to_rgb(0.87, 0.07, sun - 20)],
            "sun_top": oklch_to_rgb(0.86, 0.16, sun + 45.0),
            "sun_low": oklch_to_rgb(0.64, 0.22, sun),
            "ground": oklch_to_rgb(0.68, 0.09, neon + 30),
            "ground_far": oklch_to_rgb(0.8, 0.07, neon),
            "ridge": oklch_to_rgb(0.64, 0.08, neon + 20),
            "neon": oklch_to_rgb(0.97, 0.05, neon),
            "grid": oklch_to_rgb(0.56, 0.2, sun),
            "stars": 0,
        }
    if name == "dusk":
        return _with_grid(
            {
                "sky": [oklch_to_rgb(0.3, 0.1, night), oklch_to_rgb(0.68, 0.16, sun + 35)],
                "sun_top": oklch_to_rgb(0.95, 0.13, 95.0),
                "sun_low": oklch_to_rgb(0.68, 0.21, sun),
                "ground": oklch_to_rgb(0.16, 0.06, night),
                "ground_far": oklch_to_rgb(0.36, 0.12, sun - 20),
                "ridge": oklch_to_rgb(0.2, 0.07, night + 10),
                "neon": oklch_to_rgb(0.74, 0.19, neon),
                "stars": 30,
            }
        )
    if name == "ice":
        return _with_grid(
            {
                "sky": [oklch_to_rgb(0.13, 0.06, 265.0), oklch_to_rgb(0.36, 0.14, 295.0)],
                "sun_top": oklch_to_rgb(0.95, 0.07, 200.0),
                "sun_low": oklch_to_rgb(0.62, 0.2, 300.0),
                "ground": oklch_to_rgb(0.1, 0.04, 270.0),
                "ground_far": oklch_to_rgb(0.28, 0.1, 290.0),
                "ridge": oklch_to_rgb(0.16, 0.06, 280.0),
                "neon": oklch_to_rgb(0.82, 0.14, 205.0),
                "stars": 160,
            }
        )
    if name == "ember":
        return _with_grid(
            {
                "sky": [oklch_to_rgb(0.16, 0.07, 330.0), oklch_to_rgb(0.5, 0.19, 25.0)],
                "sun_top": oklch_to_rgb(0.93, 0.16, 92.0),
                "sun_low": oklch_to_rgb(0.6, 0.22, 28.0),
                "ground": oklch_to_rgb(0.12, 0.05, 340.0),
                "ground_far": oklch_to_rgb(0.34, 0.14, 15.0),
                "ridge": oklch_to_rgb(0.17, 0.07, 345.0),
                "neon": oklch_to_rgb(0.8, 0.16, 70.0),
                "stars": 60,
            }
        )
    c1 = pal.colors[1 % len(pal.colors)]
    return _with_grid(
        {
            "sky": [raster.tone(pal.background, 0.12, 0.07), raster.vivid(c1, 0.4, 0.14)],
            "sun_top": oklch_to_rgb(0.92, 0.14, sun + 50.0),
            "sun_low": oklch_to_rgb(0.64, 0.22, sun),
            "ground": raster.tone(pal.background, 0.09, 0.05),
            "ground_far": oklch_to_rgb(0.24, 0.1, neon),
            "ridge": raster.tone(pal.background, 0.12, 0.06),
            "neon": oklch_to_rgb(0.74, 0.2, neon),
            "stars": 200,
        }
    )


def _with_grid(col: dict) -> dict:
    """A night scheme's grid is its neon."""
    return {**col, "grid": col["neon"]}


def dark(col: dict) -> bool:
    """Whether the scheme's sky is a night (light type, stars) rather than pastel."""
    top: RGB = col["sky"][0]
    return sum(top) < 360
