"""Two art directors read the sliced disc and the nested squares as generic (each came back
for a second track in one batch of 74): they are retired, and the ripple (circles
nested on one point of the edge) took their share (a bar chart of the energy curve
and the turned square with a disc were retired in turn). It and the arcs are two
pictures at thumbnail size, and the song, not only the seed, moves the letter, the
arcs and the bars."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from sleeve.engine.languages import language_for
from sleeve.engine.looks import turned
from sleeve.engine.styles import swiss_geometry

from .test_styles import CALM, LOUD

NEW = ("ripple", "arcs")


def _as(base, genre: str, **changes):
    language = language_for(genre)
    return dataclasses.replace(base, genre=language.family, language=language, **changes)


def _thumb(kind: str, direction, monkeypatch) -> np.ndarray:
    """The cover of `kind` as a viewer sees it in a feed: 16 x 16 luminance, 0..1."""
    monkeypatch.setattr(swiss_geometry, "composition", lambda direction, rng: kind)
    image = swiss_geometry.render(direction, 128).image.convert("L").resize((16, 16))
    return np.asarray(image, float) / 255.0


TRACKS = (
    _as(LOUD, "techno", title="Pulse Width", energy=0.8, tempo_bpm=132.0),
    _as(CALM, "jazz", title="Blue Note for Ellis", tempo_bpm=92.0),
    _as(CALM, "pop", title="Sunny Days", valence=0.8),
    _as(LOUD, "rock", title="Thunderstruck Highway", energy=0.9),
    _as(CALM, "ambient", title="Quiet Snow", valence=0.3),
    _as(CALM, "city_pop", title="東京の夜"),
    _as(LOUD, "children", title="The Little Yellow Duck", valence=0.9),
    _as(LOUD, "dream_pop", title="Pink Haze", energy=0.6),
)


def test_the_slice_the_nested_squares_and_the_bar_chart_are_never_drawn() -> None:
    gone = {"slice", "nested", "chart"}
    assert gone <= set(swiss_geometry.RETIRED)
    assert not gone & set(swiss_geometry.COMPOSITIONS)
    for track in TRACKS:
        base = dataclasses.replace(track, seed=3)
        drawn = {swiss_geometry.layout_of(turned(base, k)) for k in range(48)}
        assert not drawn & gone, (track.title, drawn)


def test_the_new_studies_are_drawn_across_a_mix_of_tracks() -> None:
    drawn = {
        swiss_geometry.layout_of(dataclasses.replace(track, seed=seed))
        for track in TRACKS
        for seed in range(30)
    }
    assert set(NEW) <= drawn, drawn


def test_the_new_studies_differ_in_layout_at_thumbnail_size(monkeypatch) -> None:
    """The three studies of one song are three pictures, not one in three colours:
    their 16 px luminance differs clearly, for every pair and every track."""
    for track in TRACKS[:4]:
        direction = dataclasses.replace(track, seed=7)
        thumbs = {kind: _thumb(kind, direction, monkeypatch) for kind in NEW}
        for i, a in enumerate(NEW):
            for b in NEW[i + 1 :]:
                gap = float(np.abs(thumbs[a] - thumbs[b]).mean())
                assert gap > 0.08, (track.title, a, b, gap)


@pytest.mark.parametrize("kind", [*NEW, "glyph", "rhythm", "rain", "heart"])
def test_two_songs_give_two_layouts(monkeypatch, kind: str) -> None:
    """One seed, two songs (another tempo, energy curve, key and title): a different
    picture, not the same one recoloured, for the studies and for the letter, the
    arcs and the bars, which had repeated one crop and scale across songs."""
    first = _as(CALM, "jazz", title="Velvet", seed=11, key=0, tempo_bpm=80.0)
    second = dataclasses.replace(
        first,
        title="Sodium Lights",
        key=6,
        tempo_bpm=150.0,
        energy_curve=tuple(np.r_[np.linspace(1.0, 0.2, 16), np.linspace(0.2, 0.9, 16)]),
    )
    a, b = _thumb(kind, first, monkeypatch), _thumb(kind, second, monkeypatch)
    assert float(np.abs(a - b).mean()) > 0.04, kind


@pytest.mark.parametrize("title", ["Velvet", "Blue Note for Ellis"])
def test_the_seed_moves_the_letters_crop_and_scale(monkeypatch, title: str) -> None:
    """Over the seeds the service tries, one song's huge letter takes several crops
    and scales: no two of six thumbnails are near copies (one crop had repeated)."""
    base = _as(CALM, "jazz", title=title, key=2)
    thumbs = [
        _thumb("glyph", dataclasses.replace(base, seed=seed), monkeypatch) for seed in range(6)
    ]
    gaps = [
        float(np.abs(thumbs[i] - thumbs[j]).mean())
        for i in range(len(thumbs))
        for j in range(i + 1, len(thumbs))
    ]
    assert min(gaps) > 0.05, sorted(gaps)
