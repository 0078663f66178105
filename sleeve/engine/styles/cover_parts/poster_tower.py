"""The typographic poster's tower, returning the pen that set the legible title: a
Swiss poster, the title in heavy capitals turned up the frame and set as big as its
height allows, flush to one side, beside a narrow info column (a hairline, the title
small, the song's loudness as a solid form in the accent with an ink square where it
peaks). Its line splitter (_best) also sets the meter's title.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine.color import contrast_ratio, mix
from sleeve.engine.glyphs import draw_line
from sleeve.engine.scripts import dominant_script
from sleeve.engine.styles.cover_parts.poster_bold import _heavy
from sleeve.engine.styles.cover_parts.poster_grid import _capitals
from sleeve.engine.styles.cover_parts.poster_kit import (
    Poster,
    TitlePen,
    line_mask,
    px_for_width,
    rule,
    width,
)
from sleeve.engine.styles.cover_parts.poster_more import SPACED_SCRIPTS
from sleeve.engine.styles.cover_parts.poster_spine import _needed_px, clashes, ink_on
from sleeve.engine.title_lines import Line

M = 0.075  # margin, share of the side
TOWER_WIDE = 0.56  # the most of the side the turned title spans across
TOWER_LETTER = 1.15  # its letters at least this many times the spine's least (huge)


def _splits(text: str, most: int) -> list[list[str]]:
    """The title whole, and broken at its words into two (and three) balanced lines."""
    words, out = text.split(), [[text]]
    for count in range(2, min(most, len(words)) + 1):
        per = len(text) / count
        cuts, k = [], 0
        for _ in range(count - 1):  # each cut where the running length passes a share
            k = min(
                range(k + 1, len(words) - (count - 1 - len(cuts)) + 1),
                key=lambda j: abs(len(" ".join(words[:j])) - per * (len(cuts) + 1)),
            )
            cuts.append(k)
        bounds = [0, *cuts, len(words)]
        out.append([" ".join(words[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)])
    return out


def _best(text: str, face, length: float, across: float, most: int) -> tuple[list[str], int]:
    """The lines (one to `most`) and type size at which the title is biggest, each line
    `length` long and all of them `across` deep."""
    best: tuple[list[str], int] = ([text], 0)
    for lines in _splits(text, most):
        cap = across / len(lines) / 0.95
        px = min(px_for_width(t, face, length, cap) for t in lines)
        if px > best[1]:
            best = (lines, px)
    return best


def _tower_lines(text: str, face, s: int) -> tuple[list[str], int]:
    return _best(text, face, s * (1 - 2 * M), s * TOWER_WIDE, 3)


def _tower_px(text: str, face, s: int) -> int:
    return _tower_lines(text, face, s)[1]


def tower_fits(plain: str, face) -> bool:
    """Whether the title turns up the tower: Latin, Greek or Cyrillic whose capitals,
    in one or two lines the frame's height long, stand TOWER_LETTER times the spine's
    least letter."""
    text = _capitals(plain)
    if dominant_script(text) not in SPACED_SCRIPTS or not text.strip():
        return False
    return _tower_px(text, face, 1000) >= TOWER_LETTER * _needed_px(text, face, 1000)


def _info(p: Poster) -> list[str]:
    """The info column's lines: the title as set (two reviewers read a colophon of the
    tempo and key, "70 BPM / G minor", as metadata printed on the artwork)."""
    return [p.plain or p.text]


def tower(image: Image.Image, p: Poster, rng: np.random.Generator) -> TitlePen:
    """The title turned up the frame, huge, flush to a seeded side; beside it the info
    column: a hairline, the title small, and the loudness as a solid
    form in the accent down the column with an ink square where the song peaks."""
    s, pen = p.size, TitlePen(p.size)
    face = _heavy(p)
    text = _capitals(p.plain or p.text)
    lines, px = _tower_lines(text, face, s)
    masks = [line_mask(t, face, px, pad=0.12) for t in lines]
    strip = Image.new("L", (max(m.width for m in masks), sum(m.height for m in masks)), 0)
    y = 0
    for m in masks:
        strip.paste(m, (0, y))
        y += m.height
    glyphs = strip.rotate(90, expand=True)
    left = rng.random() < 0.6
    x = int(s * M * 0.6) if left else int(s * (1 - M * 0.6) - glyphs.width)
    chars = sum(1 for c in text if not c.isspace())
    ink = ink_on(p.ground, p.ink)  # the spine's measure: thin letters lose a third
    pen.paste(image, glyphs, (x, int(s * (1 - M) - glyphs.height)), ink, chars)
    # the info column in the room beside the title
    c0 = x + glyphs.width + s * 0.05 if left else s * M
    c1 = s * (1 - M) if left else x - s * 0.05
    if c1 - c0 < s * 0.12:
        return pen
    rule(image, s * M, c0, c1, p.ink)
    small = _info(p)
    px_small = max(6, int(s * 0.032))
    base = s * M + px_small * 1.9
    for k, line in enumerate(small):
        size = min(px_small, px_for_width(line, p.face, c1 - c0, px_small))
        colour = p.ink if k == 0 else mix(p.ink, p.ground, 0.35)
        draw_line(image, c0, base, Line(line, width(line, p.face, size)), p.face, size, colour)
        base += px_small * 1.45
    curve = np.asarray(p.curve or (0.5,), float)
    g0, g1 = base + s * 0.04, s * (1 - M)
    if g1 - g0 < s * 0.15:
        return pen
    steps = np.linspace(0, 1, 40)
    level = np.interp(steps, np.linspace(0, 1, len(curve)), curve)
    # smoothed: a loud track's raw curve drew a seismograph's scribble
    level = np.convolve(np.pad(level, 3, mode="edge"), np.ones(7) / 7, mode="valid")
    level = (level - level.min()) / max(1e-6, float(np.ptp(level)))
    xs = c0 + (c1 - c0) * (0.15 + 0.85 * level) if left else c1 - (c1 - c0) * (0.15 + 0.85 * level)
    ys = g0 + (g1 - g0) * steps
    # the loudness a solid form in the accent from the column's outer edge (a hairline
    # graph read as an empty chart)
    edge = c1 if left else c0
    accent = p.accent
    if p.quiet or contrast_ratio(accent, p.ground) < 2.0 or clashes(accent, p.ground):  # calm: tint
        accent = mix(ink, p.ground, 0.45)
    outline = [(edge, g0), *zip(xs.tolist(), ys.tolist(), strict=True), (edge, g1)]
    draw = ImageDraw.Draw(image)
    draw.polygon(outline, fill=accent)
    peak = int(np.argmax(level))
    r = s * 0.022
    draw.rectangle((xs[peak] - r, ys[peak] - r, xs[peak] + r, ys[peak] + r), fill=ink)
    return pen
