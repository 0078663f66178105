"""Sakura: cherry blossoms drawn in the marbling as ebru draws its small flowers, each
a drop the stylus pushes in between five petals and nicks at each petal's tip, one
big blossom and a drift of small ones falling across the art's box, on veined paper.

Drawn as in ``marbled_figures``, each blossom on its own copy of the bath, laid over
in turn.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import compose
from sleeve.engine.color import oklch_to_rgb, rgb_to_oklch
from sleeve.engine.direction import RGB, ArtDirection
from sleeve.engine.styles.cover_parts import marble_field as mf
from sleeve.engine.styles.cover_parts import marbled_patterns as pat
from sleeve.engine.styles.cover_parts import marbled_sheet as sheet
from sleeve.engine.styles.cover_parts.marbled_figures import pull, veins
from sleeve.engine.styles.cover_parts.marbled_layouts import within
from sleeve.engine.styles.cover_parts.marbled_sheet import CLEAR

Layers = list[tuple[np.ndarray, mf.Bands]]
PINK = 352.0  # the blossoms' hue (OKLCH)
Point = tuple[float, float]
PETALS = 5


def blossom_inks(ground: RGB) -> list[RGB]:
    """The blossoms' inks whatever the palette: cherry pinks (the one that stands off
    the paper most the petals, the other the ring through them) and the hearts a deep
    red on pale petals, a pale gold on deep ones."""
    pale, deep = oklch_to_rgb(0.86, 0.07, PINK), oklch_to_rgb(0.6, 0.17, PINK)
    if rgb_to_oklch(ground)[0] > 0.5:
        return [deep, pale, oklch_to_rgb(0.9, 0.09, 95.0)]
    return [pale, deep, oklch_to_rgb(0.48, 0.17, 12.0)]


def _blossom(f: mf.Field, c: Point, r: float, turn: float) -> np.ndarray:
    """One blossom's coordinate: a drop at `c` on a copy of the bath, the stylus pushed
    in deep between its petals and nicked in at each petal's tip."""
    g = mf.Field(f.x.copy(), f.y.copy(), f.px)
    for k in range(PETALS):
        a = turn + 2 * np.pi * k / PETALS
        b = a + np.pi / PETALS  # between two petals: the cleft
        cleft = (c[0] + 1.5 * r * np.cos(b), c[1] + 1.5 * r * np.sin(b))
        pull(g, cleft, b + np.pi, 1.3 * r, 0.75 * r, 0.08 * r)
        tip = (c[0] + 1.3 * r * np.cos(a), c[1] + 1.3 * r * np.sin(a))
        pull(g, tip, a + np.pi, 0.5 * r, 0.22 * r, 0.04 * r)
    return mf.rings(g, c)


def _bands(inks: int, r: float) -> mf.Bands:
    """A blossom's drop: an accent heart, a thin ring of paper, the petals' field ink
    with a ring of the second through them."""
    field, second, accent = pat.roles(inks)
    bounds = np.array([0.18, 0.24, 0.55, 0.66, 1.0]) * r
    return mf.Bands(bounds, np.array([accent, CLEAR, field, second, field, CLEAR]))


def _spots(d: ArtDirection, rng: np.random.Generator, side: str) -> list[tuple[Point, float]]:
    """The blossoms: a big one across the art box at the song's loudest moment, then
    three or four small ones drifting down and across from it (a falling line)."""
    bx0, by0, bx1, by1 = sheet.art_box(d, side)
    loud = pat.peaks(pat.energy_line(d), 1)[0][0]
    big = min(rng.uniform(0.24, 0.28), (by1 - by0) / 2.7)
    x = bx0 + 0.26 + (bx1 - bx0 - 0.52) * (0.25 + 0.5 * loud)
    y = by0 + 1.25 * big + 0.02
    out = [((x, y), big)]
    drift = 1.0 if x < (bx0 + bx1) / 2 else -1.0
    count = int(rng.integers(3, 5))
    top, across = y + 0.3 * big, x + drift * 1.45 * big  # clear of the big one, beside it
    for k in range(count):
        t = k / max(count - 1, 1)
        px = across + drift * t * (bx1 - bx0) * rng.uniform(0.2, 0.3) + rng.uniform(-0.03, 0.03)
        py = top + t * (by1 - 0.06 - top) + rng.uniform(-0.02, 0.02)
        small = big * rng.uniform(0.25, 0.38) * (1 - 0.3 * t)
        out.append(((float(np.clip(px, bx0 + 0.05, bx1 - 0.05)), float(py)), small))
    return out


def sakura(
    f: mf.Field, d: ArtDirection, rng: np.random.Generator, inks: int, side: str
) -> tuple[Layers, compose.Box]:
    """A big blossom and a drift of small ones falling from it, on veined paper; the
    focus the big blossom."""
    spots = _spots(d, rng, side)
    layers: Layers = []
    for c, r in spots[::-1]:  # the big blossom laid last, on top
        layers.append((_blossom(f, c, r, rng.uniform(0, 2 * np.pi)), _bands(inks, r)))
    (cx, cy), r = spots[0]
    ground = veins(f, d, rng, inks)
    return [ground, *layers], within(compose.around(cx, cy, 1.5 * r), side)
