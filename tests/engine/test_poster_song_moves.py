"""Two songs drawn in the same poster composition with the same title, seed and
palette draw two pictures, not one recoloured: the tower's lines (their sizes, breaks,
side), the wave's swell and form and the front page's columns and chart move with the
music (Golden Hour and Song Title had drawn one tower in two yellows; a flat song's
wave rode a full-height ripple)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from sleeve.engine.languages import language_for
from sleeve.engine.raster import rng_for
from sleeve.engine.styles import typographic_poster
from tests.engine.test_styles import LOUD

S = 256
X = np.linspace(0.0, 1.0, 64)
BUILD = tuple(0.15 + 0.8 * X**2)  # a slow build to a late peak
EARLY = tuple(0.95 - 0.6 * X)  # loud from the start, fading
FLAT = tuple(0.5 + 0.02 * np.sin(9 * X))  # barely moves


def _song(title: str, curve: tuple[float, ...], seed: int = 5, energy: float = 0.6):
    language = language_for("house")
    return dataclasses.replace(
        LOUD, genre="pop", language=language, title=title, seed=seed, energy=energy,
        tempo_bpm=120.0, energy_curve=curve, font_role="grotesk",
    )  # fmt: skip


def _layout(monkeypatch, kind: str, direction):
    monkeypatch.setattr(typographic_poster, "composition", lambda d, rng: kind)
    return typographic_poster.render_with_title(direction, S)[1]


def _overlap(a, b) -> float:
    """Intersection over union of two title masks."""
    ma, mb = np.asarray(a.mask) > 127, np.asarray(b.mask) > 127
    return float((ma & mb).sum()) / max(1, int((ma | mb).sum()))


@pytest.mark.parametrize("title", ["Golden Hour", "Song Title", "Lift Every Hand"])
def test_the_tower_sets_the_title_differently_for_a_dynamic_and_a_flat_song(monkeypatch, title):
    dynamic = _layout(monkeypatch, "tower", _song(title, BUILD))
    flat = _layout(monkeypatch, "tower", _song(title, FLAT))
    assert _overlap(dynamic, flat) < 0.5


@pytest.mark.parametrize("title", ["Golden Hour", "Song Title", "Morning Briefing"])
def test_a_dynamic_songs_tower_contrasts_its_lines_in_size(monkeypatch, title):
    """Each line the frame's full height (its type size its own), against a flat song's
    one size for every line."""

    def thickness(layout) -> list[int]:
        return [x1 - x0 for x0, _, x1, _ in layout.boxes]

    dynamic = thickness(_layout(monkeypatch, "tower", _song(title, BUILD)))
    flat = thickness(_layout(monkeypatch, "tower", _song(title, FLAT)))
    assert len(dynamic) >= 2 and len(flat) >= 2
    assert max(dynamic) / min(dynamic) >= 1.25, dynamic
    assert max(flat) / min(flat) < 1.25, flat


def _rise(layout) -> float:
    """How far the wave's letters climb and fall: the spread of their feet."""
    feet = [y1 for _, _, _, y1 in layout.boxes]
    return float(max(feet) - min(feet))


def test_a_flat_songs_wave_rides_nearly_level(monkeypatch):
    for seed in range(4):
        moving = _rise(_layout(monkeypatch, "wave", _song("Sunrise", BUILD, seed)))
        flat = _rise(_layout(monkeypatch, "wave", _song("Sunrise", FLAT, seed)))
        assert flat < moving * 0.4, (seed, flat, moving)


def test_the_wave_form_hangs_for_a_song_loud_early_and_rises_for_one_that_builds(monkeypatch):
    """The title sits under the form hung from the head for a song loud from the start,
    over the form rising from the foot for a build: lower in the frame for the first on
    most seeds."""

    def middle(layout) -> float:
        return float(np.mean([(y0 + y1) / 2 for _, y0, _, y1 in layout.boxes]))

    lower = 0
    for seed in range(10):
        early = middle(_layout(monkeypatch, "wave", _song("Golden Hour", EARLY, seed)))
        build = middle(_layout(monkeypatch, "wave", _song("Golden Hour", BUILD, seed)))
        lower += early > build + S * 0.1
    assert lower >= 6, lower


def _peak_bar_x(monkeypatch, direction) -> float:
    """Where the front page's chart marks the song's peak (its one bar in the accent),
    as a share of the width."""
    monkeypatch.setattr(typographic_poster, "composition", lambda d, rng: "headline")
    image = np.asarray(typographic_poster.render_with_title(direction, S)[0], float)
    rng = rng_for(direction, "typographic_poster")
    accent = np.asarray(typographic_poster._poster(direction, S, rng, "headline").accent, float)
    near = np.abs(image - accent).sum(axis=2) < 60
    near[: S // 2] = False  # the chart stands in the body, under the banner
    return float(np.nonzero(near)[1].mean()) / S


def test_the_front_pages_chart_stands_where_the_song_peaks(monkeypatch):
    for seed in range(3):
        early = _peak_bar_x(monkeypatch, _song("Golden Hour", EARLY, seed))
        late = _peak_bar_x(monkeypatch, _song("Golden Hour", BUILD, seed))
        assert late - early > 0.4, (seed, early, late)
