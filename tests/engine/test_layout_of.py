"""Every style tells the composition it draws without drawing (layout_of): the name
is the one render sets as Artwork.layout, for directions of every kind."""

from __future__ import annotations

import dataclasses

from sleeve.engine.direction import ArtDirection, direct_from_music
from sleeve.engine.music import MusicInput
from sleeve.engine.styles.registry import get_style

from .test_styles import CALM, LOUD

# --- lo2: loudness_horizon, marbled_ink, mono_grain, onset_grid, paper_cut ---

LO2_TRACKS = (
    ("Slow Tide", "ambient"),
    ("Riot Tape", "punk"),
    ("夜の海", "city pop"),
    ("💔🌙", "r&b"),
    ("City of Night", "drill"),
    ("Heart of Glass", "disco"),
    ("Rainy Window", "lofi"),
    ("Sunny Days", "pop"),
    ("Iron Gate", "doom metal"),
    ("حبيبي", "arabic pop"),
    ("Garota de Ipanema", "bossa nova"),
    ("Frostbitten Pines", "black metal"),
)


def _lo2_directions() -> list[ArtDirection]:
    """Sixteen directions: words-only tracks of many genres and scripts, the calm and
    loud test tracks with other seeds and title layouts, and two with audio onsets."""
    found = [
        direct_from_music(MusicInput(task_id=f"lo2-{i}", title=title, tags=tags))[0]
        for i, (title, tags) in enumerate(LO2_TRACKS)
    ]
    hits = ((1.0, 0.1, 0.4, 0.0) * 4) * 8
    return [
        *found,
        dataclasses.replace(CALM, seed=5, layout="centred", title="Sea"),
        dataclasses.replace(LOUD, seed=77, layout="corner", title="Window"),
        dataclasses.replace(CALM, seed=3, has_audio=True, onsets=hits, tempo_bpm=124.0),
        dataclasses.replace(LOUD, seed=12, has_audio=True, onsets=hits[::-1], energy=0.5),
    ]


LO2_DIRECTIONS = _lo2_directions()


def _lo2_check(name: str) -> None:
    style = get_style(name)
    for direction in LO2_DIRECTIONS:
        drawn = style.render(direction, 96).layout
        assert style.layout_of(direction) == drawn, (name, direction.title, direction.seed)


def test_loudness_horizon_layout_of_names_what_render_draws() -> None:
    _lo2_check("loudness_horizon")


def test_marbled_ink_layout_of_names_what_render_draws() -> None:
    _lo2_check("marbled_ink")


def test_mono_grain_layout_of_names_what_render_draws() -> None:
    _lo2_check("mono_grain")


def test_onset_grid_layout_of_names_what_render_draws() -> None:
    _lo2_check("onset_grid")


def test_paper_cut_layout_of_names_what_render_draws() -> None:
    _lo2_check("paper_cut")
