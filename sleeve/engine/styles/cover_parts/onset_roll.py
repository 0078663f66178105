"""The onset grid's player-piano roll: a long strip of paper unwinding from its spool
(set against the title's band) and running off the far edge, punched with a slot per
hit: a lane for each sixteenth of the bar (the seed's melody), a hard hit also a bass
note from its strength, the slot as long as the hit is hard, the downbeats in the accent; the
tempo sets how far apart the steps lie, the seed the strip's width, place and tilt."""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.cover_parts.onset_marks import REST, Sheet, busiest, steps_of

Box = tuple[float, float, float, float]


class _Strip:
    """Coordinates along the strip (u from the spool's axis, away from the title) and
    across it (w from its left edge) mapped to the frame (fractions)."""

    def __init__(self, origin: tuple[float, float], tilt: float, way: int, width: float):
        self.o = np.asarray(origin, np.float64)
        self.d = np.array([np.sin(tilt), way * np.cos(tilt)])
        self.p = np.array([np.cos(tilt), -way * np.sin(tilt)]) * way
        self.width = width

    def at(self, u: np.ndarray, w: np.ndarray) -> np.ndarray:
        u, w = np.asarray(u, np.float64), np.asarray(w, np.float64)
        return self.o + u[..., None] * self.d + (w[..., None] - self.width / 2) * self.p

    def quad(self, u0: float, u1: float, w0: float, w1: float) -> np.ndarray:
        return self.at(np.array([u0, u1, u1, u0]), np.array([w0, w0, w1, w1]))

    def oval(self, u: float, w: float, ru: float, rw: float) -> np.ndarray:
        t = np.linspace(0, 2 * np.pi, 28, endpoint=False)
        return self.at(u + ru * np.cos(t), w + rw * np.sin(t))


def pianola(sheet: Sheet, hits: np.ndarray, energy: np.ndarray) -> Box:
    """The roll: the spool across the strip by the title's band, the strip punched
    with the song's hits running off the far edge of the frame."""
    rng = sheet.rng
    y0, y1 = sheet.band
    width = float(rng.uniform(0.5, 0.64))
    tilt = float(rng.uniform(0.05, 0.16)) * (1 if rng.random() < 0.5 else -1)
    radius = float(rng.uniform(0.055, 0.075))
    cx = float(rng.uniform(0.42, 0.56))
    way = 1 if sheet.top else -1
    cy = y0 + radius + 0.05 if sheet.top else y1 - radius - 0.05
    strip = _Strip((cx, cy), tilt, way, width)
    lanes = int(np.clip(round(5 + 3 * float(np.mean(energy))) + rng.integers(-1, 2), 5, 8))
    notes = rng.permutation(lanes)  # each sixteenth of the bar a note of its own
    lane_w = (width - 0.06) / lanes
    step = float(np.clip(0.04 * 120.0 / max(sheet.tempo, 40.0), 0.026, 0.07))
    count = int(np.ceil(1.7 / step))
    flat = steps_of(hits, count, busiest(hits, max(1, count // 16)))
    start = radius + 0.03
    sheet.poly(strip.quad(0.0, 2.0, 0.0, width), sheet.mass)
    for i in range(count):  # the tracking holes along one edge, a step each
        sheet.poly(strip.oval(start + (i + 0.5) * step, 0.016, 0.18 * step, 0.006), sheet.field)
    for i, v in enumerate(flat):
        v = float(v)
        if v < REST:
            continue
        punched = [int(notes[i % 16 % lanes])] + ([int(round((1 - v) * 3))] if v > 0.5 else [])
        u = start + i * step
        colour = sheet.colour(i, v, sheet.field)
        for k in punched:
            w = 0.04 + (min(k, lanes - 1) + 0.1) * lane_w
            sheet.poly(strip.quad(u, u + step * (0.6 + 1.5 * v), w, w + 0.8 * lane_w), colour)
    # the spool: the wound paper a band across the strip between two flanges
    sheet.poly(strip.quad(-radius, radius, -0.01, width + 0.01), sheet.ink)
    sheet.poly(strip.quad(-radius * 0.8, radius * 0.55, 0.0, width), sheet.mass)
    for layer in (-0.45, -0.1, 0.25):
        sheet.poly(strip.quad(radius * layer, radius * (layer + 0.06), 0.0, width), sheet.ink)
    for w in (-0.025, width + 0.025):
        sheet.poly(strip.oval(0.0, w, radius * 1.2, 0.016), sheet.ink)
    # the focal box: the spool and the strip as far as the frame shows it
    pts = np.vstack([strip.quad(-radius * 1.2, 2.0, -0.05, width + 0.05)])
    (x0, t0), (x1, t1) = np.clip(pts.min(axis=0), 0, 1), np.clip(pts.max(axis=0), 0, 1)
    return (float(x0), max(float(t0), y0), float(x1), min(float(t1), y1))
