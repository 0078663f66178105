"""The onset grid's disco print: the song's sixteenths as the facets of one huge mirror
ball cropped by the frame, a hit a gold facet as big as it (the downbeats in the
accent), its groove's bar as beams round it, the hard hits thrown off as glitter
stars. Returns the focal box it drew in."""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.cover_parts.onset_marks import REST, Sheet, busiest

Box = tuple[float, float, float, float]


def star(cx: float, cy: float, r: float) -> np.ndarray:
    """A four-point glitter star (a thin cross of diamonds) round (cx, cy), radius r."""
    a = np.arange(8) * np.pi / 4
    reach = np.where(np.arange(8) % 2 == 0, r, 0.22 * r)
    return np.stack([cx + reach * np.cos(a), cy + reach * np.sin(a)], 1)


def facets(sheet: Sheet, hits: np.ndarray, energy: np.ndarray) -> Box:
    """A ball as deep as the art, its centre toward the frame's edge so the frame
    crops it: a latitude x longitude grid of facets seen from the front, the song's
    sixteenths in playing order across the ball's dark ground, a hit a gold facet as
    big as it, a rest left dark; behind it the groove's bar as 16 beams, each as long
    as that sixteenth hits on average; the hard hits as glitter stars."""
    rng = sheet.rng
    y0, y1 = sheet.band
    depth = y1 - y0
    radius = float(rng.uniform(0.45, 0.49)) * depth
    cx = float(rng.uniform(0.58, 0.68))
    cy = (y0 + y1) / 2
    rows = int(rng.integers(9, 14))
    step = np.pi / rows
    stream = np.roll(hits, -busiest(hits, 4), axis=0).ravel()
    groove = hits.mean(axis=0) / max(float(hits.mean(axis=0).max()), 1e-6)
    turn = float(rng.uniform(0, 2 * np.pi))
    for beat, v in enumerate(groove):  # the groove's bar as beams round the ball
        if v < REST:
            continue
        a = turn + beat * 2 * np.pi / 16
        far = radius * (1.15 + 1.1 * float(v))
        ends = [(cx + far * np.cos(a + d), cy + far * np.sin(a + d)) for d in (-0.05, 0.05)]
        sheet.poly(np.array([(cx, cy), *ends]), sheet.colour(beat, float(v), sheet.mass))
    sheet.disc(cx, cy, radius, sheet.ink)
    k = 0
    for i in range(rows):
        lat0, lat1 = -np.pi / 2 + i * step, -np.pi / 2 + (i + 1) * step
        cols = max(2, int(round(rows * np.cos((lat0 + lat1) / 2))))  # fewer near the poles
        span = np.pi / cols
        for j in range(cols):
            v, beat = float(stream[k % len(stream)]), k % 16
            k += 1
            lon0, lon1 = -np.pi / 2 + j * span, -np.pi / 2 + (j + 1) * span
            lat = np.array([lat0, lat0, lat1, lat1])
            lon = np.array([lon0, lon1, lon1, lon0])
            pts = np.stack([np.cos(lat) * np.sin(lon), -np.sin(lat)], 1)
            mid = pts.mean(axis=0)
            if v >= REST:  # a hit: a gold facet as big as it (a rest: the dark ground)
                pts = mid + (pts - mid) * (0.2 + 0.75 * v * v)
                sheet.poly(np.array([cx, cy]) + radius * pts, sheet.colour(beat, v, sheet.mass))
    hard = np.flatnonzero(stream >= 0.5)[:9]  # the hard hits thrown off as glitter
    for n, at in enumerate(hard):
        angle = float(rng.uniform(0, 2 * np.pi))
        far = radius * float(rng.uniform(1.12, 1.5))
        gx, gy = cx + far * np.cos(angle), cy + far * np.sin(angle)
        size = (0.025 + 0.05 * float(stream[at])) * (1.6 if n == 0 else 1.0)
        if y0 + size < gy < y1 - size:
            sheet.poly(star(gx, gy, size), sheet.mass)
    return (max(0.0, cx - radius), y0, 1.0, y1)
