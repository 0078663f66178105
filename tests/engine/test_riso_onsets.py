"""What the risograph and onset-grid styles promise a listener: drill and trap print
black and one hard ink, never pastels; metal black and bone; folk on warm paper;
riso prints are inked, not pale grey; the onset grid draws clearly different
pictures for different seeds, not one dot matrix."""

from __future__ import annotations

import dataclasses

import numpy as np

from sleeve.engine import raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.languages import language_for
from sleeve.engine.measures import dhash, hamming
from sleeve.engine.styles.cover_parts import riso_inks
from sleeve.engine.styles.registry import get_style
from tests.engine.test_styles import LOUD, edges


def _as(genre: str, seed: int = 5) -> object:
    return dataclasses.replace(LOUD, genre=genre, language=language_for(genre), seed=seed)


def _riso(genre: str, seed: int, size: int = 128) -> np.ndarray:
    image = get_style("risograph").render(_as(genre, seed), size).image
    return np.asarray(image, np.float64) / 255.0


def test_drill_and_trap_print_black_and_one_hard_ink_never_pastels() -> None:
    for genre in ("drill", "trap"):
        sets = []
        for seed in range(12):
            track = _as(genre, seed)
            paper, inks = riso_inks.choose(track, raster.rng_for(track, "riso-inks"))
            names = {n for n, c in riso_inks.INKS.items() if c in inks}
            assert not names & set(riso_inks.PASTELS), (genre, names)
            assert names & {"black", "bone"} and names <= set(riso_inks.HARD), (genre, names)
            assert rgb_to_oklch(paper)[1] < 0.03  # grey, newsprint or black stock
            sets.append(frozenset(names))
        assert len(set(sets)) >= 2  # the hard ink changes from track to track
    drill = _riso("drill", 3)
    assert np.percentile(drill.mean(axis=2), 5) < 0.15  # black ink or black stock


def test_metal_prints_black_and_bone_and_folk_on_warm_paper() -> None:
    for seed in range(6):
        track = _as("black_metal", seed)
        inks = riso_inks.choose(track, raster.rng_for(track, "riso-inks"))[1]
        assert {n for n, c in riso_inks.INKS.items() if c in inks} <= {"black", "bone"}
        folk = _riso("folk", seed, 384)
        lum = folk.mean(axis=2)
        paper = folk[lum >= np.percentile(lum, 97)].mean(axis=0)  # bare paper between dots
        lightness, _, hue = rgb_to_oklch(tuple(int(v * 255) for v in paper))
        assert lightness > 0.7 and 40 < hue < 110  # cream or kraft, not grey or blue


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
