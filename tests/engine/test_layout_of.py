"""Every style tells the composition it draws without drawing it: `layout_of(direction)`
is exactly the `layout` its render sets, for varied seeds, music, genres and titles."""

from __future__ import annotations

import dataclasses

import pytest

from sleeve.engine.direction import ArtDirection, direct_from_music
from sleeve.engine.music import MusicInput
from sleeve.engine.styles import (
    swiss_geometry,
    topographic,
    typographic_poster,
    wood_type,
    xerox_collage,
)
from tests.engine.synth_audio import write_track

# ---- lo4: swiss_geometry, topographic, typographic_poster, wood_type, xerox_collage ----

LO4_TRACKS = (
    ("Slow Tide", "ambient"),
    ("Riot Tape", "punk"),
    ("Warehouse 9", "techno"),
    ("Nocturne No. 2", "classical"),
    ("Old Road", "folk"),
    ("La Cumbia del Sol", "cumbia"),
    ("Rock and Roll", "rock"),
    ("東京の夜", "j-pop"),
    ("🔥🌙", "trap"),
    ("Ночь", "metal"),
    ("Baby Shark Song", "children"),
    ("Dil Se (Remix)", "bollywood"),
)


@pytest.fixture(scope="module")
def lo4_directions(tmp_path_factory: pytest.TempPathFactory) -> list[ArtDirection]:
    """Sixteen directions: twelve from words alone, one from a synthesized track, and
    three turned (seed, energy and tempo, a title set over the image, a grey palette)."""
    words = [
        direct_from_music(MusicInput(task_id=f"lo4-{i}", title=title, tags=tags))[0]
        for i, (title, tags) in enumerate(LO4_TRACKS)
    ]
    track = write_track(
        str(tmp_path_factory.mktemp("lo4") / "beat.wav"), sr=22050, bpm=150, duration_s=12
    )
    heard = direct_from_music(
        MusicInput(task_id="lo4-audio", title="Glass Steps", tags="house", audio_path=track)
    )[0]
    assert heard.has_audio
    loud = dataclasses.replace(words[0], seed=31337, energy=0.95, tempo_bpm=176.0)
    over = dataclasses.replace(words[1], seed=4242, layout="title-image")
    grey = dataclasses.replace(
        words[2],
        seed=777,
        palette=dataclasses.replace(words[2].palette, accent=(128, 128, 128)),
    )
    return [*words, heard, loud, over, grey]


def _lo4_check(module: object, directions: list[ArtDirection]) -> None:
    """layout_of names what render(…, 96) draws, for each direction."""
    for direction in directions:
        named = module.layout_of(direction)  # type: ignore[attr-defined]
        drawn = module.render(direction, 96).layout  # type: ignore[attr-defined]
        assert named == drawn, (direction.title, direction.seed, named, drawn)


def test_swiss_geometry_layout_of_names_what_render_draws(
    lo4_directions: list[ArtDirection],
) -> None:
    _lo4_check(swiss_geometry, lo4_directions)


def test_topographic_layout_of_names_what_render_draws(
    lo4_directions: list[ArtDirection],
) -> None:
    _lo4_check(topographic, lo4_directions)


def test_typographic_poster_layout_of_names_what_render_draws(
    lo4_directions: list[ArtDirection],
) -> None:
    _lo4_check(typographic_poster, lo4_directions)


def test_wood_type_layout_of_names_what_render_draws(
    lo4_directions: list[ArtDirection],
) -> None:
    _lo4_check(wood_type, lo4_directions)


def test_xerox_collage_layout_of_names_what_render_draws(
    lo4_directions: list[ArtDirection],
) -> None:
    _lo4_check(xerox_collage, lo4_directions)
