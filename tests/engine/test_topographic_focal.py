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
from sleeve.engine.styles.cover_parts import calm_zone
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


def test_a_happy_pop_map_commits_to_a_saturated_ground_not_grey_paper() -> None:
    direction = _in("pop", SAND, 4)
    for kind in ("island", "whorl"):
        hsv = np.asarray(_drawn(direction, kind).convert("HSV"), np.float32)
        assert np.median(hsv[..., 1]) > 90  # the ground itself is the colour


def test_a_route_is_a_bold_stroke_of_the_accent_at_64_px() -> None:
    direction = _in("pop", SAND, 2)
    art = _forced(direction, "route")
    ground = np.asarray(art.image.resize((64, 64), Image.Resampling.BOX), np.float32)
    accent = np.asarray(topographic._inks(direction).accent, np.float32)
    near = np.abs(ground - accent).sum(axis=-1) < 60
    assert near.mean() > 0.012  # a hairline covers far less


@pytest.mark.parametrize("kind", topographic.MAPS)
def test_the_title_zone_is_the_maps_own_ground_not_a_plate(kind: str) -> None:
    for base, sub, palette in ((CALM, "pop", SAND), (LOUD, "rock", SAND)):
        direction = dataclasses.replace(_in(sub, palette, 7, base), layout="top-left")
        art = _forced(direction, kind, 192)
        pixels = np.asarray(art.image, np.float32)
        ground = np.asarray(topographic._inks(direction).ground, np.float32)
        band = pixels[: int(0.22 * 192)]  # the calm part of the top zone
        assert np.abs(band - ground).sum(axis=-1).mean() < 30
        assert art.focal[1] >= calm_zone.ZONES["top"][3] - 0.15


@pytest.mark.parametrize("kind", ["island", "whorl", "rings"])
def test_the_focal_box_holds_the_land(kind: str) -> None:
    direction = dataclasses.replace(_in("rock", SAND, 3, LOUD), layout="bottom-left")
    art = _forced(direction, kind, 128)
    pixels = np.asarray(art.image, np.float32)
    ground = np.asarray(topographic._inks(direction).ground, np.float32)
    land = np.abs(pixels - ground).sum(axis=-1) > 90
    x0, y0, x1, y1 = (round(v * 128) for v in art.focal)
    inside = land[y0:y1, x0:x1].sum()
    assert land.sum() > 100 and inside > 0.9 * land.sum()


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


def test_a_deep_ground_from_a_warm_palette_goes_warm_black_not_brown() -> None:
    ember = Palette((96, 60, 20), ((200, 120, 30), (120, 80, 40)), (210, 150, 40), (240, 230, 210))
    inks = topographic._inks(_in("rnb", ember, 1, LOUD))
    lightness, chroma, hue = rgb_to_oklch(inks.ground)
    assert inks.dark and lightness < 0.3
    assert chroma < 0.03 or not 45 <= hue <= 115  # deep orange is brown, deep yellow olive
    assert rgb_to_oklch(inks.accent)[1] > 0.1  # the colour is in the accent


@pytest.mark.parametrize("seed", range(4))
def test_tint_bands_never_step_into_brown_or_olive(seed: int) -> None:
    ember = Palette((60, 30, 20), ((230, 130, 30), (250, 200, 60)), (240, 170, 40), (240, 230, 210))
    for base, palette in ((LOUD, ember), (CALM, SAND), (LOUD, SAND)):
        art = _forced(_in("lofi", palette, seed, base), "tints", 96)
        colours = art.image.quantize(8).convert("RGB").getcolors(96 * 96) or []
        for count, colour in colours:
            lightness, chroma, hue = rgb_to_oklch(colour)
            muddy = lightness < 0.55 and chroma > 0.03 and 40 <= hue <= 115
            assert not (muddy and count > 0.03 * 96 * 96), colour
