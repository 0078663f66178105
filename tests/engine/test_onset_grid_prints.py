"""An art director scored the onset grid 4 of 10: the terrazzo "reads as rubble /
broken glass, not a rhythm print" and the Memphis wall "sparse and random-looking; on
calm songs an almost empty field". What a listener should now see: the terrazzo laid
in courses, a bar a course (the rhythm's rows visible, not a heap); the Memphis wall
whole even when the song barely plays."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from PIL import Image

from sleeve.engine import raster
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles import onset_grid
from sleeve.engine.styles.registry import get_style
from tests.engine.test_styles import CALM, LOUD

SIZE = 256
ART = SIZE * 45 // 100  # below the deepest title band a top title keeps (with margin)


def _ink(d: ArtDirection) -> np.ndarray:
    """Where the cover departs from its own field, in the art below a top title."""
    field = onset_grid._sheet(d, Image.new("RGB", (8, 8)), raster.rng_for(d, "x")).field
    rgb = np.asarray(get_style("onset_grid").render(d, SIZE).image, np.float64)
    return (np.abs(rgb - np.asarray(field, float)).sum(axis=2) > 60)[ART:]


def _force(monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
    monkeypatch.setattr(onset_grid, "_plan", lambda _: kind)


def _courses(ink: np.ndarray) -> int:
    """How many bands of ink run across the art, parted by near-bare rows of field."""
    profile = ink.mean(axis=1)
    on = profile > 0.25 * profile.max()
    return int(on[0]) + int((on[1:] & ~on[:-1]).sum())


def test_a_steady_groove_lays_the_terrazzo_in_courses(monkeypatch: pytest.MonkeyPatch) -> None:
    """A steady song's terrazzo is a floor laid in courses, a bar a course: four or
    more bands of chips parted by bare field (the old heap of shards ran into one to
    three)."""
    _force(monkeypatch, "terrazzo")
    for base in (CALM, LOUD):
        for seed in range(4):
            d = dataclasses.replace(base, seed=seed, layout="top-left", energy_curve=(0.6,) * 64)
            assert _courses(_ink(d)) >= 4, (base.energy, seed)


def test_the_memphis_wall_is_whole_when_the_song_barely_plays(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A song that plays only its downbeats still fills the Memphis wall: a rest is a
    tile of confetti dots, not bare field (a calm song's wall was an empty field)."""
    _force(monkeypatch, "memphis")
    sparse = (1.0,) + (0.0,) * 31
    for base in (CALM, LOUD):
        for seed in range(4):
            d = dataclasses.replace(
                base, seed=seed, layout="top-left", has_audio=True, onsets=sparse * 4
            )
            ink = _ink(d)[: 4 * 32]
            blocks = ink.reshape(4, 32, 8, 32).any(axis=(1, 3)).mean()
            assert blocks >= 0.8, (base.energy, seed, blocks)
