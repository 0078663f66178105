"""The onset grid's player-piano roll: a long strip of paper unwinding from its spool
(set small and far, against the title's band) and running toward the viewer in
perspective, widening off the far edge of the frame, punched with a slot per hit: a
lane for each sixteenth of the bar (the seed's melody), a hard hit also a bass note
from its strength, the slot as long as the hit is hard, the downbeats in the accent;
the tempo sets how far apart the steps lie, the seed the strip's width, place and
tilt."""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.cover_parts.onset_marks import REST, Sheet, busiest, steps_of

Box = tuple[float, float, float, float]


FAR = 3.0  # how much smaller the spool's end of the strip stands than its near end


class _Strip:
    """The strip lying on a table and seen in perspective: coordinates along it (u, 0
    at the spool, `length` at the frame's far edge) and across it (w, 0 to its
    width, the width it shows at the near edge) mapped to the frame (fractions)."""

    def __init__(
        self, origin: tuple[float, float], tilt: float, way: int, width: float, reach: float
    ):
        self.o = np.asarray(origin, np.float64)
        self.turn = np.array([[np.cos(tilt), -np.sin(tilt)], [np.sin(tilt), np.cos(tilt)]])
        self.way, self.width, self.reach, self.length = way, width, reach, 2.0

    def at(self, u: np.ndarray, w: np.ndarray) -> np.ndarray:
        u, w = np.asarray(u, np.float64), np.asarray(w, np.float64)
        z = FAR + (1.0 - FAR) * u / self.length  # depth: FAR at the spool, 1 near
        down = self.reach * (1 / FAR - 1 / z) / (1 / FAR - 1.0)
        off = np.stack([(w - self.width / 2) / z, self.way * down], axis=-1)
        return self.o + off @ self.turn.T

    def quad(self, u0: float, u1: float, w0: float, w1: float) -> np.ndarray:
        return self.at(np.array([u0, u1, u1, u0]), np.array([w0, w0, w1, w1]))

    def oval(self, u: float, w: float, ru: float, rw: float) -> np.ndarray:
        t = np.linspace(0, 2 * np.pi, 28, endpoint=False)
        return self.at(u + ru * np.cos(t), w + rw * np.sin(t))


def _spool(sheet: Sheet, strip: _Strip, radius: float) -> None:
    """The spool across the strip's far end, upright (a cylinder keeps its height in
    perspective): the wound paper between two end caps, its layers parted by lines
    of the field."""
    ends = strip.at(np.zeros(2), np.array([-0.06, strip.width + 0.06]))
    along = (ends[1] - ends[0]) / np.linalg.norm(ends[1] - ends[0])
    up = np.array([along[1], -along[0]]) * radius

    def band(a: float, b: float, lo: float, hi: float) -> np.ndarray:
        p, q = ends[0] + a * (ends[1] - ends[0]), ends[0] + b * (ends[1] - ends[0])
        return np.array([p + lo * up, q + lo * up, q + hi * up, p + hi * up])

    sheet.poly(band(0.0, 1.0, -1.0, 1.0), sheet.ink)
    sheet.poly(band(0.03, 0.97, -0.8, 0.8), sheet.mass)
    for layer in (-0.5, -0.1, 0.3):
        sheet.poly(band(0.03, 0.97, layer, layer + 0.12), sheet.field)
    for end in ends:
        sheet.disc(float(end[0]), float(end[1]), radius * 1.05, sheet.ink)
        sheet.disc(float(end[0]), float(end[1]), radius * 0.35, sheet.field)


def pianola(sheet: Sheet, hits: np.ndarray, energy: np.ndarray) -> Box:
    """The roll: the spool across the strip by the title's band, the strip punched
    with the song's hits running off the far edge of the frame."""
    rng = sheet.rng
    y0, y1 = sheet.band
    width = float(rng.uniform(0.85, 1.15))
    tilt = float(rng.uniform(0.04, 0.14)) * (1 if rng.random() < 0.5 else -1)
    radius = float(rng.uniform(0.14, 0.19))
    cx = float(rng.uniform(0.4, 0.6))
    way = 1 if sheet.top else -1
    cy = y0 + radius / FAR + 0.05 if sheet.top else y1 - radius / FAR - 0.05
    strip = _Strip((cx, cy), tilt, way, width, (1.02 - cy) if sheet.top else cy + 0.02)
    lanes = int(np.clip(round(5 + 3 * float(np.mean(energy))) + rng.integers(-1, 2), 5, 8))
    notes = rng.permutation(lanes)  # each sixteenth of the bar a note of its own
    lane_w = (width - 0.1) / lanes
    step = float(np.clip(0.08 * 120.0 / max(sheet.tempo, 40.0), 0.05, 0.14))
    count = int(np.ceil(2.1 / step))
    flat = steps_of(hits, count, busiest(hits, max(1, count // 16)))
    start = radius + 0.05
    sheet.poly(strip.quad(0.0, 2.3, 0.0, width), sheet.mass)
    for i in range(count):  # the tracking holes along one edge, a step each
        sheet.poly(strip.oval(start + (i + 0.5) * step, 0.03, 0.18 * step, 0.012), sheet.field)
    for i, v in enumerate(flat):
        v = float(v)
        if v < REST:
            continue
        punched = [int(notes[i % 16 % lanes])] + ([int(round((1 - v) * 3))] if v > 0.5 else [])
        u = start + i * step
        colour = sheet.colour(i, v, sheet.field)
        for k in punched:
            w = 0.07 + (min(k, lanes - 1) + 0.1) * lane_w
            sheet.poly(strip.quad(u, u + step * (0.6 + 1.5 * v), w, w + 0.8 * lane_w), colour)
    _spool(sheet, strip, radius / FAR)
    # the focal box: the spool and the strip as far as the frame shows it
    pts = strip.quad(-radius * 1.2, 2.3, -0.07, width + 0.07)
    (x0, t0), (x1, t1) = np.clip(pts.min(axis=0), 0, 1), np.clip(pts.max(axis=0), 0, 1)
    return (float(x0), max(float(t0), y0), float(x1), min(float(t1), y1))
