"""The poster's level sheets (the lens, the newspaper headline) and
the scripts never set sideways: Thai, Arabic, Devanagari and Hebrew stay level (a
reviewer could not read Thai up the spine)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from sleeve.engine.languages import language_for
from sleeve.engine.styles import typographic_poster
from tests.engine.test_styles import CALM, LOUD

UPRIGHT_TITLES = ("ฝนตกที่กรุงเทพ", "حبيبي يا نور العين", "दिल से रे", "שיר לשלום")


def _as(base, genre: str, **changes):
    language = language_for(genre)
    return dataclasses.replace(base, genre=language.family, language=language, **changes)


@pytest.mark.parametrize("title", UPRIGHT_TITLES)
def test_thai_arabic_devanagari_and_hebrew_are_never_turned_sideways(title: str) -> None:
    kinds = {
        typographic_poster.layout_of(_as(base, genre, title=title, seed=seed))
        for base in (CALM, LOUD)
        for genre in ("pop", "world", "ambient")
        for seed in range(10)
    }
    assert not kinds & {"spine", "tower"}, kinds
    assert kinds & {"lens", "headline"}, kinds  # a level sheet takes them


@pytest.mark.parametrize("kind", ["lens", "headline"])
def test_each_new_sheet_sets_the_title_big_and_legible(monkeypatch, kind: str) -> None:
    monkeypatch.setattr(typographic_poster, "composition", lambda direction, rng: kind)
    for title in ("Under a Leaden Sky", "ฝนตกที่กรุงเทพ"):
        track = _as(LOUD, "pop", title=title)
        image, layout = typographic_poster.render_with_title(track, 256)
        assert typographic_poster.layout_of(track) == kind
        glyphs = np.asarray(layout.mask) > 128
        ys = np.nonzero(glyphs.any(axis=1))[0]
        assert ys.max() - ys.min() > 256 * 0.12, (kind, title)  # a title, not a caption
        # the letters stand apart from the ground in value
        rows = np.asarray(image.convert("L"), float)
        ink = rows[glyphs].mean()
        assert abs(ink - np.median(rows[~glyphs])) > 40, (kind, title)
