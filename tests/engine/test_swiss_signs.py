"""Two art directors scored Swiss geometry 5 and 4.5 of 10 ("interchangeable": the
covers could belong to any song). The quarter-disc tiles, the square-and-disc pair,
Max Bill's floating polygons and the disc chain are retired; a title that names rain
or a heart gets it built with compass and square (the rain since retired: dashes with
no picture); the bars work at poster scale, cropped by the canvas."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from sleeve.engine.raster import rng_for, srgb_to_oklab
from sleeve.engine.styles import swiss_geometry

from .test_styles import CALM, LOUD
from .test_swiss_studies import _as

GONE = {"quadrants", "pair", "polygons", "chain"}


def _ink(kind: str, direction, monkeypatch) -> np.ndarray:
    """Where the cover of `kind` (128 px) is inked: off its paper."""
    monkeypatch.setattr(swiss_geometry, "composition", lambda direction, rng: kind)
    image = np.asarray(swiss_geometry.render(direction, 128).image, float)
    paper = swiss_geometry._colors(direction, rng_for(direction, "swiss"))[0]
    lab = srgb_to_oklab(image) - srgb_to_oklab(np.asarray(paper, float))
    return np.linalg.norm(lab, axis=-1) > 0.08


def test_the_interchangeable_compositions_are_never_drawn() -> None:
    assert set(swiss_geometry.RETIRED) >= GONE
    assert not GONE & set(swiss_geometry.COMPOSITIONS)
    for base in (_as(CALM, "jazz"), _as(LOUD, "pop", energy=0.8), _as(CALM, "children")):
        drawn = {
            swiss_geometry.layout_of(dataclasses.replace(base, title="Velvet", seed=s))
            for s in range(120)
        }
        assert not drawn & GONE, drawn


@pytest.mark.parametrize(
    ("title", "scene"),
    [("Corazón de fuego", "heart"), ("Heart of Glass", "heart")],
)
def test_a_title_that_names_a_heart_mostly_gets_it(title: str, scene: str) -> None:
    drawn = [
        swiss_geometry.layout_of(dataclasses.replace(CALM, title=title, seed=s)) for s in range(200)
    ]
    assert 0.4 < drawn.count(scene) / 200 < 0.75, (title, drawn.count(scene))


def _peaking(base, early: bool):
    rise = np.r_[np.linspace(0.2, 1.0, 4), np.linspace(1.0, 0.2, 4)]
    curve = np.r_[rise, [0.2] * 24] if early else np.r_[[0.2] * 24, rise]
    return dataclasses.replace(base, energy_curve=tuple(curve))


def test_the_heart_sits_where_the_song_peaks(monkeypatch) -> None:
    """One seed, two songs: a song that peaks early puts its heart to the left of
    where a song that peaks late does: the layout moves, not only colour."""
    for seed in (1, 2, 3):
        base = _as(CALM, "jazz", title="Velvet", seed=seed, key=4)
        early, late = (_ink("heart", _peaking(base, e), monkeypatch) for e in (True, False))
        columns = np.arange(128)
        spots = [float((ink.sum(axis=0) * columns).sum() / ink.sum()) for ink in (early, late)]
        assert spots[0] < spots[1] - 8, (seed, spots)


@pytest.mark.parametrize("kind", ["heart", "lamella", "meter", "blossom"])
def test_the_signs_keep_the_title_zone_clear(kind: str, monkeypatch) -> None:
    """Nothing of the heart, the flowers or the new figures crosses into the title's band."""
    for seed in range(6):
        direction = _as(LOUD, "pop", title="Heart of Rain", seed=seed)
        monkeypatch.setattr(swiss_geometry, "composition", lambda direction, rng: kind)
        rng = rng_for(direction, "swiss")
        swiss_geometry._colors(direction, rng)
        edge, depth = swiss_geometry.title_zone(direction, rng)
        ink = _ink(kind, direction, monkeypatch)
        cut = int(depth * 128)
        band = {"top": ink[:cut], "bottom": ink[128 - cut :], "right": ink[:, 128 - cut :]}[edge]
        assert band.mean() < 0.01, (seed, edge, band.mean())


def test_the_bars_run_off_the_canvas_at_poster_scale(monkeypatch) -> None:
    """The rhythm's bars run off a side of the canvas on every seed (a small stack
    floating in the middle had read as a generic diagonal bar and a dot): the flush
    stack comes in from past it, the waveform's row runs on past it."""
    for seed in range(12):
        direction = _as(CALM if seed % 2 else LOUD, "jazz", title="Velvet", seed=seed)
        ink = _ink("rhythm", direction, monkeypatch)
        edge = max(ink[:, :6].any(axis=1).mean(), ink[:, -6:].any(axis=1).mean())
        assert edge > 0.05, (seed, edge)
