"""The wave: one huge combed breaker, the bath's stripes lifted into a single tall
crest that curls over into a spiral (as Hokusai's wave, in marbling), the sky above it
plain paper for the title (moves on a ``marble_field``, undone newest first).

The song moves it: the crest stands at its loudest moment, the stripes' spacing follows
its tempo, the crest's height and curl its energy, the way it breaks the seed.
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
SEA = 0.8  # the calm water's level away from the crest (share of the side, from the top)


def water_bands(rng: np.random.Generator, inks: int, surface: float, d: ArtDirection) -> mf.Bands:
    """The bath's stripes below `surface` (clear paper above): the field ink wide, the
    second and a thin accent between, each parted by a hairline of paper; about
    60/30/10, finer for faster music."""
    field, second, accent = pat.roles(inks)
    step = 0.036 - 0.01 * pat.fineness(d)
    bounds, ring_inks = [surface], [CLEAR]
    at, k = surface, 0
    while at < 1.6:
        ink = field if k % 2 == 0 else (accent if k % 6 == 3 and accent != second else second)
        width = step * (rng.uniform(0.9, 1.3) if ink == field else rng.uniform(0.35, 0.6))
        if ink == accent:
            width *= 0.5
        at += width
        bounds.append(at)
        ring_inks.append(ink)
        at += step * 0.12  # a hairline of paper between the inks
        bounds.append(at)
        ring_inks.append(CLEAR)
        k += 1
    return mf.Bands(np.array(bounds, F), np.array([*ring_inks, field]))


def _hump(f: mf.Field, x: float, height: float, width: float, lean: float) -> None:
    """Undo the lift of the water into one crest at `x`: ink raised `height` at the crest
    and less away from it (a bell, steeper on the side it leans to), the lift easing
    off with depth."""
    dx = f.x - F(x)
    w = np.where(dx * F(lean) > 0, F(width * 0.6), F(width))
    bell = np.exp(-((dx / w) ** 2))
    depth = np.clip((F(1.15) - f.y) * F(1.4), 0.2, 1)
    f.y += F(height) * bell * depth


def wave(
    f: mf.Field, d: ArtDirection, rng: np.random.Generator, inks: int, side: str
) -> tuple[Layers, compose.Box]:
    """One huge crest at the song's loudest moment, curling over toward the side it
    leans to, the water below combed into stripes; the sky plain paper."""
    box = sheet.art_box(d, side)
    bx0, by0, bx1, by1 = box
    loud = pat.peaks(pat.energy_line(d), 1)[0][0]
    lean = 1.0 if rng.random() < 0.5 else -1.0
    x = bx0 + (bx1 - bx0) * (0.38 + 0.24 * loud) - lean * 0.06
    top = by0 + 0.04 + 0.08 * (1 - d.energy)
    height = SEA - top
    width = rng.uniform(0.22, 0.3)
    reach = rng.uniform(0.09, 0.12)
    curl_at = (x + lean * 0.9 * reach, top + 1.1 * reach)
    turn = lean * (4.5 + 2.0 * d.energy)
    mf.swirl(f, curl_at, turn, reach)  # the lip curling over (undone first: newest)
    _hump(f, x, height, width, lean)
    swell = rng.uniform(0.09, 0.14)  # the water combed first by a wavy stick: a swell
    mf.wave(f, np.pi / 2, swell * 0.07, swell, rng.uniform(0, 6.3), 0.35)
    mf.breeze(f, rng, 0.006)
    bands = water_bands(rng, inks, SEA, d)
    focus = (max(x - 1.6 * width, 0.0), top, min(x + 1.6 * width, 1.0), 1.0)
    return [(f.y.copy(), bands)], compose.clip_box(focus)
