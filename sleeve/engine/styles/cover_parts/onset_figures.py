"""The onset grid's two figure prints: the song's onsets (bars x 16 sixteenths, 0..1)
set as one bold flat figure, cropped by the frame and kept out of the title's band.
Each returns the focal box it drew in (fractions).

- nested: concentric squares, one per bar, round an off-centre point of the art; a
  square's four sides are its four beats and each side four sixteenths, a played one
  a block as thick as its hit, a rest the ring's thin line; the downbeats in the
  accent, a diagonal out from the centre;
- flips: big half-square triangles, a tile an eighth, each turning a quarter on an
  onset (half a turn on a hard one) and holding still on a rest, as big as its hit,
  so a steady beat draws zigzags and a broken one diamonds and chevrons."""

from __future__ import annotations

import numpy as np

from sleeve.engine.raster import RGB
from sleeve.engine.styles.cover_parts.onset_marks import REST, Sheet, busiest, steps_of

Box = tuple[float, float, float, float]
HARD = 0.75  # a hit this strong turns a tile half round
LINE = 0.14  # a ring's rest: a thin line, a share of the ring's pitch


def nested(sheet: Sheet, hits: np.ndarray, energy: np.ndarray) -> Box:
    """Concentric squares round a centre low in the art band and off the middle, one
    ring per bar walking out from the centre; each side a beat cut in four blocks,
    every fourth ring (a phrase) in the mass colour."""
    rng = sheet.rng
    y0, y1 = sheet.band
    pitch = float(rng.uniform(0.085, 0.105))
    cx = float(rng.uniform(0.6, 0.72))
    cy = (y0 + 0.62 * (y1 - y0)) if sheet.top else (y0 + 0.38 * (y1 - y0))
    rings = int(np.ceil(1.1 / pitch))
    first = busiest(hits, rings)
    bars = np.roll(hits, -first, axis=0)
    for r in range(rings):
        bar = bars[r % len(bars)]
        inner = (r + 1.0) * pitch
        ink = sheet.mass if r % 4 == 3 else sheet.ink
        for step in range(16):
            v = float(bar[step])
            thick = pitch * (LINE + (0.7 - LINE) * v if v >= REST else LINE)
            colour = sheet.colour(step, v, ink)
            _block(sheet, cx, cy, inner, thick, step, colour, (y0, y1), 0.0 if v < REST else 0.06)
    return (0.0, y0, 1.0, y1)


def _block(
    sheet: Sheet,
    cx: float,
    cy: float,
    inner: float,
    thick: float,
    step: int,
    colour: RGB,
    band: tuple[float, float],
    cut: float,
) -> None:
    """One sixteenth of a ring: side `step // 4` (top, right, bottom, left, clockwise)
    cut in four, the block on the ring's inner edge and `thick` deep, `cut` of its
    length left open at its ends, clipped to the art band."""
    side, part = divmod(step, 4)
    span = 2 * inner  # the ring's inner side
    gap = cut * span / 4
    a = -inner + part * span / 4 + gap / 2
    b = a + span / 4 - gap
    if side == 0:
        box = (cx + a, cy - inner - thick, cx + b, cy - inner)
    elif side == 1:
        box = (cx + inner, cy + a, cx + inner + thick, cy + b)
    elif side == 2:
        box = (cx - b, cy + inner, cx - a, cy + inner + thick)
    else:
        box = (cx - inner - thick, cy - b, cx - inner, cy - a)
    top, bottom = max(box[1], band[0]), min(box[3], band[1])
    if bottom > top:
        sheet.box(box[0], top, box[2], bottom, colour)


def flips(sheet: Sheet, hits: np.ndarray, energy: np.ndarray) -> Box:
    """Half-square triangles across the art band from its far edge, which cuts the first
    row through the middle, an eighth a tile: an onset turns the
    tile a quarter (a hard one half round), a rest keeps the last tile's turn; the
    downbeats in the accent, every other bar's hard hits in the mass colour."""
    rng = sheet.rng
    y0, y1 = sheet.band
    side = float(rng.choice((1 / 4, 1 / 5)))
    cols = int(np.ceil(1.0 / side))
    rows = int(np.floor((y1 - y0) / side - 0.5)) + 1  # whole tiles on the title's side
    first = busiest(hits, max(1, rows * cols // 8 + 1))
    pairs = steps_of(hits, 2 * rows * cols, first).reshape(-1, 2)
    turn = int(rng.integers(4))
    for i, (a, b) in enumerate(pairs):
        v = float(max(a, b))
        if v >= REST:
            turn += 2 if v >= HARD else 1
        r, c = divmod(i, cols)
        x = c * side
        y = (y1 - (r + 0.5) * side) if sheet.top else (y0 + (r - 0.5) * side)
        colour = sheet.colour(2 * i % 16, float(a))
        if colour == sheet.ink and v >= HARD and (i // 8) % 2:
            colour = sheet.mass
        leg = 0.3 + 0.7 * v if v >= REST else 0.3
        _triangle(sheet, x, y, side, turn % 4, leg, colour)
    return (0.0, y0, 1.0, y1)


def _triangle(
    sheet: Sheet,
    x: float,
    y: float,
    side: float,
    turn: int,
    leg: float,
    colour: RGB,
) -> None:
    """The half of the tile at (x, y) that lies on the corner `turn` names, shrunk to
    `leg` of the tile towards that corner."""
    corners = np.array([(x, y), (x + side, y), (x + side, y + side), (x, y + side)])
    pts = np.roll(corners, -turn, axis=0)[:3]
    sheet.poly(pts[1] + leg * (pts - pts[1]), colour)
