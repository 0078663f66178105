"""The typographic poster's wallpaper: the title repeated small as a woven pattern
over the whole frame, each row slid by the song's loudness there and the loudest rows
in the accent, and the title set big across it with a clear cut of the ground round
its letters.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageFilter

from sleeve.engine.color import contrast_ratio, mix
from sleeve.engine.glyphs import draw_line
from sleeve.engine.scripts import emoji_spans
from sleeve.engine.styles.cover_parts.poster_bold import _heavy
from sleeve.engine.styles.cover_parts.poster_grid import _capitals
from sleeve.engine.styles.cover_parts.poster_kit import Poster, TitlePen, paint, width
from sleeve.engine.styles.cover_parts.poster_shapes import level_fits, title_block
from sleeve.engine.title_lines import Line

M = 0.075  # margin, share of the side
ROW = (0.034, 0.05)  # the pattern's type size, of the side
TONE = 0.2  # the pattern, from the ground toward the ink (the title reads over it)
LOUD = 0.8  # rows louder than this share of the song's range take the accent
CUT = 0.022  # the clear ground round the title's letters, of the side


def wallpaper_fits(plain: str, face) -> bool:
    """Whether the title, level in up to three lines (any script, no emoji), stands
    LETTER tall at 64 px over the pattern."""
    return not emoji_spans(plain) and level_fits(plain, face, need=1.05)  # emoji: a
    # pattern of colour stickers


def wallpaper(image: Image.Image, p: Poster, rng: np.random.Generator) -> TitlePen:
    """The pattern, row under row of the title with a separator, each row slid by the
    loudness at its height (a loud stretch further), then the title big and level in
    the ink across it with the ground cut clear round its letters."""
    s, pen = p.size, TitlePen(p.size)
    face = _heavy(p)
    text = _capitals(p.plain or p.text)
    type_size = rng.uniform(*ROW)  # of the side, so the rows are the same at any size
    size = max(5, int(s * type_size))
    unit = f"{text}  \u00b7  "
    period = width(unit, face, size)
    repeat = unit * (int((2 * s) // max(1.0, period)) + 2)
    strip = Line(repeat, width(repeat, face, size))
    leading = rng.uniform(1.05, 1.3)
    pitch = s * type_size * leading
    rows = int(1 / (type_size * leading)) + 2
    curve = np.asarray(p.curve or (0.5,), float)
    level = np.interp(np.linspace(0, 1, rows), np.linspace(0, 1, len(curve)), curve)
    level = (level - level.min()) / max(1e-6, float(np.ptp(level)))
    tone = mix(p.ground, p.ink, TONE)
    accent = p.accent if contrast_ratio(p.accent, p.ground) >= 1.3 else tone
    accent = tone if p.quiet else mix(p.ground, accent, 0.55)
    drift = rng.uniform(0.2, 0.6)
    for row in range(rows):
        shift = (row * drift + float(level[row])) * period % period
        colour = accent if level[row] >= LOUD else tone
        draw_line(image, -shift, pitch * (row + 0.8), strip, face, size, colour)
    glyphs, _ = title_block(text, face, s, 1 - 2 * M, 0.3, rng.random() < 0.55)
    peak = float(np.argmax(level)) / max(1, rows - 1)
    y = int(np.clip(s * peak - glyphs.height / 2, s * M, s * (1 - M) - glyphs.height))
    x = int(s * M) if glyphs.width < s * (1 - 2 * M) * 0.9 and rng.random() < 0.5 else 0
    x = x or (s - glyphs.width) // 2
    cut = max(3, int(s * CUT)) | 1
    padded = Image.new("L", (glyphs.width + 2 * cut, glyphs.height + 2 * cut), 0)
    padded.paste(glyphs, (cut, cut))
    clear = padded.filter(ImageFilter.MaxFilter(cut)).filter(ImageFilter.MaxFilter(cut))
    paint(image, clear, p.ground, (x - cut, y - cut))
    pen.paste(image, glyphs, (x, y), p.ink, sum(1 for c in text if not c.isspace()))
    return pen
