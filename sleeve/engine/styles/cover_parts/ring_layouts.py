"""The energy-rings compositions, each drawn as if the title sat at the top (the style
flips the cover when it sits at the bottom) and each filling the lower two thirds
and more, so the style's fade into the title's band touches only their far reach.
Radius (or depth, or length) is time in every one; no ring has a hub or a label in
its middle (reviewers read a grey centre disc, and rows of small ring emblems, as
clip-art vinyl). Each returns its focal box. A viewer names them apart:

- sunrise: a huge half sun of thin rings rising from the bottom edge, a ring per
  moment of the song, as thick as its energy, the lead colour brightening outwards;
- grooves: a ring spectrum centred on a side edge, many fine wavering rings (tree
  rings more than a record) as thick and as bright as their moment's energy;
- corner: a few broad bands centred off a bottom corner, so only big arcs sweep
  across the frame;
- squares: nested superellipse rings (square to rounded, a little turned) round an
  off-centre point, as wide as the energy;
- spiral: one thick band spiralling out, its width the energy, broken at the
  strongest onsets; drawn only for steady, looping music;
- broken: a burst of ring segments round a point on a side edge, each ring a part
  of the song, as thick as its energy and broken at its onsets;
- tunnel: rings shrinking towards an off-centre vanishing point in perspective;
- ribbon: a tilted loop of parallel stripes crossing the frame, swelling with the
  energy round the song.

The style's frame scales and places those that are not anchored to an edge (from a
small figure in a wide field to a huge crop); the seed outlines some bands.
"""

from __future__ import annotations

from collections.abc import Callable

import aggdraw
import numpy as np

from sleeve.engine import compose, signals
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import RGB
from sleeve.engine.styles.cover_parts.ring_shapes import (
    Rings,
    annulus,
    flat,
    spans,
    strip,
)

Box = compose.Box


def _fit(k: Rings, box: Box) -> Box:
    """A composition's focal box where its frame puts it, clipped to the cover."""
    return compose.clip_box(k.box(box))


def _alternate(tints: list[RGB], other: RGB, phase: int = 0) -> list[RGB]:
    """Every other band (the first when `phase` is 1) in the second colour."""
    return [other if (i + phase) % 2 else t for i, t in enumerate(tints)]


def _mix(a: RGB, b: RGB, t: float) -> RGB:
    """`t` of the way from colour a to colour b."""
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))  # type: ignore[return-value]


def _edges(level: np.ndarray, inner: float, reach: float, floor: float) -> np.ndarray:
    """Band edges from `inner` to `reach`, each band as wide as floor + its energy."""
    widths = floor + level**1.3
    return inner + (reach - inner) * np.concatenate([[0.0], np.cumsum(widths) / widths.sum()])


def _grooves(
    draw: aggdraw.Draw,
    k: Rings,
    centre: tuple[float, float],
    inner: float,
    reach: float,
    count: int,
    arc: tuple[float, float],
    waver: float,
    wide: float = 1.0,
    dim: float = 0.6,
) -> None:
    """`count` rings from `inner` to `reach` along `arc`, one per moment of the song,
    each as wide as its moment's energy (a hairline of field between them) and as
    bright: a quiet moment fades `dim` of the way to the field, the loud ones (or the
    calm ones) turn to the second colour (on an all-grey set the loud ones to the
    accent), the loudest is in the accent. `waver` bends each ring a little, the bend
    drifting ring to ring; `wide` stretches them sideways."""
    level = signals.resample(k.level, count)
    edges = _edges(level, inner, reach, 0.12)
    hair = 0.003 / k.frame.scale  # a hairline of field between rings (at any size)
    t = np.linspace(arc[0], arc[1], max(24, int(abs(arc[1] - arc[0]) * 90)))
    unit = np.stack([wide * np.cos(t), np.sin(t)], 1)
    phase = k.rng.uniform(0, 2 * np.pi, 3)
    drift = k.rng.uniform(-0.25, 0.25, 3)
    loudest = int(np.argmax(level))
    spread = float(np.ptp(level))  # brightness is loudness within the song
    bright = (level - level.min()) / spread if spread > 1e-3 else np.ones(count)
    loud = float(np.quantile(level, k.uniform(0.5, 0.85)))
    calm = k.rng.random() < 0.5  # the second colour marks the loud moments, or the calm
    mark = k.second
    if max(rgb_to_oklch(c)[1] for c in (*k.tints, k.second)) < 0.04:  # all grey
        mark, loud, calm = k.hot, float(np.quantile(level, 0.8)), False  # loud: the accent
    for i in range(count - 1, -1, -1):
        r0, r1 = float(edges[i]) + hair, float(edges[i + 1])
        if r1 - r0 < hair:
            continue
        bend = sum(np.sin((h + 2) * t + phase[h] + drift[h] * i) / (h + 2) for h in range(3))
        warp = 1.0 + waver * bend * min(1.0, r1 / 0.2)
        tint = mark if (level[i] > loud) != calm else k.tints[i * len(k.tints) // count]
        ink = k.hot if i == loudest else _mix(k.paper, tint, 1.0 - dim * (1.0 - float(bright[i])))
        outer = unit * (r1 * warp)[:, None] + centre
        under = unit * (r0 * warp)[:, None] + centre
        draw.polygon(flat(np.concatenate([outer, under[::-1]]), k), aggdraw.Brush(ink))


def sunrise(draw: aggdraw.Draw, k: Rings) -> Box:
    """A huge half sun of rings rising from the bottom edge, its crown just under
    the title's band: a ring per moment from the first (a half disc at its foot) out,
    as thick and bright as its energy."""
    cx = 0.5 + k.choice((-1.0, 1.0)) * k.uniform(0.0, 0.4)
    cy = 1.0 + k.uniform(0.0, 0.12)
    reach = cy - k.uniform(0.34, 0.56)
    count = int(12 + round(10 * k.direction.density) + k.rng.integers(0, 5))
    wide = k.choice((1.0, 1.0, 1.3))  # round, or a wide low sun
    _grooves(draw, k, (cx, cy), 0.0, reach, count, (np.pi, 2 * np.pi), 0.0, wide, 0.7)
    return _fit(k, (cx - reach * wide, cy - reach, cx + reach * wide, 1.0))


def grooves(draw: aggdraw.Draw, k: Rings) -> Box:
    """A ring spectrum centred on a side edge (its centre just outside the frame):
    twenty to forty fine wavering rings (round, tall or wide), each a moment, wide
    and bright as its energy, sweeping across the lower frame."""
    side = k.choice((-1.0, 1.0))
    cx = 0.5 + side * k.uniform(0.6, 0.72)
    cy = k.uniform(0.64, 0.95)
    reach = k.uniform(0.85, 1.2)
    inner = k.uniform(0.05, 0.1)  # the middle stays off the frame: no record's hole
    count = int(20 + round(16 * k.direction.density) + k.rng.integers(0, 6))
    waver, wide = k.uniform(0.03, 0.06), k.uniform(0.8, 1.2)  # round, tall or wide rings
    _grooves(draw, k, (cx, cy), inner, reach, count, (0.0, 2 * np.pi), waver, wide)
    return _fit(k, (0.0, max(0.3, cy - reach), 1.0, 1.0))


def corner(draw: aggdraw.Draw, k: Rings) -> Box:
    """Four to seven broad bands centred off a bottom corner: only big arcs sweep
    across the frame, each a part of the song as wide as its energy, the loudest in
    the accent, hairlines of field (or wider gaps) between them."""
    side = k.choice((-1.0, 1.0))
    cx = 0.5 + side * k.uniform(0.58, 0.78)
    cy = k.uniform(1.02, 1.25)
    reach = float(np.hypot(cx - (0.5 - side * 0.25), cy - 0.3))
    inner = reach * k.uniform(0.2, 0.4)
    n = 4 + round(2 * k.direction.density) + int(k.rng.integers(2))
    level, tints = k.bands(n)
    edges = _edges(level, inner, reach, 0.45)
    colours = _alternate(tints, k.second, int(k.rng.integers(2)))
    air = k.choice((0.015, 0.015, 0.1))
    for i in range(n - 1, -1, -1):
        r0, r1 = float(edges[i]), float(edges[i + 1])
        r0 += (r1 - r0) * air
        annulus(draw, k, (cx, cy), (r0, r1), colours[i], [(0.0, 2 * np.pi)])
    x0, x1 = (0.0, cx + reach) if side < 0 else (cx - reach, 1.0)
    return _fit(k, (x0, cy - reach, x1, 1.0))


def _superellipse(power: float, m: int = 160) -> np.ndarray:
    """The unit superellipse |x|^p + |y|^p = 1 as (m, 2) points (p=2 a circle)."""
    t = np.linspace(0, 2 * np.pi, m, endpoint=False)
    c, s = np.cos(t), np.sin(t)
    e = 2 / power
    return np.stack([np.sign(c) * np.abs(c) ** e, np.sign(s) * np.abs(s) ** e], 1)


def squares(draw: aggdraw.Draw, k: Rings) -> Box:
    """Nested superellipse rings (square to rounded square) round an off-centre point
    below the middle, a little turned, each as wide as its moment's energy, the
    field showing through their middle; drawn from the outside in."""
    cx = 0.5 + k.choice((-1.0, 1.0)) * k.uniform(0.1, 0.2)
    cy = k.uniform(0.68, 0.74)
    reach = k.uniform(0.3, 0.4)
    tilt = k.choice((np.pi / 4, 0.22, -0.22, 0.3, -0.3))  # never level: no straight cut
    shape = _superellipse(k.choice((6.0, 4.0, 3.0)))
    rot = np.array([[np.cos(tilt), -np.sin(tilt)], [np.sin(tilt), np.cos(tilt)]])
    shape = shape @ rot.T
    n = 5 + round(5 * k.direction.density)
    level, tints = k.bands(n)
    edges = _edges(level, reach * k.uniform(0.12, 0.3), reach, 0.4)
    colours = _alternate(tints, k.second, int(k.rng.integers(2)))
    air = k.choice((0.0, 0.18, 0.3))
    for i in range(n - 1, -1, -1):
        r0, r1 = float(edges[i]), float(edges[i + 1])
        line = k.outlined(colours[i])
        inner = max(r0 + (r1 - r0) * air, r1 - line) if line else r0 + (r1 - r0) * air
        draw.polygon(flat(shape * r1 + (cx, cy), k), aggdraw.Brush(colours[i]))
        draw.polygon(flat(shape * inner + (cx, cy), k), aggdraw.Brush(k.paper))
    grow = reach * (1.42 if abs(tilt) > 0.5 else 1.12)
    return _fit(k, (cx - grow, cy - grow, cx + grow, cy + grow))


def spiral(draw: aggdraw.Draw, k: Rings) -> Box:
    """One thick band spiralling out from a point below the middle: time runs along
    it, its width the energy, its colour the spectrum's travel; broken at the
    strongest onsets."""
    cx = 0.5 + k.choice((-1.0, 1.0)) * k.uniform(0.04, 0.2)
    cy = k.uniform(0.66, 0.76)
    reach = k.uniform(0.5, 0.66)
    start = reach * k.uniform(0.02, 0.12)
    turns = 2.0 + round(4 * k.direction.density) / 2 + int(k.rng.integers(2)) / 2
    m = int(260 * turns)
    u = np.linspace(0.0, 1.0, m)
    r = np.sqrt(start**2 + (reach**2 - start**2) * u)  # even time per length of band
    angle = k.uniform(0, 2 * np.pi) + k.choice((-1.0, 1.0)) * 2 * np.pi * turns * (r - start) / (
        reach - start
    )
    unit = np.stack([np.cos(angle), np.sin(angle)], 1)
    pitch = (reach - start) / turns
    half = pitch * (0.14 + 0.32 * signals.resample(k.level, m)) * np.minimum(1.0, 0.3 + 3 * u)
    hits = signals.onsets(k.direction, 96)
    keep = np.ones(m, bool)
    for i in np.argsort(-hits)[:5]:
        if hits[i] > 0.6:
            keep[np.abs(u - (i + 0.5) / 96) < 0.006] = False
    n = 6 + round(3 * k.direction.density)
    _, tints = k.bands(n)
    colours = _alternate(tints, k.second) if k.rng.random() < 0.5 else tints
    band = np.minimum((u * n).astype(int), n - 1)
    run = np.flatnonzero(np.diff(np.concatenate([[0], keep * (band + 1), [0]])) != 0)
    for a, b in zip(run[:-1], run[1:], strict=True):
        if keep[a]:
            sl = slice(a, min(b + 1, m))  # overlap a step so runs meet without seams
            strip(draw, k, unit[sl] * r[sl, None] + (cx, cy), unit[sl], half[sl], colours[band[a]])
    return _fit(k, (cx - reach, cy - reach, cx + reach, cy + reach))


def broken(draw: aggdraw.Draw, k: Rings) -> Box:
    """A burst of ring segments round a point on a side edge: a ring per part of the
    song from the middle out, as thick as its energy, cut into arcs at its onsets
    (a loud, busy part in short dashes, a calm one nearly whole), each ring turned
    its own way."""
    cx = 0.5 + k.choice((-1.0, 1.0)) * k.uniform(0.4, 0.54)  # its middle on the edge
    cy = k.uniform(0.7, 0.86)
    reach = k.uniform(0.62, 0.8)
    n = 6 + round(4 * k.direction.density) + int(k.rng.integers(2))
    level, tints = k.bands(n)
    edges = _edges(level, reach * k.uniform(0.02, 0.06), reach, 0.5)  # no hole in its middle
    hits = k.cuts(n, 24)
    colours = _alternate(tints, k.second, int(k.rng.integers(2))) if k.rng.random() < 0.5 else tints
    for i in range(n - 1, -1, -1):
        r0, r1 = float(edges[i]), float(edges[i + 1])
        r0 += (r1 - r0) * 0.22
        gap = min(0.5, 0.02 / r1 + 0.08)
        arcs = spans(hits[i], k.uniform(0, 2 * np.pi), gap, 1 + int(5 * level[i]), 0.45)
        annulus(draw, k, (cx, cy), (r0, r1), colours[i], arcs)
    return _fit(k, (cx - reach, cy - reach, cx + reach, 1.0))


def tunnel(draw: aggdraw.Draw, k: Rings) -> Box:
    """Rings shrinking towards a vanishing point below the middle and off to a side,
    their centres sliding towards a mouth past a lower corner, each ring as deep as
    the energy of its moment, in the lead colour and the palette's second colour, the
    far rings fading into the field (no bullseye at the vanishing point)."""
    vx = 0.5 + k.choice((-1.0, 1.0)) * k.uniform(0.16, 0.3)
    vy = k.uniform(0.6, 0.7)
    way = np.pi * (0.5 + (1.0 if vx > 0.5 else -1.0) * k.uniform(0.3, 0.45))
    mx, my = vx + 0.75 * np.cos(way), vy + 0.75 * np.sin(way)
    mouth = k.uniform(1.0, 1.4)
    steep = k.uniform(2.6, 3.6)
    level, tints = k.bands(9 + round(6 * k.direction.density))
    depth = np.cumsum(0.35 + level[::-1])
    near = (depth / depth[-1]) ** steep  # 0 far .. 1 near
    colours = _alternate(tints[::-1], k.second, int(k.rng.integers(2)))
    hoops = k.choice((0.5, 0.75, 1.0))  # of each ring's step the hoop fills
    for j in range(len(near) - 1, -1, -1):
        centre = (vx + (mx - vx) * near[j], vy + (my - vy) * near[j])
        r1 = 0.012 + mouth * float(near[j])
        r0 = 0.012 + mouth * float(near[j - 1]) if j else 0.0
        inner = r1 - (r1 - r0) * hoops * (0.5 + 0.5 * float(level[::-1][j]))
        ink = _mix(k.paper, colours[j], min(1.0, 0.15 + 1.3 * float(near[j]) ** 0.5))
        annulus(draw, k, centre, (max(inner, 0.0), r1), ink, [(0.0, 2 * np.pi)])
    return _fit(k, (0.0, 0.3, 1.0, 1.0))  # its near rings fill the lower frame


def ribbon(draw: aggdraw.Draw, k: Rings) -> Box:
    """A tilted loop of three to five parallel stripes crossing the frame edge to
    edge; its width swells with the energy as the song runs round it."""
    cx, cy = k.uniform(0.42, 0.58), k.uniform(0.74, 0.78)
    rx, ry = k.uniform(0.62, 0.8), k.uniform(0.13, 0.2)
    tilt = k.choice((-1.0, 1.0)) * k.uniform(0.1, 0.26)
    t = k.uniform(0, 2 * np.pi) + np.linspace(0, 2 * np.pi, 361)
    env = signals.smooth(signals.resample(k.level, 361), 4)
    env -= (env[-1] - env[0]) * np.linspace(0.0, 1.0, 361)  # the loop closes seamlessly
    width = 0.11 + 0.17 * np.clip(env, 0.0, 1.0)
    rot = np.array([[np.cos(tilt), -np.sin(tilt)], [np.sin(tilt), np.cos(tilt)]])
    middle = np.stack([rx * np.cos(t), ry * np.sin(t)], 1) @ rot.T + (cx, cy)
    normal = np.stack([np.cos(t) / rx, np.sin(t) / ry], 1) @ rot.T
    normal /= np.linalg.norm(normal, axis=1, keepdims=True)
    n = int(k.choice((3, 4, 5)))
    _, tints = k.bands(n)
    colours = _alternate(tints, k.second)
    for j in range(n):
        offset = width * ((j + 0.5) / n - 0.5)
        strip(draw, k, middle + normal * offset[:, None], normal, width / n * 0.46, colours[j])
    top = cy - rx * abs(np.sin(tilt)) - ry
    return _fit(k, (0.0, top, 1.0, cy + rx * abs(np.sin(tilt)) + ry + 0.1))


LAYOUTS: dict[str, Callable[[aggdraw.Draw, Rings], Box]] = {  # calm to loud
    "grooves": grooves,
    "sunrise": sunrise,
    "spiral": spiral,
    "broken": broken,
    "squares": squares,
    "tunnel": tunnel,
    "ribbon": ribbon,
    "corner": corner,
}
ANCHORED = ("sunrise", "grooves", "corner", "tunnel", "ribbon", "broken")
"""The compositions anchored to an edge of the frame: their frame never moves them."""
