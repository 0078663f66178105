"""Neon sign's title sign: a title that names no icon thing is itself bent in glowing
tubes, the style setting that title (no second title in type on top); a title that
names a heart keeps its heart; a title too long, with a qualifier or in a script the
tube faces lack is never bent."""

from __future__ import annotations

import numpy as np

from sleeve.engine import pipeline
from sleeve.engine.direction import direct_from_music
from sleeve.engine.music import MusicInput
from sleeve.engine.styles import neon_sign
from sleeve.engine.styles.cover_parts import neon_words


def _direction(title: str, tags: str, index: int = 0):
    return direct_from_music(MusicInput(task_id=f"neon-w{index}", title=title, tags=tags))[0]


def test_a_title_naming_nothing_is_itself_the_glowing_sign() -> None:
    d = _direction("Overdrive 1986", "synthwave, outrun")
    assert neon_sign.sets_title(d)
    image, layout = pipeline.render_with_layout(d, "neon_sign", 192)
    assert layout is not None and layout.treatment == "none"
    lum = np.asarray(image.convert("L"), np.float32)
    tubes = np.asarray(layout.mask) > 127
    assert tubes.mean() > 0.01  # the letters are big, not a caption
    assert lum[tubes].mean() > 2.5 * lum[~tubes].mean()  # the letters glow on a dark wall
    assert len(layout.boxes) == 2  # OVERDRIVE / 1986, a word a line


def test_a_title_naming_a_heart_keeps_its_heart() -> None:
    d = _direction("Corazón de fuego", "reggaeton")
    assert not neon_sign.sets_title(d)
    assert neon_sign.layout_of(d).endswith("-heart")


def test_only_titles_the_tubes_can_spell_are_bent() -> None:
    assert neon_words.word_lines("Perreo en la Azotea") == ("Perreo", "en la", "Azotea")
    assert neon_words.word_lines("Sunny Days") == ("Sunny", "Days")
    for title in ("Midnight Tide (Radio Edit)", "ฝนตกที่กรุงเทพ", "A" * 14, "x" * 30):
        assert neon_words.word_lines(title) == (), title


def test_two_title_signs_in_one_batch_are_two_scenes() -> None:
    kinds = {
        neon_sign.skeleton_of(neon_sign.layout_of(_direction(t, "synthwave", i)))
        for i, t in enumerate(("Overdrive", "Night Drive", "Plastic Love", "Slow Honey", "Rush"))
    }
    assert kinds == {"word-street", "word-wall"}, kinds
