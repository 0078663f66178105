"""Plans shared by the chladni, grain-gradient and energy-rings covers: where the
subject sits away from the title's band (calm_zone says which band), and the focal
box kept on the cover."""

from __future__ import annotations

import numpy as np


def subject_y(side: str, offset: float) -> float:
    """The vertical centre for a subject pushed `offset` (fraction of the side) from the
    middle away from the title's band."""
    return 0.5 + offset if side == "top" else 0.5 - offset


def clip_box(box: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    """A focal box (x0, y0, x1, y1) clipped to the cover."""
    x0, y0, x1, y1 = (float(np.clip(v, 0.0, 1.0)) for v in box)
    return x0, y0, x1, y1
