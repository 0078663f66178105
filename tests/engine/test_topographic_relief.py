"""Round 16 (4/10): "the style has shown only one idea", the same winding river for a
folk song and a spoken-word podcast. The song now raises a range (a summit at each
loud moment), a crater lake, and a river that forks for a rough song."""

from __future__ import annotations

import collections
import dataclasses

import numpy as np
from scipy import ndimage

from sleeve.engine import raster
from sleeve.engine.styles import topographic
from sleeve.engine.styles.cover_parts import topo_inks
from tests.engine.test_styles import CALM, LOUD
from tests.engine.test_topographic_prints import SUBS, _in


def test_untitled_songs_draw_five_landforms_the_range_and_crater_among_them() -> None:
    drawn = collections.Counter()
    for i, sub in enumerate(SUBS):
        for seed in range(6 * i, 6 * i + 6):
            base = LOUD if seed % 2 else CALM
            drawn[topographic.layout_of(_in(sub, seed, base, title="Untitled"))] += 1
    assert {"peak", "lake", "valley", "range", "crater"} <= set(drawn), drawn
    assert max(drawn.values()) < 0.4 * sum(drawn.values()), drawn


def _highest_column(curve: tuple[float, ...], seed: int) -> float:
    d = _in("ambient", seed, CALM, title="Untitled", layout="top-left", energy_curve=curve)
    h = topographic.landform(d, "range", "top").height
    return float(np.unravel_index(int(np.argmax(h)), h.shape)[1]) / h.shape[1]


def test_the_range_raises_its_summit_where_the_song_is_loud() -> None:
    """A song loud at its start and the same song reversed put the range's highest
    summit at opposite ends of the crest (the crest reads the song one way or the
    other, so the two always differ by a wide stretch)."""
    swell = tuple(
        float(v) for v in 0.15 + 0.85 * np.exp(-((np.linspace(0, 1, 32) - 0.15) ** 2) / 0.01)
    )
    for seed in range(4):
        a, b = _highest_column(swell, seed), _highest_column(swell[::-1], seed)
        assert abs(a - b) > 0.3, (seed, a, b)


def test_the_crater_holds_a_lake_in_the_accent_inside_its_rim() -> None:
    """The crater prints a pool in the accent ink, whole inside the frame (ringed by
    the rim, not a summit cropped by the edge)."""
    d = _in("ambient", 3, CALM, title="Untitled", layout="top-left")
    img = np.asarray(topographic.print_land(d, topographic.Plan("crater", "top"), 256)[0], float)
    ink = topo_inks.inks(d, raster.rng_for(d, "topo"))
    lake = np.abs(img - np.asarray(ink.accent, float)).sum(axis=2) < 30
    assert lake.mean() > 0.01, lake.mean()
    labels, _ = ndimage.label(lake)
    ys, xs = np.nonzero(labels == np.argmax(np.bincount(labels.ravel())[1:]) + 1)
    assert xs.min() > 0 and xs.max() < 255 and ys.min() > 0 and ys.max() < 255


def _branches(d) -> int:
    """The most separate streams a row of the land crosses."""
    wet = topographic.landform(d, "valley", "top").river < 0
    return max(int(ndimage.label(row)[1]) for row in wet)


def test_a_rough_song_forks_the_river_and_a_still_one_does_not() -> None:
    forks = 0
    for seed in range(6):
        base = _in("folk", seed, CALM, title="Untitled", layout="top-left")
        assert _branches(dataclasses.replace(base, turbulence=0.1)) == 1, seed
        forks += _branches(dataclasses.replace(base, turbulence=0.9)) >= 2
    assert forks >= 5, forks
