"""What the loudness horizon promises: the song's loudness curve as one flat graphic
shape in six compositions a viewer names differently, chosen by the music (calm songs
lean to a thin line or a window, loud ones to bands and a waveform) and the seed; a
few flat colours; the title's band left calm; any size, same bytes each time."""

from __future__ import annotations

import dataclasses
from collections import Counter

import numpy as np
from PIL import Image

from sleeve.engine import raster
from sleeve.engine.measures import dhash, hamming
from sleeve.engine.styles import loudness_horizon
from tests.engine.test_styles import CALM, LOUD


def _layout(direction: object) -> str:
    return loudness_horizon.layout_for(direction, raster.rng_for(direction, "horizon-layout"))


def test_songs_get_every_composition_and_the_music_leans_it() -> None:
    calm = Counter(_layout(dataclasses.replace(CALM, seed=s)) for s in range(80))
    loud = Counter(_layout(dataclasses.replace(LOUD, seed=s)) for s in range(80))
    assert set(calm + loud) == set(loudness_horizon.LAYOUTS)
    quiet_forms, loud_forms = ("line", "arch"), ("bands", "mirror")
    assert sum(calm[k] for k in quiet_forms) > sum(loud[k] for k in quiet_forms)
    assert sum(loud[k] for k in loud_forms) > sum(calm[k] for k in loud_forms)


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
            art = loudness_horizon._draw(dataclasses.replace(base, seed=seed), 128)
            pixels = np.asarray(art.image).reshape(-1, 3)
            _, counts = np.unique(pixels, axis=0, return_counts=True)
            assert np.sort(counts)[-6:].sum() > 0.92 * len(pixels), art.layout


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
