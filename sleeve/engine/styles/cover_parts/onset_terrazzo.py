"""The onset grid's terrazzo: the song's hits as stone chips set in courses, a bar a
course read through the song in order and a sixteenth a chip across it (a calm song
an eighth: fewer, bigger chips), so the rhythm reads as a laid floor (rows of bars,
columns of steps) and not as a chart: no axis, no lines, the chips' irregular cut
and turn the stone's, each course set on a step from the last (a twill, so the beats
run as diagonals). A chip is as big as it hits, the beats a size up and the played
downbeats biggest, in the accent; a hard hit in the ink, a soft one in the second
colour, a rest a grain of grit. The energy curve swells each course: the song's loud
section's chips grow into each other as one bold band (the cover's focal gesture)
and a quiet section or a break thins toward grit. The tempo sets the courses' height
(a slow song fewer, taller courses), the seed the stone (pebbles, shards or
lozenges), each chip's cut, length and turn, the twill's step, where the bar starts,
whether the courses are staggered half a chip and whether the song starts by the
title or at the far edge. Returns the focal box."""

from __future__ import annotations

import numpy as np

from sleeve.engine import signals
from sleeve.engine.styles.cover_parts.onset_marks import REST, Sheet

Box = tuple[float, float, float, float]
STEPS = 16  # a chip a sixteenth, a course a bar
SOLID = 0.55  # a hit this hard is an ink chip, a softer one a chip of the second colour
STONES = {  # the seed's stone: (fewest, most corners, how ragged, how far it turns)
    "pebble": (7, 10, 0.12, np.pi),
    "shard": (4, 5, 0.25, 0.3),  # laid flat along the course, as a setter lays them
    "lozenge": (4, 4, 0.0, 0.0),
}


def _chip(sheet: Sheet, x: float, y: float, rx: float, ry: float, stone: str, colour) -> None:
    """A stone chip of half-width rx and half-height ry round (x, y), cut as `stone`."""
    rng = sheet.rng
    low, high, ragged, swing = STONES[stone]
    n = int(rng.integers(low, high + 1))
    turn = float(rng.uniform(-swing, swing))
    a = turn + np.linspace(0, 2 * np.pi, n, endpoint=False)
    a += rng.uniform(-0.5, 0.5, n) * ragged * 2 * np.pi / n
    radii = 1.0 - ragged * rng.random(n)
    sheet.poly(np.stack([x + rx * radii * np.cos(a), y + ry * radii * np.sin(a)], 1), colour)


def terrazzo(sheet: Sheet, hits: np.ndarray, swell: np.ndarray) -> Box:
    """Courses of chips over the art, a bar a course down the song and a step a chip
    across it, swelling with the energy curve into one bold band."""
    rng = sheet.rng
    y0, y1 = sheet.band
    per = 2 if sheet.drive < 0.45 else 1  # a calm song's chips an eighth: fewer, bigger
    cols = STEPS // per
    pitch = 1.0 / cols
    lay = float(rng.uniform(0.8, 1.3))  # the setter's course, a little taller or flatter
    course = float(np.clip(150.0 / max(sheet.tempo, 1.0), 0.85, 1.5)) * lay * 1.2**per / STEPS
    rows = max(3, int(round((y1 - y0) / course)))
    course = (y1 - y0) / rows
    at = (np.arange(rows) + 0.5) / rows  # each course a stretch of the song, in order
    bars = hits[np.minimum((at * len(hits)).astype(int), len(hits) - 1)]
    bars = bars.reshape(rows, cols, per).max(axis=2)
    loud = signals.resample(swell, rows)
    if rng.random() < 0.5:  # the song's first bar by the title, or the far edge
        bars, loud = bars[::-1], loud[::-1]
    stone = str(rng.choice(list(STONES)))
    # a twill: each course starts `twill` steps on from the one above, so the beats
    # run as diagonals across the floor (odd: an even one lines the beats in a column)
    twill = int(rng.choice(np.arange(1, cols, 2)))  # each odd step a twill of its own
    start = int(rng.integers(0, cols))  # the chip the first course starts on
    drop = float(rng.choice([0.0, 0.5]))  # every other course set half a chip on, or not
    wide = float(rng.uniform(0.95, 1.6))  # the stone's cut: round or long along the course
    top = int(np.argmax(loud))
    lo, hi = max(0, top - 1), min(rows, top + 2)  # the loud band: the loudest courses
    grow = 0.45 + 1.15 * loud**2  # a quiet course thins toward grit, a loud one swells
    grow[lo:hi] *= 1.3  # the loud band's chips grow into each other
    reach = np.where((np.arange(rows) >= lo) & (np.arange(rows) < hi), 0.7, 0.47)
    for r in range(rows):
        y = y0 + (r + 0.5) * course
        for c in range(cols):
            chip = (c + start - r * twill) % cols
            step = chip * per  # the sixteenth it starts on
            v = float(bars[r, chip])
            x = (c + 0.5 + drop * (r % 2)) * pitch
            if v < REST:  # a rest: a grain of grit keeps the course's line
                _chip(sheet, x, y, pitch * 0.07, course * 0.07, stone, sheet.mass)
                continue
            beat = 1.45 if step == 0 else (1.15 if step % 4 == 0 else 1.0)
            scale = (0.22 + 0.36 * v) * beat * grow[r] * (1.0 + 0.2 * (per - 1))
            colour = sheet.colour(step, v, sheet.ink if v >= SOLID else sheet.mass)
            jx, jy = rng.uniform(-0.05, 0.05, 2)
            rx, ry = pitch * scale * wide, min(course * scale * 0.8, course * reach[r])
            _chip(sheet, x + jx * pitch, y + jy * course, rx, ry, stone, colour)
    return (0.0, y0, 1.0, y1)
