"""Wood type: the track's own title printed as a letterpress bill in big wood letters.

The bill is the title: no invented show-bill words. Its lines are cut to fill the
measure (short lines stand tall: the mixed sizes of a wood-type poster), Latin, Greek
and Cyrillic letters condensed as wood type was cut, other scripts and emoji in their
own faces (wood_title). The genre's inks print on its stock (wood_inks: fluoro on white
for cumbia, warm inks on marigold for Bollywood, barn red, navy and mustard on cream or
coloured stock for folk and country, bone and vivid inks on black for dark genres),
worn, the wood's grain in the solids, on grained paper. Nine compositions, calm .. loud:
a carved cut (star, sun, heart, moon, horseshoe) above or below the title; the forme
itself, the title's lines on maple type locked in an iron chase with wood furniture and
quoins (wood_forms; folk, country, blues, gospel, Arabic); a full stacked bill between
rules and stars; a press proof pinned to the board, crop marks and colour bar, its type
starved where the song is quiet (wood_proof); the title's letters each on its own wood
block, one block in the accent (wood_tiles; a few short words only); a circus or boxing
bill in a heavy border; the title reversed out of a split-fountain rainbow roll
(wood_forms; children, Latin, reggae, gospel, Bollywood); the title in bars of ink
across the sheet, reversed out; the title in two misregistered inks, tilted. Untitled,
each prints a carved cut where the title would stand. Tempo sets the ornaments (the
beats of a bar), energy the composition and how condensed the letters stand, loudness
how hard the ink is pressed, the seed the inks and sides.
"""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import raster
from sleeve.engine.color import contrast_ratio, readable_ink, rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.fonts import title_face
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts import (
    title_words,
    wood_bill,
    wood_cuts,
    wood_forms,
    wood_inks,
    wood_proof,
    wood_tiles,
    wood_title,
)
from sleeve.engine.styles.cover_parts.poster_kit import line_mask
from sleeve.engine.title_layout import TitleLayout

STYLE = StyleInfo(
    name="wood_type",
    family="graphic",
    # the show bill is folk, country, reggae and the dance halls' (their languages list
    # it), and funk and gospel's (their languages list it); not R&B's: two reviewers
    # read VELVET as a fairground and SLOW BURN as a game show
    fits=("folk", "world"),
    draws_title=True,
    # NAMED_CUTS the registry leans here for; not the sun, whose emblem with three stars
    # three reviewers read as stock on Sunny Days, Солнечный день and Sunrise Dub
    # and not the night: its moon beside the title, on every night title (Midnight Tide,
    # rainy window 3am), read as one template to two reviewers
    subjects=("heart", "star"),
)

# a reviewer read the bill between rules and the bill in a border as one picture
SKELETONS = {"bill": "bill", "border": "bill"}
LAYOUTS = (
    "cut",
    "chase",
    "bill",
    "proof",
    "tiles",
    "border",
    "fountain",
    "blocks",
    "overprint",
)  # calm .. loud
# the column (a big first word beside a block of ink with a moon and three stars) is
# retired: two reviewers read it as one template on three tracks, and weak on each
# the record label is retired too: a gold label with its title arched round the rim
# and stars is the vinyl clip-art the guide bans (Velvet); the stacked blocks replace it
RETIRED = ("column", "label")
# the carved cuts a genre's printer kept in the case (bright songs first, deep last)
CUTS = {
    "country": ("star", "horseshoe", "heart"),
    "folk": ("sun", "star", "heart", "moon"),
    "children": ("sun", "star", "heart"),
    "reggae": ("star", "sun"),
    "blues": ("star", "heart", "moon"),
}
NAMED_CUTS = {"sun": "sun", "night": "moon", "heart": "heart", "star": "star"}  # title_words
# the genres whose printers each picture belongs to: the forme of a jobbing printer's
# folk, country, blues and gospel bills; the rainbow roll of the dance-hall and
# children's posters
LEANS = {
    "chase": ("folk", "country", "blues", "gospel", "arabic", "mediterranean", "bluegrass"),
    "fountain": ("children", "latin", "cumbia", "tropical", "salsa", "reggae", "gospel",
                 "bollywood", "afrobeats", "funk"),
}  # fmt: skip
CARVED = ("cut",)  # the layouts that print a carved cut beside a title
CARVED_SHARE = 0.65  # of a title that names a cut, the covers that carve it
SUBJECT_LAYOUTS = {subject: CARVED for subject in STYLE.subjects}  # registry.draws_named
M = 0.06  # margin, share of the side
OVERPRINT_LEGIBLE = 4.5  # the overprint's key ink on its paper (wood_title.LEGIBLE is 4.0)
# the overprint's shadow ink against its key: the letter's edge reads against it (an
# orange shadow under a cream key on black read at 2.8:1 there, Slow Burn; at 3.0 apart
# the titles still read at 3.2 to 3.8:1 at thumbnail size)
GHOST_APART = 4.0
SPOT_LINE = 0.13  # a title line this tall (share of the side) may take a spot ink
BIG_LINE = 0.2  # one this tall a spot ink that reads at 3.4:1 (smaller ones need 4.5:1)
MIN_GAP = 0.042  # the least space between two lines of the title, share of the side


def _choose(direction: ArtDirection, rng: np.random.Generator) -> str:
    """A composition: energy leans (calm ones for quiet songs), the seed picks; the
    stacked bill is the house look."""
    n = len(LAYOUTS)
    centre = float(np.clip(direction.energy, 0, 1)) * (n - 1)
    weights = np.exp(-(((np.arange(n) - centre) / 2.0) ** 2)) + 0.3
    # the bill and the blocks were each drawn twice on a 74-track sheet (s0, s1): the
    # pictures that are no bill (the forme in its chase, the rainbow roll) lead instead
    for kind in ("tiles", "overprint"):  # the rarer skeletons, drawn a little more
        weights[LAYOUTS.index(kind)] *= 1.4
    for kind, genres in LEANS.items():
        if direction.genre in genres or direction.language.subgenre in genres:
            weights[LAYOUTS.index(kind)] *= 2.2
    if direction.genre == "children":  # a misregistered tilt read as a mistake
        weights[LAYOUTS.index("overprint")] = 0.0
    if not _tiles_fit(direction):  # only a few short words stand as blocks
        weights[LAYOUTS.index("tiles")] = 0.0
    if title_words.motifs(direction.title) & set(STYLE.subjects):
        # the registry leans a title that names a heart or a star here for its carved
        # cut (君と見た花火 had got the blocks, which carve none): the cut most often,
        # the other compositions still drawn, so the cut is no template on such titles
        carved = [LAYOUTS.index(kind) for kind in CARVED]
        rest = weights.sum() - weights[carved].sum()
        weights[carved] = rest * CARVED_SHARE / (1 - CARVED_SHARE) / len(carved)
    return LAYOUTS[int(rng.choice(n, p=weights / weights.sum()))]


def _tiles_fit(direction: ArtDirection) -> bool:
    """Whether the title stands as letter blocks: a few short Latin, Greek or Cyrillic
    words (wood_tiles.rows_of)."""
    title = wood_title.prepare(direction.title, direction.language.subgenre, 0)
    return title is not None and bool(wood_tiles.rows_of(title))


def _cut_kind(direction: ArtDirection, rng: np.random.Generator) -> str:
    """The carved cut: the one the title names (sun, a night's moon, a heart, a star);
    else one for the genre, a bright song taking one of the first, a deep one one of
    the last, and never a heart for a title that does not name one (reviewers read a
    heart over Mountain Song or Brick by Brick as clip art)."""
    named = [NAMED_CUTS[m] for m in sorted(title_words.motifs(direction.title)) if m in NAMED_CUTS]
    if named:
        return named[0]
    sub = direction.language.subgenre
    kinds = CUTS.get(sub) or CUTS.get(direction.genre) or ("star", "sun", "moon")
    kinds = tuple(kind for kind in kinds if kind != "heart")
    half = max(1, len(kinds) - 1)
    pool = kinds[:half] if direction.valence >= 0.42 else kinds[-half:]
    return pool[int(rng.integers(len(pool)))]


def _beats(direction: ArtDirection) -> int:
    return 3 if direction.tempo_bpm < 90 else 4


def _block(ctx: dict, region: tuple, stretch: float, bar: int = -1, first: int = 1) -> tuple:
    """The title stacked in `region` (fractions), centred, each line filling the
    measure in a legible ink (a spot ink where one reads; `bar` reverses that line out
    of a bar of ink across the sheet; `first` shifts which line takes which ink); a
    carved cut in its place when the track has no title. Returns the printed box."""
    s, title, rng = ctx["size"], ctx["title"], ctx["rng"]
    x0, y0, x1, y1 = (v * s for v in region)
    if title is None:
        side = int(min(x1 - x0, y1 - y0) * 0.9)
        cut = wood_cuts.picto(_cut_kind(ctx["direction"], rng), side, side)
        at = (int((x0 + x1 - side) / 2), int((y0 + y1 - side) / 2))
        wood_inks.press(ctx["img"], cut, at, ctx["inks"][1], ctx["opaque"])
        return (at[0] / s, at[1] / s, (at[0] + side) / s, (at[1] + side) / s)
    lines = wood_title.break_lines(title, (x1 - x0) / s)
    floor = MIN_GAP * s  # lines apart at 64 px
    gap = wood_title.line_gap(y1 - y0, len(lines), floor)
    extra = 1.6 * gap if bar >= 0 else 0.0  # a reversed bar stands clear of its neighbours
    room = y1 - y0 - 2 * extra
    cuts = wood_title.stack_cuts(title, lines, x1 - x0, room, stretch, None, floor)
    gap = wood_title.line_gap(room, len(cuts), floor)
    total = sum(c.height for c in cuts) + gap * (len(cuts) - 1) + 2 * extra
    y = y0 + (y1 - y0 - total) / 2
    setter: wood_title.Setter = ctx["setter"]
    for k, (text, glyphs) in enumerate(zip(lines, cuts, strict=True)):
        at = (int((x0 + x1 - glyphs.width) / 2), int(y))
        if k == bar:
            at = (at[0], int(y + extra * (k > 0)))
            pad = (gap + extra) * 0.5
            _reversed(ctx, glyphs, at, text, at[1] - pad, glyphs.height + 2 * pad)
            y += extra * ((k > 0) + (k < len(cuts) - 1))
        else:
            want = (k + first) % 3 if glyphs.height >= SPOT_LINE * s else 0  # small: key ink
            least = wood_title.LEGIBLE if glyphs.height >= BIG_LINE * s else 4.5  # thin strokes
            ink = wood_title.legible(ctx["inks"], ctx["paper"], ctx["opaque"], want, least)
            setter.press(ctx["img"], glyphs, at, ink, ctx["opaque"], text)
        y += glyphs.height + gap
    return setter.extent()


def _reversed(ctx: dict, glyphs: Image.Image, at: tuple, text: str, top: float, tall: float):
    """A line reversed out of a bar of ink across the sheet (the bar in the ink the
    paper reads best on)."""
    s = ctx["size"]
    ink = wood_title.legible(ctx["inks"], ctx["paper"], True, 1)
    solid = Image.new("L", (s, max(1, int(tall))), 255)
    wood_inks.press(ctx["img"], solid, (0, int(top)), ink, ctx["opaque"])
    wood_inks.press(ctx["img"], glyphs, at, ctx["paper"], True)
    ctx["setter"].record(glyphs, at, text)


def _has_small(ctx: dict) -> bool:
    return ctx["title"] is not None and bool(ctx["title"].small)


def _small(ctx: dict, middle: float) -> None:
    """The qualifiers ("Remix", "Live at ...") in small type in the key ink, centred
    on the height `middle` (a share of the side: the slot the composition kept)."""
    title = ctx["title"]
    if not _has_small(ctx):
        return
    s = ctx["size"]
    face = title_face(title.small, "condensed", 600.0)
    px = max(6, int(s * 0.034))
    mask = line_mask(title.small.upper(), face, px, pad=0.1)
    if mask.width > s * 0.86:
        mask = mask.resize((int(s * 0.86), max(1, int(mask.height * s * 0.86 / mask.width))))
    y = middle * s - mask.height / 2
    left = (s - mask.width) / 2
    key = wood_title.legible(ctx["inks"], ctx["paper"], ctx["opaque"], 0)
    wood_inks.press(ctx["img"], mask, (int(left), int(y)), key, ctx["opaque"])


def _stars(ctx: dict, y: float, x0: float, x1: float, r: float, ink, count: int = 0) -> None:
    draw = aggdraw.Draw(ctx["img"])
    n = count or 2 * _beats(ctx["direction"]) + 1
    wood_bill.stars(draw, y, x0, x1, n, r, ink)
    draw.flush()


def _bill(ctx: dict) -> tuple:
    """The full stacked bill: a thick-and-thin rule and a row of stars (the beats of a
    bar) at the head, the title's lines filling the sheet between, one perhaps
    reversed out of a bar, a rule and printer's diamonds at the foot."""
    s, rng, inks = ctx["size"], ctx["rng"], ctx["inks"]
    d = ctx["direction"]
    stretch = 1.25 + 0.6 * d.energy
    bar = -1
    if ctx["title"] is not None and rng.random() < 0.45:
        n = len(wood_title.break_lines(ctx["title"], 1 - 2 * M))
        bar = int(rng.integers(n)) if n > 1 else -1
    box = _block(ctx, (M, 0.16, 1 - M, 0.84), stretch, bar=bar, first=1)
    draw = aggdraw.Draw(ctx["img"])
    wood_cuts.rules(draw, 0.06 * s, M * s, (1 - M) * s, 0.011 * s, inks[0], True)
    wood_cuts.rules(draw, 0.94 * s, M * s, (1 - M) * s, 0.011 * s, inks[0], False)
    draw.flush()
    orn = wood_title.legible(inks, ctx["paper"], ctx["opaque"], 2)
    _stars(ctx, 0.115 * s, 0.18 * s, 0.82 * s, 0.022 * s, orn)
    if _has_small(ctx):  # the qualifiers where the diamonds stand
        _small(ctx, 0.88)
    else:
        draw = aggdraw.Draw(ctx["img"])
        wood_cuts.ornaments(draw, 0.875 * s, 0.25 * s, 0.75 * s, 7, 0.013 * s, inks[0])
        draw.flush()
    return box


def _cut(ctx: dict) -> tuple:
    """A big carved cut, printed off register in two inks, above the title (or below
    it), a thick-and-thin rule between; the cut may bleed off a side."""
    s, rng, inks = ctx["size"], ctx["rng"], ctx["inks"]
    up = rng.random() < 0.65  # the cut above the title
    kind = _cut_kind(ctx["direction"], rng)
    side = int(s * rng.uniform(0.34, 0.4))
    shift = rng.uniform(-0.22, 0.22) * s
    x = int((s - side) / 2 + shift)
    y = int(0.04 * s) if up else int(s * 0.96) - side
    cut = wood_cuts.picto(kind, side, side)
    d = int(rng.uniform(0.012, 0.022) * s) * int(rng.choice((-1, 1)))
    wood_inks.press(ctx["img"], cut, (x + d, y + abs(d)), inks[2], True)
    wood_inks.press(ctx["img"], cut, (x, y), inks[1], True)
    room = 0.065 if _has_small(ctx) else 0.0  # the qualifiers' line, away from the rule
    region = (M, 0.53, 1 - M, 0.95 - room) if up else (M, 0.05 + room, 1 - M, 0.47)
    line_y = (0.48 if up else 0.52) * s
    draw = aggdraw.Draw(ctx["img"])
    wood_cuts.rules(draw, line_y, M * s, (1 - M) * s, 0.01 * s, inks[0], up)
    draw.flush()
    box = _block(ctx, region, 1.3 + 0.4 * ctx["direction"].energy, first=0)
    _small(ctx, 0.95 - room / 2 + 0.008 if up else 0.05 + room / 2 - 0.008)
    return box


def _border(ctx: dict) -> tuple:
    """A circus or boxing bill: a heavy border of ink round a paper panel, a thin rule
    inside it, stars in the corners, arrows pointing in at the head, the title centred
    in the panel, a row of stars at its foot."""
    s, rng, inks = ctx["size"], ctx["rng"], ctx["inks"]
    ink = wood_title.legible(inks, ctx["paper"], True, 1 + int(rng.integers(2)))
    band = rng.uniform(0.045, 0.065)
    frame = Image.new("L", (s, s), 255)
    inner = int(band * s)
    frame.paste(0, (inner, inner, s - inner, s - inner))
    wood_inks.press(ctx["img"], frame, (0, 0), ink, ctx["opaque"])
    draw = aggdraw.Draw(ctx["img"])
    t = band + 0.02
    pen = aggdraw.Pen(inks[0], 0.005 * s)
    draw.rectangle((t * s, t * s, (1 - t) * s, (1 - t) * s), pen)
    star_ink = ctx["paper"]
    for cx in (band / 2, 1 - band / 2):
        for cy in (band / 2, 1 - band / 2):
            wood_bill.stars(draw, cy * s, cx * s - 0.02 * s, cx * s + 0.02 * s, 1, band * 0.42 * s,
                            star_ink)  # fmt: skip
    draw.flush()
    orn = wood_title.legible(inks, ctx["paper"], ctx["opaque"], 2)
    draw = aggdraw.Draw(ctx["img"])
    wood_bill.arrows(draw, 0.18 * s, 0.16 * s, 0.84 * s, 0.05 * s, orn)
    draw.flush()
    if _has_small(ctx):  # the qualifiers where the stars stand
        _small(ctx, 0.84)
    else:
        _stars(ctx, 0.84 * s, 0.2 * s, 0.8 * s, 0.02 * s, orn)
    box = _block(ctx, (0.13, 0.25, 0.87, 0.78), 1.2 + 0.6 * ctx["direction"].energy, first=0)
    return box


def _blocks(ctx: dict) -> tuple:
    """The title's lines each reversed out of a bar of ink across the sheet, the bars
    stacked full height in turns of the inks, thin paper between them (a strip of
    paper at the foot for the qualifiers)."""
    s, rng, inks, title = ctx["size"], ctx["rng"], ctx["inks"], ctx["title"]
    lines = wood_title.break_lines(title, 0.88) if title is not None else ["", "", ""]
    n = len(lines)
    cuts = []
    if title is not None:
        cuts = wood_title.stack_cuts(
            title, lines, 0.86 * s, 0.74 * s, 1.4 + 0.5 * ctx["direction"].energy
        )
    heights = [c.height for c in cuts] or [1.0, 1.6, 1.0]
    gap = 0.012 * s
    footer = 0.085 * s if title is not None and title.small else 0.0  # the qualifiers' strip
    pad_total = s - footer - gap * (n + 1) - sum(heights)
    bars = [h + pad_total / n for h in heights]
    paper_reads = [c for c in inks if wood_title.reads(c, ctx["paper"], True) >= wood_title.LEGIBLE]
    pool = paper_reads or [wood_title.legible(inks, ctx["paper"], True)]
    start = int(rng.integers(len(pool)))
    y = gap
    setter: wood_title.Setter = ctx["setter"]
    for k in range(n):
        ink = pool[(start + k) % len(pool)]
        bar = Image.new("L", (s, max(1, int(bars[k]))), 255)
        wood_inks.press(ctx["img"], bar, (0, int(y)), ink, ctx["opaque"])
        if cuts:
            g = cuts[k]
            at = (int((s - g.width) / 2), int(y + (bars[k] - g.height) / 2))
            wood_inks.press(ctx["img"], g, at, ctx["paper"], True)
            setter.record(g, at, lines[k])
            setter.ink = ctx["paper"]
        else:
            _stars(ctx, y + bars[k] / 2, 0.1 * s, 0.9 * s, bars[k] * 0.3, ctx["paper"], 5 + k % 2)
        y += bars[k] + gap
    if title is None:
        return (0.0, 0.0, 1.0, 1.0)
    _small(ctx, 1 - footer / s / 2)
    return setter.extent()


def _overprint(ctx: dict) -> tuple:
    """The title huge, lines flush alternately left and right, tilted, printed twice:
    a spot ink off register under the key ink (where the two read apart). The key
    reads at OVERPRINT_LEGIBLE on the paper: the spot's offset edge lies beside every
    letter, and a key at the plain floor read at 2.9:1 there (Ọjọ́ Ayọ̀, brown on green)."""
    s, rng, inks, title = ctx["size"], ctx["rng"], ctx["inks"], ctx["title"]
    key = wood_title.legible(inks, ctx["paper"], ctx["opaque"], 0, OVERPRINT_LEGIBLE)
    ghost = [c for c in inks if c != key and contrast_ratio(c, key) >= GHOST_APART]
    others = [c for c in inks if c != key]
    if not ghost and others:  # a light key on dark stock: its spot deepened to a shadow
        spot = max(others, key=lambda c: rgb_to_oklch(c)[1])
        ghost = [readable_ink(key, spot, GHOST_APART)]
    angle = rng.uniform(4, 9) * rng.choice((-1, 1))
    sheet = Image.new("L", (s, s), 0)
    setter: wood_title.Setter = ctx["setter"]
    if title is None:
        side = int(s * 0.7)
        sheet.paste(255, (int(s * 0.15), int(s * 0.15)),
                    wood_cuts.picto(_cut_kind(ctx["direction"], rng), side, side))  # fmt: skip
        lines = []
    else:
        lines = wood_title.break_lines(title, 0.86)
        tall = 0.64 if title.small else 0.72  # room at the foot for the qualifiers
        cuts = wood_title.stack_cuts(
            title, lines, 0.8 * s, tall * s, 1.6 + 0.4 * ctx["direction"].energy
        )
        gap = 0.045 * s
        y = (
            s * (0.96 if title.small else 1) - sum(c.height for c in cuts) - gap * (len(cuts) - 1)
        ) / 2
        flip = int(rng.integers(2))
        for k, g in enumerate(cuts):
            x = 0.1 * s if (k + flip) % 2 == 0 else 0.9 * s - g.width
            x = (s - g.width) / 2 if len(cuts) == 1 or not title.stretch else x
            sheet.paste(255, (int(x), int(y)), g)
            y += g.height + gap
    sheet = sheet.rotate(angle, Image.Resampling.BILINEAR)
    draw = aggdraw.Draw(ctx["img"])
    wood_cuts.rules(draw, 0.05 * s, M * s, (1 - M) * s, 0.012 * s, inks[0], True)
    wood_cuts.rules(draw, 0.95 * s, M * s, (1 - M) * s, 0.012 * s, inks[0], False)
    draw.flush()
    if ghost:
        d = rng.uniform(0.012, 0.02) * s
        off = (int(d * rng.choice((-1, 1))), int(d * 0.7))
        wood_inks.press(ctx["img"], sheet, off, ghost[0], ctx["opaque"])
    if title is None:
        wood_inks.press(ctx["img"], sheet, (0, 0), key, ctx["opaque"])
        return (0.12, 0.12, 0.88, 0.88)
    setter.press(ctx["img"], sheet, (0, 0), key, ctx["opaque"], title.text)
    setter.chars[-1] = sum(1 for c in "".join(lines) if not c.isspace())
    box = setter.extent()
    _small(ctx, min(0.895, box[3] + 0.04))
    return box


def _chase(ctx: dict) -> tuple:
    """The forme locked in its iron chase, the type inked (wood_forms.chase)."""
    return wood_forms.chase(ctx, _cut_kind(ctx["direction"], ctx["rng"]))


def _fountain(ctx: dict) -> tuple:
    """The title reversed out of a split-fountain rainbow roll (wood_forms.fountain)."""
    return wood_forms.fountain(ctx, _cut_kind(ctx["direction"], ctx["rng"]), _small)


def _proof(ctx: dict) -> tuple:
    """A press proof on the printer's board, inked as the song runs (wood_proof)."""
    return wood_proof.proof(ctx, _cut_kind(ctx["direction"], ctx["rng"]), _small)


def _tiles(ctx: dict) -> tuple:
    """The title's letters each on its own wood block, a word a row, the blocks inked
    solid in the key with the letters reversed out, one block in the accent ink where
    the song peaks; the qualifiers small at the foot (wood_tiles)."""
    inks, paper, title = ctx["inks"], ctx["paper"], ctx["title"]
    key = wood_title.legible(inks, paper, True, 0, 4.5)
    accent = next(
        (c for c in inks[1:] + inks[:1] if c != key and wood_title.reads(paper, c, True) >= 4.5),
        key,
    )
    if title is None:
        side = int(ctx["size"] * 0.2)
        cut = wood_cuts.picto(_cut_kind(ctx["direction"], ctx["rng"]), side, side)
        wood_tiles.untitled(ctx, key, accent, cut)
        return (0.1, 0.1, 0.9, 0.9)
    rows = wood_tiles.rows_of(title)
    units = [list(r) for r in rows] if rows else wood_tiles.line_units(ctx)
    bottom = 0.86 if _has_small(ctx) else 0.92
    box = wood_tiles.press(ctx, units, (M, 0.08, 1 - M, bottom), key, accent)
    _small(ctx, 0.93)
    return box


DRAW = {
    "tiles": _tiles,
    "cut": _cut,
    "bill": _bill,
    "border": _border,
    "blocks": _blocks,
    "overprint": _overprint,
    "chase": _chase,
    "fountain": _fountain,
    "proof": _proof,
}


def _setup(direction: ArtDirection, rng: np.random.Generator) -> tuple:
    """The stock (paper, inks, dark) and the composition, in the draw's rng order."""
    paper, inks, dark = wood_inks.stock(direction, rng)
    return paper, inks, dark, _choose(direction, rng)


def layout_of(direction: ArtDirection) -> str:
    """The composition the track's cover prints."""
    return _setup(direction, raster.rng_for(direction, "wood"))[3]


def _print(direction: ArtDirection, size: int, titled: bool) -> tuple:
    """The print at `size` (before the grain), its printed box, composition and setter."""
    rng = raster.rng_for(direction, "wood")
    paper, inks, dark, layout = _setup(direction, rng)
    lead = int(rng.integers(3))
    title = (
        wood_title.prepare(direction.title, direction.language.subgenre, lead) if titled else None
    )
    img = Image.new("RGB", (size, size), paper)
    ctx = {
        "size": size, "rng": rng, "inks": inks, "paper": paper, "dark": dark, "img": img,
        "direction": direction, "opaque": wood_inks.opaque(paper, dark), "title": title,
        "setter": wood_title.Setter(size, notes=title.notes if title else ()),
    }  # fmt: skip
    x0, y0, x1, y1 = DRAW[layout](ctx)
    focal = (max(0.0, x0), max(0.0, y0), min(1.0, x1), min(1.0, y1))
    image = wood_inks.wear(img, ctx["paper"], direction, rng)  # the sheet printed on
    return image, focal, layout, ctx["setter"] if title is not None else None


def _finished(image: Image.Image, direction: ArtDirection, size: int) -> Image.Image:
    image = raster.to_size(image, size)
    return raster.grain(image, raster.rng_for(direction, "wood-finish"), 0.03)


def render_with_title(direction: ArtDirection, size: int) -> tuple[Image.Image, TitleLayout]:
    """The bill with the track's title printed as its wood type, and where it went."""
    work = raster.work_size(size)
    image, _, _, setter = _print(direction, work, True)
    assert setter is not None and setter.boxes, "render_with_title needs a title"
    return _finished(image, direction, size), setter.layout(size)


def render(direction: ArtDirection, size: int) -> Artwork:
    """The bill: with the track's title when it has one (the title is the subject and
    the focal box), else the wordless print (a carved cut where the title would be)."""
    work = raster.work_size(size)
    titled = bool(direction.title.strip())
    image, focal, layout, _ = _print(direction, work, titled)
    return Artwork(_finished(image, direction, size), focal, layout)
