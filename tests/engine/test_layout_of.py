"""Every style tells the composition it draws without drawing: layout_of(direction)
is exactly the layout render(direction, size) names, for varied directions."""

from __future__ import annotations

import dataclasses

from sleeve.engine.direction import ArtDirection, direct_from_music
from sleeve.engine.music import MusicInput
from sleeve.engine.styles import pixel_sort, retro_sun, ridgeline, risograph, spectrogram

# --- lo3: pixel_sort, retro_sun, ridgeline, risograph, spectrogram ---

LO3_TRACKS = (
    ("Slow Tide", "ambient"),
    ("Riot Tape", "punk"),
    ("Neon Drive", "synthwave"),
    ("Vapor Mall", "vaporwave"),
    ("Moon over the City", "lofi"),
    ("Warehouse 9", "techno"),
    ("Glass Static", "hyperpop, glitch"),
    ("Iron Gate", "metal"),
    ("Flowers in the Rain", "pop"),
    ("東京の夜", "city pop, j-pop"),
    ("🌊🔥", "idm"),
    ("Nocturne", "classical"),
)


def _lo3_directions() -> list[ArtDirection]:
    """16 directions: bench-like tracks, then the seed, energy, tempo and audio moved."""
    base = [
        direct_from_music(MusicInput(task_id=f"lo3-{i}", title=title, tags=tags))[0]
        for i, (title, tags) in enumerate(LO3_TRACKS)
    ]
    frames = tuple(tuple((k * j % 7) / 7 for j in range(24)) for k in range(60))
    heard = dataclasses.replace(
        base[6],
        has_audio=True,
        spectrum=frames,
        onsets=tuple((k % 4 == 0) * 1.0 for k in range(64)),
    )
    return [
        *base,
        dataclasses.replace(base[0], seed=424242, energy=0.95, tempo_bpm=174.0),
        dataclasses.replace(base[1], seed=77, energy=0.05, tempo_bpm=62.0, density=0.9),
        dataclasses.replace(base[2], seed=5150, valence=0.1),
        heard,
    ]


LO3_DIRECTIONS = _lo3_directions()


def _lo3_check(module: object) -> None:
    names = set()
    for direction in LO3_DIRECTIONS:
        name = module.layout_of(direction)
        assert name == module.render(direction, 96).layout, (direction.title, name)
        names.add(name)
    assert len(names) >= 2, names


def test_pixel_sort_layout_of_names_what_render_draws() -> None:
    _lo3_check(pixel_sort)


def test_retro_sun_layout_of_names_what_render_draws() -> None:
    _lo3_check(retro_sun)


def test_ridgeline_layout_of_names_what_render_draws() -> None:
    _lo3_check(ridgeline)


def test_risograph_layout_of_names_what_render_draws() -> None:
    _lo3_check(risograph)


def test_spectrogram_layout_of_names_what_render_draws() -> None:
    _lo3_check(spectrogram)
