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
COARSE = 4  # the accent's shapes are found on a grid this many pixels a cell
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
    u = np.where(o == 1, np.float32(1) - u[None, :], u[None, :])  # the mirrored tile
    near = np.minimum(u * u + v * v, (1 - u) ** 2 + (1 - v) ** 2)  # to the nearer corner
    edge = (np.sqrt(near) - np.float32(0.5)) * np.float32(side)  # px from the arc, + inside
    down = (np.arange(n).reshape(rows, -1) % 16 == 0) & (seq >= REST)
    if cut == "fill":
        middle = np.clip(edge + 0.5, 0.0, 1.0)
        parity = ((i[None, :] + j[:, None] + o) & 1).astype(bool)
        cover = np.where(parity, 1.0 - middle, middle)
        colour = sheet.mass
    else:
        swell = signals.resample(signals.smooth(seq.max(axis=0), 1), len(x)).astype(np.float32)
        width = (side * (0.08 + 0.1 * swell) + 0.5).astype(np.float32)[None, :]
        cover = np.clip(width - np.abs(edge), 0.0, 1.0)
        colour = sheet.ink
    sheet.paint(cover, top, colour)
    coarse = (slice(None, None, COARSE),) * 2
    down_px = down[j[coarse[0], None], i[None, coarse[1]]]
    inked = cover[coarse] > 0.5
    hot = _accented(inked, down_px), _accented(~inked, down_px)
    if hot[0].any() or hot[1].any():
        full = np.kron(hot[0], np.ones((COARSE, COARSE), bool))[: cover.shape[0], : cover.shape[1]]
        back = np.kron(hot[1], np.ones((COARSE, COARSE), bool))[: cover.shape[0], : cover.shape[1]]
        sheet.paint(np.where(full, cover, np.where(back, 1 - cover, 0)), top, sheet.hot)
    return (0.0, top / sheet.size, 1.0, 1.0)


def _accented(shapes: np.ndarray, down: np.ndarray) -> np.ndarray:
    """Which pixels print in the accent: the whole `shapes` (a ring, a blob, the hole
    inside a ring) that pass through a played downbeat's tile and are small enough to
    stay an accent (at most ACCENT of the art; the long meanders and the open field
    stay as they are), on the COARSE grid, grown a cell so the edges are in."""
    labels, _ = ndimage.label(shapes)
    area = np.bincount(labels.ravel())
    through = np.zeros(len(area), bool)
    through[np.unique(labels[down])] = True
    chosen = through & (area <= ACCENT * shapes.size)
    chosen[0] = False  # not a shape
    return ndimage.binary_dilation(chosen[labels])
