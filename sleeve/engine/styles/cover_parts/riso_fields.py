"""The risograph's fields: the title's first word the heavy face can set, for the
glyph. (The onsets as overprinted bars are retired: reviewers read them as a grey
bar chart, the opposite of drill; riso_blocks draws tower blocks and a diamond. The
title's word stacked as huge type is retired: with the pipeline's title over it, a
review read the title three times; so are the screened sea and the halftone gradient
field: two reviews read halftone bands over the title as the style's template.)
"""

from __future__ import annotations

import re

import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine.direction import ArtDirection
from sleeve.engine.fonts import covers_all, title_face
from sleeve.engine.scripts import CJK_SCRIPTS, script_of
from sleeve.engine.styles.cover_parts.riso_shapes import RES

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
    fractions): coverage, RES-relative size. The type is set at least as tall as the
    plate's row, so it is only ever reduced (a box filter enlarging it printed a huge
    glyph's curves as stair steps)."""
    font = title_face(text, "condensed", 900.0)
    probe = ImageDraw.Draw(Image.new("L", (8, 8)))
    box = probe.textbbox((0, 0), text, font=font.sized(160))
    wide, tall = max(1, box[2] - box[0]), max(1, box[3] - box[1])
    scale = max(1.0, height * RES / tall, width * RES / wide)
    face = font.sized(round(160 * scale))
    box = probe.textbbox((0, 0), text, font=face)
    img = Image.new("L", (box[2] - box[0] + 4, box[3] - box[1] + 4), 0)
    ImageDraw.Draw(img).text((2 - box[0], 2 - box[1]), text, font=face, fill=255)
    size = (max(1, int(width * RES)), max(1, int(height * RES)))
    return np.asarray(img.resize(size, Image.Resampling.BOX), np.float32) / 255.0
