"""What the onset grid promises a listener: its marks keep out of the title's band,
the downbeats carry the accent colour, a strong hit is drawn bigger than a weak
one, and a thumbnail shows the same composition as the full-size cover."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from sleeve.engine.styles.registry import get_style
from tests.engine.test_energy_rings import band_spill
from tests.engine.test_styles import CALM, LOUD, assert_thumbnail_matches


@pytest.mark.parametrize("layout", ["top-left", "bottom-left"])
def test_the_marks_keep_out_of_the_title_band(layout: str) -> None:
    for base in (CALM, LOUD):
        for seed in range(8):
            band, rest = band_spill("onset_grid", dataclasses.replace(base, seed=seed), layout)
            assert band < 0.02 and rest > 0.02, (seed, band, rest)


def _coloured(onsets: tuple[float, ...], seed: int) -> float:
    """The share of the cover in a saturated colour (the accent; field and ink are
    near-neutral on LOUD's palette)."""
    d = dataclasses.replace(LOUD, onsets=onsets, has_audio=True, seed=seed)
    rgb = np.asarray(get_style("onset_grid").render(d, 256).image, np.float64) / 255
    return float(((rgb.max(axis=2) - rgb.min(axis=2)) > 0.25).mean())


def test_the_downbeats_carry_the_accent() -> None:
    for seed in range(4):
        downbeats = _coloured(((1.0,) + (0.0,) * 15) * 16, seed)
        offbeats = _coloured(((0.0,) * 2 + (1.0,) + (0.0,) * 13) * 16, seed)
        assert downbeats > 0.002 and offbeats < downbeats / 4, (seed, downbeats, offbeats)


def _ink(onsets: tuple[float, ...], seed: int) -> float:
    d = dataclasses.replace(LOUD, onsets=onsets, has_audio=True, seed=seed)
    grey = np.asarray(get_style("onset_grid").render(d, 256).image.convert("L"), np.float64)
    field = np.median(grey)
    return float((np.abs(grey - field) > 40).mean())


def test_a_strong_hit_is_drawn_bigger_than_a_weak_one() -> None:
    for seed in range(4):
        strong = _ink((0.0, 0.0, 1.0, 0.0) * 64, seed)
        weak = _ink((0.0, 0.0, 1.0, 0.0) * 63 + (0.0, 0.0, 0.0, 4.0), seed)  # all others 0.25
        assert strong > 1.8 * weak, (seed, strong, weak)


def test_a_thumbnail_shows_the_same_composition_as_the_cover() -> None:
    assert_thumbnail_matches("onset_grid")
