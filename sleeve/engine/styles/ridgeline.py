"""Ridgeline: the song's spectrum over time as a pulsar print, 40-80 ridges back to
front with occluding fills built into one bold silhouette per composition, in print inks.

Compositions (cover_parts/ridge_layouts, ridge_scenes): the classic plot, a centred
block or a close crop running off both sides (pulsar, every genre, likelier for
electronic and dance music); a great disc of ridges bowed like a globe (planet, not
for metal); the stack bent into one rolling wave with a steep face where the song is
loudest (wave); a tall block of ridges off centre (tower); the stack cut to one
mountain peaked where the song is loudest (summit, only for metal, folk, ambient and
classical, and for a title naming a mountain). A title naming a city or a road gets
its own: a skyline whose towers are the song's loudness filled with its ridges, or a
road to a vanishing point through the ridges (STYLE.subjects, NAMED). Retired:
RETIRED.

The energy curve and one spectrum slice per ridge -> every ridge's shape, each kicked
by its stretch's strongest onset; density and tempo -> the number of ridges (40 for
a sparse slow song to 80 for a dense fast one); energy, density and tempo -> the
composition (calm songs lean to the wave and the planet, loud ones to the summit and
the tower; the genre gates, the seed decides); the loudest stretch -> where the wave
breaks and the summit peaks; loudness -> amplitude; energy -> line weight; the
language's tone -> the inks: bone on black for dark and mono languages, one spot ink
on paper for light ones, lines graded through two palette hues on black or dark ink
on a strong palette colour for vivid ones (never a murky green or a grey on grey).
"""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import compose, raster
from sleeve.engine.color import oklch_to_rgb, rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts.ridge_layouts import LAYOUTS
from sleeve.engine.styles.cover_parts.ridge_stack import BONE, Canvas, Inks, is_metal
from sleeve.engine.styles.cover_parts.title_words import motifs

STYLE = StyleInfo(
    name="ridgeline",
    family="graphic",
    # not "world": its grey ridges on kraft read as a dull mountain on Bollywood and Afrobeats
    # rock, punk and electronic music (its pulsar prints read as a Joy Division pastiche
    # on synthwave, black metal, shoegaze and Thai pop alike: 9 covers in 8 genres);
    # the metals, post-rock, film scores and dark ambient still list it
    fits=("rock", "punk", "electronic"),
    music=True,
    # listed by 21 languages: at 1.6 it made 10-11 of 148 covers, which two reviewers
    # read as one layout repeated; at 0.8 it still made 11, with no releasable one
    weight=0.6,
    # a title naming one always gets its picture (NAMED): the road, the skyline, a summit
    subjects=("road", "city", "mountain"),
)

# compositions a review retired, none drawn: the night (a data chart), the ribbon (a
# 3D plot), the floor (a seismograph), the stream (a loaf), the radial rings (tree
# rings), the clouds (floating shelves); in 2026-12 the hills (grey ranges with a bare
# tree or a castle tower under a moon: Halloween hills, the same castle on two doom
# tracks), the door (a grey arch on grey, its title lost at 64 px) and the swell (a
# murky green sea)
RETIRED = (
    "night",
    "ribbon",
    "floor",
    "stream",
    "radial",
    "clouds",
    "hills",
    "door",
    "swell",
)
# each keeps a floor (the seed may pick any); the music leans within about +-0.25
FLOOR, WIDTH = 0.35, 0.25
# calm to loud: the music's lean (_lean) favours the ones near it
ORDER = ("wave", "planet", "pulsar", "summit", "tower")
# how readily each is drawn: the planet a little rarer (one disc on many tracks
# reads as one picture)
EVEN = {"wave": 1.0, "planet": 0.55, "pulsar": 1.0, "summit": 1.0, "tower": 0.9}
# the plot readier for electronic and dance music (a Joy-Division plot belongs to them)
PLOT_GENRES = {"electronic": 2.5, "dance": 2.0}
# what a title names (title_words.motifs) -> the composition that draws it, first
# match wins; always drawn when named (STYLE.subjects)
NAMED = (("road", "road"), ("city", "skyline"), ("mountain", "summit"))
SUBJECT_LAYOUTS = {subject: (name,) for subject, name in NAMED}  # registry.draws_named
# a summit only where a mountain suits the genre (reviewers read a mountain on dream
# pop and psychedelia as the wrong picture)
PEAKS = {"metal", "folk", "ambient", "classical"}
# by the language's tone: (chance the lines on black take two palette hues, chance
# the field is a strong palette colour under dark lines); dark and mono languages
# keep bone on black, light ones one spot ink on paper
TREATMENT = {
    "dark-mono": (0.0, 0.0),
    "light-mono": (0.0, 0.0),
    "dark": (0.1, 0.05),
    "stark": (0.2, 0.2),
    "quiet": (0.1, 0.1),
    "muted": (0.25, 0.2),
    "dark-vivid": (0.7, 0.25),
    "mid-dark": (0.4, 0.25),
    "mid": (0.5, 0.3),
    "soft": (0.4, 0.25),
    "light": (0.4, 0.25),
    "bright": (0.7, 0.4),
    "vivid": (0.8, 0.4),
    "neon": (1.0, 0.35),
}


def _green(color: tuple[int, int, int]) -> bool:
    """Whether a colour is a green or an olive (a field or an ink of it read murky)."""
    light, chroma, hue = rgb_to_oklch(color)
    return chroma >= 0.04 and 95 <= hue <= 175


def _clean(color: tuple[int, int, int], light: float, chroma: float) -> tuple[int, int, int]:
    """A palette colour as a flat ink at this lightness: oranges and yellows are kept
    light enough to stay orange or gold (darker they read as brown or olive)."""
    hue = rgb_to_oklch(color)[2]
    if 42 <= hue <= 120 and chroma > 0.03 and light < 0.62:  # dark orange is brown
        return oklch_to_rgb(max(light, 0.56), max(chroma, 0.15), 36.0)
    return raster.vivid(color, light, chroma)


def _metal_inks() -> Inks:
    """Metal's own inks whatever the palette: bone lines on a near-black field."""
    bg = raster.tone(BONE, 0.12, 0.006)
    bone = raster.tone(BONE, 0.9, 0.012)
    return Inks(bg, bone, ())


def _inks(direction: ArtDirection, rng: np.random.Generator) -> Inks:
    """The print's inks: bone (or two palette hues graded back to front) on a black
    field, one spot ink on paper, or dark lines on a strong palette colour; never a
    green or olive field or ink, never a grey on grey."""
    if is_metal(direction):
        return _metal_inks()
    pal = direction.palette
    tone_name = direction.language.tone
    mono = tone_name.endswith("mono")
    p_hues, p_field = TREATMENT.get(tone_name, (0.3, 0.3))
    colours = sorted((*pal.colors, pal.accent), key=lambda k: -rgb_to_oklch(k)[1])
    strong = [] if mono else [k for k in colours if rgb_to_oklch(k)[1] >= 0.08]
    field_ok = [k for k in strong if not _green(k)]
    quiet = colours[-1]
    coin_hues, coin_field = rng.random(), rng.random()
    if field_ok and coin_field < p_field * (0.6 + 0.6 * direction.valence):
        # a strong colour, dark ink lines on it (gold and orange kept light and clean)
        hue = rgb_to_oklch(field_ok[0])[2]
        light = 0.86 if 80 <= hue <= 120 else 0.74 if 42 <= hue < 80 else 0.6
        bg = raster.vivid(field_ok[0], light, 0.16)
        ink = raster.tone(bg, 0.17, 0.03)
        return Inks(bg, ink, ())
    want_dark = rgb_to_oklch(pal.background)[0] < 0.55 or direction.valence < 0.4
    if want_dark:
        bg = raster.tone(pal.background, 0.13, 0.0 if mono else 0.018)
        if _green(bg) or 42 <= rgb_to_oklch(bg)[2] <= 120:  # no olive or brown night
            bg = raster.tone(bg, 0.13, 0.0)
        ink = raster.tone(quiet, 0.93, 0.012)
        hues: tuple[tuple[int, int, int], ...] = ()
        if len(strong) >= 2 and coin_hues < p_hues:
            pair = sorted(strong[:2], key=lambda k: rgb_to_oklch(k)[2])
            hues = tuple(_clean(k, 0.78, 0.15) for k in pair)
        return Inks(bg, ink, hues)
    bg = raster.tone(pal.background, 0.955, 0.0 if mono else 0.012)  # paper
    if field_ok and not mono:  # one spot ink
        ink = _clean(field_ok[0], 0.45, 0.15)
    else:
        ink = raster.tone(quiet, 0.17, 0.01)
    return Inks(bg, ink, ())


def _lean(direction: ArtDirection) -> float:
    """0 calm .. 1 loud: energy, density and tempo, stretched about the middle where
    most tracks sit (the bench's 74 span 0.05..0.78, half of them 0.4..0.6)."""
    tempo = float(np.clip((direction.tempo_bpm - 70.0) / 100.0, 0.0, 1.0))
    lean = 0.5 * direction.energy + 0.3 * direction.density + 0.2 * tempo
    return float(np.clip(0.5 + 1.8 * (lean - 0.5), 0.0, 1.0))


def _allowed(direction: ArtDirection) -> list[str]:
    """The compositions this song may get unnamed: the wave, the planet, the plot and
    the tower for any song; the summit where the genre suits a mountain (PEAKS); metal
    its wave, plot, summit and tower (no disc)."""
    genres = {direction.genre, direction.language.subgenre}
    if is_metal(direction):  # two doom tracks drew the same disc: metal's are heavier
        return ["wave", "pulsar", "summit", "tower"]
    out = ["wave", "planet", "pulsar", "tower"]
    if genres & PEAKS:
        out.append("summit")
    return out


def _pick(direction: ArtDirection, rng: np.random.Generator) -> str:
    """The composition: what the title names, else options near the music's lean
    likelier, each keeping a fair chance."""
    coin = rng.random()
    named = motifs(direction.title)
    for subject, name in NAMED:
        if subject in named:
            return name
    names = [n for n in ORDER if n in _allowed(direction)]
    pos = np.array([ORDER.index(n) / (len(ORDER) - 1) for n in names])
    weights = FLOOR + np.exp(-(((pos - _lean(direction)) / WIDTH) ** 2))
    weights *= [EVEN[n] * PLOT_GENRES.get(direction.genre, 1.0) ** (n == "pulsar") for n in names]
    cum = np.cumsum(weights / weights.sum())
    return names[int(min(np.searchsorted(cum, coin), len(names) - 1))]


def _room(direction: ArtDirection) -> float:
    """The calm strip the title needs, by the language's title scale and the title's
    length (a big two- or three-line title overflowed a fifth of the side)."""
    scale = direction.language.title_scale
    per_line, chars = {"big": (0.13, 7), "medium": (0.115, 10), "small": (0.08, 14)}.get(
        scale, (0.06, 20)
    )
    lines = min(3, -(-len(direction.title.strip() or "x") // chars))
    # a margin over the set lines: the title is set larger than its scale in the
    # calm band, and a short band pushed it onto the ridges
    return float(np.clip(0.2 + per_line * lines, 0.33, 0.48))


def _calm_top(direction: ArtDirection, rng: np.random.Generator) -> bool:
    """Whether the calm strip for the title is at the top: where the title layout
    puts it (top-left above, bottom-left below), else the seed."""
    coin = bool(rng.random() < 0.55)
    return {"top-left": True, "bottom-left": False}.get(direction.layout, coin)


def layout_of(direction: ArtDirection) -> str:
    """The composition render draws for `direction`: the first draw of its rng (the
    plot's framing, ridge_scenes.treatment, is one picture to the memory)."""
    return _pick(direction, raster.rng_for(direction, "ridgeline"))


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the ridgeline cover (RGB, size x size)."""
    rng = raster.rng_for(direction, "ridgeline")
    name = _pick(direction, rng)
    inks = _inks(direction, rng)
    bg = Image.new("RGB", (size, size), inks.bg)
    draw = aggdraw.Draw(bg)
    pen = size * (0.0032 + 0.0016 * (1 - direction.density)) * (0.85 + 0.4 * direction.energy)
    pen = max(pen, 0.9)  # a hairline vanishes at 64 px
    top = _calm_top(direction, rng)
    canvas = Canvas(direction, rng, draw, size, inks, pen, _room(direction), top)
    focal = LAYOUTS[name](canvas)
    draw.flush()
    for mask, colour in canvas.cutout:
        bg = Image.composite(Image.new("RGB", (size, size), colour), bg, mask)
    img = raster.multiply(bg, raster.paper(raster.rng_for(direction, "ridge-paper"), 0.05))
    mid = ((focal[0] + focal[2]) / 2, (focal[1] + focal[3]) / 2)
    img = raster.vignette(img, 0.12, mid)
    return Artwork(finish(img, direction, "ridge", 0.02), compose.clip_box(focal), layout=name)
