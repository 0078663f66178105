"""Paper cut's coil: one quilled coil of paper strip standing on edge, seen from above,
low and off centre, as big as the song is loud (a loud song's cropped by the frame),
placed by the seed; its turns count the tempo, the gaps between them open where the
song is loud, a bead of accent paper at its heart.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.cover_parts.paper_scenes import (
    Layer,
    Scene,
    curve_at,
    disc,
    flip_box,
    light_angle,
    mirror,
    points,
)

STEPS = 90  # points per turn


def turns(tempo: float) -> int:
    """How many turns a coil has: one per 16 BPM, 5 for a ballad, 11 for drum and bass."""
    return int(np.clip(round(tempo / 16.0), 5, 11))


def coil(rng: np.random.Generator, curve: tuple[float, ...], energy: float, tempo: float) -> Scene:
    """A quilled coil of turns(tempo) turns about a centre low and off centre, its
    outer turns cropped by the frame; the gap after each moment of the song widens
    with the energy there; one strip of paper whose edge casts its shadow on the field,
    a bead of accent paper at its heart."""
    n = turns(tempo)
    # round 15: four bench tracks drew one coil in one place; the song sizes it (a
    # quiet song's a small coil in a wide field), the seed places it
    outer = float(np.clip(0.26 + 0.36 * energy + rng.uniform(-0.03, 0.03), 0.24, 0.6))
    cx = rng.uniform(0.3, 0.7)
    cy = max(0.3 + 0.85 * outer, rng.uniform(0.6, 0.9))
    inner = 0.035
    theta = np.linspace(0.0, 2 * np.pi * n, n * STEPS)
    loud = curve_at(curve, len(theta))
    # the spacing between turns: even, opened up where the song is loud
    step = 1.0 + (0.4 + 0.8 * energy) * (loud - loud.mean())
    growth = np.cumsum(np.clip(step, 0.3, None))
    radius = inner + (outer - inner) * growth / growth[-1]
    width = 0.008 + 0.01 * (1.0 - energy)  # a calm song: a wider, softer strip
    spin = float(rng.choice((-1.0, 1.0)))
    turn0 = rng.uniform(0.0, 2 * np.pi)
    angle = turn0 + spin * theta
    out = points(cx + (radius + width) * np.cos(angle), cy + (radius + width) * np.sin(angle))
    rim = radius[::-1] - width
    back = points(cx + rim * np.cos(angle[::-1]), cy + rim * np.sin(angle[::-1]))
    layers = [
        Layer(((out + back, True),), "ground"),
        Layer(((disc(cx, cy, inner * 1.3, n=36), True),), "motif"),
    ]
    flip = bool(rng.random() < 0.5)
    focal = (max(0.0, cx - outer), max(0.2, cy - outer), min(1.0, cx + outer), 1.0)
    return Scene(
        mirror(layers, flip),
        flip_box(focal, flip),
        shape="relief-coil",
        light=light_angle(flip),
        lift=1.5,
    )
