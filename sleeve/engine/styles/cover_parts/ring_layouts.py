"""The energy-rings compositions, each drawn as if the title sat at the top (the style
flips the cover when it sits at the bottom) and each filling the lower two thirds
and more, so the style's fade into the title's band touches only their far reach.
Each returns its focal box. A viewer names them apart:

- rainbow: stacked half rings rising from the bottom edge as an arch, a band per
  moment of the song, as wide as its energy;
- spiral: one thick band spiralling out from a point, its width the energy, broken
  at the strongest onsets;
- target: a huge sun of bands cropped off-centre by a side and the bottom edge,
  broken at the strongest onsets;
- ribbon: a tilted loop of parallel stripes crossing the frame, swelling with the
  energy round the song;
- tunnel: rings shrinking towards a vanishing point in perspective;
- burst: a radial waveform, teeth as long as the energy, nested in three colours;
- squares: nested square rings (a little turned, or a diamond), as wide as the
  energy, round a core in the accent;
- labels: a row or grid of small ring emblems like record labels, one per part of
  the song, their rings counted by its energy, the loudest part's core in the accent.

The style's frame scales each (but labels) from a small emblem to a huge crop and
places it; the seed outlines the bands or some of them.
"""

from __future__ import annotations

from collections.abc import Callable

import aggdraw
import numpy as np

from sleeve.engine import compose, signals
from sleeve.engine.direction import RGB
from sleeve.engine.styles.cover_parts.ring_shapes import (
    Rings,
    annulus,
    disc,
    spans,
    square,
    strip,
)

Box = compose.Box


def _fit(k: Rings, box: Box) -> Box:
    """A composition's focal box where its frame puts it, clipped to the cover."""
    return compose.clip_box(k.box(box))


def _alternate(tints: list[RGB], other: RGB, phase: int = 0) -> list[RGB]:
    """Every other band (the first when `phase` is 1) in the second colour."""
    return [other if (i + phase) % 2 else t for i, t in enumerate(tints)]


def _edges(level: np.ndarray, inner: float, reach: float, floor: float) -> np.ndarray:
    """Band edges from `inner` to `reach`, each band as wide as floor + its energy."""
    widths = floor + level**1.3
    return inner + (reach - inner) * np.concatenate([[0.0], np.cumsum(widths) / widths.sum()])


def rainbow(draw: aggdraw.Draw, k: Rings) -> Box:
    """Stacked half rings rising from the bottom edge, adjacent or barely apart, the
    arch's crown just under the title's band; centred or pushed towards a side."""
    cx = k.uniform(0.22, 0.78)
    cy = 1.0 + k.uniform(-0.04, 0.12)
    reach = cy - k.uniform(0.34, 0.48)
    inner = reach * k.uniform(0.1, 0.45)
    n = 5 + round(4 * k.direction.density)
    level, tints = k.bands(n)
    edges = _edges(level, inner, reach, 0.35)
    colours = _alternate(tints, k.second, int(k.rng.integers(2)))
    air = k.choice((0.0, 0.0, 0.12, 0.3))
    for i in range(n - 1, -1, -1):
        r0 = float(edges[i]) + (float(edges[i + 1]) - float(edges[i])) * air
        annulus(draw, k, (cx, cy), (r0, float(edges[i + 1])), colours[i], [(np.pi, 2 * np.pi)])
    return _fit(k, (cx - reach, cy - reach, cx + reach, 1.0))


def target(draw: aggdraw.Draw, k: Rings) -> Box:
    """A huge sun of four to seven broad bands round a core in the accent, centred on
    a side third or as far out as a bottom corner; the seed sets it solid or with
    field between the bands, and breaks some suns at their strongest onsets."""
    out = k.uniform(0.14, 0.56)  # from a side third out to a corner
    cx, cy = 0.5 + k.choice((-1.0, 1.0)) * out, k.uniform(0.62, 1.12)
    reach = max(cy - k.uniform(0.24, 0.32), 0.41 + 0.5 * out)  # bigger as it goes out
    core = reach * k.uniform(0.12, 0.3)
    n = 4 + round(2 * k.direction.density) + int(k.rng.integers(2))
    level, tints = k.bands(n)
    edges = _edges(level, core, reach, 0.4)
    air = k.choice((0.0, 0.0, 0.22))
    colours = tints if air else _alternate(tints, k.second, int(k.rng.integers(2)))
    hits = k.cuts(n) if k.rng.random() < 0.5 else np.zeros((n, 16))
    start = k.uniform(0, 2 * np.pi)
    for i in range(n - 1, -1, -1):
        r0, r1 = float(edges[i]), float(edges[i + 1])
        r0 += (r1 - r0) * air
        gap = min(0.5, (r1 - r0) / r1)
        annulus(draw, k, (cx, cy), (r0, r1), colours[i], spans(hits[i], start + 0.4 * i, gap, 1))
    disc(draw, k, (cx, cy), core, k.hot if colours[0] != k.hot else k.second)
    return _fit(k, (cx - reach, cy - reach, cx + reach, 1.0))


def ribbon(draw: aggdraw.Draw, k: Rings) -> Box:
    """A tilted loop of three to five parallel stripes crossing the frame edge to
    edge; its width swells with the energy as the song runs round it."""
    cx, cy = k.uniform(0.42, 0.58), k.uniform(0.7, 0.74)
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


def spiral(draw: aggdraw.Draw, k: Rings) -> Box:
    """One thick band spiralling out from a point below the middle: time runs along
    it, its width the energy, its colour the spectrum's travel; broken at the
    strongest onsets."""
    cx, cy = k.uniform(0.36, 0.64), k.uniform(0.64, 0.7)
    reach = k.uniform(0.44, 0.56)
    turns = 2.0 + round(3 * k.direction.density) / 2
    m = int(260 * turns)
    u = np.linspace(0.0, 1.0, m)
    r = np.sqrt(0.03**2 + (reach**2 - 0.03**2) * u)  # even time per length of band
    angle = k.uniform(0, 2 * np.pi) + k.choice((-1.0, 1.0)) * 2 * np.pi * turns * (r - 0.03) / (
        reach - 0.03
    )
    unit = np.stack([np.cos(angle), np.sin(angle)], 1)
    pitch = (reach - 0.03) / turns
    half = pitch * (0.16 + 0.3 * signals.resample(k.level, m)) * np.minimum(1.0, 0.3 + 3 * u)
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


def tunnel(draw: aggdraw.Draw, k: Rings) -> Box:
    """Rings shrinking towards a vanishing point below the middle, their centres
    sliding towards a mouth down and to a side (past the lower or a side edge), each
    ring as deep as the energy of its moment, in the lead colour and the palette's
    second colour."""
    vx, vy = k.uniform(0.2, 0.8), k.uniform(0.6, 0.74)
    way = np.pi * (0.5 + k.choice((-1.0, 1.0)) * k.uniform(0.08, 0.38))
    mx, my = vx + 0.38 * np.cos(way), vy + 0.38 * np.sin(way)
    mouth = k.uniform(0.6, 0.9)
    steep = k.uniform(2.2, 3.2)
    level, tints = k.bands(8 + round(6 * k.direction.density))
    depth = np.cumsum(0.35 + level[::-1])
    near = (depth / depth[-1]) ** steep  # 0 far .. 1 near
    colours = _alternate(tints[::-1], k.second, int(k.rng.integers(2)))
    for j in range(len(near) - 1, -1, -1):
        centre = (vx + (mx - vx) * near[j], vy + (my - vy) * near[j])
        disc(draw, k, centre, 0.012 + mouth * float(near[j]), colours[j])
    return _fit(k, (vx - 0.3, 0.3, vx + 0.3, 1.0))


def burst(draw: aggdraw.Draw, k: Rings) -> Box:
    """A radial waveform round a point below the middle: a bold bar per moment, as
    long as its energy and lengthened by its onsets, coloured along the song (the
    loudest in the accent), round a core in the palette's second colour."""
    cx, cy = k.uniform(0.34, 0.66), k.uniform(0.64, 0.7)
    reach = k.uniform(0.56, 0.7)
    n = int(k.choice((40, 56, 72)))
    env = signals.resample(k.level, n)
    hits = signals.onsets(k.direction, n)
    length = 0.3 + 0.7 * env * (0.6 + 0.4 * hits)
    core = reach * k.uniform(0.16, 0.26)
    turn = k.uniform(0, 2 * np.pi)
    step = 2 * np.pi / n
    share = k.uniform(0.55, 0.75)  # of each step a bar fills
    loudest = int(np.argmax(length))
    for i in range(n):
        ink = k.hot if i == loudest else k.tints[i * len(k.tints) // n]
        a0 = turn + step * i
        r1 = core + (reach - core) * float(length[i])
        annulus(draw, k, (cx, cy), (core * 1.25, r1), ink, [(a0, a0 + step * share)])
    disc(draw, k, (cx, cy), core, k.second)
    return _fit(k, (cx - reach, cy - reach, cx + reach, cy + reach))


def squares(draw: aggdraw.Draw, k: Rings) -> Box:
    """Nested square rings round a point below the middle, each as wide as its
    moment's energy, slightly turned or a diamond; the core in the accent."""
    cx, cy = k.uniform(0.34, 0.66), k.uniform(0.64, 0.72)
    reach = k.uniform(0.3, 0.42)
    tilt = k.choice((np.pi / 4, 0.1, -0.1, 0.2, -0.2))  # never level: no straight cut
    n = 4 + round(4 * k.direction.density)
    level, tints = k.bands(n)
    edges = _edges(level, reach * k.uniform(0.1, 0.25), reach, 0.4)
    colours = _alternate(tints, k.second, int(k.rng.integers(2)))
    air = k.choice((0.0, 0.0, 0.25))
    for i in range(n - 1, -1, -1):
        r0, r1 = float(edges[i]), float(edges[i + 1])
        square(draw, k, (cx, cy), (r0 + (r1 - r0) * air, r1), tilt, colours[i])
    square(draw, k, (cx, cy), (0.0, float(edges[0])), tilt, k.hot)
    grow = reach * (1.42 if tilt else 1.0)
    return _fit(k, (cx - grow, cy - grow, cx + grow, cy + grow))


def labels(draw: aggdraw.Draw, k: Rings) -> Box:
    """A row or grid of small ring emblems under the title, one per part of the song
    (read left to right, top to bottom): as many rings as the part is loud, broken at
    its strongest onsets; the loudest part's core in the accent."""
    cols, rows = [(3, 1), (2, 2), (3, 2), (4, 1), (3, 3)][int(k.rng.integers(5))]
    top, bottom = (0.56, 0.86) if rows == 1 else (0.4, 0.92)
    left = k.uniform(0.06, 0.12)
    cell = min((1 - 2 * left) / cols, (bottom - top) / rows)
    x0 = 0.5 - cell * cols / 2 + k.uniform(-0.04, 0.04)
    y0 = bottom - cell * rows
    parts = cols * rows
    energy = signals.resample(k.level, parts)
    hits = k.cuts(parts)
    loudest = int(np.argmax(energy))
    start = k.uniform(0, 2 * np.pi)
    for p in range(parts):
        cx, cy = x0 + cell * (p % cols + 0.5), y0 + cell * (p // cols + 0.5)
        radius = cell * 0.44
        n = 2 + round(4 * float(energy[p]))
        edges = np.linspace(radius * 0.28, radius, n + 1)
        for i in range(n - 1, -1, -1):
            ink = k.tints[(p * len(k.tints)) // parts] if i % 2 else k.second
            gap = 0.12 if i % 2 else 0.0
            arcs = spans(hits[p], start + 0.5 * i, gap, 2) if gap else [(0.0, 2 * np.pi)]
            annulus(draw, k, (cx, cy), (float(edges[i]), float(edges[i + 1])), ink, arcs)
        disc(draw, k, (cx, cy), radius * 0.28, k.hot if p == loudest else k.paper)
    return _fit(k, (x0, y0, x0 + cell * cols, y0 + cell * rows))


LAYOUTS: dict[str, Callable[[aggdraw.Draw, Rings], Box]] = {  # calm to loud
    "rainbow": rainbow,
    "labels": labels,
    "spiral": spiral,
    "squares": squares,
    "target": target,
    "ribbon": ribbon,
    "tunnel": tunnel,
    "burst": burst,
}
