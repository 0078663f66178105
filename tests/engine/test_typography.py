"""Titles: real fonts, every script drawn, legible on the rendered pixels."""

from __future__ import annotations

import pytest

from sleeve.engine.direction import direct_from_music
from sleeve.engine.fonts import missing_glyphs
from sleeve.engine.measures import title_contrast
from sleeve.engine.music import MusicInput
from sleeve.engine.pipeline import render_one
from sleeve.engine.styles.registry import all_styles
from sleeve.engine.typography import display_text

TITLES = {
    "latin": "Midnight Tide",
    "cyrillic": "Ночной город",
    "greek": "Καλοκαίρι στη θάλασσα",
    "chinese": "月光下的城市",
    "japanese": "東京の夜とさくら",
    "korean": "서울의 밤",
    "arabic": "يا ليل يا عين",
    "hebrew": "שיר של אהבה",
    "mixed": "Neon 東京 Ночь",
}


@pytest.mark.parametrize("script", TITLES)
def test_every_script_has_all_its_glyphs(script: str) -> None:
    for role in ("condensed", "geometric", "serif", "mono", "rounded"):
        assert missing_glyphs(display_text(TITLES[script], role), role) == []


@pytest.mark.parametrize("script", TITLES)
def test_title_contrast_on_the_rendered_pixels(script: str) -> None:
    direction, _ = direct_from_music(
        MusicInput(task_id=f"t-{script}", title=TITLES[script], tags="dream pop")
    )
    for style in all_styles():
        image, layout = render_one(direction, style, 512)
        assert layout is not None and layout.chars[0] > 0
        assert title_contrast(image, layout, thumbnail=512) >= 4.5, (style, layout.treatment)


def test_long_titles_fit_inside_the_margins() -> None:
    title = "The Extraordinarily Long Title of a Song That Goes On and On Forever"
    direction, _ = direct_from_music(MusicInput(task_id="long", title=title, tags="folk"))
    image, layout = render_one(direction, "aura", 512)
    for x0, y0, x1, y1 in layout.boxes:
        assert x0 >= 0 and x1 <= 512 and y0 >= 0 and y1 <= 512
    assert len(layout.boxes) >= 2


def test_greek_capitals_lose_the_tonos() -> None:
    assert display_text("Καλοκαίρι", "condensed") == "ΚΑΛΟΚΑΙΡΙ"
