"""The onset grid's Truchet print: big square tiles, each holding two quarter-circle
arcs that join its edges' midpoints, cropped off the frame under the title's band (kept
at the top; the style flips the picture for a low title).

One tile a sixteenth, read in rows: every hit (not a ghost note) turns the tiles over
from there on, so the rhythm decides where the arcs meet and the bands meander. Two
cuts: 'fill' colours the regions the arcs divide in two inks (a parity colouring, so
the blobs are whole across the tiles), 'band' draws the arcs as one thick band, as
thick as the song's hits are strong. The round shape (a disc, a ring, a ring's hole)
nearest each played downbeat's tile is printed in the accent."""

from __future__ import annotations

import numpy as np
from scipy import ndimage

from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.onset_marks import KEEP_OUT, REST, Sheet, busiest, steps_of

GAP = 0.02  # field between the title's band and the tiles
ACCENT = 0.06  # the largest shape the accent prints, a share of the art
COARSE = 256  # the accent's shapes are found on a grid this many cells across
TURN = 0.3  # a hit this strong turns the tiles over (ghost notes do not)


def _tile(side: int, cut: str, width: float) -> np.ndarray:
    """One tile's coverage (side x side px, 0..1): its arcs about the top-left and
    bottom-right corners; 'fill' inks the middle band, 'band' a band `width` px wide
    along each arc (antialiased from the distance to the arc)."""
    t = (np.arange(side, dtype=np.float32) + 0.5) / side
    u, v = t[None, :], t[:, None]
    near = np.minimum(u * u + v * v, (1 - u) ** 2 + (1 - v) ** 2)  # to the nearer corner
    edge = (np.sqrt(near) - np.float32(0.5)) * np.float32(side)  # px from the arc, + inside
    if cut == "fill":
        return np.clip(edge + 0.5, 0.0, 1.0)
    return np.clip(np.float32(width / 2 + 0.5) - np.abs(edge), 0.0, 1.0)


def truchet(sheet: Sheet, hits: np.ndarray, cut: str, cols: int) -> Box:
    """Tiles `cols` across (cropped) from the title's band to the foot, one per
    sixteenth from the busiest bars, the arcs turned by the onsets; 'fill' or 'band'
    (module docstring), the band as thick as the song's hits are strong. Every tile is
    one of four pixel blocks (turned or not; in 'fill' the two inks swapped by the
    tile's parity, so the blobs are whole), laid out with one gather. Returns the
    focal box (the tiled part)."""
    s = sheet.size
    top = int(round((KEEP_OUT + GAP) * s))
    side = int(round(s / (cols - float(sheet.rng.uniform(0.3, 0.7)))))
    shift = int(float(sheet.rng.uniform(0.2, 0.8)) * side)  # the crop at the left, px
    rows, across = -(-(s - top) // side), -(-(s + shift) // side)
    n = rows * across
    seq = steps_of(hits, n, busiest(hits, n // 16 + 1)).reshape(rows, across)
    turn = np.cumsum(seq >= TURN).reshape(rows, across) % 2  # each hit turns the tiles over
    played = seq[seq >= TURN]
    width = side * (0.16 + 0.2 * (float(played.mean()) if played.size else 0.0))
    base = _tile(side, cut, width)
    blocks = np.stack([base, base[:, ::-1], 1 - base, 1 - base[:, ::-1]])
    kind = turn.copy()
    if cut == "fill":  # the parity colouring: a turned tile's inks swap with its place
        kind += 2 * ((np.add.outer(np.arange(rows), np.arange(across)) + turn) & 1)
    cover = blocks[kind].transpose(0, 2, 1, 3).reshape(rows * side, across * side)
    cover = cover[: s - top, shift : shift + s]
    sheet.paint(cover, top, sheet.mass if cut == "fill" else sheet.ink)
    down = (np.arange(n).reshape(rows, across) % 16 == 0) & (seq >= REST)
    cell = max(1, round(s / COARSE))
    inked = cover[::cell, ::cell] > 0.5
    tr, tc = np.nonzero(down)  # the played downbeats' tiles, their centres in cells
    beats = np.stack([(tr + 0.5) * side, (tc + 0.5) * side - shift], 1) / cell
    hot = _accented([inked, ~inked], beats, 0.12 * (side / cell) ** 2)
    if hot[0].any() or hot[1].any():
        grow = np.ones((cell, cell), bool)
        full, back = (np.kron(h, grow)[: cover.shape[0], : cover.shape[1]] for h in hot)
        sheet.paint(np.maximum(full * cover, back * (1 - cover)), top, sheet.hot)
    return (0.0, top / s, 1.0, 1.0)


def _accented(sets: list[np.ndarray], beats: np.ndarray, least: float) -> list[np.ndarray]:
    """Which cells of each set of shapes (the ink's and the field's, on the COARSE
    grid) print in the accent: for each played downbeat the whole round shape (a ring,
    a blob, the hole inside a ring; no teardrop) nearest its tile that lies wholly inside the frame
    and is small enough to stay an accent (at most ACCENT of the art: the long
    meanders and the open field stay as they are) but no speck (`least` cells at
    least), grown a cell so its edges are in."""
    found = []  # (set, label, row, col) of every candidate shape
    labelled, picks = [], []
    for k, shapes in enumerate(sets):
        labels, count = ndimage.label(shapes)
        labelled.append(labels)
        picks.append(np.zeros(count + 1, bool))
        area = np.bincount(labels.ravel(), minlength=count + 1)
        rows = np.bincount(labels.ravel(), np.indices(labels.shape)[0].ravel(), count + 1)
        cols = np.bincount(labels.ravel(), np.indices(labels.shape)[1].ravel(), count + 1)
        ok = (area <= ACCENT * shapes.size) & (area >= least)
        ok[0] = False  # not a shape
        ok[np.concatenate([labels[0], labels[-1], labels[:, 0], labels[:, -1]])] = False
        boxes = ndimage.find_objects(labels)
        for m in np.flatnonzero(ok):  # a shape cut by the frame reads as a fragment
            if _round(labels[boxes[m - 1]] == m):
                found.append((k, m, rows[m] / area[m], cols[m] / area[m]))
    if found and len(beats):
        at = np.array([(f[2], f[3]) for f in found])
        for beat in beats:
            k, m = found[int(np.argmin(np.hypot(*(at - beat).T)))][:2]
            picks[k][m] = True
    return [ndimage.binary_dilation(p[lab]) for p, lab in zip(picks, labelled, strict=True)]


def _round(shape: np.ndarray) -> bool:
    """Whether a shape (cut to its bounding box) is round, a disc or a ring: as tall as
    wide and alike turned a quarter (a teardrop's point moves to another corner)."""
    h, w = shape.shape
    if not 0.8 <= h / w <= 1.25:
        return False
    side = min(h, w)
    core = shape[(h - side) // 2 :][:side, (w - side) // 2 :][:, :side]
    turned = np.rot90(core)
    return bool((core & turned).sum() >= 0.85 * (core | turned).sum())
