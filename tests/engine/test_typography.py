"""Titles: real fonts, every script drawn, legible on the rendered pixels."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PIL import Image

from sleeve.engine.direction import direct_from_music
from sleeve.engine.fonts import missing_glyphs
from sleeve.engine.measures import title_contrast
from sleeve.engine.music import MusicInput
from sleeve.engine.pipeline import render_with_layout
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
        image, layout = render_with_layout(direction, style, 512)
        assert layout is not None and layout.chars[0] > 0
        for thumbnail in (512, 256):
            contrast = title_contrast(image, layout, thumbnail=thumbnail)
            assert contrast >= 4.5, (style, layout.treatment, thumbnail)


def _ink_box(mask: Image.Image) -> tuple[int, int, int, int]:
    box = mask.point(lambda value: 255 if value > 96 else 0).getbbox()
    assert box is not None
    return box


@pytest.mark.parametrize("style", sorted(all_styles()))
def test_long_titles_fit_inside_the_margins(style: str) -> None:
    title = "The Extraordinarily Long Title of a Song That Goes On and On Forever"
    direction, _ = direct_from_music(MusicInput(task_id="long", title=title, tags="folk"))
    image, layout = render_with_layout(direction, style, 512)
    x0, y0, x1, y1 = _ink_box(layout.mask)
    inside = 0.06 * 512 - 1
    assert x0 >= inside and y0 >= inside and x1 <= 512 - inside and y1 <= 512 - inside
    assert len(layout.boxes) >= 2  # wrapped, not shrunk to a sliver


@pytest.mark.parametrize("role", ["condensed", "geometric", "mono"])
def test_cap_height_survives_a_thumbnail(role: str) -> None:
    """Capitals at least 7% of the side tall, whatever the style and the art."""
    for index, style in enumerate(sorted(all_styles())):
        direction, _ = direct_from_music(
            MusicInput(task_id=f"cap-{role}-{index}", title="Hide", tags="pop")
        )
        direction = replace(direction, font_role=role)
        image, layout = render_with_layout(direction, style, 512)
        x0, y0, x1, y1 = layout.boxes[0]
        ink = _ink_box(layout.mask.crop((x0, y0, x1, y1)))
        assert ink[3] - ink[1] >= 0.07 * 512, (style, ink)


def test_greek_capitals_lose_the_tonos() -> None:
    assert display_text("Καλοκαίρι", "condensed") == "ΚΑΛΟΚΑΙΡΙ"
