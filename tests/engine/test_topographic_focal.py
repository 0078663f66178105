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


def test_the_island_and_night_maps_are_retired() -> None:
    """An art director read the island as a textbook figure and the night map as a
    heat map; the contour sunrise read as a vinyl or Wi-Fi icon over the same slate
    water, the contour stack as a line chart (the ridgeline style's own picture) and
    the paper layers as the paper cut style's amoebas: none is drawn for any song."""
    night = Palette((14, 14, 14), ((120, 120, 120), (60, 60, 60)), (240, 240, 240), (240, 240, 240))
    drawn = set()
    for seed in range(120):
        for base in (CALM, LOUD, _in("ambient", night, seed), _in("synthwave", SAND, seed)):
            drawn.add(topographic.layout_of(dataclasses.replace(base, seed=seed)))
    retired = {"island", "night", "horizon", "stack", "layers"}
    assert retired <= set(topographic.RETIRED)
    assert not retired & (drawn | set(topographic.MAPS))


def test_no_song_gets_a_shaded_relief_any_more() -> None:
    """'Quiet Snow' in greys read as a broken height-map render, and in colour the
    relief's ragged white cut-outs read no better: no song draws it, and a grey sheet
    draws no colour bands either."""
    for base in (dataclasses.replace(CALM, title="Slow Hours"), LOUD):
        kinds = {topographic.layout_of(_in("ambient", GREY_MIST, s, base)) for s in range(150)}
        assert not {"relief", "hypsometric"} & kinds and len(kinds) >= 3
        kinds = {topographic.layout_of(_in("rock", SAND, s, base)) for s in range(150)}
        assert "relief" not in kinds | set(topographic.MAPS)


def _l(image: Image.Image) -> np.ndarray:
    return np.asarray(image.convert("L"), np.float32)


def test_the_line_field_is_one_ink_on_mostly_empty_paper_with_one_spot() -> None:
    """The ECM-like map: most of the frame stays bare paper, the title's band is bare,
    the lines are one ink, and one small spot of colour marks the summit."""
    for seed in range(4):
        direction = dataclasses.replace(_in("ambient", SAND, seed), layout="top-left")
        image = _forced(direction, "linefield").image
        rgb = np.asarray(image, np.float32)
        paper = np.median(rgb[:20].reshape(-1, 3), axis=0)
        bare = np.abs(rgb - paper).max(axis=2) < 24
        assert 0.4 < bare.mean() < 0.95, seed  # space is material, but there is a summit
        assert bare[: int(0.3 * 256)].mean() > 0.97, seed  # the title's band is paper
        spread = rgb.max(axis=2) - rgb.min(axis=2)
        spot = (spread > 90) & ~bare
        assert 0.001 < spot.mean() < 0.03, seed  # one small coloured mark


def test_the_raised_relief_is_lit_from_the_upper_left_on_a_plain_ground() -> None:
    """The raised relief: most of the frame is one plain ground, the title's band bare;
    the lines are both lighter and darker than it, and the light ones gather on the
    mountain's upper-left flanks, the dark ones on its lower-right, so the mountain
    stands out of the sheet like a raised print."""
    for palette, sub in ((SAND, "pop"), (GREY_MIST, "ambient"), (SAND, "folk")):
        for seed in (1, 3):
            direction = dataclasses.replace(_in(sub, palette, seed, LOUD), layout="top-left")
            art = _forced(direction, "raised")
            assert art.layout == "raised"
            grey = _l(art.image)
            ground = float(np.median(grey[:60]))
            assert np.abs(grey[: int(0.3 * 256)] - ground).max() < 40, (sub, seed)
            assert (np.abs(grey - ground) < 20).mean() > 0.4, (sub, seed)  # a plain ground
            ys, xs = np.mgrid[0:256, 0:256]
            light, dark = grey > ground + 50, grey < ground - 35
            assert light.mean() > 0.01 and dark.mean() > 0.01, (sub, seed)
            assert xs[light].mean() + ys[light].mean() < xs[dark].mean() + ys[dark].mean() - 12


def test_the_raised_relief_varies_its_view_across_songs() -> None:
    """'The raised mountain is becoming a template': across songs it is sometimes the
    whole mountain clear of the frame's sides and sometimes a summit cropped by an
    edge, never one portrait for every track."""
    whole = cropped = 0
    for seed in range(10):
        direction = dataclasses.replace(_in("rock", SAND, seed, CALM), layout="top-left")
        art = _forced(dataclasses.replace(direction, title="Hours"), "raised")
        grey = _l(art.image)
        inked = np.abs(grey - float(np.median(grey[:60]))) > 40
        edge = max(inked[:, :6].mean(), inked[:, -6:].mean())  # the sides
        whole += edge < 0.01
        cropped += edge > 0.03
        assert art.focal[1] >= 0.33, (seed, art.focal)
    assert whole >= 2 and cropped >= 2, (whole, cropped)


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
    loud = {  # the same sheet, only the music differs
        topographic.layout_of(dataclasses.replace(LOUD, seed=s, palette=CALM.palette))
        for s in range(6)
    }
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
