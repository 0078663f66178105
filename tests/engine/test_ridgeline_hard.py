"""Ridgeline for the hard genres and the dark songs: stark prints (torn strips, an
ECG trace, black on a spot ink), never pastel hills; no murk (every print has a
light to read by); a city title's night city with lit windows; the curtain gone."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from sleeve.engine.languages import language_for
from sleeve.engine.raster import srgb_to_oklab
from sleeve.engine.styles import ridgeline
from tests.engine.test_ridgeline import CALM, LOUD

HARD = ("punk", "hardcore", "post_punk", "industrial", "techno", "drill")


def _lab(image) -> np.ndarray:
    return srgb_to_oklab(np.asarray(image.convert("RGB"), float).reshape(-1, 3))


@pytest.mark.parametrize("sub", HARD)
def test_hard_genres_get_stark_prints_not_pastel_hills(sub: str) -> None:
    """Reviewers: soft teal hills and a mint sun on hardcore, a pink curtain on punk.
    A hard genre never gets the dusk hills or the two-ink overprint; its print runs
    from near black to a light field, disc or fibre, and no pale pixel is a pastel."""
    for seed in range(8):
        d = dataclasses.replace(LOUD, seed=seed, language=language_for(sub), title="Бензин")
        art = ridgeline.render(d, 96)
        assert art.layout in ridgeline.HARD, (sub, seed, art.layout)
        lab = _lab(art.image)
        low, high = np.percentile(lab[:, 0], (3, 99))
        assert low < 0.3 and high - low > 0.5, (sub, seed, low, high)
        pale = lab[:, 0] > 0.82
        assert (pale & (np.hypot(lab[:, 1], lab[:, 2]) > 0.06)).mean() < 0.01, (sub, seed)


@pytest.mark.parametrize("sub", ["post_punk", "shoegaze", "dark_ambient", "black_metal"])
def test_dark_songs_are_never_murk(sub: str) -> None:
    """Reviewers: a murky near-black dusk on post-punk, a grey murk on shoegaze. Every
    dark print has a light to read by: its brightest pixels near white, far off its
    darkest (or it is a light field)."""
    for seed in range(10):
        d = dataclasses.replace(
            CALM, seed=seed, language=language_for(sub), valence=0.15, title="Night Wires"
        )
        lab = _lab(ridgeline.render(d, 96).image)
        low, high = np.percentile(lab[:, 0], (5, 99.8))
        assert high > 0.75 and (high - low > 0.55 or low > 0.5), (sub, seed, low, high)


def test_a_city_title_gets_a_night_city_with_lit_windows() -> None:
    """A city title's rooftops are the song's ridges at night: a dark sky over a dark
    skyline, with small lit windows in it."""
    for seed in range(6):
        for base in (CALM, LOUD):
            d = dataclasses.replace(base, seed=seed, title="City Lights")
            art = ridgeline.render(d, 256)
            assert art.layout == "city"
            grey = np.asarray(art.image.convert("L"), float)
            x0, y0, x1, y1 = (int(v * 256) for v in art.focal)
            assert grey[:8].mean() < 90, seed  # a night sky
            low = grey[(y0 + y1) // 2 : y1]
            lit = (low > 150) & (np.median(low) < 70)
            assert 0.005 < lit.mean() < 0.25, (seed, lit.mean())


def test_the_curtain_is_retired() -> None:
    """Reviewers: the curtain was a pink block cut off at random, an unfinished
    render: no song gets it, and its code is gone."""
    from sleeve.engine.styles.cover_parts import ridge_layouts

    assert "curtain" in ridgeline.RETIRED and not hasattr(ridge_layouts, "curtain")
    for seed in range(40):
        for base in (CALM, LOUD):
            assert ridgeline.layout_of(dataclasses.replace(base, seed=seed)) != "curtain"
