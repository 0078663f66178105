"""The typographic poster's tower, returning the pen that set the legible title: a
Swiss poster, the title in heavy capitals turned up the frame and set as big as its
height allows, flush to one side, beside a narrow info column (a hairline, the title
small, the song's loudness as a solid form in the accent with an ink square where it
peaks). Its line splitter (_best) also sets the meter's title.

The song sets the tower (Golden Hour and Song Title had drawn one picture in two
yellows): its energy how far across the frame the title stands (the info column the
rest), how many times it swells how many lines the title breaks into, its loudness
range whether the line where the song peaks is set to the frame's full height, heavy,
over the others smaller and lighter (a dynamic song), or all lines at one size with a
ragged end, flush to the foot for a song that builds and to the
head for one that peaks early; where it peaks the side the tower stands on. The seed
turns a share of them over (the side, the flush) and reads it up or down the frame.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import ceil

import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine import signals
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
from sleeve.engine.styles.cover_parts.poster_more import SPACED_SCRIPTS, weighted
from sleeve.engine.styles.cover_parts.poster_spine import _needed_px, clashes, ink_on
from sleeve.engine.styles.cover_parts.poster_stack import peak_share
from sleeve.engine.title_lines import Line

M = 0.075  # margin, share of the side
TOWER_WIDE = 0.56  # the most of the side the turned title spans across
TOWER_LETTER = 1.15  # its letters at least this many times the spine's least (huge)
ACROSS = (0.4, 0.62)  # the most of the side the turned title spans across (calm, loud)
DYNAMIC = 0.3  # a loudness range (0..1) from which the peak's line is set over the rest
SMALLER = 0.55  # a dynamic song's lines away from its peak, of the peak line's size
LIGHT = 0.62  # the weight of the lines away from the peak, of the heavy one's


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


def swells(curve: tuple[float, ...]) -> int:
    """How many times the song swells (1 to 3): the loud stretches of its smoothed
    loudness, each rising past its mean by a quarter of its range."""
    if len(curve) < 4:
        return 1
    level = signals.resample(curve, 24)
    level = signals.smooth(level, 2)
    loud = level > level.mean() + 0.25 * float(np.ptp(level))
    return int(np.clip(int(loud[0]) + int(np.sum(loud[1:] & ~loud[:-1])), 1, 3))


@dataclass(frozen=True)
class Setting:
    """The tower's lines, each one's type size and weight, and whether they stand
    flush to the foot (else the head)."""

    lines: list[str]
    sizes: list[int]
    weights: list[float]
    foot: bool


def _sizes(
    lines: list[str], face, length: float, across: float, lit: int | None, need: float
) -> list[int]:
    """Each line's type size: with a `lit` line (a dynamic song), that line set to the
    full length and the others SMALLER of it (never under `need`, nor over their own
    full length), the lit line as big as the depth they leave allows, shrinking with
    them; else all at the size of the longest. All of them together at most `across` deep."""
    cap = across / 0.95
    full = [px_for_width(t, face, length, cap) for t in lines]
    if lit is None:
        sizes = [min(min(full), int(across / len(lines) / 0.95))] * len(lines)
    else:  # the lit line as big as the others (SMALLER of it, at least `need`) allow
        big = float(full[lit])
        while True:
            small = max(need, big * SMALLER)
            sizes = [int(big) if k == lit else min(px, ceil(small)) for k, px in enumerate(full)]
            if sum(sizes) <= cap or big * 0.96 < need:
                break
            big *= 0.96
    deep = sum(sizes) * 0.95
    if deep > across:
        sizes = [max(6, int(px * across / deep)) for px in sizes]
    return sizes


def _lit(lines: list[str], p: Poster) -> int:
    """The line holding the word where the song peaks."""
    words = " ".join(lines).split()
    word = min(len(words) - 1, int(peak_share(p) * len(words)))
    ends = np.cumsum([len(line.split()) for line in lines])
    return int(np.searchsorted(ends, word, side="right"))


def setting(text: str, face, p: Poster, rng: np.random.Generator) -> Setting:
    """The song's setting of the tower (see the module): the split nearest the song's
    swells among those whose every letter stands TOWER_LETTER times the spine's least;
    the fitted setting where none does at the song's breadth."""
    s = p.size
    length = s * (1 - 2 * M)
    e = float(np.clip(p.energy, 0.0, 1.0))
    across = s * (ACROSS[0] + (ACROSS[1] - ACROSS[0]) * e)
    curve = np.asarray(p.curve or (0.5,), float)
    dynamic = float(np.ptp(curve)) >= DYNAMIC
    need = TOWER_LETTER * _needed_px(text, face, s)
    want = swells(p.curve) if len(text.split()) > 1 else 1
    fits = []
    for lines in _splits(text, 3):
        lit = _lit(lines, p) if dynamic and len(lines) > 1 else None
        sizes = _sizes(lines, face, length, across, lit, need)
        if min(sizes) >= need:
            fits.append((abs(len(lines) - want), -max(sizes), lines, sizes, lit))
    if fits:
        _, _, lines, sizes, lit = min(fits, key=lambda f: f[:2])
    else:
        lines, px = _tower_lines(text, face, s)
        sizes, lit = [px] * len(lines), None
    heavy = _heavy_weight(p)
    weights = [heavy if lit in (None, k) else heavy * LIGHT for k in range(len(lines))]
    foot = (peak_share(p) >= 0.5) != (rng.random() < 0.25)
    return Setting(lines, sizes, weights, foot)


def _heavy_weight(p: Poster) -> float:
    """The tower's heavy weight (poster_bold._heavy's)."""
    return 420.0 if p.quiet else 720.0 + 180.0 * p.energy


def _turned(
    p: Poster, set_: Setting, up: bool
) -> tuple[list[tuple[Image.Image, tuple[int, int], int]], tuple[int, int]]:
    """Each line's mask turned up (or down) the frame and where it sits in the
    tower's box, with its letter count; and the box's size."""
    masks = [
        line_mask(t, weighted(p.face, w), px, pad=0.12)
        for t, px, w in zip(set_.lines, set_.sizes, set_.weights, strict=True)
    ]
    long = max(m.width for m in masks)
    deep = sum(m.height for m in masks)
    out, y = [], 0
    for text, m in zip(set_.lines, masks, strict=True):
        a = 0 if set_.foot else long - m.width  # from the foot, or the head
        chars = sum(1 for c in text if not c.isspace())
        # turned counter-clockwise (read up) the first line stands at the inner side;
        # clockwise (read down) at the outer
        turned = m.rotate(90 if up else -90, expand=True)
        out.append((turned, (y if up else deep - y - m.height, long - a - m.width), chars))
        y += m.height
    return out, (deep, long)


def tower(image: Image.Image, p: Poster, rng: np.random.Generator) -> TitlePen:
    """The title turned up the frame, huge, on a side the song picks (the seed turns a
    share); beside it the info column: a hairline, the title small, and the loudness
    as a solid form in the accent down the column with an ink square where the song
    peaks."""
    s, pen = p.size, TitlePen(p.size)
    face = _heavy(p)
    text = _capitals(p.plain or p.text)
    set_ = setting(text, face, p, rng)
    up = rng.random() < 0.7
    pieces, (gw, gh) = _turned(p, set_, up)
    left = (peak_share(p) < 0.5) != (rng.random() < 0.3)
    x = int(s * M * 0.6) if left else int(s * (1 - M * 0.6) - gw)
    top = int(s * (1 - M) - gh)
    ink = ink_on(p.ground, p.ink)  # the spine's measure: thin letters lose a third
    for glyphs, (dx, dy), chars in pieces:
        pen.paste(image, glyphs, (x + dx, top + dy), ink, chars)
    # the info column in the room beside the title
    c0 = x + gw + s * 0.05 if left else s * M
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
