"""Round 20: 月光下的城市's poster stepped its square CJK blocks up the song's swell,
read by a reviewer as a rendering glitch. The letters ride the curve only in scripts
set on a baseline (Latin, Greek, Cyrillic)."""

from __future__ import annotations

import dataclasses

from sleeve.engine.languages import language_for
from sleeve.engine.styles import typographic_poster
from tests.engine.test_styles import LOUD


def _compositions(title: str, genre: str) -> set[str]:
    language = language_for(genre)
    base = dataclasses.replace(
        LOUD, title=title, genre=language.family, language=language, layout="top-left"
    )
    return {
        typographic_poster.layout_of(dataclasses.replace(base, seed=seed)) for seed in range(80)
    }


def test_square_scripts_do_not_ride_the_swell() -> None:
    assert "wave" not in _compositions("月光下的城市", "pop")
    assert "wave" not in _compositions("서울의 밤", "kpop")
    assert "wave" in _compositions("Neon Rain", "pop")
