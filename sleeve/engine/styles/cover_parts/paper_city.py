"""Paper-cut cities seen from different places, so two city songs do not share a
picture: rows of roofs (paper_scenes.skyline), a skyline across water with its broken
reflection, a street canyon seen from below (towers leaning in to a patch of sky),
or one lit tower close up (a skyline through a round window read as muddy blocks at
64 px, and went); the energy leans the view, the seed picks it. Dusk or night, the
colour of the lit windows and how many rows stand behind are the seed's; the energy
curve still sets the roofs. Geometry only, in fractions of the side (see
paper_scenes)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from sleeve.engine import compose
from sleeve.engine.styles.cover_parts.paper_scenes import (
    Layer,
    Points,
    Scene,
    rect,
    sky_body,
    skyline,
    song,
)

VIEWS = ("water", "rows", "tower", "canyon")  # calm to loud
GLOWS = (85.0, 60.0, 200.0, 340.0)  # lit windows: warm yellow, amber, cold cyan, neon pink


def city(rng: np.random.Generator, curve: tuple[float, ...], energy: float, night: bool) -> Scene:
    """A city from one of VIEWS (a calm song leans to the water, a loud one to the
    tower and the street); night when the words say so, else dusk or night."""
    view = compose.pick(rng, VIEWS, energy)
    dark = night or rng.random() < 0.5
    mood = "night" if dark else "dusk"
    glow = float(rng.choice(GLOWS))
    if view == "water":
        scene = _across_water(rng, curve, energy, dark)
    elif view == "canyon":
        scene = _canyon(rng, dark)
    elif view == "tower":
        scene = _tower(rng, curve, dark)
    else:
        scene = skyline(rng, curve, energy, True)
    return replace(scene, night=True, mood=mood, glow=glow)


def _row(rng: np.random.Generator, curve, base: float, scale: float, flip: bool) -> list:
    """One row of buildings standing on `base`: (x, width, top) each."""
    out, x = [], -0.05 - float(rng.uniform(0, 0.05))
    while x < 1.05:
        w = float(rng.uniform(0.04, 0.1))
        loud = float(song(curve, np.array([x + w / 2]), flip)[0])
        h = scale * float(rng.uniform(0.5, 1.1)) * (1 + 1.2 * loud)
        out.append((x, w, base - max(h, 0.03)))
        x += w
    return out


def _outline(row: list, base: float) -> Points:
    """A row of buildings as one sheet closed at `base`."""
    pts: Points = [(-0.05, base)]
    for x, w, top in row:
        pts += [(x, top), (x + w, top)]
    return [*pts, (row[-1][0] + row[-1][1], base)]


def _across_water(rng: np.random.Generator, curve, energy: float, dark: bool) -> Scene:
    """Two or three rows on the far shore, the water below them, and the front row's
    reflection broken into ripples, lit windows trembling in it."""
    horizon = float(rng.uniform(0.42, 0.7))
    flip = bool(rng.random() < 0.5)
    n = int(rng.integers(2, 4))
    bx, r = float(rng.uniform(0.15, 0.85)), float(rng.uniform(0.05, 0.1))
    by = horizon - float(rng.uniform(0.14, 0.3))  # rising behind the towers
    body = sky_body(rng, dark, bx, by, r)
    layers = [body]
    row: list = []
    for k in range(n):
        row = _row(rng, curve, horizon, (0.34 - 0.08 * k) * (0.8 + 0.4 * energy), flip)
        layers.append(Layer(((_outline(row, horizon + 0.01), True),)))
    lit = [
        (rect(wx, wy, wx + 0.008, wy + 0.012), True)
        for x, w, top in row
        for wy in np.arange(top + 0.02, horizon - 0.01, 0.03)
        for wx in np.arange(x + 0.01, x + w - 0.012, 0.02)
        if rng.random() < 0.3
    ]
    layers.append(Layer(tuple(lit), "glow"))
    layers.append(Layer(((rect(-0.05, horizon, 1.05, 1.05), True),)))  # the water
    ripples = []
    for x, w, top in row:
        depth = (horizon - top) * float(rng.uniform(0.6, 0.9))
        for y in np.arange(horizon + 0.012, horizon + depth, 0.022):
            fade = 1.0 - (y - horizon) / depth  # thinner and more broken further down
            dx = float(rng.normal(0, 0.008))
            ripples.append((rect(x + dx, y, x + w * (0.4 + 0.6 * fade) + dx, y + 0.011), True))
    layers.append(Layer(tuple(ripples), "reflect"))
    path = [  # the moon's or sun's path on the water, widening towards us
        (rect(bx - w, y, bx + w, y + 0.008), True)
        for y, w in zip(
            np.arange(horizon + 0.03, 1.0, 0.03), np.linspace(0.2 * r, 0.9 * r, 40), strict=False
        )
        if rng.random() < 0.8
    ]
    layers.append(Layer(tuple(path), body.role))
    glints = [
        (rect(x, y, x + float(rng.uniform(0.015, 0.05)), y + 0.006), True)
        for x, y in zip(
            rng.uniform(0, 0.95, 14), rng.uniform(horizon + 0.02, 0.95, 14), strict=True
        )
    ]
    layers.append(Layer(tuple(glints), "glow"))
    return Scene(layers, (0.0, max(0.0, min(by - r, horizon - 0.3)), 1.0, 1.0), True)


def _canyon(rng: np.random.Generator, dark: bool) -> Scene:
    """Standing in a street looking up: towers rise from every edge and lean in to a
    ragged patch of sky around the vanishing point, the nearest darkest, their lit
    windows shrinking as they climb."""
    vx, vy = float(rng.uniform(0.3, 0.7)), float(rng.uniform(0.22, 0.4))
    layers = [sky_body(rng, dark, vx + float(rng.uniform(-0.08, 0.08)), vy, 0.05)]
    n = int(rng.integers(1, 3))
    start = float(rng.uniform(0, 2 * np.pi))
    for depth in range(n):  # far ring (reaching nearest the sky) to near ring
        cuts = np.sort(rng.uniform(0, 2 * np.pi, int(rng.integers(4, 6)))) + start
        faces, lit = [], []
        for a0, a1 in zip(cuts, np.r_[cuts[1:], cuts[0] + 2 * np.pi], strict=True):
            gap = float(rng.uniform(0.1, 0.25))
            b0, b1 = a0 + gap / 2, a1 - gap / 2
            if b1 <= b0:
                continue
            roof = float(rng.uniform(0.1, 0.2) + 0.09 * depth)
            faces.append((_sector(vx, vy, b0, b1, roof, 1.6), True))
            lit += _sector_windows(rng, vx, vy, b0, b1, roof)
        layers.append(Layer(tuple(faces)))
        if depth == n - 1 or rng.random() < 0.5:
            layers.append(Layer(tuple(lit), "glow"))
    return Scene(layers, (0.0, 0.0, 1.0, 1.0), True)


def _sector(vx: float, vy: float, a0: float, a1: float, r0: float, r1: float) -> Points:
    """The band between radii r0 and r1 and angles a0..a1 around (vx, vy)."""
    out = []
    for r, a in ((r0, a0), (r0, a1), (r1, a1), (r1, a0)):
        out.append((vx + r * float(np.cos(a)), vy + r * float(np.sin(a))))
    return out


def _sector_windows(rng: np.random.Generator, vx, vy, a0: float, a1: float, roof: float) -> list:
    """Lit windows on a leaning face: square-ish, in rows along the radius, growing
    as they near us."""
    out = []
    r = roof + 0.02
    while r < 1.2:
        size = 0.012 + 0.05 * r
        width = size * 0.6 / r  # the window's width as an angle at this distance
        for a in np.arange(a0 + width, a1 - width, width * 2.2):
            if rng.random() < 0.4:
                out.append((_sector(vx, vy, a, a + width, r, r + size * 0.7), True))
        r += size * 1.3
    return out


def _tower(rng: np.random.Generator, curve, dark: bool) -> Scene:
    """One tall tower close up, cropped by an edge, stepping in at its top, its window
    grid lit; a low row of the city behind and maybe the moon or sun beside it."""
    flip = bool(rng.random() < 0.5)
    x0 = float(rng.choice((-0.1, 0.2, 0.45)) + rng.uniform(-0.05, 0.05))
    w = float(rng.uniform(0.4, 0.6))
    top = float(rng.uniform(0.12, 0.3))
    layers = [sky_body(rng, dark, float(np.clip(x0 + w + 0.18, 0.15, 0.85)), top + 0.05, 0.06)]
    back = _row(rng, curve, 1.0, 0.35, flip)
    layers.append(Layer(((_outline(back, 1.05), True),)))
    shapes: list[tuple[Points, bool]] = []
    lit = []
    cell = float(rng.uniform(0.03, 0.05))
    y, steps = top, int(rng.integers(1, 4))
    for k in range(steps + 1):  # tiers from the top down, each wider
        inset = (steps - k) * w * 0.1
        y1 = top + (k + 1) * 0.08 if k < steps else 1.05
        a, b = x0 + inset, x0 + w - inset
        shapes.append((rect(a, y, b, y1), True))
        for wy in np.arange(y + 0.02, min(y1, 1.0) - cell * 0.5, cell):
            for wx in np.arange(a + 0.025, b - 0.025 - cell * 0.45, cell * 0.8):
                if rng.random() < 0.55:
                    lit.append((rect(wx, wy, wx + cell * 0.45, wy + cell * 0.55), True))
        y = y1
    shapes.append((rect(x0 + w / 2 - 0.004, top - 0.1, x0 + w / 2 + 0.004, top), True))
    layers += [Layer(tuple(shapes)), Layer(tuple(lit), "glow")]
    return Scene(layers, compose.clip_box((x0, top - 0.1, x0 + w, 1.0)), True)
