"""Typographic poster: the title is the image, in one of twenty compositions.

The genre, energy and title pick the composition and the voice. Quiet tracks
(ambient, classical) mostly get the ECM page (a small title over a wide
photographic field in one tone, one thin coloured rule), the title stacked down a
colour column beside such a field, letter tiles or one big number; children's songs
a rounded face set big; other tracks type as the picture: the title's letters as
coloured tiles, the title cut by a diagonal and slid, run round the frame's edge
about a colour field, split across a cut in the ground, its letters bleeding off
every side, the steps, a giant cropped word. The motifs two reviews read as
templates are rare: the word with outlined echoes (crescendo, mostly colour strips
now; outline; the giant's echoes), the circle (disc, ring), spaced caps in a band.
The title counts too: tiles and the column need three to fourteen letters that
stand alone, the stacks two words, a number the title holds favours the minimal
layout. The seed sets the colour roles (the accent may be the ground), the crops,
tilts and sides.
"""

from __future__ import annotations

import re

import numpy as np
from PIL import Image

from sleeve.engine.color import contrast_ratio, mix, rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.fonts import title_face
from sleeve.engine.raster import grain, rng_for
from sleeve.engine.scripts import dominant_script
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts import poster_grid as grid
from sleeve.engine.styles.cover_parts import poster_layouts as layouts
from sleeve.engine.styles.cover_parts import poster_spine
from sleeve.engine.styles.cover_parts.poster_kit import Poster, legible_on
from sleeve.engine.styles.cover_parts.poster_more import spaced as spread
from sleeve.engine.styles.cover_parts.title_words import lead_word
from sleeve.engine.title_layout import TitleLayout
from sleeve.engine.title_parse import parse_title
from sleeve.engine.typography import display_text

STYLE = StyleInfo(
    name="typographic_poster",
    family="graphic",
    fits=("pop", "hiphop", "punk", "rock", "electronic", "metal", "world"),
    draws_title=True,
    weight=0.5,  # the most used style (14 of 148 covers at 0.7, 15-16 once pop had more)
)

COMPOSITIONS = (
    "minimal", "ring_title", "spine", "giant", "justified", "outline", "rows",
    "disc", "rhythm", "stepped", "band", "arch", "split", "crescendo", "letters",
    "tiles", "ecm", "cut", "frame", "column",
)  # fmt: skip
# Two reviews read three motifs as the style's templates: a solid word with outlined
# echoes (crescendo, outline, the giant word's echoes, the repeated rows), a blue
# circle on black (disc, ring) and tiny spaced caps on an empty field (band, the
# quiet minimal and ring). Those are drawn rarely now (the giant word lost its
# echoes), beside four other skeletons: letters as coloured tiles, the ECM page (a
# small title over a photographic field in one tone), the title cut by a diagonal
# and slid, and the title running round the frame's edge about a colour field.
# Earlier: a Swiss grid with one accent block and a type specimen went (read as an
# empty placeholder and as a typo).
WEIGHTS = {  # (quiet, calm, loud, children's) for each composition, in its order
    "minimal": (0.7, 0.3, 0.15, 0.0),
    "ring_title": (0.15, 0.12, 0.1, 0.0),
    "spine": (0.4, 0.5, 0.4, 0.0),
    "giant": (0.4, 0.5, 0.5, 0.5),
    "justified": (0.0, 0.5, 0.6, 0.7),
    "outline": (0.0, 0.04, 0.05, 0.2),
    "rows": (0.0, 0.0, 0.0, 0.0),
    "disc": (0.0, 0.25, 0.3, 0.6),  # quiet, a hairline circle round tiny type: empty
    "rhythm": (0.6, 0.5, 0.5, 0.7),
    "stepped": (0.6, 0.8, 1.0, 1.2),
    "band": (0.15, 0.0, 0.0, 0.0),
    "arch": (0.1, 0.12, 0.1, 0.3),
    "split": (0.0, 0.45, 0.7, 0.8),
    "crescendo": (0.0, 0.1, 0.35, 0.3),
    "letters": (0.0, 0.5, 0.9, 0.8),
    "tiles": (0.0, 0.8, 1.0, 1.3),  # quiet: a grid of coloured tiles is loud
    "ecm": (1.8, 0.8, 0.0, 0.0),
    "cut": (0.0, 0.6, 1.0, 0.5),
    "frame": (0.35, 0.45, 0.6, 0.9),
    "column": (0.8, 0.6, 0.4, 0.0),
}
QUIET_WEIGHTS, CALM_WEIGHTS, LOUD_WEIGHTS, KIDS_WEIGHTS = (
    tuple(WEIGHTS[name][k] for name in COMPOSITIONS) for k in range(4)
)
BIG_TYPE = (  # for children
    "giant", "justified", "outline", "disc", "rhythm", "stepped", "arch", "split", "crescendo",
    "letters", "tiles", "cut", "frame",
)  # fmt: skip
PHOTO_GENRES = (  # the quiet photographic field (ecm) suits these
    "ambient", "classical", "lofi", "jazz", "folk", "rnb", "rock", "electronic", "spoken",
)  # fmt: skip
CRESCENDO_LETTERS = 12  # the longest lead word whose rows can grow ("Supercali..." could not)
ROWS = ("punk", "dance")  # the families that may get the repeated rows
ROWS_SUBGENRES = ("hardcore", "techno", "edm", "house", "hyperpop")
SPACED_SCRIPTS = ("Latn", "Grek", "Cyrl")
GRID = ("tiles", "ecm", "cut", "frame", "column")  # the compositions in poster_grid


def _quiet(direction: ArtDirection) -> bool:
    return direction.genre in ("ambient", "classical")


def composition(direction: ArtDirection, rng: np.random.Generator) -> str:
    """The composition from the genre and energy (weights) and the seed."""
    e = float(np.clip(direction.energy, 0.0, 1.0))
    if _quiet(direction):
        weights = np.array(QUIET_WEIGHTS)
    elif direction.genre == "children":
        weights = np.array(KIDS_WEIGHTS)
    else:
        weights = (1 - e) * np.array(CALM_WEIGHTS) + e * np.array(LOUD_WEIGHTS)
    loud_dance = direction.genre in ROWS or direction.language.subgenre in ROWS_SUBGENRES
    if loud_dance and e > 0.6:
        weights[COMPOSITIONS.index("rows")] = 0.3
    title = parse_title(direction.title).main
    if not layouts.rhythm_fits(title):  # one word: no line rhythm to give
        weights[COMPOSITIONS.index("rhythm")] = 0.0
    if not layouts.stepped_fits(title):  # long, joined or right-to-left: no steps
        weights[COMPOSITIONS.index("stepped")] = 0.0
    if direction.genre not in PHOTO_GENRES:  # a fog photograph for a dance track: no
        weights[COMPOSITIONS.index("ecm")] = 0.0
        weights[COMPOSITIONS.index("column")] *= 0.3
    if dominant_script(title) in ("Arab", "Hebr"):  # its rows read as broken letters
        weights[COMPOSITIONS.index("crescendo")] = 0.0
    if len(lead_word(title)) > CRESCENDO_LETTERS:  # no room to grow: a near-blank page
        weights[COMPOSITIONS.index("crescendo")] = 0.0
    if not grid.cut_fits(title):
        weights[COMPOSITIONS.index("cut")] = 0.0
    if not grid.column_fits(title):
        weights[COMPOSITIONS.index("column")] = 0.0
    if not grid.tiles_fits(title):  # too few or too many letters, or joined ones
        weights[COMPOSITIONS.index("tiles")] = 0.0
    if re.search(r"\d", title):  # a number the title holds: the minimal layouts show it
        weights[COMPOSITIONS.index("minimal")] *= 2.0
    return str(rng.choice(COMPOSITIONS, p=weights / weights.sum()))


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
    if _quiet(direction):
        role = "serif" if direction.genre == "classical" else "geometric"
        return role, 400.0, True
    return direction.font_role, 400.0 + 500.0 * direction.energy, False


def _poster(direction: ArtDirection, size: int, rng: np.random.Generator) -> Poster:
    """The poster's face, colours and character."""
    role, weight, spaced = _voice(direction)
    quiet, kids = _quiet(direction), direction.genre == "children"
    parts = parse_title(direction.title)
    text = plain = display_text(parts.main, role, direction.language.subgenre)
    if spaced and dominant_script(text) in SPACED_SCRIPTS and len(text) <= 24:
        text = spread(text)
    face = title_face(text, role, weight)
    pal = direction.palette
    ground = pal.background
    vivid = [c for c in (pal.accent, *pal.colors) if rgb_to_oklch(c)[1] > 0.06]
    if vivid and not quiet and rng.random() < 0.35:  # colour roles: the accent as ground
        ground, vivid = vivid[0], [*vivid[1:], pal.background]
    ink = legible_on(ground, pal.ink, pal.background)
    # the accent draws the marks the title may cross (outline letters): never the ink
    vivid = [c for c in vivid if contrast_ratio(c, ink) >= 1.6]
    accent = vivid[0] if vivid else mix(ink, ground, 0.6)
    if abs(rgb_to_oklch(accent)[0] - rgb_to_oklch(ground)[0]) < 0.12:
        accent = mix(accent, ink, 0.35)
    tint = mix(ink, ground, 0.74)  # at 0.82 the quiet marks all but vanished
    number = _poster_mark(text)
    others = tuple(
        c for c in vivid[1:] if contrast_ratio(c, ground) >= 1.4 and c not in (ink, accent)
    )
    return Poster(
        size, text, face, ground, ink, accent, tint, direction.energy, quiet, kids, number,
        parts.secondary, plain, others,
    )  # fmt: skip


def render_with_title(direction: ArtDirection, size: int) -> tuple[Image.Image, TitleLayout]:
    """The poster and where its legible title is."""
    rng = rng_for(direction, "typographic_poster")
    kind = _kind(direction)
    poster = _poster(direction, size, rng)
    image = Image.new("RGB", (size, size), poster.ground)
    if kind == "spine":
        draw = poster_spine.spine
    else:
        draw = getattr(grid, kind) if kind in GRID else getattr(layouts, kind)
    pen = draw(image, poster, rng)
    if poster.small:
        face = title_face(poster.small, _voice(direction)[0], 500.0)
        pen.secondary(image, poster.small, face, max(6, int(size * 0.024)))
    image = grain(image, rng, amount=0.02 if poster.quiet else 0.03)
    return image, pen.layout()


def render(direction: ArtDirection, size: int) -> Artwork:
    """The poster (the title included; the title is the focal subject)."""
    image, layout = render_with_title(direction, size)
    x0, y0 = min(b[0] for b in layout.boxes), min(b[1] for b in layout.boxes)
    x1, y1 = max(b[2] for b in layout.boxes), max(b[3] for b in layout.boxes)
    box = np.clip(np.array((x0, y0, x1, y1), float) / size, 0.0, 1.0)
    focal = (float(box[0]), float(box[1]), float(box[2]), float(box[3]))
    return Artwork(image, focal, layout_of(direction))


def _poster_mark(text: str) -> str:
    """The big mark of the minimal layouts: a number the title holds ("1986", "0400"),
    else its initial (a seeded number read as a meaningless "37")."""
    digits = re.search(r"\d{1,4}", text)
    if digits:
        return digits.group()
    return next((c for c in text if c.isalnum()), "\u2022")
