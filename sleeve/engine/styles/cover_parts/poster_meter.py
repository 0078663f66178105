"""The typographic poster's meter: the title in one line (or two) across the top or the
foot of the frame and, filling the rest, the song as solid bars, one for each sixteenth
of its loudest bars: each as long as the song is loud at its place in the song and as
the beat hits there, as thick as it hits (a kick's bar long and broad, an off-beat hat's
a short hairline, a rest a stub), so the groove reads as a pattern a drummer knows and
the song's shape in the lengths, the bar where they peak in full ink. The tempo sets the
count (a slow song's few broad bars, a fast one's many) and the song the arrangement:
bars rising to the title or hanging from it, or a waveform mirrored about a centre line
for a loud one, or the title as the axis across the middle, the bars rising off it and
hanging under it (a waveform split by the words), at the height where the song peaks;
the sixteenths grouped in beats, a gap between each beat's four. (東京の夜 and Chuva de
Verão had both drawn bars over a title at the foot or the head: one template.) (Rows
reaching across from the margin read as lines of redacted text: a
form, not a sleeve.)
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine import signals
from sleeve.engine.color import contrast_ratio, mix
from sleeve.engine.styles.cover_parts.poster_bold import _heavy
from sleeve.engine.styles.cover_parts.poster_grid import _capitals
from sleeve.engine.styles.cover_parts.poster_kit import Poster, TitlePen, line_mask
from sleeve.engine.styles.cover_parts.poster_spine import _needed_px, clashes, ink_on
from sleeve.engine.styles.cover_parts.poster_stack import peak_share
from sleeve.engine.styles.cover_parts.poster_tower import _best

M = 0.075  # margin, share of the side
TALL = 0.26  # the most of the side the title's type size is
SLOW, FAST = 96.0, 132.0  # tempos under which a bar of the song is 16 bars, from 32
THIN, BROAD = 0.16, 0.82  # a bar's thickness with no hit and on the strongest, of its pitch
FULL = 0.1  # the loudness range (0..1) that spans the bars' whole range of lengths
HIT = 0.45  # how much of a bar's length its sixteenth's hit decides (the rest: loudness)
LOUD = 0.62  # energy from which the bars may mirror about a centre line (a waveform)
ARRANGEMENTS = ("rise", "hang", "wave", "axis")
BEAT_GAP = 0.5  # the gap between beats, of a sixteenth's pitch


def _text(plain: str) -> str:
    return _capitals(plain)


def meter_fits(plain: str, face) -> bool:
    """Whether the title sets the meter: one line the frame's width whose letters stand
    the spine's least at 64 px."""
    text = _text(plain)
    if not text.strip():
        return False
    s = 1000
    return _lines(text, face, s)[1] >= _needed_px(text, face, s)


def _lines(text: str, face, s: int) -> tuple[list[str], int]:
    """One line the frame's width, or two for a title too long to stand in one."""
    return _best(text, face, s * (1 - 2 * M), s * TALL * 1.8, 2)


def bar_count(tempo: float) -> int:
    """A slow song's sixteen bars (one bar of sixteenths), a mid-tempo one's 24, a fast
    one's 32 (two bars)."""
    return 16 if tempo < SLOW else (24 if tempo < FAST else 32)


def arrangement(p: Poster, rng: np.random.Generator) -> str:
    """A mirrored waveform for a loud song (most seeds), else bars rising to a title at
    the top or hanging from one at the foot."""
    pick = rng.random()
    if p.energy >= LOUD and pick < 0.45:
        return "wave"
    if pick > 0.7:
        return "axis"
    return "rise" if rng.random() < 0.6 else "hang"


def levels(curve: tuple[float, ...], count: int) -> np.ndarray:
    """The song's loudness at `count` places over its length, the loudest 1 and the
    quietest down to 0.3 as far as the loudness moves (FULL or more: a lone spike
    read as a glitch; an even song's bars stand even, its groove in their widths)."""
    level = signals.resample(curve, count)
    span = float(np.ptp(level))
    if span < 1e-6:
        return np.ones(count)
    return 1.0 - 0.7 * min(1.0, span / FULL) * (level.max() - level) / span


def pattern(hits: tuple[float, ...], count: int) -> np.ndarray:
    """Each bar's onset strength 0..1, its sixteenth's (the pattern repeated where it is
    shorter); an even 0.5 without one."""
    if not hits:
        return np.full(count, 0.5)
    strength = np.resize(np.asarray(hits, float), count)
    return strength / max(1e-6, float(strength.max()))


def meter(image: Image.Image, p: Poster, rng: np.random.Generator) -> TitlePen:
    """The title across the top or the foot, the song's sixteenths as bars in the
    rest of the frame (module docstring)."""
    s, pen = p.size, TitlePen(p.size)
    face = _heavy(p)
    text = _text(p.plain or p.text)
    lines, px = _lines(text, face, s)
    px = min(px, int(s * TALL))
    masks = [line_mask(t, face, px, pad=0.0) for t in lines]
    lead = int(px * 0.14)
    tall = sum(m.height + lead for m in masks) - lead
    kind = arrangement(p, rng)
    at_top = kind == "rise" or (kind == "wave" and rng.random() < 0.6)
    ty = int(s * M) if at_top else int(s * (1 - M) - tall)
    if kind == "axis":  # the title across where the song peaks, high early, low late
        ty = int(s * (0.34 + 0.22 * peak_share(p)) + rng.uniform(-0.03, 0.03) * s)
        ty = min(ty, int(s * (1 - M) - tall - s * 0.12))  # room under it for a reflection
    ink = ink_on(p.ground, p.ink)
    y = ty
    for t, m in zip(lines, masks, strict=True):
        pen.paste(image, m, (int(s * M), y), ink, sum(1 for c in t if not c.isspace()))
        y += m.height + lead
    gap = max(s * 0.05, px * 0.3)
    b0, b1 = (ty + tall + gap, s * (1 - M)) if at_top else (s * M, ty - gap)
    if kind == "axis":  # the room over the title and under it, the bars' lengths the lesser
        b0, b1 = s * M, ty - gap * 0.6
        below = (ty + tall + gap * 0.6, s * (1 - M))
    if b1 - b0 < s * 0.1:
        return pen
    accent = p.accent  # no clash beside the ground (lime bars on orange), nor faint
    if p.quiet or contrast_ratio(accent, p.ground) < 2.0 or clashes(accent, p.ground):  # calm
        accent = mix(ink, p.ground, 0.45)
    count = bar_count(p.tempo)
    hit = pattern(p.hits, count)
    level = levels(p.curve, count) * (1 - HIT + HIT * hit)  # a kick's bar long, a rest's short
    thick = THIN + (BROAD - THIN) * hit  # and broad, a rest's a hairline
    peak = int(np.argmax(level))
    thick[peak] = max(thick[peak], (THIN + BROAD) / 2)  # the ink bar a bar, not a rule
    draw = ImageDraw.Draw(image)
    x0, x1 = s * M, s * (1 - M)
    beats = count // 4 - 1  # gaps between the beats' fours
    pitch = (x1 - x0) / (count + beats * BEAT_GAP)
    for k in range(count):
        start = x0 + pitch * (k + (k // 4) * BEAT_GAP)
        end = start + max(1.0, pitch * float(thick[k]))
        fill = ink if k == peak else accent
        length = (b1 - b0) * float(level[k])
        if kind == "axis":  # off the title both ways, as long as the room each side
            up = max(1.0, (b1 - b0) * float(level[k]))
            draw.rectangle((start, b1 - up, end, b1), fill=fill)
            # the reflection shorter, as far as the room under the title lets it
            y0, y1 = below[0], below[0] + max(0.0, min(up * 0.6, below[1] - below[0]))
        elif kind == "wave":  # mirrored about the band's centre line
            mid = (b0 + b1) / 2
            y0, y1 = mid - length / 2, mid + length / 2
        elif kind == "rise":  # standing on the foot, reaching up to the title
            y0, y1 = b1 - length, b1
        else:  # hanging from the head, down to the title at the foot
            y0, y1 = b0, b0 + length
        draw.rectangle((start, y0, end, y1), fill=fill)
    return pen
