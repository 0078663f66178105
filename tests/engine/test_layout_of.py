"""Every style names, without drawing, the composition its render draws: layout_of
is exactly render(direction, size).layout, over varied tracks (many genres and
scripts, an emoji-only title, a title over the image, a grey palette, seeds, energy,
tempo, spectrum and onsets, a synthesized audio track). The pipeline asks layout_of
for each turn of the seed to find a layout the account has not had lately."""

from __future__ import annotations

import dataclasses

import pytest

from sleeve.engine.direction import ArtDirection, direct_from_music
from sleeve.engine.music import MusicInput
from sleeve.engine.styles.registry import all_styles, get_style
from tests.engine.synth_audio import write_track

TRACKS = (
    ("Slow Tide", "ambient"),
    ("Riot Tape", "punk"),
    ("Neon Drive", "synthwave"),
    ("Vapor Mall", "vaporwave"),
    ("Blue Smoke", "jazz"),
    ("Corner Store", "hip hop"),
    ("City of Night", "drill"),
    ("Nocturne No. 2", "classical"),
    ("Iron Gate", "doom metal"),
    ("Frostbitten Pines", "black metal"),
    ("Sunny Days", "pop"),
    ("Rainy Window", "lofi"),
    ("Night Bus", "drum and bass"),
    ("Warehouse 9", "techno"),
    ("Glass Static", "hyperpop, glitch"),
    ("Heart of Glass", "disco"),
    ("Old Road", "folk"),
    ("La Cumbia del Sol", "cumbia"),
    ("Garota de Ipanema", "bossa nova"),
    ("Baby Shark Song", "children"),
    ("Dil Se (Remix)", "bollywood"),
    ("東京の夜", "city pop, j-pop"),
    ("حبيبي", "arabic pop"),
    ("Ночь", "metal"),
    ("🌊🔥", "idm"),
)


@pytest.fixture(scope="module")
def directions(tmp_path_factory: pytest.TempPathFactory) -> list[ArtDirection]:
    """The tracks from their words, one from a synthesized track, and some moved: seed,
    energy and tempo, a title over the image, a grey accent, a measured spectrum and
    onsets."""
    words = [
        direct_from_music(MusicInput(task_id=f"layout-of-{i}", title=title, tags=tags))[0]
        for i, (title, tags) in enumerate(TRACKS)
    ]
    beat = write_track(str(tmp_path_factory.mktemp("beat") / "beat.wav"), sr=22050, bpm=150)
    heard = direct_from_music(
        MusicInput(task_id="layout-of-audio", title="Glass Steps", tags="house", audio_path=beat)
    )[0]
    assert heard.has_audio
    spectrum = tuple(tuple((k * j % 7) / 7 for j in range(24)) for k in range(60))
    onsets = ((1.0, 0.1, 0.4, 0.0) * 4) * 8
    return [
        *words,
        heard,
        dataclasses.replace(words[0], seed=424242, energy=0.95, tempo_bpm=174.0),
        dataclasses.replace(words[1], seed=77, energy=0.05, tempo_bpm=62.0, density=0.9),
        dataclasses.replace(words[1], seed=4242, layout="title-image"),
        dataclasses.replace(
            words[13], seed=777, palette=dataclasses.replace(words[13].palette, accent=(128,) * 3)
        ),
        dataclasses.replace(words[14], has_audio=True, spectrum=spectrum, onsets=onsets),
        dataclasses.replace(words[4], density=0.1, turbulence=0.9, has_audio=True, onsets=onsets),
    ]


@pytest.mark.parametrize("name", sorted(all_styles()))
def test_layout_of_names_what_render_draws(name: str, directions: list[ArtDirection]) -> None:
    style = get_style(name)
    names = set()
    for direction in directions:
        named = style.layout_of(direction)
        assert named == style.render(direction, 96).layout, (direction.title, direction.seed)
        names.add(named)
    assert len(names) >= 2, names
