"""The onset grid's scale print: the art split like a quadtree, the loud part of the
song left as a few huge blocks and the quiet part broken into many small ones, each
block a sixteenth filled as big as its hit. Returns the focal box it drew in."""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.cover_parts.onset_marks import REST, Sheet, busiest

Box = tuple[float, float, float, float]
ASKS = (0.75, 0.5)  # how loud (ranked) a bar's, a beat's block must be to stay whole
DEPTH = len(ASKS) + 1  # how many times a quiet block splits (a huge block to a 1/8 one)


def _loudness(x: float, y: float, side: float, loud: np.ndarray, diagonal: bool) -> float:
    """How loud the song is across a block (time along x, or along the diagonal)."""
    ts = np.linspace(x, x + side, 17)
    if diagonal:
        ts = (ts + np.linspace(y, y + side, 17)) / 2
    return float(np.interp(np.clip(ts, 0, 1), np.linspace(0, 1, len(loud)), loud).mean())


def _leaves(
    x: float, y: float, side: float, level: int, loud: np.ndarray, diagonal: bool, cut: float = 0.7
) -> list[tuple[float, float, float, int]]:
    """(x, y, side, level) of the blocks: a block splits in four while the song across
    it (`loud` ranked 0..1) is quieter than its level asks (`cut` for a whole block)."""
    asks = 0.0 if level >= DEPTH else (cut, *ASKS)[level]
    if _loudness(x, y, side, loud, diagonal) >= asks:
        return [(x, y, side, level)]
    half = side / 2
    out: list[tuple[float, float, float, int]] = []
    for dx in (0.0, half):
        for dy in (0.0, half):
            out += _leaves(x + dx, y + dy, half, level + 1, loud, diagonal, cut)
    return out


def blocks(sheet: Sheet, hits: np.ndarray, energy: np.ndarray) -> Box:
    """Big squares 2-3 across the art, split where the song is quiet: the blocks take
    the song in playing order, a small one a sixteenth, a huge one a bar or four, its
    square as big as its hardest hit (a huge one a disc in the mass colour, the others
    squares in the ink, on a played downbeat in the accent); a small rest leaves calm
    field."""
    rng = sheet.rng
    y0, y1 = sheet.band
    across = int(rng.choice((2, 3)))
    side = 1.0 / across
    diagonal = bool(rng.random() < 0.5)
    stream = np.roll(hits, -busiest(hits, 4), axis=0).ravel()
    loud = np.argsort(np.argsort(energy)) / max(len(energy) - 1, 1)  # ranked: the loud
    # part of any song stays huge, its quiet part breaks up
    rows = int(np.ceil((y1 - y0) / side))
    top = y0 if sheet.top else y1 - side * rows
    places = [(c * side, top + r * side) for r in range(rows) for c in range(across)]
    best = max(_loudness(x, y, side, loud, diagonal) for x, y in places)
    leaves = []  # the loudest block stays whole, whatever the song
    for x, y in places:
        leaves += _leaves(x, y, side, 0, loud, diagonal, min(0.7, best))
    k = 0
    for x, y, s, level in leaves:
        span = 4 ** (DEPTH - level)  # a block holds a sixteenth, a beat, a bar or four
        v = float(stream[np.arange(k, k + span) % len(stream)].max())
        beat, first = k % 16, float(stream[k % len(stream)])
        k += span
        if v < REST and level >= 2:  # a small rest: calm field
            continue
        fill = 0.12 if v < REST else (0.5 if level == 0 else 0.3) + 0.45 * v
        inset = s * (1.0 - fill) / 2
        colour = sheet.mass if level == 0 else sheet.colour(beat, first)
        colour = sheet.ink if v < REST else colour
        if level == 0:  # the huge ones round, a circle of hits among the squares
            sheet.disc(x + s / 2, y + s / 2, s / 2 - inset, colour)
        else:
            sheet.box(x + inset, y + inset, x + s - inset, y + s - inset, colour)
    return (0.0, y0, 1.0, y1)
