"""The onset grid's woven print: the song's bars as warp strips and its sixteenths as
weft strips crossing them on a slant in a plain weave; a hit turns its crossing over
in a square as big as the hit (the downbeat's in the accent), a flaw in the cloth."""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.cover_parts.onset_marks import REST, Sheet, busiest

Box = tuple[float, float, float, float]


def _quad(corners: np.ndarray, turn: float, mid: np.ndarray) -> np.ndarray:
    """(n, 2) grid-space points turned by `turn` radians round the art's middle."""
    cos, sin = np.cos(turn), np.sin(turn)
    x, y = corners[:, 0], corners[:, 1]
    return np.stack([x * cos - y * sin, x * sin + y * cos], 1) + mid


def _rect(x0: float, y0: float, x1: float, y1: float) -> np.ndarray:
    return np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]])


def weave(sheet: Sheet, hits: np.ndarray, energy: np.ndarray) -> Box:
    """Warp strips in the ink (a bar each), weft strips under them (a sixteenth each,
    the middle one the downbeat's) in the mass colour (or the accent, or a grey between
    ink and field), 5-8 across (fewer for a slow song), turned 30-60 degrees, the weft
    over every other crossing; a hit turns its crossing over in a square as big as it."""
    rng = sheet.rng
    y0, y1 = sheet.band
    across = float(np.clip(5.0 + (sheet.tempo - 90.0) / 25.0, 5.0, 7.5)) + rng.uniform(0, 0.8)
    pitch = 1.0 / across
    strip = float(rng.uniform(0.62, 0.78)) * pitch
    turn = np.radians(float(rng.choice((-1.0, 1.0)) * rng.uniform(30.0, 60.0)))
    mid = np.array([0.5, (y0 + y1) / 2])
    reach = int(np.ceil(0.8 / pitch)) + 1
    span = (reach + 0.5) * pitch
    first = busiest(hits, 4)
    weft = sheet.mass if sheet.mass != sheet.ink else sheet.hot  # a grey palette's accent
    if weft == sheet.ink:  # no colour at all: a grey halfway to the field
        weft = tuple((a + b) // 2 for a, b in zip(sheet.ink, sheet.field, strict=True))
    for c in range(-reach, reach + 1):  # the weft, under
        x = c * pitch
        sheet.poly(_quad(_rect(x - strip / 2, -span, x + strip / 2, span), turn, mid), weft)
    for r in range(-reach, reach + 1):  # the warp, over
        y = r * pitch
        sheet.poly(_quad(_rect(-span, y - strip / 2, span, y + strip / 2), turn, mid), sheet.ink)
    for r in range(-reach, reach + 1):
        bar = hits[(first + r + reach) % len(hits)]
        for c in range(-reach, reach + 1):
            x, y = c * pitch, r * pitch
            up = (r + c) % 2 == 0  # a plain weave: the weft over every other crossing
            if up:
                full = _rect(x - strip / 2, y - strip / 2, x + strip / 2, y + strip / 2)
                sheet.poly(_quad(full, turn, mid), weft)
            step = c % 16  # the middle weft the downbeat's
            v = float(bar[step])
            if v < REST:
                continue
            half = 0.5 * strip * (0.3 + 0.7 * v)  # a hit turns its crossing over
            square = _rect(x - half, y - half, x + half, y + half)
            sheet.poly(_quad(square, turn, mid), sheet.colour(step, v, sheet.ink if up else weft))
    return (0.0, y0, 1.0, y1)
