"""Colour comes from the design language; the mood moves it only within."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest

from sleeve.engine.color import contrast_ratio, rgb_to_oklch
from sleeve.engine.direction import direct_from_music
from sleeve.engine.languages import LANGUAGES
from sleeve.engine.music import MusicInput
from sleeve.engine.palettes import Palette, build_palette, to_lch

MOODS = [(v, e, loud) for v in (0.0, 0.5, 1.0) for e in (0.0, 1.0) for loud in (0.0, 1.0)]


def _palettes(name: str, seeds: int = 12, moods: list = MOODS) -> list[Palette]:
    """The language's palettes over `seeds` seeds and every (valence, energy,
    loudness) in `moods`."""
    return [
        build_palette(
            LANGUAGES[name],
            valence=v,
            energy=e,
            loudness=loud,
            rng=np.random.default_rng(seed),
            key=seed % 12 if seed % 2 else None,
            mode="minor" if seed % 3 else "major",
        )
        for seed in range(seeds)
        for v, e, loud in moods
    ]


def _light(rgb: tuple[int, int, int]) -> float:
    return rgb_to_oklch(rgb)[0]


@pytest.mark.parametrize(
    "name", [n for n, lang in LANGUAGES.items() if lang.tone.startswith("dark")]
)
def test_dark_languages_never_light(name: str) -> None:
    for palette in _palettes(name):
        assert _light(palette.background) <= 0.33, (name, palette)


@pytest.mark.parametrize(
    "name", [n for n, lang in LANGUAGES.items() if lang.tone in ("light", "bright", "light-mono")]
)
def test_light_languages_never_dark(name: str) -> None:
    for palette in _palettes(name):
        assert _light(palette.background) >= 0.75, (name, palette)


def test_childrens_songs_are_light_and_vivid_and_black_metal_near_neutral() -> None:
    for palette in _palettes("children"):
        assert _light(palette.background) >= 0.7
        assert max(rgb_to_oklch(c)[1] for c in (*palette.colors, palette.accent)) > 0.1
    for palette in _palettes("black_metal"):
        assert all(rgb_to_oklch(c)[1] < 0.05 for c in (palette.background, *palette.colors))


def test_every_palette_keeps_a_readable_ink() -> None:
    for name in LANGUAGES:
        for palette in _palettes(name, seeds=3):
            assert contrast_ratio(palette.ink, palette.background) >= 4.5, (name, palette)
            assert 3 <= len(palette.colors) <= 5


def _build(name: str, valence: float, energy: float, loudness: float) -> Palette:
    return build_palette(
        LANGUAGES[name],
        valence=valence,
        energy=energy,
        loudness=loudness,
        rng=np.random.default_rng(5),
    )


def _spread(palette: Palette) -> float:
    field = _light(palette.background)
    return float(np.mean([abs(_light(c) - field) for c in palette.colors]))


def _chroma(palette: Palette) -> float:
    return float(np.mean([rgb_to_oklch(c)[1] for c in (palette.background, *palette.colors)]))


@pytest.mark.parametrize("name", ["pop", "lofi", "indie", "afrobeats"])
def test_mood_moves_lightness_chroma_and_contrast_within_the_language(name: str) -> None:
    assert _light(_build(name, 0.9, 0.5, 0.5).background) > _light(
        _build(name, 0.1, 0.5, 0.5).background
    )
    assert _chroma(_build(name, 0.5, 0.95, 0.5)) > _chroma(_build(name, 0.5, 0.05, 0.5))
    assert _spread(_build(name, 0.5, 0.5, 0.95)) > _spread(_build(name, 0.5, 0.5, 0.05))


def _cover_family(palette: Palette) -> int | None:
    """The hue family (0-5, 60 degrees each from OKLCH hue 10, so pinks are not filed
    as red) a cover in this palette reads as: its field's, or for a near-neutral field
    its main colour's; None when both are near-neutral."""
    for colour, least in ((palette.background, 0.04), (palette.colors[0], 0.06)):
        _, chroma, hue = rgb_to_oklch(colour)
        if chroma >= least:
            return int((hue - 10.0) % 360 // 60)
    return None


def test_no_hue_family_dominates_and_some_are_near_neutral() -> None:
    families = Counter(
        _cover_family(
            build_palette(
                LANGUAGES[name],
                valence=(seed % 3) / 2,
                energy=0.5,
                loudness=0.5,
                rng=np.random.default_rng(seed),
            )
        )
        for name in LANGUAGES
        for seed in range(6)
    )
    total = sum(families.values())
    neutral = families.pop(None, 0)
    assert families.most_common(1)[0][1] / total < 0.25, families
    assert 0.15 <= neutral / total <= 0.7


def _pink(rgb: tuple[int, int, int]) -> bool:
    _, chroma, hue = rgb_to_oklch(rgb)
    return chroma >= 0.05 and (hue >= 310 or hue < 10)


def _all(palette: Palette) -> tuple[tuple[int, int, int], ...]:
    return (palette.background, *palette.colors, palette.accent)


@pytest.mark.parametrize("name", ["drill", "techno", "punk", "hardcore", "doom_metal"])
def test_hard_genres_are_never_pink(name: str) -> None:
    for palette in _palettes(name):
        assert not any(_pink(c) for c in _all(palette)), (name, palette)


@pytest.mark.parametrize("name", ["doom_metal", "death_metal", "black_metal", "drill"])
def test_heavy_genres_are_never_lime(name: str) -> None:
    for palette in _palettes(name):
        for colour in _all(palette):
            _, chroma, hue = rgb_to_oklch(colour)
            assert not (chroma > 0.08 and 95 <= hue <= 145), (name, palette)


@pytest.mark.parametrize("name", ["edm", "house", "funk", "tropical", "psychedelic", "children"])
def test_loud_bright_genres_reach_a_chroma_floor(name: str) -> None:
    palettes = _palettes(name)
    for palette in palettes:
        assert max(rgb_to_oklch(c)[1] for c in _all(palette)) >= 0.15, (name, palette)
    vivid_fields = sum(rgb_to_oklch(p.background)[1] >= 0.09 for p in palettes)
    assert vivid_fields / len(palettes) >= 0.2, name


def test_pink_is_not_the_house_field() -> None:
    fields = [
        build_palette(
            LANGUAGES[name], valence=0.6, energy=0.6, loudness=0.6, rng=np.random.default_rng(s)
        ).background
        for name in LANGUAGES
        for s in range(6)
    ]
    assert sum(_pink(f) for f in fields) / len(fields) < 0.1


def _hue_gap(a: float, b: float) -> float:
    return abs((a - b + 180.0) % 360.0 - 180.0)


def test_every_colour_keeps_a_hue_of_its_language() -> None:
    # the third main colour was a mix toward the field that crossed hues: mauve on
    # pop and reggaeton, muddy brown on afrobeats (green field, gold), olive on folk
    for name, language in LANGUAGES.items():
        hues = [h for p in language.palettes for c in p if (h := to_lch(c))[1] >= 0.04]
        for palette in _palettes(name, seeds=2):
            for colour in _all(palette):
                _, chroma, hue = rgb_to_oklch(colour)
                if chroma >= 0.05:
                    assert min(_hue_gap(hue, h[2]) for h in hues) <= 25, (name, colour)


def _pastel(rgb: tuple[int, int, int]) -> bool:
    lightness, chroma, _ = rgb_to_oklch(rgb)
    return lightness > 0.8 and 0.03 < chroma < 0.13


def test_cumbia_is_fluoro_on_black_never_pastel() -> None:
    palettes = _palettes("tropical")
    for palette in palettes:
        assert not any(_pastel(c) for c in _all(palette)), palette
        assert sorted(rgb_to_oklch(c)[1] for c in _all(palette))[-3] >= 0.16, palette
    black = sum(_light(p.background) < 0.25 for p in palettes)
    assert black / len(palettes) >= 0.2  # fluoro fields too, as chicha posters have


def test_funk_is_gold_and_hot_pink() -> None:
    for palette in _palettes("funk"):
        lch = [rgb_to_oklch(c) for c in _all(palette)]
        assert any(c > 0.1 and 70 <= h <= 100 for _, c, h in lch), palette  # gold
        assert any(c > 0.18 and (h >= 330 or h < 10) for _, c, h in lch), palette  # hot pink


def test_afrobeats_is_vivid_never_olive_or_muddy() -> None:
    for palette in _palettes("afrobeats"):
        for colour in _all(palette):
            lightness, chroma, hue = rgb_to_oklch(colour)
            assert not (chroma > 0.04 and 85 <= hue <= 125 and lightness < 0.72), palette
            muddy = 0.03 < chroma < 0.1 and 0.3 < lightness < 0.8 and 40 <= hue <= 125
            assert not muddy, palette  # brown or khaki (a deep bottle green is not mud)
        # three vivid colours, as the genre table's own (its green #1E7F4F is chroma 0.116)
        assert sum(rgb_to_oklch(c)[1] >= 0.1 for c in _all(palette)) >= 3, palette


@pytest.mark.parametrize("yellow", [(255, 200, 19), (255, 230, 0), (212, 160, 23)])
def test_a_yellow_taken_dark_turns_red_orange_not_olive(yellow: tuple[int, int, int]) -> None:
    """Styles take palette colours dark for deep fills; a gold or yellow kept its hue
    and read as olive or khaki mud. Dark, it turns red-orange and keeps its colour."""
    from sleeve.engine.raster import tone

    for lightness in (0.5, 0.4, 0.3):
        _, chroma, hue = rgb_to_oklch(tone(yellow, lightness))
        assert hue < 65, (yellow, lightness, hue)  # orange-red, not 75-120 (olive)
        assert chroma > 0.08  # a colour, not a brown-grey
    assert abs(rgb_to_oklch(tone(yellow, 0.85))[2] - rgb_to_oklch(yellow)[2]) < 3  # light: itself
    grey = rgb_to_oklch(tone((128, 128, 120), 0.4))
    assert grey[1] < 0.03  # a grey stays grey
    green = rgb_to_oklch(tone((30, 160, 60), 0.4))
    assert green[2] > 130  # greens keep their hue


@pytest.mark.parametrize(
    ("title", "tags"),
    [("東京の夜", "city pop"), ("월광 밤", "kpop"), ("Midnight Drive", "indie pop"),
     ("يا ليل", "arabic"), ("Ночной город", "bedroom pop"), ("Moonlight Picnic", "children")],
)  # fmt: skip
def test_a_title_that_names_the_night_gets_a_dark_field(title: str, tags: str) -> None:
    """A review read a daylight pastel under "東京の夜" (Tokyo night) as the wrong song."""
    for seed in range(6):
        field = direct_from_music(MusicInput(f"night-{seed}", title, tags))[0].palette.background
        assert _light(field) <= 0.31, (title, seed, field)


def test_a_hue_the_words_name_reaches_the_accent_when_no_palette_has_it() -> None:
    """The Little Yellow Duck had no yellow and Golden Hour no gold: the languages'
    palettes had none within reach, so the words' hue was dropped."""
    for title, tags, low, high in [
        ("The Little Yellow Duck", "children", 70, 110),
        ("Golden Hour", "indie pop", 60, 110),
    ]:
        for seed in range(6):
            accent = direct_from_music(MusicInput(f"hue-{seed}", title, tags))[0].palette.accent
            lightness, chroma, hue = rgb_to_oklch(accent)
            assert low <= hue <= high and chroma >= 0.06 and lightness >= 0.6, (title, accent)
