"""The onset grid's rhythm arcs, after Müller-Brockmann's Beethoven poster: the song's
busiest bars as concentric rings round a centre on the frame's far edge, a bar a ring
from the inside out, its sixteenths swept round the ring in playing order. A hit is an
arc held until the bar's next hit, as thick as it hits (a hard hit in the ink, a soft
one in the second colour, the downbeats in the accent), a rest a gap; so a four on the
floor rings in four even arcs, a broken beat in ragged ones, and the downbeats line up
in one accent spoke. The swing turns each ring a little further (the rings spiral),
the energy sets how far the rings reach and how many bars they hold. Returns the
focal box."""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.cover_parts.onset_marks import REST, Sheet, busiest, sector, swing

Box = tuple[float, float, float, float]
SOLID = 0.6  # a hit this hard prints in the ink, a softer one in the second colour
CUT = 0.007  # the cut between two held arcs (a fraction of the side, at every radius)


def _rings(hits: np.ndarray, count: int) -> np.ndarray:
    """`count` bars of sixteenths from the song's busiest, in playing order."""
    return np.resize(np.roll(hits, -busiest(hits, count), axis=0), (count, 16))


def arcs(sheet: Sheet, hits: np.ndarray, energy: np.ndarray) -> Box:
    """Rings round a centre on the art's far edge (a corner, or along the edge by the
    seed), the innermost a small hub, the outermost reaching past the frame: each ring
    a bar, its hits held arcs cut apart at each new hit."""
    rng = sheet.rng
    y0, y1 = sheet.band
    depth = y1 - y0
    count = int(np.clip(round(5 + 7 * sheet.drive + rng.integers(-1, 2)), 5, 12))
    bars = _rings(hits, count)
    corner = bool(rng.random() < 0.55)  # a quarter of the rings, else half of them
    cx = float(rng.uniform(-0.04, 0.1)) if corner else float(rng.uniform(0.3, 0.5))
    cy = y1 + float(rng.uniform(0.0, 0.06)) if sheet.top else y0 - float(rng.uniform(0.0, 0.06))
    sweep = np.pi / 2 if corner else np.pi
    start = -np.pi / 2 if corner else -np.pi  # from straight up (or from the left) round
    if not sheet.top:  # the rings rise from the top edge: swept the other way round
        start, sweep = -start, -sweep
    outer = depth * float(rng.uniform(1.0, 1.2)) * (1.15 if corner else 0.92)
    hub = outer * float(rng.uniform(0.12, 0.22))
    pitch = (outer - hub) / count
    slot = sweep / 16
    turn = 0.9 * swing(hits) * slot  # a swung groove's rings spiral, each turned on
    for r, bar in enumerate(bars):
        base = hub + r * pitch
        played = np.flatnonzero(bar >= REST)
        for k, step in enumerate(played):
            v = float(bar[step])
            end = int(played[k + 1]) if k + 1 < len(played) else 16
            cut = np.copysign(CUT / (base + pitch / 2), slot)  # as wide on every ring
            a0 = start + r * turn + step * slot
            a1 = start + r * turn + end * slot - cut
            thick = pitch * (0.3 + 0.62 * v)
            colour = sheet.colour(int(step), v, sheet.ink if v >= SOLID else sheet.mass)
            steps = max(3, int(abs(a1 - a0) / 0.04))
            sheet.poly(sector(cx, cy, base, base + thick, a0, a1, steps), colour)
    sheet.disc(cx, cy, hub * 0.55, sheet.hot)
    left = cx if corner else cx - outer
    return (max(0.0, left), y0, min(1.0, cx + outer), y1)
