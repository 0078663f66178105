"""The onset grid's one bar, huge: the song's busiest bar as a step sequencer's page (a
Maschine's or a Push's 16 steps on a 4 x 4 grid, a beat a row, read like a page), one
big block of flat square pads off-centre in the field. A hit lights its
pad (an accent solid in the ink, the downbeats in the accent, a softer hit in the
second colour, lit as far as it hits from the pad's centre), a rest is a dark, unlit
pad; so a four-on-the-floor lights the first column from top to bottom, a broken beat
scatters. The tempo sets the step count (8 eighths on 2 rows, 16 sixteenths on 4, two
bars of 32 on 4 rows of 8), the energy sets the block's size. Returns the focal box."""

from __future__ import annotations

import numpy as np

from sleeve.engine.color import blend
from sleeve.engine.raster import RGB
from sleeve.engine.styles.cover_parts.onset_marks import REST, Sheet, busiest, steps_for

Box = tuple[float, float, float, float]
ACCENT = 0.6  # a hit this hard is an accent: a solid pad
GAP = 0.16  # between pads, a fraction of their pitch
UNLIT = 0.13  # an unlit pad: this far from the field toward the ink


def _row(hits: np.ndarray, count: int) -> tuple[np.ndarray, np.ndarray]:
    """(sixteenth index, strength) of each of `count` steps from the busiest bars: 8
    eighths (each the harder of its two sixteenths), 16 sixteenths or 32 (two bars)."""
    bars = np.roll(hits, -busiest(hits, 2), axis=0)
    if count == 8:
        return np.arange(0, 16, 2), bars[0].reshape(8, 2).max(axis=1)
    flat = np.concatenate([bars[0], bars[1 % len(bars)]])[:count]
    return np.arange(count), flat


def _pad(sheet: Sheet, x: float, y: float, side: float, colour: RGB) -> None:
    """A flat square pad (no rubber, no gloss: the round-5 glossy pads read as sampler
    clip-art)."""
    sheet.box(x, y, x + side, y + side, colour)


def onebar(sheet: Sheet, hits: np.ndarray, energy: np.ndarray) -> Box:
    """The block of pads set toward the art's far edge, to one side (the render mirrors
    it by the seed); the field between it and the title is the cover's other half."""
    rng = sheet.rng
    y0, y1 = sheet.band
    depth = y1 - y0
    count = steps_for(sheet.tempo)
    at, values = _row(hits, count)
    cols = 8 if count == 32 else 4
    rows = count // cols
    scale = (0.82 + 0.18 * sheet.drive) * float(rng.uniform(0.92, 1.0))
    pitch = min(0.9 / cols, 0.95 * depth / rows, 0.24) * scale
    pad = pitch * (1 - GAP)
    wide, tall = cols * pitch - pitch * GAP, rows * pitch - pitch * GAP
    x0 = float(rng.uniform(0.06, max(0.07, 1 - wide - 0.06)))
    room = max(depth - tall, 0.0)
    inset = room * float(rng.uniform(0.15, 0.45))  # from the band's far edge
    top = y1 - inset - tall if sheet.top else y0 + inset
    unlit = blend(sheet.field, sheet.ink, UNLIT)
    for k, (step, v) in enumerate(zip(at, values, strict=True)):
        r, c = divmod(k, cols)
        x = x0 + c * pitch
        y = top + r * pitch
        v = float(v)
        if v >= ACCENT:
            _pad(sheet, x, y, pad, sheet.colour(int(step), v))
            continue
        _pad(sheet, x, y, pad, unlit)
        if v < REST:
            continue
        lit = pad * (0.35 + 0.65 * v / ACCENT)  # a softer hit lights its pad's middle
        inner = (pad - lit) / 2
        colour = sheet.colour(int(step), v, sheet.mass)
        _pad(sheet, x + inner, y + inner, lit, colour)
    return (x0 - 0.02, top - 0.02, x0 + wide + 0.02, top + tall + 0.02)
