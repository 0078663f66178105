"""The letter: the title's initial cut huge from plain paper in the title's own face,
a gel-git sheet seen through it (a marbled monogram), cropped by the cover's edge away
from the title (moves on a ``marble_field``, as ``marbled_layouts``).

The sheet is shaded over the whole cover; the letter is cut afterwards (``place``).
Only a letter in Latin, Greek, Cyrillic or CJK: a script whose letters join or stack
has no initial that stands alone.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine import compose
from sleeve.engine.direction import RGB, ArtDirection
from sleeve.engine.fonts import title_face
from sleeve.engine.scripts import CJK_SCRIPTS, script_of
from sleeve.engine.styles.cover_parts import marble_field as mf
from sleeve.engine.styles.cover_parts import marbled_layouts as lay
from sleeve.engine.styles.cover_parts import marbled_patterns as pat
from sleeve.engine.styles.cover_parts import marbled_sheet as sheet
from sleeve.engine.title_parse import parse_title

SCRIPTS = frozenset(("Latn", "Grek", "Cyrl", *CJK_SCRIPTS))
WIDEST = 0.8  # the letter's widest (share of the side)
BLEED = 0.18  # of the letter's height, the part past the cover's edge
Cut = tuple[str, str, compose.Box]  # the letter, its face role, its ink box on the cover


def initial(title: str) -> str | None:
    """The title's first letter (upper case), or None where it has none that stands
    alone (a joined or stacked script, a title of emoji or digits)."""
    for char in parse_title(title).main:
        if char.isalpha():
            return char.upper() if script_of(char) in SCRIPTS else None
    return None


def _box(d: ArtDirection, rng: np.random.Generator, side: str, aspect: float) -> compose.Box:
    """Where the letter's ink stands (cover fractions): from the art box's edge by the
    title past the cover's far edge by BLEED of its height (a title beside it: the
    cover's height and more), across the box at the song's loudest moment."""
    bx0, by0, bx1, by1 = sheet.art_box(d, side)
    h = (by1 - by0) / (1 - BLEED) if side.startswith(("top", "bottom")) else 1.1
    w = h * aspect
    if w > WIDEST:  # a wide letter (M, W) kept a letter, not a swatch
        h, w = h * WIDEST / w, WIDEST
    loud = pat.peaks(pat.energy_line(d), 1)[0][0]
    cx = bx0 + (bx1 - bx0) * (0.35 + 0.3 * loud + rng.uniform(-0.05, 0.05))
    if side.startswith("top"):
        y0 = 1.0 + BLEED * h - h
    elif side.startswith("bottom"):
        y0 = -BLEED * h
    else:
        y0 = (1.0 - h) / 2
    return cx - w / 2, y0, cx + w / 2, y0 + h


def cut(d: ArtDirection, rng: np.random.Generator, side: str) -> Cut:
    """The letter, its face (the title's: the big letter shares it) and where its ink
    stands."""
    letter = initial(d.title) or "O"
    role = d.font_role
    probe = title_face(letter, role, 900.0).sized(200)
    x0, y0, x1, y1 = probe.getbbox(letter)
    return letter, role, _box(d, rng, side, (x1 - x0) / max(y1 - y0, 1))


def letter(
    f: mf.Field, d: ArtDirection, rng: np.random.Generator, inks: int, side: str
) -> tuple[lay.Layers, compose.Box, Cut]:
    """A bold gel-git for the letter's face (the stripes drawn into rows of arches, an
    even pull: the song's peaks pulled stripes thinner than a pixel into a grey blur),
    the letter and where it stands; the focus the letter's ink box (within the cover)."""
    where = cut(d, rng, side)
    angle = pat.comb_angle(d, rng)
    bands = pat.stripes(rng, inks, rng.uniform(0.22, 0.3))
    mf.breeze(f, rng, 0.01 + 0.02 * d.turbulence)
    if rng.random() < 0.5:  # a wavy stick after the stylus: the arches swing
        swing = rng.uniform(0.25, 0.4)
        mf.wave(f, angle, swing * 0.12, swing, rng.uniform(0, 6.3))
    passes = 1.0 / int(4 + 3 * pat.fineness(d) + rng.integers(0, 2))
    mf.gelgit(f, angle + np.pi / 2, passes, rng.uniform(0, passes), passes * 0.7, passes * 0.3)
    layers: lay.Layers = [(mf.across(f, angle), bands)]
    return layers, compose.clip_box(lay.within(where[2], side)), where


def mask(where: Cut, size: int) -> Image.Image:
    """The letter's coverage (L) at `size`: its ink box filled as `cut` placed it."""
    letter, role, (x0, y0, x1, y1) = where
    face = title_face(letter, role, 900.0)
    probe = face.sized(400).getbbox(letter)
    scale = (y1 - y0) * size / max(probe[3] - probe[1], 1)
    font = face.sized(max(8, round(400 * scale)))
    ink = font.getbbox(letter)
    out = Image.new("L", (size, size), 0)
    at = (x0 * size - ink[0], y0 * size - ink[1])
    ImageDraw.Draw(out).text(at, letter, fill=255, font=font)
    return out


def place(image: Image.Image, where: Cut, paper: RGB) -> Image.Image:
    """`image` (the sheet over the whole cover) cut to the letter on plain `paper`."""
    ground = Image.new("RGB", image.size, paper)
    return Image.composite(image, ground, mask(where, image.size[0]))
