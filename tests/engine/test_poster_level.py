"""The poster's level sheets (the lens, the shadow type, the newspaper headline) and
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
    assert kinds & {"lens", "shadow", "headline"}, kinds  # a level sheet takes them


@pytest.mark.parametrize("kind", ["lens", "shadow", "headline"])
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


def test_shadow_type_letters_read_against_their_own_shadow(monkeypatch) -> None:
    """The bench's Blue Smoke (jazz) set cream letters over a near-white shadow: 2.6:1
    per character at thumbnail size, under the main title's 3:1 floor; the shadow is
    pushed away from the letters' ink until each character reads."""
    from sleeve.engine.measures import title_contrast
    from tests.engine.bench_tracks import bench_directions

    monkeypatch.setattr(typographic_poster, "composition", lambda direction, rng: "shadow")
    for track in bench_directions()[::3]:
        image, layout = typographic_poster.render_with_title(track, 256)
        assert title_contrast(image, layout) >= 3.0, track.title
