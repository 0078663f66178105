"""Swiss / International-style music poster: one bold figure at poster scale, cut by the
frame and timed by the song (a huge disc against the beat's squares, a disc of beat bars,
a spiral, the song's waveform), in two flat colours and black.

After Müller-Brockmann's Tonhalle and musica viva posters, El Lissitzky, Max Huber,
Lohse and the Bauhaus. A title that names a mountain, a heart or a flower gets it on
most seeds, in flats: one huge leaning triangle sliced level into strata (peaks), a
heart built of a square on its corner and two discs, alone, its beat echoing out as
outlines (heart, swiss_signs), a blossom built like a family crest, cropped by the
canvas, its petals falling one a beat, notched for a cherry and round for any other
flower (blossom, swiss_blossom). Otherwise, and on the other seeds, one of six:
concentric arc segments counted by the tempo, their sweeps the energy curve (arcs, the
Beethoven poster); a CJK title's first character huge and cropped, a colour block on its
top line (glyph; never a Latin initial, never on children's, hazy or metal songs); the
song's waveform, a row of bars mirrored about a rule leaning by the key, tall where the
song is loud and on its groove's strong sixteenths, running off the page at its louder
end, or on fewer songs a system of bars turned by the key's place on the circle of
fifths, the energy curve as their lengths, a small disc on the longest (rhythm); a
square spiral of thick bars, one a beat (spiral, after Lohse; swiss_motion); a huge disc
built of level bars, one a beat, each as heavy as the energy there, half over a column
of colour where the bars print paper (lamella, swiss_figures); one huge disc of the spot
colour, as big as the song is loud, off the side where it peaks, against a block of
small squares, one a step of the loudest bars (one bar on a quiet song, up to four on a
loud one), level or turned by the key, set where the song peaks, knocked out where they
cross it (meter, swiss_meter). The tempo leans the choice: the meter and bars for a
quick beat, the lamella for a slow one; the pure diagrams (spiral, lamella) belong to
techno, IDM, jazz, classical and ambient and are rare elsewhere. A grey palette still
prints one strong ink.

Retired (RETIRED), never drawn: in round 15, the march of chevrons after Max Huber
(thirteen of 74 bench covers, "a road-hazard sign" on Candyfloss); in round 11's review
(5/4, 3/4, 4/5) the heavy zigzag ("one picture" on every abstract genre), the fan of
pastel wedges (a pie chart) and the wedge driven into a disc (a pac-man), "a PowerPoint
of shapes"; in the review of 2026-12-03 (5 and 5, "arbitrary diagrams with nothing of
the title"), the ball's path hopping across the cover (bounce, seven bench covers, Ωδή
στον Άνεμο's among them); in the closing review of 2026-12-01 (5 and 5 of 10,
"decoration without an idea") and on the next day's sheet, the grid of circles sized by
the onsets (pulse: "polka dots"), the circles nested on one point of the edge (ripple:
"70s op-art rings" on a reggaeton song), the sea as wave bands (waves: "a beach towel"
on a fjord) and the rain as a sequencer of dashes (rain: "a few dashes, no picture"),
and a Latin initial as the glyph ("a big-initial gimmick", six on one sheet across
styles); the bent stripe bundle after Stankowski, which a 2026 review (6 of 10) read as
empty corner brackets on a reggaeton song; in a 2026 review (5 and 4.5 of 10,
"interchangeable") the coarse grid of quarter discs (quadrants, twelve of 74 covers, one
tile template), the turned square with a disc on a grid (pair, twelve, "random blocks"),
Max Bill's polygons floating in the field and the overprinted chain of discs, which said
nothing of the song; before that, a strict column grid of bars as tall as the energy
curve (chart: both art directors' worst cover on 桜の散る頃 and Chuva de Verão, as bar charts
were twice before); the huge disc sliced by a turned bar (slice) and the squares stepped
inside one another (nested), which two art directors read as generic ("the slice, nested
squares and emoji layouts are generic") and which came back for a second track in one
batch of 74; three or four translucent discs overprinted on a grid (overprint), which
two reviewers in 2026 read as generic on three tracks; the city's upright slabs with lit
windows, the piano keyboard with the tonic chord lit and the score's staves with the
onsets as notes, which a 2026 review read as placeholders (and another as broken
notation); the moon or sun as a huge cropped disc with one rule (orb), which two art
directors read as the most obvious template of the sheet (three tracks, "not sunny"); in
a 2026 review of the 74-track bench (4 and 4.5 of 10 from two art directors) the split
field with a square on the cut ("random lavender blocks"), the beat's squares stepping
corner to corner ("staircase squares"), the field of small quarter-disc modules
("corporate tiles") and the enormous cropped circle ("a black square on a red ring, a
placeholder") read as templates that said nothing of the song; in the next review of
that bench, the bar's count as huge numerals ("1 2 3 4": "a worksheet with a script
title, zero funk", N from both), the staircase of steps rising with the energy ("a bar
chart on a jazz record") and the giant rule with one small square ("one bar and one
square, placeholder-empty"); at the end of that session, the grid of squares one a beat
(tiles: "a spreadsheet or bar chart" on a sakura song, N); earlier, the crescendo, the
eclipse, the band with a riding disc, the beam of bands, the stair of bars, the nested
turned squares and the overlapping translucent squares.

The music moves it: the tempo sets the counts (rings, bars, squares, petals,
strata), the energy curve the sweeps, lengths, weights and heights, the onsets the
cuts, gaps and the petals' fall, the key the bars' angle, valence and energy the
colours (a lively song often prints on a full colour field, a night title on black).
R&B, soul, gospel, funk and reggaeton print warm: cream or cocoa paper, cocoa ink, and
lean to the rounds and squares. The seed picks the corner, the crop and the title zone's
edge (matched to the title layout). The focal box is the drawn composition where it
bleeds over the canvas; the title zone holds no shape."""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import raster
from sleeve.engine.color import hue_gap, oklch_to_rgb, rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.raster import RGB
from sleeve.engine.scripts import is_cjk, is_emoji_only
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts import swiss_blossom, swiss_meter
from sleeve.engine.styles.cover_parts import swiss_figures as figures
from sleeve.engine.styles.cover_parts import swiss_layouts as layouts
from sleeve.engine.styles.cover_parts import swiss_motion as motion
from sleeve.engine.styles.cover_parts import swiss_scenes as scenes
from sleeve.engine.styles.cover_parts import swiss_signs as signs
from sleeve.engine.styles.cover_parts import swiss_systems as systems
from sleeve.engine.styles.cover_parts.calm_zone import title_reach
from sleeve.engine.styles.cover_parts.title_words import motifs

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
    # drawn on most seeds when the title names one: swiss_geometry.SUBJECTS
    subjects=("mountain", "heart", "cherry", "flower"),
)

# hazy genres: no crisp bars, grids or barcodes, only soft rounds and arcs
HAZY = frozenset({"dream_pop", "dream pop", "shoegaze"})
# friendly genres: bright rounded shapes, a coloured ink, never black slabs
FRIENDLY = frozenset({"children", "kids", "family", "bubblegum", "kawaii"})

MARGIN = 0.075
GAP = 0.06  # between the title zone and the art (0.05 had crowded the title)
SHALLOW = 0.4  # a title zone deeper than this leaves the glyph too small
# what a title names -> the scene drawing it, first match first (a moonlit sea is sea)
SUBJECTS = (
    ("mountain", "peaks"),
    ("heart", "heart"),
    ("cherry", "blossom"),
    ("flower", "blossom"),
)
SCENES = ("peaks", "heart", "blossom")
SUBJECT_LAYOUTS = {word: (scene,) for word, scene in SUBJECTS}  # registry.draws_named
# how often a title that names a subject gets its scene (else a music composition):
# always drawing it left the service one picture for the song at every turn
NAMED_SHARE = 0.55
# a song whose title names none of them: its energy as arcs, its title's letter, a
# turned system of bars (the beats), a grid of circles (the onsets), nested circles
# (tempo, curve), a square spiral (beats, curve) and a huge disc
# against the loudest bar's squares (energy, onsets)
MUSIC = (
    "arcs",
    "glyph",
    "rhythm",
    "spiral",
    "lamella",
    "meter",
)
COMPOSITIONS = (*MUSIC, *SCENES)
# retired, never drawn: templates that said nothing of the song (see the docstring)
RETIRED = (
    "chevrons",
    "zigzag",
    "fan",
    "wedge",
    "bounce",
    "bundle",
    "quadrants",
    "pair",
    "polygons",
    "chain",
    "chart",
    "slice",
    "nested",
    "tiles",
    "count",
    "terrace",
    "rule",
    "overprint",
    "orb",
    "circle",
    "split",
    "beat",
    "modules",
    "stair",
    "bands",
    "turns",
    "squares",
    "keys",
    "staves",
    "slabs",
    "pulse",
    "ripple",
    "waves",
    "rain",
)
# weights of MUSIC for a calm (energy 0) and a loud (energy 1) track, mixed by energy;
# the arcs light (four bench covers of one picture, then "beige arcs, no party"); a
# loud song leans to the bars, a calm one to the lamella; the meter lighter since the
# chevrons' retirement left it over a third of the test tracks; the diagrams became
# rare outside the abstract genres (the fan then took 14 of 74 bench covers, six of
# them on metal, rock and R&B songs)
CALM_WEIGHTS = (0.44, 0.8, 0.4, 0.6, 0.46, 0.28)
LOUD_WEIGHTS = (0.4, 0.78, 0.4, 0.58, 0.5, 0.25)
# how each leans with the tempo (same order; +1 a fast song's, -1 a slow song's): the
# bars (most) and the meter for a quick beat, the lamella (most) for a slow one
TEMPO_LEAN = (0.0, 0.0, 0.3, 0.0, -0.35, 0.1)
# the pure diagrams (a square spiral, a barred disc) fit the genres that
# want abstraction (techno, IDM, jazz, classical, ambient); on a pop, folk or Latin
# song they read as "arbitrary diagrams with nothing of the title" (月光下的城市's
# zigzag, 2026-12-03), so elsewhere they are drawn at a fifth of their weight (a
# third before the chevrons' retirement raised their share)
DIAGRAMS = ("spiral", "lamella")
ABSTRACT = frozenset({"electronic", "jazz", "classical", "ambient", "dance"})
DIAGRAM_ELSEWHERE = 0.2
# a CJK title's first character as the huge glyph is the style's best picture (both
# reviewers chose the giant split 東 of 東京の夜): drawn more often; a Latin, Cyrillic
# or other initial never (a big "C" on Candyfloss: "a big-initial gimmick", one of six
# big initials across the styles of one 2026 sheet)
CJK_GLYPH = 2.0
# what each mood keeps of each (same order): hazy songs the soft arcs and the
# lamella, no hard bars or letter; children's songs the meter, the arcs and the
# spiral (a maze: the chevrons, their lively third, are retired),
# never the Bauhaus letter (a "T" on a duck song read as wrong); warm
# genres the rounds and squares (a cold letter block had met R&B and gospel)
MOOD_SCALE = {
    "friendly": (0.8, 0.0, 0.6, 1.6, 0.8, 1.5),
    "hazy": (1.3, 0.0, 0.25, 0.4, 1.2, 0.6),
    "sad": (1.2, 0.8, 1.0, 1.1, 1.2, 1.0),
    "warm": (0.9, 0.45, 1.1, 1.3, 1.1, 1.1),
}
# warm genres (family or subgenre): warm paper and ink, never cold grey blocks
WARM = frozenset({"rnb", "soul", "neo_soul", "gospel", "funk", "reggaeton", "r&b"})


def _genres(direction: ArtDirection) -> set[str]:
    return {direction.genre, direction.language.family, direction.language.subgenre}


def _mood(direction: ArtDirection) -> str:
    """ "friendly" (children, bubblegum), "hazy" (dream pop, shoegaze), "warm" (R&B,
    soul, gospel, funk, reggaeton), "sad" (low valence and calm), or "" for the rest."""
    genres = _genres(direction)
    if genres & FRIENDLY:
        return "friendly"
    if genres & HAZY:
        return "hazy"
    if genres & WARM:
        return "warm"
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
    if mood == "warm":
        return _warm(light, flats, accent)
    lit, paper_chroma, _ = rgb_to_oklch(paper)
    if paper_chroma < 0.03 and 0.3 < lit < 0.86:  # a mid grey field reads lifeless
        paper = raster.tone(paper, 0.94 if lit > 0.55 else 0.18, 0.01)
        ink = raster.tone(paper, 0.16 if lit > 0.55 else 0.93, 0.01)
    return paper, ink, flats, accent


# warm flats a cold or grey one turns into: caramel, gold, terracotta
WARM_FLATS = ((0.66, 0.11, 60.0), (0.78, 0.12, 85.0), (0.6, 0.13, 38.0))


def _warm(light: bool, flats: list[RGB], accent: RGB) -> tuple[RGB, RGB, list[RGB], RGB]:
    """R&B, soul, gospel, funk, reggaeton: cream paper and cocoa ink (cocoa paper and
    cream ink on a dark song), the palette's warm or hot flats kept and any cold or
    grey one (lavender, slate) turned caramel, gold or terracotta."""
    cream, cocoa = oklch_to_rgb(0.93, 0.035, 78.0), oklch_to_rgb(0.27, 0.045, 48.0)
    paper, ink = (cream, cocoa) if light else (cocoa, oklch_to_rgb(0.9, 0.04, 78.0))

    def warmed(colour: RGB, k: int) -> RGB:
        _, chroma, hue = rgb_to_oklch(colour)
        if chroma < 0.05 or 150.0 <= hue <= 320.0:
            return oklch_to_rgb(*WARM_FLATS[k % len(WARM_FLATS)])
        return colour

    return paper, ink, [warmed(c, k) for k, c in enumerate(flats)], warmed(accent, 1)


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


def subject(direction: ArtDirection) -> str:
    """The scene the title names (SUBJECTS), or "" when it names none."""
    words = motifs(direction.title)
    return next((scene for word, scene in SUBJECTS if word in words), "")


def composition(direction: ArtDirection, rng: np.random.Generator) -> str:
    """The scene the title names on most seeds (NAMED_SHARE); else a music
    composition from the energy (weights), the mood and the seed."""
    e = float(np.clip(direction.energy, 0.0, 1.0))
    weights = (1 - e) * np.array(CALM_WEIGHTS) + e * np.array(LOUD_WEIGHTS)
    pace = float(np.clip((direction.tempo_bpm - 110.0) / 50.0, -1.0, 1.0))
    weights = weights * (1.0 + 0.5 * pace * np.array(TEMPO_LEAN))
    pick, named_pick = rng.random(), rng.random()  # drawn always: the stream stays the same
    named = subject(direction)
    if named and named_pick < NAMED_SHARE:
        return named
    if not any(ch.isalnum() for ch in direction.title) or not _letter_fits(direction):
        weights[MUSIC.index("glyph")] = 0.0
    elif float(np.clip(_title_depth(direction), 0.2, 0.62)) + GAP > SHALLOW:
        # under a deep title block the letter shrank to a small mark in a strip
        weights[MUSIC.index("glyph")] = 0.0
    elif is_cjk(next((ch for ch in direction.title if ch.strip()), " ")):
        weights[MUSIC.index("glyph")] *= CJK_GLYPH
    else:  # a Latin initial as the picture read as a gimmick (six on one sheet)
        weights[MUSIC.index("glyph")] = 0.0
    if not _genres(direction) & ABSTRACT:
        for name in DIAGRAMS:
            weights[MUSIC.index(name)] *= DIAGRAM_ELSEWHERE
    scale = MOOD_SCALE.get(_mood(direction))
    if scale is not None:
        weights = weights * np.array(scale)
    cum = np.cumsum(weights / weights.sum())
    return MUSIC[min(int(np.searchsorted(cum, pick)), len(MUSIC) - 1)]


# where a Bauhaus letter does not belong: metal sets blackletter, not geometric caps
LETTERLESS = frozenset({"metal"})
# marks too narrow for the letter-and-block figure: a lone stem beside a slab
NARROW = frozenset("IJ1|!")


def _letter_fits(direction: ArtDirection) -> bool:
    """Whether the huge letter suits the song: not on metal (a geometric "C" under a
    blackletter "Charnel Psalm"), and not a narrow mark (an "I" stem beside a pink
    slab had looked unfinished); children's and hazy songs drop it by MOOD_SCALE."""
    if _genres(direction) & LETTERLESS:
        return False
    digits = "".join(ch for ch in direction.title if ch.isdigit())[:4]
    mark = digits or next((ch for ch in direction.title if ch.strip()), " ").upper()
    return mark not in NARROW


def layout_of(direction: ArtDirection) -> str:
    """The name of the composition render draws for `direction`, without drawing."""
    return composition(direction, raster.rng_for(direction, "swiss-composition"))


# an emoji title's stickers stand beside the heart, not in a band of their own: kept
# as deep as the block the pipeline sets (up to 0.62 in the corner), the heart was
# left a strip above it and shrank to a small heart in a corner (🌙✨💔, "the worst
# cover"); the stickers find their room beside its point
STICKER_DEPTH = 0.2


def title_zone(
    direction: ArtDirection, rng: np.random.Generator, name: str = ""
) -> tuple[str, float]:
    """The edge ("top", "bottom" or "right") kept free for the title, and its depth as
    a share of the side: where the title layout will look first, as deep as the
    title block the pipeline will set (its lines at the language's size); beside
    composition `name`'s heart, an emoji title's stickers keep a shallow band."""
    layout = direction.layout
    if layout == "vertical" and is_cjk(direction.title):
        return "right", 0.24
    if layout == "bottom-left":
        edge = "bottom"
    elif layout in ("top-left", "edge"):
        edge = "top" if rng.random() < 0.8 else "bottom"
    else:
        edge = "top" if rng.random() < 0.5 else "bottom"
    depth = float(np.clip(_title_depth(direction), 0.2, 0.62))
    if name == "heart" and is_emoji_only(direction.title):
        depth = min(depth, STICKER_DEPTH)
    return edge, depth


def _title_depth(direction: ArtDirection) -> float:
    """How tall (share of the side, margin included) the pipeline's title block will
    be (calm_zone.title_reach)."""
    return title_reach(direction)


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
        int(direction.key if direction.key is not None else _hashed_key(direction)),
        float(direction.tempo_bpm),
        direction.title,
    )


def _hashed_key(direction: ArtDirection) -> int:
    """A song with no detected key: a pitch class from its seed."""
    return int(raster.rng_for(direction, "swiss-key").integers(12))


def _zone_box(size: int, edge: str, depth: float) -> tuple[int, int, int, int]:
    """The title zone in pixels (x0, y0, x1, y1), from its edge to its depth."""
    cut = int(round(depth * size))
    return {
        "top": (0, 0, size, cut),
        "bottom": (0, size - cut, size, size),
        "right": (size - cut, 0, size, size),
    }[edge]


# the forms painted on the image (masks and type), not with an aggdraw pen
PAINTED = {"heart": signs.heart, "lamella": figures.lamella, "meter": swiss_meter.meter}
# the pen-drawn forms (the rest are swiss_scenes')
DRAWN_BY = {
    "arcs": layouts,
    "rhythm": systems,
    "spiral": motion,
}


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the Swiss geometry cover (RGB, size x size)."""
    rng = raster.rng_for(direction, "swiss")
    name = layout_of(direction)
    colours = _colors(direction, rng)
    edge, depth = title_zone(direction, rng, name)
    frame = _frame(direction, size, edge, depth, colours)
    art = Image.new("RGB", (size, size), colours[0])
    if name == "glyph":
        focal = layouts.glyph(art, frame, rng, direction.title)
    elif name == "blossom":  # a cherry's petals notched, any other flower's round
        draw = aggdraw.Draw(art)
        cherry = "cherry" in motifs(direction.title)
        focal = swiss_blossom.blossom(draw, frame, rng, notched=cherry)
        draw.flush()
    elif name in PAINTED:
        focal = PAINTED[name](art, frame, rng)
    else:
        draw = aggdraw.Draw(art)
        module = DRAWN_BY.get(name, scenes)
        focal = getattr(module, name)(draw, frame, rng)
        draw.flush()
    # the zone and most of the gap stay clear (a shape cut half a gap from the title
    # had crowded it); the arcs, which reach the art's far side, stop on its edge
    art.paste(colours[0], _zone_box(size, edge, depth + GAP * (1.0 if name == "arcs" else 0.85)))
    img = raster.multiply(art, raster.paper(raster.rng_for(direction, "swiss-paper"), 0.07))
    return Artwork(finish(img, direction, "swiss", 0.018), focal, name)
