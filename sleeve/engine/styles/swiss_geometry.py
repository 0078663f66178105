"""Swiss / International-style music poster: one bold construction on a grid (a cropped
circle, Beethoven arcs, a module field broken by one, a split field, a huge letter or
a bar's beats as squares stepping corner to corner) in two flat colours and black,
with a shape-free title zone.

After Müller-Brockmann, Albers, Hofmann, Ruder and Gerstner: one enormous circle
cropped by the canvas, with a heavy rule or a block on the grid (circle); concentric
arc segments whose sweeps are the energy curve, filling the art from a far corner or
from past it and cropped by the title zone's grid line (arcs, the Beethoven poster);
a field of identical modules with one, at the loudest onset, turned and in colour
(modules); a grid line cutting paper from a colour field with a square or diamond on
the cut, figure and ground swapped (split); one huge letter or number of the title
cropped by the canvas with a colour block knocking part of it out (glyph); and one
bar of the song as squares meeting corner to corner on a diagonal from a far corner,
the loudest beat one huge square the canvas crops, the others as big as their onsets
(beat, after the musica viva posters). Only two are round, and they look nothing
alike.

Retired (RETIRED), never drawn: the overprinted discs, the disc crescendo, the eclipse
and the band with a riding disc (read, with the circle, as one "big circle and a
title" template); the beam of parallel bands (race stripes, a beach towel); the stair
of level bars (a bar chart); the squares nested and turned step by step (turns: an
app icon, the same badge on every track); the three or four overlapping translucent
squares, one per section (squares: a corporate slide, a bar chart in pastel). The
circle's thin bar slashed through the disc is gone too (clip art). In a 2026 review of
the 74-track bench (4 and 5 of 10 from two art directors) the arcs, the most drawn,
sat as a small quarter of rings in a corner under a big title on a dozen covers: they
now reach the art's far side.

The music picks and moves it: calm tracks lean to the arcs and the circle, loud ones
to the split and the beat; dream pop and shoegaze get soft rounds, children's songs
more modules and letters; under a deep title the arcs and the modules, which fill a
strip. Tempo sets the counts (rings, modules, beats) and the angles, the energy curve
the sweeps, the onsets the weights, the beat sizes and the broken module, valence and
energy the colours (a lively song often prints on a full colour field instead of pale
paper; a night title on black), the seed the corner, the crop and which edge the title
zone takes (matched to the title layout). The focal box is the drawn composition where
it bleeds over the canvas; the title zone holds no shape."""

from __future__ import annotations

from functools import lru_cache

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import raster
from sleeve.engine.color import hue_gap, rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.fonts import title_face
from sleeve.engine.glyphs import run_width
from sleeve.engine.raster import RGB
from sleeve.engine.scripts import is_cjk
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts import swiss_layouts as layouts
from sleeve.engine.styles.cover_parts import swiss_more as more
from sleeve.engine.title_lines import CAP_RATIO, fit_lines
from sleeve.engine.title_parse import parse_title
from sleeve.engine.typography import MIN_CAP, display_text, title_cap

STYLE = StyleInfo(
    name="swiss_geometry",
    family="graphic",
    # what the art direction gives Swiss: techno, minimal, IDM, jazz, classical,
    # podcast and city pop; rock, folk and broad pop or world only through their
    # languages (a crisp grid had been offered to dream pop and children's songs)
    fits=("electronic", "jazz", "classical"),
    # listed by many languages, it made 17 of 148 bench covers (over the 10% cap) once
    # its new compositions kept its layouts fresh through an account
    weight=0.55,
)

# hazy genres: no crisp bars, grids or barcodes, only soft rounds and arcs
HAZY = frozenset({"dream_pop", "dream pop", "shoegaze"})
# friendly genres: bright rounded shapes, a coloured ink, never black slabs
FRIENDLY = frozenset({"children", "kids", "family", "bubblegum", "kawaii"})

MARGIN = 0.075
GAP = 0.05  # between the title zone and the art
SHALLOW = 0.4  # a title zone deeper than this leaves the glyph too small
COMPOSITIONS = ("circle", "arcs", "modules", "split", "glyph", "beat")
# retired, never drawn: the stair (a bar chart), the bands (race stripes), the nested
# turned squares (an app icon, the same badge on every track) and the overlapping
# translucent squares (a corporate slide)
RETIRED = ("stair", "bands", "turns", "squares")
# weights for a calm (energy 0) and a loud (energy 1) track, mixed by the energy: a
# calm song leans to the arcs and the circle, a loud one to the split field and the
# beat. At most two skeletons are round: the overprinted discs, the crescendo, the
# eclipse and the diagonal's riding disc read, with the circle, as one template to
# two art directors; the arcs had been the most drawn (20 of 74 bench covers).
# two art directors (2026-12-01) found only the glyph and the arcs said anything: the
# split, the beat and the circle are drawn less
CALM_WEIGHTS = (0.7, 1.25, 0.9, 0.6, 1.05, 0.6)
LOUD_WEIGHTS = (0.55, 1.0, 1.0, 0.8, 1.15, 0.75)
# what each mood keeps of each composition (same order): hazy songs soft rounds,
# children's songs modules and letters, sad songs the quieter ones
MOOD_SCALE = {
    "friendly": (1.1, 0.8, 1.4, 1.0, 1.3, 1.1),
    "hazy": (1.6, 1.5, 0.7, 0.8, 0.6, 0.5),  # no crisp corner-to-corner beat in a haze
    "sad": (1.15, 1.2, 1.0, 1.0, 0.8, 0.9),
}


def _genres(direction: ArtDirection) -> set[str]:
    return {direction.genre, direction.language.family, direction.language.subgenre}


def _mood(direction: ArtDirection) -> str:
    """ "friendly" (children, bubblegum), "hazy" (dream pop, shoegaze), "sad" (low
    valence and calm), or "" for the rest."""
    genres = _genres(direction)
    if genres & FRIENDLY:
        return "friendly"
    if genres & HAZY:
        return "hazy"
    if direction.valence < 0.38 and direction.energy < 0.6:
        return "sad"
    return ""


def _clean(colour: RGB) -> RGB:
    """An orange or yellow kept clear of brown and olive: a dark orange is lifted to L
    0.7 (a sad song's orange flat had printed as a brown quarter disc, a burnt orange
    as a brown disc on a children's song), a dark yellow to L 0.84; a greyed yellow or
    green (khaki, olive, sage) turns bone."""
    lit, chroma, hue = rgb_to_oklch(colour)
    if 35.0 <= hue < 75.0 and lit < 0.7 and chroma > 0.03:  # a clear orange, not ochre
        return raster.tone(colour, 0.7, max(chroma, 0.15), hue_shift=min(0.0, 50.0 - hue))
    if 75.0 <= hue <= 145.0 and 0.02 < chroma < 0.09 and lit < 0.82:  # khaki, sage: bone
        return raster.tone(colour, 0.82, 0.025)
    if 75.0 <= hue <= 115.0 and lit < 0.84 and chroma > 0.03:
        return raster.tone(colour, 0.84, max(chroma, 0.12))
    return colour


def _colors(direction: ArtDirection, rng: np.random.Generator) -> tuple[RGB, RGB, list[RGB], RGB]:
    """Paper, ink, flat shape colours and the accent: sad and calm songs muted, happy
    and loud ones brighter; a happy or friendly song's ink is a deep palette colour,
    not black (black and mustard slabs had read as heavy Bauhaus on a cute song). A
    title that names the night prints on black paper."""
    pal = direction.palette
    mood = _mood(direction)
    light = (direction.valence >= 0.42 or mood == "friendly") and not direction.night
    paper = raster.ground(pal.background, 0.94 if light else 0.2, 0.018 if light else 0.03)
    v, e = float(np.clip(direction.valence, 0, 1)), float(np.clip(direction.energy, 0, 1))
    deep = max(pal.colors, key=lambda c: rgb_to_oklch(c)[1])
    if light and (mood == "friendly" or v > 0.6) and rgb_to_oklch(paper)[1] < 0.03:
        paper = raster.tone(deep, 0.945, 0.045)  # a sweet song's paper is tinted, not grey
    on_light = rgb_to_oklch(paper)[0] > 0.6
    # a near-neutral black (a tinted one printed brown as a big disc on kraft paper)
    ink = raster.tone(pal.background, 0.18 if on_light else 0.93, 0.01 if on_light else 0.02)
    chroma = 0.06 + 0.09 * v + 0.07 * e
    if mood in ("sad", "hazy"):
        chroma *= 0.6
    lo = 0.5 + 0.14 * v  # a happy song's flats are lighter, a sad one's deeper
    if mood == "friendly":  # a children's song: light primaries, never maroon
        lo = max(lo, 0.64)
    flats = [_clean(raster.vivid(c, rng.uniform(lo, lo + 0.16), chroma)) for c in pal.colors]
    accent = _clean(raster.vivid(pal.accent, 0.66, 0.1 + 0.1 * max(v, e)))
    if on_light and (mood == "friendly" or v > 0.62):
        # deepened, a yellow or lime turns olive and a red maroon: a blue ink first
        hues = (*pal.colors, pal.accent, pal.ink)
        blues = [c for c in hues if 200.0 <= rgb_to_oklch(c)[2] <= 300.0]
        if blues:
            ink = raster.tone(max(blues, key=lambda c: rgb_to_oklch(c)[1]), 0.44, 0.13)
        else:  # no blue in the palette: a navy, not the red deepened to maroon
            ink = raster.tone(deep, 0.4, 0.13, hue_shift=262.0 - rgb_to_oklch(deep)[2])
    bold = rng.random() < 0.15 + 0.35 * e  # drawn always: the stream stays the same
    if light and not mood and bold:  # a children's song keeps its light paper
        paper, flats, accent = _field(paper, deep, flats, accent)
        ink = raster.tone(pal.background, 0.16, 0.01)
    return paper, ink, flats, accent


def _field(paper: RGB, deep: RGB, flats: list[RGB], accent: RGB) -> tuple[RGB, list[RGB], RGB]:
    """A lively song's ground: the palette's most colourful hue as a full colour field
    (pale paper with one shape had read as generic), black and the old paper as the
    shapes' inks, with any flat far enough from the field in hue (an orange on red
    would vanish)."""
    lit, chroma, _ = rgb_to_oklch(deep)
    field = _clean(raster.vivid(deep, float(np.clip(lit, 0.58, 0.72)), max(chroma, 0.15)))
    light = raster.tone(paper, 0.96, 0.012)
    apart = [c for c in (*flats, accent) if hue_gap(c, field) > 70.0]
    return field, [light, *apart[:2]], (apart[0] if apart else light)


def composition(direction: ArtDirection, rng: np.random.Generator) -> str:
    """The composition from the energy and onset density (weights) and the seed."""
    e = float(np.clip(direction.energy, 0.0, 1.0))
    weights = (1 - e) * np.array(CALM_WEIGHTS) + e * np.array(LOUD_WEIGHTS)
    if not any(ch.isalnum() for ch in direction.title):  # no letter to set big
        weights[COMPOSITIONS.index("glyph")] = 0.0
    elif float(np.clip(_title_depth(direction), 0.2, 0.62)) + GAP > SHALLOW:
        # under a deep title block the letter shrank to a small mark in a strip
        # (a T, an H, a cut-off F) and the split's figure to a small logo: the huge
        # letter needs most of the page, the split much of it
        weights[COMPOSITIONS.index("glyph")] = 0.0
        weights[COMPOSITIONS.index("split")] *= 0.3
        # the beat's squares step along a diagonal, which a strip cuts short; the
        # arcs sweep a strip as wide bands and the modules fill it as a frieze
        weights[COMPOSITIONS.index("beat")] *= 0.3
        # the circle's segment in a strip read as a sliver (Blue Note for Ellis,
        # Gravel Road Home)
        weights[COMPOSITIONS.index("circle")] *= 0.5
        weights[COMPOSITIONS.index("arcs")] *= 1.3
        weights[COMPOSITIONS.index("modules")] *= 1.3
    scale = MOOD_SCALE.get(_mood(direction))
    if scale is not None:
        weights = weights * np.array(scale)
    return str(rng.choice(COMPOSITIONS, p=weights / weights.sum()))


def layout_of(direction: ArtDirection) -> str:
    """The name of the composition render draws for `direction`, without drawing."""
    return composition(direction, raster.rng_for(direction, "swiss-composition"))


def title_zone(direction: ArtDirection, rng: np.random.Generator) -> tuple[str, float]:
    """The edge ("top", "bottom" or "right") kept free for the title, and its depth as
    a share of the side: where the title layout will look first, as deep as the
    title block the pipeline will set (its lines at the language's size)."""
    layout = direction.layout
    if layout == "vertical" and is_cjk(direction.title):
        return "right", 0.24
    if layout == "bottom-left":
        edge = "bottom"
    elif layout in ("top-left", "edge"):
        edge = "top" if rng.random() < 0.8 else "bottom"
    else:
        edge = "top" if rng.random() < 0.5 else "bottom"
    return edge, float(np.clip(_title_depth(direction), 0.2, 0.62))


@lru_cache(maxsize=64)  # asked twice a cover: by the composition and the title zone
def _title_depth(direction: ArtDirection) -> float:
    """About how tall (share of the side, margin included) the pipeline's title block
    will be: its main lines fitted as typography fits them, plus a small line."""
    parts = parse_title(direction.title)
    text = display_text(parts.main, direction.font_role, direction.language.subgenre)
    face = title_face(text, direction.font_role, 800.0)
    cap = title_cap(direction, direction.layout)
    probe = 512
    lines, px = fit_lines(
        text,
        face,
        probe,
        width_frac=0.5 if direction.layout == "corner" else 0.86,
        measure=run_width,
        max_px=int(probe * cap / CAP_RATIO),
        min_px=int(probe * min(MIN_CAP, cap) / CAP_RATIO),
    )
    block = px * (1.08 * (len(lines) - 1) + 0.95)
    if parts.secondary or direction.artist:
        block += px * 0.6
    return block / probe + 0.075


def _frame(direction: ArtDirection, size: int, edge: str, depth: float, colours) -> layouts.Frame:
    """The art rectangle (the cover less the title zone and margins) and what it reads."""
    paper, ink, flats, accent = colours
    m, cut = MARGIN * size, (depth + GAP) * size
    art = {
        "top": (m, cut, size - m, size - m),
        "bottom": (m, m, size - m, size - cut),
        "right": (m, m, size - cut, size - m),
    }[edge]
    curve = np.asarray(direction.energy_curve or (0.5,), float)
    onsets = np.asarray(direction.onsets or tuple(curve[::2]), float)
    steps = int(np.clip(round(3 + (direction.tempo_bpm - 70.0) / 28.0), 3, 7))
    energy = float(np.clip(direction.energy, 0.0, 1.0))
    if _mood(direction) == "friendly":  # a children's song draws lively: more, bigger shapes
        energy = max(energy, 0.75)
    return layouts.Frame(
        size,
        art,
        paper,
        ink,
        tuple(flats),
        accent,
        curve,
        onsets,
        steps,
        edge,
        energy,
        direction.mode == "minor",
    )


def _zone_box(size: int, edge: str, depth: float) -> tuple[int, int, int, int]:
    """The title zone in pixels (x0, y0, x1, y1), from its edge to its depth."""
    cut = int(round(depth * size))
    return {
        "top": (0, 0, size, cut),
        "bottom": (0, size - cut, size, size),
        "right": (size - cut, 0, size, size),
    }[edge]


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the Swiss geometry cover (RGB, size x size)."""
    rng = raster.rng_for(direction, "swiss")
    colours = _colors(direction, rng)
    name = layout_of(direction)
    edge, depth = title_zone(direction, rng)
    frame = _frame(direction, size, edge, depth, colours)
    art = Image.new("RGB", (size, size), colours[0])
    if name == "glyph":
        focal = layouts.glyph(art, frame, rng, direction.title)
    else:
        draw = aggdraw.Draw(art)
        compose = getattr(layouts, name, None) or getattr(more, name)
        focal = compose(draw, frame, rng)
        draw.flush()
    # the zone stays clear; the arcs, which reach the art's far side, stop on its edge
    art.paste(colours[0], _zone_box(size, edge, depth + GAP * (1.0 if name == "arcs" else 0.5)))
    img = raster.multiply(art, raster.paper(raster.rng_for(direction, "swiss-paper"), 0.07))
    return Artwork(finish(img, direction, "swiss", 0.018), focal, name)
