"""The grain gradient's light as the picture: the dome of light is one huge form cut
by the frame (not a small disc in a field), and it and the light trail read at 64 px
(the trail's own tests: test_grain_gradient_trails)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from PIL import Image

from sleeve.engine.styles import grain_gradient
from sleeve.engine.styles.cover_parts import grain_sweeps
from sleeve.engine.styles.cover_parts.grain_scenes import Plane
from tests.engine.test_styles import CALM, LOUD

RISE = tuple(float(x) for x in np.linspace(0.1, 0.95, 32))
FALL = RISE[::-1]


def test_the_dome_is_one_huge_form_cut_by_the_frame() -> None:
    """The lit dome fills a large share of the frame, runs out of both sides or the
    far edge (cut by the frame), stays out of the title's band, and has a crisp crest
    (light jumps steeply across its rim)."""
    for seed in range(6):
        for side in ("top", "bottom"):
            plane = Plane(128, side, bool(seed % 2), 0.5, RISE)
            light = np.asarray(grain_sweeps.dome(plane, np.random.default_rng(seed)).light)
            soft = light.reshape(32, 4, 32, 4).mean((1, 3))
            lit = soft > 0.42
            far = lit[-1] if side == "top" else lit[0]
            assert lit.mean() >= 0.2, (seed, side, lit.mean())
            assert far.mean() >= 0.5, (seed, side)  # the dome rests on the far edge
            near = lit[:8] if side == "top" else lit[-8:]
            assert not near.any(), (seed, side)
            assert np.abs(np.diff(soft, axis=0)).max() >= 0.2, (seed, side)


@pytest.mark.parametrize("kind", ["light-dome", "light-trail"])
def test_the_light_reads_at_64_px(kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Seen at 8 x 8 the form is a bright mass against the field, and it sits inside
    the focal box the cover reports."""
    monkeypatch.setattr(grain_gradient, "_pick", lambda _d, r: (r.random(), kind)[1])
    for seed in range(4):
        track = dataclasses.replace((CALM, LOUD)[seed % 2], seed=seed)
        art = grain_gradient.render(track, 64)
        grey = np.asarray(art.image.convert("L"), float)
        small = np.asarray(Image.fromarray(grey.astype(np.uint8)).resize((8, 8)), float)
        assert np.percentile(small, 95) - np.percentile(small, 20) >= 35, (kind, seed)
        x0, y0, x1, y1 = art.focal
        inside = grey[int(y0 * 64) : int(y1 * 64) + 1, int(x0 * 64) : int(x1 * 64) + 1]
        assert inside.max() >= np.percentile(grey, 99) - 1, (kind, seed)
