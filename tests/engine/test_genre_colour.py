"""Covers keep their genre's colour through the styles: greys stay grey (no mauve or
pink on drill and techno), a vivid field stays vivid, doom is never lime. And the
palettes themselves honour ART-DIRECTION's genre table: no pale mint, khaki, olive or
mauve on the loud genres, drill and doom desaturated, children's light and vivid,
bossa nova white with red."""

from __future__ import annotations

import numpy as np
import pytest

from sleeve.engine import raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import direct_from_music
from sleeve.engine.music import MusicInput
from sleeve.engine.palettes import Palette
from sleeve.engine.raster import srgb_to_oklab
from sleeve.engine.styles.registry import all_styles, get_style
from tests.engine.test_palettes import _palettes as language_palettes

SIZE = 96


def _direction(tags: str, seed: int):
    music = MusicInput(task_id=f"colour-{tags}-{seed}", title=f"Track {seed}", tags=tags)
    return direct_from_music(music)[0]


def _lch(image) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    lab = srgb_to_oklab(np.asarray(image.convert("RGB"), np.float64)).reshape(-1, 3)
    chroma = np.hypot(lab[:, 1], lab[:, 2])
    return lab[:, 0], chroma, np.degrees(np.arctan2(lab[:, 2], lab[:, 1])) % 360


def _share(image, lo: float, hi: float, least: float = 0.05) -> float:
    """The share of pixels with OKLCH chroma >= least and hue in [lo, hi) (wrapping)."""
    _, chroma, hue = _lch(image)
    inside = (hue >= lo) & (hue < hi) if lo < hi else (hue >= lo) | (hue < hi)
    return float(np.mean(inside & (chroma >= least)))


def test_tone_keeps_greys_grey_and_muted_colours_muted() -> None:
    for grey in ((128, 128, 128), (30, 30, 30), (235, 235, 235), (120, 118, 121)):
        assert rgb_to_oklch(raster.tone(grey, 0.6, 0.2))[1] < 0.015, grey
        assert rgb_to_oklch(raster.vivid(grey, 0.6, 0.2))[1] < 0.015, grey
    tan = (168, 144, 106)  # doom's bone/tan: lifting it must not make lime
    _, chroma, _ = rgb_to_oklch(raster.vivid(tan, 0.6, 0.19))
    assert chroma <= 2.6 * rgb_to_oklch(tan)[1]
    assert rgb_to_oklch(raster.tone((255, 0, 160), 0.6, 0.2))[1] > 0.18  # vivid stays vivid


@pytest.mark.parametrize("tags", ["uk drill, dark", "berlin techno, minimal"])
def test_drill_and_techno_covers_carry_no_pink(tags: str) -> None:
    for seed in range(3):
        direction = _direction(tags, seed)
        for name, _weight in direction.language.styles:
            cover = get_style(name).render(direction, SIZE).image
            assert _share(cover, 310, 10) < 0.05, (tags, seed, name)


def test_doom_covers_are_never_lime() -> None:
    for seed in range(4):
        direction = _direction("doom metal, sludge", seed)
        for name in all_styles():
            if name == "retro_sun":  # only synthwave draws it
                continue
            cover = get_style(name).render(direction, SIZE).image
            assert _share(cover, 95, 145, 0.08) < 0.05, (seed, name)


@pytest.mark.parametrize("name", ["chladni", "marbled_ink", "swiss_geometry", "flow_field"])
def test_a_vivid_field_is_not_re_toned_to_paper(name: str) -> None:
    chromas = []
    for seed in range(8):
        direction = _direction("edm, festival, big room", seed)
        if rgb_to_oklch(direction.palette.background)[1] < raster.VIVID_FIELD:
            continue
        _, chroma, _ = _lch(get_style(name).render(direction, SIZE).image)
        chromas.append(float(np.median(chroma)))
    assert chromas, "no EDM seed drew a vivid field"
    assert min(chromas) >= 0.05, chromas  # re-toned to paper, it was 0.02


MOODS = [(v, e, loud) for v in (0.0, 0.5, 1.0) for e in (0.2, 0.9) for loud in (0.2, 0.9)]


def _palettes(name: str, seeds: int = 8) -> list[Palette]:
    return language_palettes(name, seeds, MOODS)


def _murky(rgb: tuple[int, int, int]) -> str | None:
    """What a colour reads as when it is one of the muddy or pale tints the reviews
    named: a pale mint, a khaki or olive (a dark or greyed yellow-green), a mauve (a
    greyed violet or pink); None for a clean colour or a plain neutral."""
    lightness, chroma, hue = rgb_to_oklch(rgb)
    if 140 <= hue <= 200 and lightness > 0.8 and 0.03 <= chroma < 0.12:
        return "pale mint"
    greyed = chroma < 0.1 and lightness < 0.88
    if 75 <= hue <= 140 and chroma >= 0.03 and (lightness < 0.7 or greyed):
        return "khaki/olive"
    if 290 <= hue <= 350 and 0.02 <= chroma < 0.1:
        return "mauve"
    return None


@pytest.mark.parametrize(
    "name", ["edm", "hyperpop", "tropical", "afrobeats", "gospel", "children", "pop"]
)
def test_loud_genres_have_no_mint_khaki_or_mauve(name: str) -> None:
    for palette in _palettes(name):
        for colour in (palette.background, *palette.colors, palette.accent):
            assert _murky(colour) is None, (name, colour, _murky(colour), palette)


def test_edm_and_hyperpop_carry_hot_pink_and_acid_green() -> None:
    for name in ("edm", "hyperpop"):
        for palette in _palettes(name):
            every = (palette.background, *palette.colors, palette.accent)
            hues = [h for _, c, h in map(rgb_to_oklch, every) if c > 0.2]
            assert any(h >= 320 or h < 20 for h in hues), (name, "no hot pink", palette)
            assert any(110 <= h < 150 for h in hues), (name, "no acid green", palette)


def test_drill_is_greys_and_ice() -> None:
    for palette in _palettes("drill"):
        for colour in (palette.background, *palette.colors, palette.accent):
            assert rgb_to_oklch(colour)[1] < 0.04, (colour, palette)


def test_doom_is_bone_ash_and_blood() -> None:
    for palette in _palettes("doom_metal"):
        for colour in (palette.background, *palette.colors):
            assert rgb_to_oklch(colour)[1] < 0.05, (colour, palette)
        _, chroma, hue = rgb_to_oklch(palette.accent)
        assert hue < 40 or hue > 345 or chroma < 0.05, palette  # blood, never blue or gold


def test_children_are_light_and_vivid() -> None:
    for palette in _palettes("children"):
        assert rgb_to_oklch(palette.background)[0] >= 0.75, palette
        vivid = [c for c in (*palette.colors, palette.accent) if rgb_to_oklch(c)[1] >= 0.12]
        assert len(vivid) >= 3, palette
        assert min(rgb_to_oklch(c)[0] for c in palette.colors) >= 0.5, palette  # no dark


def test_bossa_is_white_with_red() -> None:
    for palette in _palettes("bossa"):
        lightness, chroma, _ = rgb_to_oklch(palette.background)
        assert lightness >= 0.85 and chroma < 0.03, palette
        reds = [
            c
            for c in (*palette.colors, palette.accent)
            if rgb_to_oklch(c)[1] > 0.15 and (rgb_to_oklch(c)[2] < 45 or rgb_to_oklch(c)[2] > 350)
        ]
        assert reds, palette


def test_greek_summer_pop_is_whitewash_sea_and_lemon_not_kraft() -> None:
    """Greek summer pop had fallen to the world language, whose kraft and rust made a
    beach song brown; it now reads as Mediterranean: every palette carries a sea blue,
    and no field is a brown (a dark or greyed orange)."""
    assert _direction("greek summer pop, bouzouki", 0).language.subgenre == "mediterranean"
    for palette in _palettes("mediterranean"):
        every = (palette.background, *palette.colors, palette.accent)
        blues = [c for c in every if rgb_to_oklch(c)[1] > 0.08 and 220 <= rgb_to_oklch(c)[2] < 270]
        assert blues, palette
        lightness, chroma, hue = rgb_to_oklch(palette.background)
        assert not (30 <= hue < 90 and chroma >= 0.03 and lightness < 0.7), palette


NIGHT_TITLES = [("東京の夜", "city pop"), ("Midnight Swim", "bedroom pop"), ("밤편지", "kpop")]


@pytest.mark.parametrize("style", ["grain_gradient", "swiss_geometry"])
@pytest.mark.parametrize(("title", "tags"), NIGHT_TITLES)
def test_a_style_that_lights_its_own_ground_keeps_a_night_title_dark(
    style: str, title: str, tags: str
) -> None:
    """A review read a pastel daylight gradient under "東京の夜" (Tokyo night) as the
    wrong song: a night title gets a night scene, at least two fifths of it dark (a
    huge pale disc may be its moon)."""
    for seed in range(4):
        music = MusicInput(task_id=f"night-{style}-{seed}", title=title, tags=tags)
        direction = direct_from_music(music)[0]
        lightness, _, _ = _lch(get_style(style).render(direction, SIZE).image)
        dark = float(np.quantile(lightness, 0.4))
        assert dark < 0.4, (title, seed, dark)
