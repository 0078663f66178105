"""The loudness horizon's skies: the light a print is pulled in (dawn, dusk, night,
noon, a storm) from the mood, the genre's tone and the title, in the genre palette's
hues, the land always far darker than its sky (it must read at 64 px).

The dark genres (DARK) get a slate storm under heavy cloud bands, black land and a
low moon red or cold.

A sky gives every ink a scene needs: the zenith and the glow at the horizon (the sky's
gradient), the disc (sun or moon), the near land (darkest), the haze the far ranges
fade into (atmospheric perspective: range(t) from the haze at t=0 to the near land at
t=1) and the water. Each light fixes the inks' lightness and chroma, the palette their
hues: the sky, the land and the light each take one of its colours (the seed choosing
among them), so a folk print is ochre over brown, an Arabic one navy over maroon with
gold (reviewers: "the river is the old mauve", "near-black or pale at 64 px")."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from sleeve.engine.color import hue_distance, oklch_to_rgb, rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB
from sleeve.engine.styles.cover_parts.title_words import motifs

DARK_TONES = frozenset({"dark-mono", "dark", "dark-vivid", "mid-dark"})
LC = tuple[float, float]
LCH = tuple[float, float, float]

# light -> (zenith, glow, disc, near land, water, haze) as (OKLCH lightness, chroma);
# the zenith and water take the sky's hue, the glow and disc the light's, the near
# land the land's, the haze between the sky's and the light's; every near land at
# least 0.3 darker than its sky (a big dark shape on a lit field)
LIGHTS: dict[str, tuple[LC, LC, LC, LC, LC, LC]] = {
    "night": ((0.4, 0.1), (0.66, 0.11), (0.95, 0.05), (0.14, 0.04), (0.3, 0.07), (0.36, 0.08)),
    "dusk": ((0.58, 0.12), (0.84, 0.13), (0.95, 0.1), (0.2, 0.06), (0.42, 0.09), (0.52, 0.1)),
    "dawn": ((0.74, 0.09), (0.9, 0.09), (0.97, 0.07), (0.28, 0.08), (0.6, 0.08), (0.74, 0.07)),
    "noon": ((0.84, 0.07), (0.94, 0.05), (0.99, 0.03), (0.32, 0.08), (0.7, 0.07), (0.8, 0.05)),
}
# a palette of greys (chamber, ambient): ECM's fog and lake, (sky, land, light) hues
MONO_HUES = (225.0, 235.0, 80.0)
MONO_CHROMA = 0.6  # and the inks kept low in chroma
VIVID = 0.035  # a palette ink with less chroma is a grey
# the hues (OKLCH) a sky below noon's lightness turns olive and khaki in: such a sky
# takes the night's blue or the dusk's amber instead (reviewers: muddy covers)
MUD = (75.0, 135.0)
# a title naming the first light gets it (reviewers: "a moonlit night for 'early light'")
DAWN_WORDS = (
    "dawn",
    "early light",
    "morning",
    "daybreak",
    "first light",
    "amanecer",
    "madrugada",
    "aube",
    "утр",
    "рассвет",
    "朝",
    "夜明け",
    "아침",
    "새벽",
)
# the storm's moon, by the seed: (glow, disc) a low blood-red moon or a cold white one
STORM_MOONS: tuple[tuple[LCH, LCH], ...] = (
    ((0.46, 0.12, 28), (0.66, 0.17, 32)),
    ((0.52, 0.06, 235), (0.92, 0.025, 225)),
)
STORM: tuple[LCH, LCH, LCH, LCH] = (  # zenith, near land, water, haze
    (0.36, 0.05, 262),
    (0.1, 0.03, 268),
    (0.24, 0.04, 250),
    (0.46, 0.05, 255),
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
        """A range `t` of the way from the farthest (0, almost the haze's lightness)
        to the nearest (1, the near land), all in the land's hue: an amber haze and an
        indigo land blended gave khaki or mauve ridges."""
        return toward(self.haze, self.near, 0.18 + 0.82 * t**1.15)

    @property
    def moon(self) -> bool:
        return self.name in ("night", "storm")


def toward(a: RGB, b: RGB, t: float) -> RGB:
    """From `a`'s lightness and chroma (t=0) to `b` (t=1), in `b`'s hue (OKLCH)."""
    (la, ca, _), (lb, cb, hue) = rgb_to_oklch(a), rgb_to_oklch(b)
    return oklch_to_rgb(la + (lb - la) * t, ca + (cb - ca) * t, hue)


def dark(d: ArtDirection) -> bool:
    """Whether the song's genre is a dark one (DARK): its print is a storm."""
    return d.language.subgenre in DARK or d.genre == "metal"


def _storm(rng: np.random.Generator) -> Sky:
    """The storm's inks, the moon red or cold by the seed."""
    glow, disc = STORM_MOONS[int(rng.integers(len(STORM_MOONS)))]
    zenith, near, water, haze = (oklch_to_rgb(*lch) for lch in STORM)
    return Sky("storm", zenith, oklch_to_rgb(*glow), oklch_to_rgb(*disc), near, haze, water)


def light_for(d: ArtDirection, rng: np.random.Generator) -> str:
    """A title's own hour first (DAWN_WORDS: dawn; a sun: never night); night for the
    dark languages and the night's songs (dusk now and then), dusk for sad or
    dark-palette songs, dawn or noon for the others, a bright song leaning to noon;
    the seed breaks near ties."""
    dim = d.language.tone in DARK_TONES or rgb_to_oklch(d.palette.background)[0] < 0.42
    roll = float(rng.random())
    title = d.title.casefold()
    if any(word in title for word in DAWN_WORDS):
        return "dawn"
    if "sun" in motifs(d.title):
        return "dusk" if dim or d.valence < 0.35 else "dawn" if roll < 0.5 else "noon"
    if d.night or (dim and d.valence < 0.5):
        return "night" if roll < 0.6 else "dusk"
    if dim or d.valence < 0.35:
        return "dusk" if roll < 0.65 else "night"
    bright = 0.5 * d.brightness + 0.5 * d.valence + 0.3 * (roll - 0.5)
    return "noon" if bright > 0.62 else "dawn" if bright > 0.4 else "dusk"


def hues_for(d: ArtDirection, rng: np.random.Generator) -> tuple[float, float, float, float]:
    """(sky, land, light) hues from the palette's colours and how much chroma they
    carry (1, or MONO_CHROMA for a palette of greys): the land the darkest colour's
    hue, the light the colour nearest gold, the sky one of the others (the seed's)."""
    pal = d.palette
    inks = [rgb_to_oklch(c) for c in (pal.background, *pal.colors, pal.accent)]
    vivid = [c for c in inks if c[1] > VIVID]
    if not vivid:
        sky, land, light = MONO_HUES
        return sky + float(rng.uniform(-12, 12)), land, light, MONO_CHROMA
    land = min(vivid, key=lambda c: c[0])[2]
    light = min(vivid, key=lambda c: hue_distance(c[2], 75.0))[2]
    others = [c[2] for c in vivid if min(hue_distance(c[2], land), hue_distance(c[2], light)) > 25]
    if not others:  # one hue: the sky its neighbour, the seed's way round
        others = [land + (50.0 if rng.random() < 0.5 else -50.0)]
    sky = others[int(rng.integers(len(others)))]
    return sky % 360.0, land, light, 1.0


def sky_for(d: ArtDirection, rng: np.random.Generator) -> Sky:
    """The cover's light (light_for) in the palette's hues (hues_for)."""
    if dark(d):
        return _storm(rng)
    name = light_for(d, rng)
    sky, land, light, vivid = hues_for(d, rng)
    zenith, glow, disc, near, water, haze = LIGHTS[name]
    if MUD[0] <= sky <= MUD[1] and name != "noon":  # a mid-dark yellow sky reads as mud
        sky = 250.0 if name == "night" else 55.0
    haze_hue = sky + 0.35 * (((light - sky + 180.0) % 360.0) - 180.0)

    def ink(lc: LC, hue: float) -> RGB:
        return oklch_to_rgb(lc[0], lc[1] * vivid, hue % 360.0)

    return Sky(
        name,
        ink(zenith, sky),
        ink(glow, light),
        ink(disc, light),
        ink(near, land),
        ink(haze, haze_hue),
        ink(water, sky),
    )
