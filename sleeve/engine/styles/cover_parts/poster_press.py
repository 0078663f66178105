"""The typographic poster's `headline`: a clean newspaper front page. A masthead
between a heavy and a thin rule (the tempo and the key in small capitals), the title
as the banner headline across the full measure (level in any script), and under a
rule the columns of body text as grey lines with the song's loudness as the front
page's chart in one column, its peak in the accent. The song sets the page: its
tempo how many columns (a slow song two broad ones, a fast one four narrow), where it
peaks the column the chart stands in, a dynamic song's chart two columns wide, its
tempo how many bars the chart counts (one front page had been every song's)."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine.color import contrast_ratio, mix
from sleeve.engine.glyphs import draw_line
from sleeve.engine.styles.cover_parts.poster_bold import _heavy
from sleeve.engine.styles.cover_parts.poster_grid import _capitals
from sleeve.engine.styles.cover_parts.poster_kit import Poster, TitlePen, rule, width
from sleeve.engine.styles.cover_parts.poster_shapes import _chars, title_block
from sleeve.engine.styles.cover_parts.poster_stack import peak_share
from sleeve.engine.styles.cover_parts.poster_tower import _info
from sleeve.engine.title_lines import Line

M = 0.07  # margin, share of the side
COLUMNS = (2, 4)  # the body's columns (slow, fast)
BARS = (8, 18)  # the chart's bars (slow, fast)
WIDE_CHART = 0.3  # a loudness range (0..1) from which the chart takes two columns
BODY = 0.42  # the body text's tone, from the ground toward the ink


def _masthead(image: Image.Image, p: Poster) -> float:
    """A heavy rule, the tempo and the key small, a hairline; returns its foot."""
    s, x0, x1 = p.size, p.size * M, p.size * (1 - M)
    heavy = max(2, round(s * 0.01))
    ImageDraw.Draw(image).rectangle((x0, s * M, x1, s * M + heavy - 1), fill=p.ink)
    facts = [f.upper() for f in _info(p)[1:]] or ["NO. 1"]
    px = max(6, int(s * 0.032))
    base = s * M + heavy + px * 1.2
    draw_line(image, x0, base, Line(facts[0], 0), p.face, px, p.ink)
    if len(facts) > 1:
        right = x1 - width(facts[1], p.face, px)
        draw_line(image, right, base, Line(facts[1], 0), p.face, px, p.ink)
    foot = base + px * 0.5
    rule(image, foot, x0, x1, p.ink)
    return foot


def _fast(p: Poster) -> float:
    """0 for a slow song (80 BPM and under) to 1 for a fast one (150 and over)."""
    return float(np.clip((p.tempo - 80.0) / 70.0, 0.0, 1.0))


def _body(image: Image.Image, p: Poster, top: float, rng: np.random.Generator) -> None:
    """Columns of body text as grey lines from `top` to the foot margin (more and
    narrower the faster the song), the song's loudness as a bar chart in the column
    where it peaks (two columns wide for a dynamic song; its peak in the accent)."""
    s, draw = p.size, ImageDraw.Draw(image)
    columns = int(round(COLUMNS[0] + (COLUMNS[1] - COLUMNS[0]) * _fast(p)))
    gutter = s * 0.03
    col = (s * (1 - 2 * M) - gutter * (columns - 1)) / columns
    bottom = s * (1 - M)
    if bottom - top < s * 0.08:
        return
    grey = mix(p.ground, p.ink, BODY)
    leading = max(3.0, s * 0.022)
    thick = max(1, round(leading * 0.38))
    curve = np.asarray(p.curve or (0.5,), float)
    span = 2 if columns > 2 and float(np.ptp(curve)) >= WIDE_CHART else 1
    chart = min(columns - span, int(peak_share(p) * columns))
    x = s * M + chart * (col + gutter)
    _chart(draw, p, (x, top, x + span * col + (span - 1) * gutter, bottom))
    for c in range(columns):
        if chart <= c < chart + span:
            continue
        x0 = s * M + c * (col + gutter)
        y, k = top, 0
        while y + thick <= bottom:
            end = x0 + col * (rng.uniform(0.3, 0.8) if rng.random() < 0.16 else 1.0)
            draw.rectangle((x0, y, end, y + thick - 1), fill=grey)
            y, k = y + leading, k + 1


def _chart(draw: ImageDraw.ImageDraw, p: Poster, box: tuple[float, float, float, float]) -> None:
    x0, y0, x1, y1 = box
    curve = np.asarray(p.curve or (0.3, 0.5, 0.8, 0.6, 0.4), float)
    bars = int(round(BARS[0] + (BARS[1] - BARS[0]) * _fast(p)))
    level = np.interp(np.linspace(0, 1, bars), np.linspace(0, 1, len(curve)), curve)
    level = 0.15 + 0.85 * (level - level.min()) / max(1e-6, float(np.ptp(level)))
    step = (x1 - x0) / bars
    peak = int(np.argmax(level))
    accent = p.accent if contrast_ratio(p.accent, p.ground) >= 1.8 else p.ink
    for k, v in enumerate(level):
        top = y1 - (y1 - y0) * 0.8 * float(v)
        fill = accent if k == peak else p.ink
        draw.rectangle(
            (x0 + k * step, top, x0 + (k + 1) * step - max(1, step * 0.25), y1), fill=fill
        )


def headline(image: Image.Image, p: Poster, rng: np.random.Generator) -> TitlePen:
    """The front page: masthead, the title as the banner headline across the measure
    (centred or flush left), a rule, then the body columns and the chart."""
    s, pen = p.size, TitlePen(p.size)
    face = _heavy(p)
    text = _capitals(p.plain or p.text)
    foot = _masthead(image, p)
    centred = rng.random() < 0.5
    glyphs, _ = title_block(text, face, s, 1 - 2 * M, 0.3, centred)
    room = s * (0.62 if p.small else 0.66) - foot
    if glyphs.height > room:  # three long lines: the headline shrinks to its room
        k = room / glyphs.height
        glyphs = glyphs.resize((max(1, int(glyphs.width * k)), max(1, int(glyphs.height * k))))
    x = (s - glyphs.width) // 2 if centred else int(s * M)
    y = int(foot + s * 0.03)
    pen.paste(image, glyphs, (x, y), p.ink, _chars(text))
    under = y + glyphs.height + s * (0.02 + (0.06 if p.small else 0.0))
    rule(image, under, s * M, s * (1 - M), p.ink)
    _body(image, p, under + s * 0.03, rng)
    return pen
