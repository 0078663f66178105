"""Two art directors read the diagonal caution-tape band as a template (three covers of one
batch, a stray hairline beside it): it is retired, and two type-led sheets took its
place, the stack (the words huge, one lit in the accent) and the echo (the title
repeated, fading, one line in full ink; retired in round 9 as a type specimen). Each is
its own picture at 16 px, and the song's energy curve moves it."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from sleeve.engine.languages import language_for
from sleeve.engine.looks import turned
from sleeve.engine.styles import typographic_poster
from tests.engine.test_styles import CALM, LOUD

S = 128


def _as(base, genre: str, **changes):
    language = language_for(genre)
    return dataclasses.replace(base, genre=language.family, language=language, **changes)


def _forced(monkeypatch, kind: str) -> None:
    monkeypatch.setattr(typographic_poster, "composition", lambda direction, rng: kind)


def _thumb(direction) -> np.ndarray:
    image, _ = typographic_poster.render_with_title(direction, S)
    return np.asarray(image.convert("L").resize((16, 16)), float) / 255.0


TRACKS = (
    _as(LOUD, "house", title="Golden Hour", energy=0.8),
    _as(CALM, "lofi", title="coffee & notebooks"),
    _as(LOUD, "pop", title="Morning Briefing", energy=0.6),
    _as(CALM, "jazz", title="Blue Smoke"),
    _as(LOUD, "rock", title="Thunderstruck Highway", energy=0.85),
)


def test_the_diagonal_is_never_drawn() -> None:
    assert "diagonal" in typographic_poster.RETIRED
    assert "diagonal" not in typographic_poster.COMPOSITIONS
    every = set()
    for track in TRACKS:
        base = dataclasses.replace(track, seed=4)
        drawn = {typographic_poster.layout_of(turned(base, k)) for k in range(40)}
        assert "diagonal" not in drawn, (track.title, drawn)
        every |= drawn
    assert {"stack", "crop", "meter"} <= every, every


@pytest.mark.parametrize("other", ("crop", "meter"))
def test_the_stack_and_the_new_sheets_are_other_pictures(monkeypatch, other: str) -> None:
    """One song as a stack and as the crop or the meter: their 16 px luminance differs
    clearly."""
    for track in (TRACKS[0], TRACKS[2], TRACKS[3]):
        direction = dataclasses.replace(track, seed=2)
        _forced(monkeypatch, "stack")
        stack = _thumb(direction)
        _forced(monkeypatch, other)
        assert float(np.abs(stack - _thumb(direction)).mean()) > 0.04, track.title


def test_the_songs_peak_moves_the_full_line_and_the_lit_word(monkeypatch) -> None:
    """One seed, two songs, one peaking early and one late: the crop's giant word stands
    elsewhere, and the stack lights another word."""
    early = dataclasses.replace(
        TRACKS[2], seed=3, energy_curve=tuple(np.r_[np.linspace(1.0, 0.1, 24), [0.1] * 8])
    )
    late = dataclasses.replace(early, energy_curve=tuple(early.energy_curve[::-1]))
    _forced(monkeypatch, "crop")
    assert float(np.abs(_thumb(early) - _thumb(late)).mean()) > 0.01
    _forced(monkeypatch, "stack")
    assert float(np.abs(_thumb(early) - _thumb(late)).mean()) > 0.01
