"""The onset grid's lighting rig: a truss hung across the frame, level or slanting, under
the title's band (or at the top of the frame for a low title) with a row of lamps
throwing beams down through the dark onto a crowd. One lamp a sixteenth: a played step's
beam is as wide and as bright as its hit, a rest's lamp is dark; the beams of the played
downbeats in the accent. The rig's program (a fan, a cross, a tilt, a wave) comes from
the seed; the crowd's silhouette (far off, or close with the viewer in it), a few hands
raised on the hardest hits, cuts the beams' feet."""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.onset_marks import REST, TURN, Sheet, busiest, steps_of

PROGRAMS = ("fan", "cross", "tilt", "wave")


def _angles(program: str, n: int, rng: np.random.Generator) -> np.ndarray:
    """Each lamp's angle from the vertical (radians) for the rig's program."""
    t = np.linspace(-1.0, 1.0, n)
    spread = float(rng.uniform(0.35, 0.6))
    if program == "fan":
        return spread * t * float(rng.choice((-1.0, 1.0)))
    if program == "cross":
        return spread * 0.8 * np.where(np.arange(n) % 2 == 0, 1.0, -1.0)
    if program == "tilt":
        return np.full(n, spread * 0.7) + 0.08 * t
    return spread * 0.8 * np.sin(np.pi * (t * float(rng.uniform(1.0, 2.0)) + rng.uniform(0, 2)))


def _truss(sheet: Sheet, y0: float, y1: float, h: float) -> None:
    """A box truss across the frame from height y0 at the left to y1 at the right: two
    chords and the zigzag lacing between them."""
    w = h * 0.16
    ends = np.array([-0.02, 1.02])
    at = np.array([y0, y1])
    sheet.line(np.stack([ends, at + w / 2], 1), w, sheet.ink)
    sheet.line(np.stack([ends, at + h - w / 2], 1), w, sheet.ink)
    xs = np.arange(-0.02, 1.04, h)
    ys = y0 + (y1 - y0) * (xs + 0.02) / 1.04
    pts = np.stack([xs, ys + np.where(np.arange(len(xs)) % 2 == 0, w / 2, h - w / 2)], 1)
    sheet.line(pts, w * 0.8, sheet.ink)


def _crowd(sheet: Sheet, floor: float, v: np.ndarray) -> float:
    """The crowd's silhouette in the field's colour standing on `floor`: shoulders, heads
    and an arm raised for each of the hardest hits, far off or (by the seed) close, the
    viewer standing in it. Returns its top."""
    rng = sheet.rng
    dark = sheet.field
    near = rng.random() < 0.4
    head = float(rng.uniform(0.05, 0.066) if near else rng.uniform(0.026, 0.034))
    line = floor - head * 3.2
    sheet.box(-0.01, line + head * 1.2, 1.01, 1.01, dark)
    x = -0.02
    xs = []
    while x < 1.03:
        xs.append(x)
        x += head * float(rng.uniform(2.3, 3.4))
    hard = np.flatnonzero(v >= max(0.7, float(np.quantile(v, 0.8))))
    most = 4 if near else 5
    arms = set(rng.choice(len(xs), size=min(len(hard), most, len(xs)), replace=False).tolist())
    for i, cx in enumerate(xs):
        lift = float(rng.uniform(-0.6, 0.6)) * head
        cy = line + lift
        sheet.oval(cx, cy + head * 2.3, head * 1.7, head * 1.3, dark)  # shoulders
        sheet.disc(cx, cy, head, dark)
        if i in arms:
            side = float(rng.choice((-1.0, 1.0)))
            hand = (cx + side * head * float(rng.uniform(1.2, 2.6)), cy - head * 4.2)
            sheet.line(np.array([(cx + side * head, cy + head * 1.6), hand]), head * 0.7, dark)
            sheet.disc(hand[0], hand[1], head * 0.45, dark)
    return line - head * 5


def rig(sheet: Sheet, hits: np.ndarray) -> Box:
    """The rig (module docstring). Returns the focal box (the art below the band)."""
    rng = sheet.rng
    first, last = sheet.band
    n = int(rng.choice((8, 10, 12, 16)))
    every = 16 // n if 16 % n == 0 else 1
    v = steps_of(hits, n * every, busiest(hits, 1))[::every]
    th = float(rng.uniform(0.045, 0.06))
    slope = float(rng.choice((0.0, 1.0, -1.0))) * float(rng.uniform(0.08, 0.2))
    high = first + 0.03 if sheet.top else float(rng.uniform(0.02, 0.07))  # its highest end
    left, right = (high, high + slope) if slope >= 0 else (high - slope, high)
    floor = 1.04 if sheet.top else last
    program = PROGRAMS[int(rng.integers(len(PROGRAMS)))]
    angles = _angles(program, n, rng)
    margin = float(rng.uniform(0.06, 0.14))
    xs = np.linspace(margin, 1 - margin, n) + float(rng.uniform(-0.04, 0.04))
    lamp = min(0.035, 0.5 / n)
    ty = left + (right - left) * (xs + 0.02) / 1.04  # the truss over each lamp
    lys = ty + th + lamp * 1.6
    for k in np.argsort(v):  # the strongest beams over the weaker
        if v[k] < REST:
            continue
        ly = float(lys[k])
        depth = floor - ly
        grow = lamp * 0.5 + depth * (0.02 + 0.16 * float(v[k]) ** 1.3)
        tilt = float(np.tan(angles[k])) * depth
        foot = xs[k] + tilt
        beam = np.array(
            [
                (xs[k] - lamp * 0.5, ly),
                (xs[k] + lamp * 0.5, ly),
                (foot + grow, floor),
                (foot - grow, floor),
            ]
        )
        colour = sheet.colour(k * every, float(v[k]), sheet.mass)
        sheet.poly(beam, colour, int(90 + 150 * float(v[k])))
        core = beam.copy()
        core[2:, 0] = foot + np.array([grow, -grow]) * 0.35
        sheet.poly(core, colour, int(60 + 120 * float(v[k])))
    _truss(sheet, left, right, th)
    for k, x in enumerate(xs):  # the lamps: a yoke, a head, its lens lit or dark
        ly = float(lys[k])
        sheet.box(x - lamp * 0.12, ty[k] + th, x + lamp * 0.12, ly - lamp * 0.8, sheet.ink)
        sheet.disc(x, ly - lamp * 0.3, lamp * 0.75, sheet.ink)
        lit = v[k] >= REST
        lens = sheet.colour(k * every, float(v[k]), sheet.mass) if lit else sheet.field
        sheet.disc(x, ly - lamp * 0.2, lamp * (0.35 + 0.3 * float(v[k])), lens)
    _crowd(sheet, floor, v[v >= TURN] if (v >= TURN).any() else v)
    y0 = high if sheet.top else 0.0
    return (0.0, y0, 1.0, min(floor, 1.0))
