"""One huge curling wave seen close, in layered paper (after Hokusai's Great Wave):
the back of the wave rising from one side, its crest curling over a hollow into a
lip that hangs inside it, the crest fringed with foam claws, the body in three
papers (deep in front, paler towards the foam rim), a far flat sea low behind it
and a sun or moon framed in the hollow, now and then a boat dwarfed in the trough. The sky above
the crest stays calm for the title. Reviewers read the sea seen from afar twice
("waves-high" and "waves") as one picture: this is the sea's second layout.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.cover_parts.paper_dioramas import _boat, _sun
from sleeve.engine.styles.cover_parts.paper_scenes import (
    Layer,
    Points,
    Scene,
    curve_at,
    disc,
    flip_box,
    light_angle,
    mirror,
    points,
    rect,
)

START, TOP = -np.pi - 0.8, -np.pi / 2  # where the wave's back joins the spiral; the crest


def _outer(th: np.ndarray, r: float, tip: float) -> np.ndarray:
    """The outer spiral's radius at angles th (y down, the crest at TOP): wide where
    the back rises, narrowing to the lip's tip."""
    u = np.clip((th + np.pi) / (tip + np.pi), 0.0, 1.0)
    back = 1.0 + 0.3 * np.clip((-np.pi - th) / 0.8, 0.0, None)
    return r * np.where(th < -np.pi, back, 1.0 - 0.55 * u)


def _thick(th: np.ndarray, r: float, tip: float) -> np.ndarray:
    """The lip's thickness along the spiral: full at the crest, nothing at the tip."""
    v = np.clip((th - TOP) / (tip - TOP), 0.0, 1.0)
    return 0.36 * r * (1.0 - v) ** 0.8


def _sheet(cx: float, cy: float, r: float, tip: float, step: float, foot: float) -> Points:
    """One paper of the wave: the outer edge stepped in by `step` (a share of the lip's
    thickness), round the crest to the tip, back along the lip's inside, round the
    hollow and out along the trough to the side, down to the bottom, back to the
    rising back at `foot` on the far side."""
    th = np.linspace(START, tip, 150)
    thick = np.where(th < TOP, _thick(np.array([TOP]), r, tip)[0], _thick(th, r, tip))
    ro = _outer(th, r, tip) - step * thick
    outer = points(cx + ro * np.cos(th), cy + ro * np.sin(th))
    lip = np.linspace(tip, TOP, 90)
    ri = _outer(lip, r, tip) - _thick(lip, r, tip)
    inner = points(cx + ri * np.cos(lip), cy + ri * np.sin(lip))
    w = np.linspace(0.0, 1.0, 60)
    phi = TOP - np.pi * w
    rh = ri[-1] + (0.64 * r - ri[-1]) * w**1.5
    hollow = points(cx + rh * np.cos(phi), cy + rh * np.sin(phi))
    trough = cy + 0.64 * r
    return [
        (-0.06, foot),
        *outer,
        *inner,
        *hollow,
        (1.06, trough + 0.02),
        (1.06, 1.06),
        (-0.06, 1.06),
    ]


def _claws(cx: float, cy: float, r: float, tip: float, rng: np.random.Generator) -> list[Points]:
    """Foam claws along the crest: small hooked fingers pointing forward off the rim."""
    claws = []
    for th in np.linspace(TOP - 0.6, 0.3, int(rng.integers(7, 10))):
        th = float(th + rng.uniform(-0.06, 0.06))
        ro = float(_outer(np.array([th]), r, tip)[0])
        bx, by = cx + ro * np.cos(th), cy + ro * np.sin(th)
        out, along = (np.cos(th), np.sin(th)), (-np.sin(th), np.cos(th))  # outward, forward
        s = r * rng.uniform(0.13, 0.2)
        tx = bx + s * (0.6 * out[0] + 1.0 * along[0])
        ty = by + s * (0.6 * out[1] + 1.0 * along[1])
        w = s * 0.5
        claws.append(
            [
                (bx - w * along[0], by - w * along[1]),
                (tx, ty),
                (bx + w * along[0], by + w * along[1]),
            ]
        )
    return claws


def swell(rng: np.random.Generator, curve: tuple[float, ...], energy: float, moon: bool) -> Scene:
    """One huge wave curling over, close: its crest high in the frame, the lip's
    hollow off the centre, the sky above the crest calm for the title."""
    r = rng.uniform(0.38, 0.43) * (0.9 + 0.2 * energy)  # a loud song: a bigger wave
    cx = rng.uniform(0.5, 0.58) - 0.08 * (energy - 0.5)
    cy = rng.uniform(0.62, 0.66) - 0.04 * (energy - 0.5)
    r = min(r, cy - 0.22)  # the crest and its foam leave the top fifth to the title
    tip = np.pi / 2 + rng.uniform(0.2, 0.45) + 0.4 * energy  # curling further
    horizon = cy + rng.uniform(0.0, 0.06)
    sun = cx + r * rng.uniform(-0.1, 0.1), horizon - r * rng.uniform(0.05, 0.15)
    layers = _sun(*sun, r * rng.uniform(0.17, 0.22), "moon" if moon else "sun")  # in the hollow
    layers.append(Layer(((rect(-0.06, horizon, 1.06, 1.06), True),)))  # the far sea
    if rng.random() < 0.5:  # a boat dwarfed in the trough
        hull, sail = _boat(rng.uniform(0.86, 0.92), cy + 0.64 * r + 0.015, 0.08)
        layers.append(Layer(((sail, True), (hull, True)), "boat"))
    heights = curve_at(curve, 3)
    foot = cy + 0.3 * r
    for k in range(3):  # the foam rim behind, the deep body in front
        step = 0.34 * k * (0.85 + 0.3 * heights[k])
        role = "light" if k == 0 else "ground"
        layers.append(Layer(((_sheet(cx, cy, r, tip, step, foot + 0.05 * k), True),), role))
        if k == 0:
            layers.append(Layer(tuple((c, True) for c in _claws(cx, cy, r, tip, rng)), "light"))
    spray = [(disc(cx + r * rng.uniform(0.2, 0.9), cy - r * rng.uniform(0.55, 0.9),
                   r * rng.uniform(0.025, 0.045), n=16), True)
             for _ in range(int(2 + 4 * energy))]  # fmt: skip
    layers.append(Layer(tuple(spray), "light"))
    flip = bool(rng.random() < 0.5)
    focal = (0.0, max(0.0, cy - 1.15 * r), 1.0, 1.0)
    return Scene(
        mirror(layers, flip), flip_box(focal, flip), night=moon, shape="swell",
        light=light_angle(not flip), lift=1.2,
    )  # fmt: skip
