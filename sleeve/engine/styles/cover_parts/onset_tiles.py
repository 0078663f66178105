"""The onset grid's Truchet print: big square tiles, each holding two quarter-circle
arcs that join its edges' midpoints, cropped off the frame under the title's band (kept
at the top; the style flips the picture for a low title).

One tile a sixteenth, read in rows: every hit (not a ghost note) turns the tiles over
from there on, so the rhythm decides where the arcs meet and the bands meander. Two cuts:
'fill' colours the regions the arcs divide in two inks (a parity colouring, so the
blobs are whole across the tiles), 'band' draws the arcs as thick bands swelling with
the song's energy across the width. The downbeats' tiles carry the accent."""

from __future__ import annotations

import numpy as np
from scipy import ndimage

from sleeve.engine import signals
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.onset_marks import KEEP_OUT, REST, Sheet, busiest, steps_of

GAP = 0.02  # field between the title's band and the tiles
ACCENT = 0.06  # the largest shape the accent prints, a share of the art
TURN = 0.3  # a hit this strong turns the tiles over (ghost notes do not)


def _grid(sheet: Sheet, cols: int) -> tuple[np.ndarray, np.ndarray, float, int]:
    """Each art pixel's tile coordinates (x across, y down, in tiles), the tile's side
    in pixels and the art's first pixel row: the tiles cropped by a seeded offset at
    the sides and the foot."""
    s = sheet.size
    top = int(round((KEEP_OUT + GAP) * s))
    side = s / (cols - float(sheet.rng.uniform(0.3, 0.7)))
    shift = float(sheet.rng.uniform(0.2, 0.8)) * side
    x = (np.arange(s, dtype=np.float32) + 0.5 + shift) / side
    y = (np.arange(s - top, dtype=np.float32) + 0.5) / side
    return x, y, side, top


def truchet(sheet: Sheet, hits: np.ndarray, cut: str, cols: int) -> Box:
    """Tiles `cols` across (cropped) from the title's band to the foot, one per
    sixteenth from the busiest bars, the arcs turned by the onsets; 'fill' or 'band'
    (module docstring). Returns the focal box (the tiled part)."""
    x, y, side, top = _grid(sheet, cols)
    i, j = np.floor(x).astype(np.int32), np.floor(y).astype(np.int32)
    rows = int(j[-1]) + 1
    n = rows * (int(i[-1]) + 1)
    seq = steps_of(hits, n, busiest(hits, n // 16 + 1)).reshape(rows, -1)
    turn = np.cumsum(seq >= TURN).reshape(rows, -1) % 2  # each hit turns the tiles over
    o = turn[j[:, None], i[None, :]]
    u = x - i
    v = (y - j)[:, None]
    u = np.where(o == 1, 1.0 - u[None, :], u[None, :])  # the mirrored tile
    d = np.minimum(np.hypot(u, v), np.hypot(1.0 - u, 1.0 - v))  # to the nearer corner
    edge = (d - 0.5) * side  # pixels from the arc, + in the middle band
    down = (np.arange(n).reshape(rows, -1) % 16 == 0) & (seq >= REST)
    if cut == "fill":
        middle = np.clip(edge + 0.5, 0.0, 1.0)
        parity = ((i[None, :] + j[:, None] + o) & 1).astype(bool)
        cover = np.where(parity, 1.0 - middle, middle)
        colour = sheet.mass
    else:
        swell = signals.resample(signals.smooth(seq.max(axis=0), 1), len(x)).astype(np.float32)
        width = side * (0.16 + 0.2 * swell)[None, :]
        cover = np.clip(width / 2 - np.abs(edge) + 0.5, 0.0, 1.0)
        colour = sheet.ink
    sheet.paint(cover, top, colour)
    down_px = down[j[:, None], i[None, :]]
    inked = cover > 0.5
    for shapes, alpha in ((inked, cover), (~inked, 1.0 - cover)):
        sheet.paint(alpha * _accented(shapes, down_px), top, sheet.hot)
    return (0.0, top / sheet.size, 1.0, 1.0)


def _accented(shapes: np.ndarray, down: np.ndarray) -> np.ndarray:
    """Which pixels print in the accent: the whole `shapes` (a ring, a blob, the hole
    inside a ring) that pass through a played downbeat's tile and are small enough to
    stay an accent (at most ACCENT of the art; the long meanders and the open field
    stay as they are), edges included."""
    labels, _ = ndimage.label(shapes)
    area = np.bincount(labels.ravel())
    through = np.zeros(len(area), bool)
    through[np.unique(labels[down])] = True
    chosen = through & (area <= ACCENT * shapes.size)
    chosen[0] = False  # not a shape
    return ndimage.binary_dilation(chosen[labels], iterations=2)
