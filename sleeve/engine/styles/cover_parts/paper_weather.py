"""Paper-cut weather: puffy cloud banks or floating clouds, and rain streaks (under
a cloud or across a city's sky). Geometry only, in fractions of the side; see
paper_scenes."""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.cover_parts.paper_scenes import Layer, Points, Scene, disc, rect, sky_body


def clouds(rng: np.random.Generator, energy: float, rain: bool, night: bool):
    """Puffy cloud banks rising from the bottom, or a few floating clouds; rain falls
    from them when the words say so."""
    layers = []
    if rng.random() < 0.5:
        layers.append(sky_body(rng, night, *rng.uniform(0.25, 0.75, 2), 0.1))
    if rng.random() < 0.5:  # banks
        n = int(rng.integers(3, 5))
        for k in range(n):
            base = 0.5 + 0.45 * k / n + rng.uniform(-0.03, 0.03)
            puffs: list[tuple[Points, bool]] = [(rect(-0.05, base, 1.05, 1.05), True)]
            x = -0.05
            while x < 1.05:
                r = float(rng.uniform(0.05, 0.11) * (1 + 0.4 * k / n))
                puffs.append((disc(x + r, base, r), True))
                x += r * rng.uniform(1.1, 1.6)
            layers.append(Layer(tuple(puffs)))
        return Scene(layers, (0.0, 0.45, 1.0, 1.0), night)
    boxes = []
    for k in range(int(rng.integers(2, 4))):
        w = float(rng.uniform(0.3, 0.5) * (1 + 0.3 * k))
        cx, cy = float(rng.uniform(0.15, 0.85)), float(rng.uniform(0.3, 0.78))
        if rain:
            streaks = [
                (_streak(cx + dx, cy, energy), True) for dx in rng.uniform(-w / 2.4, w / 2.4, 7)
            ]
            layers.append(Layer(tuple(streaks), "light"))
        layers.append(Layer(tuple(_cloud(rng, cx, cy, w))))
        boxes.append((cx - w / 2, cy - w * 0.35, cx + w / 2, cy + (0.3 if rain else 0.05)))
    x0, y0, x1, y1 = boxes[-1]
    return Scene(layers, (max(x0, 0.0), max(y0, 0.0), min(x1, 1.0), min(y1, 1.0)), night)


def _cloud(rng: np.random.Generator, cx: float, cy: float, w: float) -> list:
    """A cloud: a flat-bottomed pill with puffs on top."""
    h = w * 0.18
    shapes = [(rect(cx - w / 2 + h, cy - h, cx + w / 2 - h, cy + h), True)]
    shapes += [(disc(cx - w / 2 + h, cy, h), True), (disc(cx + w / 2 - h, cy, h), True)]
    for t in np.linspace(-0.28, 0.22, 3):
        shapes.append((disc(cx + t * w, cy - h * 0.6, w * rng.uniform(0.14, 0.22)), True))
    shapes.append((rect(cx - w, cy + h, cx + w, cy + w), False))  # the flat bottom
    return shapes


def rain(rng: np.random.Generator, energy: float, top: float, bottom: float) -> Layer:
    """Rain streaks falling across the sky between top and bottom."""
    xs, ys = rng.uniform(-0.05, 1.05, 40), rng.uniform(top, bottom, 40)
    return Layer(tuple((_streak(x, y, energy), True) for x, y in zip(xs, ys, strict=True)), "light")


def _streak(x: float, y: float, energy: float) -> Points:
    """One slanted rain streak falling from a cloud."""
    slant, length = 0.02 + 0.05 * energy, 0.12 + 0.1 * energy
    return [(x, y), (x + 0.006, y), (x + 0.006 - slant, y + length), (x - slant, y + length)]
