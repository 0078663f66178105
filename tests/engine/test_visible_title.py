"""Titles with nothing visible are made from the rest of the track, and say so."""

from __future__ import annotations

import pytest

from sleeve.engine.music import INVISIBLE_TITLE, MusicInput, visible_title
from sleeve.engine.pipeline import render_covers


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
