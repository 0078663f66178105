"""Every style names the composition it drew (Artwork.layout):
a short lowercase name, the same at any size, and more than one name across tracks;
the typographic poster tells its composition without rendering, and it is the one
render_with_title draws."""

from __future__ import annotations

import re

import pytest

from sleeve.engine.direction import ArtDirection, direct_from_music
from sleeve.engine.music import MusicInput
from sleeve.engine.styles import typographic_poster
from sleeve.engine.styles.registry import all_styles, get_style

TRACKS = (
    ("Slow Tide", "ambient"),
    ("Riot Tape", "punk"),
    ("Neon Drive", "synthwave"),
    ("Blue Smoke", "jazz"),
    ("Corner Store", "hip hop"),
    ("Old Road", "folk"),
    ("Warehouse 9", "techno"),
    ("Nocturne", "classical"),
    ("Iron Gate", "metal"),
    ("Sunny Days", "pop"),
    ("Rainy Window", "lofi"),
    ("City of Night", "drill"),
)
NAME = re.compile(r"[a-z]+(-[a-z]+)*")


def _directions() -> list[ArtDirection]:
    return [
        direct_from_music(MusicInput(task_id=f"layout-{i}", title=title, tags=tags))[0]
        for i, (title, tags) in enumerate(TRACKS)
    ]


DIRECTIONS = _directions()


@pytest.mark.parametrize("name", sorted(all_styles()))
def test_a_style_names_its_layout_the_same_at_any_size(name: str) -> None:
    style = get_style(name)
    seen = set()
    for direction in DIRECTIONS:
        layout = style.render(direction, 96).layout
        assert NAME.fullmatch(layout), (name, layout)
        assert style.render(direction, 64).layout == layout, (name, direction.title)
        seen.add(layout)
    assert len(seen) >= 2, (name, seen)


def test_the_poster_names_the_composition_it_draws(monkeypatch: pytest.MonkeyPatch) -> None:
    drawn: list[str] = []

    def spy(module: object, kind: str) -> None:
        real = getattr(module, kind)

        def draw(*args: object) -> object:
            drawn.append(kind)
            return real(*args)

        monkeypatch.setattr(module, kind, draw)

    for kind in typographic_poster.COMPOSITIONS:
        spy(typographic_poster.DRAWN_BY[kind], kind)
    names = set()
    for direction in DIRECTIONS:
        drawn.clear()
        typographic_poster.render_with_title(direction, 96)
        name = typographic_poster.layout_of(direction)
        assert drawn == [name.replace("-", "_")], (direction.title, drawn, name)
        assert typographic_poster.render(direction, 96).layout == name
        names.add(name)
    assert len(names) >= 2, names
