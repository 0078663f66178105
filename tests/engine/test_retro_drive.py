"""The retro sun from the driver's seat and behind chrome: the sunset held in a car's
rear-view mirror over the dark windscreen, and the huge sun cropped by the top edge
setting behind a chrome bar (the overhead's flat stripes read as a striped wall)."""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles import retro_sun
from sleeve.engine.styles.cover_parts import retro_plan
from tests.engine.test_retro_sun import _with_layout


def test_the_rearview_holds_the_sunset_in_its_mirror() -> None:
    """The mirror is the focal box, wide and short, and holds the light: inside it
    the sun and the road are far brighter than the night and the car round it."""
    assert "rearview" in retro_plan.COMPOSITIONS
    direction = _with_layout("rearview")
    art = retro_sun.render(direction, 128)
    x0, y0, x1, y1 = art.focal
    assert x1 - x0 > 0.7 and 0.25 < y1 - y0 < 0.45
    grey = np.asarray(art.image.convert("L"), np.float32)
    inside = np.zeros(grey.shape, bool)
    inside[int(y0 * 128) + 4 : int(y1 * 128) - 4, int(x0 * 128) + 8 : int(x1 * 128) - 8] = True
    assert grey[inside].max() > 200  # the sun
    assert grey[inside].mean() > 1.3 * grey[~inside].mean()
    assert grey[-6:].mean() < 40  # the dashboard


def test_the_overhead_sun_is_huge_cropped_and_sets_behind_chrome() -> None:
    """Cropped by the top edge and cut by the horizon, its disc's sides in the frame,
    a near-white chrome highlight along the whole horizon."""
    direction = _with_layout("overhead")
    p = retro_sun.plan(direction)
    assert p.cy - p.r < 0.0 < p.cx - p.r and p.cx + p.r < 1.0 and p.cy + p.r > p.horizon
    rgb = np.asarray(retro_sun.render(direction, 256).image, np.float32)
    rows = rgb[int((p.horizon - 0.021) * 256) : int((p.horizon - 0.012) * 256), 20:-20]
    assert (rows.min(axis=2) > 170).mean() > 0.6
