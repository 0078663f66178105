"""The risograph's fields: an overprinted rhythm from the onsets, and the title's
first word the heavy face can set, for the glyph. (The title's word stacked as huge
type is retired: with the pipeline's title over it, a review read the title three
times; so are the screened sea and the halftone gradient field: two reviews read
halftone bands over the title as the style's template.)

The rhythm keeps out of the title's zone (Sheet.area), cut cleanly at its edge. The
music sets the measures: the onsets size the bars, the tempo sets how many beats a
row holds; the seed places and crops.
"""

from __future__ import annotations

import re

import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine import signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.fonts import covers_all, title_face
from sleeve.engine.scripts import CJK_SCRIPTS, script_of
from sleeve.engine.styles.cover_parts.riso_press import shift
from sleeve.engine.styles.cover_parts.riso_shapes import (
    RES,
    Plates,
    Rng,
    Sheet,
    blank,
    fill,
    grid,
    hush,
    ramp,
    rect,
)


def rhythm(d: ArtDirection, rng: Rng, sheet: Sheet) -> Plates:
    """The onsets as a few tall wide overprinted bars, one a beat and as long as its
    hit, standing on the sheet's foot, or on a shelf above a title at the bottom
    (hung from the top edge they read as a broken comb), the bars alternating
    a solid ink and a screened one, the solid ones echoed off register in the third
    drum; the tempo sets how many bars. (The rows of circles this drew before read as
    one stock picture across tracks.)"""
    x, y = grid()
    x0, y0, x1, y1 = sheet.area
    hits = signals.onsets(d, 32).astype(np.float32)
    # few wide bars: thirteen thin ones hanging from the top read as a broken comb
    count = (5 if d.tempo_bpm < 105 else 7 if d.tempo_bpm < 140 else 9) + int(rng.integers(-1, 2))
    start = int(rng.integers(32))
    width = 1.0 / count
    gap = width * rng.uniform(0.12, 0.3)
    # the bars always stand: on the sheet's foot, or on a shelf above the title
    floor = 1.02 if sheet.zone != "bottom" else y1
    reach = (y1 - y0) * rng.uniform(0.85, 1.05)
    phase = rng.uniform(-0.5, 0.5) * width  # the bars slide along, cropped at the sides
    plates = [blank(), blank(), blank()]
    picked = hits[(start + np.arange(count + 1)) % 32]
    loudest = max(float(picked.max()), 1e-3)  # the loudest hit fills the area: bold scale
    for k in range(count + 1):
        hit = float(picked[k]) / loudest
        tall = reach * (0.3 + 0.7 * hit) * rng.uniform(0.85, 1.0)
        left = phase + k * width + gap / 2 - 0.01
        top, low = floor - tall, floor
        bar = fill(rect(left, top, left + width - gap, low))
        if k % 2:
            plates[1] = np.maximum(plates[1], bar * ramp(90, 0.95, 0.2))
        else:
            plates[0] = np.maximum(plates[0], bar)
    lift = int(rng.uniform(0.02, 0.05) * RES)
    plates[2] = shift(plates[0], int(gap * RES * 0.8), -lift) * 0.6
    plates = [hush(p.astype(np.float32), sheet.zone) for p in plates]
    return plates, (x0, y0, x1, y1)


ALONE = frozenset(("Latn", "Grek", "Cyrl", "Zyyy", *CJK_SCRIPTS))  # letters that stand alone


def _word(d: ArtDirection) -> str:
    """The title's first word the heavy face can set, in capitals (letters and digits
    only), in letters that stand alone (Arabic and Devanagari join and reorder, and
    an unshaped row of them printed as broken bars), or "" (never the tempo: it is
    data, not a picture)."""
    for word in re.split(r"[\s\-–—:,.!?()]+", d.title):
        word = word.upper()[:8]
        alone = all(script_of(c) in ALONE for c in word)
        if alone and word.isalnum() and covers_all(title_face(word, "condensed", 900.0), word):
            return word
    return ""


def _type_row(text: str, width: float, height: float) -> np.ndarray:
    """The text set in a heavy condensed face and stretched to width x height (sheet
    fractions): coverage, RES-relative size."""
    face = title_face(text, "condensed", 900.0).sized(160)
    probe = ImageDraw.Draw(Image.new("L", (8, 8)))
    box = probe.textbbox((0, 0), text, font=face)
    img = Image.new("L", (box[2] - box[0] + 4, box[3] - box[1] + 4), 0)
    ImageDraw.Draw(img).text((2 - box[0], 2 - box[1]), text, font=face, fill=255)
    size = (max(1, int(width * RES)), max(1, int(height * RES)))
    return np.asarray(img.resize(size, Image.Resampling.BOX), np.float32) / 255.0
