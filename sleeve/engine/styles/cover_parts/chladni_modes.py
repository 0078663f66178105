"""Which modes a Chladni plate rings in, from the track's two loudest bands, its key,
its energy and the seed, so the figure is the song's and no two tracks share it.

A square plate's pair (n, m, sign, weight) is cos(n pi x) cos(m pi y) + sign cos(m pi x)
cos(n pi y), Chladni's own approximation; n and m of one parity keep the figure
mirror-symmetric both ways, and a minus sign makes both diagonals nodal lines that
cross at the clamp. Water in a round dish rings at one
wavenumber in a few angular orders (J_n(k r) cos(n theta)), so it stays n-fold.
"""

from __future__ import annotations

import numpy as np

RoundMode = tuple[int, int, float]
SquarePair = tuple[int, int, int, float]  # n, m, sign, weight


def lace_pairs(a: int, b: int, salt: int, detail: int = 0) -> list[SquarePair]:
    """A clamped plate's figure: a leading pair of 2..8 and 4..12 nodal lines (detail
    0..4, louder music finer) and a second pair of the same parities a step away, which
    bends the lattice into its own shape. Both ring with a minus sign, so the clamp at
    the centre is a node where the two diagonals cross: the figure is a star of
    crossing lines, never two round holes over a curve (a face)."""
    n = 2 + detail // 2 + (a + salt) % 3
    m = n + 2 * (1 + (b + salt // 3) % 2)
    n2, m2 = ((n, m + 2), (n + 2, m + 4), (n + 2, m + 2))[(b + salt // 7) % 3]
    weight = (0.3 + 0.4 * ((a * 5 + b + salt) % 7) / 6) * (1 if (a + salt) % 2 else -1)
    return [(n, m, -1, 1.0), (n2, m2, -1, weight)]


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
