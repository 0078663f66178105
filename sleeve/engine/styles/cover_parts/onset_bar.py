"""The onset grid's one bar, huge (a step sequencer's row, after Raster-Noton and the
TR-808's lights): the song's busiest bar as a row of tall slabs across the frame, an
accent solid, a softer hit filled as far as it hits, a rest a hollow outline; the
tempo sets the step count (8 eighths, 16 sixteenths or two bars of 32), the swing
slides the off-beat slabs late, the energy sets the slabs' height. Returns the focal
box."""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.cover_parts.onset_marks import REST, Sheet, busiest, steps_for, swing

Box = tuple[float, float, float, float]
ACCENT = 0.6  # a hit this hard is an accent: a solid slab
PEN = 0.01  # a rest's outline (a fraction of the side)
LOW = 0.7  # a rest's and a soft hit's slab, against an accent's height


def _row(hits: np.ndarray, count: int) -> tuple[np.ndarray, np.ndarray]:
    """(sixteenth index, strength) of each of `count` steps from the busiest bars: 8
    eighths (each the harder of its two sixteenths), 16 sixteenths or 32 (two bars)."""
    bars = np.roll(hits, -busiest(hits, 2), axis=0)
    if count == 8:
        return np.arange(0, 16, 2), bars[0].reshape(8, 2).max(axis=1)
    flat = np.concatenate([bars[0], bars[1 % len(bars)]])[:count]
    return np.arange(count), flat


def onebar(sheet: Sheet, hits: np.ndarray, energy: np.ndarray) -> Box:
    """A row of tall slabs standing on the art's far edge (hanging from it when the
    title is at the foot), grouped in beats; the empty field between it and the
    title is the cover's other half."""
    rng = sheet.rng
    y0, y1 = sheet.band
    depth = y1 - y0
    count = steps_for(sheet.tempo)
    at, values = _row(hits, count)
    margin = float(rng.uniform(0.06, 0.11))
    beats = 4
    width = (1 - 2 * margin) / (count + 0.35 * (count - 1) + 0.8 * (beats - 1))
    gap, beat_gap = 0.35 * width, 0.8 * width
    height = depth * (0.36 + 0.4 * sheet.drive) * float(rng.uniform(0.9, 1.1))
    edge = float(rng.uniform(0.05, 0.1)) * depth
    base, sign = (y1 - edge, -1.0) if sheet.top else (y0 + edge, 1.0)
    late = 0.3 * swing(hits) * width  # the off-beat steps slide late with the swing
    per_beat = count // beats
    for i, (step, v) in enumerate(zip(at, values, strict=True)):
        x = margin + i * (width + gap) + (i // per_beat) * beat_gap + (late if step % 2 else 0.0)
        v = float(v)
        top = base + sign * height * (1.0 if v >= ACCENT else LOW)
        ya, yb = min(base, top), max(base, top)
        if v >= ACCENT:
            sheet.box(x, ya, x + width, yb, sheet.colour(int(step), v))
            continue
        half = PEN / 2
        sheet.frame(x + half, ya + half, x + width - half, yb - half, sheet.ink, PEN)
        if v >= REST:  # a softer hit: filled from the base as far as it hits
            fill = base + sign * height * LOW * v / ACCENT
            sheet.box(
                x,
                min(base, fill),
                x + width,
                max(base, fill),
                sheet.colour(int(step), v, sheet.mass),
            )
    top = base + sign * height
    return (margin - 0.02, min(base, top) - 0.02, 1 - margin + 0.03, max(base, top) + 0.02)
