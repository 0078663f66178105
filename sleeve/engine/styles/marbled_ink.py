"""Marbled ink: ink dropped and combed on the bath and lifted onto plain paper, one
bold marbled picture chosen by the genre, the song and the seed, calm paper for the title.

The pictures: the strata (the song's energy curve as ranges of combed stripes,
marbled_strata), the drop (one huge drop of many thin rings pulled by a stylus into
ebru's feather, chevrons or nonpareil, marbled_drops), the ripples (the song's loud
moments as big drops of thin rings pushing each other, marbled_ripples), the torn
sheet (a combed sheet of curls, arches or peacock torn off by the title, at times
torn at the far edge too, marbled_torn); the vortex (two
inks in stripes as wide as the song is loud, stirred into one whirl, marbled_vortex)
only for a genre that wants swirls (SWIRLS), the full-bleed peacock only for a genre
that leans to it (WALLPAPER); the heart or cherry blossoms where the title names one,
the moon (a disc lit on a dark field, or rising from a combed sea) where it names the
night (and seldom for a title that names nothing, likelier for a quiet song), the
horizon (sea and sky, marbled_horizon) where it names the sea. The title small or
medium, on the paper, at 4.5:1.

Two art directors read the full-bleed sheets (gel-git, shawl, curl, the macro rings)
as wallpaper behind a title (3/10): they are retired (RETIRED). The song moves the
layout: where the drops gather (its loudest moment), how many (its other loud
moments), where the sheet is torn and into how many pieces (its sections), how many
strata (its sections), the moon's size and phase (its energy), the stroke's direction
(its key), the rings (its tempo); the seed the rest. Every picture
reports its focus to the typography and keeps out of the title's block
(marbled_sheet.art_box); a mid-tone paper is moved until black or white reads on it.
The moves are worked out on a coarse grid and the inks shaded at the cover's size
(crisp edges), then pressed into paper fibre (marbled_paper). Never offered to a
children's song or a lullaby.

Inks (marbled_inks): the genre's own set where it has one (reggaeton's hot pink and
teal, drum and bass's sodium glow), else the palette's; two or three, no two close in
lightness unless apart by hue, one strong contrast; on plain paper the one that stands
off the paper most leads. Only the full-bleed sheet runs behind the title, eased toward
a quiet ink there (marbled_calm), calmed harder (CALMER) where the title still reads
under 4.5:1.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import numpy as np
from PIL import Image

from sleeve.engine import compose, raster
from sleeve.engine.color import contrast_ratio, rgb_to_oklch
from sleeve.engine.direction import RGB, ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.measures import title_contrast
from sleeve.engine.runs import is_rtl
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts import marble_field as mf
from sleeve.engine.styles.cover_parts import marbled_calm as calm
from sleeve.engine.styles.cover_parts import marbled_drops as drops
from sleeve.engine.styles.cover_parts import marbled_figures as figures
from sleeve.engine.styles.cover_parts import marbled_horizon as horizon
from sleeve.engine.styles.cover_parts import marbled_inks as inks_of
from sleeve.engine.styles.cover_parts import marbled_layouts as lay
from sleeve.engine.styles.cover_parts import marbled_moon as moon
from sleeve.engine.styles.cover_parts import marbled_paper as paper
from sleeve.engine.styles.cover_parts import marbled_patterns as pat
from sleeve.engine.styles.cover_parts import marbled_ripples as ripples
from sleeve.engine.styles.cover_parts import marbled_sakura as sakura
from sleeve.engine.styles.cover_parts import marbled_sheet as sheet
from sleeve.engine.styles.cover_parts import marbled_strata as strata
from sleeve.engine.styles.cover_parts import marbled_torn as torn
from sleeve.engine.styles.cover_parts import marbled_vortex as vortex
from sleeve.engine.styles.cover_parts import title_words
from sleeve.engine.title_layout import TitleLayout
from sleeve.engine.title_parse import parse_title
from sleeve.engine.typography import margin_for, set_title

STYLE = StyleInfo(
    name="marbled_ink",
    family="image",
    fits=("psychedelic", "rock", "electronic", "jazz", "world", "synthwave"),  # hyperpop lists it
    draws_title=True,  # the title small or medium on the eased marbling, never a big block
    # the hatip heart, the cherry blossoms, the moon, the horizon, the ranges, one drop
    subjects=("cherry", "heart", "night", "sea", "mountain", "rain"),
    # no children's song or lullaby: its bloom on The Little Yellow Duck read as "a
    # menacing splat", "a spiky black-and-red star blob" to two final reviewers
    never=("children", "lullaby"),
)

SHEETS = ("peacock",)  # the one full-bleed sheet: only where a genre leans to it
# pictures drawn whole at the shading size (marbled_cut): the whirl, the sheet torn
# off the title, the sea and sky
DRAWN = {"vortex": vortex, "torn": torn, "horizon": horizon}
# ink on plain paper, the title on the paper; the moon on a dark field
PAPER = ("strata", "drop", "ripples", *DRAWN, "moon", "moonrise")
COMPOSITIONS = (*PAPER, *SHEETS, "heart", "sakura")
FIGURES = ("heart", "sakura")  # pictures in the marbling on veined paper
NIGHT = ("moon", "moonrise")  # the moons on a dark field (in the sky, rising from the sea)
NAMED = (*FIGURES, "horizon")  # drawn only for a title that names what they show
SKY = ("horizon", "moonrise")  # the pictures that need the sky above them: a title at the top
LAYOUTS = COMPOSITIONS
# the band (a ribbon of wavy stripes) and the drop (a small ringed target on bare water)
# drew templates; the disc, arch and strip (the sheet cut and laid on plain paper beside
# a generic title block) drew 11 of 14 covers an art director would not release; the
# field's ring sets read as fried eggs or a contour blob (Golden Hour, Supercali...) and
# the stone's cells as lava-lamp blobs (Thunderstruck Highway, Candyfloss); the eye (one
# eddy stirred into stripes) and the stroke (an S through a nonpareil, chevron or
# bouquet) read as generic, muddy digital swirls and a murky chevron moire; the
# full-bleed gel-git, shawl, curl and macro rings read as wallpaper behind a title (two
# art directors, 3/10): the focal pictures on plain paper replace them
RETIRED = ("band", "disc", "arch", "strip", "field", "stone", "eye", "stroke")
RETIRED += ("gelgit", "shawl", "curl", "macro")
# the endpaper (a bound book with a label plate) and the window (a combed sheet through
# a disc or a torn band) read as wallpaper and swatches, the ribbon as a bookmark (two
# reviewers, 3-4/10)
RETIRED += ("endpaper", "window", "ribbon")
# the suminagashi (a small set of rings pulled by one S) read as a heart-shaped drop on
# unnamed songs (a Chinese moonlight song, a cumbia: "a small drop lost in an empty
# field"), the tulip as clip art (two reviewers, 4/10): the strata and the huge drop
# fill the frame instead
RETIRED += ("suminagashi", "tulip")
# the letter (the title's initial cut from the paper) read as "a big-S gimmick", one of
# six giant initials across the sheet, twice on one bench; the wave as a Hokusai
# pastiche; the bloom as a clip-art star (two reviewers, 3-4/10, 2026-12-02): the
# vortex, the nonpareil band, the battal stones, the torn sheet and the horizon instead
RETIRED += ("letter", "wave", "bloom")
# the battal's stones read as blobs and lava-lamp cells, muddy on the dark genres; the
# nonpareil band as a fabric swatch or a snake across the frame (two reviewers, 4/10,
# round 9): the ripples (the song's loud moments as drops) instead
RETIRED += ("battal", "nonpareil")
# a title that names a cherry or a heart gets the figure that draws it (title_words),
# the night or the moon the moon, the sea the horizon, a mountain the ranges, the rain
# (Lágrimas en la lluvia: "no rain or tears" under its letter) one huge drop
SUBJECT_LAYOUTS = {"cherry": ("sakura",), "heart": ("heart",)}
SUBJECT_LAYOUTS |= {"night": ("moon", "moonrise"), "sea": ("horizon",)}
SUBJECT_LAYOUTS |= {"mountain": ("strata",), "rain": ("drop",)}
SUBJECT_SHARE = 0.8  # of a title that names a figure, the covers that draw it
# the pictures' weights before the song and the genre move them
# the drop whole on plain paper read as one centred rosette on 26 of 72 tracks of a
# style sheet (round 17): it leans to fewer genres and weighs less, the torn more
WEIGHTS = {"strata": 0.35, "drop": 0.14, "ripples": 0.3, "vortex": 0.4, "torn": 0.3}
# the moons drawn for a title that names nothing too, seldom (a music-only title had
# reached four pictures over 32 turns, round 16), likelier for a quiet song
WEIGHTS |= {"moon": 0.12, "moonrise": 0.08}
WALLPAPER = ("psychedelic", "hyperpop")  # the genres that may take the full-bleed sheet
# the genres that may take the whirl (elsewhere it read as "a swirl screensaver", two
# reviewers, round 9): swirls are the psychedelic poster's and the seventies' own
SWIRLS = (*WALLPAPER, "funk", "disco")
# the pictures a genre leans to (each likelier), so that a genre that takes marbled ink
# as its second cover on many tracks has several fresh ones
# the torn sheet leans only to the collage genres (its peacock read as tiger stripes or
# arrows on two-ink palettes: two reviewers, round 9, called it muddy)
LEANS = {"psychedelic": ("peacock", "vortex", "torn"), "hyperpop": ("peacock", "vortex")}
LEANS |= {"funk": ("vortex", "ripples"), "disco": ("vortex", "ripples")}
LEANS |= {"folk": ("strata", "torn"), "country": ("strata", "torn")}
LEANS |= {"chamber": ("strata", "ripples"), "ambient": ("strata", "ripples")}
LEANS |= {"classical": ("strata", "ripples"), "world": ("ripples", "strata")}
LEANS |= {"latin": ("ripples", "torn"), "tropical": ("ripples", "torn")}
LEANS |= {"arabic": ("ripples", "strata"), "bollywood": ("ripples", "strata")}
LEANS |= {"rock": ("drop", "ripples"), "punk": ("torn", "drop")}
LEANS |= {"jazz": ("drop", "ripples"), "techno": ("ripples", "strata")}
LEANS |= {"electronic": ("ripples", "strata"), "rnb": ("strata", "torn")}
LEANS |= {"pop": ("ripples", "torn", "strata"), "kpop": ("ripples", "strata")}
LEANS |= {"afrobeats": ("ripples", "torn"), "bossa": ("drop", "strata")}
# genres that take only some pictures: metal a stark drop, range or stone sheet (its
# whirl read as an op-art hypnosis spiral), drill and trap a drop or the rings on black,
# a jingle one bold mark
FITS = {"metal": ("drop", "strata", "ripples", *NIGHT)}
FITS |= {"drill": ("drop", "strata", "ripples", *NIGHT)}
FITS |= {"trap": ("drop", "strata", "ripples", *NIGHT), "jingle": ("drop", "ripples", "heart")}
# dream pop and shoegaze: nothing crisp (a Hokusai wave read as "not hazy", Glass City)
HAZY = ("drop", "strata", "torn", *NIGHT, *FIGURES)
FITS |= {"dream_pop": HAZY, "shoegaze": HAZY}
PAPER_GAP = 0.2  # the least lightness step between an ink and plain paper (OKLCH)
PAPER_CONTRAST = 5.5  # black or white stands at least this far off plain paper
LONG_TITLE = 16  # a main title longer than this (characters) is set small
LONG_WORD = 14  # a word longer than this runs from edge to edge
MOVES_SCALE = 0.35  # the moves are worked out on a grid this share of the side (smooth)
SHADE_SCALE = 0.42  # the inks are shaded crisp at this share of the side, at least
SHADE_LEAST = 256  # this many pixels (the cover's own side where smaller)
LEGIBLE = 4.5  # the title's least contrast against what is behind it (title_contrast)
INK_LEAST = 7.0  # the palette's ink is deepened until it stands this far off the paper
PLAIN_OVER = 6.0  # an ink under this off the ground gives way to a plainer one (1.25x)
CALMER = ((0.85, 0.45), (1.0, 0.7))  # the calm's ease and ground pull, tried in turn
MOON_LEAST = 0.2  # the least moon (radius) a night title is drawn as
QUIET_PULL = 0.55  # the calm's tone pulled at least this far to the quiet ink


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


def named_figure(direction: ArtDirection) -> tuple[str, ...]:
    """The pictures that draw what the title names (SUBJECT_LAYOUTS), if any."""
    named = title_words.motifs(direction.title) & set(SUBJECT_LAYOUTS)
    return tuple(dict.fromkeys(f for s in sorted(named) for f in SUBJECT_LAYOUTS[s]))


def pick_composition(direction: ArtDirection, rng: np.random.Generator) -> str:
    """The picture: the strata likelier for calm music, the drop and the vortex for
    loud or turbulent music, the ripples for fast or restless music, the torn sheet
    between.

    The full-bleed sheet only for the genres that lean to it (WALLPAPER), the vortex
    only for a genre that wants swirls (SWIRLS); the figures and the horizon only for
    a title that names what they draw, the moons most often for one that names the
    night (SUBJECT_SHARE) and seldom for any other (a quiet song likelier); the genre's
    leans likelier still and its FITS only; the seed draws."""
    e, t, pace = direction.energy, direction.turbulence, pat.fineness(direction)
    moved = {"strata": 0.3 * (1 - e), "drop": 0.2 * e + 0.2 * t}
    moved |= {"vortex": 0.45 * e + 0.3 * t - 0.15, "ripples": 0.3 * pace + 0.15 * t}
    moved |= {"moon": 0.12 * (1 - e), "moonrise": 0.08 * (1 - e)}
    weights = np.array([max(WEIGHTS.get(n, 0.0) + moved.get(n, 0.0), 0.0) for n in COMPOSITIONS])
    wallpaper = {direction.genre, direction.language.subgenre} & set(WALLPAPER)
    leans = LEANS.get(direction.language.subgenre) or LEANS.get(direction.genre) or ()
    for lean in leans:
        if lean not in SHEETS or wallpaper:
            weights[COMPOSITIONS.index(lean)] += 0.5
    if not wallpaper and not {direction.genre, direction.language.subgenre} & set(SWIRLS):
        weights[COMPOSITIONS.index("vortex")] = 0.0
    fits = _fits(direction)
    if fits:
        weights *= np.array([name in fits for name in COMPOSITIONS], float)
    if not sheet.title_side(direction).startswith("top"):  # the sky above them
        weights *= np.array([name not in SKY for name in COMPOSITIONS], float)
        fits = tuple(n for n in fits or COMPOSITIONS if n not in SKY)
    side = sheet.title_side(direction)
    # no band by a column down the right; ranges hung over a bottom title read as drapes
    # (Sunny Days, Back Porch, Pink Haze: five of them on one bench, round 9)
    if side == "right" or side.startswith("bottom"):
        weights[COMPOSITIONS.index("strata")] = 0.0
    # a deep title block leaves the drop no room to fill the frame (a small drop lost
    # in a corner): it gives way to the others
    weights[COMPOSITIONS.index("drop")] *= float(
        np.clip((drops.room(direction, side) - 0.4) / 0.25, 0.1, 1)
    )
    if moon.room(direction, side) < MOON_LEAST:  # a moon too small to read: a pebble
        weights *= np.array([name not in NIGHT for name in COMPOSITIONS], float)
        fits = tuple(n for n in fits or COMPOSITIONS if n not in NIGHT)
    named = [n for n in named_figure(direction) if not fits or n in fits]
    if not side.startswith("top"):  # a mountain's ranges hung from the top read as drapes
        named = [n for n in named if n != "strata"]
    if named:
        picked = np.array([name in named for name in COMPOSITIONS], float)
        rest = weights * (1 - picked)
        named_w = picked / picked.sum() * max(rest.sum(), 1e-6) * SUBJECT_SHARE
        weights = rest + named_w / (1 - SUBJECT_SHARE)
    else:  # what a title does not name is never drawn (the moons aside)
        weights *= np.array([name not in NAMED for name in COMPOSITIONS], float)
    return COMPOSITIONS[int(rng.choice(len(COMPOSITIONS), p=weights / weights.sum()))]


def composition_of(layout: str) -> str:
    """The picture a layout draws (the part before its comb)."""
    return layout.partition("-")[0]


def _layout(direction: ArtDirection) -> str:
    """The layout, from its own rng (no marbling): the picture."""
    return pick_composition(direction, raster.rng_for(direction, "marbled-layout"))


def layout_of(direction: ArtDirection) -> str:
    """The name of the composition render draws for `direction`, without drawing."""
    return _layout(titled(direction))


def _moves(
    f: mf.Field, direction: ArtDirection, rng: np.random.Generator, n: int, side: str, layout: str
) -> tuple[lay.Layers, compose.Box]:
    """The picture's moves undone on `f`, its layers and its focus."""
    shape = composition_of(layout)
    if shape in SHEETS:
        return lay.combed_sheet(f, direction, rng, n, side, shape)
    if shape == "sakura":
        return sakura.sakura(f, direction, rng, n, side)
    if shape in FIGURES:
        return getattr(figures, shape)(f, direction, rng, n, side)
    if shape == "strata":
        return strata.strata(f, direction, rng, n, side)
    if shape == "ripples":
        return ripples.ripples(direction, rng, n, side)
    return drops.drop(f, direction, rng, n, side)


def _shade(layers: lay.Layers, size: int, ground: RGB, inks: list[RGB]) -> Image.Image:
    """The layers shaded anti-aliased at `size` (the moves' coordinates read finer, so
    the ink edges stay crisp), each later layer laid over the earlier (shaded only in
    the box it covers: small sets over the whole grid had doubled the time)."""
    colours = np.array([*inks, ground], np.float32)
    px = 1.0 / size

    def at_size(u: np.ndarray | Callable[[int], np.ndarray]) -> np.ndarray:
        return u(size) if callable(u) else mf.upscale(u, size)

    out = mf.shade(at_size(layers[0][0]), layers[0][1], colours, px)
    for u, bands2 in layers[1:]:  # each later drop laid over the earlier ones
        u2 = at_size(u)
        if len(bands2.bounds) == 1:  # one ink: its cover from the coordinate's slope
            gy, gx = np.gradient(u2)
            step = np.sqrt(gx * gx + gy * gy) + np.float32(1e-9)
            cover = np.clip((float(bands2.bounds[0]) - u2) / step + 0.5, 0, 1)
            ink = colours[int(bands2.inks[0])]
            hit = cover > 0
            part = out[hit].astype(np.float32)
            out[hit] = (part + (ink - part) * cover[hit][:, None] + 0.5).astype(np.uint8)
            continue
        alpha = np.clip((float(bands2.bounds[-1]) - u2) / px + 0.5, 0, 1)
        rows, cols = np.flatnonzero(alpha.any(1)), np.flatnonzero(alpha.any(0))
        if not rows.size:
            continue
        # padded: the gradient needs three pixels each way (the grid has at least 16)
        box = np.s_[max(rows[0] - 2, 0) : rows[-1] + 3, max(cols[0] - 2, 0) : cols[-1] + 3]
        top = mf.shade(u2[box], bands2, colours, px)
        part, cover = out[box], alpha[box]
        part[cover >= 1] = top[cover >= 1]
        edge = (cover > 0) & (cover < 1)
        mix = part[edge] + (top[edge] - part[edge].astype(np.float32)) * cover[edge][:, None]
        part[edge] = (mix + 0.5).astype(np.uint8)
    return Image.fromarray(out, "RGB")


def _clear_paper(ground: RGB) -> RGB:
    """A paper the title reads on: a mid-tone paper (a hot pink, a signal red: black
    on it read under 4.5:1 once grained) moved lighter or darker, keeping its hue,
    until black or white stands PAPER_CONTRAST off it."""
    lit = rgb_to_oklch(ground)[0]
    black, white = (0, 0, 0), (255, 255, 255)
    step = 0.03 if contrast_ratio(black, ground) >= contrast_ratio(white, ground) else -0.03
    for _ in range(12):
        if max(contrast_ratio(black, ground), contrast_ratio(white, ground)) >= PAPER_CONTRAST:
            break
        lit += step
        ground = raster.tone(ground, lit, None)
    return ground


def palette_of(direction: ArtDirection, rng: np.random.Generator) -> tuple[RGB, list[RGB]]:
    """The ground and inks of the cover: on plain paper (PAPER) the paper moved where
    the title would not read on it (_clear_paper) and the inks that stand off it."""
    return _night(direction, _paper_palette(direction, rng))


def _paper_palette(direction: ArtDirection, rng: np.random.Generator) -> tuple[RGB, list[RGB]]:
    """The ground and inks the marbling is shaded with (the moon's on pale paper)."""
    colours = inks_of.palette(direction, rng)
    if composition_of(_layout(direction)) not in PAPER:
        return colours
    return paper_inks((_clear_paper(colours[0]), colours[1]))


def _night(direction: ArtDirection, colours: tuple[RGB, list[RGB]]) -> tuple[RGB, list[RGB]]:
    """The cover's ground: the moon's dark field, else the paper."""
    if composition_of(_layout(direction)) not in NIGHT:
        return colours
    return moon.night(colours[0]), colours[1]


def paper_inks(colours: tuple[RGB, list[RGB]]) -> tuple[RGB, list[RGB]]:
    """The inks of a picture on plain paper, the one that stands off the paper most
    first (soot on black paper drew drops no one could see), the accent kept last (the
    small note: trap's red had become the second, a third of a frame-filling drop),
    any within PAPER_GAP of the paper's lightness left out while two others remain."""
    ground, inks = colours
    g_lit = rgb_to_oklch(ground)[0]
    gap = [abs(rgb_to_oklch(c)[0] - g_lit) for c in inks]
    order = [*sorted(range(len(inks) - 1), key=lambda k: -gap[k]), len(inks) - 1]
    kept = [inks[k] for k in order if gap[k] >= PAPER_GAP]
    order = sorted(order, key=lambda k: -gap[k])
    return ground, kept if len(kept) >= 2 else [inks[k] for k in order[:2]]


def _figure_inks(colours: tuple[RGB, list[RGB]]) -> tuple[RGB, list[RGB]]:
    """The inks of a figure: the marbling's, then the veins' tint of the paper (the
    figures' ink after the marbling's)."""
    ground, inks = colours
    lit = rgb_to_oklch(ground)[0]
    return ground, [*inks, raster.tone(ground, lit + (0.09 if lit < 0.5 else -0.1), None)]


def _art(direction: ArtDirection, size: int, calmer: tuple[float, float] = calm.DEFAULT) -> Artwork:
    """The marbled sheet for a direction already titled (see titled); `calmer`: the
    calm's ease and ground pull behind the title."""
    rng = raster.rng_for(direction, "marbled")
    colours = _paper_palette(direction, rng)
    side = sheet.title_side(direction)
    layout = _layout(direction)
    work = raster.work_size(size)
    shade_at = min(work, max(SHADE_LEAST, round(work * SHADE_SCALE)))
    shape = composition_of(layout)
    f = mf.Field.grid(max(16, round(shade_at * MOVES_SCALE)))
    if shape == "sakura":
        colours = (colours[0], sakura.blossom_inks(colours[0]))
    rising = None  # the rising moon's disc and sea level
    if shape in NIGHT:
        colours = moon.face(colours)
        rising = moon.rising_disc(direction, rng, side) if shape == "moonrise" else None
        disc = rising[0] if rising else None
        layers, focus, disc = moon.moon(f, direction, rng, len(colours[1]), side, disc)
        if rising:  # the disc's foot is under the sea
            focus = (*focus[:3], min(focus[3], rising[1]))
    elif shape in DRAWN:
        arr, focus = DRAWN[shape].draw(direction, rng, shade_at, f.x.shape[0], colours, side)
    else:
        layers, focus = _moves(f, direction, rng, len(colours[1]), side, layout)
    if shape in DRAWN:
        img = Image.fromarray(np.clip(arr + 0.5, 0, 255).astype(np.uint8), "RGB")
    else:
        img = _shade(layers, shade_at, *(_figure_inks(colours) if shape in FIGURES else colours))
    if shape in NIGHT:
        night = _night(direction, colours)[0]
        img = moon.place(img, disc, night)
    if rising:
        img = moon.sea(img, direction, rng, rising[1], (night, colours[1]))
    img = paper.fibre(img, raster.rng_for(direction, "marbled-paper"))
    if shape not in SHEETS:  # the title stands on plain paper: nothing to calm
        image = finish(raster.to_size(img, size), direction, "marbled", 0.025)
        return Artwork(image, compose.clip_box(focus), layout)
    block, margin = sheet.title_block(direction), margin_for(direction.layout)
    box = calm.title_box(side, block, margin, is_rtl(direction.title))
    # the calm eases toward the ink (or the ground) the title stands off most: a bone or
    # a soot tone behind it, not the sheet's mid-grey mean (a grey scrim)
    quiet = max((colours[0], *colours[1]), key=lambda c: contrast_ratio(c, direction.palette.ink))
    img = calm.calm(img, box, quiet, calmer[0], max(calmer[1], QUIET_PULL))
    image = finish(raster.to_size(img, size), direction, "marbled", 0.025)
    return Artwork(image, compose.clip_box(focus), layout)


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the marbled cover (RGB, size x size), without its title."""
    return _art(titled(direction), size)


def _plain_ink(direction: ArtDirection, ground: RGB) -> ArtDirection:
    """The direction with black or white as its title's ink, whichever stands off the
    sheet's ground more (a purple title on orange marbling read at 3.8:1)."""
    ink = max(((0, 0, 0), (255, 255, 255)), key=lambda c: contrast_ratio(c, ground))
    return dataclasses.replace(direction, palette=dataclasses.replace(direction.palette, ink=ink))


def _deep_ink(direction: ArtDirection, ground: RGB) -> ArtDirection:
    """The direction with its palette's ink taken darker (or lighter on a dark paper),
    keeping its hue, until it stands INK_LEAST off the paper: a mid-grey title at 4.5:1
    vanished at 64 px (Glass City, round 17)."""
    ink = direction.palette.ink
    if contrast_ratio(ink, ground) >= INK_LEAST:
        return direction
    lit = rgb_to_oklch(ink)[0]
    step = -0.03 if rgb_to_oklch(ground)[0] >= 0.5 else 0.03
    for _ in range(34):
        lit = min(max(lit + step, 0.0), 1.0)
        ink = raster.tone(ink, lit, None)
        if contrast_ratio(ink, ground) >= INK_LEAST:
            break
    return dataclasses.replace(direction, palette=dataclasses.replace(direction.palette, ink=ink))


def render_with_title(direction: ArtDirection, size: int) -> tuple[Image.Image, TitleLayout]:
    """The marbled cover with its title set small or medium on the eased marbling, and
    where the title went: in black or white where the palette's ink stands under
    LEGIBLE off the sheet's ground (a shaded scrim had washed over the art), else in
    the palette's ink taken to INK_LEAST off it (_deep_ink); where the
    title still stands under LEGIBLE against what is behind it (title_contrast at a
    256 px thumbnail, or the cover's size if smaller), on marbling calmed harder
    (CALMER), the best of the tries kept."""
    seeded = titled(direction)
    ground = palette_of(seeded, raster.rng_for(seeded, "marbled"))[0]
    plain = _plain_ink(seeded, ground)
    own, bare = (contrast_ratio(d.palette.ink, ground) for d in (seeded, plain))
    if own < LEGIBLE or (own < PLAIN_OVER and bare > 1.25 * own):
        seeded = plain
    else:  # the palette's ink, at full strength
        seeded = _deep_ink(seeded, ground)
    thumb = min(size, 256)
    art = _art(seeded, size)
    tries = [set_title(art.image, seeded, art.focal)]
    steps = [(calm.DEFAULT, plain)] if seeded is not plain else []
    if composition_of(art.layout) in SHEETS:  # only a sheet runs under the title
        steps += [(c, plain) for c in CALMER]
    for calmer, titled_as in steps:
        if title_contrast(*tries[-1], thumb) >= LEGIBLE and tries[-1][1].treatment == "none":
            break
        if calmer != calm.DEFAULT:
            art = _art(seeded, size, calmer)
        tries.append(set_title(art.image, titled_as, art.focal))
    return max(tries, key=lambda o: min(title_contrast(*o, thumb), LEGIBLE + 0.5))
