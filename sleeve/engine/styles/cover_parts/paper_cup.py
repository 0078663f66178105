"""Paper cut's cup: one big paper cup of coffee cut at large scale, low and off centre
and cropped by the bottom edge, its steam rising in ribbons that sway with the song's
energy curve (a coffee or tea title's, and lo-fi's desk).
"""

from __future__ import annotations

import numpy as np

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
)


def _body(cx: float, top: float, half: float) -> Points:
    """The cup's side: wide at the rim, a little narrower towards the foot, which
    runs out of the frame."""
    return [(cx - half, top), (cx + half, top), (cx + half * 0.86, 1.08), (cx - half * 0.86, 1.08)]


def _ribbon(x0: float, y0: float, y1: float, sway: np.ndarray, width: float) -> Points:
    """A steam ribbon from (x0, y0) up to y1, its centre swaying by `sway` (fractions
    of the side, one per step), narrowing to a point at the top."""
    ys = np.linspace(y0, y1, len(sway))
    taper = width * (1.0 - np.linspace(0.0, 1.0, len(sway)) ** 1.5) + 0.002
    xs = x0 + sway
    return points(xs - taper, ys) + points((xs + taper)[::-1], ys[::-1])


def cup(rng: np.random.Generator, curve: tuple[float, ...], energy: float) -> Scene:
    """A big cup of coffee low and off centre, cropped by the bottom edge, its handle
    to the open side; two or three ribbons of steam sway with the energy curve (a loud
    song's sway wider) and rise towards, never into, the title's band."""
    half = rng.uniform(0.24, 0.3)
    cx = rng.uniform(0.4, 0.48)
    top = rng.uniform(0.6, 0.68)
    rim = 0.05 + 0.02 * rng.random()
    layers: list[Layer] = []
    hx, hy, hr = cx + half * 0.92, top + 0.15, 0.11
    handle = ((disc(hx, hy, hr, n=80), True), (disc(hx, hy, hr * 0.58, n=60), False))
    layers.append(Layer(handle, "cupshade"))
    body = _body(cx, top, half)
    band_y = top + rng.uniform(0.12, 0.18)
    band = [(cx - half, band_y), (cx + half, band_y), (cx + half * 0.97, band_y + 0.06)]
    band += [(cx - half * 0.97, band_y + 0.06)]
    layers.append(Layer(((body, True),), "cup"))
    layers.append(Layer(((band, True),), "motif"))
    layers.append(Layer(((disc(cx, top, half, rim, n=120), True),), "cupshade"))
    layers.append(
        Layer(((disc(cx, top + rim * 0.12, half * 0.86, rim * 0.72, n=120), True),), "coffee")
    )
    steam = []
    n = 2 + int(energy > 0.45)
    for k in range(n):
        x0 = cx + half * (-0.4 + 0.8 * k / max(1, n - 1)) * 0.8
        level = curve_at(curve, 48)
        level = np.roll(level - level.mean(), int(rng.integers(0, 48)))
        wave = np.sin(np.linspace(0, rng.uniform(2.5, 4.0) * np.pi, 48) + rng.uniform(0, 6))
        sway = (0.025 + 0.04 * energy) * wave * np.linspace(0.2, 1.0, 48) + 0.12 * level
        y1 = rng.uniform(0.3, 0.38)
        steam.append((_ribbon(x0, top - 0.03, y1, sway, 0.022), True))
    layers.append(Layer(tuple(steam), "light"))
    flip = bool(rng.random() < 0.5)
    focal = (cx - half - 0.04, 0.3, min(1.0, hx + hr + 0.02), 1.0)
    return Scene(
        mirror(layers, flip), flip_box(focal, flip), shape="cup", light=light_angle(flip), lift=1.4
    )
