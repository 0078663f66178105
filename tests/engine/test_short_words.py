"""A line of any title never ends on a short word (title_lines.loose_ends): the shared
line breaker had set "Highway of the / Burning Night Sky", "Heart / of / Glass" and
"Perreo en / la Azotea", which read as broken phrases on a sleeve, while wood type and
the poster already bound them."""

from __future__ import annotations

import pytest

from sleeve.engine.fonts import title_face
from sleeve.engine.glyphs import run_width
from sleeve.engine.title_lines import break_points, fit_lines, loose_ends


def _face(title: str):
    return title_face(title, "sans")


@pytest.mark.parametrize(
    ("title", "lines"),
    [
        ("Heart of Glass", ["Heart", "of Glass"]),  # asked in three: no lone "of"
        ("Lágrimas en la lluvia", ["Lágrimas", "en la", "lluvia"]),  # a connector line
        ("Thunderstruck Highway of the Night", None),
        ("Letters I Never Sent to the Sea", None),
    ],
)
def test_stacked_titles_never_end_a_line_on_a_short_word(
    title: str, lines: list[str] | None
) -> None:
    set_lines, _ = fit_lines(title, _face(title), 1024, width_frac=0.3, measure=run_width, lines=3)
    texts = [line.text for line in set_lines]
    if lines:
        assert texts == lines
    for text in texts[:-1]:  # no line ends on a short word after a word of meaning
        words = text.lower().split()
        shorts = [word in {"of", "en", "la", "to", "the"} for word in words]
        assert all(shorts) or not shorts[-1], texts


@pytest.mark.parametrize(
    ("line", "first", "last", "hangs"),
    [
        ("Highway of the", False, False, True),  # ends on short words
        ("of", False, False, True),  # a short word alone
        ("en la", False, False, False),  # a connector between two lines
        ("Hold On To", True, True, False),  # the title's own last words
        ("धड़कन", False, True, False),
        ("की धड़कन", False, True, True),  # the postposition belongs to the line before
        ("दिल की", True, False, False),
        ("月光下", True, False, False),
    ],
)
def test_a_line_never_leaves_a_short_word_hanging(
    line: str, first: bool, last: bool, hangs: bool
) -> None:
    assert loose_ends(line, first, last) is hangs


def test_titles_without_short_words_break_where_they_did() -> None:
    lines, _ = fit_lines(
        "月光下的城市", _face("月光下的城市"), 1024, width_frac=0.2, measure=run_width
    )
    assert len(lines) > 1
    assert len(break_points("月光下的城市")) == 5  # every CJK character may start a line
