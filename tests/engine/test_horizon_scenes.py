"""The loudness horizon's reworked scenes, drawn on purpose (the composition and the
title's band forced): the ranges with mist in every valley, the snowfield at a winter
dawn; each shaped by the music; the title's band calm in both places."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from PIL import Image

from sleeve.engine.direction import Palette
from sleeve.engine.languages import language_for
from sleeve.engine.measures import dhash, hamming
from sleeve.engine.styles import loudness_horizon
from sleeve.engine.styles.base import Artwork
from sleeve.engine.styles.cover_parts import horizon_forms
from tests.engine.test_styles import CALM, LOUD

REWORKED = ("ranges", "snowfield")
NIGHT = Palette((22, 18, 40), ((150, 60, 90), (60, 90, 150)), (230, 140, 80), (236, 232, 222))


def _draw(
    monkeypatch: pytest.MonkeyPatch, layout: str, band: str, direction: object, size: int = 128
) -> Artwork:
    monkeypatch.setattr(loudness_horizon, "_plan", lambda _d: (layout, band))
    return loudness_horizon._draw(direction, size)[0]


def _luma(img: Image.Image) -> np.ndarray:
    return np.asarray(img.convert("L"), np.float64)


def _spikes(luma: np.ndarray) -> float:
    """The share of pixels brighter than both their upper and lower neighbours by 10:
    thin drawn lines across the picture, not edges between filled areas."""
    mid = luma[1:-1]
    return float(((mid - luma[:-2] > 10) & (mid - luma[2:] > 10)).mean())


def test_mist_lies_in_the_valleys_between_the_ranges(monkeypatch: pytest.MonkeyPatch) -> None:
    """The ranges were flat cut-outs of one tone each (reviewers: flat grey, no
    atmosphere): haze now settles in every valley, so going down a column through the
    land the tone changes smoothly over many rows, not in a few hard steps."""
    for base in (CALM, LOUD):
        for seed in range(3):
            direction = dataclasses.replace(base, seed=seed)
            luma = _luma(_draw(monkeypatch, "ranges", "top", direction).image)
            land = luma[int(0.62 * 128) :, 8:-8]
            steps = np.abs(np.diff(land, axis=0))
            soft = ((steps > 0.3) & (steps < 6)).mean()
            assert soft > 0.25, (base.genre, seed, soft)


@pytest.mark.parametrize("layout", REWORKED)
def test_different_music_draws_a_different_scene(
    monkeypatch: pytest.MonkeyPatch, layout: str
) -> None:
    a = _draw(monkeypatch, layout, "top", CALM, 96)
    b = _draw(
        monkeypatch, layout, "top", dataclasses.replace(CALM, energy_curve=LOUD.energy_curve), 96
    )
    assert hamming(dhash(a.image.convert("L")), dhash(b.image.convert("L"))) > 6, layout


@pytest.mark.parametrize("layout", REWORKED)
def test_the_title_band_stays_calm(monkeypatch: pytest.MonkeyPatch, layout: str) -> None:
    for base in (CALM, LOUD):
        for band in ("top", "bottom"):
            art = _draw(monkeypatch, layout, band, dataclasses.replace(base, palette=NIGHT))
            luma = _luma(art.image)
            rows = luma[: int(0.34 * 128)] if band == "top" else luma[int(0.66 * 128) :]
            _, y0, _, y1 = art.focal
            assert (y0 >= 0.34) if band == "top" else (y1 <= 0.68), (layout, band, art.focal)
            assert np.abs(np.diff(rows, axis=1)).mean() < 0.8, (layout, band)


def test_a_snowfield_by_day_is_a_winter_dawn_not_one_flat_grey(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Reviewers read the day snowfields (Quiet Snow, Fjord, Salt Flats) as one flat grey:
    the sky is a cool blue high up and warm low down, well darker than the snow."""
    paper = Palette((244, 242, 238), ((201, 207, 207), (110, 123, 128)), (47, 58, 63), (30, 30, 30))
    ambient = dataclasses.replace(CALM, language=language_for("ambient"), palette=paper)
    for seed in range(3):
        art = _draw(monkeypatch, "snowfield", "top", dataclasses.replace(ambient, seed=seed))
        rgb = np.asarray(art.image, np.float64)
        high = rgb[2:10, 20:108].reshape(-1, 3).mean(axis=0)
        top_y = int(art.focal[1] * 128)
        low = rgb[top_y - 6 : top_y, 20:108].reshape(-1, 3).mean(axis=0)
        snow = np.median(rgb[-20:].reshape(-1, 3).mean(axis=1))
        assert high[2] > high[0] + 12 and low[0] > low[2] + 6, (seed, high, low)
        assert snow - high.mean() > 30, (seed, snow, high)


def test_a_sunlit_coast_has_land_in_the_light_not_a_black_void(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Reviewers read the day coasts (Supercalifragilistic, 별빛 Parade) as bright water
    beside a near-black void: the land on a sunlit coast stands in the light."""
    sky = Palette((200, 225, 246), ((30, 20, 20), (90, 170, 230)), (240, 120, 60), (20, 20, 30))
    for seed in range(3):
        pop = dataclasses.replace(CALM, genre="pop", language=language_for("pop"), seed=seed)
        art = _draw(monkeypatch, "coast", "bottom", dataclasses.replace(pop, palette=sky))
        land = _luma(art.image)[10:80, -14:]  # inland, at the right edge
        assert np.median(land) > 60, (seed, np.median(land))


def test_a_day_snowfield_prints_its_low_sun_in_its_own_ink(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Reviewers read the snowfield (Hall of Kings, Quiet Snow) as flat and empty: a low
    orange sun sits on the far snow, and the print keeps it in its own ink (the few
    inks of the cut merged it into the pale sky)."""
    paper = Palette((244, 242, 238), ((201, 207, 207), (110, 123, 128)), (47, 58, 63), (30, 30, 30))
    ambient = dataclasses.replace(CALM, language=language_for("ambient"), palette=paper)
    monkeypatch.setattr(loudness_horizon, "finish", lambda img, *_: img)
    monkeypatch.setattr(loudness_horizon, "_plan", lambda _d: ("snowfield", "bottom"))
    for seed in range(3):
        art = loudness_horizon.render(dataclasses.replace(ambient, seed=seed), 128)
        px = np.asarray(art.image, np.int64).reshape(-1, 3)
        sun = ((px[:, 0] > 200) & (px[:, 0] > px[:, 2] + 60)).mean()
        assert 0.003 < sun < 0.1, (seed, sun)


def test_the_hills_under_a_moon_stand_up_not_a_flat_band(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Reviewers read the night's hills (Letters I Never Sent, Ashes of the Old World) as
    flat grey bands: the far hills rise and fall by at least an eighth of the cover."""
    edges: list[np.ndarray] = []
    under = horizon_forms._under
    monkeypatch.setattr(
        horizon_forms, "_under", lambda top, *a: edges.append(top) or under(top, *a)
    )
    for seed in range(4):
        for band in ("top", "bottom"):
            edges.clear()
            _draw(monkeypatch, "night", band, dataclasses.replace(CALM, seed=seed), 64)
            assert np.ptp(edges[0]) >= 0.12, (seed, band, np.ptp(edges[0]))
