"""What a synthwave musician sees on the retro sun's grid: the vaporwave wall and its
checker floor share one vanishing perspective (the floor runs from the wall's foot,
not from a vertical seam under the vanishing point), and the mountain range is a
picture of its own."""

from __future__ import annotations

import numpy as np
from PIL import Image

from sleeve.engine.styles import retro_sun
from tests.engine.test_retro_sun import _synthwave, _with_layout


def _art(layout: str, seed_from: int = 0) -> tuple[np.ndarray, object]:
    """The art (no finish grain: the scene itself) of the first seed drawing `layout`,
    unmirrored, at 384 px, as luminance, and its plan."""
    for seed in range(seed_from, 3000):
        d = _synthwave(seed=seed, energy=0.5)
        p = retro_sun.plan(d)
        if p.layout == layout and not p.flip:
            img = retro_sun._draw(d, 384).image.convert("L")
            return np.asarray(img, np.float64), p
    raise AssertionError(layout)


def test_the_wall_and_its_floor_share_one_perspective() -> None:
    """Under the wall's sloping foot the floor's checker starts right at the wall:
    just right of the foot line, half way down the floor, the checker's tiles show
    (light and dark alternate along the row), so no empty wedge of ground is left
    between the wall and the floor."""
    lum, p = _art("wall")
    size = lum.shape[0]
    vx, vy = p.vx * size, p.horizon * size
    a = 0.75  # three quarters down from the vanishing point to the frame's foot
    y = int(vy + (1.02 * size - vy) * a)
    foot = vx * (1 - a)  # where the wall's foot line meets this row
    row = lum[y, int(foot + 4) : int(min(vx, foot + 0.5 * vx))]
    assert row.max() - row.min() > 40, (row.min(), row.max())


def test_the_mountain_range_is_a_composition_of_its_own() -> None:
    """Downsampled to 8 x 8 luminance, the range (a sun cropped by the top edge over a
    mountain mass) differs from every other composition's picture."""

    def small(layout: str) -> np.ndarray:
        lum, _ = _art(layout)
        img = Image.fromarray(lum.astype(np.uint8)).resize((8, 8), Image.Resampling.BOX)
        return np.asarray(img, np.float64)

    ours = small("range")
    for other in ("overhead", "halo", "void", "mirror", "tracking", "tunnel", "highway"):
        assert np.abs(ours - small(other)).mean() > 12, other


def test_the_range_is_drawn_for_synthwave_songs() -> None:
    assert retro_sun.layout_of(_with_layout("range")) == "range"
