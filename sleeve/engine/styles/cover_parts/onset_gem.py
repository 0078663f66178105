"""The onset grid's ice: one huge cut diamond seen from the side (crown, girdle,
pavilion to a point), its facets the song's sixteenths in playing order, a hit a
facet lit as big as it, the downbeats in the accent, the groove's hard hits as
glints round it, its crown as tall as the groove runs in sixteenths. Returns the
focal box."""

from __future__ import annotations

import aggdraw
import numpy as np

from sleeve.engine.styles.cover_parts.onset_facets import star
from sleeve.engine.styles.cover_parts.onset_marks import REST, Sheet, busiest

Box = tuple[float, float, float, float]
CUTS = (6, 8, 10)  # the girdle's segments across the visible half (a cut each)


def _facets(
    cx: float, top: float, width: float, height: float, crown: float, cuts: int
) -> list[np.ndarray]:
    """The brilliant cut's facets (points), crown first, left to right: under a table
    half the width, crown triangles down to the girdle (`crown` of the height), then
    the pavilion's girdle facets and long kites down to the culet; `cuts` girdle
    segments."""
    half = cuts // 2
    table = np.stack([cx + np.linspace(-0.27, 0.27, half + 1) * width, np.full(half + 1, top)], 1)
    belt = top + crown * height
    girdle = np.stack([cx + np.linspace(-0.5, 0.5, cuts + 1) * width, np.full(cuts + 1, belt)], 1)
    culet = np.array([cx, top + height])
    out: list[np.ndarray] = []
    for i in range(half):
        out.append(np.array([table[i], girdle[2 * i], girdle[2 * i + 1]]))
        out.append(np.array([table[i], table[i + 1], girdle[2 * i + 1]]))
        out.append(np.array([table[i + 1], girdle[2 * i + 1], girdle[2 * i + 2]]))
    lows = [
        (a + b) / 2 + 0.45 * (culet - (a + b) / 2)
        for a, b in zip(girdle[:-1], girdle[1:], strict=True)
    ]
    for j in range(cuts):
        out.append(np.array([girdle[j], girdle[j + 1], lows[j]]))
    for j in range(cuts + 1):
        left = lows[j - 1] if j > 0 else None
        right = lows[j] if j < cuts else None
        kite = [p for p in (left, girdle[j], right, culet) if p is not None]
        out.append(np.array(kite))
    return out


def gem(sheet: Sheet, hits: np.ndarray, energy: np.ndarray) -> Box:
    """A diamond as deep as the art, a little off centre: its silhouette in the ink,
    seams in the field, its crown as tall as the groove hits between the eighths; the song's
    sixteenths (from its busiest two bars) light its facets in turn, a hit a facet in
    the mass colour shrunk as soft as it is, a rest left ink; the groove's hard hits
    glint round it as four-point stars, each at its sixteenth's hour."""
    rng = sheet.rng
    y0, y1 = sheet.band
    depth = y1 - y0
    groove = hits.mean(axis=0) / max(float(hits.mean(axis=0).max()), 0.5)
    firm = np.where(groove >= 0.3, groove, 0.0)  # the groove's firm hits
    odd = float(firm[1::2].sum() / max(float(firm.sum()), 1e-6))  # on the e and a
    crown = 0.24 + 0.16 * odd  # a groove on the eighths cut flat, a sixteenth-y one tall
    height = float(rng.uniform(0.84, 0.92)) * depth
    width = min(height / 0.62, 1.05)
    cx = float(rng.uniform(0.44, 0.56))
    top = (y0 + y1) / 2 - height / 2
    stream = np.roll(hits, -busiest(hits, 2), axis=0).ravel()
    faces = _facets(cx, top, width, height, crown, int(rng.choice(CUTS)))
    for face in faces:
        sheet.poly(face, sheet.ink)
    for k, face in enumerate(faces):
        v, beat = float(stream[k % len(stream)]), k % 16
        if v < REST:
            continue
        mid = face.mean(axis=0)
        sheet.poly(mid + (face - mid) * (0.25 + 0.7 * v), sheet.colour(beat, v, sheet.mass))
    seam = aggdraw.Pen(sheet.field, max(1.0, 0.006 * sheet.size))
    for face in faces:
        sheet.draw.polygon((face * sheet.size).ravel().tolist(), seam)
    belt = top + crown * height
    for step in np.flatnonzero(groove >= 0.5):  # the glints: a hard hit at its hour
        hour = -np.pi / 2 + step * 2 * np.pi / 16
        gx = cx + 0.5 * width * 1.12 * np.cos(hour)
        gy = belt + 0.62 * height * np.sin(hour)
        size = 0.02 + 0.04 * float(groove[step])
        if y0 + size < gy < y1 - size and 0 < gx < 1:
            sheet.poly(star(gx, gy, size), sheet.mass)
    return (max(0.0, cx - width / 2 - 0.1), y0, min(1.0, cx + width / 2 + 0.1), y1)
