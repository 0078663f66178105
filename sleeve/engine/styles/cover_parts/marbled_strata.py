"""The strata: the song's energy curve as two to four ranges of combed marbling,
laid back to front from the cover's edge away from the title (rising under a title at
the top, hanging over one at the bottom), each edged by a line of paper.

The song moves it: the back range is its energy curve, the nearer ones calmer, lower
stretches of it; its energy (and the seed) sets how many ranges and how tall; its
tempo how fine the stripes run; the seed the comb (a gel-git's arches or a wavy
stick's chevrons), which way the curve reads and how the ranges are spaced (moves on a
``marble_field``).
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import compose
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts import marble_field as mf
from sleeve.engine.styles.cover_parts import marbled_patterns as pat
from sleeve.engine.styles.cover_parts import marbled_sheet as sheet
from sleeve.engine.styles.cover_parts.marbled_sheet import CLEAR

F = np.float32
Layers = list[tuple[np.ndarray, mf.Bands]]
EDGE_LINE = 0.014  # the line of paper along a range's crest (share of the side)
HEADROOM = 0.03  # paper kept between the tallest crest and the title's side


def profile(d: ArtDirection, rng: np.random.Generator, ranges: int) -> list[np.ndarray]:
    """Each range's crest as heights 0..1 over 64 samples across the cover, back to
    front: the back range the song's energy curve, each nearer one a calmer stretch of
    it (smoothed wider, shifted along); the seed reads it one way or the other."""
    line = pat.energy_line(d, 64)
    if rng.random() < 0.5:
        line = line[::-1]
    out = []
    for k in range(ranges):
        width = 3 + 6 * k  # nearer ranges smoother
        kernel = np.hanning(2 * width + 1)
        shifted = np.roll(line, int(rng.integers(-12, 13)) * k)
        smooth = np.convolve(np.pad(shifted, width, mode="edge"), kernel / kernel.sum(), "valid")
        low, high = smooth.min(), smooth.max()
        out.append((smooth - low) / (high - low) if high - low > 1e-3 else np.full(64, 0.5))
    return out


def _bands(body: int, accent: int, step: float, depth: float, with_accent: bool) -> mf.Bands:
    """One range's stripes below its crest (coordinate 0 at the crest, negative down):
    a line of paper at the crest, then the body ink in wide stripes parted by hairlines
    of paper, now and then a thin stripe of the accent."""
    bounds, inks = [0.0, -EDGE_LINE], [CLEAR, CLEAR]
    at, k = -EDGE_LINE, 0
    while at > -depth:
        ink = accent if with_accent and k % 4 == 2 else body
        at -= step * (0.35 if ink == accent else 1.0)
        bounds.append(at)
        inks.append(ink)
        at -= step * 0.18
        bounds.append(at)
        inks.append(CLEAR)
        k += 1
    inks.append(body)  # below the last stripe (past the cover)
    return mf.Bands(np.array(bounds[::-1], F), np.array(inks[::-1]))


def strata(
    f: mf.Field, d: ArtDirection, rng: np.random.Generator, inks: int, side: str
) -> tuple[Layers, compose.Box]:
    """Two to four ranges of combed stripes from the edge away from the title (fewer
    stand taller), the back one tallest; the focus the ranges' whole box."""
    bx0, by0, bx1, by1 = sheet.art_box(d, side)
    hanging = side.startswith("bottom")
    top = (1.0 - by1 if hanging else by0) + HEADROOM  # the crests' highest (from the far edge)
    ranges = 2 + int(d.energy > 0.5) + int(rng.random() < 0.6)  # two tall ones to four
    crests = profile(d, rng, ranges)
    field, second, accent = pat.roles(inks)
    pace = pat.fineness(d)
    step = 0.05 - 0.018 * pace
    # the comb: arches (a gel-git across the stripes) or chevrons (a wavy stick)
    if rng.random() < 0.5:
        passes = 1.0 / int(5 + 3 * pace + rng.integers(0, 2))
        mf.gelgit(f, np.pi / 2, passes, rng.uniform(0, passes), passes * 0.35, passes * 0.25)
    else:
        length = rng.uniform(0.12, 0.2)
        mf.wave(f, np.pi / 2, length * 0.16, length, rng.uniform(0, 6.3), 0.6)
    mf.breeze(f, rng, 0.008 + 0.015 * d.turbulence)
    y = (F(1) - f.y) if hanging else f.y
    x = np.clip(f.x, 0, 1) * F(63)
    span = 1.0 - top
    layers: Layers = []
    for k, crest in enumerate(crests):  # back to front
        near = k / max(ranges - 1, 1)
        base = top + span * (0.34 + 0.36 * near + rng.uniform(-0.03, 0.03))
        tall = span * (0.34 - 0.2 * near) * (0.7 + 0.3 * d.energy) * (1.3 if ranges == 2 else 1)
        height = np.interp(x, np.arange(64), crest).astype(F)
        line = F(max(base - tall, top)) + F(tall) * (F(1) - height)
        u = line - y  # 0 on the crest, negative below it
        body = field if (ranges - 1 - k) % 2 == 0 else second  # the front range the field ink
        edge = accent if body != accent else second
        depth = 1.2 - float(np.min(line))
        layers.append((u, _bands(body, edge, step, depth, k == ranges - 1)))
    y0 = top - 0.02
    focus = (bx0, 1.0 - by1, bx1, 1.0 - y0) if hanging else (bx0, y0, bx1, by1)
    return layers, compose.clip_box(focus)
