"""More flow-field compositions, and the catalogue flow_field chooses from.

Forms here: a drift (few bold strokes in one slowly turning current, crowded round an
anchor, after Fidenza), a split (two fields meeting at a seam, each its own flow and
ink), blocks (a patchwork of rectangles, each filled with parallel strokes at its own
angle) and a burst (light trails radiating from one point, or rushing into it).
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import compose, raster
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts import flow_forms
from sleeve.engine.styles.cover_parts.flow_forms import RES, STEP, Form, _count, _grid, _lengths

# calm .. loud; the seed chooses among the forms near the song's energy
FORMS = (
    "drift", "curtain", "disc", "split", "obstacle", "blocks", "ribbon", "burst", "corner", "vortex"
)  # fmt: skip
WEIGHTS = (0.8, 0.7, 0.5, 0.8, 0.6, 0.8, 0.3, 0.9, 0.75, 1.0)


def choose(direction: ArtDirection, rng: np.random.Generator) -> str:
    """The form's name the music leans to (energy: calm drift .. loud vortex), the seed
    choosing among the near ones; BUILDERS[name] then draws its geometry."""
    centre = float(np.clip(direction.energy, 0, 1)) * (len(FORMS) - 1)
    near = np.exp(-(((np.arange(len(FORMS)) - centre) / 3.0) ** 2)) + 0.5
    weights = near * np.asarray(WEIGHTS)
    return FORMS[int(rng.choice(len(FORMS), p=weights / weights.sum()))]


def drift(direction: ArtDirection, rng: np.random.Generator) -> Form:
    """Few bold strokes in one broad, slowly turning current over the cover, crowded
    round an anchor on a third and thinning away from it."""
    base = float(rng.uniform(0, 2 * np.pi))
    turn = raster.fractal_noise(rng, cells=2, octaves=2, res=RES) - 0.5
    angles = base + (1.6 + 1.6 * direction.turbulence) * turn
    n = max(36, int(_count(direction.energy) * 0.14))
    ax, ay = compose.thirds(rng, 0.05)
    crowd = int(n * 0.7)
    seeds = np.concatenate(
        [
            np.array([ax, ay]) + rng.normal(0, 0.15, (crowd, 2)),
            rng.uniform(-0.05, 1.05, (n - crowd, 2)),
        ]
    )
    lengths = _lengths(rng, n, direction.energy, 0.8)
    focal = compose.clip_box((ax - 0.24, ay - 0.24, ax + 0.24, ay + 0.24))
    return Form("drift", angles, seeds, lengths, focal, weight=float(rng.uniform(6.0, 9.0)))


def split(direction: ArtDirection, rng: np.random.Generator) -> Form:
    """Two fields meeting at a seam (upright, level or diagonal, on a third): dense silk
    in the lead ink on the smaller side, sparse strands of the second ink flowing
    another way on the rest."""
    x, y = np.broadcast_arrays(*_grid())
    kind = int(rng.integers(3))  # upright, level, diagonal
    at = float(rng.uniform(0.3, 0.4))
    flip = bool(rng.random() < 0.5)
    if kind == 2:  # a triangle cut off one corner
        u = (1 - x if flip else x) + y
        small = u < 2 * at + 0.1
        edge = 2 * at + 0.1
        box = (1 - edge, 0.0, 1.0, edge) if flip else (0.0, 0.0, edge, edge)
    else:
        t = x if kind == 0 else y
        small = (t > 1 - at) if flip else (t < at)
        lo, hi = (1 - at, 1.0) if flip else (0.0, at)
        box = (lo, 0.0, hi, 1.0) if kind == 0 else (0.0, lo, 1.0, hi)
    regions = small.astype(np.int8)
    a0 = float(rng.uniform(0, 2 * np.pi))
    a1 = a0 + float(rng.choice((-1, 1)) * rng.uniform(1.1, 2.0))
    angles = np.where(small, a0, a1) + 0.6 * (raster.fractal_noise(rng, 2, 2, res=RES) - 0.5)
    n = _count(direction.energy)
    seeds = rng.uniform(-0.02, 1.02, (4 * n, 2))
    cell = np.clip((seeds * RES).astype(np.intp), 0, RES - 1)
    inside = regions[cell[:, 1], cell[:, 0]] == 1
    crowd = int((0.75 - 0.3 * direction.energy) * n)
    dense, sparse = seeds[inside][:crowd], seeds[~inside][: int(0.15 * n)]
    seeds = np.concatenate([dense, sparse])
    inside = np.arange(len(seeds)) < len(dense)
    inks = np.where(inside, 0, 1) + (rng.random(len(seeds)) < 0.07)  # a few accents
    lengths = _lengths(rng, len(seeds), direction.energy)
    return Form("split", angles, seeds, lengths, compose.clip_box(box), inks=inks, regions=regions)


def _patches(rng: np.random.Generator) -> list[tuple[float, float, float, float]]:
    """Four to six rectangles tiling the cover, each cut from the biggest one."""
    rects = [(0.0, 0.0, 1.0, 1.0)]
    for _ in range(int(rng.integers(3, 6))):
        i = int(np.argmax([(r[2] - r[0]) * (r[3] - r[1]) for r in rects]))
        x0, y0, x1, y1 = rects.pop(i)
        cut = float(rng.uniform(0.32, 0.68))
        if x1 - x0 > y1 - y0 or (x1 - x0 == y1 - y0 and rng.random() < 0.5):
            mid = x0 + (x1 - x0) * cut
            rects += [(x0, y0, mid, y1), (mid, y0, x1, y1)]
        else:
            mid = y0 + (y1 - y0) * cut
            rects += [(x0, y0, x1, mid), (x0, mid, x1, y1)]
    return rects


def blocks(direction: ArtDirection, rng: np.random.Generator) -> Form:
    """A patchwork of four to six rectangles, each filled with bold parallel strokes at
    its own angle and in its own ink, thin gaps of the field between them; up to two
    (never the biggest) left bare."""
    x, y = _grid()
    rects = _patches(rng)
    regions = np.full((RES, RES), -1, dtype=np.int8)
    angles = np.zeros((RES, RES))
    base = float(rng.uniform(0, np.pi / 4))
    gap = 0.012
    heads = rng.permutation(4)
    big = max(
        range(len(rects)), key=lambda k: (rects[k][2] - rects[k][0]) * (rects[k][3] - rects[k][1])
    )
    bare = set(rng.choice(len(rects), int(rng.integers(0, 3)), replace=False).tolist()) - {big}
    for k, (x0, y0, x1, y1) in enumerate(rects):
        inside = (x > x0 + gap) & (x < x1 - gap) & (y > y0 + gap) & (y < y1 - gap)
        regions[inside] = -1 if k in bare else k  # a bare block or two: space to breathe
        angles[inside] = base + heads[k % 4] * np.pi / 4
    angles = angles + 0.35 * flow_forms._noise(rng, direction, 2)
    n = max(160, _count(direction.energy))
    seeds = rng.uniform(0, 1, (n, 2))
    cell = np.clip((seeds * RES).astype(np.intp), 0, RES - 1)
    owner = regions[cell[:, 1], cell[:, 0]]
    seeds, owner = seeds[owner >= 0], owner[owner >= 0]
    ink_of = rng.choice(3, len(rects), p=(0.5, 0.35, 0.15))
    lengths = _lengths(rng, len(seeds), direction.energy, 1.2)
    return Form(
        "blocks",
        angles,
        seeds,
        lengths,
        compose.clip_box(rects[big]),
        weight=float(rng.uniform(2.8, 3.8)),
        inks=ink_of[owner],
        regions=regions,
    )


def burst(direction: ArtDirection, rng: np.random.Generator) -> Form:
    """Light trails radiating from one point (on a third, or high or low on the middle
    line) or rushing into it like a long exposure of a tunnel, round a small dark
    eye; the rays straight or slightly twisted."""
    x, y = _grid()
    if rng.random() < 0.7:
        cx, cy = compose.thirds(rng, 0.04)
    else:
        cx, cy = 0.5 + float(rng.uniform(-0.05, 0.05)), float(rng.choice((0.3, 0.7)))
    inward = bool(rng.random() < 0.5)
    twist = float(rng.choice((0.0, rng.choice((-1, 1)) * rng.uniform(0.4, 1.0))))
    dist = np.hypot(x - cx, y - cy)
    out = np.arctan2(y - cy, x - cx) + twist * dist + 0.08 * flow_forms._noise(rng, direction)
    hole = float(rng.uniform(0.03, 0.08))
    n = int(_count(direction.energy) * (0.3 if inward else 0.5))  # inward rays are long
    t = rng.uniform(0, 2 * np.pi, n)
    if inward:  # from far out, stopping short of the eye: crowded near it
        rad = rng.uniform(0.15, 0.7, n)
        reach = np.maximum(0.0, rad - hole) * rng.uniform(0.25, 0.95, n)
        lengths = np.maximum(6, reach / STEP).astype(int)
    else:
        rad = hole + rng.exponential(0.02, n)
        lengths = _lengths(rng, n, direction.energy, 0.9)
    seeds = np.stack([cx + rad * np.cos(t), cy + rad * np.sin(t)], axis=1)
    keep = np.all((seeds > -0.05) & (seeds < 1.05), axis=1)
    focal = compose.clip_box((cx - 0.2, cy - 0.2, cx + 0.2, cy + 0.2))
    angles = out + np.pi if inward else out
    return Form("burst", angles, seeds[keep], lengths[keep], focal)


BUILDERS = {
    "ribbon": flow_forms.ribbon,
    "obstacle": flow_forms.obstacle,
    "vortex": flow_forms.vortex,
    "curtain": flow_forms.curtain,
    "corner": flow_forms.corner,
    "disc": flow_forms.disc,
    "drift": drift,
    "split": split,
    "blocks": blocks,
    "burst": burst,
}
