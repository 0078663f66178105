"""A composition drawn for two tracks is not one template: the flow field's disc and
vortex, the Swiss arcs and paper cut's sun of rays each move their
scale, place, heading or count with the seed, not only their colours."""

from __future__ import annotations

import dataclasses
import itertools

import aggdraw
import numpy as np
import pytest
from PIL import Image

from sleeve.engine import raster
from sleeve.engine.styles import paper_cut, swiss_geometry
from sleeve.engine.styles.cover_parts import paper_design
from sleeve.engine.styles.cover_parts import swiss_layouts as layouts
from tests.engine.test_styles import CALM, LOUD

SEEDS = range(6)


def _apart(a: np.ndarray, b: np.ndarray) -> float:
    """How far two masks are apart: the share of their union where they differ."""
    return float((a != b).sum() / max((a | b).sum(), 1))


def _coarse(mask: np.ndarray, cells: int = 8) -> np.ndarray:
    """Where the mask has mass on a coarse grid: the composition, not its detail."""
    n = mask.shape[0] // cells
    return mask[: n * cells, : n * cells].reshape(cells, n, cells, n).mean(axis=(1, 3)) > 0.15


def _direction(seed: int):
    return dataclasses.replace((CALM, LOUD)[seed % 2], seed=seed)


def _swiss_arcs(seed: int) -> np.ndarray:
    """Where the Swiss arcs put ink at 64 px (title zone at the top), on the frame the
    style builds from the track (its tempo, energy and curve)."""
    d = _direction(seed)
    colours = swiss_geometry._colors(d, raster.rng_for(d, "swiss"))
    frame = swiss_geometry._frame(d, 64, "top", 0.3, colours)
    image = Image.new("RGB", (64, 64), colours[0])
    draw = aggdraw.Draw(image)
    layouts.arcs(draw, frame, np.random.default_rng(seed))
    draw.flush()
    ground = np.asarray(Image.new("RGB", (1, 1), colours[0]))[0, 0].astype(int)
    return np.abs(np.asarray(image).astype(int) - ground).sum(axis=2) > 60


def _rays(seed: int) -> np.ndarray:
    """Where paper cut's sun of rays sits (its halo disc at 64 px): a corner, the
    bottom edge or a side, and how big."""
    rng = np.random.default_rng(seed)
    scene = paper_design.rays(rng, _direction(seed).energy_curve, 0.5)
    halo = next(layer for layer in scene.layers if layer.role == "sunhalo")
    return np.asarray(paper_cut._mask(halo, 64)) >= 128


# the arcs fill the art to its far side, so their masses overlap more than a sun's
@pytest.mark.parametrize(
    ("draw", "mean_apart"), [(_swiss_arcs, 0.3), (_rays, 0.45)], ids=["swiss_arcs", "rays"]
)
def test_a_composition_is_a_different_picture_on_each_track(draw, mean_apart: float) -> None:
    """Masses on a coarse grid: no two tracks alike, and most pairs far apart."""
    masks = [_coarse(draw(seed)) for seed in SEEDS]
    apart = [_apart(a, b) for a, b in itertools.combinations(masks, 2)]
    assert min(apart) > 0.15
    assert float(np.mean(apart)) > mean_apart
