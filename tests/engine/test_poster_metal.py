"""Metal's three poster pictures: the slab, the band-logo sigil (the title centred in
blackletter between a thorned rule mirrored above and below) and the pillar (the title
turned down one edge against a block of xeroxed stone). The slab alone had repeated
two tracks apart on the bench (Frostgrave Hymn, Charnel Psalm, Under a Leaden Sky)."""

from __future__ import annotations

import dataclasses
from collections import Counter

import numpy as np
import pytest

from sleeve.engine.color import contrast_ratio
from sleeve.engine.languages import language_for
from sleeve.engine.styles import typographic_poster
from sleeve.engine.styles.cover_parts import poster_metal
from tests.engine.test_styles import LOUD

TITLES = ("Frostgrave Hymn", "Charnel Psalm", "Under a Leaden Sky", "Hex", "Iron Cathedral")
GENRES = ("doom_metal", "black_metal", "death_metal")


def _metal(genre: str, title: str, seed: int, energy: float = 0.6, role: str = "blackletter"):
    language = language_for(genre)
    return dataclasses.replace(
        LOUD, genre=language.family, language=language, font_role=role, title=title,
        energy=energy, seed=seed,
    )  # fmt: skip


def test_metal_reaches_three_compositions_none_over_half() -> None:
    kinds = Counter(
        typographic_poster.layout_of(_metal(genre, title, seed, 0.3 + 0.02 * seed))
        for genre in GENRES
        for title in TITLES
        for seed in range(24)
    )
    assert set(kinds) == {"slab", "sigil"}, kinds  # the pillar retired
    total = sum(kinds.values())
    assert max(kinds.values()) / total <= 0.75, kinds
    for title in TITLES:  # each title, not only the sheet, gets more than one picture
        one = {typographic_poster.layout_of(_metal("doom_metal", title, s)) for s in range(20)}
        assert len(one) >= 2, (title, one)


def _drawn(kind: str, monkeypatch, genre: str, title: str, seed: int, size: int):
    monkeypatch.setattr(typographic_poster, "composition", lambda direction, rng: kind)
    return typographic_poster.render_with_title(_metal(genre, title, seed), size)


@pytest.mark.parametrize("title", TITLES)
def test_the_sigil_mirrors_a_thorned_rule_about_a_centred_title(title, monkeypatch) -> None:
    for seed, genre in enumerate(GENRES):
        image, layout = _drawn("sigil", monkeypatch, genre, title, seed, 256)
        x0, y0, x1, y1 = layout.mask.getbbox()
        assert abs((x0 + x1) / 2 - 128) < 256 * 0.03, (title, x0, x1)  # centred
        light = np.asarray(image.convert("L"), float) > 120
        marks = light & (np.asarray(layout.mask) < 10)
        marks[max(0, y0 - 2) : y1 + 3, x0 - 2 : x1 + 3] = False  # the title's own box
        above, below = marks[: y0 - 2].sum(), marks[y1 + 3 :].sum()
        assert above > 100 and below > 100, (title, genre, above, below)  # rules both sides
        both = (marks & marks[:, ::-1]).sum() / max(1, marks.sum())
        assert both > 0.8, (title, genre, both)  # mirrored left and right
        cols = np.nonzero(marks[y1 + 3 :].any(axis=0))[0]
        assert cols.max() - cols.min() >= (x1 - x0) * 0.95, title  # as wide as the title


@pytest.mark.parametrize("kind", ("sigil",))
def test_metal_pictures_keep_the_whole_title_legible_at_64(kind, monkeypatch) -> None:
    for title in TITLES:
        for genre in GENRES:
            track = _metal(genre, title, 3)
            if not getattr(poster_metal, f"{kind}_fits")(*_plain_face(track)):
                continue  # the poster never draws it for this title (others take it)
            image, layout = _drawn(kind, monkeypatch, genre, title, 3, 64)
            assert sum(layout.chars) == sum(1 for c in title if not c.isspace())
            for box in layout.boxes:
                letters = min(box[2] - box[0], box[3] - box[1])
                assert letters >= 5, (kind, title, genre, layout.boxes)
            ground = image.getpixel((1, 1))
            assert contrast_ratio(layout.color, ground) >= 4.5, (kind, title, ground)


def _plain_face(track):
    role, weight, _ = typographic_poster._voice(track)
    plain, shown = typographic_poster._shown(track)
    return plain, typographic_poster.title_face(shown, role, weight)
