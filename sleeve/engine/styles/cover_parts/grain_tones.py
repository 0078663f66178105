"""The grain-gradient's colour: two light ramps (deepest shadow, field, glow, white-hot
core) built from the palette, interpolated in OKLCH the short way round the hue circle so
a deep blue field warms to an orange glow through magenta, never through grey, and
kept out of the olive and brown hues until the tone is light.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from sleeve.engine import raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import RGB
from sleeve.engine.features.lexicon import HUES

STOPS = (0.0, 0.32, 0.7, 1.0)  # where shadow, field, glow and core sit on the light
MUD = (55.0, 125.0)  # hues that turn brown or olive below L 0.6
# greens and teals: a deep field in them is murky, and its ramp to a warm glow runs
# through green (reviewers: "murky green")
GREENS = (125.0, 222.0)
# a deep field of a warm hue (wine to amber) with little chroma reads as muddy brown
# (reviewers: "eclipse on muddy brown"): below this chroma it turns charcoal
DULL = 0.07
BROWNS = (350.0, 80.0)  # the warm hues, wrapping round red
# the longest way round a ramp takes to keep out of the olive: a deep blue night (hue
# 245) warms to a yellow glow through violet and red (215 degrees), not through green
LONG_WAY = 230.0
# the lexicon's words that name a colour outright (not a thing with a colour, as the sea
# or the night): a title that names one takes its hue (Pink Haze Over Everything drew a
# blue field, reviewers)
COLOUR_WORDS = (
    "red", "blue", "pink", "rose", "purple", "violet", "green", "yellow", "orange", "gold",
    "golden", "amber", "lemon", "amarillo", "naranja", "jaune", "gelb", "黄", "노란",
)  # fmt: skip
WINE_DEPTH = 0.5  # a warm light field deepened below this turns wine, not terracotta


@dataclass(frozen=True)
class Ramp:
    """One colour ramp's four stops: shadow, field, glow, core."""

    shadow: RGB
    field: RGB
    glow: RGB
    core: RGB

    def lut(self, n: int = 256) -> np.ndarray:
        """The ramp as an (n, 3) float table in 0..1 (OKLCH between the stops)."""
        lch = np.array([rgb_to_oklch(c) for c in (self.shadow, self.field, self.glow, self.core)])
        hues = [float(lch[0, 2])]
        for i in range(1, 4):
            hues.append(hues[-1] + _turn(lch[i - 1], lch[i]))
        t = np.linspace(0, 1, n)
        lit = np.interp(t, STOPS, lch[:, 0])
        chroma = np.interp(t, STOPS, lch[:, 1])
        hue = _clear_of_mud(np.interp(t, STOPS, hues) % 360.0, lit)
        lab = np.stack((lit, chroma * np.cos(np.radians(hue)), chroma * np.sin(np.radians(hue))), 1)
        return (raster.oklab_to_srgb(lab) / 255.0).astype(np.float32)


def _turn(a: np.ndarray, b: np.ndarray) -> float:
    """The hue turn from stop a to stop b: the short way, unless it crosses the olive
    and brown hues and the other way is hardly longer (a wine field to a cyan glow
    through violet, not through brown and green); a grey end takes the other's hue."""
    if min(a[1], b[1]) < 0.02:
        return 0.0
    short = float((b[2] - a[2] + 180.0) % 360.0 - 180.0)
    long = short - 360.0 if short > 0 else short + 360.0
    passed = (a[2] + np.linspace(0.1, 0.9, 9) * short) % 360.0
    crosses = bool(((passed > MUD[0]) & (passed < MUD[1])).any())
    return long if crosses and abs(long) <= LONG_WAY else short


def _clear_of_mud(hue: np.ndarray, lit: np.ndarray) -> np.ndarray:
    """Hues held at an edge of the olive and brown zone (yellows at the orange one)
    while the tone is
    darker than L 0.62 (a sand ground there is khaki), let in gradually up to L 0.77
    (a wine field warms to a yellow glow through red and orange, never brown)."""
    inside = (hue > MUD[0]) & (hue < MUD[1])
    edge = np.where(hue < 105.0, MUD[0], MUD[1])  # a dark yellow turns orange, not lime
    let = np.clip((lit - 0.62) / 0.15, 0, 1)
    return np.where(inside, edge + (hue - edge) * let, hue)


def warm(color: RGB) -> bool:
    """Oranges, ambers, yellows and olives: hues that go brown or olive in the dark."""
    return MUD[0] - 20.0 <= rgb_to_oklch(color)[2] <= MUD[1]


def green(color: RGB) -> bool:
    """Greens, sea-greens and teals: hues that go murky as a deep field."""
    return GREENS[0] <= rgb_to_oklch(color)[2] <= GREENS[1]


def deep_field(color: RGB, lightness: float, chroma: float) -> RGB:
    """A deep field tone of color: a warm hue (rust to olive) turns towards wine red
    (a dark amber or rust is brown)."""
    hue = rgb_to_oklch(color)[2]
    shift = 20.0 - hue if 20.0 < hue <= MUD[1] else 0.0
    return raster.tone(color, lightness, chroma, hue_shift=shift)


def brownish(color: RGB) -> bool:
    """A dull warm dark (hue wine to amber, chroma under DULL): what reads as mud."""
    _, chroma, hue = rgb_to_oklch(color)
    return 0.015 < chroma < DULL and (hue >= BROWNS[0] or hue <= BROWNS[1])


def dark_ramp(
    field: RGB, glow: RGB, chroma: float, night: float | None = None, lit: float = 0.25
) -> Ramp:
    """A deep, rich field (L `lit`, its chroma scaled by `night`, else by `chroma`)
    falling to near black, the glow at full strength; a field that would be a dull
    warm dark is a near-neutral charcoal instead."""
    depth = chroma if night is None else night
    if brownish(deep_field(field, lit, 0.12 * depth)):  # charcoal under the glow, not mud
        depth = 0.05
    return Ramp(
        shadow=deep_field(field, 0.5 * lit + 0.01, 0.06 * depth),
        field=deep_field(field, lit, 0.12 * depth),
        glow=raster.vivid(glow, 0.7, 0.17 * chroma),
        core=raster.tone(glow, 0.96, 0.035),
    )


def light_ramp(field: RGB, glow: RGB, chroma: float, depth: float = 0.56) -> Ramp:
    """A light, saturated field (L 0.8, never grey) deepening to L `depth` where the
    light falls off, the light itself a pale tint of the glow colour around a white core: sunlight
    on a coloured wall (lightness rises along the ramp, so no edge gets a dark rim)."""
    shadow = raster.vivid(field, depth, 0.16 * chroma)
    if warm(field):  # a peach or sand deepened is brown: it turns to terracotta, less
        # deep, or (a silhouette's depth) to a deep wine
        hue = 30.0 if depth >= WINE_DEPTH else 355.0
        shift = hue - rgb_to_oklch(field)[2]
        shadow = raster.tone(field, max(depth, 0.64), 0.16 * chroma, hue_shift=shift)
        if depth < WINE_DEPTH:
            shadow = raster.tone(field, depth + 0.06, 0.16 * chroma, hue_shift=shift)
    return Ramp(
        shadow=shadow,
        field=raster.vivid(field, 0.8, 0.1 * chroma),
        glow=raster.vivid(glow, 0.87, 0.13 * chroma),
        core=raster.tone(glow, 0.97, 0.03),
    )


def by_chroma(colors: list[RGB]) -> list[RGB]:
    """Colours from the most to the least saturated."""
    return sorted(colors, key=lambda c: -rgb_to_oklch(c)[1])


def named_hue(title: str) -> float | None:
    """The OKLCH hue of the first colour a title names outright, if it names one."""
    low = title.lower()
    words = re.findall(r"\w+", low)
    for word in words:
        if word in COLOUR_WORDS:
            return float(HUES[word])
    for word in COLOUR_WORDS:  # scripts without spaces: the word inside the text
        if not word.isascii() and word in low:
            return float(HUES[word])
    return None
