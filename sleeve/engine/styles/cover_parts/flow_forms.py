"""The tracer the painted strokes (flow_strokes) share: streamlines integrated
through an angle field at RES x RES, in fractions of the side. (The strand forms,
the vortex last, were retired for the streamline prints of flow_lines: art
directors read their loose strands as scribbles.)
"""

from __future__ import annotations

import numpy as np

RES = 192  # the angle field's resolution
STEP = 0.008  # integration step, in sides (about 8 px at 1024: aggdraw joins them smoothly)


def trace(angles: np.ndarray, seeds: np.ndarray, steps: int) -> np.ndarray:
    """Integrate all streamlines at once: (steps, n, 2) positions in 0..1 (the field
    looked up by flat index, x and y kept apart: no per-step stacking or clipping
    wrappers, which cost more than the arithmetic)."""
    path = np.empty((steps, len(seeds), 2))
    cos, sin = (np.cos(angles) * STEP).ravel(), (np.sin(angles) * STEP).ravel()
    x, y = seeds[:, 0].copy(), seeds[:, 1].copy()
    top = RES - 1
    for k in range(steps):
        path[k, :, 0], path[k, :, 1] = x, y
        ix = np.minimum(np.maximum((x * RES).astype(np.intp), 0), top)
        iy = np.minimum(np.maximum((y * RES).astype(np.intp), 0), top)
        cell = iy * RES + ix
        x, y = x + cos[cell], y + sin[cell]
    return path
