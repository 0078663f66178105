"""Two reviewers: the xerox collage's title was "set too clean on plates". The cover
now sets its own title: typography's lines cut into word strips, each pasted crooked
on paper with an uneven baseline, its letters in rough toner, and still legible."""

from __future__ import annotations

import dataclasses

import numpy as np

from sleeve.engine.measures import title_contrast
from sleeve.engine.pipeline import draw
from sleeve.engine.styles import xerox_collage
from sleeve.engine.typography import set_title
from tests.engine.test_styles import LOUD

TITLE = "Burn the Whole Town Down"


def test_the_title_is_cut_into_crooked_word_strips() -> None:
    """Each word lands on its own strip at its own height (no two words share one
    baseline), the letters are no longer where typography set them, and each reads
    at a 256 px thumbnail."""
    for seed in range(4):
        direction = dataclasses.replace(LOUD, title=TITLE, seed=seed)
        assert xerox_collage.sets_title(direction)
        image, cut = xerox_collage.render_with_title(direction, 512)
        art = xerox_collage.render(direction, 512)
        _, plain = set_title(art.image, direction, art.focal)
        moved = np.asarray(cut.mask, np.int16) - np.asarray(plain.mask, np.int16)
        assert np.abs(moved).mean() > 1.0, seed
        tops = [box[1] for box in cut.char_boxes]
        assert len(set(tops)) >= 3, (seed, tops)  # the words' baselines differ
        assert cut.treatment == "none" and title_contrast(image, cut, 256) >= 3.0


def test_the_pipeline_draws_the_cut_title_and_the_same_song_the_same_bytes() -> None:
    direction = dataclasses.replace(LOUD, title=TITLE, seed=5)
    first, second = draw(direction, "xerox_collage", 256), draw(direction, "xerox_collage", 256)
    assert first.image.tobytes() == second.image.tobytes()
    assert first.title is not None and first.title.color in (xerox_collage.INK, xerox_collage.PAPER)
