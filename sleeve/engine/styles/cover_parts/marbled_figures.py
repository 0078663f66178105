"""The pictures drawn in the marbling (ebru's figures), each on a paper ground combed
with fine veins of a tint of the paper (tarama): moves on a ``marble_field`` undone
newest first, as in ``marbled_layouts``.

- heart: the hatip heart, a drop the stylus pulls straight down through, its top
  drawn into a cleft and its foot into a point.

Each figure's drop pushes the veins aside and the stylus drags them with it, as it
does on the bath. Ink indices: the marbling's inks, then the veins' tint.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import compose
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts import marble_field as mf
from sleeve.engine.styles.cover_parts import marbled_patterns as pat
from sleeve.engine.styles.cover_parts import marbled_sheet as sheet
from sleeve.engine.styles.cover_parts.marbled_layouts import within
from sleeve.engine.styles.cover_parts.marbled_sheet import CLEAR

F = np.float32
Layers = list[tuple[np.ndarray, mf.Bands]]
VEIN = 0.0022  # a vein's width (share of the side): a hairline at 1024 px, gone at 64
VEIN_GAP = (0.03, 0.05)  # the veins' spacing


def pull(
    f: mf.Field,
    start: tuple[float, float],
    angle: float,
    length: float,
    amount: float,
    sharp: float,
) -> None:
    """Undo one stylus pull from `start` along `angle` over `length`: ink near the
    stylus's path moved `amount` along it, falling off as sharp / (d + sharp) with the
    distance d from the path and easing in and out at its ends."""
    mx, my = F(np.cos(angle)), F(np.sin(angle))
    dx, dy = f.x - F(start[0]), f.y - F(start[1])
    along = (dx * mx + dy * my) * F(1 / length)
    across = np.abs(dy * mx - dx * my)
    ends = np.clip(np.minimum(along, F(1) - along) * F(6), 0, 1)
    disp = F(amount * sharp) / (across + F(sharp)) * (ends * ends * (F(3) - F(2) * ends))
    f.x -= disp * mx
    f.y -= disp * my


def veins(f: mf.Field, d: ArtDirection, rng: np.random.Generator, tint: int) -> tuple:
    """The paper's fine veins (undone last, so under every figure): parallel hairlines
    of the tint combed into a slow wave and breathed on; their coordinate and bands."""
    angle = pat.comb_angle(d, rng)
    mf.wave(f, angle, rng.uniform(0.015, 0.035), rng.uniform(0.25, 0.5), rng.uniform(0, 6.3))
    mf.breeze(f, rng, 0.03 + 0.05 * d.turbulence)
    period = rng.uniform(*VEIN_GAP)
    half = VEIN / 2
    bands = mf.Bands(np.array([half, period - half]), np.array([tint, CLEAR, tint]), period)
    return mf.across(f, angle), bands


def _petal_bands(rng: np.random.Generator, inks: int, reach: float, rings: int) -> mf.Bands:
    """A figure's drop: bold rings of the field and second inks, each edged by a thin
    ring of the accent or clear paper, the heart a small drop of the accent."""
    field, second, accent = pat.roles(inks)
    widths, ring_inks = [0.5], [accent]  # the heart, innermost
    for k in range(rings):
        ring_inks += [CLEAR if rng.random() < 0.5 or accent == second else accent]
        widths += [rng.uniform(0.12, 0.2)]
        ring_inks += [second if k % 2 == 0 else field]
        widths += [rng.uniform(0.8, 1.3) * (1.0 + 0.25 * k)]
    ring_inks[-1] = field  # the rim is the field ink
    radii = np.cumsum(widths) * reach / sum(widths)
    return mf.Bands(radii, np.array([*ring_inks, CLEAR]))


def _place(side: str, x: float, y: float) -> tuple[float, float]:
    fx0, fy0, fx1, fy1 = sheet.focal(side)
    return fx0 + (fx1 - fx0) * x, fy0 + (fy1 - fy0) * y


def _reach(side: str, share: float) -> float:
    """A figure's radius: `share` of the art's box's shorter side."""
    fx0, fy0, fx1, fy1 = sheet.focal(side)
    return share * min(fx1 - fx0, fy1 - fy0)


def _loud_x(d: ArtDirection) -> float:
    return pat.peaks(pat.energy_line(d), 1)[0][0]


def heart(
    f: mf.Field, d: ArtDirection, rng: np.random.Generator, inks: int, side: str
) -> tuple[Layers, compose.Box]:
    """The hatip heart: a drop the stylus pulls straight down through, from above its
    rim to past its foot, its top drawn into a cleft and its foot into a point; a tilt
    from the seed, the heart leaning to the song's loud moment."""
    r = _reach(side, rng.uniform(0.3, 0.34))
    c = _place(side, 0.4 + 0.2 * _loud_x(d), 0.44)
    down = np.pi / 2 + rng.uniform(-0.15, 0.15)
    start = (c[0] - 1.5 * r * np.cos(down), c[1] - 1.5 * r * np.sin(down))
    pull(f, start, down, 3.0 * r, 0.75 * r, 0.12 * r)
    bands = _petal_bands(rng, inks, r, int(rng.integers(3, 5)))
    u = mf.rings(f, c)
    mf.push(f, c, r)
    ground = veins(f, d, rng, inks)
    return [ground, (u, bands)], within(
        compose.around(c[0], c[1] + 0.2 * r, 1.2 * r, 1.3 * r), side
    )
