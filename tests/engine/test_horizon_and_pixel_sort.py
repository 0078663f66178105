"""What pixel sort promises (the loudness horizon's promises are in
test_loudness_horizon): its inks follow the genre (light mono with one red for IDM), it
sorts a bounded part into long light-to-dark streaks, keeps the title band calm and
varies source, composition and direction across tracks."""

from __future__ import annotations

import dataclasses

import numpy as np
from PIL import Image

from sleeve.engine import raster
from sleeve.engine.languages import language_for
from sleeve.engine.styles import pixel_sort
from sleeve.engine.styles.cover_parts import pixel_melts, pixel_ops
from tests.engine.test_styles import CALM, LOUD


def _luma(image: Image.Image) -> np.ndarray:
    return np.asarray(image.convert("L").resize((64, 64), Image.Resampling.BOX), np.float64)


def test_idm_pixel_sort_is_light_mono_with_one_red() -> None:
    idm = dataclasses.replace(CALM, genre="electronic", language=language_for("idm"))
    for seed in (5, 6, 7):
        image = pixel_sort.render(dataclasses.replace(idm, seed=seed), 128).image
        rgb = np.asarray(image, np.float64)
        assert _luma(image).mean() > 110
        coloured = rgb.max(axis=2) - rgb.min(axis=2) > 60
        # red leads every coloured pixel
        assert (rgb[coloured][:, 0] >= rgb[coloured][:, 1:].max(axis=1)).mean() > 0.95


def test_a_smear_stretches_a_run_sorted_light_to_dark() -> None:
    direction = dataclasses.replace(CALM, genre="pop", language=language_for("hyperpop"))
    src = pixel_melts.eye(direction, raster.rng_for(direction, "x"), 64, 0.0, 1.0)
    n = src.img.shape[0]
    start, run, length = np.full(n, 8), np.full(n, 12), np.full(n, 40)
    out = pixel_ops.smear(src.img, start, run, length)
    lum = out[:, 8:48] @ pixel_ops.LUMA
    assert (np.diff(lum, axis=1) <= 1e-6).all()
    assert np.array_equal(out[:, :8], src.img[:, :8]) and np.array_equal(
        out[:, 48:], src.img[:, 48:]
    )


def _sorted_covers(count: int = 16) -> list[pixel_sort.Sorted]:
    return [
        pixel_sort.sort_cover(dataclasses.replace(base, seed=seed))
        for seed in range(count // 2)
        for base in (CALM, LOUD)
    ]


def _changed(done: pixel_sort.Sorted) -> np.ndarray:
    return np.abs(done.art - done.source.img).sum(axis=2) > 0.08


def test_pixel_sort_sorts_a_bounded_part_and_keeps_the_rest_crisp() -> None:
    # the sort is a composed region: visible, but most of the picture stays untouched
    # (the bands, sorted below an edge across the whole picture, are retired)
    for done in _sorted_covers():
        share = _changed(done).mean()
        assert 0.03 < share < 0.5, (done.comp, done.kind, share)


def test_pixel_sort_keeps_the_title_band_calm() -> None:
    for done in _sorted_covers():
        changed = _changed(done)
        band = (
            changed[: int((done.band.depth - 0.02) * pixel_sort.RES)]
            if done.band.side == "top"
            else changed[-int((done.band.depth - 0.02) * pixel_sort.RES) :]
        )
        assert band.mean() < 0.01, (done.comp, done.kind, done.band)


def test_pixel_sort_streaks_are_long_and_run_light_to_dark() -> None:
    # the melts (the city's rain fades; the sunset's sky and the eye are tested in
    # test_pixel_sort)
    for done in _sorted_covers(32):
        if done.comp not in ("profile", "letters"):
            continue
        art = pixel_ops.to_axis(done.art, done.k)
        changed = pixel_ops.to_axis(_changed(done), done.k)
        rows = np.flatnonzero(changed.sum(axis=1) > 0)
        # streaks along the sort axis: long runs of sorted pixels, not shards
        runs = changed[rows].sum(axis=1)
        assert np.median(runs) > 0.06 * pixel_sort.RES, (done.comp, done.kind)
        # inside a streak the tone falls (or holds) from its start to its end
        lum = art[rows] @ pixel_ops.LUMA
        steps = np.diff(lum, axis=1)[changed[rows][:, 1:] & changed[rows][:, :-1]]
        assert (steps <= 0.02).mean() > 0.97, (done.comp, done.kind)


def test_tracks_get_different_sources_compositions_and_axes() -> None:
    covers = _sorted_covers(24)
    assert len({c.kind for c in covers}) >= 3
    assert len({c.comp for c in covers}) >= 3
    assert len({c.k for c in covers}) >= 2


def test_loud_passages_stretch_the_streaks_further() -> None:
    rising = tuple(np.linspace(0.05, 1.0, 64))
    direction = dataclasses.replace(CALM, energy_curve=rising)
    reach = pixel_ops.reach(direction, raster.rng_for(direction, "t"), 320, 0.1, 0.6)
    assert reach[-80:].mean() > reach[:80].mean() + 0.08
