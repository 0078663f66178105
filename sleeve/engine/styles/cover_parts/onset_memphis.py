"""The onset grid's Memphis tiles (after Sottsass's and Du Pasquier's patterns and
Truchet's tiles): the song laid out as a wall of square tiles, a bar a row (the rows
read through the song in order), a beat a tile, each tile a shape the hit picks: a
rest a confetti of dots (the wall stays whole on a calm song), a soft hit a zigzag,
a firmer one a quarter disc swung from a corner, a hard one a half disc, a played
downbeat a full disc in the accent, every shape as big as it hits. The song's
loudest section gets the one giant tile (four tiles merged, a quarter disc as big as
the section is busy, in the accent when its downbeats play), the cover's bold area;
the energy curve swaps the loud sections' two colours. The tempo and the energy set
the tiles' size (a calm song five a row, a fast one seven), the seed the giant tile's
column, how far each row's beats slide on (a running bond, so the downbeats form no
column) and how the shapes turn, in order with the beat and the row (a Truchet wall,
not confetti). Returns the focal box."""

from __future__ import annotations

import aggdraw
import numpy as np

from sleeve.engine.styles.cover_parts.onset_marks import REST, Sheet, sector

Box = tuple[float, float, float, float]
CORNERS = ((0, 0), (1, 0), (1, 1), (0, 1))


def _quarter(sheet: Sheet, x: float, y: float, cell: float, corner: int, r: float, colour) -> None:
    """A quarter disc of radius r*cell swung from one corner of the tile at (x, y)."""
    cx, cy = CORNERS[corner]
    start = (np.pi / 2) * ((corner + 0) % 4)
    sheet.poly(
        sector(x + cx * cell, y + cy * cell, 0.0, r * cell, start, start + np.pi / 2, 12), colour
    )


def _squiggle(sheet: Sheet, x: float, y: float, cell: float, v: float, turn: int) -> None:
    """Memphis's zigzag across the tile, across or down it by `turn`, as thick as it hits."""
    t = np.linspace(0.12, 0.88, 6)
    wave = 0.5 + np.where(np.arange(6) % 2, 0.16, -0.16)
    u, w = (t, wave) if turn % 2 else (wave, t)
    points = np.stack([x + u * cell, y + w * cell], 1) * sheet.size
    pen = aggdraw.Pen(sheet.ink, sheet.size * cell * (0.06 + 0.12 * v))
    sheet.draw.line(points.ravel().tolist(), pen)


def _grit(sheet: Sheet, x: float, y: float, cell: float) -> None:
    """A rest: Memphis's confetti of dots, three by three, so the wall stays whole."""
    at = np.array([0.22, 0.5, 0.78]) * cell
    for dx in at:
        for dy in at:
            sheet.disc(x + dx, y + dy, cell * 0.045, sheet.mass)


def _tile(
    sheet: Sheet, x: float, y: float, cell: float, step: int, v: float, turn: int, loud: bool
) -> None:
    """One tile's shape for a hit of strength v on `step`: the quarter discs in the
    second colour and the half discs in the ink, swapped in a loud section."""
    quarter, half = (sheet.ink, sheet.mass) if loud else (sheet.mass, sheet.ink)
    if v < REST:
        _grit(sheet, x, y, cell)
        return
    if step % 16 == 0:
        sheet.disc(x + cell / 2, y + cell / 2, cell * (0.3 + 0.18 * v), sheet.hot)
    elif v < 0.4:
        _squiggle(sheet, x, y, cell, v, turn)
    elif v < 0.75:
        _quarter(sheet, x, y, cell, turn, 0.7 + 0.3 * v, quarter)
    else:
        a = (np.pi / 2) * turn
        sheet.poly(
            sector(x + cell / 2, y + cell / 2, 0.0, cell * (0.3 + 0.2 * v), a, a + np.pi, 16), half
        )


def memphis(sheet: Sheet, hits: np.ndarray, swell: np.ndarray) -> Box:
    """A wall of tiles over the art, a bar a row through the song, a beat a tile; one
    giant tile (the accent on a played downbeat) in the loudest section's rows."""
    rng = sheet.rng
    y0, y1 = sheet.band
    # a fast song more, smaller tiles; a calm one the fewest that still fill the wall
    cols = 5 if sheet.tempo < 98 or sheet.drive < 0.45 else (6 if sheet.tempo < 150 else 7)
    cell = 1.0 / cols
    rows = int(np.ceil((y1 - y0) / cell))
    top = y0 if sheet.top else y1 - rows * cell  # whole tiles from the title's edge
    at = (np.arange(rows) + 0.5) / rows  # each row a stretch of the song, in order
    bars = hits[(at * len(hits)).astype(int)]
    loud = np.interp(at, np.linspace(0, 1, len(swell)), swell)
    shift = int(rng.integers(1, cols))  # each row starts that many tiles on: no columns
    # the shapes turn in order with the beat and the row (a Truchet wall, not confetti)
    twist = int(rng.integers(0, 4))
    turns = (np.arange(cols)[None, :] + twist * np.arange(rows)[:, None] + rng.integers(0, 4)) % 4
    gx = int(rng.integers(0, cols - 1))
    gy = int(np.argmax(loud[:-1] + loud[1:]))  # the giant sits in the loud section
    for r in range(rows):
        for c in range(cols):
            if gx <= c <= gx + 1 and gy <= r <= gy + 1:
                continue
            beat = (c + r * shift) % cols
            step = beat * 16 // cols
            v = float(bars[r, step : (beat + 1) * 16 // cols].max())
            _tile(sheet, c * cell, top + r * cell, cell, step, v, int(turns[r, c]), loud[r] > 0.55)
    busy = float(bars[gy : gy + 2].mean())  # how much of the section is played
    if busy >= REST / 4:  # the accent when a downbeat plays there, else the second colour
        giant = sheet.hot if bars[gy : gy + 2, 0].max() >= REST else sheet.mass
        corner = int(turns[gy, gx])
        _quarter(sheet, gx * cell, top + gy * cell, 2 * cell, corner, 0.55 + min(0.45, busy), giant)
    return (0.0, y0, 1.0, y1)
