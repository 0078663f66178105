"""Reviewers scored Swiss geometry 6/10: the stripe bundle read as empty corner
brackets, the mountain as clip-art ranks, the rain's drop (a disc and a square) as a
house tag. The bundle is retired; two marks of motion joined the music compositions,
each its own picture (a march of chevrons after Max Huber, a square spiral after
Lohse), moved by the song and the seed and leaned to by the tempo; the mountain is one
leaning triangle in strata. Round 15 retired the chevrons (thirteen of 74 bench covers,
"a road-hazard sign" on Candyfloss): only the spiral is left of the marks of motion, and
the tempo now leans the choice to the meter and the bars."""

from __future__ import annotations

import dataclasses
import itertools
from collections import Counter

import numpy as np
import pytest

from sleeve.engine.styles import swiss_geometry

from .test_styles import CALM, LOUD
from .test_swiss_signs import _ink
from .test_swiss_studies import _as, _thumb

NEW = ("spiral",)
OLD = ("arcs", "rhythm", "lamella", "meter")


def test_the_bundle_is_retired_and_the_marks_of_motion_are_drawn() -> None:
    assert "bundle" in swiss_geometry.RETIRED
    assert "bundle" not in swiss_geometry.COMPOSITIONS
    assert set(NEW) <= set(swiss_geometry.MUSIC)
    plain = _as(CALM, "jazz", title="Velvet")
    drawn = {swiss_geometry.layout_of(dataclasses.replace(plain, seed=s)) for s in range(150)}
    assert set(NEW) <= drawn and "bundle" not in drawn, drawn


def test_the_marks_differ_from_every_old_composition(monkeypatch) -> None:
    """One song drawn in a new mark and in each old composition: a different picture
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
def test_one_mark_takes_many_shapes_over_the_seeds(kind: str, monkeypatch) -> None:
    """Two uses of one mark differ visibly: over six seeds of one song no two
    thumbnails are near copies (the seed moves the heading, scale, crop and place)."""
    base = _as(CALM, "jazz", title="Velvet", key=2)
    thumbs = [_thumb(kind, dataclasses.replace(base, seed=seed), monkeypatch) for seed in range(6)]
    gaps = [float(np.abs(a - b).mean()) for a, b in itertools.combinations(thumbs, 2)]
    assert min(gaps) > 0.03, (kind, sorted(gaps)[:3])


@pytest.mark.parametrize("kind", NEW)
def test_the_song_moves_each_mark(kind: str, monkeypatch) -> None:
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


def test_the_chevrons_are_retired() -> None:
    """The march of chevrons read as a road-hazard sign (Candyfloss) and took thirteen
    of 74 bench covers: it is drawn on no seed of a quick, loud pop song it had filled."""
    assert "chevrons" in swiss_geometry.RETIRED
    assert "chevrons" not in swiss_geometry.COMPOSITIONS
    for title in ("Candyfloss", "Thunderstruck Highway", "Song Title"):
        base = _as(LOUD, "pop", title=title, tempo_bpm=150.0, energy=0.8)
        drawn = {swiss_geometry.layout_of(dataclasses.replace(base, seed=s)) for s in range(200)}
        assert "chevrons" not in drawn, (title, drawn)


def test_the_tempo_leans_the_choice() -> None:
    """A quick beat draws the bars more than a slow one does (the chevrons,
    which it leaned to before, are retired), a slow song the lamella's slow blind more
    than a quick one."""
    base = _as(CALM, "jazz", title="Velvet", energy=0.5)
    fast = Counter(
        swiss_geometry.layout_of(dataclasses.replace(base, seed=s, tempo_bpm=170.0))
        for s in range(400)
    )
    slow = Counter(
        swiss_geometry.layout_of(dataclasses.replace(base, seed=s, tempo_bpm=62.0))
        for s in range(400)
    )
    assert fast["rhythm"] > 1.2 * slow["rhythm"], (fast, slow)
    assert slow["lamella"] > 1.2 * fast["lamella"], (fast, slow)


def test_the_mountain_is_one_summit_not_ranks_of_triangles(monkeypatch) -> None:
    """The mountain's skyline rises to one summit and falls away: no second peak (three
    ranks of small triangles had read as clip-art)."""
    for seed in range(6):
        base = _as(LOUD, "rock", title="Mountain Song", seed=seed)
        ink = _ink("peaks", base, monkeypatch)
        ink = ink[:-2] & ink[1:-1] & ink[2:]  # solid ink, not a speck of grain
        cols = np.flatnonzero(ink.sum(axis=0) > 3)
        sky = np.array([np.argmax(ink[:, c]) for c in cols], float)
        summit = int(np.argmin(sky))
        # up to the summit it never drops into a valley, past it never climbs again
        rise, fall = sky[: summit + 1], sky[summit:][::-1]
        valleys = max(
            float((rise - np.minimum.accumulate(rise)).max()),
            float((fall - np.minimum.accumulate(fall)).max()),
        )
        assert valleys <= 6, (seed, valleys)
