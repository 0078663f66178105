"""Flow field's mirror ball: a title naming one (Mirrorball Boogie was a faint sweep of
lines on plum, an abstract field for reviewers) gets a faceted silver ball carved out
of the lines, every turn (few titles name one: no repeat to avoid)."""

from __future__ import annotations

from collections import Counter

import numpy as np
from PIL import Image

from sleeve.engine.direction import ArtDirection, direct_from_music
from sleeve.engine.looks import turned
from sleeve.engine.music import MusicInput
from sleeve.engine.raster import srgb_to_oklab
from sleeve.engine.styles import flow_field

TITLE = "Mirrorball Boogie"


def _turns(tags: str) -> list[ArtDirection]:
    direction = direct_from_music(MusicInput(task_id=f"ball-{tags}", title=TITLE, tags=tags))[0]
    return [turned(direction, t) for t in range(12)]


def _ball(tags: str = "funk, disco") -> ArtDirection:
    return next(d for d in _turns(tags) if flow_field.layout_of(d) == "carve-mirrorball")


def _middle(image: Image.Image, focal: tuple[float, float, float, float]) -> np.ndarray:
    """The OKLab pixels of the middle of the ball (its box's width is its diameter)."""
    side = image.size[0]
    x0, y0, x1, _ = focal
    r = (x1 - x0) / 2 - 0.03
    cx, cy = (x0 + x1) / 2, y0 + 0.03 + r
    box = [int(v * side) for v in (cx - r / 2, cy - r / 2, cx + r / 2, cy + r / 2)]
    return srgb_to_oklab(np.asarray(image.crop(box))).reshape(-1, 3)


def test_a_mirrorball_title_gets_the_ball_every_turn() -> None:
    for tags in ("funk, disco", "pop", "house"):
        drawn = Counter(flow_field.layout_of(d) for d in _turns(tags))
        assert drawn == Counter({"carve-mirrorball": 12}), (tags, drawn)


def test_the_ball_is_silver_facets_lit_and_shaded() -> None:
    """Its middle is mostly silver (grey, not the lines' colour), tiles from dark to
    bright: a lit sphere of mirrors, not a striped or flat disc."""
    for tags in ("funk, disco", "pop"):
        art = flow_field.render(_ball(tags), 384)
        lab = _middle(art.image, art.focal)
        chroma = np.hypot(lab[:, 1], lab[:, 2])
        assert np.mean(chroma < 0.06) > 0.6, tags
        lit = lab[:, 0]
        assert np.percentile(lit, 90) - np.percentile(lit, 10) > 0.3, tags


def test_the_ball_is_the_same_at_every_size() -> None:
    """Facet counts and grout are in the ball's radius: a 1024 px cover scaled down is
    the 512 px one, and a render is byte for byte repeatable."""
    d = _ball()
    small = np.asarray(flow_field.render(d, 512).image.resize((128, 128), Image.Resampling.BOX))
    big = flow_field.render(d, 1024).image
    assert big.tobytes() == flow_field.render(d, 1024).image.tobytes()
    large = np.asarray(big.resize((128, 128), Image.Resampling.BOX))
    assert np.abs(small.astype(int) - large.astype(int)).mean() < 6.0
