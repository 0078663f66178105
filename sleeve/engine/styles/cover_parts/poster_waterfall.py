"""The typographic poster's waterfall: a letterpress type specimen sheet, the song's
tempo (or the ampersand) cut huge in the accent and cropped by the frame's edge (at the
top for a song loudest early, at the foot for one that builds), the title set under or over it
as a waterfall of falling sizes, the song's loudness setting the steps, each line
numbered small like a founder's sheet.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from sleeve.engine.color import contrast_ratio, mix
from sleeve.engine.glyphs import draw_line
from sleeve.engine.scripts import emoji_spans
from sleeve.engine.styles.cover_parts.poster_bold import _heavy
from sleeve.engine.styles.cover_parts.poster_grid import _capitals
from sleeve.engine.styles.cover_parts.poster_kit import (
    Poster,
    TitlePen,
    line_mask,
    paint,
    px_for_width,
    rule,
    width,
)
from sleeve.engine.styles.cover_parts.poster_shapes import title_block
from sleeve.engine.styles.cover_parts.poster_spine import _needed_px
from sleeve.engine.title_lines import Line

M = 0.075  # margin, share of the side
GIANT = (0.62, 0.8)  # the giant letter's type size, of the side (cropped by the edge)
TITLE_CAP = 0.2  # the largest line's type size at most, of the side
FALLS = (2, 4)  # the smaller lines under the title, fewest and most
LABEL = 0.026  # the line numbers' type size, of the side
LETTER_ROOM = 0.4  # the least of the side the giant letter keeps beside the waterfall
SHOWN = 0.7  # the least share of the giant letter's height left inside the frame
FIT = 1.05  # the title's letters at least this many times LETTER at 64 px


def waterfall_fits(plain: str, face) -> bool:
    """Whether the title's largest line, level in up to two lines within the frame
    beside its numbers, stands LETTER tall at 64 px (any script)."""
    text = _capitals(plain)
    if not text.strip() or emoji_spans(plain):  # emoji: no type to show in sizes
        return False
    _, px = title_block(text, face, 1000, 1 - 2 * M - 0.08, TITLE_CAP, False)
    return px >= _needed_px(text, face, 1000) * FIT


def _figure(p: Poster) -> str:
    """The figure cut huge, as a specimen shows off its numerals or its ampersand: a
    number the title holds ("1986"), else the song's tempo ("112"), else the ampersand
    (a big initial letter beside another style's on the same track read as one gimmick
    twice)."""
    if p.number.isdigit():
        return p.number
    return str(round(p.bpm)) if p.bpm else "&"


def _sizes(p: Poster, px: int, falls: int) -> list[int]:
    """The falling sizes: each step the loudness of its stretch of the song (a loud
    passage a small step, a quiet one a deep fall)."""
    curve = np.asarray(p.curve or (0.5,), float)
    level = np.interp(np.linspace(0, 1, falls), np.linspace(0, 1, len(curve)), curve)
    level = (level - level.min()) / max(1e-6, float(np.ptp(level))) if np.ptp(level) else level
    sizes, size = [], float(px)
    for loud in level:
        size *= 0.52 + 0.22 * float(loud)
        sizes.append(max(5, int(size)))
    return sizes


def waterfall(image: Image.Image, p: Poster, rng: np.random.Generator) -> TitlePen:
    """A specimen sheet: the giant figure in the accent cropped by the top (a song
    loudest early) or the foot (one that builds) of the frame and by one side, a
    hairline, then the title (the legible line) and its copies falling in size, each
    numbered with its size in the margin."""
    s, pen = p.size, TitlePen(p.size)
    face = _heavy(p)
    text = _capitals(p.plain or p.text)
    letter = _figure(p)
    accent = p.accent if contrast_ratio(p.accent, p.ground) >= 1.5 else mix(p.ink, p.ground, 0.5)
    if p.quiet:  # an ambient or classical page: the letter a tone of the ink
        accent = mix(p.ground, p.ink, 0.3)
    big = int(s * rng.uniform(*GIANT))
    curve = np.asarray(p.curve or (0.5,), float)
    half = len(curve) // 2
    # the letter at the end of the frame the song is loudest in (its opening: the top)
    giant_top = float(curve[:half].mean()) >= float(curve[half:].mean()) if half else True
    right = rng.random() < 0.6
    label_px = max(6, int(s * LABEL))
    left = s * M + label_px * 3.2  # the numbers' margin
    glyphs, px = title_block(text, face, s, 1 - M - left / s, TITLE_CAP, False)
    falls = int(rng.integers(FALLS[0], FALLS[1] + 1))
    sizes = [size for size in _sizes(p, px, falls) if size >= 6]
    smalls = [min(size, px_for_width(text, face, s * (1 - M) - left, size)) for size in sizes]
    allowed = s * (1 - M - LETTER_ROOM - 0.05) - glyphs.height  # the small lines give way
    while smalls and sum(size * 1.25 for size in smalls) > allowed:
        smalls.pop()
    room = glyphs.height + sum(size * 1.25 for size in smalls) + s * 0.05
    # the room the letter has beside the waterfall (under it, the small lines give way)
    free = s * (1 - M) - room - s * 0.05 if giant_top else s * (1 - M) - glyphs.height - s * 0.05
    glyph = _inked(letter, face, big)
    while (glyph.height * SHOWN > free or glyph.width > s * 0.98) and big > s * 0.2:
        # cropped past reading ("Dd" read "Da"), or a tempo wider than the frame
        big = int(big * 0.85)
        glyph = _inked(letter, face, big)
    crop = 0.04 if letter.isdigit() else 0.12  # a number's last digit stays whole
    gx = int(s - glyph.width * (1 - crop)) if right else int(-glyph.width * crop)
    if giant_top:
        gy = int(-glyph.height * rng.uniform(0.1, 0.22))
        top = min(
            max(gy + glyph.height + s * 0.05, s * (1 - M) - room), s * (1 - M) - glyphs.height
        )
        gy = int(min(gy, top - s * 0.05 - glyph.height))  # cropped more, never on the title
        end = s * (1 - M * 0.5)
    else:
        top = s * M + label_px * 1.5
        gy = int(max(s - glyph.height * rng.uniform(0.78, 0.9), top + glyphs.height + s * 0.05))
        end = gy - s * 0.01
    paint(image, glyph, accent, (gx, gy))
    hairline = top - s * 0.025
    if hairline > s * 0.03:
        rule(image, hairline, s * M, s * (1 - M), p.ink)
    tone = mix(p.ink, p.ground, 0.35)
    label = p.face
    pen.paste(image, glyphs, (int(left), int(top)), p.ink, sum(1 for c in text if not c.isspace()))
    _number(image, px, s * M, top + px * 0.78, label, label_px, tone)
    y = top + glyphs.height + px * 0.12
    for size in smalls:
        y += size * 1.05
        if y > end:
            break
        line = Line(text, width(text, face, size))
        draw_line(image, left, y, line, face, size, p.ink)
        _number(image, size, s * M, y, label, label_px, tone)
        y += size * 0.2
    if p.bpm and letter == str(round(p.bpm)):  # the tempo's unit beside it
        above = hairline - label_px * 0.5 if giant_top else gy - label_px * 0.5
        _caption(image, "BPM", s * (1 - M), above, label, label_px, tone)
    pen.ink = p.ink
    return pen


def _inked(letter: str, face, px: int) -> Image.Image:
    """The giant letter's mask cut to its ink (the line's room for descenders had
    pushed a cap-height letter's ink half off the frame)."""
    mask = line_mask(letter, face, px, pad=0.0)
    return mask.crop(mask.getbbox() or (0, 0, 1, 1))


def _number(image: Image.Image, px: int, x: float, y: float, face, size: int, ink) -> None:
    """A line's size in the margin, as a founder numbers the lines of a specimen."""
    text = str(round(px * 72 / max(1, image.size[0]) * 4))
    draw_line(image, x, y, Line(text, width(text, face, size)), face, size, ink)


def _caption(image: Image.Image, text: str, right: float, y: float, face, size: int, ink):
    """A small caption set flush right at `right`."""
    wide = width(text, face, size)
    draw_line(image, right - wide, y, Line(text, wide), face, size, ink)
