"""The onset grid's radial clock: the groove's bar as one huge half dial of 16 rays
rising from a hub cropped by the frame's far edge, a ray a sixteenth as long as it
hits on average, a rest a stub, the downbeat's ray in the accent, a tick on the
dial's rim for every sixteenth. Returns the focal box."""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.cover_parts.onset_marks import REST, Sheet, sector

Box = tuple[float, float, float, float]


def burst(sheet: Sheet, hits: np.ndarray, energy: np.ndarray) -> Box:
    """A half clock of 16 rays over a hub in the mass colour at the far edge: each ray
    a sixteenth, as long as the groove hits there (the song's average bar), the
    fan's span and tilt from the seed."""
    rng = sheet.rng
    y0, y1 = sheet.band
    depth = y1 - y0
    groove = hits.mean(axis=0) / max(float(hits.mean(axis=0).max()), 0.5)
    cx = float(rng.uniform(0.3, 0.7))
    cy = y1 + 0.02 if sheet.top else y0 - 0.02
    hub = float(rng.uniform(0.16, 0.22)) * depth
    longest = float(rng.uniform(0.95, 1.1)) * depth
    span = float(rng.uniform(0.92, 1.0)) * np.pi
    first = (-np.pi if sheet.top else 0.0) + (np.pi - span) / 2
    slot = span / 16
    share = float(rng.uniform(0.7, 0.86))  # of a slot a ray fills
    for step, v in enumerate(groove):
        v = float(v)
        a0 = first + step * slot + (1 - share) * slot / 2
        a1 = a0 + share * slot
        r1 = hub * 1.25 if v < REST else hub + (longest - hub) * (0.15 + 0.85 * v)
        colour = (
            sheet.ink if v < REST else sheet.colour(step, v, sheet.mass if v >= 0.5 else sheet.ink)
        )
        sheet.poly(sector(cx, cy, hub * 1.12, r1, a0, a1, steps=6), colour)
        tick = a0 + share * slot / 2  # the dial's rim: a tick a sixteenth
        rim = longest * 1.04
        sheet.disc(cx + rim * np.cos(tick), cy + rim * np.sin(tick), 0.012, sheet.ink)
    sheet.disc(cx, cy, hub, sheet.ink)
    sheet.disc(cx, cy, hub * 0.55, sheet.field)
    return (0.0, y0, 1.0, y1)
