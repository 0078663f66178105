"""The onset grid's two instrument prints: the song's onsets (bars x 16 sixteenths,
0..1) drawn as one deliberate graphic, set big, cropped by the frame and kept out of
the title's band. Each returns the focal box it drew in (fractions).

- sequencer: a drum machine seen from above, 16 steps x 4-8 tracks (a track a bar),
  every pad outlined, a played pad lit as big as its hit, the downbeats in the accent,
  the step lights over the grid; cropped (close or wide) so a bar runs off the frame;
- wheel: a euclidean rhythm wheel, a ring per bar with a dot per hit, the busiest bar
  the accent ring and its hits joined into the rhythm's polygon in the mass colour;
  set big and off-centre, run off the frame."""

from __future__ import annotations

import aggdraw
import numpy as np

from sleeve.engine.styles.cover_parts.onset_marks import REST, Sheet, busiest

Box = tuple[float, float, float, float]


def _pen(sheet: Sheet, colour: tuple[int, int, int], width: float) -> aggdraw.Pen:
    return aggdraw.Pen(colour, max(1.0, width * sheet.size))


def _clip(sheet: Sheet, lo: float, hi: float) -> tuple[float, float]:
    y0, y1 = sheet.band
    return max(lo, y0), min(hi, y1)


def sequencer(sheet: Sheet, hits: np.ndarray, energy: np.ndarray) -> Box:
    """The step grid of a drum machine, huge: pads outlined, lit ones filled as big as
    their hit, a row of step lights along the title's side of the grid."""
    rng = sheet.rng
    y0, y1 = sheet.band
    tracks = int(rng.integers(4, 9))
    shown = float(
        rng.choice((6.5, 8.5, 10.5)) + rng.uniform(0, 1)
    )  # steps across: the bar runs off
    pitch = 1.0 / shown
    left = float(rng.uniform(0.03, 0.06))
    rows = np.roll(hits, -busiest(hits, tracks), axis=0)
    lights = 0.35 * pitch
    room = (y1 - y0) - 0.06 - lights
    row_h = max(room / min(tracks, 5.5), pitch * 0.75)
    gap = 0.14 * min(pitch, row_h)
    line = 0.012
    if sheet.top:
        start, way = y0 + 0.04 + lights, 1
    else:
        start, way = y1 - 0.04 - lights - row_h, -1
    # the step lights: a small bar over each column, every fourth in the mass colour
    ly = start - lights if way == 1 else y1 - 0.04 - lights * 0.6
    for c in range(16):
        x = left + c * pitch
        colour = sheet.mass if c % 4 == 0 else sheet.ink
        sheet.box(x + gap, ly, x + gap + 0.35 * pitch, ly + 0.14 * pitch, colour)
    for t in range(tracks):
        bar = rows[t % len(rows)]
        y = start + way * t * row_h
        for c in range(16):
            x = left + c * pitch
            a, b = x + gap / 2, x + pitch - gap / 2
            top, bot = _clip(sheet, y + gap / 2, y + row_h - gap / 2)
            if bot <= top or a > 1.0:
                continue
            sheet.draw.rectangle(
                (a * sheet.size, top * sheet.size, b * sheet.size, bot * sheet.size),
                _pen(sheet, sheet.ink, line),
            )
            v = float(bar[c])
            if v < REST:
                continue
            inset = 0.5 * (1.0 - (0.35 + 0.65 * v)) * min(b - a, row_h - gap)
            top, bot = _clip(sheet, y + gap / 2 + inset, y + row_h - gap / 2 - inset)
            if bot > top:
                sheet.box(a + inset, top, b - inset, bot, sheet.colour(c, v))
    return (0.0, y0, 1.0, y1)


def wheel(sheet: Sheet, hits: np.ndarray, energy: np.ndarray) -> Box:
    """Concentric rings, a bar each, 16 places round; a hit a dot as big as it, a rest a
    tick; the busiest bar's ring in the accent, its hits joined into the rhythm's
    polygon; the wheel set big off the middle and run off the frame."""
    rng = sheet.rng
    y0, y1 = sheet.band
    depth = y1 - y0
    radius = float(rng.uniform(0.8, 0.95)) * depth
    cx = float(rng.uniform(0.58, 0.66))
    cy = y0 + radius + 0.02 if sheet.top else y1 - radius - 0.02
    rings = int(rng.integers(4, 7))
    first = busiest(hits, rings)
    bars = np.roll(hits, -first, axis=0)
    lead = int(rng.integers(rings // 2, rings))  # the accent ring
    pitch = radius / (rings + 0.5)
    angles = -np.pi / 2 + 2 * np.pi * np.arange(16) / 16
    s = sheet.size
    lead_r = (lead + 1) * pitch
    lead_bar = bars[lead % len(bars)]
    strong = lead_bar >= max(REST, 0.5 * float(lead_bar.max()))  # its hard hits
    if strong.sum() > 9:  # a bar of all hits: its strongest eight make the polygon
        strong = lead_bar >= np.sort(lead_bar)[-8]
    reach = lead_r * (0.45 + 0.55 * lead_bar[strong])  # a corner as far out as its hit
    pts = np.stack([cx + reach * np.cos(angles[strong]), cy + reach * np.sin(angles[strong])], 1)
    shape = sheet.mass if sheet.mass != sheet.ink else sheet.hot
    if len(pts) >= 3 and shape != sheet.ink:  # the rhythm's polygon, a flat shape
        sheet.poly(pts, shape)
    for r in range(rings):
        ring = (r + 1) * pitch
        hot = r == lead
        sheet.draw.ellipse(
            (s * (cx - ring), s * (cy - ring), s * (cx + ring), s * (cy + ring)),
            _pen(sheet, sheet.hot if hot else sheet.ink, 0.007 if hot else 0.0035),
        )
        bar = bars[r % len(bars)]
        for step, (a, v) in enumerate(zip(angles, bar, strict=True)):
            x, y = cx + ring * np.cos(a), cy + ring * np.sin(a)
            if v < REST:
                sheet.disc(x, y, 0.07 * pitch, sheet.ink)
                continue
            dot = 0.36 * pitch * (0.3 + 0.7 * float(v))
            sheet.disc(x, y, dot, sheet.hot if hot else sheet.colour(step, float(v)))
    return (0.0, y0, 1.0, y1)
