"""The onset grid's laser show: the groove thrown as club lasers from two sources just
outside the frame's far corners, a beam a sixteenth, as long and as wide as it hits,
the two fans crossing over the dark floor; the downbeats in the accent. Returns the
focal box."""

from __future__ import annotations

import numpy as np

from sleeve.engine.raster import RGB
from sleeve.engine.styles.cover_parts.onset_marks import REST, Sheet, busiest

Box = tuple[float, float, float, float]
FADE = 8  # the lengths a beam fades over toward its end


def _beam(
    sheet: Sheet, start: tuple[float, float], angle: float, length: float, width: float, colour: RGB
) -> None:
    """A beam from `start` at `angle`: a soft halo in the mass colour and a core in
    `colour`, both narrowing toward the end and fading over their last lengths."""
    x, y = start
    ux, uy = np.cos(angle), np.sin(angle)
    across = np.array([-uy, ux])
    for part in range(FADE):
        r0, r1 = length * part / FADE, length * (part + 1) / FADE
        fade = 1.0 - (part / FADE) ** 2
        for spread, alpha, ink in ((3.0, 40, sheet.mass), (1.0, 255, colour)):
            w0 = width * spread * (1 - 0.5 * part / FADE)
            w1 = width * spread * (1 - 0.5 * (part + 1) / FADE)
            a, b = np.array([x + ux * r0, y + uy * r0]), np.array([x + ux * r1, y + uy * r1])
            pts = np.array([a + across * w0, b + across * w1, b - across * w1, a - across * w0])
            sheet.poly(pts, ink, int(alpha * fade))


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
    inset = float(rng.uniform(-0.04, 0.12))
    for side, bar in zip((-1, 1), bars, strict=True):
        x = 0.5 + side * (0.5 - inset)
        sweep = float(rng.uniform(0.9, 1.25))  # the fan's spread (radians)
        tilt = float(rng.uniform(0.35, 0.6))  # its middle beam, inward from the vertical
        for step, v in enumerate(bar):
            v = float(v)
            if v < REST:
                continue
            place = ((step + 7) % 16) / 15 - 0.5  # the downbeat's beam at the fan's heart
            angle = toward * (np.pi / 2 + side * (tilt + place * sweep))
            colour = sheet.colour(step, v, sheet.mass if v >= 0.5 else sheet.ink)
            _beam(sheet, (x, edge), angle, reach * (0.35 + 0.65 * v), 0.004 + 0.013 * v, colour)
        sheet.disc(x, edge, 0.1, sheet.mass, 70)  # the source's glare
        sheet.disc(x, edge, 0.06, sheet.mass, 110)
        sheet.disc(x, edge, 0.03, sheet.ink)
    return (0.0, y0, 1.0, y1)
