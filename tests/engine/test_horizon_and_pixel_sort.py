"""What the loudness horizon and pixel sort promise: the horizon's landscape and time
of day follow the song (many scenes, day for a happy song, night for doom, a low sun
for country); pixel sort's inks follow the genre (light mono with one red for IDM)."""

from __future__ import annotations

import dataclasses

import numpy as np
from PIL import Image

from sleeve.engine import raster
from sleeve.engine.languages import language_for
from sleeve.engine.styles import loudness_horizon, pixel_sort
from sleeve.engine.styles.cover_parts import horizon_sky, pixel_ops, pixel_sources
from tests.engine.test_styles import CALM, LOUD


def _luma(image: Image.Image) -> np.ndarray:
    return np.asarray(image.convert("L").resize((64, 64), Image.Resampling.BOX), np.float64)


def test_the_horizon_draws_many_landscapes_across_songs() -> None:
    scenes = set()
    for seed in range(60):
        for base in (CALM, LOUD):
            direction = dataclasses.replace(base, seed=seed)
            pick = raster.rng_for(direction, "horizon-scene")
            pick.uniform()
            scenes.add(loudness_horizon.scene_for(direction, pick, "day"))
    assert scenes == set(loudness_horizon.SCENES)


def test_a_happy_song_gets_a_day_sky_and_doom_a_night_one() -> None:
    doom = dataclasses.replace(LOUD, genre="metal", language=language_for("doom_metal"))
    for seed in (1, 2, 3):
        day = loudness_horizon.render(dataclasses.replace(CALM, seed=seed), 128).image
        night = loudness_horizon.render(dataclasses.replace(doom, seed=seed), 128).image
        assert _luma(day)[:12].mean() > 140 and _luma(night)[:12].mean() < 70


def test_country_gets_a_warm_low_sun_not_a_dark_hill() -> None:
    country = dataclasses.replace(LOUD, genre="folk", language=language_for("country"))
    for seed in range(12):
        direction = dataclasses.replace(country, seed=seed)
        time = horizon_sky.time_of_day(direction, raster.rng_for(direction, "t"))
        assert time in ("dawn", "dusk")


def test_idm_pixel_sort_is_light_mono_with_one_red() -> None:
    idm = dataclasses.replace(CALM, genre="electronic", language=language_for("idm"))
    for seed in (5, 6, 7):
        image = pixel_sort.render(dataclasses.replace(idm, seed=seed), 128).image
        rgb = np.asarray(image, np.float64)
        assert _luma(image).mean() > 110
        coloured = rgb.max(axis=2) - rgb.min(axis=2) > 60
        assert (rgb[coloured][:, 0] >= rgb[coloured][:, 1:].max(axis=1)).all()


def test_a_whole_row_span_is_sorted_by_luminance() -> None:
    # one span over every row of a real source: each row comes out in luminance order
    direction = dataclasses.replace(CALM, genre="pop", language=language_for("hyperpop"))
    rng = raster.rng_for(direction, "x")
    img, subject, _ = pixel_sources.source("orb", pixel_sources.inks_for(direction), rng, 64)
    sorted_img = pixel_ops.sort_spans(img, np.ones(subject.shape, bool))
    lum = sorted_img @ pixel_ops.LUMA
    assert (np.diff(lum, axis=1) >= -1e-6).all()
