"""The chrome's colours (chrome_fill tones its grey reflection through them: the
ground's dark, the sky's light, the horizon's white). The metal follows the genre
(icy blue-steel for drill, pink-purple for trap, warm bronze for R&B, gold for gospel
and funk, plain silver for hip-hop and hyperpop), each with a light of another hue
(ice blue for the pink, hot pink for the gold, brick red for the silver);
valence warms or cools it."""

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
