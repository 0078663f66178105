"""The onset grid's op-art figures with depth: each draws the song's onsets (bars x 16
sixteenths, 0..1 strength) under the title's band (kept at the top; the style flips
the picture for a low title) and returns the focal box it drew in.

A bulge (a checkerboard, a sixteenth a cell, each cell holding a mark as big as its
hit, swelling toward the viewer in a ball, after Vasarely's Vega), a tunnel (nested
frames running into the frame to an eye off-centre, a sixteenth a frame, each as
thick as its hit) and a moire (two gratings of bars, a sixteenth a bar as wide as its
hit, one turned a few degrees on the other, printed so their crossings cancel: the
interference runs across the frame in broad soft bands)."""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import Image, ImageChops

from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.onset_fields import envelope
from sleeve.engine.styles.cover_parts.onset_marks import KEEP_OUT, REST, Sheet, busiest, steps_of

TOP = KEEP_OUT + 0.01  # where the figures start under the title's band


def _cell_outline(n: int) -> np.ndarray:
    """A unit square's outline (0..1), `n` points a side, so a warp can bend it."""
    t = np.linspace(0, 1, n, endpoint=False)
    z, o = np.zeros(n), np.ones(n)
    return np.concatenate([np.stack(a, 1) for a in ((t, z), (o, t), (1 - t, o), (z, 1 - t))])


def bulge(sheet: Sheet, hits: np.ndarray) -> Box:
    """A checkerboard filling the frame under the title's band, a sixteenth a cell (the
    busier the rhythm, the finer the board),
    each cell holding a mark of the other colour as big as its hit (rests a speck),
    the board swelling toward the viewer in a ball low in the frame, so the cells at
    its crown are huge and those round its rim squeezed thin; downbeats' marks in the
    accent."""
    rng = sheet.rng
    busy = float((hits >= REST).mean())  # a busier rhythm packs the board finer
    cols = int(rng.choice((8, 10))) + 2 * int(round(2 * busy))
    cell = 1 / cols
    rows = int(np.ceil((1.0 - TOP) / cell))
    v = steps_of(hits, rows * cols, busiest(hits, rows * cols // 16 + 1))
    centre = np.array([float(rng.uniform(0.36, 0.64)), float(rng.uniform(0.74, 0.84))])
    radius = float(centre[1] - TOP - 0.004)
    swell = float(rng.uniform(1.1, 1.6))

    def warp(p: np.ndarray) -> np.ndarray:
        d = p - centre
        r = np.linalg.norm(d, axis=-1, keepdims=True) / radius
        return centre + d * np.where(r < 1, 1 + swell * (1 - r) ** 2, 1.0)

    row, col = (g.ravel() for g in np.mgrid[0:rows, 0:cols])
    origin = np.stack([col * cell, TOP + row * cell], 1)
    cells = warp(origin[:, None, :] + _cell_outline(5)[None] * cell)
    dark = (row + col) % 2 == 0
    for i in np.flatnonzero(dark):
        sheet.poly(cells[i], sheet.ink)
    t = np.linspace(0, 2 * np.pi, 24, endpoint=False)
    unit = np.stack([np.cos(t), np.sin(t)], 1) if sheet.shape == "dot" else _cell_outline(4) * 2 - 1
    played = v >= REST
    half = np.where(played, 0.5 * (0.2 + 0.58 * v**1.2), 0.0) * cell
    marks = warp(origin[:, None, :] + cell / 2 + half[:, None, None] * unit[None])
    eyes = warp(origin[:, None, :] + cell / 2 + 0.5 * half[:, None, None] * unit[None])
    for i in np.flatnonzero(played):  # a hit's mark, its eye in the cell's own colour
        base = sheet.field if dark[i] else sheet.ink
        sheet.poly(marks[i], sheet.colour(i, float(v[i]), base))
        sheet.poly(eyes[i], sheet.ink if dark[i] else sheet.field)
    return (0.0, TOP, 1.0, 1.0)


def tunnel(sheet: Sheet, hits: np.ndarray) -> Box:
    """Nested frames running from the edges of the frame under the title's band into
    an eye toward one side, a constant step in depth apart (wide in front, crowding at
    the eye), the corridor's four edges ruled from corner to eye, a sixteenth a frame,
    each as thick as its hit (rests hairlines in the faint ink), so the beat pulses
    down a corridor; downbeats' frames in the accent, the eye in the mass colour."""
    rng = sheet.rng
    n = int(rng.choice((12, 14, 16)))
    start = int(rng.integers(3, 8))  # the first downbeat a few frames in, never the rim
    v = np.roll(steps_of(hits, n, busiest(hits, n // 16 + 1)), start)
    side = float(rng.choice((-1, 1)))
    eye = np.array([0.5 + side * float(rng.uniform(0.14, 0.24)), float(rng.uniform(0.62, 0.72))])
    eye = np.tile(eye, 2)
    outer = np.array([-0.004, TOP, 1.004, 1.004])
    scale = 0.05 ** (np.arange(n + 1) / n)  # a constant step in depth: 1 down to the eye's
    rects = eye + (outer - eye) * scale[:, None]
    for k in range(n):
        played = v[k] >= REST
        share = 0.18 + 0.78 * float(v[k]) ** 1.2 if played else 0.08
        inner = eye + (outer - eye) * (scale[k] - (scale[k] - scale[k + 1]) * share)
        base = sheet.ink if played else sheet.ghost
        sheet.box(*rects[k], sheet.colour(k - start, float(v[k]), base))
        sheet.box(*inner, sheet.field)
    edge = 0.004 if sheet.size < 600 else 0.0025
    for cx, cy in ((0, 1), (2, 1), (2, 3), (0, 3)):  # the corridor's edges, corner to eye
        line = np.array([[outer[cx], outer[cy]], [rects[n][cx], rects[n][cy]]])
        sheet.stroke(line, edge, sheet.ink)
    sheet.box(*rects[n], sheet.mass)
    return (0.0, TOP, 1.0, 1.0)


def _print(size: int, quads: np.ndarray) -> Image.Image:
    """A mask of filled quadrilaterals ((n, 4, 2), fractions) over the frame below
    the title's band (the mask's top is the band's foot); those missing it skipped."""
    top = int(round(TOP * size))
    mask = Image.new("L", (size, size - top))
    draw = aggdraw.Draw(mask)
    brush = aggdraw.Brush(255)
    lo, hi = quads.min(axis=1), quads.max(axis=1)
    seen = (hi[:, 0] > 0) & (lo[:, 0] < 1) & (hi[:, 1] > TOP) & (lo[:, 1] < 1)
    for quad in quads[seen]:
        draw.polygon((quad * size - (0, top)).ravel().tolist(), brush)
    draw.flush()
    return mask


def moire(sheet: Sheet, hits: np.ndarray) -> Box:
    """Two gratings of bars half a pitch wide laid across the frame on a slant under
    the title's band, printed in the ink where exactly one of them lies, so where the
    bars coincide the print clears and where they alternate it goes solid: the second
    grating leans a little, so the interference stacks in broad bands down the frame,
    and each of its bars is pushed sideways by the hit under it, up to half a pitch (a
    bar of sixteenths along the width), so every band swells into the song's rhythm,
    echoed down the frame; the downbeats' bars of the first grating in the accent."""
    rng = sheet.rng
    pitch = 1.0 / int(rng.choice((22, 26, 30)))
    steps = int(rng.choice((16, 32)))
    first = int(rng.integers(2, 7))  # the bar read from this step: the downbeat off the edge
    v = np.roll(steps_of(hits, steps, busiest(hits, steps // 16)), first)
    u = np.arange(-0.7, 1.7, pitch)
    env = envelope(v, np.clip(u + pitch / 2, 0, 1), 1.3)
    lean = np.deg2rad(float(rng.uniform(24, 40)) * float(rng.choice((-1, 1))))
    pivot = np.array([float(rng.uniform(0.35, 0.65)), float(rng.uniform(0.6, 0.75))])
    tilt = float(rng.uniform(4.5, 6.5)) * pitch * float(rng.choice((-1, 1)))
    push = pitch * 0.5 * env  # a full hit half a pitch: the print inverts (more would alias)
    lo, hi = -0.9, 0.9  # the bars' ends, about the pivot (the frame's diagonal)
    c, s = np.cos(lean), np.sin(lean)
    turn = np.array([[c, -s], [s, c]])

    def bars(shift_lo: np.ndarray, shift_hi: np.ndarray) -> np.ndarray:
        x0 = u[:, None] - 0.5 + np.array([0.0, 1.0, 1.0, 0.0]) * pitch / 2
        x = x0 + np.stack([shift_lo, shift_lo, shift_hi, shift_hi], 1)
        y = np.broadcast_to(np.array([lo, lo, hi, hi]), x.shape)
        return np.stack([x, y], 2) @ turn.T + pivot

    zero = np.zeros_like(u)
    straight = bars(zero, zero)
    pushed = bars(push + tilt * lo, push + tilt * hi)
    both = ImageChops.difference(_print(sheet.size, straight), _print(sheet.size, pushed))
    beats = [d for d in range(first % 16, steps, 16) if v[d] >= REST]
    down = [int(np.argmin(np.abs(u + pitch / 2 - (d + 0.5) / steps))) for d in beats]
    hot = _print(sheet.size, straight[down])
    top = int(round(TOP * sheet.size))
    sheet.layers.extend([(both, sheet.ink, top), (hot, sheet.hot, top)])
    return (0.0, TOP, 1.0, 1.0)
