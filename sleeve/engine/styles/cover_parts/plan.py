"""Plans shared by the chladni, grain-gradient and energy-rings covers: where the
subject sits away from the title's band (calm_zone says which band), and how the
music leans the choice of composition without every mid-energy track drawing the
same one."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def subject_y(side: str, offset: float) -> float:
    """The vertical centre for a subject pushed `offset` (fraction of the side) from the
    middle away from the title's band."""
    return 0.5 + offset if side == "top" else 0.5 - offset


def choose(rng: np.random.Generator, options: Sequence[str], music: float) -> str:
    """One of options (ordered calm to loud): those near `music` (0..1) are likelier,
    but every option keeps a fair chance, so the many middling tracks spread over all
    the compositions instead of all drawing the middle one. The music's value is
    stretched about 0.5 (real tracks mostly land in 0.3..0.7)."""
    pos = np.linspace(0.0, 1.0, len(options))
    at = float(np.clip(0.5 + 1.8 * (music - 0.5), 0.0, 1.0))
    weights = 0.7 + np.exp(-(((pos - at) / 0.2) ** 2))
    return options[int(rng.choice(len(options), p=weights / weights.sum()))]


def clip_box(box: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    """A focal box (x0, y0, x1, y1) clipped to the cover."""
    x0, y0, x1, y1 = (float(np.clip(v, 0.0, 1.0)) for v in box)
    return x0, y0, x1, y1
