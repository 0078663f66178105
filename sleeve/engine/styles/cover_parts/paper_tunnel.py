"""Paper cut from the music: two deep shadow-box cuts through stacked sheets.

- portal: a tunnel of cut rings receding to a point off centre, one ring per beat of a
  bar-long stretch (the faster the song, the more rings), each ring's opening breathing
  with the energy at its moment, its mouth as wide as the song is loud (cropped by the
  frame for a loud one), placed and bent by the seed, light at the end;
- waveform: the song's loudness, mirrored as a waveform, cut through four or five
  sheets, each sheet behind cut a little narrower, so the song reads as a carved well
  across the whole frame.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.cover_parts.paper_scenes import (
    Layer,
    Points,
    Scene,
    curve_at,
    flip_box,
    light_angle,
    mirror,
    points,
    rect,
)

BIG = rect(-1.0, -1.0, 2.0, 2.0)  # a sheet wider than the frame: every hole lies inside it


def rings(tempo: float) -> int:
    """How many rings a tunnel has: one per 13 BPM, 5 for a ballad, 13 for drum and
    bass."""
    return int(np.clip(round(tempo / 13.0), 5, 13))


def _opening(cx: float, cy: float, r: float, wobble: np.ndarray, turn: float) -> Points:
    """A round opening of radius r whose edge swells by `wobble` (fractions of r)."""
    t = np.linspace(0.0, 2 * np.pi, len(wobble), endpoint=False) + turn
    rad = r * (1.0 + wobble)
    return points(cx + rad * np.cos(t), cy + rad * np.sin(t))


def _lobes(n: int, count: int, depth: float, phase: float) -> np.ndarray:
    """A ring's edge: `count` soft lobes round it (a cut, not a compass circle)."""
    t = np.linspace(0.0, 2 * np.pi, n, endpoint=False)
    return depth * np.sin(count * t + phase)


def portal(
    rng: np.random.Generator, curve: tuple[float, ...], energy: float, tempo: float
) -> Scene:
    """A tunnel of rings(tempo) cut sheets receding to a point off centre, the front
    opening as wide as the song is loud, the sheet above it calm for the title; the
    louder the song at a ring's moment, the wider that ring opens, the louder the song
    overall, the more its edges scallop; the far end a disc of accent paper."""
    n = rings(tempo)
    # round 15: the same tunnel on eight bench tracks; the song sizes the mouth (a
    # quiet song's a porthole low in the field, a loud one's cropped by three edges),
    # the seed places it and bends the tunnel towards its far end
    front = float(np.clip(0.28 + 0.34 * energy + rng.uniform(-0.03, 0.03), 0.26, 0.62))
    fx = rng.uniform(0.3, 0.7)  # the front opening's centre, on the foot's thirds
    fy = max(0.28 + front, rng.uniform(0.62, 0.92))
    bend = rng.uniform(0.06, 0.6) * front * (1.0 if rng.random() < 0.5 else -1.0)
    vx, vy = fx + bend, fy - rng.uniform(-0.04, 0.3) * front
    far = rng.uniform(0.12, 0.2) * front
    level = curve_at(curve, n)
    level = level - float(level.mean())
    lobes = int(rng.integers(5, 9))
    depth = 0.006 + 0.03 * energy
    layers = [Layer(((BIG, True),), "motif")]
    for k in range(n):  # back (the smallest opening) to front
        t = k / (n - 1)
        r = far * (front / far) ** (t**1.15)
        r *= 1.0 + 0.5 * level[n - 1 - k] * (0.4 + 0.6 * t)
        cx = vx + (fx - vx) * t**1.6  # the openings drift out to the front one
        cy = vy + (fy - vy) * t**1.6
        edge = _lobes(120, lobes, depth * (0.5 + t), rng.uniform(0, 2 * np.pi))
        hole = _opening(cx, cy, r, edge, 0.0)
        layers.append(Layer(((BIG, True), (hole, False)), "ground"))
    flip = bool(rng.random() < 0.5)
    focal = (max(0.0, fx - front), max(0.0, fy - front), min(1.0, fx + front), 1.0)
    return Scene(
        mirror(layers, flip),
        flip_box(focal, flip),
        shape="relief-portal",
        light=light_angle(not flip),
        lift=1.8,
    )


def _envelope(curve: tuple[float, ...], n: int, width: int) -> np.ndarray:
    """The energy curve at n even times, smoothed over `width` samples and stretched
    to 0.15..1 (a quiet passage still shows a sliver)."""
    c = curve_at(curve, n)
    pad = np.pad(c, width, mode="edge")
    smooth = np.convolve(pad, np.ones(width) / width, "same")[width:-width]
    span = max(1e-6, float(smooth.max() - smooth.min()))
    return 0.15 + 0.85 * (smooth - smooth.min()) / span


def waveform(rng: np.random.Generator, curve: tuple[float, ...], energy: float) -> Scene:
    """The song's loudness as a mirrored waveform cut through four or five sheets
    across the whole frame, low enough to leave the sky to the title; each sheet behind
    cut narrower, the back one accent paper; a loud song's waveform stands taller."""
    n = 4 + int(energy > 0.55)
    mid = rng.uniform(0.56, 0.7)
    amp = 0.2 + 0.12 * energy
    width = 2 if energy > 0.6 else 4  # a calm song: a smooth swell, a loud one: spikes
    xs = np.linspace(-0.02, 1.02, 160)
    start = rng.uniform(0.0, 0.3)  # the stretch of the song the frame shows
    window = curve_at(curve, 256)[int(start * 256) : int((start + 0.7) * 256)]
    env = _envelope(tuple(window.tolist()), len(xs), width)
    lean = rng.uniform(-0.05, 0.05)  # the centre line tilts a little
    centre = mid + lean * (xs - 0.5)
    layers = [Layer(((BIG, True),), "motif")]
    for k in range(n - 1, -1, -1):  # the narrowest cut at the back
        scale = 1.0 - 0.2 * k
        top = centre - amp * env * scale
        bottom = centre + amp * env * scale * 0.8
        hole = points(xs, top) + points(xs[::-1], bottom[::-1])
        layers.append(Layer(((BIG, True), (hole, False)), "ground"))
    flip = bool(rng.random() < 0.5)
    focal = (0.0, max(0.0, mid - amp - 0.04), 1.0, min(1.0, mid + amp))
    return Scene(
        mirror(layers, flip),
        flip_box(focal, flip),
        shape="relief-waveform",
        light=light_angle(flip),
        lift=1.6,
    )
