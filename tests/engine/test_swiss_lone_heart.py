"""Round 15: 🌙✨💔's Swiss heart still drew a small counterpoint heart of the second
colour across the cover, read as "scattered stickers". The heart is now alone: no
pixel of the second colour is printed beside the one heart and its black echoes."""

from __future__ import annotations

from dataclasses import replace

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


@pytest.mark.parametrize("layout", ["corner", "bottom-left", "top-left"])
def test_an_emoji_title_leaves_the_heart_the_cover(layout, monkeypatch) -> None:
    """🌙✨💔's stickers, stacked in the corner, had kept a band 0.62 of the side clear:
    the heart shrank into the strip above them, a small heart in a corner (the worst
    cover of two reviews). The stickers stand beside the heart's point now: the heart
    and its echoes take over a third of the cover, as a worded title's do."""
    monkeypatch.setattr(swiss_geometry, "composition", lambda direction, rng: "heart")
    for seed in range(6):
        direction = replace(_as(CALM, "pop", title="🌙✨💔", seed=seed), layout=layout)
        x0, y0, x1, y1 = swiss_geometry.render(direction, SIZE).focal
        assert (x1 - x0) * (y1 - y0) > 1 / 3, (seed, (x0, y0, x1, y1))
