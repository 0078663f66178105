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
    """Edge energy in the fifth of the cover where the layout puts the title (beside
    the subject where the subject runs through it, as a split's stripes do), as a share
    of the edge energy in the subject (the focal region the style reports): a small
    stamp in a wide field is calm everywhere but on the stamp."""
    art = get_style(name).render(dataclasses.replace(direction, layout=layout), 160)
    side = 48  # small enough that the grain averages out and only shapes leave edges
    grey = art.image.convert("L").resize((side, side), Image.Resampling.BOX)
    edges = np.asarray(grey.filter(ImageFilter.FIND_EDGES), float)[1:-1, 1:-1]
    side -= 2
    x0, y0, x1, y1 = (round(v * side) for v in art.focal)
    fifth = side // 5
    rows = slice(0, fifth) if layout == "top-left" else slice(side - fifth, side)
    band = edges[rows]
    if y0 < rows.stop and y1 > rows.start and x1 - x0 < side * 0.8:  # it crosses the band
        band = np.concatenate([band[:, :x0], band[:, x1:]], axis=1)
    return float(band.mean() / max(edges[y0:y1, x0:x1].mean(), 1e-6))


@pytest.mark.parametrize(("name", "most"), [("chladni", 0.4)])
def test_the_title_band_is_calmer_than_the_subject(name: str, most: float) -> None:
    # the prints run 0.11 at most; a pattern through the band runs near 1
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
