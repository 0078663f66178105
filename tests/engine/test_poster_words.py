"""The poster never breaks a word across lines: a letter-spaced quiet title set as
the justified block was broken at its letters ("Neve / r Sent", "of K / ings")."""

from __future__ import annotations

import dataclasses

from sleeve.engine.languages import language_for
from sleeve.engine.styles import typographic_poster
from tests.engine.test_styles import CALM


def _as(base, genre: str, **changes):
    language = language_for(genre)
    return dataclasses.replace(base, genre=language.family, language=language, **changes)


def _word_ends(title: str) -> set[int]:
    ends, total = set(), 0
    for word in title.split():
        total += len(word)
        ends.add(total)
    return ends


def test_the_justified_block_breaks_a_spaced_title_at_its_words(monkeypatch) -> None:
    monkeypatch.setattr(typographic_poster, "composition", lambda direction, rng: "justified")
    for genre in ("classical", "ambient"):
        for title in ("Letters I Never Sent", "Hall of Kings", "Ashes of the Old World"):
            for seed in range(4):
                track = _as(CALM, genre, title=title, seed=seed)
                _, layout = typographic_poster.render_with_title(track, 256)
                assert len(layout.chars) >= 2, (genre, title, seed)
                done, ends = 0, _word_ends(title)
                for chars in layout.chars:  # each line ends where a word ends
                    done += chars
                    assert done in ends, (genre, title, seed, layout.chars)
