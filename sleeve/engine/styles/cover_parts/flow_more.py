"""More flow-field compositions, and the catalogue flow_field chooses from.

Forms here: a burst (light trails radiating from one point, or rushing into it). (The
drift, a few bold strokes in one slowly turning current, was retired: an art director
read it as confetti; the strokes, flow_strokes, pack them edge to edge instead. The
cut, a dense field of streaks parted by a bare band, was retired: it read as rain.)
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import compose
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts import flow_forms, flow_strokes
from sleeve.engine.styles.cover_parts.flow_forms import STEP, Form, _count, _grid, _lengths

# calm .. loud; the seed chooses among the forms near the song's energy (the obstacle,
# the disc, the drift and the cut are retired: an empty hole, a hairball, confetti and
# rain streaks). The burst and the vortex are one skeleton (an eye): less than half a weight each.
FORMS = ("silk", "ribbon", "strokes", "burst", "vortex")
WEIGHTS = (0.9, 1.0, 1.3, 0.4, 0.4)


def choose(direction: ArtDirection, rng: np.random.Generator) -> str:
    """The form's name the music leans to (energy: calm silk .. loud vortex; heavy and
    death metal lean to the strokes), the seed choosing among the near ones;
    BUILDERS[name] then draws the strand forms' geometry."""
    centre = float(np.clip(direction.energy, 0, 1)) * (len(FORMS) - 1)
    spread = 0.5 * (len(FORMS) - 1)  # half the row, as with the seven forms before
    near = np.exp(-(((np.arange(len(FORMS)) - centre) / spread) ** 2)) + 0.5
    weights = near * np.asarray(WEIGHTS)
    if flow_strokes.violent(direction):
        weights[FORMS.index("strokes")] *= 2.5
    return FORMS[int(rng.choice(len(FORMS), p=weights / weights.sum()))]


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
    "burst": burst,
}
