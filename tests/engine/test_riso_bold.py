"""What the risograph's poster graphics promise: the star, the leaves and the shape
stack are printed big and cropped by the sheet's edges, with a second ink echoing
the first, and two seeds give clearly different prints."""

from __future__ import annotations

import dataclasses

import numpy as np

from sleeve.engine import raster
from sleeve.engine.styles.cover_parts.riso_bold import botanical, stack, stars
from tests.engine.test_styles import LOUD

MOTIFS = (stars, botanical, stack)


def _plates(motif, seed: int) -> list[np.ndarray]:
    direction = dataclasses.replace(LOUD, seed=seed)
    return motif(direction, raster.rng_for(direction, "riso"))[0]


def test_riso_graphics_are_cropped_by_the_sheet_edge() -> None:
    for motif in MOTIFS:
        cropped = 0
        for seed in range(6):
            a, b, _ = _plates(motif, seed)
            ink = np.maximum(a, b) > 0.5
            border = np.concatenate((ink[0], ink[-1], ink[:, 0], ink[:, -1]))
            cropped += border.mean() > 0.05
            assert (a > 0.1).mean() > 0.04 and (b > 0.1).mean() > 0.04, motif.__name__
        assert cropped >= 4, motif.__name__


def test_riso_graphics_differ_by_seed() -> None:
    for motif in MOTIFS:
        first = np.stack(_plates(motif, 1)) > 0.5
        for seed in (2, 3):
            assert (first != (np.stack(_plates(motif, seed)) > 0.5)).mean() > 0.1
