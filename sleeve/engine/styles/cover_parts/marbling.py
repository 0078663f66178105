"""Paper marbling as geometry (after Jaffer's mathematical marbling): every drop of ink
is a closed outline; each later drop, comb or swirl moves all outlines by an exact,
area-keeping (for drops) displacement, so they can be drawn sharp at any size.

The tray is a ``Tray``: all outline vertices in one array (x, y in cover fractions),
an outline id per vertex (outlines contiguous, in the order they were dropped) and
each outline's ink. Stretched segments are refined by mapping their true midpoints.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

Map = Callable[[np.ndarray], np.ndarray]
MAX_SEGMENT = 0.014  # longest outline segment kept (fraction of the side)
MAX_VERTICES = 40_000  # refinement stops growing the outlines beyond this


@dataclass
class Tray:
    """The marbling bath: outlines of ink in dropping order. points (n, 2), ids (n,)
    the outline of each vertex, inks one per outline (-1: clear water), nxt (n,) the
    index of each vertex's successor along its closed outline."""

    points: np.ndarray = field(default_factory=lambda: np.zeros((0, 2)))
    ids: np.ndarray = field(default_factory=lambda: np.zeros(0, np.intp))
    inks: list[int] = field(default_factory=list)
    nxt: np.ndarray = field(default_factory=lambda: np.zeros(0, np.intp))

    def outlines(self) -> list[tuple[int, np.ndarray]]:
        """(ink, (m, 2) vertices) per outline that reaches the cover, oldest first."""
        cuts = np.flatnonzero(np.diff(self.ids)) + 1
        if not len(self.points):
            return []
        starts = np.r_[0, cuts]
        lo = np.minimum.reduceat(self.points, starts)
        hi = np.maximum.reduceat(self.points, starts)
        seen = np.all((hi > 0.0) & (lo < 1.0), axis=1)
        parts = np.split(self.points, cuts)
        return [(ink, pts) for ink, pts, s in zip(self.inks, parts, seen, strict=True) if s]


def _next_index(ids: np.ndarray) -> np.ndarray:
    """For each vertex, the index of the next one along its closed outline."""
    n = len(ids)
    nxt = np.arange(1, n + 1)
    starts = np.r_[0, np.flatnonzero(np.diff(ids)) + 1]
    ends = np.r_[starts[1:], n] - 1
    nxt[ends] = starts
    return nxt


def apply(tray: Tray, move: Map, rounds: int = 6) -> None:
    """Move every outline by `move`, inserting the mapped midpoints of segments that
    the move stretched past MAX_SEGMENT (where they are near the cover)."""
    before = tray.points
    after = move(before)
    ids, nxt = tray.ids, tray.nxt
    for _ in range(rounds):
        if len(after) > MAX_VERTICES:
            break
        d = after[nxt] - after
        seg2 = d[:, 0] ** 2 + d[:, 1] ** 2
        long = np.flatnonzero(seg2 > MAX_SEGMENT**2)
        long = long[np.all((after[long] > -0.3) & (after[long] < 1.3), axis=1)]
        if not len(long):
            break
        mid = 0.5 * (before[long] + before[nxt[long]])
        order = np.argsort(np.r_[np.arange(len(ids)), long + 0.5], kind="stable")
        before = np.concatenate([before, mid])[order]
        after = np.concatenate([after, move(mid)])[order]
        ids = np.concatenate([ids, ids[long]])[order]
        nxt = _next_index(ids)
    tray.points, tray.ids, tray.nxt = after, ids, nxt


def drop(tray: Tray, centre: tuple[float, float], radius: float, ink: int) -> None:
    """A drop of ink spreads to a disc and pushes all earlier ink outward:
    p -> c + (p - c) * sqrt(1 + r^2 / |p - c|^2)."""
    c = np.asarray(centre, np.float64)

    def move(p: np.ndarray) -> np.ndarray:
        d = p - c
        d2 = np.maximum((d * d).sum(1, keepdims=True), 1e-12)
        return c + d * np.sqrt(1.0 + radius * radius / d2)

    if len(tray.points):
        apply(tray, move)
    n = int(np.clip(2 * np.pi * radius / (MAX_SEGMENT * 0.7), 20, 400))
    a = np.linspace(0, 2 * np.pi, n, endpoint=False)
    circle = c + radius * np.stack([np.cos(a), np.sin(a)], 1)
    new_id = tray.ids[-1] + 1 if len(tray.ids) else 0
    tray.points = np.concatenate([tray.points, circle])
    tray.nxt = np.concatenate([tray.nxt, len(tray.ids) + (np.arange(1, n + 1) % n)])
    tray.ids = np.concatenate([tray.ids, np.full(n, new_id)])
    tray.inks.append(ink)


def comb(tray: Tray, angle: float, spacing: float, shift: float, pull: float, sharp: float) -> None:
    """Drag a comb through the bath: tines every `spacing` across the direction
    `angle` (radians), offset `shift`; ink by a tine moves `pull`, falling off with
    the distance d to the nearest tine as sharp / (d + sharp)."""
    m = np.array([np.cos(angle), np.sin(angle)])
    nrm = np.array([-m[1], m[0]])

    def move(p: np.ndarray) -> np.ndarray:
        across = p @ nrm - shift
        d = np.abs((across + spacing / 2) % spacing - spacing / 2)
        return p + (pull * sharp / (d + sharp))[:, None] * m

    apply(tray, move)


def wave(tray: Tray, angle: float, amplitude: float, wavelength: float, phase: float) -> None:
    """A wavy comb (the bouquet and chevron patterns): ink shifts along `angle` by a
    sine of its position across it."""
    m = np.array([np.cos(angle), np.sin(angle)])
    nrm = np.array([-m[1], m[0]])

    def move(p: np.ndarray) -> np.ndarray:
        s = amplitude * np.sin(2 * np.pi * (p @ nrm) / wavelength + phase)
        return p + s[:, None] * m

    apply(tray, move)


def swirl(tray: Tray, centre: tuple[float, float], turn: float, reach: float) -> None:
    """Stir around a centre: ink at distance r turns by turn * exp(-r / reach), in
    steps of at most 1.5 radians so the outlines refine as they wind."""
    c = np.asarray(centre, np.float64)
    steps = int(abs(turn) // 1.5) + 1

    def move(p: np.ndarray) -> np.ndarray:
        d = p - c
        a = turn / steps * np.exp(-np.sqrt((d * d).sum(1)) / reach)
        cos, sin = np.cos(a), np.sin(a)
        return c + np.stack([d[:, 0] * cos - d[:, 1] * sin, d[:, 0] * sin + d[:, 1] * cos], 1)

    for _ in range(steps):
        apply(tray, move)


def breeze(tray: Tray, rng: np.random.Generator, strength: float) -> None:
    """A gentle uneven warp (a breath over the bath, as in suminagashi): a sum of a
    few long sine waves in x and y."""
    waves = [
        (rng.uniform(2, 5), rng.uniform(0, 2 * np.pi), rng.uniform(0, np.pi)) for _ in range(3)
    ]

    def move(p: np.ndarray) -> np.ndarray:
        out = p.copy()
        for freq, phase, ang in waves:
            t = np.cos(ang) * p[:, 0] + np.sin(ang) * p[:, 1]
            s = strength * np.sin(2 * np.pi * freq * t + phase) / len(waves)
            out[:, 0] += s * -np.sin(ang)
            out[:, 1] += s * np.cos(ang)
        return out

    apply(tray, move)
