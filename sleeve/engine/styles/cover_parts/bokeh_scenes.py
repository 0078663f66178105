"""Bokeh scenes with one focal light structure each: a huge out-of-focus light seen
through a shaped aperture with its ghosts (flare), a neon sign's tube blurred to a
shape of coloured light (neon), and a shallow line of lights on a horizon with their
reflections drawn down a wet ground (horizon).

Lights are rows as in bokeh_lights (x, y, radius, colour index, opacity);
`shaped_field` draws them through a polygonal aperture, cat's-eye clipped toward the
frame's edges as a real lens does.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from sleeve.engine import compose
from sleeve.engine.styles.cover_parts.bokeh_lights import RES, light_field, light_rows

Box = compose.Box


def shaped_field(
    lights: np.ndarray, colours: np.ndarray, sides: int, turn: float, cat: float = 0.0
) -> tuple[np.ndarray, np.ndarray]:
    """Sum lights drawn through a regular `sides`-gon aperture turned by `turn`
    (radians); `cat` > 0 clips each one by a disc shifted toward the frame's centre in
    proportion to its distance from it (the cat's eye of a wide-open lens)."""
    angles = turn + 2 * np.pi * np.arange(sides) / sides
    normals = np.stack([np.cos(angles), np.sin(angles)], 1).astype(np.float32)
    apothem = np.cos(np.pi / sides)

    def aperture(dx: np.ndarray, dy: np.ndarray, rp: float, x: float, y: float) -> np.ndarray:
        d = dx * normals[0, 0] + dy * normals[0, 1]
        for nx, ny in normals[1:]:
            d = np.maximum(d, dx * nx + dy * ny)
        d = d / (rp * apothem)
        if cat > 0:
            ox, oy = (0.5 - x) * cat * 2 * rp, (0.5 - y) * cat * 2 * rp
            d = np.maximum(d, np.sqrt((dx - ox) ** 2 + (dy - oy) ** 2) / (rp * 1.05))
        edge = max(2.5 / rp, 0.06)
        body = np.clip((1.0 - d) / edge + 0.5, 0.0, 1.0)
        rim = np.exp(-(((d - 0.93) / 0.07) ** 2))
        return body * (0.72 + 0.1 * np.clip(d, 0, 1)) + 0.3 * rim * body

    return light_field(lights, colours, RES, aperture)


FLARE_CROPS = ("corner", "side", "whole")


def flare(
    rng: np.random.Generator, k: int, band: str, crop: str, energy: float
) -> tuple[np.ndarray, Box, int]:
    """One huge out-of-focus light and a chain of its aperture's ghosts (none to
    seven) running through the lens's axis, near the middle, to the far side, smaller
    and fainter. `crop`: the light cut by a corner, cut by a side, or whole on a third
    of the frame's width, smaller; on either side, always away from the title's band,
    its size and place drawn anew each time so two flares do not stack. Energy shrinks
    the light and lengthens the chain of ghosts. Returns the rows, the focal box and
    the aperture's sides (5 to 9)."""
    top = band == "bottom"
    big = rng.uniform(0.22, 0.46) * (1.1 - 0.3 * energy)
    right = rng.random() < 0.5
    if crop == "corner":
        lx = rng.uniform(0.0, 0.12)
        ly = rng.uniform(0.02, 0.12) if top else rng.uniform(0.88, 0.98)
    elif crop == "side":
        lx = rng.uniform(-0.08, 0.0)
        ly = rng.uniform(0.24, 0.44) if top else rng.uniform(0.56, 0.76)
    else:
        lx = rng.uniform(0.3, 0.4)
        ly = rng.uniform(0.26, 0.38) if top else rng.uniform(0.62, 0.74)
        big *= rng.uniform(0.45, 0.6)
    lx = float(1.0 - lx if right else lx)
    rows = [
        light_rows(lx, ly, big * 1.5, 0, 0.08),
        light_rows(lx, ly, big, 0, 0.85),
        light_rows(lx, ly, big * 0.7, 2, 0.35),  # the hot core
        light_rows(lx, ly, big * 0.4, 2, 0.5),
    ]
    count = int(rng.integers(0, 4) + round(4 * energy))
    aim = 0.5 + rng.uniform(-0.18, 0.18, 2)  # the lens's axis, near the frame's middle
    t = np.sort(rng.uniform(0.55, 1.5, count))  # along the line through the axis
    gx, gy = lx + (aim[0] - lx) * 2 * t / 1.5, ly + (aim[1] - ly) * 2 * t / 1.5
    gr = rng.uniform(0.02, 0.1, count) * np.where(rng.random(count) < 0.3, 2.0, 1.0)
    rows.append(light_rows(gx, gy, gr, rng.integers(0, k, count), rng.uniform(0.25, 0.5, count)))
    sides = int(rng.choice((5, 6, 7, 8, 9)))
    return np.concatenate(rows), compose.around(lx, ly, big * 0.9), sides


def _ring(t: np.ndarray) -> np.ndarray:
    return np.stack([0.5 + 0.5 * np.cos(2 * np.pi * t), 0.5 + 0.5 * np.sin(2 * np.pi * t)], 1)


def _polyline(points: list[tuple[float, float]], t: np.ndarray) -> np.ndarray:
    """Points at parameters t (0..1) along a polyline (in a unit box), by length."""
    p = np.asarray(points, np.float64)
    seg = np.linalg.norm(np.diff(p, axis=0), axis=1)
    at = np.concatenate([[0.0], np.cumsum(seg)]) / seg.sum()
    return np.stack([np.interp(t, at, p[:, 0]), np.interp(t, at, p[:, 1])], 1)


def _heart(count: int = 64) -> list[tuple[float, float]]:
    """A heart's outline in a unit box (a bar's neon heart)."""
    t = np.linspace(0, 2 * np.pi, count)
    x = 16 * np.sin(t) ** 3
    y = -(13 * np.cos(t) - 5 * np.cos(2 * t) - 2 * np.cos(3 * t) - np.cos(4 * t))
    x, y = (x - x.min()) / np.ptp(x), (y - y.min()) / np.ptp(y)
    return [(float(a), float(b) * 0.9) for a, b in zip(x, y, strict=True)]


NEON_SHAPES = {
    "heart": _heart(),
    # a cocktail glass in one tube: the foot, the stem, the bowl
    "cocktail": [
        (0.25, 1.0),
        (0.75, 1.0),
        (0.5, 1.0),
        (0.5, 0.5),
        (0.0, 0.0),
        (1.0, 0.0),
        (0.5, 0.5),
    ],
    "ring": None,
    "triangle": [(0.5, 0.0), (1.0, 0.87), (0.0, 0.87), (0.5, 0.0)],
    "arrow": [(0.0, 0.0), (0.7, 0.5), (0.0, 1.0)],
    "wave": [(0.0, 0.5), (0.2, 0.15), (0.4, 0.85), (0.6, 0.15), (0.8, 0.85), (1.0, 0.5)],
    "frame": [(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0), (0.0, 0.0)],
}


def neon(
    rng: np.random.Generator, energy: float, band: str
) -> tuple[np.ndarray, list[tuple[np.ndarray, int, float]], Box]:
    """A neon sign out of focus: one tube bent into a ring, a triangle, an arrow, a
    zigzag or an open frame, in the song's colour, sometimes a second smaller tube in
    the second colour inside it; its light pooled on the wet floor below. Placed off
    centre away from the title's band; energy sharpens the tube. Returns the floor's
    light rows, the tubes (points, colour index, half-width) and the focal box."""
    kind = list(NEON_SHAPES)[int(rng.integers(len(NEON_SHAPES)))]
    scale = rng.uniform(0.36, 0.55)
    cx = float(rng.choice((0.36, 0.5, 0.64)) + rng.uniform(-0.04, 0.04))
    cy = 0.62 if band == "top" else 0.4
    count = 120
    t = np.linspace(0, 1, count, endpoint=kind != "ring")
    pts = _ring(t) if kind == "ring" else _polyline(NEON_SHAPES[kind], t)
    turn = rng.uniform(-0.35, 0.35)
    spin = np.array([[np.cos(turn), -np.sin(turn)], [np.sin(turn), np.cos(turn)]])
    xy = np.array([cx, cy]) + ((pts - 0.5) * scale) @ spin.T
    tube = 0.012 + 0.01 * (1 - energy)
    paths = [(xy, 0, tube)]
    if rng.random() < 0.5:  # a second tube inside, in the far colour
        inner = np.array([cx, cy]) + ((pts - 0.5) * scale * 0.55) @ spin.T
        paths.append((inner, 1, tube * 0.9))
    rows = []
    floor = min(0.98, cy + 0.5 * scale + 0.1)  # pooled on the wet floor
    m = 14
    rows.append(
        light_rows(
            cx + rng.normal(0, 0.12 * scale, m),
            floor + rng.uniform(0, 0.08, m),
            rng.uniform(0.02, 0.05, m),
            0,
            rng.uniform(0.05, 0.12, m),
        )
    )
    half = 0.5 * scale + 0.04
    return np.concatenate(rows), paths, compose.around(cx, cy, half)


def tube_field(
    paths: list[tuple[np.ndarray, int, float]], colours: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Neon tubes as light: each path (points, colour index, half-width) stroked at
    RES, a white-hot thin core, the tube's body and its wide halo, blurred."""
    light = np.zeros((RES, RES, 3), np.float32)
    cover = np.zeros((RES, RES), np.float32)
    for pts, ci, half in paths:
        xy = [(float(x) * RES, float(y) * RES) for x, y in pts]
        layers = ((4.0, 2.6 * half, 0.55), (1.2, half, 0.9), (0.5, 0.35 * half, 0.7))
        for blur, width, alpha in layers:
            img = Image.new("L", (RES, RES), 0)
            ImageDraw.Draw(img).line(
                xy, fill=255, width=max(1, round(2 * width * RES)), joint="curve"
            )
            img = img.filter(ImageFilter.GaussianBlur(blur * width * RES))
            s = np.asarray(img, np.float32) * (alpha / 255.0)
            cover += s
            light += s[..., None] * colours[2 if width < half else ci]
    return light, cover


def horizon(rng: np.random.Generator, n: int, k: int, band: str) -> tuple[np.ndarray, Box, float]:
    """A shallow line of lights along a far horizon, small and dense, a few near ones
    bigger and softer (their reflections are drawn down the wet ground by `reflect`);
    the sky above empty for the title (or the ground, when the title sits low).
    Returns the rows, the focal box and the horizon's height."""
    hy = rng.uniform(0.52, 0.64) if band == "top" else rng.uniform(0.34, 0.44)
    x0, x1 = sorted(rng.uniform(0.0, 1.0, 2))
    if x1 - x0 < 0.55:  # at least half the width, often all of it
        x0, x1 = (0.0, 1.0) if rng.random() < 0.5 else (x0, min(1.05, x0 + 0.65))
    count = 18 + n // 2
    x = rng.uniform(x0, x1, count)
    y = hy + rng.normal(0, 0.008, count)
    r = rng.uniform(0.004, 0.014, count) * np.where(rng.random(count) < 0.12, 2.6, 1.0)
    ci = rng.integers(0, k, count)
    a = rng.uniform(0.5, 1.0, count)
    rows = [light_rows(x, y, r, ci, a)]
    glow = rng.uniform(x0, x1, 6)  # the haze over the town
    rows.append(light_rows(glow, hy - 0.01, rng.uniform(0.06, 0.1, 6), 0, 0.05))
    box = (float(max(0.0, x0)), hy - 0.06, float(min(1.0, x1)), hy + 0.2)
    return np.concatenate(rows), box, hy


def reflect(light: np.ndarray, hy: float, rng: np.random.Generator) -> np.ndarray:
    """Lights on a horizon at height hy mirrored down a wet ground below it, stretched
    five times in height, fading, each row shifted a little sideways by ripples."""
    base = min(RES - 1, int(hy * RES) + 4)
    j = np.arange(RES - base)
    src = np.clip(base - j // 5, 0, RES - 1)
    fade = (0.45 * np.exp(-j / (0.35 * RES))).astype(np.float32)
    ripple = np.round(rng.normal(0, 1.2, RES - base)).astype(int)
    cols = (np.arange(RES)[None, :] + ripple[:, None]) % RES
    out = light.copy()
    out[base:] += light[src[:, None], cols] * fade[:, None, None]
    return out


def glitter(rng: np.random.Generator, n: int, band: str) -> tuple[np.ndarray, Box, float]:
    """Sun on water by day: a path of glints running from a point on the horizon down
    to the viewer, widening and growing as it nears, the sky above left calm for the
    title (or a high horizon when the title sits low). Returns the rows, the focal box
    and the horizon's height."""
    hy = rng.uniform(0.4, 0.5) if band == "top" else rng.uniform(0.2, 0.3)
    sx = float(rng.choice((0.3, 0.5, 0.7)) + rng.uniform(-0.05, 0.05))
    count = 60 + n
    depth = rng.random(count) ** 1.6  # 0 far at the horizon, 1 near
    y = hy + 0.01 + (1.02 - hy) * depth
    x = sx + rng.normal(0, 1, count) * (0.01 + 0.16 * depth)
    r = (0.004 + 0.04 * depth**1.5) * rng.uniform(0.5, 1.3, count)
    alpha = rng.uniform(0.5, 1.0, count) * (1.1 - 0.4 * depth)
    ci = (rng.random(count) < 0.25).astype(np.float64)
    rows = [light_rows(x, y, r, ci, alpha), light_rows(sx, hy - 0.02, 0.06, 2, 0.9)]
    return np.concatenate(rows), compose.around(sx, (hy + 1) / 2, 0.32, (1 - hy) / 2), hy


def shore(rng: np.random.Generator, n: int, k: int, band: str) -> tuple[np.ndarray, Box, float]:
    """A string of lights receding along a shore or a quay: big and soft at one near
    edge, shrinking to a point on the horizon across the frame, each smeared down the
    water below it; the far town a few dots around the vanishing point. Returns the
    rows, the focal box and the horizon's height."""
    hy = rng.uniform(0.5, 0.6) if band == "top" else rng.uniform(0.36, 0.44)
    vx = rng.uniform(0.55, 0.8)
    if rng.random() < 0.5:
        vx = 1.0 - vx
    near_x = -0.05 if vx > 0.5 else 1.05
    near_y = hy + rng.uniform(0.2, 0.32)
    count = 10 + n // 5
    t = (1.0 / np.linspace(1.0, 7.0, count)) ** 1.2  # perspective: crowded far away
    x = vx + (near_x - vx) * t
    y = hy + (near_y - hy) * t - (0.02 + 0.08 * t)  # on posts above the quay's edge
    r = 0.004 + 0.075 * t**1.5
    ci = rng.integers(0, k, count)
    rows = [light_rows(x, y, r, ci, 0.9)]
    for j in range(1, 4):  # smeared down the water
        rows.append(light_rows(x, y + (0.02 + 0.3 * t) * j / 2.5, r * 0.7, ci, 0.16 / j))
    far = 10
    rows.append(
        light_rows(
            vx + rng.normal(0, 0.07, far),
            hy + rng.normal(0, 0.006, far),
            rng.uniform(0.003, 0.008, far),
            rng.integers(0, k, far),
            0.7,
        )
    )
    x0, x1 = sorted((vx, near_x))
    return (
        np.concatenate(rows),
        (max(0.0, x0), hy - 0.05, min(1.0, x1), min(1.0, near_y + 0.05)),
        hy,
    )
