"""Chladni plate geometry: the standing wave's amplitude over the cover on a square
plate (Chladni's cosine pairs), computed on a grid of `res` cells across the cover,
and the Bessel tables and polar grid the round dish of water rings in. Plates are
given in fractions of the cover, so a figure looks the same at any size.
"""

from __future__ import annotations

from dataclasses import dataclass
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


@dataclass(frozen=True)
class Plate:
    """A square plate laid on the cover: its centre and half width (fractions of the
    cover) and its turn (radians)."""

    centre: tuple[float, float]
    half: float
    turn: float = 0.0


def plate_field(
    plate: Plate, pairs: list, res: int
) -> tuple[np.ndarray, np.ndarray, tuple[np.ndarray, np.ndarray]]:
    """The amplitude (res x res over the cover, RMS 1 on the plate), the signed distance
    to the plate's edge (in plate halves, negative inside) and the plate's own (u, v)
    coordinates (plate halves from its centre, turned with it). The plate rings in
    Chladni's cosine `pairs` (n, m, sign, weight) over its box."""
    t = _axis(res)
    dx = (t[None, :] - plate.centre[0]) / plate.half
    dy = (t[:, None] - plate.centre[1]) / plate.half
    c, s = np.float32(np.cos(plate.turn)), np.float32(np.sin(plate.turn))
    u, v = c * dx + s * dy, -s * dx + c * dy
    seat = (u, v)
    edge = np.maximum(np.abs(u), np.abs(v)) - 1.0
    xs, ys = np.pi * (u + 1) / 2, np.pi * (v + 1) / 2
    field = np.zeros((res, res), np.float32)
    for n, m, sign, weight in pairs:
        field += np.float32(weight) * (
            np.cos(n * xs) * np.cos(m * ys) + sign * np.cos(m * xs) * np.cos(n * ys)
        )
    on = edge < 0
    rms = float(np.sqrt(np.mean(field[on] ** 2))) if on.any() else 1.0
    return field / np.float32(max(rms, 1e-6)), edge.astype(np.float32), seat
