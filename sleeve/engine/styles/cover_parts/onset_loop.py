"""The onset grid's circular step sequencer: the song's onsets (bars x 16 sixteenths,
0..1) as a ring of 16 arc steps per bar, a played step filled out from its ring as far
as its hit.

A rest is a dot, a hub and a playhead stand over the downbeat; set whole and big in
the art's band, clear of the title's. Returns the focal box it drew in (fractions)."""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.cover_parts.onset_marks import REST, Sheet, busiest, sector

Box = tuple[float, float, float, float]


def loop(sheet: Sheet, hits: np.ndarray, energy: np.ndarray) -> Box:
    """Rings of 16 arc steps, a bar each from the middle out: a rest a thin arc, a
    hit filled out from its ring as far as it is hard; a hub and a playhead in the
    ink over the downbeat; the whole loop set big in the art's band."""
    rng = sheet.rng
    y0, y1 = sheet.band
    depth = y1 - y0
    radius = float(rng.uniform(0.54, 0.62)) * depth
    cx = float(rng.uniform(0.38, 0.46))  # the wheel's sits right of the middle
    cy = (y0 + y1) / 2 + (0.02 if sheet.top else -0.02)
    rings = int(rng.integers(3, 5))
    bars = np.roll(hits, -busiest(hits, rings), axis=0)
    hub = 0.28 * radius
    pitch = (radius - hub) / rings
    span = 2 * np.pi / 16
    for r in range(rings):
        base = hub + r * pitch
        bar = bars[r % len(bars)]
        for step in range(16):
            a0 = -np.pi / 2 + step * span + 0.06 * span
            a1 = a0 + 0.88 * span
            v = float(bar[step])
            if v < REST:  # a rest: a small dot where its step would light
                mid, at = base + 0.3 * pitch, (a0 + a1) / 2
                sheet.disc(cx + mid * np.cos(at), cy + mid * np.sin(at), 0.07 * pitch, sheet.ink)
                continue
            reach = 0.3 + 0.58 * v
            colour = sheet.colour(step, v, sheet.mass)
            sheet.poly(sector(cx, cy, base + 0.06 * pitch, base + reach * pitch, a0, a1), colour)
    sheet.disc(cx, cy, 0.7 * hub, sheet.ink)
    head = np.array(
        [[cx - 0.012, cy], [cx + 0.012, cy], [cx + 0.004, cy - radius], [cx - 0.004, cy - radius]]
    )
    sheet.poly(head, sheet.ink)
    return (0.0, y0, 1.0, y1)
