"""The energy-rings compositions: each draws the song's energy curve as thick key-
coloured bands onto an aggdraw canvas and returns its focal box. Radius (or depth) is
time, from the centre out; a band's width is the energy of its moment and its arc is
broken where the song hits hardest. Each fills the frame up to the title's band: a
big sun of bands on a horizon, half rings from a side, a huge target on a corner,
arcs rising from the edge away from the title, a big radial waveform, solid bands
cropped huge, a tunnel."""

from __future__ import annotations

from dataclasses import dataclass

import aggdraw
import numpy as np

from sleeve.engine import compose, signals
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import RGB, ArtDirection
from sleeve.engine.styles.cover_parts.calm_zone import subject_y


@dataclass(frozen=True)
class Rings:
    """What a layout draws with: the cover side, the energy per ring, each ring's
    colour (from the key and the spectrum), the accent for the loudest ring, a deep
    second colour for the bands between on a dark field, the field, the side the
    title prefers, and the seed's generator."""

    size: int
    level: np.ndarray
    tints: list[RGB]
    hot: RGB
    deep: RGB
    paper: RGB
    side: str
    rng: np.random.Generator
    direction: ArtDirection

    def tint(self, i: int) -> RGB:
        """Ring i's colour; the loudest ring takes the accent."""
        return self.hot if i == int(np.argmax(self.level)) else self.tints[i]

    def bands(self, n: int = 0) -> tuple[np.ndarray, list[RGB]]:
        """Fewer, bolder rings for the solid-band layouts (n, or a count from the
        density): (energies, colours), the loudest band in the accent."""
        n = n or 5 + round(6 * self.direction.density)
        level = signals.resample(self.level, n)
        tints = [self.tints[i * len(self.tints) // n] for i in range(n)]
        tints[int(np.argmax(level))] = self.hot
        return level, tints

    def between(self, accent: float, bare: bool = True) -> RGB:
        """The colour of the bands between the key's bands: on a dark field the deep
        colour (tint and black alternating read as a record, and as an empty field),
        on a light one the accent with chance `accent`, else the field (or, not
        `bare`, the deep colour)."""
        if rgb_to_oklch(self.paper)[0] < 0.5:
            return self.deep
        if self.rng.random() < accent:
            return self.hot
        return self.paper if bare else self.deep

    def cuts(self, n: int) -> np.ndarray:
        """(n, 16) onset strengths: a band's sixteen steps round its arc."""
        return signals.onsets(self.direction, n * 16).reshape(n, 16)


def _sector(
    k: Rings, centre: tuple[float, float], radii: tuple[float, float], angles: tuple[float, float]
) -> list[float]:
    """The outline (pixels, flat) of the part of an annulus between two angles."""
    t = np.linspace(angles[0], angles[1], max(4, int((angles[1] - angles[0]) * 60)))
    unit = np.stack([np.cos(t), np.sin(t)], 1)
    ring = np.concatenate([unit * radii[1], (unit * radii[0])[::-1]]) + centre
    return (ring * k.size).ravel().tolist()


def band(
    draw: aggdraw.Draw,
    k: Rings,
    centre: tuple[float, float],
    radii: tuple[float, float],
    colour: RGB,
    hits: np.ndarray,
    start: float,
) -> None:
    """An annulus (radii in fractions) round `centre`, broken by a gap at each of its
    three strongest hits above 0.6 (its sixteen steps run round from `start`)."""
    (cx, cy), (r0, r1) = centre, radii
    strong = [int(i) for i in np.argsort(-hits)[:3] if hits[i] > 0.6]
    gap = min(0.5, (0.015 + 0.8 * (r1 - r0)) / max(r1, 1e-3) * 0.5)
    marks = sorted(start + 2 * np.pi * i / 16 for i in strong)
    spans = (
        [(a + gap, b - gap) for a, b in zip(marks, marks[1:] + [marks[0] + 2 * np.pi], strict=True)]
        if marks
        else [(start, start + 2 * np.pi)]
    )
    brush = aggdraw.Brush(colour)
    for a0, a1 in spans:
        if a1 - a0 < 0.05:
            continue
        draw.polygon(_sector(k, (cx, cy), (r0, r1), (a0, a1)), brush)


def _bands(
    draw: aggdraw.Draw,
    k: Rings,
    centre: tuple[float, float],
    reach: float,
    air: float,
    inner: float = 0.0,
) -> None:
    """The song's bands (four to nine, with the density) from `inner` to `reach`
    round `centre`: widths from the energy, `air` (0..1) of each band left as field
    between them, broken by onsets."""
    level, tints = k.bands(4 + round(5 * k.direction.density) + int(k.rng.integers(0, 2)))
    widths = 0.2 + level**1.5
    edges = inner + (reach - inner) * np.concatenate([[0.0], np.cumsum(widths) / widths.sum()])
    hits = k.cuts(len(level))
    start = float(k.rng.uniform(0, 2 * np.pi))
    drift = float(k.rng.choice((-1.0, 1.0))) * float(k.rng.uniform(0.1, 0.5))  # gaps stagger
    for i in range(len(level)):
        r0, r1 = float(edges[i]), float(edges[i + 1])
        r0 += (r1 - r0) * air
        band(draw, k, centre, (r0, r1), tints[i], hits[i], start + drift * i)


def _cut(draw: aggdraw.Draw, k: Rings, cut: float) -> compose.Box:
    """Paint the title's band (the top or bottom `cut` of the cover, deeper for a long
    title that sets on more lines) back to the field, so a subject drawn past it stops
    straight there; returns the rest as focal."""
    cut += 0.1 * min(1.0, max(0, len(k.direction.title) - 16) / 30)
    y0, y1 = (0.0, cut) if k.side == "top" else (1 - cut, 1.0)
    draw.rectangle((0, y0 * k.size, k.size, y1 * k.size), aggdraw.Brush(k.paper))
    return (0.0, cut, 1.0, 1.0) if k.side == "top" else (0.0, 0.0, 1.0, 1 - cut)


def side(draw: aggdraw.Draw, k: Rings) -> compose.Box:
    """Half rings swelling in from the left or right edge, as tall as the part of the
    cover the title leaves: the bands fill that side and cross past the middle, their
    centre high or low, broken by onsets; cut straight under the title."""
    cx = float(k.rng.choice((-0.06, 1.06))) + float(k.rng.uniform(-0.14, 0.14))
    cy = subject_y(k.side, float(k.rng.uniform(0.0, 0.36)))
    reach = float(k.rng.uniform(0.68, 1.0))
    air = float(k.rng.uniform(0.0, 0.35))
    _bands(draw, k, (cx, cy), reach, air, reach * float(k.rng.uniform(0.0, 0.3)))
    return _cut(draw, k, float(k.rng.uniform(0.32, 0.38)))


def arcs(draw: aggdraw.Draw, k: Rings) -> compose.Box:
    """Bands rising as half rings from the edge away from the title, wide enough to
    fill the frame up to the title's band, centred or pushed to one side; thick and
    spaced, broken by onsets."""
    cx = float(k.rng.choice((0.2, 0.5, 0.8))) + float(k.rng.uniform(-0.1, 0.1))
    cy = 1.04 if k.side == "top" else -0.04
    reach = float(k.rng.uniform(0.7, 0.9))
    air = float(k.rng.uniform(0.0, 0.3))
    _bands(draw, k, (cx, cy), reach, air, reach * float(k.rng.uniform(0.0, 0.2)))
    return _cut(draw, k, float(k.rng.uniform(0.32, 0.4)))


def wall(draw: aggdraw.Draw, k: Rings) -> compose.Box:
    """Solid bands cropped huge into a block: every moment a band, adjacent or barely
    apart, round a centre anywhere from off one side to off the other, cut straight
    where the title's band begins; broken by onsets down to the field."""
    cx = float(k.rng.uniform(-0.3, 1.3))
    cy = subject_y(k.side, float(k.rng.uniform(0.2, 0.6)))
    reach = float(k.rng.uniform(0.75, 1.2))
    _bands(draw, k, (cx, cy), reach, float(k.rng.choice((0.0, 0.0, 0.1))), 0.0)
    return _cut(draw, k, float(k.rng.uniform(0.32, 0.42)))


def _circle(
    draw: aggdraw.Draw, cx: float, cy: float, r: float, ink: tuple[aggdraw.Pen | aggdraw.Brush]
) -> None:
    """A circle of radius r (pixels) around (cx, cy), stroked or filled."""
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), *ink)


def corner(draw: aggdraw.Draw, k: Rings) -> compose.Box:
    """A huge target centred on a corner away from the title, its quarter filling the
    frame up to the title's band: solid bands alternating with the field or with the
    accent, their widths the energy, outer bands first so inner ones sit on top."""
    cx = float(k.rng.choice((0.0, 1.0))) + float(k.rng.uniform(-0.08, 0.08))
    cy = (1.0 if k.side == "top" else 0.0) + float(k.rng.uniform(-0.06, 0.06))
    reach = float(k.rng.uniform(0.85, 1.15))
    level, tints = k.bands(4 + round(4 * k.direction.density))  # broad, not grooves
    edges = reach * np.cumsum(0.25 + level) / float(np.sum(0.25 + level))
    other = k.between(0.35)
    x, y = cx * k.size, cy * k.size
    for i in range(len(edges) - 1, -1, -1):
        colour = tints[i] if (len(edges) - 1 - i) % 2 == 0 else other  # outermost a tint
        _circle(draw, x, y, edges[i] * k.size, (aggdraw.Brush(colour),))
    return _cut(draw, k, float(k.rng.uniform(0.32, 0.38)))


def polar(draw: aggdraw.Draw, k: Rings) -> compose.Box:
    """A big radial waveform: a wedge per moment round an open centre, as long as its
    energy, filling the frame below (or above) the title; the seed sets its place
    (centred or half off a side), the wedge count and where the song starts."""
    reach = float(k.rng.uniform(0.58, 0.72))
    cx = float(k.rng.choice((0.5, 0.5, 0.15, 0.85))) + float(k.rng.uniform(-0.05, 0.05))
    cy = subject_y(k.side, float(k.rng.uniform(0.12, 0.22)))
    start = float(k.rng.uniform(0, 2 * np.pi))
    n = int(k.rng.choice((24, 36, 48)))
    level = signals.energy(k.direction, n)
    hole = reach * float(k.rng.uniform(0.1, 0.25))
    for i in range(n):
        a0 = start + 2 * np.pi * i / n
        r1 = hole + (reach - hole) * (0.55 + 0.45 * level[i])
        colour = k.hot if level[i] >= level.max() else k.tints[i * len(k.tints) // n]
        sector = _sector(k, (cx, cy), (hole, r1), (a0, a0 + 2 * np.pi / n * 0.82))
        draw.polygon(sector, aggdraw.Brush(colour))
    return _cut(draw, k, float(k.rng.uniform(0.32, 0.36)))


def sunrise(draw: aggdraw.Draw, k: Rings) -> compose.Box:
    """Concentric bands rising from a horizon (a sun of rings), big enough to fill the
    sky up to the title: centred or pushed to a side, tilted or level, half risen or
    nearly set, and its ground flat, striped with the reflection or bare under a thin
    line in the accent."""
    s = k.size
    low, high = (0.7, 0.88) if k.side == "top" else (0.45, 0.62)
    horizon = float(k.rng.uniform(low, high))
    reach = float(k.rng.uniform(0.62, 0.9))
    cx = float(k.rng.choice((0.5, 0.5, 0.3, 0.7, 0.1, 0.9)))
    sink = reach * float(k.rng.choice((0.0, 0.0, 0.2, -0.15)))  # >0 setting, <0 lifted
    tilt = float(k.rng.choice((0.0, 0.0, -1.0, 1.0))) * float(k.rng.uniform(0.04, 0.12))
    level, tints = k.bands(4 + round(3 * k.direction.density))  # few, broad bands
    edges = reach * np.cumsum(0.3 + level) / float(np.sum(0.3 + level))
    other = k.between(0.4)
    for i in range(len(edges) - 1, -1, -1):
        colour = tints[i] if (len(edges) - 1 - i) % 2 == 0 else other  # outermost a tint
        _circle(draw, cx * s, (horizon + sink) * s, edges[i] * s, (aggdraw.Brush(colour),))
    y0, y1 = (horizon - tilt / 2) * s, (horizon + tilt / 2) * s
    grounds = ("flat", "water", "line") if k.side == "top" else ("flat",)  # a low sun's
    ground = str(k.rng.choice(grounds))  # ground is as big as its sky: never bare
    fill = k.tints[0] if ground == "flat" else k.paper
    draw.polygon((0, y0, s, y1, s, s, 0, s), aggdraw.Brush(fill))
    if ground == "water":  # each band's reflection a bar, shorter and further down
        deep = (1.0 if k.side == "top" else 0.7) - horizon  # bars keep off the title
        for i in range(0, len(edges), 2):
            y = (horizon + 0.012 + deep * 0.9 * (edges[i] / reach) ** 1.5) * s
            half = edges[i] * (1.0 - 0.5 * edges[i] / reach) * s
            bar = s * 0.004 + deep * s * 0.05 * (0.3 + level[i])
            draw.rectangle((cx * s - half, y, cx * s + half, y + bar), aggdraw.Brush(tints[i]))
    elif ground == "line":  # a bare field under a thin horizon in the accent
        draw.line((0, y0, s, y1), aggdraw.Pen(k.hot, s * 0.006))
    if k.side == "top":
        return _cut(draw, k, 0.34)
    return (0.0, 0.0, 1.0, horizon + 0.02)


def tunnel(draw: aggdraw.Draw, k: Rings) -> compose.Box:
    """A tunnel in perspective: rings, square or diamond frames shrinking towards a
    vanishing point, each band's depth the energy of its moment, the mouth past the
    edges and cut straight under the title; the seed sets where the mouth sits, how
    steep the perspective and the second colour."""
    vx = 0.5 + float(k.rng.choice((-1.0, 1.0))) * float(k.rng.uniform(0.1, 0.36))
    vy = subject_y(k.side, float(k.rng.uniform(0.06, 0.3)))
    mouth = float(k.rng.uniform(0.85, 1.3))
    mx, my = (float(v) for v in k.rng.uniform(0.3, 0.7, 2))
    steep = float(k.rng.uniform(1.5, 3.0))
    level, tints = k.bands()
    depth = np.cumsum(0.35 + level[::-1])
    t = depth / depth[-1]  # 0 far .. 1 near
    shape = str(k.rng.choice(("circle", "circle", "square", "diamond")))
    other = k.between(0.3, bare=False)  # a frame of bare field reads as a gap
    n = len(t)
    for j in range(n - 1, -1, -1):
        near = float(t[j]) ** steep
        r = (0.015 + mouth * near) * k.size
        x = (vx + (mx - vx) * near) * k.size
        y = (vy + (my - vy) * near) * k.size
        brush = aggdraw.Brush(tints[n - 1 - j] if (n - 1 - j) % 2 == 0 else other)
        if shape == "square":
            draw.rectangle((x - r, y - r, x + r, y + r), brush)
        elif shape == "diamond":
            draw.polygon((x, y - r, x + r, y, x, y + r, x - r, y), brush)
        else:
            _circle(draw, x, y, r, (brush,))
    return _cut(draw, k, float(k.rng.uniform(0.3, 0.38)))  # straight under the title


LAYOUTS = {
    "sunrise": sunrise,
    "side": side,
    "corner": corner,
    "arcs": arcs,
    "polar": polar,
    "wall": wall,
    "tunnel": tunnel,
}
