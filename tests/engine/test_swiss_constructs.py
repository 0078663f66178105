"""Two art directors rated Swiss geometry 7/10 but found too few layouts: two
constructions joined them, each its own picture (a bent stripe bundle after
Stankowski, a fan of wedges at a corner), moved by the song (its energy curve, tempo
and key) and by the seed, and leaned to by the tempo (Max Bill's polygons and the
overprinted chain of discs were retired as generic)."""

from __future__ import annotations

import dataclasses
import itertools
from collections import Counter

import numpy as np
import pytest

from sleeve.engine.styles import swiss_geometry

from .test_styles import CALM, LOUD
from .test_swiss_studies import _as, _thumb

NEW = ("bundle", "fan")
OLD = ("arcs", "rhythm", "pulse", "ripple")


def test_the_constructions_are_music_compositions() -> None:
    assert set(NEW) <= set(swiss_geometry.MUSIC)
    assert not set(NEW) & set(swiss_geometry.RETIRED)
    plain = _as(CALM, "jazz", title="Velvet")
    drawn = {swiss_geometry.layout_of(dataclasses.replace(plain, seed=s)) for s in range(150)}
    assert set(NEW) <= drawn, drawn


def test_the_constructions_differ_from_every_old_composition(monkeypatch) -> None:
    """One song drawn in a new construction and in each old one: a different picture
    at 16 px for every pair, on each of three tracks."""
    tracks = (
        _as(LOUD, "techno", title="Pulse Width", energy=0.8, tempo_bpm=132.0, seed=5),
        _as(CALM, "jazz", title="Blue Note for Ellis", tempo_bpm=92.0, seed=7),
        _as(CALM, "pop", title="Sunny Days", valence=0.8, seed=9),
    )
    for track in tracks:
        thumbs = {kind: _thumb(kind, track, monkeypatch) for kind in (*NEW, *OLD)}
        for a, b in itertools.product(NEW, (*NEW, *OLD)):
            if a != b:
                gap = float(np.abs(thumbs[a] - thumbs[b]).mean())
                assert gap > 0.04, (track.title, a, b, gap)


@pytest.mark.parametrize("kind", NEW)
def test_one_construction_takes_many_shapes_over_the_seeds(kind: str, monkeypatch) -> None:
    """Two uses of one construction differ visibly: over six seeds of one song no two
    thumbnails are near copies (the seed moves the side, scale, crop and place)."""
    base = _as(CALM, "jazz", title="Velvet", key=2)
    thumbs = [_thumb(kind, dataclasses.replace(base, seed=seed), monkeypatch) for seed in range(6)]
    gaps = [float(np.abs(a - b).mean()) for a, b in itertools.combinations(thumbs, 2)]
    assert min(gaps) > 0.03, (kind, sorted(gaps)[:3])


@pytest.mark.parametrize("kind", NEW)
def test_the_song_moves_each_construction(kind: str, monkeypatch) -> None:
    """One seed, two songs (another tempo, energy curve and key): another picture."""
    first = _as(CALM, "jazz", title="Velvet", seed=11, key=0, tempo_bpm=80.0)
    second = dataclasses.replace(
        first,
        key=6,
        tempo_bpm=150.0,
        energy_curve=tuple(np.r_[np.linspace(1.0, 0.2, 16), np.linspace(0.2, 0.9, 16)]),
    )
    a, b = _thumb(kind, first, monkeypatch), _thumb(kind, second, monkeypatch)
    assert float(np.abs(a - b).mean()) > 0.02, kind


def test_the_tempo_leans_the_choice() -> None:
    """A quick beat draws the stripe bundle more than the fan of wedges, a slow song the
    other way round."""
    base = _as(CALM, "jazz", title="Velvet", energy=0.5)
    fast = Counter(
        swiss_geometry.layout_of(dataclasses.replace(base, seed=s, tempo_bpm=170.0))
        for s in range(400)
    )
    slow = Counter(
        swiss_geometry.layout_of(dataclasses.replace(base, seed=s, tempo_bpm=62.0))
        for s in range(400)
    )
    assert fast["bundle"] > fast["fan"] and slow["fan"] > slow["bundle"], (fast, slow)
    assert slow["fan"] > fast["fan"] and fast["bundle"] > slow["bundle"]
