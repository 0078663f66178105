"""What the loudness horizon promises: the song's loudness curve as a landscape or a
bold graphic in seven compositions a viewer names differently (anchor, crop and focal
object differ), chosen by the music (calm songs lean to the lake and the layered
hills, loud ones to the echo and the side peak) and the seed; flat land under one
graded sky, no dull grey field outside the grey genres; the sun where the song is
loudest; the title's band left calm; any size, same bytes each time."""

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
from sleeve.engine.styles.cover_parts import horizon_scenes as scenes
from sleeve.engine.styles.cover_parts.horizon_inks import inks_for
from tests.engine.test_styles import CALM, LOUD


def _layout(direction: object) -> str:
    return loudness_horizon.layout_for(direction, raster.rng_for(direction, "horizon-layout"))


def test_songs_get_every_composition_and_the_music_leans_it() -> None:
    calm = Counter(_layout(dataclasses.replace(CALM, seed=s)) for s in range(80))
    loud = Counter(_layout(dataclasses.replace(LOUD, seed=s)) for s in range(80))
    assert set(calm + loud) == set(loudness_horizon.LAYOUTS)
    quiet_forms, loud_forms = ("lake", "layers"), ("echo", "peak-side")
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
    for layout in ("layers", "echo", "peak", "skyline", "lake", "night"):
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


def test_the_land_is_a_few_flat_colours_under_one_graded_sky() -> None:
    """Each colour either spans many rows (a flat shape) or few (a step of the sky's
    vertical glow): a few flat colours, nothing textured or blurred."""
    for seed in range(8):
        for base in (CALM, LOUD):
            art = loudness_horizon._draw(dataclasses.replace(base, seed=seed), 256)
            pixels = np.asarray(art.image).reshape(-1, 3)
            _, colour = np.unique(pixels, axis=0, return_inverse=True)
            rows = np.repeat(np.arange(256), 256)
            spans = np.bincount(np.unique(colour.ravel() * 256 + rows) // 256)
            counts = np.bincount(colour.ravel())
            flat = (spans >= 26) & (counts >= 0.003 * len(pixels))
            sky = spans <= 12
            assert flat.sum() <= 16, art.layout
            assert counts[flat | sky].sum() > 0.85 * len(pixels), art.layout


def _night(curve: np.ndarray) -> object:
    for seed in range(300):
        direction = dataclasses.replace(CALM, seed=seed, energy_curve=tuple(curve))
        if loudness_horizon.layout_of(direction) == "night":
            return direction
    raise AssertionError("no night")


def test_the_sun_follows_the_loudest_moment() -> None:
    """Songs loudest early and late put the night's sun on opposite sides."""
    xs = []
    for curve in (np.r_[np.ones(8), np.full(40, 0.2)], np.r_[np.full(40, 0.2), np.ones(8)]):
        image = np.asarray(loudness_horizon._draw(_night(curve), 96).image, np.float64)
        sky = np.abs(image - np.median(image, axis=1, keepdims=True)).sum(axis=2) > 40
        xs.append(float(np.argmax(sky.sum(axis=0))) / 96)  # the sun's widest column
    assert xs[0] < 0.45 < xs[1], xs


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


def test_a_dusk_palette_gives_dark_hills_not_brown_mud() -> None:
    """A navy field with amber: the near land takes the sky's navy, not dark amber."""
    palette = Palette(
        (30, 34, 66), ((244, 162, 97), (233, 196, 106), (141, 153, 174)), (244, 162, 97), (250,) * 3
    )
    direction = dataclasses.replace(CALM, palette=palette)
    inks = inks_for(direction, np.random.default_rng(0))
    near = scenes.sky_for(direction, inks, 4).lands[-1]
    assert not 20.0 < rgb_to_oklch(near)[2] < 105.0, near
