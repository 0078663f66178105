"""Bokeh building blocks: out-of-focus discs summed as
light in numpy at a small resolution, and where each scene puts its lights.

A light is a row of LIGHT_FIELDS: centre x, y and radius (fractions of the side),
colour index, opacity. Scenes return (lights, focal box or None).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from sleeve.engine import compose

Box = compose.Box
RES = 384  # side of the light field; the discs are soft, so it is scaled up


def _shape(dx: np.ndarray, dy: np.ndarray, r: float) -> np.ndarray:
    """One disc's coverage (0..1) at offsets dx, dy (pixels): a soft edge, a slightly
    brighter rim (a lens's onion ring) and a faint dimmer centre."""
    d = np.sqrt(dx * dx + dy * dy) / r
    edge = max(1.2 / r, 0.04)
    body = np.clip((1.0 - d) / edge + 0.5, 0.0, 1.0)
    rim = np.exp(-(((d - 0.93) / 0.07) ** 2))
    return body * (0.72 + 0.1 * d) + 0.35 * rim * body


Shape = Callable[[np.ndarray, np.ndarray, float, float, float], np.ndarray]


def light_field(
    lights: np.ndarray, colours: np.ndarray, res: int = RES, shape: Shape | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Sum the lights: (res, res, 3) light (premultiplied colour) and (res, res) coverage.

    lights: (n, 5) rows of x, y, radius, colour index, opacity; colours: (k, 3) in 0..1.
    shape(dx, dy, radius, x, y): one light's coverage at pixel offsets dx, dy from its
    centre (x, y the centre as fractions); a round disc when None."""
    light = np.zeros((res, res, 3), np.float32)
    cover = np.zeros((res, res), np.float32)
    for x, y, r, ci, alpha in lights:
        rp = max(float(r) * res, 0.8)
        cx, cy = float(x) * res, float(y) * res
        x0, x1 = max(0, int(cx - rp - 2)), min(res, int(cx + rp + 3))
        y0, y1 = max(0, int(cy - rp - 2)), min(res, int(cy + rp + 3))
        if x0 >= x1 or y0 >= y1:
            continue
        dy, dx = np.mgrid[y0:y1, x0:x1].astype(np.float32)
        dx, dy = dx + 0.5 - cx, dy + 0.5 - cy
        seen = _shape(dx, dy, rp) if shape is None else shape(dx, dy, rp, float(x), float(y))
        s = seen * float(alpha)
        cover[y0:y1, x0:x1] += s
        light[y0:y1, x0:x1] += s[..., None] * colours[int(ci)]
    return light, cover


def light_rows(*columns: float | np.ndarray) -> np.ndarray:
    """Stack per-light x, y, radius, colour index, opacity (arrays or scalars) into
    (n, 5) light rows."""
    cols = np.broadcast_arrays(*(np.atleast_1d(np.asarray(v, np.float64)) for v in columns))
    return np.stack(cols, 1)
