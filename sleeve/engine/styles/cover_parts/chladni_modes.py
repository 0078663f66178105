"""Which modes a Chladni plate rings in, from the track's loudest bands, its key, its
energy and the seed, so different songs ring different figures.

A square plate's pair (n, m, sign) is cos(n pi x) cos(m pi y) + sign cos(m pi x)
cos(n pi y), Chladni's own approximation; n and m of one parity keep the figure
mirror-symmetric both ways, and a minus sign makes both diagonals nodal lines.
Water in a round dish rings at one
wavenumber in a few angular orders (J_n(k r) cos(n theta)), so it stays n-fold.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from sleeve.engine.styles.cover_parts import chladni_figures as fig


@dataclass(frozen=True)
class PlateMode:
    """One low mode: a square plate's cosine pair (n, m, sign) or a round plate's
    Bessel mode (n diameters, wavenumber k)."""

    n: int
    m: int = 0
    sign: int = 1
    k: float = 0.0
    mix: float = 0.0  # a round plate's ring mode J_0 rung with it: petals, not spokes


def square_mode(a: int, b: int, salt: int, detail: int = 0) -> PlateMode:
    """A square plate's figure with few lines and the square's full symmetry: n and m
    of one parity (mirror symmetric both ways), 1..5 and 3..9 lines, louder music
    (detail 0..3) a step finer; the sign makes the diagonals nodal or the rings."""
    n = 1 + (a + salt) % 3 + detail // 2
    m = n + 2 * (1 + (b + salt // 3 + detail) % 2)
    return PlateMode(n, m, 1 if (a + b + salt) % 2 else -1)


def round_mode(a: int, b: int, salt: int, detail: int = 0, least: int = 2) -> PlateMode:
    """A round plate's figure: n diameters (2..6, 4..12 spokes) or n petals and 1..3
    nodal circles (more for louder music, detail 0..3), the rim between two circles;
    `least` diameters at least (2..6)."""
    n = least + (a + salt) % (7 - least)
    rings = 1 + (b + salt // 5 + detail) % 2 + detail // 2
    zeros = bessel_zeros(n, rings + 1)
    # four to six diameters may ring with the ring mode: n petals round a centre (fewer
    # read as an oval or a face)
    mix = (0.0, 0.45, 0.8, -0.6)[(a + b + salt) % 4] if n >= 4 else 0.0
    return PlateMode(n, k=float(0.5 * (zeros[rings - 1] + zeros[rings])), mix=mix)


def bessel_zeros(n: int, count: int) -> list[float]:
    """The first `count` positive zeros of J_n, found on its table."""
    x = np.linspace(0.0, fig.BESSEL_X, 6000)
    y = fig.bessel(n, x.astype(np.float32))
    cross = np.nonzero(y[1:-1] * y[2:] < 0)[0] + 1
    found = [float(x[i] - y[i] * (x[i + 1] - x[i]) / (y[i + 1] - y[i])) for i in cross]
    return [z for z in found if z > 1.0][:count]


WaterMode = tuple[int, float]  # n-fold, weight


def water_modes(a: int, b: int, salt: int, detail: int = 0) -> tuple[float, list[WaterMode]]:
    """A standing wave on water in a round dish: one wavenumber (k, in radii; louder
    music rings shorter waves) and the angular orders that share it, an n-fold mandala
    (5..12 fold) with its double and a ring mode filling the middle."""
    n = 5 + (a + salt) % 8
    k = np.pi * (6 + 2 * detail + (b + salt // 3) % 3)
    pick = (salt // 5 + b) % 3
    second = (2 * n, 0.45 + 0.1 * pick) if pick else (n + n // 2 * 2, 0.5)
    return float(k), [(n, 1.0), second, (0, 0.35 + 0.1 * ((a + b) % 3))]
