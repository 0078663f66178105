"""What the typographic poster promises: no composition leaves a near-empty cover (a
one-word title once got a tiny initial on a bare field), and the seed varies the
colour roles."""

from __future__ import annotations

import dataclasses

import numpy as np

from sleeve.engine.styles import typographic_poster
from tests.engine.test_styles import LOUD


def _inked(title: str, energy: float, seed: int) -> float:
    """The share of the cover that is not the ground colour."""
    direction = dataclasses.replace(LOUD, title=title, energy=energy, seed=seed)
    pixels = np.asarray(typographic_poster.render(direction, 128).image, np.float32)
    flat = pixels.reshape(-1, 3)
    return float((np.abs(flat - np.median(flat, axis=0)).max(axis=1) > 40).mean())


def test_no_poster_is_a_near_empty_field() -> None:
    for title in ("Candyfloss", "Sunny Days", "Supercalifragilisticexpialidocious"):
        for energy in (0.2, 0.8):
            for seed in range(8):
                assert _inked(title, energy, seed) > 0.07, (title, energy, seed)


def test_the_seed_varies_the_poster_ground() -> None:
    grounds = set()
    for seed in range(10):
        direction = dataclasses.replace(LOUD, title="Candyfloss", seed=seed)
        pixels = np.asarray(typographic_poster.render(direction, 64).image).reshape(-1, 3)
        grounds.add(tuple(int(v) // 32 for v in np.median(pixels, axis=0)))
    assert len(grounds) >= 2
