"""Round 13: two art directors read 桜の散る頃's lens as broken: "the glyphs change
colour where they cross the circle, so 桜 and の are half black, half white" and "the
knockout leaves 頃 orphaned". A word the disc touches now takes the inside colour whole
(a CJK line, with no spaces, is one word), so every character reads whole."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from sleeve.engine.styles import typographic_poster
from sleeve.engine.styles.cover_parts import poster_shapes
from tests.engine.test_poster_round11 import _as, _forced
from tests.engine.test_styles import CALM, LOUD


def _lens_masks(direction, monkeypatch) -> tuple[np.ndarray, np.ndarray]:
    """The lens cover's title ink and the part of it painted in the inside colour."""
    seen: dict = {"inside": []}
    lens, paint = poster_shapes.lens, poster_shapes.paint

    def spy_paint(image, mask, colour):
        seen["inside"].append(np.asarray(mask, float) > 127)
        return paint(image, mask, colour)

    def spy_lens(image, p, rng):
        pen = lens(image, p, rng)
        seen["title"] = np.asarray(pen.mask, float) > 127
        return pen

    monkeypatch.setattr(poster_shapes, "paint", spy_paint)
    monkeypatch.setattr(poster_shapes, "lens", spy_lens)
    typographic_poster.render_with_title(direction, 256)
    inside = np.zeros_like(seen["title"])
    for mask in seen["inside"]:
        inside |= mask
    return seen["title"], inside & seen["title"]


def _lines(title: np.ndarray) -> list[slice]:
    """The title mask's lines: runs of rows with ink."""
    rows = title.any(axis=1)
    edges = np.flatnonzero(np.diff(np.r_[0, rows.astype(int), 0]))
    return [slice(a, b) for a, b in zip(edges[::2], edges[1::2], strict=True)]


@pytest.mark.parametrize("base", [CALM, LOUD])
@pytest.mark.parametrize("title", ["桜の散る頃", "東京の夜"])
def test_a_cjk_title_on_the_lens_reads_in_whole_characters(base, title, monkeypatch) -> None:
    """Each line of a CJK title is set in one colour: none of it half inside-coloured."""
    _forced(monkeypatch, "lens")
    for seed in range(8):
        direction = _as(base, "pop", title=title, seed=seed)
        ink, inside = _lens_masks(direction, monkeypatch)
        for rows in _lines(ink):
            share = inside[rows].sum() / max(1, ink[rows].sum())
            assert share < 0.01 or share > 0.99, (title, seed, share)


def test_a_latin_word_on_the_lens_is_one_colour(monkeypatch) -> None:
    """A word the disc's edge crosses is not split in colour either: each word
    (a line here) is wholly inside-coloured or not at all."""
    _forced(monkeypatch, "lens")
    for seed in range(8):
        direction = dataclasses.replace(
            _as(LOUD, "pop", title="Morning Briefing", seed=seed), energy=0.6
        )
        ink, inside = _lens_masks(direction, monkeypatch)
        for rows in _lines(ink):  # one word a line: MORNING / BRIEFING
            share = inside[rows].sum() / max(1, ink[rows].sum())
            assert share < 0.01 or share > 0.99, (seed, share)
