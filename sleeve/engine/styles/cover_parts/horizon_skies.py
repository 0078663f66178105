"""The loudness horizon's skies: the light a landscape print is pulled in (dawn, dusk,
night under a pale moon, a hazy noon, a storm), chosen from the song's mood and the
genre's tone, its hues turned a little towards the palette's strongest colour. Colour,
never grey: even a black-metal night is a deep blue one. The dark genres (DARK) always
get the storm: a slate sky under heavy cloud bands, black land, a low moon red or cold
(reviewers: "the same postcard lake went to both dark ambient and folk").

A sky gives every ink a scene needs: the zenith and the glow at the horizon (the sky's
gradient), the disc (sun or moon), the near land (darkest), the haze the far ranges
fade into (atmospheric perspective: range(t) from the haze at t=0 to the near land at
t=1) and the water."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from sleeve.engine.color import hue_distance, mix, oklch_to_rgb, rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB

DARK_TONES = frozenset({"dark-mono", "dark", "dark-vivid", "mid-dark"})
LCH = tuple[float, float, float]

# light -> (zenith, glow, disc, near land, water, haze) in OKLCH; glow hue is the key
# hue; the haze keeps its own hue (a cream glow mixed with a teal land reads grey)
LIGHTS: dict[str, tuple[LCH, LCH, LCH, LCH, LCH, LCH]] = {
    "night": (
        (0.2, 0.07, 265),
        (0.44, 0.08, 245),
        (0.94, 0.035, 95),
        (0.14, 0.045, 270),
        (0.27, 0.06, 255),
        (0.36, 0.07, 250),
    ),
    "dusk": (
        (0.33, 0.1, 285),
        (0.76, 0.14, 50),
        (0.86, 0.15, 60),
        (0.2, 0.06, 300),
        (0.45, 0.09, 330),
        (0.64, 0.12, 30),
    ),
    "dawn": (
        (0.6, 0.08, 250),
        (0.9, 0.075, 65),
        (0.97, 0.07, 90),
        (0.33, 0.075, 280),
        (0.68, 0.06, 240),
        (0.76, 0.06, 300),
    ),
    "noon": (
        (0.8, 0.055, 235),
        (0.95, 0.04, 85),
        (0.99, 0.03, 95),
        (0.46, 0.065, 200),
        (0.74, 0.06, 215),
        (0.82, 0.05, 215),
    ),
}
# the storm's moon, by the seed: (glow, disc) a low blood-red moon or a cold white one
STORM_MOONS: tuple[tuple[LCH, LCH], ...] = (
    ((0.36, 0.1, 28), (0.6, 0.17, 32)),
    ((0.4, 0.05, 235), (0.9, 0.025, 225)),
)
STORM: tuple[LCH, LCH, LCH, LCH] = (  # zenith, near land, water, haze
    (0.19, 0.04, 262),
    (0.12, 0.032, 268),
    (0.2, 0.035, 250),
    (0.3, 0.04, 255),
)
# the genres whose prints are storms, never the soft light
DARK = frozenset(
    {
        "dark_ambient",
        "drone",
        "doom_metal",
        "black_metal",
        "death_metal",
        "post_punk",
        "darkwave",
        "goth",
        "industrial",
    }
)
# a noon's (sky, near land) hues, by the seed: pale blue over teal, powder blue over
# blue-violet, hazy blue over green (the palette turns them 10 degrees at most: a
# red palette turned every noon teal)
NOON_HUES = ((238.0, 205.0), (258.0, 268.0), (228.0, 165.0))


@dataclass(frozen=True)
class Sky:
    """One cover's light: `name` (a LIGHTS key), `zenith` the top of the sky, `glow`
    its light at the horizon, `disc` the sun or moon, `near` the nearest land, `haze`
    what the far ranges fade into, `water` the lake or sea."""

    name: str
    zenith: RGB
    glow: RGB
    disc: RGB
    near: RGB
    haze: RGB
    water: RGB

    def range_ink(self, t: float) -> RGB:
        """A range `t` of the way from the farthest (0, almost the haze) to the
        nearest (1, the near land)."""
        return mix(self.haze, self.near, 0.18 + 0.82 * t**1.15)

    @property
    def moon(self) -> bool:
        return self.name in ("night", "storm")


def dark(d: ArtDirection) -> bool:
    """Whether the song's genre is a dark one (DARK): its print is a storm."""
    return d.language.subgenre in DARK or d.genre == "metal"


def _storm(rng: np.random.Generator) -> Sky:
    """The storm's inks, the moon red or cold by the seed."""
    glow, disc = STORM_MOONS[int(rng.integers(len(STORM_MOONS)))]
    zenith, near, water, haze = (oklch_to_rgb(*lch) for lch in STORM)
    return Sky("storm", zenith, oklch_to_rgb(*glow), oklch_to_rgb(*disc), near, haze, water)


def light_for(d: ArtDirection, rng: np.random.Generator) -> str:
    """Night for the dark languages and the night's songs (dusk now and then), dusk
    for sad or dark-palette songs, dawn or noon for the others, a bright song
    leaning to noon; the seed breaks near ties."""
    dark = d.language.tone in DARK_TONES or rgb_to_oklch(d.palette.background)[0] < 0.42
    roll = float(rng.random())
    if d.night or (dark and d.valence < 0.5):
        return "night" if roll < 0.75 else "dusk"
    if dark or d.valence < 0.35:
        return "dusk" if roll < 0.65 else "night"
    bright = 0.5 * d.brightness + 0.5 * d.valence + 0.3 * (roll - 0.5)
    return "noon" if bright > 0.62 else "dawn" if bright > 0.4 else "dusk"


def _turned(lch: LCH, turn: float) -> RGB:
    lit, chroma, hue = lch
    return oklch_to_rgb(lit, chroma, (hue + turn) % 360.0)


def sky_for(d: ArtDirection, rng: np.random.Generator) -> Sky:
    """The cover's light, its hues turned up to 35 degrees towards the palette's most
    colourful ink (the genre's colour in the sky), a few more by the seed (a day's sky
    up to 20 more: many palettes would turn it the same way)."""
    if dark(d):
        return _storm(rng)
    name = light_for(d, rng)
    zenith, glow, disc, near, water, haze = LIGHTS[name]
    pal = d.palette
    _, chroma, hue = rgb_to_oklch(max((*pal.colors, pal.accent), key=lambda c: rgb_to_oklch(c)[1]))
    gap = ((hue - glow[2] + 180.0) % 360.0) - 180.0 if chroma > 0.04 else 0.0
    turn = float(np.clip(0.35 * gap, -35.0, 35.0)) * min(1.0, hue_distance(hue, glow[2]) / 30.0)
    turn += float(rng.uniform(-1.0, 1.0)) * (8.0 if name in ("night", "dusk") else 20.0)
    if name == "noon":  # the day's land: teal, blue-violet or green hills
        sky_hue, land_hue = NOON_HUES[int(rng.integers(len(NOON_HUES)))]
        zenith, near = (*zenith[:2], sky_hue), (*near[:2], land_hue)
        turn = float(np.clip(turn, -10.0, 10.0))
    z, g, n = _turned(zenith, turn), _turned(glow, turn), _turned(near, turn)
    sun, far = _turned(disc, turn * 0.3), _turned(haze, turn)
    return Sky(name, z, g, sun, n, far, _turned(water, turn))
