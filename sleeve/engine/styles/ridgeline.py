"""Ridgeline: the song's own energy curve drawn as ridges, as on "Unknown Pleasures".

Eight compositions with their own skeletons (cover_parts/ridge_layouts).

The energy curve -> the shape of every ridge and the swell of the stack; the spectrum
-> each ridge's own slice; onsets -> the horizon's teeth and stars; energy, density
and tempo -> the composition (calm songs lean to a horizon, a thin band or a small
planet, loud ones to a full-frame block, a receding plane or a steep tilt; the seed
decides);
density and tempo -> the number of ridges and their spacing; loudness -> amplitude;
energy -> line weight; the language's tone -> the treatment (white-on-black wire for
dark and mono languages, solid palette bands or lines in the palette's own hues for
warm and vivid ones); the palette -> every colour (the field from its background,
lines from its quietest colour, or deep palette inks on paper, bands and the accent
from its most vivid one), so metal's bone,
ash and blood come from its own language.
"""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import compose, raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts.ridge_layouts import LAYOUTS, Canvas, Inks

STYLE = StyleInfo(
    name="ridgeline",
    family="graphic",
    # not "world": its grey ridges on kraft read as a dull mountain on Bollywood and Afrobeats
    fits=("rock", "punk", "metal", "electronic", "ambient", "classical"),
    music=True,
    # listed by 21 languages: at 1.6 it made 10-11 of 148 covers, which two reviewers
    # read as one layout repeated; at 0.8 it still made 11, with no releasable one
    weight=0.6,
)
# each keeps a floor (the seed may pick any); the music leans within about +-0.22
FLOOR, WIDTH = 0.3, 0.22
RARER = {"planet": 0.8, "column": 0.85}
# by the language's tone: (chance of solid palette bands, chance of lines in the
# palette's own hues instead of one quiet ink); dark and mono languages keep the
# white-on-black wire, warm and vivid ones fill or colour their ridges
TREATMENT = {
    "dark-mono": (0.05, 0.0),
    "dark": (0.12, 0.15),
    "stark": (0.15, 0.2),
    "light-mono": (0.1, 0.0),
    "quiet": (0.15, 0.1),
    "muted": (0.25, 0.1),
    "dark-vivid": (0.25, 0.7),
    "mid-dark": (0.35, 0.4),
    "mid": (0.45, 0.5),
    "soft": (0.5, 0.4),
    "light": (0.5, 0.5),
    "bright": (0.55, 0.7),
    "vivid": (0.5, 0.8),
    "neon": (0.35, 0.9),
}


def _inks(direction: ArtDirection, rng: np.random.Generator, hues: bool) -> Inks:
    """The palette's own colours: field, lines (quiet, light on dark or dark on
    light; or, with hues, graded through the palette's colours), graded silhouette
    fills and the most vivid colour as the accent."""
    pal = direction.palette
    want_dark = rgb_to_oklch(pal.background)[0] < 0.55 or direction.valence < 0.4
    bg = raster.ground(pal.background, 0.14 if want_dark else 0.93, 0.03)
    dark = compose.dark_field(rgb_to_oklch(bg)[0])
    by_chroma = sorted(pal.colors, key=lambda c: rgb_to_oklch(c)[1])
    light = 0.9 if dark else 0.22
    tint = 0.03 + 0.09 * float(rng.random())
    mono = direction.language.tone.endswith("mono")
    lines = tuple(raster.tone(c, light, min(tint, rgb_to_oklch(c)[1])) for c in by_chroma[:2])
    if not dark and not mono:  # on paper, deep palette inks, not pencil grey
        inked = [c for c in by_chroma if rgb_to_oklch(c)[1] >= 0.04] or by_chroma
        lines = tuple(raster.tone(c, 0.3, min(0.12, rgb_to_oklch(c)[1])) for c in inked[:2])
    if hues:  # each colour near its own lightness: a red stays red, never pink
        lines = tuple(_line_hue(c, dark) for c in by_chroma[::-1])
    hot_src = max((*pal.colors, pal.accent), key=lambda c: rgb_to_oklch(c)[1])
    lo, hi = (0.5, 0.72) if dark else (0.4, 0.6)  # its own lightness, where it reads
    hot = raster.vivid(hot_src, float(np.clip(rgb_to_oklch(hot_src)[0], lo, hi)), 0.17)
    # bands: all in the palette's most vivid hue, far ones near the field, near ones
    # full colour (a grey or a darkened warm hue reads as mud or brown at 64 px)
    near = by_chroma[-1]
    top = 0.04 if mono else min(0.16, max(0.08, rgb_to_oklch(near)[1]))
    far_l, near_l = (0.46, 0.72) if dark else (0.84, 0.6)
    if not mono and 30 <= rgb_to_oklch(near)[2] <= 110:  # orange to yellow: tan is brown
        top, far_l = max(top, 0.13), max(far_l, 0.56 if dark else far_l)
    fills = (
        raster.tone(near, far_l, top * 0.8),
        raster.tone(near, (far_l + near_l) / 2, top * 0.9),
        raster.vivid(near, near_l, top),
    )
    return Inks(bg, lines, fills, hot)


def _line_hue(color: tuple[int, int, int], dark: bool) -> tuple[int, int, int]:
    """A palette colour as a line ink: on a dark field a vivid colour at most mid-light
    (no pastels) and a pale one up to bone; on a light field dark enough to read."""
    light, chroma, _ = rgb_to_oklch(color)
    chroma = min(chroma, 0.15)
    if dark:
        top = 0.9 if chroma < 0.05 else 0.7
        return raster.tone(color, float(np.clip(light, 0.58, top)), chroma)
    return raster.tone(color, float(np.clip(light, 0.25, 0.5)), chroma)


def _lean(direction: ArtDirection) -> float:
    """0 calm .. 1 loud: energy, density and tempo, stretched about the middle where
    most tracks sit (the bench's 74 span 0.05..0.78, half of them 0.4..0.6)."""
    tempo = float(np.clip((direction.tempo_bpm - 70.0) / 100.0, 0.0, 1.0))
    lean = 0.5 * direction.energy + 0.3 * direction.density + 0.2 * tempo
    return float(np.clip(0.5 + 1.8 * (lean - 0.5), 0.0, 1.0))


def _pick(direction: ArtDirection, rng: np.random.Generator) -> str:
    """The composition: options near the music's lean likelier, each keeping a fair
    chance; the plain block (the old template) and, under a big title, the narrow
    column (which the title covered) less often."""
    names = tuple(LAYOUTS)
    pos = np.linspace(0.0, 1.0, len(names))
    weights = FLOOR + np.exp(-(((pos - _lean(direction)) / WIDTH) ** 2))
    weights *= [RARER.get(n, 1.0) for n in names]
    if direction.language.title_scale == "big":
        weights[names.index("column")] *= 0.3
    return names[int(rng.choice(len(names), p=weights / weights.sum()))]


def layout_of(direction: ArtDirection) -> str:
    """The composition render draws for `direction`: the first draw of its rng."""
    return _pick(direction, raster.rng_for(direction, "ridgeline"))


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the ridgeline cover (RGB, size x size)."""
    rng = raster.rng_for(direction, "ridgeline")
    name = _pick(direction, rng)
    p_solid, p_hues = TREATMENT.get(direction.language.tone, (0.3, 0.3))
    solid = bool(rng.random() < p_solid)
    inks = _inks(direction, rng, hues=bool(rng.random() < p_hues * (0.5 + direction.valence)))
    bg = Image.new("RGB", (size, size), inks.bg)
    draw = aggdraw.Draw(bg)
    pen = size * (0.0028 + 0.0016 * (1 - direction.density)) * (0.85 + 0.4 * direction.energy)
    pen = max(pen, 0.9)  # a hairline vanishes at 64 px
    focal = LAYOUTS[name](Canvas(direction, rng, draw, size, inks, pen, solid))
    draw.flush()
    img = raster.multiply(bg, raster.paper(raster.rng_for(direction, "ridge-paper"), 0.05))
    mid = ((focal[0] + focal[2]) / 2, (focal[1] + focal[3]) / 2)
    img = raster.vignette(img, 0.2, mid)
    return Artwork(finish(img, direction, "ridge", 0.02), compose.clip_box(focal), layout=name)
