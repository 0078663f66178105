"""Round 15: 🌙✨💔's Swiss heart still drew a small counterpoint heart of the second
colour across the cover, read as "scattered stickers". The heart is now alone: no
pixel of the second colour is printed beside the one heart and its black echoes."""

from __future__ import annotations

import numpy as np
import pytest

from sleeve.engine.raster import rng_for, srgb_to_oklab
from sleeve.engine.styles import swiss_geometry
from sleeve.engine.styles.cover_parts.swiss_layouts import inks

from .test_styles import CALM
from .test_swiss_studies import _as

SIZE = 128


def _lab(colour) -> np.ndarray:
    return srgb_to_oklab(np.asarray(colour, float))


@pytest.mark.parametrize(
    ("base", "genre", "title"),
    [(CALM, "pop", "🌙✨💔"), (CALM, "jazz", "Heart of Glass"), (CALM, "folk", "दिल की धड़कन")],
)
def test_the_heart_has_no_small_counterpoint_heart(base, genre, title, monkeypatch) -> None:
    monkeypatch.setattr(swiss_geometry, "composition", lambda direction, rng: "heart")
    checked = 0
    for seed in range(6):
        direction = _as(base, genre, title=title, seed=seed)
        rng = rng_for(direction, "swiss")
        colours = swiss_geometry._colors(direction, rng)
        edge, depth = swiss_geometry.title_zone(direction, rng)
        frame = swiss_geometry._frame(direction, SIZE, edge, depth, colours)
        main, second = inks(frame)
        others = (main, frame.ink, frame.paper)
        if min(np.linalg.norm(_lab(second) - _lab(c)) for c in others) < 0.15:
            continue  # the second colour is one of the drawn ones: nothing to tell apart
        image = np.asarray(swiss_geometry.render(direction, SIZE).image, float)
        near = np.linalg.norm(srgb_to_oklab(image) - _lab(second), axis=-1) < 0.06
        assert near.mean() < 0.001, (title, seed, float(near.mean()))
        checked += 1
    assert checked >= 2, title
