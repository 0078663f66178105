"""The onset grid's dancefloor: a disco floor of square tiles in perspective, a row a
bar (the busiest nearest; a sparse groove a shallow floor of few rows, a busy one a
deep floor of many) and 16 tiles a row, a played sixteenth a lit tile as big as
its hit, the downbeats in the accent, the floor running to a horizon at the title's
side (a ceiling of lights when the title sits at the foot). Returns the focal box."""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.cover_parts.onset_marks import REST, Sheet, busiest

Box = tuple[float, float, float, float]


def dancefloor(sheet: Sheet, hits: np.ndarray, energy: np.ndarray) -> Box:
    """Tiles on a floor seen from standing height: the near row wider than the frame,
    the far rows shrinking to the horizon; a hit lights its tile (a soft hit in the
    ink, a hard one in the mass colour, a downbeat in the accent), a rest stays dark
    floor."""
    rng = sheet.rng
    y0, y1 = sheet.band
    busy = float((hits >= REST).mean())  # the share of sixteenths played
    # a sparse groove, a few big tiles close up; a busy one, a deep floor of small ones
    rows = int(np.clip(round(4 + 7 * busy + rng.uniform(-0.5, 0.5)), 4, 11))
    order = np.roll(hits, -busiest(hits, rows), axis=0)
    horizon = 0.03  # from the band's title-side edge
    depth = y1 - y0
    reach = depth - horizon + 0.06  # the near edge runs off the frame
    far = 3.0 + 3.5 * busy + float(rng.uniform(-0.3, 0.3))  # the far row's distance
    edges = far ** (np.arange(rows + 1) / rows)  # every row's tiles as square as the near
    vx = float(rng.uniform(0.3, 0.7))  # the vanishing point, off centre
    half = float(rng.uniform(1.1, 1.35))  # the near row's half width (the frame's 0.5)
    xs = np.linspace(-half, half, 17)
    shift = int(rng.integers(3, 7))  # the downbeat's column, in view on the near rows

    def at(x: float, z: float) -> tuple[float, float]:
        down = horizon + reach / z  # from the band's title-side edge
        return vx + x / z, (y0 + down) if sheet.top else (y1 - down)

    for r in range(rows - 1, -1, -1):  # far rows first
        bar = order[r % len(order)]
        for c in range(16):
            v = float(bar[c])
            place = (c + shift) % 16
            xa, xb, za, zb = xs[place], xs[place + 1], edges[r], edges[r + 1]
            mx, mz = (xa + xb) / 2, (za + zb) / 2
            if v < REST:  # a rest: the tile stays dark floor
                continue
            fill = 0.45 + 0.4 * v
            colour = sheet.colour(c, v, sheet.ink if v < 0.5 else sheet.mass)
            wx, wz = (xb - xa) * fill / 2, (zb - za) * fill / 2
            corners = [
                (mx - wx, mz - wz),
                (mx + wx, mz - wz),
                (mx + wx, mz + wz),
                (mx - wx, mz + wz),
            ]
            pts = np.array([at(x, z) for x, z in corners])
            sheet.poly(pts, colour)
    return (0.0, y0, 1.0, y1)
