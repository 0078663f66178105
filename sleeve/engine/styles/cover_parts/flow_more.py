"""More flow-field compositions, and the catalogue flow_field chooses from.

Forms here: a cut (a dense field cut by one clean bare band, the title's slot) and a
burst (light trails radiating from one point, or rushing into it). (The drift, few bold
strokes in one slowly turning current after Fidenza, was retired: an art director read
it as confetti.)
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import compose, raster
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts import flow_forms
from sleeve.engine.styles.cover_parts.flow_forms import RES, STEP, Form, _count, _grid, _lengths

# calm .. loud; the seed chooses among the forms near the song's energy (the obstacle,
# the disc and the drift are retired: an empty hole, a hairball and confetti)
FORMS = ("cut", "ribbon", "burst", "vortex")
WEIGHTS = (0.9, 0.9, 0.8, 0.9)


def choose(direction: ArtDirection, rng: np.random.Generator) -> str:
    """The form's name the music leans to (energy: calm cut .. loud vortex), the seed
    choosing among the near ones; BUILDERS[name] then draws its geometry."""
    centre = float(np.clip(direction.energy, 0, 1)) * (len(FORMS) - 1)
    spread = 0.5 * (len(FORMS) - 1)  # half the row, as with the seven forms before
    near = np.exp(-(((np.arange(len(FORMS)) - centre) / spread) ** 2)) + 0.5
    weights = near * np.asarray(WEIGHTS)
    return FORMS[int(rng.choice(len(FORMS), p=weights / weights.sum()))]


def cut(direction: ArtDirection, rng: np.random.Generator) -> Form:
    """A dense field parted by one clean band of bare field (level or slightly tilted,
    high or low, where titles sit): the strands start crowded at its two edges and
    stream away from it, so it reads as a slice through the flow, a fringe in the
    second ink beyond it, and the title has a calm slot in it."""
    x, y = np.broadcast_arrays(*_grid())
    centre = float(rng.choice((0.21, 0.79)) + rng.uniform(-0.02, 0.02))  # where titles sit
    half = float(rng.uniform(0.075, 0.1))
    tilt = float(rng.choice((0.0, rng.uniform(-0.12, 0.12))))
    level = y - centre - tilt * (x - 0.5)
    regions = np.where(level < -half, 0, np.where(level > half, 2, 1)).astype(np.int8)
    heading = np.pi / 2 + float(rng.choice((-1, 1)) * rng.uniform(0.25, 0.7))  # away, aslant
    wave = raster.fractal_noise(rng, cells=2, octaves=2, res=RES) - 0.5
    angles = heading + (0.4 + 0.5 * direction.turbulence) * wave
    angles = np.where(regions == 0, angles + np.pi, angles)  # both sides stream away
    n = int(_count(direction.energy, 0.8) * 0.7)
    edge = int(0.55 * n)
    u = rng.uniform(-0.05, 1.05, edge)
    side = np.where(rng.random(edge) < 0.5, -1.0, 1.0)
    v = centre + tilt * (u - 0.5) + side * (half + 0.012)
    loose = rng.uniform(-0.1, 1.1, (3 * (n - edge), 2))
    cell = np.clip((loose * RES).astype(np.intp), 0, RES - 1)
    loose = loose[regions[cell[:, 1], cell[:, 0]] != 1][: n - edge]
    seeds = np.concatenate([np.stack([u, v], axis=1), loose])
    lengths = _lengths(rng, len(seeds), direction.energy, 0.9)
    box = (0.0, centre + half, 1.0, 1.0) if centre < 0.5 else (0.0, 0.0, 1.0, centre - half)
    cell = np.clip((seeds * RES).astype(np.intp), 0, RES - 1)
    small = regions[cell[:, 1], cell[:, 0]] == (0 if centre < 0.5 else 2)
    inks = small.astype(np.intp)  # the fringe beyond the cut in the second ink
    return Form("cut", angles, seeds, lengths, compose.clip_box(box), inks=inks, regions=regions)


def burst(direction: ArtDirection, rng: np.random.Generator) -> Form:
    """Light trails radiating from one point (on a third, or high or low on the middle
    line) or rushing into it like a long exposure of a tunnel, round a small dark
    eye; the rays straight or slightly twisted."""
    x, y = _grid()
    if rng.random() < 0.7:
        cx, cy = compose.thirds(rng, 0.04)
    else:
        cx, cy = 0.5 + float(rng.uniform(-0.05, 0.05)), float(rng.choice((0.3, 0.7)))
    inward = bool(rng.random() < 0.5)
    twist = float(rng.choice((0.0, rng.choice((-1, 1)) * rng.uniform(0.4, 1.0))))
    dist = np.hypot(x - cx, y - cy)
    out = np.arctan2(y - cy, x - cx) + twist * dist + 0.08 * flow_forms._noise(rng, direction)
    hole = float(rng.uniform(0.03, 0.08))
    n = int(_count(direction.energy) * (0.3 if inward else 0.5))  # inward rays are long
    t = rng.uniform(0, 2 * np.pi, n)
    if inward:  # from far out, stopping short of the eye: crowded near it
        rad = rng.uniform(0.15, 0.7, n)
        reach = np.maximum(0.0, rad - hole) * rng.uniform(0.25, 0.95, n)
        lengths = np.maximum(6, reach / STEP).astype(int)
    else:
        rad = hole + rng.exponential(0.02, n)
        lengths = _lengths(rng, n, direction.energy, 0.9)
    seeds = np.stack([cx + rad * np.cos(t), cy + rad * np.sin(t)], axis=1)
    keep = np.all((seeds > -0.05) & (seeds < 1.05), axis=1)
    focal = compose.clip_box((cx - 0.2, cy - 0.2, cx + 0.2, cy + 0.2))
    angles = out + np.pi if inward else out
    return Form("burst", angles, seeds[keep], lengths[keep], focal)


BUILDERS = {
    "ribbon": flow_forms.ribbon,
    "vortex": flow_forms.vortex,
    "cut": cut,
    "burst": burst,
}
