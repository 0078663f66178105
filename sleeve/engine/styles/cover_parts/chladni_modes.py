"""Which modes a Chladni plate rings in, from the track's two loudest bands, its key,
its energy and the seed, so the figure is the song's and no two tracks share it.

A square plate's pair (n, m, sign, weight) is cos(n pi x) cos(m pi y) + sign cos(m pi x)
cos(n pi y), Chladni's own approximation; n and m of one parity keep the figure
mirror-symmetric both ways (a plus sign keeps its diagonals too), so it reads as a
whole figure, a mandala, never a fragment. A round plate's (n, s, weight) is J_n with
s rings; the second is a ring mode or one of twice the first's symmetry, so it stays
n-fold.
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


SHEET = [  # Chladni's low figures, coarse to fine, mostly even: odd ones cross with bars
    (1, 3, 1), (0, 4, 1), (2, 4, 1), (1, 5, 1), (0, 6, 1), (2, 6, 1),
    (3, 5, 1), (0, 8, 1), (4, 6, 1), (2, 8, 1), (4, 8, 1), (6, 8, 1),
]  # fmt: skip


def sheet_pairs(a: int, b: int, salt: int, count: int, fine: float = 0.5) -> list[list[SquarePair]]:
    """`count` (up to 8) different square figures for a specimen sheet: Chladni's low
    figures, a run of them from a point set by `fine` (0..1, denser music further
    along, to finer figures) and the track's bands, in an order set by the seed, each
    bent a little by one shared weaker pair (the track's own bend; a strong or finer
    one makes lace at this size)."""
    count = min(count, 8)
    first = round(fine * (len(SHEET) - 8)) + (a + salt) % 3
    run = SHEET[min(first, len(SHEET) - count) :][:count]
    turn = (b + salt) % count
    chosen = run[turn:] + run[:turn]
    bend = (0.12 + 0.03 * ((a * 3 + b + salt) % 7)) * (1 if salt % 2 else -1)
    return [[(n, m, sign, 1.0), (n + 2, m, sign, bend)] for n, m, sign in chosen]


def round_modes(a: int, b: int, salt: int, detail: int = 1) -> list[RoundMode]:
    """Two or three round-plate modes sharing an n-fold symmetry (detail 0..2), four
    fold at least: a three-bladed figure reads as the radiation hazard sign."""
    n = 4 + (a + salt) % (3 if detail == 0 else 5)
    s = 1 + detail + (b + salt // 5) % 3
    pick = (salt // 13 + a) % 3
    second = ((2 * n, max(1, s - 1)), (2 * n, s), (0, s + 1))[pick]
    weight = 0.3 + 0.08 * ((b + salt) % 5)
    out: list[RoundMode] = [(n, s, 1.0), (second[0], second[1], weight)]
    if pick < 2 and (salt + b) % 2 == 0:
        out.append((0, s + 1 + (a % 2), 0.3))  # a ring mode: concentric circles join in
    return out


def figure(key: tuple[int, int, int], rng: np.random.Generator, detail: int = 1) -> list[RoundMode]:
    """A round plate's modes from (band, band, salt), the salt moved by the seed."""
    a, b, salt = key
    return round_modes(a, b, salt + int(rng.integers(4)), detail)
