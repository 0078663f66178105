"""The topographic style's range: the song's terrain as a block diagram seen at an
angle, as in a geography plate. The map (its flat bands, the lowest inked rather
than the paper) is lifted by its height and drawn front to back, so near ridges hide
far ones; its contours are traced on the lifted surface (so they bunch on the slopes
that face away and open out on the ones that face the viewer, and every silhouette
gets a line); the block's cut front face shows the strata in the bands' inks, a
shade deeper. It stands in the free ground, the title in the sky or the paper below.

Returns a float RGB canvas (work x work, 0..255).
"""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.cover_parts import topo_print as press
from sleeve.engine.styles.cover_parts.topo_inks import Inks

F32 = np.float32
LIFT = 0.3  # the highest ground's rise on screen, share of the side
DEPTH = 0.32  # how deep the block's top runs on screen, back to front
THICK = 0.06  # the front face below the lowest ground


def _frame(zone: str) -> tuple[float, float, float]:
    """(left, right, the block's lowest screen line) for a title zone."""
    if zone == "right":
        return 0.04, 0.6, 0.9
    if zone == "bottom":
        return 0.04, 0.96, 0.62
    return 0.04, 0.96, 0.95


def block(e_small: np.ndarray, inks: Inks, levels: float, work: int, zone: str) -> np.ndarray:
    """The block diagram of `e_small` (land 0..1) on the paper (see the module's note)."""
    inks = inks._replace(ramp=inks.ramp[1:])  # the block's lowest ground inked, not paper
    h_plan = press.steps(e_small, levels, work)[0]
    left, right, base = _frame(zone)
    span = int((right - left) * work)
    cols = np.clip(np.linspace(0, work - 1, span).astype(np.int32), 0, work - 1)
    h_plan = h_plan[:, cols]
    rows, width = h_plan.shape
    z = np.clip(h_plan / levels, 0.0, 1.0)
    ground = DEPTH * np.arange(rows, dtype=F32)[:, None] / (rows - 1)
    rise = float((ground - z * LIFT).min())  # the highest point's screen row at top 0
    # its highest point just below a top title's band, its foot in the frame; on a
    # bottom title's band, its back cropped by the frame
    foot = base - THICK - DEPTH
    top = foot if zone == "bottom" else min(0.37 - rise, foot)
    sy = (top + ground - z * LIFT) * work  # each surface point's screen row
    fronts = np.minimum.accumulate(sy[::-1], axis=0)[::-1]  # rising from back to front
    big = 4.0 * work
    keys = (fronts + np.arange(width, dtype=F32)[None, :] * big).T.ravel()
    ys = np.arange(work, dtype=F32)
    query = (ys[None, :] + np.arange(width, dtype=F32)[:, None] * big).ravel()
    row = (np.searchsorted(keys, query, side="right").reshape(width, work) - 1).T
    row -= np.arange(width)[None, :] * rows
    seen = row >= 0
    r = np.clip(row, 0, rows - 1)
    hs = h_plan[r, np.arange(width)[None, :]]
    front_y = sy[-1][None, :]
    face = seen & (row == rows - 1) & (ys[:, None] > front_y + 0.5)
    depth = (ys[:, None] - front_y) / (LIFT * work)
    # the height each point of the face is cut at (never the shore: it would ink it)
    strata = np.maximum(z[-1][None, :] - depth, 0.5 / levels)
    hs = np.where(face, strata * levels, hs)
    img = press.bands(hs, inks, levels)  # the flat bands: a function of the height
    img[face] += (np.asarray(inks.line, F32) - img[face]) * 0.12  # the cut, shaded
    gy, gx = np.gradient(hs)
    slope = np.maximum(np.hypot(gx, gy), 1e-3)
    slope[face] = 1.0 / (LIFT * work / levels)
    inside = seen & (ys[:, None] <= (top + DEPTH + THICK) * work)
    drawn = press.draw_lines(img, hs, slope, inks, work)
    out = np.empty((work, work, 3), F32)
    out[:] = np.asarray(inks.paper, F32)
    edge = np.zeros((work, work), bool)
    x0 = int(left * work)
    edge[:, x0 : x0 + width] = inside
    out[edge] = drawn[inside]
    return _outline(out, edge, inks)


def _outline(img: np.ndarray, inside: np.ndarray, inks: Inks) -> np.ndarray:
    """The block's silhouette inked (a pixel of the block beside the paper)."""
    ring = np.roll(inside, 1, 0) & np.roll(inside, -1, 0)
    rim = inside & ~(ring & np.roll(inside, 1, 1) & np.roll(inside, -1, 1))
    img[rim] += (np.asarray(inks.line, F32) - img[rim]) * 0.9
    return img
