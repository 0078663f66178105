"""The onset grid's three prints: the song's onsets (bars x 16 sixteenths, 0..1) set as
one bold flat structure, label-art style, cropped off the frame's edges and kept out
of the title's band. Each returns the focal box it drew in (fractions).

- sequence: the step grid set huge, a row per bar and a column per sixteenth, each
  cell's square as big as the strongest onset in it, the downbeats in the accent;
  the grid runs off the frame, so a bar's last steps and the last bars are cropped;
- quarters: quarter-circle tiles, a tile an eighth, the disc as big as the hit (a
  rest's small) and turned to the corner its strength (and its row) names, a bold
  two-ink pattern;
- roll: a piano roll, a lane per bar and a rounded bar per note from its onset to the
  next, as thick as the hit, the lanes wider than the frame."""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.cover_parts.onset_marks import REST, Sheet, busiest, steps_of

Box = tuple[float, float, float, float]


def _rows_from(sheet: Sheet, pitch: float, margin: float) -> tuple[float, int, int]:
    """(first row's top y, rows drawn, step of rows: +1 down or -1 up): the grid starts
    at the title's side of the art band (at least `margin` from it) and runs off the
    frame's far edge, which cuts its last row through the middle."""
    y0, y1 = sheet.band
    room = y1 - y0 - margin
    margin += room - (np.floor(room / pitch - 0.5) + 0.5) * pitch
    rows = int(np.ceil((y1 - y0 - margin) / pitch)) + 1
    if sheet.top:
        return y0 + margin, rows, 1
    return y1 - margin - pitch, rows, -1


def sequence(sheet: Sheet, hits: np.ndarray, energy: np.ndarray) -> Box:
    """The step grid, huge and cropped: squares sized by the hit, rests a small dot."""
    rng = sheet.rng
    pitch = float(rng.uniform(0.1, 0.15))
    gap = float(rng.uniform(0.06, 0.12))  # the gutter at full size
    left = float(rng.uniform(0.04, 0.07))
    left = 1.0 - (np.floor((1.0 - left) / pitch - 0.5) + 0.5) * pitch  # the edge cuts a column
    top, rows, way = _rows_from(sheet, pitch, 0.04)
    cols = int(np.ceil((1.0 - left) / pitch)) + 1
    first = busiest(hits, rows)
    y0, y1 = sheet.band
    for r in range(rows):
        bar = hits[(first + r) % hits.shape[0]]
        y = top + way * r * pitch
        for c in range(min(cols, 16)):
            v = float(bar[c])
            cx, cy = left + (c + 0.5) * pitch, y + 0.5 * pitch
            if v < REST:
                sheet.disc(cx, cy, 0.05 * pitch, sheet.ink)
                continue
            half = 0.5 * pitch * (1.0 - gap) * (0.3 + 0.7 * v)
            lo, hi = max(cy - half, y0), min(cy + half, y1)
            if hi > lo:
                sheet.box(cx - half, lo, cx + half, hi, sheet.colour(c, v))
    return (0.0, y0, 1.0, y1)


def quarters(sheet: Sheet, hits: np.ndarray, energy: np.ndarray) -> Box:
    """Quarter-circle tiles: a tile an eighth (its stronger sixteenth), its disc's
    radius the hit and its corner turned by the hit's strength and its row, so full
    hits join into bold circles and waves."""
    rng = sheet.rng
    side = float(rng.choice((1 / 3, 1 / 4, 1 / 5)))
    y0, y1 = sheet.band
    top, rows, way = _rows_from(sheet, side, 0.0)
    cols = int(np.ceil(1.0 / side)) + 1
    first = busiest(hits, max(1, rows * cols // 8 + 1))
    pairs = steps_of(hits, 2 * rows * cols, first).reshape(-1, 2)
    steps = pairs.max(axis=1)
    turn = int(rng.integers(4))
    corners = ((0, 0), (1, 0), (1, 1), (0, 1))
    for i, v in enumerate(steps):
        r, c = divmod(i, cols)
        x, y = c * side, top + way * r * side
        v = float(v)
        level = min(3, int(v * 4))
        kx, ky = corners[(level + r + turn) % 4]
        radius = side * (min(1.0, 0.4 + 0.75 * v) if v >= REST else 0.22)
        cx, cy = x + kx * side, y + ky * side
        colour = sheet.colour(2 * i % 16, float(pairs[i, 0]))
        _quarter(sheet, cx, cy, radius, kx, ky, colour, (y0, y1))
    return (0.0, y0, 1.0, y1)


def _quarter(
    sheet: Sheet,
    cx: float,
    cy: float,
    radius: float,
    kx: int,
    ky: int,
    colour: tuple[int, int, int],
    band: tuple[float, float],
) -> None:
    """A quarter disc centred on a tile's corner, opening into the tile, clipped to the
    art band."""
    a0 = np.pi / 2 * {(0, 0): 0, (1, 0): 1, (1, 1): 2, (0, 1): 3}[(kx, ky)]
    t = np.linspace(a0, a0 + np.pi / 2, 24)
    pts = np.vstack([(cx, cy), np.column_stack([cx + radius * np.cos(t), cy + radius * np.sin(t)])])
    pts[:, 1] = np.clip(pts[:, 1], *band)
    sheet.poly(pts, colour)


def roll(sheet: Sheet, hits: np.ndarray, energy: np.ndarray) -> Box:
    """A piano roll: a lane per bar wider than the frame, each note a rounded bar from
    its onset to the next (at most a beat), as thick as the hit."""
    rng = sheet.rng
    lane = float(rng.uniform(0.075, 0.11))
    width = float(rng.uniform(1.15, 1.6))  # a bar's width against the frame's
    start = float(rng.uniform(0.03, 0.06))
    top, rows, way = _rows_from(sheet, lane, 0.03)
    first = busiest(hits, rows)
    step = width / 16
    y0, y1 = sheet.band
    for r in range(rows):
        bar = hits[(first + r) % hits.shape[0]]
        played = [c for c in range(16) if bar[c] >= REST]
        cy = top + way * r * lane + 0.5 * lane
        for n, c in enumerate(played):
            nxt = played[n + 1] if n + 1 < len(played) else 16
            v = float(bar[c])
            length = min(nxt - c, 4) * step - 0.012
            half = 0.5 * lane * (0.18 + 0.7 * v)
            x0 = start + c * step
            if x0 > 1.0:
                continue
            _pill(sheet, x0, cy, max(length, 2 * half), half, sheet.colour(c, v))
    return (0.0, y0, 1.0, y1)


def _pill(sheet: Sheet, x0: float, cy: float, length: float, half: float, colour) -> None:
    """A bar with round ends, `length` long and 2*half thick, from x0."""
    sheet.box(x0 + half, cy - half, x0 + length - half, cy + half, colour)
    sheet.disc(x0 + half, cy, half, colour)
    sheet.disc(x0 + length - half, cy, half, colour)
