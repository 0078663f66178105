"""The onset grid's score: the song's busiest bars as its drum track's waveform, the
clip a musician sees in the arrangement view. A hit is an attack spike as tall as it
hits, ringing out until the next one (longer the louder the song), mirrored about a
zero line drawn across the whole frame (or, by the seed, its upper half alone standing
on it), so the rests are flat line and the groove is
the row of spikes; the downbeats' spikes in the accent, the others in the ink. The
tempo sets how many bars the clip holds (1, 2 or 4), the swing slides the off-beats
late; by the seed (more often on a loud song) a close-up runs the clip off both edges,
its spikes fewer and fatter. Returns the focal box."""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.cover_parts.onset_marks import REST, Sheet, busiest, steps_for, swing

Box = tuple[float, float, float, float]
LINE = 0.006  # the zero line's weight (a fraction of the side)
SAMPLES = 24  # envelope points a sixteenth
FLOOR = 0.035  # the quietest ring's half-height, against the tallest spike's 1


def _window(hits: np.ndarray, bars: int) -> np.ndarray:
    """`bars` bars of sixteenths from the song's busiest, in playing order."""
    rolled = np.roll(hits, -busiest(hits, bars), axis=0)
    return np.resize(rolled, (bars, 16)).ravel()


def envelope(
    flat: np.ndarray, ring: float, late: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(time in sixteenths, height 0..1, the step heard) of the clip's envelope: each
    played step's attack (a sixteenth's tenth) and its ring, decaying by e every
    `ring` sixteenths until a louder sound takes over (-1: silence); an off-beat step
    starts `late` sixteenths late."""
    t = np.linspace(0.0, len(flat), len(flat) * SAMPLES + 1)
    level = np.zeros_like(t)
    owner = np.full(len(t), -1)
    for i, v in enumerate(flat):
        if v < REST:
            continue
        age = t - (i + (late if i % 2 else 0.0))
        rise = np.clip(age / 0.1 + 1.0, 0.0, 1.0)  # the attack, a tenth of a step
        sound = float(v) * np.where(age < 0, rise, np.exp(-np.clip(age, 0, None) / ring))
        louder = sound > level
        level = np.where(louder, sound, level)
        owner = np.where(louder & (sound > 1e-3), i, owner)
    return t, level, owner


def score(sheet: Sheet, hits: np.ndarray, energy: np.ndarray) -> Box:
    """The clip across the art's band, its zero line running off both edges of the
    frame, toward the band's far edge: a spike a hit, the downbeats' in the accent."""
    rng = sheet.rng
    y0, y1 = sheet.band
    depth = y1 - y0
    bars = {8: 1, 16: 2, 32: 4}[steps_for(sheet.tempo)]
    flat = _window(hits, bars)
    # a close-up by the seed (more often a loud song's): the clip runs off both edges,
    # its spikes fewer and fatter; else it sits whole between margins
    close = bool(rng.random() < 0.25 + 0.35 * sheet.drive)
    margin = -float(rng.uniform(0.12, 0.4)) * bars if close else float(rng.uniform(0.05, 0.09))
    pitch = (1 - 2 * margin) / len(flat)
    ring = 0.35 + 1.6 * sheet.drive  # a loud song's sounds ring on: a heavier clip
    t, level, owner = envelope(flat, ring, 0.45 * swing(hits))
    half = min(0.3, depth * float(rng.uniform(0.36, 0.44)))  # the tallest spike's reach
    place = float(rng.uniform(0.5, 0.62))  # the zero line, toward the band's far edge
    line = y0 + depth * place if sheet.top else y1 - depth * place
    line = float(np.clip(line, y0 + half + 0.07, y1 - half - 0.04))  # off the frame's edge
    rectified = bool(rng.random() < 0.35)  # the clip's upper half alone, standing on the line
    if rectified:
        line += 0.8 * half
    sheet.box(-0.01, line - LINE / 2, 1.01, line + LINE / 2, sheet.ink)
    x = margin + t * pitch
    reach = np.where(owner >= 0, np.maximum(level, FLOOR), 0.0) * half
    edges = np.flatnonzero(np.diff(owner) != 0) + 1
    for a, b in zip(np.r_[0, edges], np.r_[edges, len(t)], strict=True):
        step = int(owner[a])
        if step < 0 or reach[a:b].max() <= 0:
            continue
        b = min(b + 1, len(t))  # the next sound's attack closes the gap
        xs, ys = x[a:b], reach[a:b]
        up, down = (1.8 * ys, 0.0 * ys) if rectified else (ys, ys)
        points = np.concatenate(
            [np.stack([xs, line - up], 1), np.stack([xs[::-1], line + down[::-1]], 1)]
        )
        sheet.poly(points, sheet.colour(step, float(flat[step])))
    if rectified:
        line -= 0.8 * half
    x0, x1 = max(0.0, margin - 0.02), min(1.0, 1 - margin + 0.02)
    return (x0, line - half - 0.02, x1, line + half + 0.02)
