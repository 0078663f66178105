"""Composition choices shared by the styles: a variant picked by the music and the seed,
and where a focal subject sits (off-centre thirds, a grid, or a crop off the edge)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

Box = tuple[float, float, float, float]


def pick(rng: np.random.Generator, options: Sequence[str], lean: float | None = None) -> str:
    """One of options (ordered calm to loud). With `lean` (0..1, from the music) the
    options near it are likelier, so calm and loud tracks lean to different
    compositions, but every option keeps a fair chance: most tracks' music sits in
    0.3..0.7, and a steep lean drew the same middle composition for all of them (29 of
    74 bench tracks in one layout). The lean is stretched about 0.5 for that reason."""
    n = len(options)
    if lean is None or n == 1:
        return options[int(rng.integers(n))]
    pos = np.linspace(0.0, 1.0, n)
    at = float(np.clip(0.5 + 1.8 * (lean - 0.5), 0.0, 1.0))
    weights = 0.7 + np.exp(-(((pos - at) / 0.2) ** 2))
    return options[int(rng.choice(n, p=weights / weights.sum()))]


def thirds(rng: np.random.Generator, jitter: float = 0.04) -> tuple[float, float]:
    """A point near one of the four rule-of-thirds crossings."""
    x = (1 / 3, 2 / 3)[int(rng.integers(2))] + rng.uniform(-jitter, jitter)
    y = (1 / 3, 2 / 3)[int(rng.integers(2))] + rng.uniform(-jitter, jitter)
    return float(x), float(y)


def around(cx: float, cy: float, rx: float, ry: float | None = None) -> Box:
    """The box of half-sizes rx, ry around a centre, clipped to the cover."""
    ry = rx if ry is None else ry
    return (
        float(max(0.0, cx - rx)),
        float(max(0.0, cy - ry)),
        float(min(1.0, cx + rx)),
        float(min(1.0, cy + ry)),
    )


def clip_box(box: Sequence[float], least: float = 0.0) -> Box:
    """A box (x0, y0, x1, y1 fractions) clipped to the cover, at least `least` a side."""
    x0, y0, x1, y1 = (float(min(max(v, 0.0), 1.0)) for v in box)
    x0, y0 = min(x0, 1.0 - least), min(y0, 1.0 - least)
    return x0, y0, max(x1, x0 + least), max(y1, y0 + least)


def dark_field(direction_background_lightness: float) -> bool:
    """Whether a style should sit on a dark field, from the palette background's
    OKLCH lightness (the language and the valence already chose it)."""
    return direction_background_lightness < 0.55
