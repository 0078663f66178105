"""Which modes a Chladni plate rings in: two modes at once, picked from the track's
bands, its key and the seed, so the figure is intricate and no two tracks share it.

A square plate's mode (n, m, sign, weight) draws cos(n pi x) cos(m pi y) + sign *
cos(m pi x) cos(n pi y); n and m of one parity keep the figure symmetric about the
plate's centre lines, and both modes share that parity, so the pair keeps the plate's
mirror symmetry (a shared sign keeps its diagonals, the other sign bends them).
A round plate's (n, s, weight) is J_n with s rings;
the second is a ring mode or one of twice the first's symmetry (the same n, or an
odd multiple, keeps the first's radial lines: a spider's web), so it stays n-fold.
"""

from __future__ import annotations

import numpy as np

SquareMode = tuple[int, int, float, float]
RoundMode = tuple[int, int, float]


def square_modes(a: int, b: int, salt: int, detail: int = 1) -> list[SquareMode]:
    """Two square-plate modes of one parity (detail 0: a small plate's lower modes,
    2: a big plate's higher ones)."""
    n = 2 + 2 * detail + (a + salt) % (3 if detail == 0 else 5)
    m = n + 2 * (1 + (b + salt // 7) % (2 if detail == 0 else 3))
    sign = 1.0 if (a + b + salt // 3) % 2 else -1.0
    options = ((n + 2, m), (n, m + 2), (max(n - 2, n % 2), m + 2), (n + 2, m + 4))
    n2, m2 = options[(salt // 11 + b) % len(options)]
    if n2 == m2:
        m2 += 2
    weight = 0.25 + 0.1 * ((a + 3 * salt) % 5)
    sign2 = sign if (salt // 17 + a) % 3 == 0 else -sign  # the other sign bends the X
    return [(n, m, sign, 1.0), (n2, m2, sign2, weight)]


def round_modes(a: int, b: int, salt: int, detail: int = 1) -> list[RoundMode]:
    """Two or three round-plate modes sharing an n-fold symmetry (detail as above)."""
    n = (2 if detail == 0 else 4) + (a + salt) % (4 if detail == 0 else 6)
    s = 1 + detail + (b + salt // 5) % 3
    pick = (salt // 13 + a) % 3
    second = ((2 * n, max(1, s - 1)), (2 * n, s), (0, s + 1))[pick]
    weight = 0.3 + 0.08 * ((b + salt) % 5)
    out: list[RoundMode] = [(n, s, 1.0), (second[0], second[1], weight)]
    if pick < 2 and (salt + b) % 2 == 0:
        out.append((0, s + 1 + (a % 2), 0.3))  # a ring mode: concentric circles join in
    return out


def figure(
    shape: str, key: tuple[int, int, int], rng: np.random.Generator, detail: int = 1
) -> tuple[str, list]:
    """('round' | 'square', modes) for a plate of `shape` (a violin rings in square
    modes) from (band, band, salt)."""
    a, b, salt = key
    salt += int(rng.integers(4))
    if shape == "round":
        return "round", round_modes(a, b, salt, detail)
    return "square", square_modes(a, b, salt, detail)
