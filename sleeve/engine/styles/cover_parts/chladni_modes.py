"""Which modes a Chladni plate rings in, from the track's two loudest bands, its key,
its energy and the seed, so the figure is the song's and no two tracks share it.

A square plate's pair (n, m, sign, weight) is cos(n pi x) cos(m pi y) + sign cos(m pi x)
cos(n pi y), Chladni's own approximation; n and m of one parity keep the figure
mirror-symmetric both ways (a plus sign keeps its diagonals too), so it reads as a
whole figure, a mandala, never a fragment. Water in a round dish rings at one
wavenumber in a few angular orders (J_n(k r) cos(n theta)), so it stays n-fold.
"""

from __future__ import annotations

import numpy as np

RoundMode = tuple[int, int, float]
SquarePair = tuple[int, int, int, float]  # n, m, sign, weight


def square_pairs(
    a: int, b: int, salt: int, detail: int = 1, plain: bool = False
) -> list[SquarePair]:
    """A square plate's figure: a leading pair and, most of the time, a second pair of
    the same parities (so the same symmetry) at a weight of either sign set by the
    bands and the salt, which bends the figure into its own shape; `detail` (0..4,
    louder music higher) raises the mode numbers. A `plain` figure (for a big plate)
    rings in even modes with a plus sign, symmetric every way a square is (a flower,
    a rosette): no cross of straight lines through the middle and no nodal diagonals,
    which read as a crosshair or a crossed-out box at that size."""
    if plain:
        n = 2 * ((a + salt) % 3) + 2 * (detail // 3)
        m = n + 2 * (1 + (b + salt // 3) % 2) + (2 if n == 0 else 0)  # (0, 2): one diamond
        sign = 1
    else:
        n = 1 + detail // 2 + (a + salt) % 3
        n += n % 2 if (a + salt // 5) % 3 else 1 - n % 2  # mostly even: curves, not bars
        m = n + 2 * (1 + (b + salt // 3) % 2)
        sign = -1 if (a + b + salt // 7) % 4 == 0 else 1  # minus: nodal diagonals
    pairs: list[SquarePair] = [(n, m, sign, 1.0)]
    pick = (salt // 11 + b) % 5
    if n == 0:  # alone, (0, m) rings a plain lattice of diamonds
        pick = pick or 1
    if pick:  # a second pair bends the first (pick 0: the pure figure)
        n2 = n + 2 if pick % 2 else abs(n - 2)
        m2 = m if pick < 3 else m - 2  # never finer than the first: finer wrinkles it
        if n2 == m2:
            m2 += 2
        weight = (0.35 + 0.45 * ((a * 7 + b * 3 + salt) % 10) / 9) * (1 if pick % 2 else -1)
        pairs.append((n2, m2, sign, weight))
    return pairs


def lace_pairs(a: int, b: int, salt: int, detail: int = 0) -> list[SquarePair]:
    """A high mode for the lace, a plate rung hard: a leading pair of 3..10 and 5..16
    nodal lines (detail 0..4, louder music finer) and a second pair of the same
    parities a step away, which bends the lattice into its own weave."""
    n = 3 + detail + (a + salt) % 4
    m = n + 2 * (1 + (b + salt // 3) % 3)
    sign = -1 if (a + b + salt // 5) % 3 == 0 else 1
    n2, m2 = ((n + 2, m), (n, m + 2), (max(1, n - 2), m + 2))[(b + salt // 7) % 3]
    weight = (0.3 + 0.4 * ((a * 5 + b + salt) % 7) / 6) * (1 if (a + salt) % 2 else -1)
    return [(n, m, sign, 1.0), (n2, m2, sign, weight)]


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
