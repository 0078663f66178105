"""Typographic poster: the title is the image, in one of eleven compositions.

Each its own skeleton: a children's title as rounded alphabet blocks (the tiles), the
title turned up a colour spine beside its mark cropped huge (only where its letters
stand 6.5 px tall at 64 px; the block a palette colour of clear value that never clashes
with the ground, the title on it at 7.5:1), the stack (the words stacked in two to four
lines, each set to the frame's width and drawn tall so the block fills the frame, the
word where the song peaks in the accent), the tower (a Swiss poster: the title turned up
the frame huge beside an info column with the tempo, the key and the song's loudness as
a solid form), the meter (the title over or under the song's sixteenths as solid bars,
long as the song is loud there, thick as the beat hits), the lens (a Swiss concert
poster: the title across a big disc, its letters changing colour inside it, the disc run
off the frame's side beside the title flush left), the crop (Reid Miles' Blue Note: the
word where the song peaks cut huge off the frame in a flat colour, bigger and more cut
the louder the song, against the whole title small on the grid's margin, letter-spaced
wider the slower the song), the headline (a newspaper front page, the title as its
banner over columns and the song's loudness as its chart; punk's fanzine too), the wave
(the letters riding the loudness curve over it as a solid form), or, for metal and punk
only, the slab: heavy condensed capitals stretched to fill the frame, bone on black over
the song's loudness as a dark ridge with one line on a blood (black metal and doom: ash)
bar, or crooked black on newsprint with a fluoro tape bar. Metal also gets the sigil
(the title as a band logo between thorned rules, a small mark over or under it); punk
only the crooked slab. A quiet or calm page is a tonal field, never a flat one; a muddy
ground (olive, dull brown) goes near black, and a page whose palette is all greys takes
the genre's spot colour (Swiss red where it has none; drill and grunge stay grey). Thai,
Arabic, Devanagari and Hebrew are never set sideways (no spine, no tower, no wave): the
lens, the headline and the meter set them level. The genre (each family leaning to its
own: jazz, hip-hop and R&B the crop, classical the spine, dance the wave), energy and
title pick the composition; the song's loudness moves the wave's layout (its swell as
tall as the loudness moves, hung or risen by where it peaks), steps the crop's giant
letters, breaks and weighs the tower's lines (a dynamic song's peak line set over the
rest), places the front page's chart and, with its beat, draws the meter's bars; the
tempo sets the wave's detail and the front page's columns; the seed sets the colour
roles, crops and tilts, and turns a share of the song's sides over. Words stay
whole; the title is never sliced.

RETIRED (the tuple): in round 12 the mirror (the title on a horizon over still water,
its reflection rippled by the loudness), named the worst cover of the bench by all three
art directors ("coffee & notebooks": a text effect, not a sleeve), and the window (the
title's letters cut from a sheet of the ink, the song's hills seen through them): "rare
and weak", the title big and centred with an effect like the mirror. In round 11 shadow
type (solid letters extruded into a hard accent shadow): "a Canva text preset", the
title big and centred with an effect. In round 9 the waterfall (a type specimen: a
number or ampersand cut huge, the title in falling sizes), the wallpaper (the title
repeated small as a woven pattern) and the echo (the title repeated down the frame in
outline): reviewers read them as "a font catalogue, not a record sleeve", the wallpaper
"busy at 64 px" (23 of 74 bench covers between them). Before them the diagonal (the
title reversed out of a bar driven up across the frame with a disc and a stray hairline
beside it), which two art directors read as a template used three times in one batch
(Golden Hour, coffee & notebooks, Morning Briefing). Before it the justified block (each
line of the title set full width over a colour field holding its mark), which two art
directors, reviewing the 74-track bench, read as "an empty colour slab under the title"
and graded no R on any of its three covers. Before it, after two art directors gave the
style 0 releasable of 12: the rhythm (the words stacked heavy and light between
hairlines: "looks like a form/letterhead", "a Word document"), the pillar (rotated
blackletter beside a grey noise block: "placeholder-ish", unreadable at 64 px), and the
tiles for anything but a children's song ("piano-key stripes chop the title"). Before
them the frame (the title repeated round the four edges about a colour block with the
title huge in it: graded N on every track it drew, "a repeated-text border around a
colour block" on Blue Smoke and Postcode Winter, a ribbon template). Before it the cut
(the title sliced by a diagonal, its halves slid apart or in two inks: art directors
graded it N again and again, "Mirrorball Boogie: the cut makes 'Boogie' illegible",
"Frostgrave Hymn: HYMN sliced", "Morning Briefing: the sliced title"; never let a device
cross the title). Before it the split (the title across a cut in the ground, reversed
past it: a magazine template; grey-on-grey Frostgrave Hymn half lost four sessions
running, a flat green and grey Morning Briefing). Earlier, after a review of 148 covers:
the giant word (one word set huge and cropped by the frame, the title a faint line under
it: "rainy window, 3am" came out as "windo", a rendering error, and the most repeated
template) and the column (the title a letter to a line down a colour column beside a
grey photographic noise field: a template waiting for its photo); after the next review,
the ECM page (a small title over a photographic field in one tone: three of four art
directors read its grey field as an empty or failed render); then the crescendo (the
lead word in rows growing to an edge: a rave flyer's template to several reviewers, and
on the last sheet "Can-dyfloss" and "Lift Lift").
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
from PIL import Image, ImageChops, ImageDraw

from sleeve.engine.color import contrast_ratio, mix, oklch_to_rgb, rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.fonts import FontFace, title_face
from sleeve.engine.raster import RGB, grain, rng_for
from sleeve.engine.runs import is_rtl
from sleeve.engine.scripts import dominant_script, script_of
from sleeve.engine.signals import onsets
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts import (
    poster_crop,
    poster_heavy,
    poster_metal,
    poster_meter,
    poster_press,
    poster_shapes,
    poster_spine,
    poster_stack,
    poster_tower,
    poster_wave,
)
from sleeve.engine.styles.cover_parts import poster_grid as grid
from sleeve.engine.styles.cover_parts.poster_heavy import slab_colours
from sleeve.engine.styles.cover_parts.poster_kit import Poster, legible_on
from sleeve.engine.styles.cover_parts.poster_more import spaced as spread
from sleeve.engine.styles.cover_parts.poster_more import weighted
from sleeve.engine.title_layout import TitleLayout
from sleeve.engine.title_parse import parse_title
from sleeve.engine.typography import display_text

STYLE = StyleInfo(
    name="typographic_poster",
    family="graphic",
    fits=("pop", "hiphop", "punk", "rock", "electronic", "metal", "world"),
    draws_title=True,
    weight=0.35,  # three pictures outside metal and punk: at 0.5 (12 of 148 covers) each
    # repeated, and the reviewers asked for the slots to go to the stronger styles
)

COMPOSITIONS = (
    "spine", "tiles", "slab", "stack", "sigil", "tower", "meter", "lens", "crop",
    "headline", "wave",
)  # fmt: skip
RETIRED = (
    "mirror", "window", "shadow", "echo", "waterfall", "wallpaper", "diagonal", "justified",
    "rhythm", "pillar", "frame", "cut", "split", "crescendo", "ecm",
    "giant", "column", "minimal", "ring_title", "outline", "rows", "disc", "stepped", "band",
    "arch", "letters", "stress",
)  # fmt: skip
# Each its own picture (the stress, one word huge over a block of colour, read as a
# placeholder or an empty page to four reviewers): the spine wherever it fits (its
# letters 6.5 px at 64 px, an ECM page for a quiet song), the stack a loud track's
WEIGHTS = {  # (quiet, calm, loud, children's) for each composition, in its order
    "spine": (1.0, 0.7, 0.5, 0.0),  # drawn 3 times in one batch at 1.0 (quiet: the
    # mirror's draws, retired in round 12)
    "tiles": (0.0, 0.0, 0.0, 1.6),  # children's alphabet blocks only (else piano keys)
    "slab": (0.0, 0.0, 0.0, 0.0),  # metal and punk only (HEAVY)
    "stack": (0.2, 0.4, 0.5, 0.5),  # the words stacked huge, one in the accent (drawn
    # twice on one bench with the lens and the tower: read as the style's templates)
    "sigil": (0.0, 0.0, 0.0, 0.0),  # metal only (HEAVY): a band's logo sheet
    "tower": (0.35, 0.45, 0.4, 0.0),  # Swiss: the title turned up huge, an info column
    "meter": (0.1, 0.25, 0.3, 0.2),  # the title over the song's sixteenths as bars
    # (halved in round 20: two a sheet, 月光下的城市 and Chuva de Verão, read to three
    # reviewers as "bar charts, data visualisation, not music")
    "lens": (0.45, 0.45, 0.45, 0.4),  # Swiss: the title across a disc, changing colour in it
    # Blue Note: one word cut huge off the frame against the title small on the grid
    "crop": (0.35, 0.6, 0.55, 0.0),  # (a children's title stays whole and big)
    # the newspaper front (the title as the banner) is plain type on a plain field: "a
    # flyer template" to the reviewers of 2026-12-03; drawn less again in round 12 (9 of
    # 74 sheet covers once the mirror and the window went, a dance track's front page)
    "headline": (0.2, 0.15, 0.1, 0.0),
    "wave": (0.35, 0.4, 0.5, 0.5),  # the letters riding the song's loudness (13 of 74
    # bench covers once the mirror and the window went: the next template)
}
# each genre family's own leaning among them (a label's look: Blue Note's type
# specimens, a cumbia's woven textile, a dance track's riding wave)
GENRE_LEAN = {
    "jazz": {"crop": 2.0},  # Reid Miles' Blue Note
    "classical": {"spine": 1.4},  # an ECM page: the initial large, the title small
    "latin": {"crop": 1.3, "wave": 1.2},
    "world": {"crop": 1.3},
    "electronic": {"wave": 1.6, "headline": 0.4},  # a club night is no front page
    "dance": {"wave": 1.5, "headline": 0.4},
    "rnb": {"wave": 1.4, "crop": 1.3},
    "hiphop": {"crop": 1.4},
    "spoken": {"wave": 1.4},
    "pop": {"wave": 1.3},
    "lofi": {"crop": 1.3},
}
# Metal and punk: the justified block and the spine read as a poetry book or a tidy
# Swiss poster there ("anti-punk", "nothing doom about it"), so metal has the slab
# and the band-logo sigil, punk the crooked slab.
HEAVY = {
    "metal": {"slab": 0.5, "sigil": 0.5},
    "punk": {"slab": 0.6, "headline": 0.4},  # a pink diagonal band had read "mod, not
    # punk"; the newsprint front page is punk's xerox fanzine
}
QUIET_WEIGHTS, CALM_WEIGHTS, LOUD_WEIGHTS, KIDS_WEIGHTS = (
    tuple(WEIGHTS[name][k] for name in COMPOSITIONS) for k in range(4)
)
SPACED_SCRIPTS = ("Latn", "Grek", "Cyrl")
UPRIGHT = ("Thai", "Arab", "Deva", "Hebr")  # scripts never set sideways
LEVEL = ("lens", "headline")  # set level in any script
# the module that draws each composition (a function of its name)
DRAWN_BY = {
    "spine": poster_spine,
    "tiles": grid,
    "slab": poster_heavy,
    "stack": poster_stack,
    "sigil": poster_metal,
    "tower": poster_tower,
    "meter": poster_meter,
    "lens": poster_shapes,
    "crop": poster_crop,
    "headline": poster_press,
    "wave": poster_wave,
}
METAL = ("sigil",)  # metal's own colours


def _quiet(direction: ArtDirection) -> bool:
    return direction.genre in ("ambient", "classical")


def composition(direction: ArtDirection, rng: np.random.Generator) -> str:
    """The composition from the genre and energy (weights) and the seed."""
    e = float(np.clip(direction.energy, 0.0, 1.0))
    if direction.genre in HEAVY:
        weights = np.array([HEAVY[direction.genre].get(name, 0.0) for name in COMPOSITIONS])
    elif _quiet(direction):
        weights = np.array(QUIET_WEIGHTS)
    elif direction.genre == "children":
        weights = np.array(KIDS_WEIGHTS)
    else:
        weights = (1 - e) * np.array(CALM_WEIGHTS) + e * np.array(LOUD_WEIGHTS)
    for name, lean in GENRE_LEAN.get(direction.genre, {}).items():
        weights[COMPOSITIONS.index(name)] *= lean
    title = parse_title(direction.title).main
    most = grid.KIDS_TILES if direction.genre == "children" else 12  # children: blocks
    joined = any(script_of(c) in ("Arab", "Hebr") for c in title)  # "حبيبي" cut to letters
    if joined or not grid.tiles_fits(title, most, direction.genre == "children"):
        weights[COMPOSITIONS.index("tiles")] = 0.0
    role, weight, _ = _voice(direction)
    plain, shown = _shown(direction)
    face = title_face(shown, role, weight)
    heavy = weighted(face, 420.0 if _quiet(direction) else 720.0 + 180.0 * direction.energy)
    unfit = _unfit(plain, shown, face, heavy)
    for name in unfit - {"spine"}:
        weights[COMPOSITIONS.index(name)] = 0.0
    if direction.genre == "metal" and not poster_metal.sigil_fits(plain, face):
        weights[COMPOSITIONS.index("slab")] += weights[COMPOSITIONS.index("sigil")]
        weights[COMPOSITIONS.index("sigil")] = 0.0  # too long to stand 5 px at 64 px
    upright = any(script_of(c) in UPRIGHT for c in plain)
    if "spine" in unfit or is_rtl(plain) or upright:
        # its letters under LETTER, or a script a reader never turns sideways (Arabic,
        # Hebrew, Thai, Devanagari: a reviewer could not read Thai up the spine): the others
        spine = COMPOSITIONS.index("spine")
        heirs = [k for k, weight in enumerate(weights) if weight and k != spine]
        for heir in heirs:
            weights[heir] += weights[spine] / len(heirs)
        weights[spine] = 0.0
    if not weights.any():  # a title too long for every sheet (one long word, a long
        # title in a script set as it is): the spine sets it, smaller than it likes, or
        # the front page's headline where the script stays level
        weights[COMPOSITIONS.index("headline" if upright else "spine")] = 1.0
    return str(rng.choice(COMPOSITIONS, p=weights / weights.sum()))


@lru_cache(maxsize=256)
def _unfit(plain: str, shown: str, face: FontFace, heavy: FontFace) -> frozenset[str]:
    """The compositions the title does not fit (measured once per title and faces: a
    track's sixteen turns, which the pair check walks, share them)."""
    upright = any(script_of(c) in UPRIGHT for c in plain)
    unfit = {
        "stack": not poster_stack.stack_fits(plain, heavy),
        "tower": upright or not poster_tower.tower_fits(plain, heavy),
        "meter": not poster_meter.meter_fits(plain, heavy),
        "spine": not _spine_fits(plain, shown, face),
        "wave": not poster_wave.wave_fits(plain, heavy),
        "crop": not poster_crop.crop_fits(plain, heavy),
    }
    if not poster_shapes.level_fits(plain, heavy):  # set level in any script, LETTER tall
        unfit.update(dict.fromkeys(LEVEL, True))
    return frozenset(name for name, out in unfit.items() if out)


def _kind(direction: ArtDirection) -> str:
    """The track's composition (its own seeded draw, apart from the poster's rng)."""
    return composition(direction, rng_for(direction, "typographic_poster-composition"))


def layout_of(direction: ArtDirection) -> str:
    """The name of the composition render_with_title draws for the track, without
    rendering it (Artwork.layout)."""
    return _kind(direction).replace("_", "-")


def _voice(direction: ArtDirection) -> tuple[str, float, bool]:
    """The face role, the weight and whether to space the letters: rounded for
    children, light and spaced for ambient and classical, the language's own else."""
    if direction.genre == "children":
        return "rounded", 600.0, False
    if direction.genre in HEAVY:  # heavy condensed caps or metal's blackletter, never a
        # book serif (three metal slabs in one face read as one template)
        gothic = direction.genre == "metal" and direction.font_role == "blackletter"
        return ("blackletter" if gothic else "condensed"), 900.0, False
    if _quiet(direction):
        role = "serif" if direction.genre == "classical" else "geometric"
        return role, 400.0, True
    return direction.font_role, 400.0 + 500.0 * direction.energy, False


def _spine_fits(plain: str, shown: str, face) -> bool:
    """Whether the spine takes the title: as shown, or unspaced where its letter-spacing
    is what keeps it from standing LETTER tall (the spine then sets it unspaced)."""
    fits = poster_spine.spine_fits
    return fits(plain, shown, face) or fits(plain, plain, face)


def _shown(direction: ArtDirection) -> tuple[str, str]:
    """The title as set and as drawn: letter-spaced on a quiet track (Latin, Greek and
    Cyrillic titles of at most 24 characters), else as set. The spine measures the
    drawn one (it had measured a spaced long title the poster never draws)."""
    role, _, spaced = _voice(direction)
    plain = display_text(parse_title(direction.title).main, role, direction.language.subgenre)
    if spaced and dominant_script(plain) in SPACED_SCRIPTS and len(plain) <= 24:
        return plain, spread(plain)
    return plain, plain


def _poster(direction: ArtDirection, size: int, rng: np.random.Generator, kind: str = "") -> Poster:
    """The poster's face, colours and character."""
    role, weight, spaced = _voice(direction)
    quiet, kids = _quiet(direction), direction.genre == "children"
    parts = parse_title(direction.title)
    plain, text = _shown(direction)
    face = title_face(text, role, weight)
    if kind == "spine" and not poster_spine.spine_fits(plain, text, face):
        text = plain  # spaced, it would stand under LETTER up the spine (_spine_fits)
    pal = direction.palette
    ground = pal.background
    vivid = [c for c in (pal.accent, *pal.colors) if rgb_to_oklch(c)[1] > DULL]
    # colour roles: the accent as ground, but a dark song's pale accent (drill's ice
    # blue) stays a mark: as the ground it printed Postcode Winter baby blue
    if vivid and not quiet and rng.random() < 0.35 and not _pales(pal.background, vivid[0]):
        ground, vivid = vivid[0], [*vivid[1:], pal.background]
    ground = _clear(ground)
    if _paper(direction, ground):  # an ECM page: paper, the palette's dark ground as ink
        ground = pal.ink if rgb_to_oklch(pal.ink)[0] > 0.85 else PAPER
    ink = legible_on(ground, pal.ink, pal.background)
    # the accent draws the marks the title may cross (outline letters): never the ink
    vivid = [c for c in vivid if contrast_ratio(c, ink) >= 1.6]
    accent = vivid[0] if vivid else mix(ink, ground, 0.6)
    spot = SPOTS.get(direction.language.subgenre, SPOT)
    if (
        spot and not quiet and rgb_to_oklch(accent)[1] < DULL and contrast_ratio(spot, ink) >= 1.6
    ):  # a grey-rose block beside
        accent = spot  # pink ink read "dull, tasteful but empty": one spot colour instead
    if abs(rgb_to_oklch(accent)[0] - rgb_to_oklch(ground)[0]) < 0.12:
        accent = mix(accent, ink, 0.35)
    if direction.genre in HEAVY:
        sub, punk = direction.language.subgenre, direction.genre == "punk"
        ground, ink, accent = slab_colours(sub, punk, rng)
        if kind in METAL:  # black and bone (black metal: stark white), oxblood or ash
            ground, ink, accent = poster_metal.metal_colours(sub, rng)
    tint = mix(ink, ground, 0.74)  # at 0.82 the quiet marks all but vanished
    number = _poster_mark(text)
    others = tuple(
        c for c in vivid[1:] if contrast_ratio(c, ground) >= 1.4 and c not in (ink, accent)
    )
    return Poster(
        size, text, face, ground, ink, accent, tint, direction.energy, quiet, kids, number,
        parts.secondary, plain, others, direction.genre == "punk", direction.energy_curve,
        direction.tempo_bpm, _hits(direction) if kind == "meter" else (),
    )  # fmt: skip


SECONDARY = 0.05  # the qualifiers' type size, of the side (at 0.024 "Radio Edit" was
# unreadable on the sheet); under a thumbnail's size the line is left out (SMALLEST)
HITS = 32  # sixteenths: the song's loudest two bars


def _hits(direction: ArtDirection) -> tuple[float, ...]:
    """Onset strength per sixteenth over the song's loudest two bars (measured, or the
    seed's pattern from the genre's density where there is no audio)."""
    steps = max(len(direction.onsets), HITS)
    strength = onsets(direction, steps)
    curve = direction.energy_curve or (0.5,)
    at = int(np.argmax(curve)) / max(1, len(curve) - 1)  # where the song peaks
    start = int(np.clip(round(at * steps) - HITS // 2, 0, steps - HITS))
    start -= start % 16  # from a downbeat
    return tuple(float(v) for v in strength[start : start + HITS])


MUD = (0.62, 0.025, 40.0, 120.0)  # darker than this (OKLCH L), this chromatic, in these
# hues (olive, khaki, dull brown): "big 月 over a murky olive", "dull brown, empty"
SPOT = (228, 49, 43)  # the Swiss poster's red, for a page whose palette is all greys
SPOTS = {  # the genre's own spot where it has one (ART-DIRECTION.md); drill stays grey
    "drill": None, "grunge": None, "post_punk": (184, 151, 90), "lofi": (244, 162, 97),
    "rnb": (198, 139, 89), "jazz": (28, 95, 168), "techno": (247, 209, 23),
    "dnb": (255, 158, 44), "dream_pop": (224, 33, 138), "trap": (123, 44, 191),
}  # fmt: skip


def _pales(background: RGB, accent: RGB) -> bool:
    """Whether taking `accent` as the ground would turn a dark palette pale."""
    return rgb_to_oklch(background)[0] < DARK_SONG and rgb_to_oklch(accent)[0] > PALE_GROUND


DARK_SONG, PALE_GROUND = 0.35, 0.7  # OKLCH lightness of a dark palette's field, a pale one
DULL = 0.06  # an accent under this chroma reads grey beside the ink
PAPER = (247, 245, 240)  # a classical page's paper where the palette's ink is not light
PAPER_UNDER, PAPER_SHARE = 0.35, 0.5  # a classical ground darker than this (OKLCH L) is
# paper on this share of seeds


def _paper(direction: ArtDirection, ground) -> bool:
    """Whether a classical page on a dark ground is set on paper (PAPER_SHARE of seeds):
    four of five chamber covers near black had merged at 64 px."""
    if direction.genre != "classical" or rgb_to_oklch(ground)[0] >= PAPER_UNDER:
        return False
    return rng_for(direction, "typographic_poster-paper").random() < PAPER_SHARE


def _clear(ground):
    """A muddy ground (olive, khaki, dull brown) taken near black in its own hue, so
    the title's ink and the accent stand on it as a strong pair; else as it is."""
    light, chroma, hue = rgb_to_oklch(ground)
    if light < MUD[0] and chroma >= MUD[1] and MUD[2] <= hue <= MUD[3]:
        return oklch_to_rgb(0.17, 0.012, hue)
    return ground


def render_with_title(direction: ArtDirection, size: int) -> tuple[Image.Image, TitleLayout]:
    """The poster and where its legible title is."""
    rng = rng_for(direction, "typographic_poster")
    kind = _kind(direction)
    poster = _poster(direction, size, rng, kind)
    image = _field(poster, kind, rng_for(direction, "typographic_poster-field"))
    pen = getattr(DRAWN_BY[kind], kind)(image, poster, rng)
    if poster.small:
        face = title_face(poster.small, _voice(direction)[0], 500.0)
        pen.secondary(image, poster.small, face, int(size * SECONDARY))
    image = _grain(image, rng, 0.02 if poster.quiet else 0.03)
    return image, pen.layout()


def _grain(image: Image.Image, rng: np.random.Generator, amount: float) -> Image.Image:
    """raster.grain's mono film grain, pixel for pixel, without its copy of the RGB
    poster (30 ms of a 3000 px export)."""
    if image.mode != "RGB":
        return grain(image, rng, amount=amount)
    w, h = image.size
    tile = np.clip(rng.normal(128.0, amount * 255.0, (256, 256, 1)), 0, 255).astype(np.uint8)
    noise = np.tile(tile, (-(-h // 256), -(-w // 256), 1))[:h, :w]
    layer = Image.fromarray(noise[:, :, 0], "L")
    return ImageChops.add(image, Image.merge("RGB", (layer, layer, layer)), 1.0, -128)


FIELD_LEAN = (0.1, 0.17)  # how far the field's far edge leans toward the ink
FIELD_READ = 5.2  # the least contrast of the ink on the field's far edge
FIELD_STEPS = 40  # bands of the field: under one level of 255 apart, grained later
COVERED = ("tiles", "sigil")  # the tiles cover the ground; metal: black


def _field(p: Poster, kind: str, rng: np.random.Generator) -> Image.Image:
    """The ground: on a quiet or calm track a tonal field, the ground leaning toward
    the ink across the frame, from a seeded side or corner (a flat field under a
    small title read as an unfinished page); else flat. The lean stops where the
    title's ink would read under FIELD_READ (4.5:1 as measured at 64 px, through the
    grain and the thumbnail's blur: at 4.5 in colour the sheet measured 4.0). Drawn as
    fine bands (a blended mask cost 11 ms at 1024 px)."""
    s = p.size
    image = Image.new("RGB", (s, s), p.ground)
    if kind in COVERED or p.kids or (not p.quiet and p.energy >= 0.5):
        return image
    lean = rng.uniform(*FIELD_LEAN)
    light, chroma, hue = rgb_to_oklch(p.ground)
    if 15 <= hue <= 120 and chroma < 0.06:  # a dull warm ground leant to cream is taupe: mud
        chroma = 0.0
    reach_l = rgb_to_oklch(p.ink)[0] - light
    far = oklch_to_rgb(light + lean * reach_l, chroma, hue)  # the ground's own hue, lit
    while lean > 0.02 and contrast_ratio(far, p.ink) < FIELD_READ:
        lean *= 0.7
        far = oklch_to_rgb(light + lean * reach_l, chroma, hue)
    draw = ImageDraw.Draw(image)
    corner = rng.random() < 0.5  # from a corner (bands across the diagonal) or a side
    turn = int(rng.integers(4))  # which corner or side leans (drawn there: no transpose)
    flip_x, flip_y = turn in (1, 2), turn in (2, 3)
    reach = 2 * s if corner else s
    for k in range(1, FIELD_STEPS):
        colour = mix(p.ground, far, k / (FIELD_STEPS - 1))
        c0, c1 = reach * k / FIELD_STEPS, reach * (k + 1) / FIELD_STEPS + 1
        if corner:
            points = [(c0, 0), (c1, 0), (0, c1), (0, c0)]
            points = [(s - x if flip_x else x, s - y if flip_y else y) for x, y in points]
            draw.polygon(points, fill=colour)
        elif turn % 2:  # across: the bands are columns
            draw.rectangle((s - c1, 0, s - c0, s) if flip_x else (c0, 0, c1, s), fill=colour)
        else:
            draw.rectangle((0, s - c1, s, s - c0) if flip_y else (0, c0, s, c1), fill=colour)
    return image


def render(direction: ArtDirection, size: int) -> Artwork:
    """The poster (the title included; the title is the focal subject)."""
    image, layout = render_with_title(direction, size)
    x0, y0 = min(b[0] for b in layout.boxes), min(b[1] for b in layout.boxes)
    x1, y1 = max(b[2] for b in layout.boxes), max(b[3] for b in layout.boxes)
    box = np.clip(np.array((x0, y0, x1, y1), float) / size, 0.0, 1.0)
    focal = (float(box[0]), float(box[1]), float(box[2]), float(box[3]))
    return Artwork(image, focal, layout_of(direction))


def _poster_mark(text: str) -> str:
    """The spine's big mark: a number the title holds ("1986", "0400"), else its
    initial (a seeded number read as a meaningless "37")."""
    digits = re.search(r"\d{1,4}", text)
    if digits:
        return digits.group()
    return next((c for c in text if c.isalnum()), "\u2022")
