"""Ridgeline: the song's spectrum over time as a landscape or a sculpted form: ranges
in the palette's own light, a door, the plot, cloud banks, an engraved mountain face.

Five compositions unnamed (cover_parts/ridge_layouts): a tall door onto the song's
ranges, for any song; the pulsar plot itself (flat and dense for electronic and dance
music, receding like night terrain for the other plot genres, PLOT: techno, post-punk,
industrial..., each ridge kicked by its stretch's onsets); outside them the swell, the
song's ridges as a sea rolling in from a glowing horizon (the plot's terrain on pop,
latin, jazz and world read as a seismograph on 40 of 74 covers); ranges (hills) under
a sky that glows where the song is loudest, only for genres that suit a landscape
(metal, folk, ambient, classical, synthwave, prog, the city genres with towers); and a
summit engraved with the song's strata, only for metal, folk, ambient and classical.
A title that names one (STYLE.subjects, NAMED) always gets its own
picture made of the ridges: a road to a vanishing point through the song's banks, a
skyline whose towers are the song's loudness, a summit for a mountain. Retired
(RETIRED): the night (a data chart), the ribbon (a 3D plot), the floor (a
seismograph), the stream (a loaf or a leaf), the radial rings (tree rings on
Thunderstruck Highway; two reviews found them unrelated to any song) and the clouds
(flat-bottomed banks stacked in the sky, read as floating shelves or rocks). Metal
gets only its storm-lit ranges or a summit, in bone, ash and blood on near-black.

The energy curve -> the shape of every ridge and the swell of the stack (or, for the
hills, the song cut into a few stretches, and where the sky glows; for the skyline,
the towers' heights); the spectrum -> each ridge's own slice; energy, density and tempo ->
the composition (calm songs lean to a swell or a door, loud ones to the plot, hills or a
summit; the genre gates, the seed decides); density and tempo -> the number of
ridges and strata; energy, loudness and genre -> how craggy the ranges are; loudness ->
amplitude; energy -> line weight;
the language's tone -> the treatment (bone wire on black for dark and mono languages;
for vivid ones lines graded through the palette's hues or ridges as flat palette
tones); the palette -> every colour. Colour is structural (a gradient across the
stack, a lit sky, flat tones, a solid panel), never one highlighted line.
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
from sleeve.engine.styles.cover_parts.ridge_layouts import LAYOUTS, PINES, TOWERS
from sleeve.engine.styles.cover_parts.ridge_stack import BONE, Canvas, Inks, is_angry, is_metal
from sleeve.engine.styles.cover_parts.title_words import motifs

STYLE = StyleInfo(
    name="ridgeline",
    family="graphic",
    # not "world": its grey ridges on kraft read as a dull mountain on Bollywood and Afrobeats
    fits=("rock", "punk", "metal", "electronic", "ambient", "classical"),
    music=True,
    # listed by 21 languages: at 1.6 it made 10-11 of 148 covers, which two reviewers
    # read as one layout repeated; at 0.8 it still made 11, with no releasable one
    weight=0.6,
    # a title naming one always gets its picture (NAMED): the road, the skyline, a summit
    subjects=("road", "city", "mountain"),
)

# compositions a review retired, none drawn
RETIRED = ("night", "ribbon", "floor", "stream", "radial", "clouds")
# each keeps a floor (the seed may pick any); the music leans within about +-0.25
FLOOR, WIDTH = 0.35, 0.25
# how readily each is drawn where it may be; the door a little rarer (reviewers saw
# it repeat on quiet songs), the swell rarer still (its calm lean wins often: the
# clouds it follows took 32 of 74 covers at 1.0), the plot readier for electronic
EVEN = {"door": 0.7, "swell": 0.6, "pulsar": 1.0, "hills": 1.0, "summit": 0.45}
PLOT_GENRES = {"electronic": 3.0, "dance": 2.0}
# the genres and sub-genres the plot may draw (a Joy-Division plot belongs to them)
PLOT = {
    "electronic",
    "dance",
    "techno",
    "house",
    "trance",
    "edm",
    "idm",
    "dnb",
    "bass",
    "industrial",
    "post_punk",
    "synthwave",
}
# what a title names (title_words.motifs) -> the composition that draws it, first
# match wins; always drawn when named (STYLE.subjects)
NAMED = (("road", "road"), ("city", "skyline"), ("mountain", "summit"))
SUBJECT_LAYOUTS = {subject: (name,) for subject, name in NAMED}  # registry.draws_named
# ranges and a summit only where a landscape suits the genre (reviewers read a
# mountain on dream pop and psychedelia as the wrong picture); hills also for the
# sub-genres whose ranges carry towers or pines
PEAKS = {"metal", "folk", "ambient", "classical"}
RANGES = PEAKS | {"synthwave", "prog", "post_rock"} | TOWERS | PINES  # one list each
# by the language's tone: (chance the lines take the palette's hues, chance the
# ridges are flat palette tones); dark and mono languages keep the bone wire
TREATMENT = {
    "dark-mono": (0.0, 0.1),
    "light-mono": (0.0, 0.15),
    "dark": (0.1, 0.15),
    "stark": (0.25, 0.25),
    "quiet": (0.1, 0.2),
    "muted": (0.3, 0.3),
    "dark-vivid": (0.8, 0.35),
    "mid-dark": (0.5, 0.35),
    "mid": (0.6, 0.45),
    "soft": (0.55, 0.5),
    "light": (0.55, 0.5),
    "bright": (0.8, 0.55),
    "vivid": (0.9, 0.55),
    "neon": (1.0, 0.5),
}


def _clean(color: tuple[int, int, int], light: float, chroma: float) -> tuple[int, int, int]:
    """A palette colour as a flat fill at this lightness: oranges and yellows are kept
    light enough to stay orange or gold (darker they read as brown or olive)."""
    hue = rgb_to_oklch(color)[2]
    if 42 <= hue <= 120 and chroma > 0.03 and light < 0.62:  # dark orange is brown
        return oklch_to_rgb(max(light, 0.56), max(chroma, 0.15), 36.0)
    return raster.vivid(color, light, chroma)


def _metal_inks() -> tuple[Inks, bool]:
    """Metal's own inks whatever the palette: a near-black ground, bone lines, an ash
    ramp far to near and a bone panel (its storm light is ridge_stack.scene's blood)."""
    bg = raster.tone(BONE, 0.12, 0.006)
    tones = tuple(raster.tone(BONE, 0.22 + 0.09 * i, 0.008) for i in range(5))
    return Inks(bg, raster.tone(BONE, 0.9, 0.012), (), tones, raster.tone(BONE, 0.86, 0.012)), False


def _inks(direction: ArtDirection, rng: np.random.Generator) -> tuple[Inks, bool]:
    """The palette's own colours and whether the ridges are flat tones: a night or
    paper field, bone or ink lines (or the palette's hues graded across the stack),
    flat tones far (near the field) to near (strongest), and a calm panel colour."""
    if is_metal(direction):
        return _metal_inks()
    pal = direction.palette
    tone_name = direction.language.tone
    mono = tone_name.endswith("mono")
    p_hues, p_filled = TREATMENT.get(tone_name, (0.4, 0.3))
    want_dark = rgb_to_oklch(pal.background)[0] < 0.55 or direction.valence < 0.4
    bg = raster.ground(pal.background, 0.13 if want_dark else 0.94, 0.02 if mono else 0.03)
    light, chroma, hue = rgb_to_oklch(bg)
    if 42 <= hue <= 120 and chroma > 0.03 and 0.2 < light < 0.66:  # a brown or olive field
        bg = raster.tone(bg, 0.14 if light < 0.45 else 0.93, 0.03)
    dark = compose.dark_field(rgb_to_oklch(bg)[0])
    colours = (*pal.colors, pal.accent)
    by_chroma = sorted(colours, key=lambda c: -rgb_to_oklch(c)[1])
    quiet = by_chroma[-1]
    ink = raster.tone(quiet, 0.92, 0.015) if dark else raster.tone(quiet, 0.18, 0.02)
    vivid = [c for c in by_chroma if rgb_to_oklch(c)[1] >= 0.05][:4]
    coloured = bool(vivid) and not mono and rng.random() < p_hues * (0.6 + 0.6 * direction.valence)
    filled = bool(rng.random() < p_filled)
    hues: tuple[tuple[int, int, int], ...] = ()
    if coloured:
        order = sorted(vivid[:3], key=lambda c: rgb_to_oklch(c)[2])
        top = 0.17 if tone_name in ("vivid", "neon", "dark-vivid", "bright") else 0.13
        hues = tuple(_clean(c, 0.72 if dark else 0.5, top) for c in order)
        if len(hues) == 1:
            hues = (hues[0], ink)
    far_l, near_l = (0.4, 0.8) if dark else (0.88, 0.42)
    if coloured:
        # two hues, far to near (a rainbow of every palette colour reads as a chart)
        stops = [rgb_to_oklch(c) for c in vivid[:2]]
        tones = tuple(_tone_at(stops, i / 4, far_l, near_l) for i in range(5))
        panel = _clean(by_chroma[0], 0.62 if dark else 0.58, 0.16)
    else:
        # near-neutral greys: a tinted grey ramp turns khaki or brown-grey
        far_l, near_l = (0.2, 0.55) if dark else (far_l, near_l)  # fog greys at night
        # tinted by the palette's vivid hue where it is cool (warm tints go khaki or brown)
        tint, tinge = quiet, 0.006
        if vivid and not mono and 140 <= rgb_to_oklch(vivid[0])[2] <= 320:
            tint, tinge = vivid[0], 0.045
        tones = tuple(raster.tone(tint, far_l + (near_l - far_l) * i / 4, tinge) for i in range(5))
        panel = ink if mono or not vivid else _clean(vivid[0], 0.42 if dark else 0.5, 0.14)
    return Inks(bg, ink, hues, tones, panel), filled


def _tone_at(
    stops: list[tuple[float, float, float]], t: float, far_l: float, near_l: float
) -> tuple[int, int, int]:
    """A flat tone t of the way from far to near: the palette's hues in order, the
    lightness stepping from near the field to full contrast."""
    light = far_l + (near_l - far_l) * t
    _, chroma, hue = stops[min(int(t * len(stops)), len(stops) - 1)]
    chroma = min(max(chroma, 0.13), 0.17) * (0.75 + 0.25 * t)
    if 42 <= hue <= 120:  # orange stays orange (vivid lifts yellows past olive)
        light = max(light, 0.68)
    elif 20 <= hue < 42:  # a dark red-orange reads as rust or brown
        light = max(light, 0.52)
    return raster.vivid(oklch_to_rgb(0.6, chroma, hue), light, chroma)


def _lean(direction: ArtDirection) -> float:
    """0 calm .. 1 loud: energy, density and tempo, stretched about the middle where
    most tracks sit (the bench's 74 span 0.05..0.78, half of them 0.4..0.6)."""
    tempo = float(np.clip((direction.tempo_bpm - 70.0) / 100.0, 0.0, 1.0))
    lean = 0.5 * direction.energy + 0.3 * direction.density + 0.2 * tempo
    return float(np.clip(0.5 + 1.8 * (lean - 0.5), 0.0, 1.0))


def _allowed(direction: ArtDirection) -> list[str]:
    """The compositions this song may get unnamed: metal only its storm-lit ranges and
    a summit (a door or a sea read as indie on doom and death metal); punk, hardcore
    and other angry music no door but its ranges (ridge_stack.is_angry); else the door,
    the plot for electronic, dance and post-punk music (elsewhere its terrain read as
    a seismograph), the swell for everything else; the ranges and the summit where the
    genre suits a landscape."""
    genres = {direction.genre, direction.language.subgenre}
    if is_metal(direction):
        return ["hills", "summit"]
    angry = is_angry(direction)
    out = [] if angry else ["door"]
    out.append("pulsar" if genres & PLOT else "swell")
    if genres & RANGES or angry:
        out.append("hills")
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
    names = _allowed(direction)
    order = ("swell", "door", "pulsar", "hills", "summit")  # calm to loud
    pos = np.array([order.index(n) / 4 for n in names])
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
    return float(np.clip(0.1 + per_line * lines, 0.21, 0.45))


def _calm_top(direction: ArtDirection, rng: np.random.Generator) -> bool:
    """Whether the calm strip for the title is at the top: where the title layout
    puts it (top-left above, bottom-left below), else the seed."""
    coin = bool(rng.random() < 0.55)
    return {"top-left": True, "bottom-left": False}.get(direction.layout, coin)


def layout_of(direction: ArtDirection) -> str:
    """The composition render draws for `direction`: the first draw of its rng (the
    plot's treatment, ridge_scenes.treatment, is one picture to the memory)."""
    return _pick(direction, raster.rng_for(direction, "ridgeline"))


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the ridgeline cover (RGB, size x size)."""
    rng = raster.rng_for(direction, "ridgeline")
    name = _pick(direction, rng)
    inks, filled = _inks(direction, rng)
    bg = Image.new("RGB", (size, size), inks.bg)
    draw = aggdraw.Draw(bg)
    pen = size * (0.0032 + 0.0016 * (1 - direction.density)) * (0.85 + 0.4 * direction.energy)
    pen = max(pen, 0.9)  # a hairline vanishes at 64 px
    top = _calm_top(direction, rng)
    canvas = Canvas(direction, rng, draw, size, inks, pen, filled, _room(direction), top)
    focal = LAYOUTS[name](canvas)
    draw.flush()
    for mask, colour in canvas.cutout:
        bg = Image.composite(Image.new("RGB", (size, size), colour), bg, mask)
    img = raster.multiply(bg, raster.paper(raster.rng_for(direction, "ridge-paper"), 0.05))
    mid = ((focal[0] + focal[2]) / 2, (focal[1] + focal[3]) / 2)
    img = raster.vignette(img, 0.12, mid)
    return Artwork(finish(img, direction, "ridge", 0.02), compose.clip_box(focal), layout=name)
