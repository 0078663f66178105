"""Chladni geometry: the Bessel tables and the polar grid round plates and the dish
of water ring in (the square plate's amplitude is chladni_cymatics'). Plates are given
in fractions of the cover, so a figure looks the same at any size.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

BESSEL_X = 60.0  # the Bessel tables cover 0..BESSEL_X


@lru_cache(maxsize=32)
def _bessel(n: int) -> np.ndarray:
    """J_n on 0..BESSEL_X (1536 samples, linear between them is within 2e-4) from its
    integral form."""
    x = np.linspace(0.0, BESSEL_X, 1536, dtype=np.float32)[:, None]
    tau = np.linspace(0.0, np.pi, 129, dtype=np.float32)[None, :]
    return np.trapezoid(np.cos(n * tau - x * np.sin(tau)), dx=np.pi / 128, axis=1) / np.pi


def bessel(n: int, x: np.ndarray) -> np.ndarray:
    """J_n(x) looked up (linearly) in its table; x is clipped to the table."""
    table = _bessel(n)
    x = np.minimum(x, BESSEL_X)
    return np.interp(x, np.linspace(0.0, BESSEL_X, len(table)), table).astype(np.float32)


def _axis(res: int) -> np.ndarray:
    """Cell centres across the cover, 0..1."""
    return (np.arange(res, dtype=np.float32) + 0.5) / res


def polar(centre: tuple[float, float], radius: float, res: int) -> tuple[np.ndarray, np.ndarray]:
    """(r, theta) of every cell of the cover around `centre`, r in radii."""
    x = (_axis(res) - centre[0]) / radius
    y = (_axis(res) - centre[1]) / radius
    return np.hypot(x[None, :], y[:, None]), np.arctan2(y[:, None], x[None, :])
