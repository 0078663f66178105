"""What the loudness horizon promises: the song's loudness curve as one bold flat
graphic in six compositions a viewer names differently (anchor, crop and focal
object differ), chosen by the music (calm songs lean to the badge and the peak, loud
ones to the ribbon and the side peak) and the seed; a few flat colours, no dull grey
field outside the grey genres; the title's band left calm; any size, same bytes each
time."""

from __future__ import annotations

import dataclasses
from collections import Counter

import numpy as np
from PIL import Image

from sleeve.engine import raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import Palette
from sleeve.engine.languages import language_for
from sleeve.engine.measures import dhash, hamming
from sleeve.engine.styles import loudness_horizon
from tests.engine.test_styles import CALM, LOUD


def _layout(direction: object) -> str:
    return loudness_horizon.layout_for(direction, raster.rng_for(direction, "horizon-layout"))


def test_songs_get_every_composition_and_the_music_leans_it() -> None:
    calm = Counter(_layout(dataclasses.replace(CALM, seed=s)) for s in range(80))
    loud = Counter(_layout(dataclasses.replace(LOUD, seed=s)) for s in range(80))
    assert set(calm + loud) == set(loudness_horizon.LAYOUTS)
    quiet_forms, loud_forms = ("badge", "peak"), ("ribbon", "peak-side")
    assert sum(calm[k] for k in quiet_forms) > sum(loud[k] for k in quiet_forms)
    assert sum(loud[k] for k in loud_forms) > sum(calm[k] for k in loud_forms)


def test_layout_of_names_what_render_draws() -> None:
    for seed in range(14):
        for base in (CALM, LOUD):
            direction = dataclasses.replace(base, seed=seed)
            art = loudness_horizon.render(direction, 64)
            assert loudness_horizon.layout_of(direction) == art.layout


def _focal(layout: str, base: object) -> list[tuple[float, float, float, float]]:
    boxes = []
    for seed in range(200):
        direction = dataclasses.replace(base, seed=seed)
        if loudness_horizon.layout_of(direction) == layout:
            boxes.append(loudness_horizon._draw(direction, 96).focal)
        if len(boxes) == 3:
            break
    assert boxes, layout
    return boxes


def test_the_compositions_put_the_mass_in_different_places_and_sizes() -> None:
    area = lambda b: (b[2] - b[0]) * (b[3] - b[1])  # noqa: E731
    for box in _focal("peak-side", LOUD):
        assert box[0] > 0.1 or box[2] < 0.9  # from one side, not across
    for box in _focal("badge", LOUD):
        assert box[2] - box[0] < 0.95  # a round badge, not a band
    for layout in ("strata", "echo", "ribbon", "peak"):
        for box in _focal(layout, LOUD):
            assert box[2] - box[0] > 0.95 and area(box) > 0.3, layout  # full bleed


def test_different_music_draws_a_different_picture_not_only_colour() -> None:
    differ = 0
    for seed in range(6):
        a = loudness_horizon.render(dataclasses.replace(CALM, seed=seed), 96)
        b = loudness_horizon.render(dataclasses.replace(LOUD, seed=seed), 96)
        shape_a, shape_b = (dhash(art.image.convert("L")) for art in (a, b))
        differ += a.layout != b.layout or hamming(shape_a, shape_b) > 12
    assert differ >= 5


def test_the_cover_is_a_few_flat_colours_not_a_gradient_scene() -> None:
    for seed in range(8):
        for base in (CALM, LOUD):
            # at 256 px: a badge's thin wedges are mostly anti-aliased edge at 128
            art = loudness_horizon._draw(dataclasses.replace(base, seed=seed), 256)
            pixels = np.asarray(art.image).reshape(-1, 3)
            _, counts = np.unique(pixels, axis=0, return_counts=True)
            flat = counts[counts >= 0.003 * len(pixels)]  # a gradient has a colour a row
            assert len(flat) <= 16 and flat.sum() > 0.87 * len(pixels), art.layout


def test_outside_the_focal_rows_the_cover_is_calm_for_the_title() -> None:
    for seed in range(12):
        for base in (CALM, LOUD):
            art = loudness_horizon._draw(dataclasses.replace(base, seed=seed), 128)
            luma = np.asarray(art.image.convert("L"), np.float64)
            _, y0, _, y1 = art.focal
            rows = np.r_[0 : int(y0 * 128), int(np.ceil(y1 * 128)) : 128]
            if len(rows) > 8:
                assert np.abs(np.diff(luma[rows], axis=1)).mean() < 1.0, (art.layout, seed)
            assert y1 - y0 < 0.8 or art.layout == "silhouette", art.layout


def test_any_size_same_bytes_and_the_same_layout_name() -> None:
    direction = dataclasses.replace(LOUD, seed=3)
    small = loudness_horizon.render(direction, 64)
    big = loudness_horizon.render(direction, 3000)
    assert small.image.size == (64, 64) and big.image.size == (3000, 3000)
    assert small.layout == big.layout == loudness_horizon.render(direction, 1024).layout
    again = loudness_horizon.render(direction, 64)
    assert again.image.tobytes() == small.image.tobytes()
    assert isinstance(big.image, Image.Image) and small.layout in loudness_horizon.LAYOUTS


def _grey(genre: str) -> object:
    """LOUD with a dull mid-grey background and one vivid colour, in `genre`."""
    palette = Palette(
        (140, 140, 140),
        ((60, 60, 60), (230, 40, 60), (200, 200, 200)),
        (40, 220, 200),
        (250, 250, 250),
    )
    return dataclasses.replace(LOUD, palette=palette, genre=genre, language=language_for(genre))


def test_no_dull_grey_field_unless_the_genre_is_grey() -> None:
    pop = loudness_horizon._draw(_grey("pop"), 64).image.getpixel((0, 0))
    drill = loudness_horizon._draw(_grey("drill"), 64).image.getpixel((0, 0))
    lit, chroma, _ = rgb_to_oklch(pop)
    assert chroma > 0.09 or not 0.3 < lit < 0.9, pop
    assert drill == (140, 140, 140)
