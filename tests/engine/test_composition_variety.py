"""A composition drawn for two tracks is not one template: the flow field's disc and
vortex, the Swiss circle and paper cut's window each move their
scale, place, heading or count with the seed, not only their colours."""

from __future__ import annotations

import dataclasses
import itertools

import aggdraw
import numpy as np
import pytest
from PIL import Image

from sleeve.engine import raster
from sleeve.engine.styles import paper_cut
from sleeve.engine.styles.cover_parts import flow_forms, paper_design
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


def _swiss_circle(seed: int) -> np.ndarray:
    """Where the Swiss circle layout puts ink at 64 px (title zone at the top)."""
    d = _direction(seed)
    rng = np.random.default_rng(seed)
    curve = np.asarray(d.energy_curve or (0.5,), float)
    paper, ink = (240, 236, 226), (20, 20, 20)
    frame = layouts.Frame(
        64, (4.0, 22.0, 60.0, 60.0), paper, ink, ((200, 40, 40),), (30, 60, 200), curve, curve, 4
    )
    image = Image.new("RGB", (64, 64), paper)
    draw = aggdraw.Draw(image)
    layouts.circle(draw, frame, rng)
    draw.flush()
    return np.asarray(image).astype(int).sum(axis=2) < 600


def _window(seed: int) -> np.ndarray:
    """Where paper cut's window opens in its front sheet (the sheet's hole at 64 px)."""
    rng = np.random.default_rng(seed)
    wall = paper_design.window(rng, _direction(seed).energy_curve, 0.5).layers[-1]
    return np.asarray(paper_cut._mask(wall, 64)) < 128


@pytest.mark.parametrize("draw", [_swiss_circle, _window], ids=lambda f: f.__name__)
def test_a_composition_is_a_different_picture_on_each_track(draw) -> None:
    """Masses on a coarse grid: no two tracks alike, and most pairs far apart."""
    masks = [_coarse(draw(seed)) for seed in SEEDS]
    apart = [_apart(a, b) for a, b in itertools.combinations(masks, 2)]
    assert min(apart) > 0.15
    assert float(np.mean(apart)) > 0.45


def test_the_vortex_eye_moves_and_its_reach_varies() -> None:
    """Whirlpools sit in different places (some beyond an edge), some compact, some
    filling the room the title leaves (the whirl turns short of its band)."""
    eyes, spans = set(), []
    for seed in range(8):
        d = _direction(seed)
        form = flow_forms.vortex(d, raster.rng_for(d, "flow"))
        x0, y0, x1, y1 = form.focal
        eyes.add((round((x0 + x1) * 2), round((y0 + y1) * 2)))
        spans.append(max(x1 - x0, y1 - y0))
    assert len(eyes) >= 5
    assert min(spans) < 0.5 and max(spans) > 0.6
