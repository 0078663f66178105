"""Two tracks that draw the same grain-gradient scene or the same energy-rings layout
do not get the same picture: the scene varies its scale, place, count and extras."""

from __future__ import annotations

import dataclasses
import itertools

import aggdraw
import numpy as np
import pytest
from PIL import Image

from sleeve.engine import raster
from sleeve.engine.styles import energy_rings, grain_gradient
from sleeve.engine.styles.cover_parts.ring_layouts import LAYOUTS
from tests.engine.test_styles import CALM, LOUD

SEEDS = range(6)


def _grain(scene: str, seed: int) -> np.ndarray:
    """The scene painted for seed at 64 px."""
    d = dataclasses.replace((CALM, LOUD)[seed % 2], seed=seed)
    rng = raster.rng_for(d, "grain-gradient")
    canvas = grain_gradient.Canvas(64, raster.rng_for(d, "dither"), 0.0)
    grain_gradient.SCENES[scene](canvas, grain_gradient.colours(d, rng), rng, "top")
    return canvas.rgb


def _rings(layout: str, seed: int) -> np.ndarray:
    """The layout drawn for seed at 64 px."""
    d = dataclasses.replace(LOUD, seed=seed)
    rng = raster.rng_for(d, "rings")
    rings = energy_rings._rings(d, rng, 64)
    image = Image.new("RGB", (64, 64), rings.paper)
    draw = aggdraw.Draw(image)
    LAYOUTS[layout](draw, rings)
    draw.flush()
    return np.asarray(image, np.float64) / 255


def _shape(rgb: np.ndarray) -> np.ndarray:
    """Where the picture departs from its own median colour (its masses, not its hue)."""
    away = np.linalg.norm(rgb - np.median(rgb.reshape(-1, 3), axis=0), axis=2)
    return away > 0.12


def _apart(a: np.ndarray, b: np.ndarray) -> float:
    """How far two masks are apart: the share of their union where they differ."""
    return float((a != b).sum() / max((a | b).sum(), 1))


@pytest.mark.parametrize("scene", ["sphere", "beam"])
def test_a_grain_scene_is_a_different_picture_on_each_track(scene: str) -> None:
    masks = [_shape(_grain(scene, seed)) for seed in SEEDS]
    for a, b in itertools.combinations(masks, 2):
        assert _apart(a, b) > 0.3


@pytest.mark.parametrize("layout", ["target", "sunrise", "polar"])
def test_a_ring_layout_is_a_different_picture_on_each_track(layout: str) -> None:
    masks = [_shape(_rings(layout, seed)) for seed in SEEDS]
    for a, b in itertools.combinations(masks, 2):
        assert _apart(a, b) > 0.3
