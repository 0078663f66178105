"""What a topographic cover promises at thumbnail size: one bold form, even from a
grey palette on a light sheet, and light maps tinted by height rather than bare lines."""

from __future__ import annotations

import dataclasses

import numpy as np
from PIL import Image

from sleeve.engine.direction import ArtDirection, Palette
from sleeve.engine.languages import language_for
from sleeve.engine.styles import topographic
from tests.engine.test_styles import CALM

GREY_MIST = Palette(
    (220, 219, 218), ((142, 147, 149), (209, 211, 212), (91, 95, 98)), (80, 85, 86), (80, 85, 86)
)
SAND = Palette(
    (241, 238, 232), ((255, 81, 78), (251, 162, 0), (35, 45, 78)), (253, 203, 0), (35, 45, 78)
)


def _drawn(direction: ArtDirection, kind: str) -> Image.Image:
    """The cover with its map forced to `kind`, shrunk to a 64 px thumbnail."""
    original = topographic._choose
    topographic._choose = lambda d, r, dark: kind
    try:
        art = topographic.render(direction, 256)
    finally:
        topographic._choose = original
    return art.image.resize((64, 64), Image.Resampling.BOX)


def _ambient(palette: Palette, seed: int) -> ArtDirection:
    language = language_for("ambient")
    return dataclasses.replace(
        CALM, seed=seed, language=language, genre=language.family, palette=palette
    )


def test_a_grey_ambient_island_still_has_a_dark_filled_summit_at_64_px() -> None:
    for seed in range(3):
        grey = np.asarray(_drawn(_ambient(GREY_MIST, seed), "peak").convert("L"), np.float32)
        assert grey.min() < 60 and (grey < 90).sum() >= 12  # a solid mass survives


def test_a_light_survey_is_tinted_by_height_not_bare_lines_on_paper() -> None:
    direction = dataclasses.replace(_ambient(SAND, 4), genre="pop")
    thumb = np.asarray(_drawn(direction, "survey").convert("HSV"), np.float32)
    tinted = (thumb[..., 1] > 40).mean()  # the paper is near grey; the bands are not
    assert tinted > 0.2


def test_a_valley_river_is_a_bold_stroke_of_colour_at_64_px() -> None:
    direction = dataclasses.replace(_ambient(SAND, 2), genre="pop")
    hsv = np.asarray(_drawn(direction, "valley").convert("HSV"), np.float32)
    river = (hsv[..., 1] > 110) & (hsv[..., 2] > 150)  # the yellow river and its plain
    assert river.mean() > 0.01  # a hairline river covered 0.6 per cent


def test_a_section_profile_rises_through_most_of_its_band() -> None:
    h = np.tile(np.linspace(0.45, 0.55, 64, dtype=np.float32), (64, 1))  # a gentle slope
    img = Image.new("RGB", (200, 200), (255, 255, 255))
    look = {"hot": (200, 40, 40), "ink": (0, 0, 0)}
    topographic._profile(img, h, 0.3, (0.05, 0.5, 0.95, 0.95), look)
    red = np.asarray(img, np.int16)
    filled = (red[..., 0] - red[..., 1] > 80).any(axis=1)
    assert filled[100:].sum() > 0.7 * 90  # the skyline spans the band, not a flat strip
