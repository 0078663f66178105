"""What the typographic poster's newer skeletons promise: every script sets its title
in each of them, the legible title's mask and boxes say where the letters are, the
quiet page is never an empty field, and each draws in time."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from sleeve.engine.languages import language_for
from sleeve.engine.styles import typographic_poster
from tests.engine.test_styles import CALM, LOUD

TITLES = (
    "Sunny Days",
    "東京の夜",
    "서울의 밤",
    "حبيبي",
    "दिल की धड़कन",
    "ฝนตกที่กรุงเทพ",
    "Ночной город",
    "Καλοκαίρι",
)


def _forced(monkeypatch, kind: str) -> None:
    monkeypatch.setattr(typographic_poster, "composition", lambda direction, rng: kind)


@pytest.mark.parametrize("kind", ["tiles"])
def test_every_script_sets_its_title(monkeypatch, kind: str) -> None:
    _forced(monkeypatch, kind)
    for seed, title in enumerate(TITLES):
        direction = dataclasses.replace(LOUD, title=title, seed=seed)
        image, layout = typographic_poster.render_with_title(direction, 192)
        mask = np.asarray(layout.mask) > 128
        assert mask.mean() > 0.002, (kind, title)
        for x0, y0, x1, y1 in layout.boxes:
            assert -2 <= x0 < x1 <= 194 and -2 <= y0 < y1 <= 194, (kind, title, layout.boxes)
        assert sum(layout.chars) > 0


def test_quiet_tracks_get_calm_type_pages_and_never_the_grey_photograph() -> None:
    """Three of four art directors read the ECM page's grey photographic field as an
    empty or failed render (Slow Burn, Lo-fi Rain, Brick by Brick): it is retired, and
    a classical track gets a calm type page, the spine, the Swiss tower, the lens or
    the front page, on most seeds (the justified block is retired too)."""
    classical = language_for("classical")
    kinds = [
        typographic_poster.layout_of(
            dataclasses.replace(CALM, genre=classical.family, language=classical, seed=seed)
        )
        for seed in range(120)
    ]
    assert sum(k in ("band", "ring-title") for k in kinds) < 0.1 * len(kinds)
    assert "ecm" not in kinds and "ecm" not in typographic_poster.COMPOSITIONS
    calm = ("spine", "tower", "lens", "headline")
    assert sum(kinds.count(k) for k in calm) > 0.5 * len(kinds)


def test_tiles_never_cut_a_word_of_a_short_title_across_rows() -> None:
    """A title of a few short words is set a word a row (DIAMOND / SMOKE), not in a
    square grid that reads DIAM / ONDS / MOKE."""
    from sleeve.engine.styles.cover_parts.poster_grid import _grid

    assert _grid("DIAMOND SMOKE") == [list("DIAMOND"), list("SMOKE")]
    assert _grid("NO MERCY") == [list("NO"), list("MERCY")]
