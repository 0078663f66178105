"""Each style's layout_of names, without drawing, the composition render draws: the
same name as render(direction, size).layout over varied tracks (seed, energy, tempo,
genre, a CJK and an emoji-only title, with audio or without)."""

from __future__ import annotations

import dataclasses
from types import ModuleType

from sleeve.engine.direction import ArtDirection, direct_from_music
from sleeve.engine.music import MusicInput
from sleeve.engine.styles import bokeh, chladni, energy_rings, flow_field, grain_gradient

# --- lo1: bokeh, chladni, energy_rings, flow_field, grain_gradient ---

LO1_TRACKS = (
    ("Slow Tide", "ambient"),
    ("Riot Tape", "punk"),
    ("Neon Drive", "synthwave"),
    ("Blue Smoke", "jazz"),
    ("Corner Store", "hip hop"),
    ("Nocturne", "classical"),
    ("Iron Gate", "metal"),
    ("Sunny Days", "pop"),
    ("Rainy Window", "lofi"),
    ("Night Bus", "drum and bass"),
    ("夜の海", "j-pop"),
    ("🌊🔥", "shoegaze"),
)


def _lo1_directions() -> list[ArtDirection]:
    """Sixteen varied tracks: twelve genres and titles from the tags alone, then four
    turned by seed, energy, tempo and an audio view."""
    base = [
        direct_from_music(MusicInput(task_id=f"lo1-{i}", title=title, tags=tags))[0]
        for i, (title, tags) in enumerate(LO1_TRACKS)
    ]
    audio = dict(
        has_audio=True,
        spectrum=tuple(tuple(0.1 + 0.8 * ((f + b) % 7) / 7 for b in range(12)) for f in range(16)),
        chroma=tuple(1.0 if k == 9 else 0.2 for k in range(12)),
        onsets=((1.0,) + (0.0,) * 3) * 64,
    )
    return [
        *base,
        dataclasses.replace(base[0], seed=base[0].seed + 7, energy=0.95, tempo_bpm=174.0),
        dataclasses.replace(base[1], seed=3, energy=0.05, tempo_bpm=62.0, turbulence=0.05),
        dataclasses.replace(base[3], density=0.1, turbulence=0.9, **audio),
        dataclasses.replace(base[10], seed=123456789, energy=0.5, valence=0.9, **audio),
    ]


LO1_DIRECTIONS = _lo1_directions()


def _lo1_check(module: ModuleType) -> None:
    names = set()
    for direction in LO1_DIRECTIONS:
        name = module.layout_of(direction)
        assert name == module.render(direction, 96).layout, direction.title
        names.add(name)
    assert len(names) >= 2, names


def test_bokeh_layout_of_names_what_render_draws() -> None:
    _lo1_check(bokeh)


def test_chladni_layout_of_names_what_render_draws() -> None:
    _lo1_check(chladni)
    turned = (dataclasses.replace(LO1_DIRECTIONS[5], seed=s) for s in range(300))
    violin = next(d for d in turned if chladni.layout_of(d) == "violin")  # the rare shape
    assert chladni.render(violin, 96).layout == "violin"


def test_energy_rings_layout_of_names_what_render_draws() -> None:
    _lo1_check(energy_rings)


def test_flow_field_layout_of_names_what_render_draws() -> None:
    _lo1_check(flow_field)


def test_grain_gradient_layout_of_names_what_render_draws() -> None:
    _lo1_check(grain_gradient)
