"""Which modes a Chladni plate rings in: two modes at once, picked from the track's
bands, its key and the seed, so the figure is intricate and no two tracks share it.

A round plate's (n, s, weight) is J_n with s rings; the second is a ring mode or one
of twice the first's symmetry (the same n, or an odd multiple, keeps the first's
radial lines: a spider's web), so it stays n-fold.
"""

from __future__ import annotations

import numpy as np

RoundMode = tuple[int, int, float]


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


def figure(key: tuple[int, int, int], rng: np.random.Generator, detail: int = 1) -> list[RoundMode]:
    """A round plate's modes from (band, band, salt), the salt moved by the seed."""
    a, b, salt = key
    return round_modes(a, b, salt + int(rng.integers(4)), detail)
