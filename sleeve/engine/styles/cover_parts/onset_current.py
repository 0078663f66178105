"""The onset grid's current, after Bridget Riley's Current and Fall: a field of
stripes run edge to edge, each a sixteenth of the song's two busiest bars, as wide as
it hits (a hard hit in the ink, a soft one or a rest a thin line in the second colour,
the downbeats in the accent). The stripes ripple as one wave that winds tighter and
swings wider where the energy curve is loud, so the song's loudest section is the
cover's one bold, shimmering area and its quiet sections stand still; the stripes
bunch into one dense, dark knot. The tempo sets how many stripes, the seed whether
they run down or across, where they bunch, how far the wave travels from stripe to
stripe and where it starts. Returns the focal box."""

from __future__ import annotations

import numpy as np

from sleeve.engine import signals
from sleeve.engine.styles.cover_parts.onset_marks import Sheet, busiest

Box = tuple[float, float, float, float]
SAMPLES = 96  # points along each stripe
SOLID = 0.5  # a hit this hard prints in the ink, a softer one in the second colour


def _wave(sheet: Sheet, swell: np.ndarray, pitch: float) -> tuple[np.ndarray, np.ndarray]:
    """(phase, swing) along a stripe: the phase winds faster and the swing (in frame
    fractions) grows where the song is loud."""
    rng = sheet.rng
    loud = signals.resample(swell, SAMPLES)
    turns = 1.2 + 2.4 * sheet.drive + float(rng.uniform(0.0, 1.2))
    rate = 0.25 + loud**2
    phase = 2 * np.pi * turns * np.cumsum(rate) / rate.sum() + float(rng.uniform(0, 2 * np.pi))
    return phase, pitch * (0.15 + 2.6 * loud**1.5)


def _bunch(rng: np.random.Generator, count: int, span: float) -> tuple[np.ndarray, np.ndarray]:
    """(centres, pitches) of `count` stripes across `span`: bunched tight round one
    point the seed picks (the print's dense, dark knot) and spread wide elsewhere."""
    squeeze = float(rng.uniform(0.35, 0.7))
    at = float(rng.uniform(0.2, 0.8))
    u = (np.arange(count) + 0.5) / count
    centres = u - squeeze * np.sin(2 * np.pi * (u - at)) / (2 * np.pi)
    return span * centres, span / count * (1 - squeeze * np.cos(2 * np.pi * (u - at)))


def current(sheet: Sheet, hits: np.ndarray, swell: np.ndarray) -> Box:
    """Stripes across the art, down the frame or across it by the seed, bunched round
    one point, their widths the busiest bars' hits, rippling with the energy curve."""
    rng = sheet.rng
    y0, y1 = sheet.band
    down = bool(rng.random() < 0.5)
    span = 1.0 if down else y1 - y0  # the stripes are laid across this span
    count = max(8, round(span * np.clip(18 + sheet.tempo / 8, 26, 40)))
    centres, pitches = _bunch(rng, count, span)
    start = int(rng.integers(0, 16))  # the step the first stripe plays
    bars = np.resize(np.roll(hits, -busiest(hits, 2), axis=0), (2, 16)).reshape(-1)
    phase, swing = _wave(sheet, swell, span / count)
    lag = float(rng.uniform(0.1, 0.28)) * float(rng.choice([-1.0, 1.0]))
    along = np.linspace(-0.02, 1.02, SAMPLES)
    run = np.concatenate([along, along[::-1]])
    for i in range(count):
        step = (i + start) % len(bars)
        v = float(bars[step])
        half = pitches[i] * (0.18 + 0.28 * v)
        centre = centres[i] + swing * np.sin(phase + lag * i)
        edges = np.concatenate([centre - half, (centre + half)[::-1]])
        if down:
            points = np.stack([edges, y0 + run * (y1 - y0)], 1)
        else:
            points = np.stack([run, y0 + edges], 1)
        sheet.poly(points, sheet.colour(step % 16, v, sheet.ink if v >= SOLID else sheet.mass))
    return (0.0, y0, 1.0, y1)
