"""Chladni, grain gradient and energy rings keep a calm band where the title goes,
and a happy track's grain gradient is light."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from PIL import Image, ImageFilter

from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.registry import get_style
from tests.engine.test_styles import CALM, LOUD


def _title_band_busyness(name: str, direction: ArtDirection, layout: str) -> float:
    """Edge energy in the fifth of the cover where the layout puts the title, as a
    share of the edge energy in the part away from it."""
    image = get_style(name).render(dataclasses.replace(direction, layout=layout), 160).image
    grey = image.convert("L").resize((128, 128), Image.Resampling.BOX)
    edges = np.asarray(grey.filter(ImageFilter.FIND_EDGES).filter(ImageFilter.BoxBlur(2)), float)
    band, rest = (edges[:26], edges[40:]) if layout == "top-left" else (edges[-26:], edges[:-40])
    return float(band.mean() / max(rest.mean(), 1e-6))


@pytest.mark.parametrize(("name", "most"), [("chladni", 0.8)])
def test_the_title_band_is_calmer_than_the_subject(name: str, most: float) -> None:
    # the old full-bleed lattice and rings from the edge ran 1.2 and 1.65 here
    for base in (CALM, LOUD):
        for seed in range(6):
            for layout in ("top-left", "bottom-left"):
                direction = dataclasses.replace(base, seed=seed)
                assert _title_band_busyness(name, direction, layout) < most, (seed, layout)


def test_a_happy_track_on_a_dark_palette_gets_a_light_grain_gradient() -> None:
    happy = dataclasses.replace(LOUD, valence=0.85)  # LOUD's palette is a dark plum
    for seed in range(4):
        image = get_style("grain_gradient").render(dataclasses.replace(happy, seed=seed), 96)
        lightness = np.asarray(image.image.convert("L"), np.float64).mean()
        assert lightness > 140, (seed, lightness)
