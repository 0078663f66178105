"""The onset grid's piano-roll strip: the song's groove as a sequencer's piano roll, a
band of the second colour across the frame with the rest of it empty, a bar line cut
out of it at each bar; a hit a note in its lane (the groove's harder levels lower, as
a kit's kick lies under its hats; ink, or cut out of the band in the upper lanes), as
long as the time to the next hit and as thick as it hits, the downbeats in the
accent. The tempo sets how many bars the strip holds, the swing slides the off-beats
late, the energy sets the strip's depth. Returns the focal box."""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.cover_parts.onset_marks import REST, Sheet, busiest, steps_for, swing

Box = tuple[float, float, float, float]
LANES = 3  # a kit's kick, snare and hats: the groove's hard, middle and soft hits
HAIR = 0.008  # the bar lines (a fraction of the side)


def lanes(sheet: Sheet, hits: np.ndarray, energy: np.ndarray) -> Box:
    """A band running off both edges of the frame, its notes the busiest 1 to 3 bars'
    hits, each held until the next hit in its lane (up to a beat)."""
    rng = sheet.rng
    y0, y1 = sheet.band
    depth = y1 - y0
    bars = {8: 1, 16: 2, 32: 3}[steps_for(sheet.tempo)]
    flat = np.resize(np.roll(hits, -busiest(hits, bars), axis=0), (bars, 16)).ravel()
    height = depth * (0.42 + 0.22 * sheet.drive)
    middle = float(rng.uniform(0.5, 0.72))  # the strip's place, toward the far edge
    centre = y0 + depth * middle if sheet.top else y1 - depth * middle
    top, bottom = centre - height / 2, centre + height / 2
    pitch = 1.0 / len(flat)
    lane = height / LANES
    late = 0.35 * swing(hits) * pitch
    sheet.box(0.0, top, 1.0, bottom, sheet.mass)
    for b in range(1, bars):
        sheet.box(b * 16 * pitch, top, b * 16 * pitch + HAIR, bottom, sheet.field)
    low = sheet.ink if sheet.ink != sheet.mass else sheet.field  # the lower lanes' notes
    played = np.flatnonzero(flat >= REST)
    levels = np.unique(np.round(flat[played], 2))  # the groove's own dynamics, soft to hard
    ranks = np.searchsorted(levels, np.round(flat[played], 2)) / max(len(levels) - 1, 1)
    rows = np.round((1.0 - ranks) * (LANES - 1)).astype(int)  # the hardest in the bottom lane
    for k, i in enumerate(played):
        v = float(flat[i])
        row = int(rows[k])
        later = played[k + 1 :][rows[k + 1 :] == row]  # a note holds to its lane's next
        gap = (int(later[0]) if len(later) else len(flat)) - i
        length = min(gap, 4) * pitch - 0.22 * pitch
        mid = bottom - (row + 0.5) * lane
        thick = lane * (0.3 + 0.5 * v)
        x = i * pitch + (late if i % 2 else 0.0)
        colour = sheet.colour(int(i), v, low if row < LANES // 2 else sheet.field)
        sheet.box(x, mid - thick / 2, x + length, mid + thick / 2, colour)
    return (0.0, top - 0.02, 1.0, bottom + 0.02)
