"""Suminagashi as a print: one set of clean, evenly spaced nested rings of two or
three inks (a drop of ink, a drop of clear water, by turns, from one brush point),
then one confident pull through them: a single S-curve of the stylus, or a comb of
three to five parallel strokes (moves on a ``marble_field``, undone newest first).

The song moves it: the rings sit at its loudest moment, their count follows its tempo,
the pull its key (the stroke's direction), its energy (S or comb, how far it drags).
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import compose
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts import marble_field as mf
from sleeve.engine.styles.cover_parts import marbled_patterns as pat
from sleeve.engine.styles.cover_parts import marbled_sheet as sheet
from sleeve.engine.styles.cover_parts.marbled_figures import pull
from sleeve.engine.styles.cover_parts.marbled_sheet import CLEAR

F = np.float32
Layers = list[tuple[np.ndarray, mf.Bands]]
INK_SHARE = 0.42  # of each ring pair, the ink ring's width (the clear ring the rest)
EDGE = 0.04  # paper kept between the rings and the title's side (share of the side)
LEAST = 0.2  # the rings' least radius where the art's box has room


def ring_bands(inks: int, reach: float, pairs: int) -> mf.Bands:
    """Evenly spaced rings out to `reach`: a small ink heart, then an ink ring and a
    clear ring by turns, the inks in a fixed cycle (field, second, field, accent with
    three inks), the rim an ink ring."""
    field, second, accent = pat.roles(inks)
    cycle = (field, second, field, accent) if inks > 2 else (field, second)
    step = reach / (pairs + 0.5)
    bounds, ring_inks = [step * 0.5 * INK_SHARE * 2], [cycle[-1]]
    for k in range(pairs):
        inner = step * (k + 0.5)
        bounds += [inner + step * (1 - INK_SHARE), inner + step]
        ring_inks += [CLEAR, cycle[k % len(cycle)]]
    return mf.Bands(np.array(bounds, F), np.array([*ring_inks, CLEAR]))


def s_pull(
    f: mf.Field,
    centre: tuple[float, float],
    angle: float,
    length: float,
    bend: float,
    amount: float,
    sharp: float,
) -> None:
    """Undo one stylus stroke along an S through `centre`: a path along `angle` swung
    `bend` either side (one full sine over `length`), ink near it dragged `amount`
    along its tangent, falling off as sharp / (d + sharp), easing in and out at its
    ends."""
    mx, my = F(np.cos(angle)), F(np.sin(angle))
    dx, dy = f.x - F(centre[0]), f.y - F(centre[1])
    along = (dx * mx + dy * my) * F(1 / length)  # -0.5 .. 0.5 along the stroke
    phase = along * F(2 * np.pi)
    across = dx * -my + dy * mx - F(bend) * np.sin(phase)
    slope = F(bend * 2 * np.pi / length) * np.cos(phase)
    norm = F(1) / np.sqrt(F(1) + slope * slope)
    tx, ty = (mx - slope * my) * norm, (my + slope * mx) * norm
    ends = np.clip((F(0.5) - np.abs(along)) * F(5), 0, 1)
    disp = F(amount * sharp) / (np.abs(across) + F(sharp)) * (ends * ends * (F(3) - F(2) * ends))
    f.x -= disp * tx
    f.y -= disp * ty


def _comb(f: mf.Field, c: tuple[float, float], angle: float, r: float, tines: int) -> None:
    """Undo a comb of `tines` parallel strokes through the rings, evenly spaced."""
    gap = 1.6 * r / tines
    nx, ny = -np.sin(angle), np.cos(angle)
    for k in range(tines):
        off = (k - (tines - 1) / 2) * gap
        start = (
            c[0] + off * nx - 1.3 * r * np.cos(angle),
            c[1] + off * ny - 1.3 * r * np.sin(angle),
        )
        pull(f, start, angle, 2.6 * r, 0.32 * r, 0.05 * r)


def suminagashi(
    f: mf.Field, d: ArtDirection, rng: np.random.Generator, inks: int, side: str
) -> tuple[Layers, compose.Box]:
    """One set of evenly spaced rings at the song's loudest moment, pulled through by
    one S-curve or one comb; the rest of the cover plain paper."""
    bx0, by0, bx1, by1 = sheet.art_box(d, side)
    loud = pat.peaks(pat.energy_line(d), 1)[0][0]
    x = bx0 + (bx1 - bx0) * (0.3 + 0.4 * loud + rng.uniform(-0.16, 0.16))
    y = by0 + (by1 - by0) * rng.uniform(0.36, 0.64)
    gaps = [x - bx0, bx1 - x, y - by0, by1 - y]
    r = float(np.clip(min(gaps) - EDGE, LEAST, rng.uniform(0.3, 0.38)))
    # never under LEAST (small rings in a corner of a wide field read as a stray mark):
    # kept inside the box, moved in from its edge where they would cross it
    r = min(r, (bx1 - bx0) / 2 - EDGE, (by1 - by0) / 2 - EDGE)
    c = (
        float(np.clip(x, bx0 + EDGE + r, bx1 - EDGE - r)),
        float(np.clip(y, by0 + EDGE + r, by1 - EDGE - r)),
    )
    angle = pat.comb_angle(d, rng) + float(rng.uniform(-0.25, 0.25))
    pairs = int(5 + 4 * pat.fineness(d) + rng.integers(0, 2))
    mf.breeze(f, rng, 0.003)
    if rng.random() < 0.35 + 0.3 * d.energy:
        _comb(f, c, angle, r, int(rng.integers(3, 6)))
    else:
        sway = r * rng.uniform(0.22, 0.32) * (1 if rng.random() < 0.5 else -1)
        s_pull(f, c, angle, 2.4 * r, sway, r * (0.45 + 0.25 * d.energy), 0.07 * r)
    bands = ring_bands(inks, r, pairs)
    focus = (c[0] - r, c[1] - r, c[0] + r, c[1] + r)
    return [(mf.rings(f, c), bands)], compose.clip_box(focus)
