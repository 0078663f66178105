"""The onset grid's five prints: the song's onsets (bars x 16 sixteenths, 0..1) drawn
as one deliberate graphic, set big, cropped by the frame and kept out of the title's
band. Each returns the focal box it drew in (fractions).

- sequencer: a drum machine seen from above, 16 steps x 4-8 tracks (a track a bar),
  every pad outlined, a played pad lit as big as its hit, the downbeats in the accent,
  the step lights over the grid; cropped so a bar runs off the frame;
- wheel: a euclidean rhythm wheel, a ring per bar with a dot per hit, the busiest bar
  the accent ring and its hits joined into the rhythm's polygon in the mass colour;
  set big and off-centre, run off the frame;
- dots: a halftone mass, a dot per sixteenth as big as its hit times the distance to
  the song's peak, so the loudest moment forms a huge cropped disc of dots;
- bars: one strip of bold bars (a bar a sixteenth, as wide as its hit) running the
  full width through a flat field of the palette's colour;
- maze: big Truchet arcs forming a maze, each tile turned by the seed and by its
  sixteenth's hit, its line as thick as the hit, so the onsets break the maze."""

from __future__ import annotations

import aggdraw
import numpy as np

from sleeve.engine.styles.cover_parts.onset_marks import REST, Sheet, busiest, steps_of

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
    shown = float(rng.uniform(9.5, 11.5))  # steps across the frame: the bar runs off it
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


def dots(sheet: Sheet, hits: np.ndarray, energy: np.ndarray) -> Box:
    """A halftone mass: a dot per sixteenth, as big as its hit and as near the centre
    of the song's peak, which sits at the peak's time across the frame."""
    rng = sheet.rng
    y0, y1 = sheet.band
    cols = int(rng.choice((14, 16)))
    pitch = 1.0 / cols
    rows = int(np.ceil((y1 - y0 - 0.03) / pitch))
    peak = float(np.argmax(energy)) / max(len(energy) - 1, 1)
    cx = 0.08 + 0.25 * peak  # off to a side (the mirror picks which), later peaks inward
    reach = float(rng.uniform(0.6, 0.72))
    cy = y1 - 0.35 * (y1 - y0) if sheet.top else y0 + 0.35 * (y1 - y0)
    first = busiest(hits, max(1, rows * cols // 16))
    flat = steps_of(hits, rows * cols, first)
    for r in range(rows):
        y = (y1 - (r + 0.5) * pitch) if sheet.top else (y0 + (r + 0.5) * pitch)
        for c in range(cols):
            v = float(flat[r * cols + c])
            x = (c + 0.5) * pitch
            near = 1.0 - np.hypot(x - cx, y - cy) / reach
            if near <= 0.0:
                sheet.disc(x, y, 0.05 * pitch, sheet.ink)
                continue
            size = 0.56 * pitch * min(1.0, 1.6 * near) ** 0.8 * (0.3 + 0.7 * v)
            if v < REST:
                size = 0.1 * pitch
            sheet.disc(x, y, size, sheet.colour(c % 16 if cols == 16 else c, v))
    return (0.0, y0, 1.0, y1)


def bars(sheet: Sheet, hits: np.ndarray, energy: np.ndarray) -> Box:
    """One strip of bold bars running the full width: a slot per sixteenth, a bar as
    wide as its hit, a rest a gap, the downbeats in the accent, on a flat field."""
    rng = sheet.rng
    y0, y1 = sheet.band
    height = float(rng.uniform(0.3, 0.42)) * (y1 - y0)
    mid = y0 + float(rng.uniform(0.55, 0.7)) * (y1 - y0)
    if not sheet.top:
        mid = y1 - (mid - y0)
    top, bot = mid - height / 2, mid + height / 2
    count = int(rng.choice((32, 48)))
    first = busiest(hits, max(1, count // 16))
    flat = steps_of(hits, count, first)
    slot = 1.0 / (count - 0.5)

    for i, v in enumerate(flat):
        x = i * slot
        if v < REST:  # a rest is a gap in the strip
            continue
        width = max(slot * (0.1 + 0.85 * float(v)), 0.006)
        sheet.box(x, top, x + width, bot, sheet.colour(i, float(v)))
    line = 0.012
    sheet.box(0.0, bot + 0.02, 1.0, bot + 0.02 + line, sheet.ink)
    return (0.0, top, 1.0, bot + 0.04)


def maze(sheet: Sheet, hits: np.ndarray, energy: np.ndarray) -> Box:
    """Truchet tiles, big: two quarter arcs a tile, turned by the seed and flipped by
    a hit; the arc as thick as its sixteenth's hit, a rest's arc a hairline."""
    rng = sheet.rng
    y0, y1 = sheet.band
    side = float(rng.choice((1 / 4, 1 / 5)))
    cols = int(np.ceil(1.0 / side))
    rows = int(np.ceil((y1 - y0) / side - 0.02))
    first = busiest(hits, max(1, rows * cols // 16))
    flat = steps_of(hits, rows * cols, first)
    turns = rng.integers(0, 2, rows * cols)
    s = sheet.size
    for i, v in enumerate(flat):
        r, c = divmod(i, cols)
        x = c * side
        y = (y1 - (r + 1) * side) if sheet.top else (y0 + r * side)
        v = float(v)
        turn = (turns[i] + (1 if v >= 0.5 else 0)) % 2
        width = side * (0.1 + 0.34 * v) if v >= REST else side * 0.04
        colour = sheet.colour(i % 16, v)
        pen = aggdraw.Pen(colour, max(1.0, width * s))
        # aggdraw turns counter-clockwise: each arc the quarter inside the tile
        corners = ((x, y, 270, 360), (x + side, y + side, 90, 180))
        if turn:
            corners = ((x + side, y, 180, 270), (x, y + side, 0, 90))
        for ax, ay, a0, a1 in corners:
            h = side / 2
            box = (s * (ax - h), s * (ay - h), s * (ax + h), s * (ay + h))
            sheet.draw.arc(box, a0, a1, pen)
    sheet.draw.flush()
    return (0.0, y0, 1.0, y1)
