"""Round 20: two posters the reviewers read as broken or as charts: 月光下的城市's square
CJK blocks stepped up the song's swell (a rendering glitch), and the meter's bars
(月光下的城市, Chuva de Verão: "data visualisation, not music")."""

from __future__ import annotations

import dataclasses

from sleeve.engine.languages import language_for
from sleeve.engine.styles import typographic_poster
from tests.engine.test_styles import CALM, LOUD


def _compositions(title: str, genre: str) -> set[str]:
    language = language_for(genre)
    base = dataclasses.replace(
        LOUD, title=title, genre=language.family, language=language, layout="top-left"
    )
    return {
        typographic_poster.layout_of(dataclasses.replace(base, seed=seed)) for seed in range(80)
    }


def test_square_scripts_do_not_ride_the_swell() -> None:
    """The letters ride the curve only in scripts set on a baseline."""
    assert "wave" not in _compositions("月光下的城市", "pop")
    assert "wave" not in _compositions("서울의 밤", "kpop")
    assert "wave" in _compositions("Neon Rain", "pop")


def test_the_bars_are_a_rare_poster() -> None:
    """Two poster meters a sheet (月光下的城市, Chuva de Verão) read to three reviewers
    as bar charts: over eight genre families' songs the meter is under an eighth of
    the posters (it was a sixth)."""
    drawn = []
    for genre in ("pop", "latin", "world", "rnb", "hiphop", "electronic", "rock", "jpop"):
        language = language_for(genre)
        for base in (LOUD, CALM):
            song = dataclasses.replace(
                base, title="Chuva de Verão", genre=language.family, language=language
            )
            drawn += [
                typographic_poster.layout_of(dataclasses.replace(song, seed=seed))
                for seed in range(40)
            ]
    assert drawn.count("meter") < len(drawn) / 8, drawn.count("meter") / len(drawn)
