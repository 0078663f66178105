"""The risograph's huge glyph: the title's first character (or first two) printed
as big as the sheet's area, solid in the lead ink, with a flat echo of it in the
second ink off register and a screened disc in the third behind it.

Reviewers picked this print out (a cropped 東 in two inks with its halftone echo
"reads at 64 px"): the title's own characters are the subject, not a stock shape.
The seed sets the print: whole, filling the area off-centre before a screened sun
(which way the echo falls), turned and bleeding off top and bottom, or the first
two characters side by side overprinting where they meet. (Pushed off a side edge
is retired: both art directors read Glass City's "G" cropped into a corner over
bare dots, and Thunderstruck's "TH" as two red bars, as a rendering bug.) A title
with nothing the heavy face can set prints the big overprinted shapes instead.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from sleeve.engine import compose
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.riso_fields import _type_row, _word
from sleeve.engine.styles.cover_parts.riso_press import shift
from sleeve.engine.styles.cover_parts.riso_prints import shapes
from sleeve.engine.styles.cover_parts.riso_shapes import (
    RES,
    Plates,
    Rng,
    Sheet,
    blank,
    disc,
    fill,
    hush,
    ramp,
)

NARROW = "IJL1T!|"  # a lone I or 1 cropped reads as a bar, not a letter


def _place(glyph: np.ndarray, left: int, top: int) -> np.ndarray:
    """The glyph's coverage set on a blank plate at (left, top), cropped by the edges."""
    plate = blank()
    h, w = glyph.shape
    sx, sy = max(0, -left), max(0, -top)
    dx, dy = max(0, left), max(0, top)
    cw, ch = min(w - sx, RES - dx), min(h - sy, RES - dy)
    if cw > 0 and ch > 0:
        plate[dy : dy + ch, dx : dx + cw] = glyph[sy : sy + ch, sx : sx + cw]
    return plate


def _tilted(row: np.ndarray, degrees: float) -> np.ndarray:
    """A glyph's coverage turned by `degrees` (the frame grows to hold it)."""
    img = Image.fromarray((np.clip(row, 0, 1) * 255).astype(np.uint8), "L")
    turned = img.rotate(degrees, Image.Resampling.BILINEAR, expand=True)
    return np.asarray(turned, np.float32) / 255.0


def _pair(word: str, rng: Rng, sheet: Sheet) -> tuple[np.ndarray, np.ndarray, Box]:
    """The first two characters side by side, each in its own ink, the second sliding
    over the first so they overprint; both run off the sheet."""
    x0, y0, x1, y1 = sheet.area
    height = (y1 - y0) * rng.uniform(1.15, 1.4)
    wide = not word[:2].isascii()
    width = height * (0.95 if wide else 0.62) * rng.uniform(0.95, 1.15)
    overlap = rng.uniform(0.35, 0.5) * width  # deep enough to read as an overprint
    left = x0 + ((x1 - x0) - (2 * width - overlap)) / 2 + rng.uniform(-0.08, 0.08)
    top = (y0 + y1 - height) / 2 + rng.uniform(-0.06, 0.06)
    a = _place(_type_row(word[0], width, height), int(left * RES), int(top * RES))
    drop = float(rng.choice((-1, 1))) * rng.uniform(0.1, 0.18) * height  # staggered
    b = _place(_type_row(word[1], width, height), int((left + width - overlap) * RES),
               int((top + drop) * RES))  # fmt: skip
    box = (left, top, left + 2 * width - overlap, top + height)
    return a, b, box


def _whole(chars: str, rng: Rng, sheet: Sheet) -> tuple[np.ndarray, Box]:
    """The characters set whole, as tall as the area (narrowed to its width where
    they would run past it), off-centre along the wider side: no edge crops them."""
    x0, y0, x1, y1 = sheet.area
    w, h = x1 - x0, y1 - y0
    height = h * rng.uniform(0.84, 0.94)
    wide = not chars.isascii()  # CJK, hangul and kana are square, not condensed
    width = height * (0.95 if wide else 0.66) * len(chars) * rng.uniform(0.95, 1.1)
    if width > 0.9 * w:
        height, width = height * 0.9 * w / width, 0.9 * w
    left = x0 + (w - width) * rng.uniform(0.12, 0.88)
    top = y0 + (h - height) * rng.uniform(0.35, 0.65)
    a = _place(_type_row(chars, width, height), int(left * RES), int(top * RES))
    return a, (left, top, left + width, top + height)


def glyph(d: ArtDirection, rng: Rng, sheet: Sheet) -> Plates:
    """One or two of the title's characters, huge, in two inks: whole before a
    screened sun with a flat echo off register, turned and bleeding off top and
    bottom, or two characters side by side overprinting where they meet."""
    word = _word(d)
    if not word:
        return shapes(d, rng, sheet)
    mode = int(rng.integers(3))  # whole, turned, a pair
    if mode == 2 and len(word) > 1 and word[1] not in NARROW:
        a, b, box = _pair(word, rng, sheet)
        c = shift(a, int(RES * 0.02), int(RES * 0.02)) * (1 - a) * 0.45
        plates = [hush(p.astype(np.float32), sheet.zone) for p in (a, b, c)]
        return plates, compose.clip_box(box)
    two = len(word) > 1 and (rng.random() < 0.35 or word[0] in NARROW)
    chars = word[:2] if two else word[:1]
    x0, y0, x1, y1 = sheet.area
    if mode == 1:  # turned, centred, bleeding off top and bottom
        height = (y1 - y0) * rng.uniform(1.05, 1.35)
        wide = not chars.isascii()
        width = height * (0.95 if wide else 0.62) * len(chars) * rng.uniform(0.9, 1.15)
        row = _tilted(
            _type_row(chars, width, height), float(rng.choice((-1, 1))) * rng.uniform(10, 22)
        )
        width, height = row.shape[1] / RES, row.shape[0] / RES
        left = (x0 + x1) / 2 - width / 2 + rng.uniform(-0.12, 0.12)
        top = (y0 + y1) / 2 - height / 2
        a = _place(row, int(left * RES), int(top * RES))
        box = (left, top, left + width, top + height)
    else:
        a, box = _whole(chars, rng, sheet)
    fall = rng.uniform(0.03, 0.07) * RES
    angle = rng.uniform(0, 2 * np.pi)
    echo = shift(a, int(fall * np.cos(angle)), int(fall * np.sin(angle)))
    b = echo * (1 - a * 0.7)  # flat (screened from solid to a third it read as mush)
    if mode == 1:
        c = ramp(rng.uniform(0, 360), 0.3, 0.0) * (1 - np.maximum(a, echo)) * (rng.random() < 0.5)
    else:  # a screened sun rising beside the letter, dense at one side: the frame is full
        x0, y0, x1, y1 = sheet.area
        mid = (box[0] + box[2]) / 2
        toward = 1.0 if mid < (x0 + x1) / 2 else -1.0  # into the wider side of the field
        r = 0.5 * max(box[2] - box[0], box[3] - box[1]) * rng.uniform(0.85, 1.0)
        cx = mid + toward * rng.uniform(0.15, 0.25)
        sun = fill(disc(cx, (box[1] + box[3]) / 2 + rng.uniform(-0.08, 0.08), r))
        c = sun * ramp(rng.uniform(0, 360), 0.9, 0.45) * (1 - np.maximum(a, echo) * 0.6)
    plates = [hush(p.astype(np.float32), sheet.zone) for p in (a, b, c)]
    box = (max(0.0, box[0]), max(0.0, box[1]), min(1.0, box[2]), min(1.0, box[3]))
    return plates, compose.clip_box(box)
