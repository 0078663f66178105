"""What a topographic cover promises at thumbnail size: one bold form on a strong
ground, the title's zone the map's own ground (no plate), the picture where the focal
box says, and every map drawn the same way twice at any size."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from PIL import Image

from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection, Palette
from sleeve.engine.languages import language_for
from sleeve.engine.styles import topographic
from tests.engine.test_styles import CALM, LOUD

GREY_MIST = Palette(
    (220, 219, 218), ((142, 147, 149), (209, 211, 212), (91, 95, 98)), (80, 85, 86), (80, 85, 86)
)
SAND = Palette(
    (241, 238, 232), ((255, 81, 78), (251, 162, 0), (35, 45, 78)), (253, 203, 0), (35, 45, 78)
)


def _forced(direction: ArtDirection, kind: str, size: int = 256):
    """The cover with its map forced to `kind`."""
    original = topographic._choose
    topographic._choose = lambda d, r: kind
    try:
        return topographic.render(direction, size)
    finally:
        topographic._choose = original


def _drawn(direction: ArtDirection, kind: str) -> Image.Image:
    """The cover with its map forced to `kind`, shrunk to a 64 px thumbnail."""
    return _forced(direction, kind).image.resize((64, 64), Image.Resampling.BOX)


def _in(sub: str, palette: Palette, seed: int, base: ArtDirection = CALM) -> ArtDirection:
    language = language_for(sub)
    return dataclasses.replace(
        base, seed=seed, language=language, genre=language.family, palette=palette
    )


def test_a_grey_ambient_island_still_has_a_dark_filled_mass_at_64_px() -> None:
    for seed in range(3):
        grey = np.asarray(_drawn(_in("ambient", GREY_MIST, seed), "island").convert("L"), float)
        assert grey.min() < 60 and (grey < 90).sum() >= 12  # a solid mass survives


def test_layout_of_is_the_layout_the_render_reports_and_bytes_repeat() -> None:
    for seed in range(10):
        direction = _in("rock", SAND, seed, LOUD if seed % 2 else CALM)
        art = topographic.render(direction, 96)
        assert art.layout == topographic.layout_of(direction)
        assert art.image.tobytes() == topographic.render(direction, 96).image.tobytes()


@pytest.mark.parametrize("size", [64, 1024, 3000])
def test_every_size_draws(size: int) -> None:
    art = topographic.render(_in("folk", SAND, 1), size)
    assert art.image.size == (size, size) and art.image.mode == "RGB"


def test_different_music_draws_a_different_composition() -> None:
    calm = {topographic.layout_of(dataclasses.replace(CALM, seed=s)) for s in range(6)}
    loud = {topographic.layout_of(dataclasses.replace(LOUD, seed=s)) for s in range(6)}
    assert len(calm | loud) >= 4


@pytest.mark.parametrize("seed", range(4))
def test_tint_bands_never_step_into_brown_or_olive(seed: int) -> None:
    """The colour-band map from a warm or a sand palette: no band is brown or olive."""
    ember = Palette((60, 30, 20), ((230, 130, 30), (250, 200, 60)), (240, 170, 40), (240, 230, 210))
    for base, palette in ((LOUD, ember), (CALM, SAND), (LOUD, SAND)):
        art = _forced(_in("lofi", palette, seed, base), "hypsometric", 96)
        colours = art.image.quantize(8).convert("RGB").getcolors(96 * 96) or []
        for count, colour in colours:
            lightness, chroma, hue = rgb_to_oklch(colour)
            muddy = lightness < 0.55 and chroma > 0.03 and 40 <= hue <= 115
            assert not (muddy and count > 0.03 * 96 * 96), colour
