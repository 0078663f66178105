"""The onset grid's laser show: the groove thrown as club lasers from two sources just
outside the frame's far corners, a beam a sixteenth, as long and as wide as it hits,
the two fans crossing over the dark floor; the downbeats in the accent. Returns the
focal box."""

from __future__ import annotations

import numpy as np

from sleeve.engine.raster import RGB
from sleeve.engine.styles.cover_parts.onset_marks import REST, Sheet, busiest

Box = tuple[float, float, float, float]
# a beam's halos round its core: (width, length, opacity), the mass colour
HALOS: tuple[tuple[float, float, int, RGB | None], ...] = (
    (4.5, 0.8, 36, None),
    (2.2, 0.95, 70, None),
)


def _beam(
    sheet: Sheet, start: tuple[float, float], angle: float, length: float, width: float, colour: RGB
) -> None:
    """A beam from `start` at `angle`: soft halos in the mass colour round a core in
    `colour`, each a long wedge narrowing to its point (a light that thins out rather
    than stopping)."""
    x, y = start
    along = np.array([np.cos(angle), np.sin(angle)])
    across = np.array([-along[1], along[0]])
    origin = np.array([x, y])
    for spread, reach, alpha, ink in HALOS + ((1.0, 1.0, 255, colour),):
        tip = origin + along * length * reach
        w = width * spread
        pts = np.array([origin + across * w, tip, origin - across * w])
        sheet.poly(pts, sheet.mass if ink is None else ink, alpha)


def lasers(sheet: Sheet, hits: np.ndarray, energy: np.ndarray) -> Box:
    """Two fans of 16 beams, one from each of the far corners (the art's edge away
    from the title), aimed across the band toward the title's side: the first fan
    the song's busiest bar, the second the bar after it; a beam a hit, as long as
    it is hard (a hard hit reaches past the middle of the frame), a rest no beam;
    the sources' glare at the corners."""
    rng = sheet.rng
    y0, y1 = sheet.band
    start = busiest(hits, 2)
    bars = (hits[start], hits[(start + 1) % len(hits)])
    edge = y1 + 0.04 if sheet.top else y0 - 0.04  # the sources, just off the frame
    toward = -1.0 if sheet.top else 1.0  # up the frame to the title's side, or down
    reach = (y1 - y0) * float(rng.uniform(1.25, 1.5))
    room = abs(edge - (y0 if sheet.top else y1)) - 0.03  # to the title's band
    inset = float(rng.uniform(-0.04, 0.28))  # the rig, at the corners or further in
    for side, bar in zip((-1, 1), bars, strict=True):
        x = 0.5 + side * (0.5 - inset)
        sweep = float(rng.uniform(0.9, 1.25))  # the fan's spread (radians)
        tilt = float(rng.uniform(0.2, 0.7))  # its middle beam, inward from the vertical
        for step, v in enumerate(bar):
            v = float(v)
            if v < REST:
                continue
            place = ((step + 7) % 16) / 15 - 0.5  # the downbeat's beam at the fan's heart
            angle = toward * (np.pi / 2 + side * (tilt + place * sweep))
            colour = sheet.colour(step, v, sheet.mass if v >= 0.5 else sheet.ink)
            length = min(reach * (0.35 + 0.65 * v), room / max(abs(np.sin(angle)), 0.2))
            _beam(sheet, (x, edge), angle, length, 0.004 + 0.011 * v, colour)
        for r in np.linspace(0.2, 0.03, 10):  # the source's glare, soft to a hot core
            sheet.disc(x, edge, float(r), sheet.mass, 22)
        sheet.disc(x, edge, 0.025, sheet.ink)
    return (0.0, y0, 1.0, y1)
