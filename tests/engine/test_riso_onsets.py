"""What the risograph and onset-grid styles promise a listener: drill prints on dark
stock and folk on warm paper; riso prints are inked, not pale grey; the onset grid
draws clearly different pictures for different seeds, not one dot matrix."""

from __future__ import annotations

import dataclasses

import numpy as np

from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.languages import language_for
from sleeve.engine.measures import dhash, hamming
from sleeve.engine.styles.registry import get_style
from tests.engine.test_styles import LOUD, edges


def _as(genre: str, seed: int = 5) -> object:
    return dataclasses.replace(LOUD, genre=genre, language=language_for(genre), seed=seed)


def _riso(genre: str, seed: int, size: int = 128) -> np.ndarray:
    image = get_style("risograph").render(_as(genre, seed), size).image
    return np.asarray(image, np.float64) / 255.0


def test_drill_prints_on_dark_stock_and_folk_on_warm_paper() -> None:
    for seed in range(4):
        drill, folk = _riso("drill", seed), _riso("folk", seed, 384)
        assert np.percentile(drill.mean(axis=2), 5) < 0.12  # dark stock shows
        lum = folk.mean(axis=2)
        paper = folk[lum >= np.percentile(lum, 97)].mean(axis=0)  # bare paper between dots
        lightness, _, hue = rgb_to_oklch(tuple(int(v * 255) for v in paper))
        assert lightness > 0.8 and 40 < hue < 110  # cream, not grey or blue


def test_a_riso_print_carries_ink_colour() -> None:
    for genre in ("trap", "punk", "country", "kpop"):
        inked = []
        for seed in range(4):  # across a genre's prints: one may be a small motif on black
            rgb = _riso(genre, seed)
            inked.append(((rgb.max(axis=2) - rgb.min(axis=2)) > 0.3).mean())
        assert np.mean(inked) > 0.05, (genre, inked)


def test_onset_grid_draws_different_pictures_for_different_seeds() -> None:
    hashes = [
        dhash(edges(get_style("onset_grid").render(dataclasses.replace(LOUD, seed=s), 192).image))
        for s in range(8)
    ]
    gaps = [hamming(a, b) for i, a in enumerate(hashes) for b in hashes[i + 1 :]]
    assert min(gaps) >= 8
