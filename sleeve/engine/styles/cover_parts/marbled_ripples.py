"""The ripples: the song's loud moments as two to four big drops, each many thin rings
(marbled_ebru.rings), dropped on the bath in the song's
order, each later drop pushing the earlier ones aside, then the bath worked as the
song works it (marbled_drops.work: a calm song one slow wide swirl, a loud one a tight
comb through them all; moves on a ``marble_field``, undone newest first).

The song moves it: how many drops (its loud moments), where each falls along the
cover (when in the song), how big (how loud), which is dropped last and stays round
(the latest), the swirl or the comb (its energy and tempo); the seed where each lies
across the cover. Every drop keeps short of the title's paper.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from sleeve.engine import compose
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts import marble_field as mf
from sleeve.engine.styles.cover_parts import marbled_drops as drops
from sleeve.engine.styles.cover_parts import marbled_ebru as ebru
from sleeve.engine.styles.cover_parts import marbled_patterns as pat
from sleeve.engine.styles.cover_parts import marbled_sheet as sheet

F = np.float32
Drop = tuple[tuple[float, float], float]  # centre (cover fractions) and radius
MOST = 4  # the most drops (loud moments) drawn
LOUD_ENOUGH = 0.35  # a loud moment under this (0..1 of the song's range) drops nothing
BIGGEST = (0.36, 0.48)  # the loudest drop's radius (share of the side), before fitting
DEPTH = (0.55, 1.1)  # where the drops' centres lie across the art's box, from the title
CLIMB = 0.9  # how far the drops climb toward the title over a song that builds
OVERLAP = 0.8  # neighbours' centres at most this share of their radii's sum apart
ROOM = 0.04  # paper kept between a drop (before the pushes) and the title's edge
FIT_GRID = 64  # the fixed grid the drops are fitted on (the same fit at every size)


def _moments(d: ArtDirection) -> list[tuple[float, float]]:
    """The loud moments drawn as drops (place 0..1 in the song, strength 0..1), in the
    song's order: the loudest and the next ones loud enough, two at least."""
    loud = pat.peaks(pat.energy_line(d), MOST)
    kept = [p for k, p in enumerate(loud) if k < 2 or p[1] >= LOUD_ENOUGH]
    return sorted(kept)


def _place(d: ArtDirection, rng: np.random.Generator, side: str) -> list[Drop]:
    """Each loud moment's drop in the far part of the art's box (away from the title,
    a centre at times past the cover's edge), along the title's edge where it falls in
    the song, climbing toward the title over a song that builds (falling away over one
    that fades), as big as it is loud and short of the title's edge; the places drawn
    together about their middle where two neighbours would not overlap (two drops apart
    read as a lone target)."""
    x0, y0, x1, y1 = sheet.art_box(d, side)
    deep_box, long_box = (x1 - x0, y1 - y0) if side == "right" else (y1 - y0, x1 - x0)
    big = rng.uniform(*BIGGEST)
    moments = _moments(d)
    line = pat.energy_line(d)
    build = float(np.clip(line[len(line) // 2 :].mean() - line[: len(line) // 2].mean(), -1, 1))
    times = np.array([t for t, _ in moments])
    depths = np.clip(  # 0 at the title's edge of the box, 1 at the far one
        0.85 - CLIMB * build * (times - 0.5) + rng.uniform(-0.12, 0.12, len(moments)), *DEPTH
    )
    radii = [
        max(min(big * (0.35 + 0.65 * max(s, 0.0)), deep_box * depth - ROOM), 0.08)
        for (_, s), depth in zip(moments, depths, strict=True)
    ]
    along = np.array([-0.04 + 1.08 * t for t, _ in moments]) + rng.uniform(-0.04, 0.04, len(radii))
    gaps = np.diff(along) * long_box
    touch = OVERLAP * (np.array(radii[:-1]) + np.array(radii[1:]))
    squeeze = float(min(1.0, *(touch / np.maximum(gaps, 1e-6))))
    mid = float(np.clip(along.mean(), 0.2, 0.8))
    along = mid + (along - mid) * squeeze
    placed: list[Drop] = []
    for a, depth, r in zip(along, depths, radii, strict=True):
        if side == "right":
            c = (x1 - deep_box * depth, y0 + long_box * a)
        elif side.startswith("bottom"):
            c = (x0 + long_box * a, y1 - deep_box * depth)
        else:
            c = (x0 + long_box * a, y0 + deep_box * depth)
        placed.append(((float(c[0]), float(c[1])), float(r)))
    return placed


def _bands(d: ArtDirection, placed: list[Drop], inks: int, seed: int) -> list[mf.Bands]:
    """Each drop's rings out to its rim (marbled_ebru.rings: many thin rings, each as
    wide as the song is loud at its moment), each next drop's field and second inks
    swapped (neighbours apart in colour)."""
    rng = np.random.default_rng(seed + 1)
    dark = drops.dark_ground(d)
    return [ebru.rings(d, rng, inks, r, dark, k) for k, (_, r) in enumerate(placed)]


def _coords(
    d: ArtDirection, placed: list[Drop], seed: int, size: int, side: str
) -> list[np.ndarray]:
    """The drops' ring coordinates on a `size` grid, earliest drop first: the bath
    worked as the song works it through the first two drops' seam (a slow swirl, one
    stroke or a tight comb: marbled_drops) undone, then each drop's push, newest
    first (worked out at the shading size: the pushed rings bend too sharply at a rim
    to be read off a coarse grid)."""
    f = mf.Field.grid(size)
    (ax, ay), (bx, by) = placed[0][0], placed[1][0]
    at = ((ax + bx) / 2, (ay + by) / 2)  # the seam of the first two drops
    drops.work(f, d, at, max(r for _, r in placed), side, seed)
    out = []
    for c, r in reversed(placed):
        out.append(mf.rings(f, c))
        mf.push(f, c, r)
    return out[::-1]


def _reach(d: ArtDirection, placed: list[Drop], seed: int, side: str) -> float:
    """How far the pushed rings reach toward the title's edge, as the art's box's edge
    reads (worked out on a FIT_GRID grid, so the same at every size)."""
    inked = np.zeros((FIT_GRID, FIT_GRID), bool)
    for u, (_, r) in zip(_coords(d, placed, seed, FIT_GRID, side), placed, strict=True):
        inked |= u < r
    ys, xs = np.nonzero(inked)
    if not ys.size:
        return 1.0
    g = (np.arange(FIT_GRID) + 0.5) / FIT_GRID
    if side == "right":
        return float(1.0 - g[xs].max())
    if side.startswith("bottom"):
        return float(1.0 - g[ys].max())
    return float(g[ys].min())


def ripples(
    d: ArtDirection, rng: np.random.Generator, inks: int, side: str
) -> tuple[list[tuple[Callable[[int], np.ndarray], mf.Bands]], compose.Box]:
    """Two to four big drops pushing each other in the art's box, shrunk toward their
    places until the pushed rings stay in the art's box (clear of the title's block);
    each layer's coordinate read at the shading size; the focus is the loudest drop."""
    placed = _place(d, rng, side)
    seed = int(rng.integers(2**31))
    box = sheet.art_box(d, side)
    edge = {"right": 1.0 - box[2], "bottom": 1.0 - box[3]}.get(side.split("-")[0], box[1])
    for _ in range(8):
        if _reach(d, placed, seed, side) >= edge:
            break
        placed = [(c, r * 0.93) for c, r in placed]
    memo: dict[int, list[np.ndarray]] = {}

    def layer(k: int) -> Callable[[int], np.ndarray]:
        def at(size: int) -> np.ndarray:
            if size not in memo:
                memo[size] = _coords(d, placed, seed, size, side)
            return memo[size][k]

        return at

    bands = _bands(d, placed, inks, seed)
    (cx, cy), r = max(placed, key=lambda p: p[1])
    focus = (max(cx - r, box[0]), max(cy - r, box[1]), min(cx + r, box[2]), min(cy + r, box[3]))
    return [(layer(k), b) for k, b in enumerate(bands)], compose.clip_box(focus)
