"""The chrome's colours and its ramp: a sky over the upper part of each letter
(dark at the top, bright toward the horizon), a hard bright horizon line, a dark
reflected ground under it that lifts toward the foot. The metal follows the genre
(icy blue-steel for drill, pink-purple for trap, warm bronze for R&B, gold for gospel
and funk, plain silver for hip-hop and hyperpop), each with a light of another hue
(ice blue for the pink, hot pink for the gold, brick red for the silver);
valence warms or cools it; energy sets the ramp's contrast and how high the horizon
stands."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from sleeve.engine.color import mix
from sleeve.engine.raster import RGB


@dataclass(frozen=True)
class Metal:
    """A chrome's colours, top of the letter to its foot, its edge and glow, and the
    light of the night it stands in: another hue than the metal's, so the letters
    never sink into a ground of their own colour (a reviewer: purple chrome on a
    purple field "vanishes")."""

    name: str
    sky_top: RGB
    sky_low: RGB
    horizon: RGB
    ground_dark: RGB
    ground_low: RGB
    outline: RGB
    glow: RGB
    light: RGB


METALS = {
    "steel": Metal("steel", (64, 86, 114), (200, 222, 240), (248, 252, 255), (48, 56, 68),
                   (156, 172, 190), (6, 8, 12), (120, 160, 210), (200, 206, 216)),
    "pink": Metal("pink", (98, 44, 128), (248, 190, 236), (255, 246, 252), (66, 34, 76),
                  (196, 128, 204), (12, 4, 16), (200, 80, 220), (80, 160, 255)),
    "bronze": Metal("bronze", (106, 64, 40), (244, 208, 170), (255, 246, 232), (72, 48, 34),
                    (206, 144, 98), (12, 7, 5), (210, 130, 70), (70, 150, 170)),
    "gold": Metal("gold", (124, 80, 20), (255, 230, 156), (255, 252, 230), (82, 54, 20),
                  (226, 168, 70), (14, 8, 2), (240, 170, 50), (255, 50, 165)),
    "silver": Metal("silver", (76, 80, 90), (226, 230, 236), (255, 255, 255), (56, 56, 62),
                    (172, 174, 182), (6, 6, 8), (170, 175, 190), (215, 60, 50)),
}  # fmt: skip
GENRE_METAL = {
    "drill": "steel", "trap": "pink", "hyperpop": "silver", "rnb": "bronze", "funk": "gold",
    "gospel": "gold", "hiphop": "silver",
}  # fmt: skip
WARM, COOL = "gold", "steel"
DARK_BAND = 0.14  # the ground's share that stays dark right under the horizon
LEAN = 0.35  # how far valence pulls the metal toward gold (bright) or steel (dark)


def metal_for(subgenre: str, family: str, valence: float) -> Metal:
    """The genre's metal, warmed toward gold by a happy song and cooled toward
    blue-steel by a sad one (a little: the genre's metal stays)."""
    base = METALS[GENRE_METAL.get(subgenre) or GENRE_METAL.get(family, "silver")]
    lean = float(np.clip((valence - 0.5) * 2, -1, 1)) * LEAN
    other = METALS[WARM if lean > 0 else COOL]
    if other.name == base.name or abs(lean) < 0.05:
        return base
    t = abs(lean)
    fields = (
        "sky_top",
        "sky_low",
        "horizon",
        "ground_dark",
        "ground_low",
        "outline",
        "glow",
        "light",
    )
    return Metal(base.name, *(mix(getattr(base, f), getattr(other, f), t) for f in fields))


def horizon_at(energy: float) -> float:
    """The horizon's height in the letter (share from the top): higher as the song is
    louder (more of the dark ground shows)."""
    return 0.56 - 0.12 * float(np.clip(energy, 0, 1))


def ramp(metal: Metal, rows: int, energy: float, lift: float = 0.0) -> np.ndarray:
    """The chrome's colour down `rows` rows of a letter: (rows, 3) floats 0..255. The
    horizon line stays at least a pixel and the ground is darkest just under it;
    `lift` (0..1) takes the ground toward the sky's light (small letters, which must
    read on a phone)."""
    t = (np.arange(rows, dtype=np.float32) + 0.5) / max(1, rows)
    h = horizon_at(energy)
    contrast = (0.92 + 0.25 * float(np.clip(energy, 0, 1))) * (1 - 0.3 * lift)
    line = max(1.2 / max(1, rows), 0.028)
    top, low = np.array(metal.sky_top, np.float32), np.array(metal.sky_low, np.float32)
    dark, foot = np.array(metal.ground_dark, np.float32), np.array(metal.ground_low, np.float32)
    top, foot = top + (low - top) * lift * 0.5, foot + (low - foot) * lift
    sky = np.clip(t / h, 0, 1)[:, None] ** 1.7
    colour = top + (low - top) * sky
    cloud = np.exp(-(((t / h - 0.55) / 0.12) ** 2))[:, None] * 0.22  # a band of cloud
    colour += (top - colour) * cloud
    depth = np.clip((t - h - line) / (1 - h - line), 0, 1)[:, None]
    ground = np.clip((depth - DARK_BAND) / (1 - DARK_BAND), 0, 1) ** 0.75
    below = dark + (foot - dark) * ground
    shine = np.exp(-(((t - (1 + h) / 2 - 0.22) / 0.05) ** 2))[:, None] * 0.35  # a far bank
    below += (np.array(metal.sky_low, np.float32) - below) * shine
    colour = np.where((t > h + line)[:, None], below, colour)
    band = np.abs(t - h - line / 2) <= line / 2
    colour[band] = metal.horizon
    mid = colour.mean(axis=0, keepdims=True)
    return np.clip(mid + (colour - mid) * contrast, 0, 255)
