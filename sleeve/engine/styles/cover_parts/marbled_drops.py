"""The drop: one big drop's rings dropped on plain water, stirred once and pulled
out into a tail (a swirl with a tail), cropped large by the cover's edge, lifted onto
plain paper with calm paper for the title (moves on a ``marble_field``, undone newest
first). The song moves it: the drop sits at its loudest moment, the stroke follows its
key (or the seed), the rings its tempo, the stir its energy.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import compose
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts import marble_field as mf
from sleeve.engine.styles.cover_parts import marbled_inks as inks_of
from sleeve.engine.styles.cover_parts import marbled_patterns as pat
from sleeve.engine.styles.cover_parts import marbled_sheet as sheet
from sleeve.engine.styles.cover_parts.marbled_figures import pull
from sleeve.engine.styles.cover_parts.marbled_sheet import CLEAR

Layers = list[tuple[np.ndarray, mf.Bands]]
Point = tuple[float, float]
EDGE = 0.03  # the least paper between the ink and the title's side (share of the side)


def room(c: Point, box: compose.Box) -> float:
    """How far ink at `c` may spread before it crosses into the title's side: the
    distance to the art box's edges that are not the cover's own edges."""
    x0, y0, x1, y1 = box
    gaps = [c[0] - x0 if x0 > 0 else 9.0, x1 - c[0] if x1 < 1 else 9.0]
    gaps += [c[1] - y0 if y0 > 0 else 9.0, y1 - c[1] if y1 < 1 else 9.0]
    return max(min(gaps) - EDGE, 0.02)


def drop_bands(
    rng: np.random.Generator, own: int, other: int, reach: float, count: int, bold: bool = False
) -> mf.Bands:
    """One drop's rings out to `reach`: its own ink and clear water by turns, the water
    wider, each later drop pushing the earlier rings out (equal areas: the outer rings
    thinner); one ring of `other`; the rim its own ink. `bold` (on a dark ground, where
    thin pale lines faded at 64 px): the ink wider, the water thin dark lines."""
    areas, inks = [], []
    swap = int(rng.integers(1, max(count // 2, 2))) * 2
    water, ink = ((0.25, 0.45), (0.8, 1.4)) if bold else ((0.8, 1.5), (0.35, 0.6))
    for k in range(count):  # innermost first
        if k % 2:
            areas.append(rng.uniform(*water))
            inks.append(CLEAR)
        else:
            areas.append(rng.uniform(*ink) if k else rng.uniform(0.15, 0.3))
            inks.append(other if k == swap else own)
    inks[-1] = own
    radii = np.sqrt(np.cumsum(areas) / sum(areas)) * reach
    return mf.Bands(radii, np.array([*inks, CLEAR]))


def dark_ground(d: ArtDirection) -> bool:
    """Whether the cover's paper is dark (the genre's own black, or a dark palette)."""
    dark_genre = d.language.subgenre in inks_of.DARK or d.genre == "metal"
    return dark_genre or compose.dark_field(rgb_to_oklch(d.palette.background)[0])


def _rings_count(d: ArtDirection, rng: np.random.Generator, least: int) -> int:
    """Rings a drop (odd: ink inside and at the rim): more for faster music."""
    return 2 * int(least + 3 * pat.fineness(d) + rng.integers(0, 3)) + 1


def _stroke_angle(d: ArtDirection, rng: np.random.Generator) -> float:
    """The stylus's direction: the key's (as the combs') or the seed's, tilted."""
    return pat.comb_angle(d, rng) + float(rng.uniform(-0.35, 0.35))


def _within(b: compose.Box, box: compose.Box) -> compose.Box:
    """`b` cut to `box`."""
    return (max(b[0], box[0]), max(b[1], box[1]), min(b[2], box[2]), min(b[3], box[3]))


def _far_corner(d: ArtDirection, side: str, rng: np.random.Generator, loud: float) -> Point:
    """The big drop's centre: toward the cover's edge away from the title, near enough
    that the edge crops it, and across the box at the song's loud moment."""
    bx0, by0, bx1, by1 = sheet.art_box(d, side)
    x = bx0 + (bx1 - bx0) * (0.3 + 0.4 * loud + rng.uniform(-0.06, 0.06))
    deep = rng.uniform(0.25, 0.4)  # of the box's depth from the cover's edge
    if side.startswith("top"):
        return x, by1 - (by1 - by0) * deep
    if side.startswith("bottom"):
        return x, by0 + (by1 - by0) * deep
    return bx0 + (bx1 - bx0) * deep, by0 + (by1 - by0) * (0.3 + 0.4 * loud)


def drop(
    f: mf.Field, d: ArtDirection, rng: np.random.Generator, inks: int, side: str
) -> tuple[Layers, compose.Box]:
    """One big drop of many rings, cropped by the cover's edge, stirred once off its
    centre and pulled out into a tail (louder music stirs harder); the stroke's
    direction from the key or the seed."""
    box = sheet.art_box(d, side)
    loud = pat.peaks(pat.energy_line(d), 1)[0][0]
    c = _far_corner(d, side, rng, loud)
    r = min(rng.uniform(0.4, 0.5), room(c, box) / 1.05)
    angle = _stroke_angle(d, rng)
    tip = (c[0] + 1.4 * r * np.cos(angle), c[1] + 1.4 * r * np.sin(angle))
    if room(tip, box) <= 0.02:  # the tail runs away from the title, never into it
        angle += np.pi
    off = rng.uniform(0.15, 0.35) * r
    stir = (c[0] + off * np.cos(angle + 1.6), c[1] + off * np.sin(angle + 1.6))
    turn = (2.2 + 2.5 * d.energy) * (1 if rng.random() < 0.5 else -1)
    back = (stir[0] - 0.2 * r * np.cos(angle), stir[1] - 0.2 * r * np.sin(angle))
    mf.breeze(f, rng, 0.004 + 0.01 * d.turbulence)
    pull(f, back, angle, 1.6 * r, (0.45 + 0.3 * d.energy) * r, 0.08 * r)  # the tail
    mf.swirl(f, stir, turn, 0.3 * r)
    field, second, accent = pat.roles(inks)
    bands = drop_bands(rng, field, second, r, _rings_count(d, rng, 5), dark_ground(d))
    ring_inks = bands.inks.copy()
    ring_inks[2:-2:4][ring_inks[2:-2:4] == field] = second  # every other ink ring the second
    ring_inks[int(rng.integers(1, max(len(ring_inks) // 4, 2))) * 2] = accent
    bands = mf.Bands(bands.bounds, ring_inks)
    focus = _within(compose.around(c[0], c[1], r * 1.05), box)
    return [(mf.rings(f, c), bands)], compose.clip_box(focus)
