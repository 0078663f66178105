"""The bench's title measures: how tall a title's letters stand at 64 px."""

from __future__ import annotations

from dataclasses import replace

from PIL import Image, ImageDraw

from sleeve.engine.direction import direct_from_music, second_voice
from sleeve.engine.looks import turned
from sleeve.engine.measures import letter_height, title_contrast
from sleeve.engine.music import MusicInput
from sleeve.engine.pipeline import render_with_layout
from sleeve.engine.title_layout import TitleLayout
from sleeve.engine.title_lines import CAP_RATIO
from sleeve.engine.typography import set_title, title_cap


def _set(title: str, tags: str, size: int = 1024):
    direction, _ = direct_from_music(MusicInput(task_id=f"m-{title}", title=title, tags=tags))
    direction = replace(direction, layout="top-left")
    image = Image.new("RGB", (size, size), direction.palette.background)
    return direction, set_title(image, direction, (0.0, 0.5, 1.0, 1.0))[1]


def test_capitals_measure_the_cap_height_the_title_was_set_at() -> None:
    for tags in ("ambient", "pop"):
        direction, layout = _set("HIDE", tags)
        cap = title_cap(direction, "top-left") * 64
        assert abs(letter_height(layout) - cap) <= 0.15 * cap + 0.5, (tags, cap)


def test_a_lowercase_title_stands_lower_than_its_capitals() -> None:
    _, capitals = _set("GLASS", "pop")
    _, lower = _set("glass", "pop")
    assert letter_height(lower) < 0.85 * letter_height(capitals)


def test_a_small_lowercase_title_still_reads_on_its_x_height_at_64_px() -> None:
    """Tiny-title languages (ambient, lo-fi) set a mostly lowercase title big enough
    that its x-height, not only its capitals, stands 5 px at 64 px: four art
    directors read such titles at 2.7 to 3.3 px as unreadable."""
    for title, tags in (("rain on glass", "ambient"), ("Lo-fi Rain", "lofi hip hop, chill")):
        _, layout = _set(title, tags)
        assert letter_height(layout) >= 4.2, (title, letter_height(layout))  # 5 set
    _, capitals = _set("RAIN ON GLASS", "ambient")  # capitals keep the language's size
    assert letter_height(capitals) < 5.5


def test_the_measure_does_not_depend_on_the_cover_size() -> None:
    heights = [letter_height(_set("Midnight Tide", "pop", size)[1]) for size in (512, 1024)]
    assert abs(heights[0] - heights[1]) <= 0.5
    assert heights[0] > 64 * 0.06 * CAP_RATIO  # a title, not a caption


def test_titles_a_style_draws_itself_are_measured_from_their_lines() -> None:
    direction, _ = direct_from_music(MusicInput(task_id="m-p", title="RIOT", tags="punk"))
    image, layout = render_with_layout(direction, "typographic_poster", 512)
    assert layout is not None and not layout.char_boxes
    assert letter_height(layout) >= 8  # the poster's title is the picture


def test_the_second_cover_of_a_lowercase_language_sets_a_title_that_reads_at_64_px() -> None:
    """Lo-fi and shoegaze set titles small and in lower case; the second cover's title
    (direction.second_voice) is meant to be read in a streaming list, and a lowercase
    title is read on its x-height: the bench measured 2.8 to 3.3 px at 64 px."""
    for index, title in enumerate(("rainy window, 3am", "coffee & notebooks", "pink haze")):
        tags = ("lo-fi hip hop", "lofi", "shoegaze")[index]
        music = MusicInput(task_id=f"lower-{index}", title=title, tags=tags)
        direction = second_voice(direct_from_music(music)[0])
        image = Image.new("RGB", (1024, 1024), direction.palette.background)
        layout = set_title(image, direction, (0.0, 0.0, 1.0, 0.6))[1]
        assert letter_height(layout) >= 4.5, (title, direction.font_role, letter_height(layout))


def test_no_turn_moves_the_second_cover_of_a_quiet_language_back_into_the_corner() -> None:
    """An account's memory draws covers at other turns of the seed, and a turn moves
    the title among the language's slots: the bench found lo-fi second covers back in
    the corner slot, their titles 4 px tall at 64 px, on five tracks."""
    for index, tags in enumerate(("lofi", "shoegaze", "ambient", "black metal")):
        music = MusicInput(task_id=f"quiet-{index}", title="Rain On Glass", tags=tags)
        first = direct_from_music(music)[0]
        assert first.language.title_scale in ("tiny", "small") and "corner" in (
            first.language.layouts
        ), tags
        voice = second_voice(first)
        assert all(turned(voice, turn).layout != "corner" for turn in range(16)), tags


def _split_title(upper_ink: tuple, lower_ink: tuple) -> tuple[Image.Image, TitleLayout]:
    """Four block letters across a level cut in the ground (grey above, black below),
    each letter straddling it; the inks above and below the cut as given."""
    image = Image.new("RGB", (512, 512), (150, 150, 150))
    ImageDraw.Draw(image).rectangle((0, 256, 512, 512), fill=(12, 12, 14))
    mask = Image.new("L", (512, 512), 0)
    letters = ImageDraw.Draw(mask)
    for k in range(4):  # letters 56 px wide and 100 tall, the cut through their middle
        letters.rectangle((96 + 80 * k, 206, 96 + 80 * k + 56, 306), fill=255)
    ink = Image.new("RGB", (512, 512), upper_ink)
    ImageDraw.Draw(ink).rectangle((0, 256, 512, 512), fill=lower_ink)
    image.paste(ink, (0, 0), mask)
    return image, TitleLayout(mask, ((96, 206, 392, 306),), (4,), upper_ink, "none")


def test_a_title_that_turns_light_across_a_cut_in_the_ground_reads() -> None:
    """A split poster's letters are dark on the grey side and light on the black one:
    each reads on its own ground (one mean over a whole letter had put Frostgrave Hymn
    at 1.2:1); the same letters in one grey on both sides do not read."""
    readable, layout = _split_title((10, 10, 10), (220, 220, 220))
    assert title_contrast(readable, layout) >= 3.0
    lost, layout = _split_title((120, 120, 120), (40, 40, 40))
    assert title_contrast(lost, layout) < 2.0


def test_a_tiny_title_on_several_lines_still_stands_5_px_at_64_px() -> None:
    """Quiet genres set titles tiny, and each extra line had set them 12% smaller: two
    art directors (2026-12-01) listed Letters I Never Sent and Concrete Lullaby at 3.8
    to 3.9 px at 64 px as lost. A face's capitals are measured, not assumed."""
    for title, tags in (
        ("Letters I Never Sent", "chamber, neoclassical"),
        ("Concrete Lullaby", "post-punk"),
        ("Quiet Snow", "ambient"),
    ):
        direction, layout = _set(title, tags)
        assert direction.language.title_scale in ("tiny", "small"), (title, tags)
        assert letter_height(layout) >= 4.7, (title, letter_height(layout))  # 5 set


def test_a_long_title_in_the_corner_widens_the_corner_to_be_read() -> None:
    """The corner sets a title in half the side's width: "pink haze over everything"
    stood 3.9 px at 64 px there. It takes a wider corner, not the whole side."""
    direction, _ = direct_from_music(
        MusicInput(task_id="m-haze", title="pink haze over everything", tags="shoegaze")
    )
    direction = replace(direction, layout="corner")
    image = Image.new("RGB", (1024, 1024), direction.palette.background)
    layout = set_title(image, direction, (0.0, 0.0, 0.3, 0.3))[1]
    x0, _, x1, _ = layout.mask.getbbox()
    assert letter_height(layout) >= 4.5
    assert x1 - x0 <= 0.62 * 1024


def test_an_emoji_title_is_measured_on_its_sticker_rim_against_the_ground() -> None:
    """A colour emoji is drawn on a rim of the title's ink: on a yellow ground the
    yellow moon reads by that rim. The bench had measured the emoji-only title at
    1.0:1 from the emoji's own colours; a title that is not there still measures ~1."""
    direction, _ = direct_from_music(MusicInput(task_id="m-emoji", title="🌙✨💔", tags="pop"))
    direction = replace(direction, layout="top-left")
    yellow = (250, 204, 64)
    image, layout = set_title(Image.new("RGB", (1024, 1024), yellow), direction, (0, 0.6, 1, 1))
    assert len(layout.sticker_boxes) == 3 and len(layout.char_boxes) == 3
    assert title_contrast(image, layout) >= 3.0
    assert title_contrast(Image.new("RGB", (1024, 1024), layout.color), layout) < 1.2


def test_the_corner_widens_rather_than_hyphenate_a_word() -> None:
    """Raised to be read at 64 px, "Frostgrave Hymn" no longer fitted the corner's half
    width and came out as "Frost- / grave / Hymn": the corner widens first."""
    direction, _ = direct_from_music(
        MusicInput(task_id="m-frost", title="Frostgrave Hymn", tags="black metal")
    )
    direction = replace(direction, layout="corner", font_role="serif")
    image = Image.new("RGB", (1024, 1024), direction.palette.background)
    layout = set_title(image, direction, (0.0, 0.0, 0.3, 0.3))[1]
    assert len(layout.boxes) == 2  # Frostgrave / Hymn, no broken word
    assert letter_height(layout) >= 4.5


def test_a_tiny_title_is_set_in_small_capitals_not_a_block_of_lower_case() -> None:
    """Raised to the reading floor on its x-height, a tiny lower-case serif title stood
    a third of the side tall: two art directors (2026-12-02) read Concrete Lullaby and
    Ωδή στον Άνεμο as title blocks, too big for post-punk and chamber. In capitals it
    reads at 64 px on shorter lines."""
    for title, tags in (("Concrete Lullaby", "post-punk"), ("Ωδή στον Άνεμο", "chamber")):
        direction, layout = _set(title, tags)
        assert direction.language.title_scale == "tiny", (title, tags)
        _, top, _, bottom = layout.mask.getbbox()
        assert (bottom - top) / 1024 <= 0.25, (title, (bottom - top) / 1024)
        assert letter_height(layout) >= 4.7, (title, letter_height(layout))
