"""Titles with nothing visible are made from the rest of the track, and say so."""

from __future__ import annotations

import pytest

from sleeve.engine.music import INVISIBLE_TITLE, MusicInput, has_words, visible_title
from sleeve.engine.pipeline import render_covers
from sleeve.engine.styles.registry import get_style


@pytest.mark.parametrize(
    "title",
    ["\u200b\u200b\u200b", "\u0301" * 300, " \u2060\u200d\ufeff ", "\u202e\u202c", "\t\n"],
    ids=repr,
)
def test_nothing_visible(title: str) -> None:
    assert visible_title(title) == ""


@pytest.mark.parametrize(
    "title",
    ["a" + "\u0301" * 300, "\U0001f469\u200d\U0001f3a4", "ক্\u200dষ", " x ", "..."],
    ids=repr,
)
def test_visible_titles_keep_their_joiners(title: str) -> None:
    assert visible_title(title) == title.strip()


def test_an_invisible_title_renders_two_covers_with_a_note() -> None:
    covers = render_covers(MusicInput(task_id="ghost", title="\u200b" * 3, tags="lofi"), size=128)
    assert len(covers.covers) == 2 and covers.covers[0].style != covers.covers[1].style
    assert covers.notes == (INVISIBLE_TITLE,)


@pytest.mark.parametrize("title", ["🌙✨💔", "...", "♥ ♥ ♥"])
def test_a_title_without_words_is_never_set_as_the_picture(title: str) -> None:
    """A typographic poster of "🌙✨💔" was a beige page with three small emoji: a
    style that makes the title its picture is left out where the title has no words."""
    for tags in ("bedroom pop", "punk", "hiphop", "synthwave", "rock", "trap"):
        covers = render_covers(MusicInput(task_id=f"w-{tags}", title=title, tags=tags), size=96)
        styles = [cover.style for cover in covers.covers]
        assert not any(get_style(name).STYLE.draws_title for name in styles), (tags, styles)
    assert has_words("Song 2") and has_words("君と見た花火") and not has_words(title)
