"""Marbled ink: paper marbling (Ebru, suminagashi) run full-bleed, made from real
marbling moves, with the song drawn into it and a small or medium title on it.

Two art directors gave the cut containers (the sheet cut to a disc, an arch read as a
slice of meat, a torn strip, each beside a generic title block) no releasable cover of
14: they are retired (RETIRED) with the band and the drop. Every cover is now the
whole marbled sheet, in one of five pictures (COMPOSITIONS, marbled_layouts) that
differ in layout, not only in colour: an eye (one huge eddy at the song's loudest
moment, off the centre), a stroke (one bold S-stroke through a sheet the song
combed), a macro (one drop's rings filling the frame like a planet's rim), a field
(suminagashi ring sets drifting over wide water, one big set at the loud moment) and
the battal stone (veined cells). Calm music leans to the macro and the field, loud and
turbulent music to the eye and the stroke; some genres take only some (FITS), some
lean to one (LEANS). The eye and the stroke are combed as nonpareil, chevron or (the
stroke) bouquet; a layout is named "eye-chevron", "stroke-bouquet", "macro" and so on.

The song shapes the sheet: the comb pulls hardest where the energy curve peaks, the
eddy and the stroke sit at its loudest moment, the bold rings are its loud moments.
The style sets the title itself (render_with_title), never big: medium, small for a
long title (its letters still stand 4.5 px at 64 px), a big edge title moved to a top
or bottom corner; the marbling runs on behind it, its contrast eased smoothly there
(marbled_calm: a pool of clear water shaped round the title read as a plate). Inks
(marbled_inks): a field ink, a second and a small accent; dark
genres in two inks, high contrast.
"""

from __future__ import annotations

import dataclasses

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import compose, raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import RGB, ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.runs import is_rtl
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts import marble_field as mf
from sleeve.engine.styles.cover_parts import marbled_calm as calm
from sleeve.engine.styles.cover_parts import marbled_inks as inks_of
from sleeve.engine.styles.cover_parts import marbled_layouts as lay
from sleeve.engine.styles.cover_parts import marbled_patterns as pat
from sleeve.engine.styles.cover_parts import marbled_sheet as sheet
from sleeve.engine.styles.cover_parts import marbling as mb
from sleeve.engine.title_layout import TitleLayout
from sleeve.engine.title_parse import parse_title
from sleeve.engine.typography import margin_for, set_title

STYLE = StyleInfo(
    name="marbled_ink",
    family="image",
    fits=("psychedelic", "rock", "electronic", "jazz", "world", "synthwave"),  # hyperpop lists it
    draws_title=True,  # the title small or medium on the eased marbling, never a big block
)

COMPOSITIONS = ("eye", "stroke", "macro", "field", "stone")
COMBS = {"eye": ("nonpareil", "chevron"), "stroke": ("nonpareil", "chevron", "bouquet")}
LAYOUTS = ("macro", "field", "stone", *(f"{c}-{p}" for c, combs in COMBS.items() for p in combs))
# the band (a ribbon of wavy stripes) and the drop (a small ringed target on bare water)
# drew templates; the disc, arch and strip (the sheet cut and laid on plain paper beside
# a generic title block) drew 11 of 14 covers an art director would not release
RETIRED = ("band", "drop", "disc", "arch", "strip")
LEANS = {"psychedelic": "eye", "hyperpop": "eye", "children": "macro", "funk": "stroke"}
LEANS |= {"disco": "eye", "folk": "stroke", "chamber": "field", "ambient": "field"}
LEANS |= {"classical": "macro", "world": "stroke", "latin": "stroke"}
# genres that take only some pictures: metal and drill black stone or a bold stroke,
# trap smoke stirred or veined, a jingle bold flat shapes, funk and disco bold combs
FITS = {"metal": ("stone", "stroke"), "drill": ("stone", "stroke"), "trap": ("eye", "stone")}
FITS |= {"jingle": ("stone", "eye"), "funk": ("eye", "stroke"), "disco": ("eye", "stroke")}
LONG_TITLE = 16  # a main title longer than this (characters) is set small
LONG_WORD = 14  # a word longer than this runs from edge to edge
DRAW_SCALE = 0.75  # the stone is drawn at this share of the work size, then scaled up
RING_GAP = 0.25  # the least lightness step between ring ink and water (OKLCH)
FIELD_SCALE = 0.44  # the per-pixel patterns are shaded at this share (bold, smooth: no loss)
RING_SCALE = 0.36  # the ring field (several sets, smooth round rings) a little smaller


def titled(direction: ArtDirection) -> ArtDirection:
    """The direction as this style sets its title: never big (medium; small for a long
    title, or where the language sets titles small); a title in a script without case
    keeps its language's size (its letters stand lower); a big edge or centred title,
    or a long one in a corner (squeezed under 4.5 px at 64 px), moved to the top or
    bottom left (the seed picks); a word too long for the width
    ("Supercalifragilisticexpialidocious") set small from edge to edge, where it
    stands tallest."""
    main = parse_title(direction.title).main
    long = len(main) > LONG_TITLE
    scale, layout = direction.language.title_scale, direction.layout
    if any(c.isalpha() and c.lower() != c.upper() for c in main):  # a cased script
        if max((len(w) for w in main.split()), default=0) > LONG_WORD:
            scale, layout = "small", "edge"
        elif scale not in ("tiny", "small"):
            scale = "small" if long else "medium"
    big_edge = layout == "edge" and scale != "small"
    if big_edge or layout in ("centred", "title-image") or (layout == "corner" and long):
        rng = raster.rng_for(direction, "marbled-title")
        layout = "top-left" if rng.random() < 0.5 else "bottom-left"
    language = dataclasses.replace(direction.language, title_scale=scale)
    return dataclasses.replace(direction, language=language, layout=layout)


def _fits(direction: ArtDirection) -> tuple[str, ...]:
    """The pictures the genre allows (FITS), or none for every picture."""
    return FITS.get(direction.language.subgenre) or FITS.get(direction.genre) or ()


def pick_composition(direction: ArtDirection, rng: np.random.Generator) -> str:
    """The picture: the macro and the field likelier for calm music, the eye for
    turbulent music, the stroke for energetic music, the stone for dense music; the
    genre's lean likelier still and its FITS only; the seed draws one."""
    e, t = direction.energy, direction.turbulence
    weights = np.array(
        [0.4 + 0.6 * t + 0.3 * e, 0.3 + 0.6 * e, 0.35 + 0.7 * (1 - e), 0.25 + 0.6 * (1 - e)]
        + [0.2 + 0.3 * direction.density]
    )
    lean = LEANS.get(direction.language.subgenre) or LEANS.get(direction.genre)
    if lean:
        weights[COMPOSITIONS.index(lean)] += 1.0
    fits = _fits(direction)
    if fits:
        weights *= np.array([name in fits for name in COMPOSITIONS], float)
    return COMPOSITIONS[int(rng.choice(len(COMPOSITIONS), p=weights / weights.sum()))]


def composition_of(layout: str) -> str:
    """The picture a layout draws (the part before its comb)."""
    return layout.partition("-")[0]


def pattern_of(layout: str) -> str:
    """The comb a layout's sheet is combed with ("" for the macro, field and stone)."""
    return layout.partition("-")[2]


def _layout(direction: ArtDirection) -> str:
    """The layout, from its own rng (no marbling): the picture and, for the eye and the
    stroke, its comb (nonpareil likelier for fast music; the bouquet for folk)."""
    rng = raster.rng_for(direction, "marbled-layout")
    shape = pick_composition(direction, rng)
    combs = COMBS.get(shape)
    if not combs:
        return shape
    if shape == "stroke" and direction.language.subgenre in ("folk", "chamber"):
        return "stroke-bouquet"
    weights = np.array([0.5 + pat.fineness(direction), 0.5 + direction.energy, 0.4][: len(combs)])
    return f"{shape}-{combs[int(rng.choice(len(combs), p=weights / weights.sum()))]}"


def layout_of(direction: ArtDirection) -> str:
    """The name of the composition render draws for `direction`, without drawing."""
    return _layout(titled(direction))


def _stone(
    direction: ArtDirection,
    rng: np.random.Generator,
    colours: tuple[RGB, list[RGB]],
    size: int,
) -> Image.Image:
    """Battal stone as exact outlines, veined by a wavy stick, filled on the ground."""
    ground, inks = colours
    tray = mb.Tray()
    pat.stone(tray, rng, len(inks), direction.density, rng.uniform(0.9, 1.5))
    mb.breeze(tray, rng, 0.02 + 0.05 * direction.turbulence)
    amp = 0.02 + 0.05 * direction.turbulence
    mb.wave(tray, rng.uniform(0, np.pi), amp, rng.uniform(0.3, 0.6), rng.uniform(0, 6.3))
    mb.breeze(tray, rng, 0.05)
    img = Image.new("RGB", (size, size), ground)
    draw = aggdraw.Draw(img)
    brushes = [aggdraw.Brush(c) for c in inks]
    clear = aggdraw.Brush(ground)
    for ink, pts in tray.outlines():
        if len(pts) >= 3:
            brush = clear if ink == pat.CLEAR else brushes[ink]
            draw.polygon((pts * size).ravel().tolist(), brush)
    draw.flush()
    return img


def _moves(
    f: mf.Field, direction: ArtDirection, rng: np.random.Generator, n: int, side: str, layout: str
) -> tuple[lay.Layers, compose.Box]:
    """The picture's moves undone on `f`, its layers and its focus."""
    shape, comb = composition_of(layout), pattern_of(layout)
    if shape == "eye":
        return lay.eye(f, direction, rng, n, side, comb)
    if shape == "stroke":
        return lay.stroke(f, direction, rng, n, side, comb)
    if shape == "macro":
        return lay.macro(f, direction, rng, n, side)
    return lay.field(f, direction, rng, n, side)


def _shade(f: mf.Field, layers: lay.Layers, ground: RGB, inks: list[RGB]) -> Image.Image:
    """The layers shaded anti-aliased, each later ring set laid over the earlier (shaded
    only in the box it covers: small sets over the whole grid had doubled the time)."""
    colours = np.array([*inks, ground], np.float32)
    out = mf.shade(layers[0][0], layers[0][1], colours, f.px)
    for u2, bands2 in layers[1:]:  # each later drop laid over the earlier ones
        alpha = np.clip((float(bands2.bounds[-1]) - u2) / f.px + 0.5, 0, 1)
        rows, cols = np.flatnonzero(alpha.any(1)), np.flatnonzero(alpha.any(0))
        if not rows.size:
            continue
        # padded: the gradient needs three pixels each way (the grid has at least 16)
        box = np.s_[max(rows[0] - 2, 0) : rows[-1] + 3, max(cols[0] - 2, 0) : cols[-1] + 3]
        top = mf.shade(u2[box], bands2, colours, f.px)
        part, cover = out[box], alpha[box]
        part[cover >= 1] = top[cover >= 1]
        edge = (cover > 0) & (cover < 1)
        mix = part[edge] + (top[edge] - part[edge].astype(np.float32)) * cover[edge][:, None]
        part[edge] = (mix + 0.5).astype(np.uint8)
    return Image.fromarray(out, "RGB")


def _rings_stand_off(colours: tuple[RGB, list[RGB]]) -> tuple[RGB, list[RGB]]:
    """The inks with the one that stands off the ground most as the rings' field ink
    (a dark field ink on a dark ground drew rings no one could see)."""
    ground, inks = colours
    g_lit = rgb_to_oklch(ground)[0]
    if abs(rgb_to_oklch(inks[0])[0] - g_lit) >= RING_GAP:
        return colours
    best = max(range(len(inks)), key=lambda k: abs(rgb_to_oklch(inks[k])[0] - g_lit))
    return ground, [inks[best], *(c for k, c in enumerate(inks) if k != best)]


def _art(direction: ArtDirection, size: int) -> Artwork:
    """The marbled sheet for a direction already titled (see titled)."""
    rng = raster.rng_for(direction, "marbled")
    colours = inks_of.palette(direction, rng)
    side = sheet.title_side(direction)
    layout = _layout(direction)
    work = raster.work_size(size)
    focus = sheet.focal(side)
    if layout == "stone":
        img = _stone(direction, rng, colours, max(16, round(work * DRAW_SCALE)))
    else:
        if layout in ("macro", "field"):
            colours = _rings_stand_off(colours)
        scale = RING_SCALE if layout == "field" else FIELD_SCALE
        f = mf.Field.grid(max(16, round(work * scale)))
        layers, focus = _moves(f, direction, rng, len(colours[1]), side, layout)
        img = _shade(f, layers, *colours)
    block, margin = sheet.title_block(direction), margin_for(direction.layout)
    box = calm.title_box(side, block, margin, is_rtl(direction.title))
    img = calm.calm(img, box, colours[0])
    image = finish(raster.to_size(img, size), direction, "marbled", 0.025)
    return Artwork(image, compose.clip_box(focus), layout)


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the marbled cover (RGB, size x size), without its title."""
    return _art(titled(direction), size)


def render_with_title(direction: ArtDirection, size: int) -> tuple[Image.Image, TitleLayout]:
    """The marbled cover with its title set small or medium on the eased marbling, and
    where the title went."""
    seeded = titled(direction)
    art = _art(seeded, size)
    return set_title(art.image, seeded, art.focal)
