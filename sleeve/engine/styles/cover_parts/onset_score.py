"""The onset grid's score: the song's hits as a line of small ticks across a wide empty
field, a tick a sixteenth as tall as it hits, the downbeats hanging below the line in
the accent, and one huge square standing on (or hanging from) the line at the hardest
hit of the bar where the song's energy peaks, as big as the groove hits hard and often: huge
against small. The tempo
sets how many steps the line holds, the swing slides the off-beats late. Returns the
focal box."""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.cover_parts.onset_marks import REST, Sheet, busiest, steps_for, swing

Box = tuple[float, float, float, float]
LINE = 0.004  # the line's weight (a fraction of the side)


def _window(hits: np.ndarray, bars: int) -> np.ndarray:
    """`bars` bars of sixteenths from the song's busiest, in playing order."""
    rolled = np.roll(hits, -busiest(hits, bars), axis=0)
    return np.resize(rolled, (bars, 16)).ravel()


def score(sheet: Sheet, hits: np.ndarray, energy: np.ndarray) -> Box:
    """A line across the art's band near its far edge, the ticks of 3 to 6 bars on it,
    and one huge square at the peak bar's hardest hit: sized by how hard and often the groove
    hits and the song's energy, standing on the line or hanging from it."""
    rng = sheet.rng
    y0, y1 = sheet.band
    depth = y1 - y0
    flat = _window(hits, {8: 3, 16: 4, 32: 6}[steps_for(sheet.tempo)])
    margin = float(rng.uniform(0.06, 0.1))
    pitch = (1 - 2 * margin) / len(flat)
    late = 0.5 * swing(hits) * pitch
    power = float(np.sort(flat)[-len(flat) // 4 :].mean())  # how hard and often it hits
    side = depth * (0.12 + 0.36 * power) * (0.75 + 0.35 * sheet.drive)
    hang = bool(rng.random() < 0.4)  # the square hangs from the line, else stands on it
    room = depth * float(rng.uniform(0.08, 0.22))  # the square's distance from the far edge
    side = min(side, depth - room - 0.12)
    block = y1 - room - side if sheet.top else y0 + room  # the square's top
    line = block if hang else block + side
    sheet.box(margin - 0.03, line - LINE / 2, 1 - margin + 0.03, line + LINE / 2, sheet.ink)
    tick = max(0.0045, 0.32 * pitch)
    for i, v in enumerate(flat):
        v = float(v)
        if v < REST:
            continue
        x = margin + i * pitch + (late if i % 2 else 0.0)
        if i % 16 == 0:  # the downbeat hangs below the line, in the accent
            sheet.box(x, line, x + tick, line + 0.02 + 0.04 * v, sheet.colour(i, v))
        sheet.box(x, line - 0.012 - 0.07 * v, x + tick, line, sheet.ink)
    bars = len(flat) // 16  # the square falls on the bar where the song peaks
    peak = 16 * min(int(np.argmax(energy) / len(energy) * bars), bars - 1)
    hardest = peak + int(np.argmax(flat[peak : peak + 16]))
    x = margin + hardest * pitch + tick / 2 - side / 2
    x = float(np.clip(x, 0.03, 0.97 - side))
    sheet.box(x, block, x + side, block + side, sheet.colour(hardest, 1.0, sheet.mass))
    return (
        margin - 0.04,
        min(block, line - 0.09),
        1 - margin + 0.04,
        max(block + side, line + 0.07),
    )
