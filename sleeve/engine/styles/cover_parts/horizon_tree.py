"""The loudness horizon's living things on a hill, in one ink each: a lone tree
drawn as a silhouette with real form (a trunk forking into tapering limbs, each
twig ending in a clump of leaves, the crown ragged with sky showing through and
leaning downwind), a lone figure standing, and a field of grass blades (longer and
sparser nearer the viewer, the crest's blades against the sky as tall as the song's
onsets there). Sizes and places are fractions of the side; a thing returns its top."""

from __future__ import annotations

import numpy as np

from sleeve.engine import signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts.horizon_forms import XS
from sleeve.engine.styles.cover_parts.horizon_prints import Plate

DEPTH = 5  # the limbs' forks from trunk to twig


def tree(
    plate: Plate, x: float, y: float, size: float, lean: float, rng: np.random.Generator
) -> float:
    """A broad lone tree standing on (x, y), `size` tall, leaning `lean` (radians,
    downwind): limbs forking DEPTH times, clumps of leaves at the twigs. Its top."""
    tops = [y]

    def limb(x0: float, y0: float, angle: float, length: float, width: float, depth: int) -> None:
        x1, y1 = x0 + length * np.sin(angle), y0 - length * np.cos(angle)
        nx, ny = np.cos(angle), np.sin(angle)  # across the limb
        w1 = width * 0.62
        plate.polygon(
            [x0 - nx * width, x0 + nx * width, x1 + nx * w1, x1 - nx * w1],
            [y0 - ny * width, y0 + ny * width, y1 + ny * w1, y1 - ny * w1],
        )
        if depth == 0:
            for _ in range(5):  # a clump of leaves
                r = size * float(rng.uniform(0.035, 0.07))
                cx = x1 + size * float(rng.normal(0.0, 0.045))
                cy = y1 + size * float(rng.normal(0.0, 0.035))
                plate.disc(cx, cy, r)
                tops.append(cy - r)
            return
        forks = 3 if rng.random() < 0.3 else 2
        for i in range(forks):
            turn = (i - (forks - 1) / 2.0) * float(rng.uniform(0.5, 0.8))
            turn += 0.25 * lean + float(rng.normal(0.0, 0.12))
            # the low limbs reach out wide, the high ones climb
            spread = 1.35 if depth >= DEPTH - 1 else 1.0
            grow = float(rng.uniform(0.66, 0.8))
            limb(x1, y1, angle + turn * spread, length * grow, w1, depth - 1)

    limb(x, y + 0.004, lean * 0.4, size * 0.32, size * 0.045, DEPTH)
    return min(tops)


def figure(plate: Plate, x: float, y: float, size: float) -> float:
    """A lone figure standing on (x, y), `size` tall, a coat to the knees. Its top."""
    head = size * 0.11
    plate.polygon(  # legs and coat
        [x - size * 0.1, x + size * 0.1, x + size * 0.07, x + size * 0.04, x - size * 0.04],
        [y - size * 0.28, y - size * 0.28, y, y, y],
    )
    plate.polygon(
        [x - size * 0.11, x + size * 0.11, x + size * 0.13, x - size * 0.13],
        [y - size * 0.74, y - size * 0.74, y - size * 0.26, y - size * 0.26],
    )
    plate.disc(x, y - size * 0.74 - head * 0.9, head)
    return y - size * 0.74 - head * 1.9


def field(
    plate: Plate,
    d: ArtDirection,
    rng: np.random.Generator,
    crest: np.ndarray,
    foot: float,
    wind: float,
    count: int,
) -> None:
    """Grass blades over the land under `crest` down to `foot`: small and close by
    the crest, longer nearer the viewer; all leaning `wind` (a share of their length)."""
    for _ in range(count):
        x = float(rng.uniform(-0.02, 1.02))
        top = float(np.interp(x, XS, crest)) + 0.012
        if top >= foot - 0.02:
            continue
        t = float(rng.random()) ** 1.6  # more blades far off, where they are small
        y = top + (foot - 0.01 - top) * t
        length = 0.008 + 0.035 * t
        plate.blade(x, y, length, wind * length * float(rng.uniform(0.4, 1.2)), 0.0012 + 0.002 * t)


def crest_grass(
    plate: Plate, d: ArtDirection, rng: np.random.Generator, crest: np.ndarray, wind: float
) -> None:
    """Blades standing on the crest against the sky, left to right in the song's
    time, each as tall as the song's onset there."""
    hits = signals.smooth(signals.onsets(d, 128), 1)
    hits = hits / max(float(hits.max()), 1e-6)
    for x in np.linspace(0.0, 1.0, 220) + rng.uniform(-0.002, 0.002, 220):
        y = float(np.interp(x, XS, crest)) + 0.004
        hit = float(np.interp(x, np.linspace(0.0, 1.0, len(hits)), hits))
        length = (0.006 + 0.022 * hit) * float(rng.uniform(0.5, 1.1))
        plate.blade(float(x), y, length, wind * length, 0.0011)
