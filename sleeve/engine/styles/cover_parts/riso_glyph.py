"""The risograph's huge glyph: the title's first character (or first two) printed
far bigger than the sheet so the edges crop it, solid in the lead ink, with an echo
of it screened in the second ink off register and a faint halftone swell behind.

Reviewers picked this print out (a cropped 東 in two inks with its halftone echo
"reads at 64 px"): the title's own characters are the subject, not a stock shape.
The seed sets which side crops it, how far it is pushed off, and which way the echo
falls; a title with nothing the heavy face can set falls back to the stacked type.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import compose
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts.riso_fields import _type_row, _word, gradient
from sleeve.engine.styles.cover_parts.riso_press import shift
from sleeve.engine.styles.cover_parts.riso_shapes import RES, Plates, Rng, Sheet, blank, hush, ramp

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


def glyph(d: ArtDirection, rng: Rng, sheet: Sheet) -> Plates:
    """One or two of the title's characters, huge and cropped, in two inks."""
    word = _word(d)
    if not word:
        return gradient(d, rng, sheet)
    two = len(word) > 1 and (rng.random() < 0.35 or word[0] in NARROW)
    chars = word[:2] if two else word[:1]
    x0, y0, x1, y1 = sheet.area
    height = (y1 - y0) * rng.uniform(1.05, 1.35)
    wide = not chars.isascii()  # CJK, hangul and kana are square, not condensed
    width = height * (0.95 if wide else 0.62) * len(chars) * rng.uniform(0.9, 1.15)
    row = _type_row(chars, width, height)
    side = rng.random() < 0.5  # which edge crops it
    push = rng.uniform(0.05, 0.25) * width
    left = x1 - width + push if side else x0 - push
    top = y0 - rng.uniform(0.0, 0.15) * height if sheet.zone != "top" else y1 - height * 0.95
    a = _place(row, int(left * RES), int(top * RES))
    fall = rng.uniform(0.03, 0.07) * RES
    angle = rng.uniform(0, 2 * np.pi)
    echo = shift(a, int(fall * np.cos(angle)), int(fall * np.sin(angle)))
    b = echo * (1 - a * 0.7) * ramp(np.degrees(angle), 1.0, 0.35)
    c = ramp(rng.uniform(0, 360), 0.3, 0.0) * (1 - np.maximum(a, echo)) * (rng.random() < 0.5)
    plates = [hush(p.astype(np.float32), sheet.zone) for p in (a, b, c)]
    box = (max(0.0, left), max(0.0, top), min(1.0, left + width), min(1.0, top + height))
    return plates, compose.clip_box(box)
