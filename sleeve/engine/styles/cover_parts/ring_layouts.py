"""The energy-rings compositions: each draws the song's energy curve as rings, bands,
a filled polar waveform, a groove or a tunnel onto an aggdraw canvas and returns its
focal box. Radius (or depth) is time, from the centre out."""

from __future__ import annotations

from dataclasses import dataclass

import aggdraw
import numpy as np

from sleeve.engine import compose, signals
from sleeve.engine.direction import RGB, ArtDirection
from sleeve.engine.styles.cover_parts.calm_zone import subject_y


@dataclass(frozen=True)
class Rings:
    """What a layout draws with: the cover side, the energy per ring, each ring's
    colour (from the key and the spectrum), the accent for the loudest ring, the
    field, the side the title prefers, and the seed's generator."""

    size: int
    level: np.ndarray
    tints: list[RGB]
    hot: RGB
    paper: RGB
    side: str
    rng: np.random.Generator
    direction: ArtDirection

    def tint(self, i: int) -> RGB:
        """Ring i's colour; the loudest ring takes the accent."""
        return self.hot if i == int(np.argmax(self.level)) else self.tints[i]

    def bands(self) -> tuple[np.ndarray, list[RGB]]:
        """Fewer, bolder rings for the solid-band layouts: (energies, colours), the
        loudest band in the accent."""
        n = 7 + round(9 * self.direction.density)
        level = signals.resample(self.level, n)
        tints = [self.tints[i * len(self.tints) // n] for i in range(n)]
        tints[int(np.argmax(level))] = self.hot
        return level, tints


def _circle(
    draw: aggdraw.Draw, cx: float, cy: float, r: float, ink: tuple[aggdraw.Pen | aggdraw.Brush]
) -> None:
    """A circle of radius r (pixels) around (cx, cy), stroked or filled."""
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), *ink)


def rings(draw: aggdraw.Draw, k: Rings) -> compose.Box:
    """Centred concentric rings, stroke width by the energy of their moment (a ring
    per bar or so: few enough to stay bold at thumbnail size)."""
    cx = float(k.rng.choice((0.5, 0.42, 0.58)))
    cy = subject_y(k.side, float(k.rng.uniform(0.06, 0.1)))
    reach = float(k.rng.uniform(0.26, 0.33))
    count = 10 + round(12 * k.direction.density)
    level = signals.resample(k.level, count)
    step = reach / count
    for i, lv in enumerate(level):
        r = (i + 1) * step * k.size
        pen = aggdraw.Pen(k.tint(i * len(k.level) // count), step * k.size * (0.2 + 0.7 * lv))
        _circle(draw, cx * k.size, cy * k.size, r, (pen,))
    return compose.around(cx, cy, reach)


def giant(draw: aggdraw.Draw, k: Rings) -> compose.Box:
    """Rings from a centre beyond an edge (a side, or the edge away from the title),
    fewer than the song's frames so they stay bold at thumbnail size; the seed sets
    the reach, the ring count and whether the centre is a solid sun."""
    if k.rng.random() < 0.6:
        lx = float(k.rng.choice((-0.08, 1.08))) + float(k.rng.uniform(-0.12, 0.12))
        cy = subject_y(k.side, float(k.rng.uniform(0.15, 0.35)))
    else:
        lx = float(k.rng.choice((0.2, 0.35, 0.5, 0.65, 0.8)))
        cy = 1.04 if k.side == "top" else -0.04
    reach = float(k.rng.uniform(0.6, 0.95))
    count = 6 + round(22 * k.direction.density * float(k.rng.uniform(0.5, 1.0)))
    level = signals.resample(k.level, count)
    step = reach / count
    sun = k.rng.random() < 0.4
    for i, lv in enumerate(level):
        pen = aggdraw.Pen(k.tint(i * len(k.level) // count), step * k.size * (0.15 + 0.75 * lv))
        _circle(draw, lx * k.size, cy * k.size, (i + 1) * step * k.size, (pen,))
    if sun:
        _circle(draw, lx * k.size, cy * k.size, step * 2.5 * k.size, (aggdraw.Brush(k.hot),))
    return compose.around(lx, cy, reach * 0.8)


def corner(draw: aggdraw.Draw, k: Rings) -> compose.Box:
    """A target centred off a corner, small to huge: bands alternating with the field or
    with the accent, or only their edges as lines; the bands' widths are the
    energy, outer bands first so inner ones sit on top."""
    cx = float(k.rng.choice((0.06, 0.94))) + float(k.rng.uniform(-0.2, 0.2))
    cy = (0.92 if k.side == "top" else 0.08) + float(k.rng.uniform(-0.1, 0.1))
    reach = float(k.rng.choice((0.45, 0.7, 1.1))) * float(k.rng.uniform(0.9, 1.1))
    level, tints = k.bands()
    edges = reach * np.cumsum(0.25 + level) / float(np.sum(0.25 + level))
    look = str(k.rng.choice(("alternate", "accent", "lines")))
    x, y = cx * k.size, cy * k.size
    for i in range(len(edges) - 1, -1, -1):
        if look == "lines":
            pen = aggdraw.Pen(tints[i], k.size * (0.008 + 0.02 * level[i]))
            _circle(draw, x, y, edges[i] * k.size, (pen,))
        else:
            other = k.hot if look == "accent" else k.paper
            colour = tints[i] if i % 2 == 0 else other
            _circle(draw, x, y, edges[i] * k.size, (aggdraw.Brush(colour),))
    return compose.around(cx, cy, reach * 0.7)


def waveform(draw: aggdraw.Draw, k: Rings) -> compose.Box:
    """Copies of the energy curve wrapped around a centre, each reaching further."""
    cx, cy = compose.thirds(k.rng, 0.03)
    cy = subject_y(k.side, abs(cy - 0.5))
    reach = float(k.rng.uniform(0.26, 0.34))
    theta = np.linspace(0, 2 * np.pi, 721) - np.pi / 2
    wave = signals.energy(k.direction, 721)
    copies = 3 + round(5 * k.direction.density)
    for j in range(copies):
        r = (reach * (0.35 + 0.65 * j / copies) + reach * 0.35 * wave * (j + 1) / copies) * k.size
        xs, ys = cx * k.size + r * np.cos(theta), cy * k.size + r * np.sin(theta)
        colour = k.hot if j == copies - 1 else k.tints[j * len(k.tints) // copies]
        pen = aggdraw.Pen(colour, k.size * (0.007 + 0.008 * k.direction.energy))
        draw.line(np.stack([xs, ys], 1).ravel().tolist(), pen)
    return compose.around(cx, cy, reach * 1.2)


def polar(draw: aggdraw.Draw, k: Rings) -> compose.Box:
    """The energy curve as a filled polar plot (a rosette) with up to two smaller,
    smoother copies inside it; the seed sets its size and place, where the song
    starts on the circle, and its dial (no spokes, or six to sixteen)."""
    scale = float(k.rng.choice((0.26, 0.34, 0.42)))
    cx = float(k.rng.choice((0.34, 0.5, 0.66) if scale < 0.3 else (0.42, 0.5, 0.58)))
    reach = scale * float(k.rng.uniform(0.9, 1.05))
    cy = subject_y(k.side, max(0.12, reach - 0.28))  # clear of the title's band
    start = float(k.rng.uniform(0, 2 * np.pi))
    theta = np.linspace(0, 2 * np.pi, 480, endpoint=False) + start
    wave = signals.energy(k.direction, 480)
    axis = aggdraw.Pen(k.tints[len(k.tints) // 3], k.size * 0.003)
    spokes = int(k.rng.choice((0, 6, 8, 12, 16)))
    for spoke in np.linspace(0, 2 * np.pi, spokes, endpoint=False) + start:
        tip = (cx + reach * np.cos(spoke), cy + reach * np.sin(spoke))
        draw.line((cx * k.size, cy * k.size, tip[0] * k.size, tip[1] * k.size), axis)
    if spokes:
        _circle(draw, cx * k.size, cy * k.size, reach * k.size, (axis,))
    layers = ((1.0, k.tints[-1], 0), (0.62, k.tints[len(k.tints) // 2], 6), (0.32, k.hot, 14))
    for scale_, colour, blur in layers[: int(k.rng.integers(1, 4))]:
        w = signals.smooth(wave, blur)
        r = reach * scale_ * (0.45 + 0.55 * w) * k.size
        xs, ys = cx * k.size + r * np.cos(theta), cy * k.size + r * np.sin(theta)
        draw.polygon(np.stack([xs, ys], 1).ravel().tolist(), aggdraw.Brush(colour))
    return compose.around(cx, cy, reach)


def _place(k: Rings, small: float, big: float) -> tuple[float, float, float, str]:
    """A subject's centre and reach: small at a place on a grid in a wide field,
    middling, or huge with its centre near an edge away from the title (cropped)."""
    scale = str(k.rng.choice(("small", "mid", "mid", "huge")))
    away = 1.0 if k.side == "top" else -1.0
    if scale == "huge":
        reach = float(k.rng.uniform(0.55, 0.75))
        cx = float(k.rng.choice((0.0, 0.2, 0.5, 0.8, 1.0)))
        return cx, 0.5 + away * float(k.rng.uniform(0.3, 0.42)), reach, scale
    reach = float(
        k.rng.uniform(small, small * 1.3) if scale == "small" else k.rng.uniform(big, big * 1.15)
    )
    cx = float(k.rng.choice((0.3, 0.5, 0.7) if scale == "small" else (0.42, 0.5, 0.58)))
    return cx, subject_y(k.side, 0.2 if scale == "small" else 0.09), reach, scale


def groove(draw: aggdraw.Draw, k: Rings) -> compose.Box:
    """A spiral groove: the seed and density set its turns (two to a dozen), how it
    tightens towards the centre or the rim, its turning sense, start angle and scale
    (tiny, middling, or huge and cut by an edge); its width is the energy curve."""
    cx, cy, reach, scale = _place(k, 0.15, 0.3)
    turns = int(
        np.clip(2 + round(10 * k.direction.density + k.rng.normal(0, 2)), 2, 3 + reach * 20)
    )
    tight = float(k.rng.choice((0.6, 1.0, 1.6)))  # <1 open centre, >1 packed centre
    n = 240 * turns
    t = np.linspace(0, 1, n)
    r = reach * (0.04 + 0.96 * t**tight)
    pitch = np.gradient(r, t) / turns  # the distance to the next turn out
    energy = np.clip(signals.smooth(signals.energy(k.direction, n), 20), 0, 1)
    profile = 0.1 + 0.85 * energy ** float(k.rng.choice((0.6, 1.0, 1.8)))
    w = np.minimum(pitch * profile / 2, r * 0.9)
    sense = float(k.rng.choice((-1.0, 1.0)))
    theta = sense * 2 * np.pi * turns * t + float(k.rng.uniform(0, 2 * np.pi))
    ang = np.concatenate([theta, theta[::-1]])
    rad = np.concatenate([r + w, (r - w)[::-1]]) * k.size
    xs, ys = cx * k.size + rad * np.cos(ang), cy * k.size + rad * np.sin(ang)
    draw.polygon(np.stack([xs, ys], 1).ravel().tolist(), aggdraw.Brush(k.tints[-1]))
    core = aggdraw.Brush(k.hot)
    extra = str(k.rng.choice(("core", "rim", "end")))
    if extra == "core" or scale == "huge":
        _circle(draw, cx * k.size, cy * k.size, reach * 0.05 * k.size, (core,))
    elif extra == "rim":
        pen = aggdraw.Pen(k.hot, k.size * 0.006)
        _circle(draw, cx * k.size, cy * k.size, reach * 1.12 * k.size, (pen,))
    else:  # a bead where the song ends
        ex, ey = xs[n - 1] / k.size, ys[n - 1] / k.size
        _circle(draw, ex * k.size, ey * k.size, reach * 0.07 * k.size, (core,))
    return compose.around(cx, cy, reach * (1.12 if extra == "rim" else 1.0))


def sunrise(draw: aggdraw.Draw, k: Rings) -> compose.Box:
    """Concentric bands rising from a horizon (a sun of rings): small and far to huge
    and cropped, set high or low, tilted or level, half risen or nearly set, and its
    ground flat, striped with the reflection, bare under a thin line, or a smaller
    second sun up in the field."""
    s = k.size
    huge = k.rng.random() < 0.3
    low, high = (0.62, 0.86) if k.side == "top" else (0.42, 0.62)
    horizon = float(k.rng.uniform(low, high))
    reach = float(k.rng.uniform(0.5, 0.75) if huge else k.rng.uniform(0.12, 0.4))
    reach = min(reach, horizon - 0.22) if k.side == "top" else reach
    cx = float(k.rng.choice((0.0, 0.5, 1.0) if huge else (0.26, 0.4, 0.5, 0.6, 0.74)))
    sink = reach * float(k.rng.choice((0.0, 0.0, 0.3, -0.25)))  # >0 setting, <0 lifted
    tilt = float(k.rng.choice((0.0, 0.0, -1.0, 1.0))) * float(k.rng.uniform(0.04, 0.12))
    level, tints = k.bands()
    edges = reach * np.cumsum(0.3 + level) / float(np.sum(0.3 + level))
    for i in range(len(edges) - 1, -1, -1):
        colour = tints[i] if i % 2 == 0 else k.paper
        _circle(draw, cx * s, (horizon + sink) * s, edges[i] * s, (aggdraw.Brush(colour),))
    y0, y1 = (horizon - tilt / 2) * s, (horizon + tilt / 2) * s
    ground = str(k.rng.choice(("flat", "water", "twin", "line")))
    fill = k.tints[0] if ground == "flat" else k.paper
    draw.polygon((0, y0, s, y1, s, s, 0, s), aggdraw.Brush(fill))
    if ground == "water":  # each band's reflection a bar, shorter and further down
        deep = (1.0 if k.side == "top" else 0.8) - horizon  # bars keep off the title
        for i in range(0, len(edges), 2):
            y = (horizon + 0.012 + deep * 0.9 * (edges[i] / reach) ** 1.5) * s
            half = edges[i] * (1.0 - 0.5 * edges[i] / reach) * s
            bar = s * 0.004 + deep * s * 0.05 * (0.3 + level[i])
            draw.rectangle((cx * s - half, y, cx * s + half, y + bar), aggdraw.Brush(tints[i]))
    elif ground == "line":  # a bare field under a thin horizon in the accent
        draw.line((0, y0, s, y1), aggdraw.Pen(k.hot, s * 0.006))
    elif ground == "twin":  # a small, solid second sun up in the field
        tx = 1.0 - cx if abs(cx - 0.5) > 0.1 else 0.22
        _circle(
            draw, tx * s, (horizon - reach - 0.08) * s, reach * 0.18 * s, (aggdraw.Brush(k.hot),)
        )
    return (cx - reach, horizon - reach - 0.1, cx + reach, horizon + 0.02)


def tunnel(draw: aggdraw.Draw, k: Rings) -> compose.Box:
    """A tunnel in perspective: rings, square or diamond frames shrinking towards a
    vanishing point on a grid, each band's depth the energy of its moment; the seed
    sets how near the mouth comes (a small tunnel in a wide field to one past the
    edges), where the mouth sits, how steep the perspective and the second colour."""
    vx = 0.5 + float(k.rng.choice((-1.0, 1.0))) * float(k.rng.uniform(0.08, 0.3))
    vy = subject_y(k.side, float(k.rng.uniform(0.1, 0.24)))
    mouth = float(k.rng.choice((0.4, 0.75, 1.1)))
    mx, my = (float(v) for v in k.rng.uniform(0.3, 0.7, 2))
    if mouth < 0.5:  # a small tunnel stays near its vanishing point
        mx, my = vx + (mx - 0.5) * 0.3, vy + (my - 0.5) * 0.3
    steep = float(k.rng.uniform(1.5, 3.0))
    level, tints = k.bands()
    depth = np.cumsum(0.35 + level[::-1])
    t = depth / depth[-1]  # 0 far .. 1 near
    shape = str(k.rng.choice(("circle", "circle", "square", "diamond")))
    other = k.hot if k.rng.random() < 0.3 else k.paper
    n = len(t)
    for j in range(n - 1, -1, -1):
        near = float(t[j]) ** steep
        r = (0.015 + mouth * near) * k.size
        x = (vx + (mx - vx) * near) * k.size
        y = (vy + (my - vy) * near) * k.size
        brush = aggdraw.Brush(tints[n - 1 - j] if j % 2 == 0 else other)
        if shape == "square":
            draw.rectangle((x - r, y - r, x + r, y + r), brush)
        elif shape == "diamond":
            draw.polygon((x, y - r, x + r, y, x, y + r, x - r, y), brush)
        else:
            _circle(draw, x, y, r, (brush,))
    return compose.around(vx, vy, 0.22)


LAYOUTS = {
    "giant": giant,
    "sunrise": sunrise,
    "groove": groove,
    "rings": rings,
    "polar": polar,
    "corner": corner,
    "waveform": waveform,
    "tunnel": tunnel,
}
