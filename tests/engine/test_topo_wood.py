"""What the topographic and wood-type styles promise a musician: several different
pictures across tracks, a calm place for the title, the genre's paper and inks."""

from __future__ import annotations

import dataclasses

import numpy as np
from PIL import Image

from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection, Palette
from sleeve.engine.fonts import title_face
from sleeve.engine.languages import language_for
from sleeve.engine.measures import dhash, hamming
from sleeve.engine.raster import rng_for
from sleeve.engine.styles import topographic, wood_type
from sleeve.engine.styles.cover_parts import (
    calm_zone,
    topo_terrain,
    wood_bill,
    wood_cuts,
    wood_overprint,
    wood_words,
)
from sleeve.engine.styles.registry import get_style
from tests.engine.test_styles import CALM, LOUD, edges

GREY_NIGHT = Palette(
    (14, 14, 14), ((120, 120, 120), (60, 60, 60), (130, 130, 130)), (240, 240, 240), (240, 240, 240)
)
NAVY = Palette(
    (38, 61, 98), ((253, 244, 221), (194, 65, 41), (126, 72, 76)), (211, 166, 40), (250, 250, 250)
)


def _direction(base: ArtDirection, sub: str, palette: Palette, **changes) -> ArtDirection:
    language = language_for(sub)
    return dataclasses.replace(
        base, language=language, genre=language.family, palette=palette, **changes
    )


def _saturated_share(image: Image.Image) -> float:
    """The share of pixels with OKLCH-ish strong colour (HSV saturation and value)."""
    hsv = np.asarray(image.convert("HSV").resize((128, 128)), np.float32)
    return float(((hsv[..., 1] > 150) & (hsv[..., 2] > 150)).mean())


def test_topographic_draws_all_six_maps_across_seeds() -> None:
    night = _direction(LOUD, "techno", GREY_NIGHT)
    kinds = set()
    for seed in range(60):
        for base in (night, CALM, dataclasses.replace(LOUD, palette=NAVY)):
            kinds.add(topographic.layout_of(dataclasses.replace(base, seed=seed)))
    assert kinds == set(topographic.MAPS) and len(kinds) >= 6


def test_dense_music_draws_dense_surveys_and_calm_music_lone_islands() -> None:
    def share(kind: str, **music: float) -> float:
        got = [
            topographic.layout_of(dataclasses.replace(CALM, seed=s, **music)) for s in range(200)
        ]
        return got.count(kind) / len(got)

    assert share("survey", density=0.95) > 2 * share("survey", density=0.05)
    assert share("island", energy=0.05) > 1.5 * share("island", energy=0.95)


def _inked(image: Image.Image) -> float:
    """The share of the frame's 12 px cells that hold any line or fill."""
    grey = np.asarray(image.convert("L").resize((192, 192)), np.float32)
    away = np.abs(grey - np.median(grey)).reshape(16, 12, 16, 12).max(axis=(1, 3))
    return float((away > 25).mean())


def test_a_lone_island_leaves_most_of_the_frame_open_sea_unlike_a_survey() -> None:
    direction = dataclasses.replace(CALM, seed=3, layout="top-left")
    covers = {}
    for kind in ("island", "survey"):
        chosen = dataclasses.replace(direction)
        original = topographic._choose
        topographic._choose = lambda d, r, kind=kind: kind
        try:
            covers[kind] = topographic.render(chosen, 192)
        finally:
            topographic._choose = original
    assert covers["island"].layout == "island"
    assert _inked(covers["island"].image) < 0.5 * _inked(covers["survey"].image)
    x0, y0, x1, y1 = covers["island"].focal
    assert (x1 - x0) * (y1 - y0) < 0.5  # the island, not the whole frame


def test_grey_sheets_get_no_colour_bands() -> None:
    night = _direction(LOUD, "techno", GREY_NIGHT)
    kinds = [topographic.layout_of(dataclasses.replace(night, seed=s)) for s in range(200)]
    assert "tints" not in kinds


def test_the_land_sinks_to_sea_level_in_the_title_zone_and_keeps_its_shape_elsewhere() -> None:
    direction = dataclasses.replace(CALM, seed=5)
    rng = rng_for(direction, "t")
    h = topo_terrain.relief(direction, rng)
    low = topo_terrain.lowland(h, "top", rng)
    n = h.shape[0]
    assert np.abs(low[: int(0.25 * n)]).max() < 1e-3  # the plain the title sits on
    assert np.allclose(low[int(0.8 * n) :], h[int(0.8 * n) :])


def test_topographic_covers_of_different_tracks_are_different_pictures() -> None:
    hashes = [
        dhash(edges(get_style("topographic").render(dataclasses.replace(CALM, seed=s), 192).image))
        for s in (1, 2, 3, 4, 5, 6)
    ]
    pairs = [hamming(a, b) for i, a in enumerate(hashes) for b in hashes[i + 1 :]]
    assert min(pairs) >= 6


def test_topographic_leaves_the_title_zone_calm_and_the_focal_box_out_of_it() -> None:
    for seed in range(8):
        direction = dataclasses.replace(LOUD, seed=seed, layout="top-left")
        art = get_style("topographic").render(direction, 256)
        small = art.image.convert("L").resize((64, 64), Image.Resampling.BOX)  # no grain
        busy = np.abs(np.diff(np.asarray(small, np.float32), axis=1))
        band, rest = busy[: int(0.28 * 64)].mean(), busy[int(0.4 * 64) :].mean()
        assert band < 0.5 * rest
        assert art.focal is not None and art.focal[1] >= calm_zone.ZONES["top"][3] - 0.01


def test_folk_maps_are_printed_on_warm_paper_even_from_a_navy_palette() -> None:
    direction = _direction(CALM, "country", NAVY, layout="top-left")
    image = get_style("topographic").render(direction, 128).image
    r, g, b = np.asarray(image.crop((0, 0, 128, 30)), np.float32).reshape(-1, 3).mean(axis=0)
    assert r > b + 15 and r > 200


def test_wood_type_prints_at_least_five_compositions_across_seeds() -> None:
    layouts = set()
    for seed in range(60):
        for base in (CALM, LOUD):
            direction = dataclasses.replace(base, seed=seed, title="Rock & Roll 45")
            layouts.add(wood_type._choose(direction, rng_for(direction, "wood")))
    assert len(layouts) >= 5


def test_cumbia_prints_fluoro_inks_on_white_even_from_a_grey_palette() -> None:
    direction = _direction(LOUD, "tropical", GREY_NIGHT, title="La Cumbia del Sol")
    image = get_style("wood_type").render(direction, 256).image
    corner = np.asarray(image.crop((0, 0, 12, 12)), np.float32).mean()
    assert corner > 225 and _saturated_share(image) > 0.05


def test_bollywood_paper_is_warm_not_cold_blue() -> None:
    inks = ((255, 213, 116), (255, 251, 244), (182, 112, 86))
    blue = Palette((0, 86, 119), inks, (255, 133, 73), (250, 250, 250))
    direction = _direction(LOUD, "bollywood", blue)
    paper = wood_type._draw(direction, 128).image.getpixel((2, 2))
    lightness, chroma, hue = rgb_to_oklch(paper)
    assert chroma > 0.04 and 40 <= hue <= 110


def test_a_dark_rock_track_prints_vivid_ink_on_black_stock() -> None:
    inks = ((217, 47, 0), (255, 251, 243), (127, 40, 22))
    fire = Palette((21, 21, 21), inks, (135, 135, 135), (250, 250, 250))
    direction = _direction(LOUD, "rock", fire, title="君と見た花火")
    image = get_style("wood_type").render(direction, 256).image
    assert rgb_to_oklch(image.getpixel((3, 3)))[0] < 0.35
    assert _saturated_share(image) > 0.04


def _correlation(a: np.ndarray, b: np.ndarray) -> float:
    a, b = a - a.mean(), b - b.mean()
    return float((a * b).sum() / np.sqrt((a * a).sum() * (b * b).sum() + 1e-9))


def test_a_cjk_word_on_the_edge_stands_upright_top_to_bottom_not_turned() -> None:
    face = title_face("君と見た花火", "condensed", 900.0)
    direction = dataclasses.replace(LOUD, title="君と見た花火", layout="top-left")
    mask = wood_type._turned("君と見た花火", face, 512, rng_for(direction, "wood"), 0.6)
    width, height = mask.size
    assert abs(height - 1.5 * width) <= 2  # two columns of three upright square cells
    cell = np.asarray(mask.crop((width // 2, 0, width, width // 2)).resize((48, 48)), np.float32)
    upright = np.asarray(wood_cuts.column("君", face, 48, 48), np.float32)
    turned = np.asarray(Image.fromarray(upright).rotate(90), np.float32)
    assert _correlation(cell, upright) > 0.8
    assert _correlation(cell, upright) > _correlation(cell, turned) + 0.2


def test_a_latin_word_on_the_edge_is_still_turned_on_its_side() -> None:
    face = title_face("HIGHWAY", "condensed", 900.0)
    direction = dataclasses.replace(LOUD, title="Thunderstruck Highway", layout="top-left")
    mask = wood_type._turned("HIGHWAY", face, 512, rng_for(direction, "wood"), 0.6)
    assert mask.size[1] > 2 * mask.size[0]


def test_wood_type_prints_boxed_initials_on_under_half_the_tracks_and_often_a_bill() -> None:
    layouts = []
    for seed in range(60):
        for base in (CALM, LOUD):
            direction = dataclasses.replace(base, seed=seed, title="Golden Hour")
            layouts.append(wood_type.layout_of(direction))
    initials = sum(layouts.count(k) for k in ("giant", "overprint", "blocks"))
    assert initials < 0.5 * len(layouts)
    assert layouts.count("bill") > 0.2 * len(layouts)


def test_the_bill_cuts_the_title_number_as_written_not_its_digits_run_together() -> None:
    assert wood_bill.title_number("Overdrive 1986") == "1986"
    assert wood_bill.title_number("Nocturne in E-flat major, Op. 9 No. 2 (2024)") == "9"
    assert wood_bill.title_number("Golden Hour") == ""


def test_a_bill_hero_is_printed_where_its_box_says() -> None:
    direction = dataclasses.replace(LOUD, title="Overdrive 1986", layout="top-left")
    for seed in range(40):
        direction = dataclasses.replace(direction, seed=seed)
        if wood_type.layout_of(direction) == "bill":
            break
    else:
        raise AssertionError("no bill in 40 seeds")
    art = wood_type._draw(direction, 256)
    x0, y0, x1, y1 = art.focal
    grey = np.asarray(art.image.convert("L"), np.float32)
    inside = grey[int(y0 * 256) : int(y1 * 256), int(x0 * 256) : int(x1 * 256)]
    above = grey[: int(0.3 * 256)]
    assert y0 >= calm_zone.ZONES["top"][3] - 0.01
    assert inside.std() > 2 * above.std()  # ink in the bill, calm paper over the title


def test_a_long_cjk_word_in_two_columns_reads_from_the_right_column_down() -> None:
    face = title_face("君と見た花火", "condensed", 900.0)
    block = np.asarray(wood_cuts.column("君と見た花火", face, 96, 144, 3), np.float32)
    first = np.asarray(wood_cuts.column("君", face, 48, 48), np.float32)
    fourth = np.asarray(wood_cuts.column("た", face, 48, 48), np.float32)
    assert _correlation(block[:48, 48:], first) > 0.8  # top of the right column
    assert _correlation(block[:48, :48], fourth) > 0.8  # top of the left column


def test_wood_type_prints_no_key_or_tempo_a_new_key_leaves_every_cover_unchanged() -> None:
    for seed in range(6):
        for base in (CALM, LOUD):
            direction = dataclasses.replace(base, seed=seed, title="Golden Hour", key=0)
            other = dataclasses.replace(direction, key=5, mode="minor")
            a = np.asarray(wood_type._draw(direction, 128).image, np.int16)
            b = np.asarray(wood_type._draw(other, 128).image, np.int16)
            assert np.abs(a - b).max() == 0


def test_wood_type_cuts_a_real_short_word_of_the_title_never_a_row_of_initials() -> None:
    assert wood_type._word(dataclasses.replace(CALM, title="La Cumbia del Sol"))[0] == "SOL"
    assert wood_type._word(dataclasses.replace(CALM, title="Song Title (Radio Edit)"))[0] == "TITLE"
    assert wood_type._word(dataclasses.replace(CALM, title="حبيبي")) is None  # joined letters
    long_words = dataclasses.replace(CALM, title="Thunderstruck Highway")
    assert wood_type._word(long_words) is None
    for seed in range(40):
        for base in (CALM, LOUD):
            direction = dataclasses.replace(long_words, seed=seed, energy=base.energy)
            assert wood_type.layout_of(direction) not in ("word", "blocks")


def test_an_emoji_title_is_never_cut_as_a_turned_word_or_a_giant_initial() -> None:
    """No slab face draws emoji: turned on its side, an emoji title printed a column of
    missing-glyph boxes."""
    for seed in range(40):
        for base in (CALM, LOUD):
            direction = dataclasses.replace(base, title="🌙✨💔", seed=seed, layout="top-left")
            assert wood_type.layout_of(direction) not in ("rotated", "giant")


def test_wood_type_never_cuts_a_stop_word_as_its_giant_letters() -> None:
    """'The Little Yellow Duck' is not a giant T, and 'Lágrimas en la lluvia' not a
    giant LA (read as Los Angeles)."""
    from sleeve.engine.styles import wood_type

    duck = dataclasses.replace(CALM, title="The Little Yellow Duck")
    assert wood_type._letters(duck)[0][:1] == ["L"]
    word = wood_type._word(dataclasses.replace(CALM, title="Lágrimas en la lluvia"))
    assert word is None or word[0] not in ("EN", "LA")


def test_wood_type_crosses_two_title_words_in_an_overprint_only_when_it_has_two() -> None:
    def layouts(title: str) -> list[str]:
        return [
            wood_type.layout_of(dataclasses.replace(base, seed=seed, title=title))
            for seed in range(60)
            for base in (CALM, LOUD)
        ]

    assert "overprint" in layouts("Gravel Road Home")
    assert "overprint" not in layouts("Candyfloss")  # a word crossed by its initial: a blot
    assert "overprint" not in layouts("يا ليل يا عين")  # joined letters are not cut apart
    assert wood_overprint.pair(["LIFT", "EVERY", "HAND"]) == ("LIFT", "EVERY")  # title order


def test_a_lively_country_song_is_sometimes_printed_on_coloured_stock() -> None:
    country = _direction(LOUD, "country", NAVY, title="Gravel Road Home")
    papers = {
        wood_type._draw(dataclasses.replace(country, seed=seed), 64).image.getpixel((2, 2))
        for seed in range(16)
    }
    chromas = [rgb_to_oklch(p)[1] for p in papers]
    assert max(chromas) > 0.06  # mustard or navy, not only cream
    assert min(chromas) < 0.05  # cream still prints too


def test_the_bill_stacks_words_in_every_left_to_right_script_greek_caps_unaccented() -> None:
    def words(title: str) -> list[str]:
        return wood_words.stack_words(dataclasses.replace(CALM, title=title))

    assert words("दिल की धड़कन")[-1] == "धड़कन"  # vowel signs and nukta kept
    assert words("Καλοκαίρι στη θάλασσα")[0] == "ΚΑΛΟΚΑΙΡΙ"  # capitals drop the tonos
    assert words("桜の散る頃") == ["桜の散る頃"]
    assert words("يا ليل يا عين") == []  # right to left: not stacked
    assert words("🌙✨💔") == []


def test_a_bill_block_on_red_stock_is_not_cut_in_an_ink_that_prints_red() -> None:
    red, key, yellow, blue = (190, 46, 45), (35, 31, 21), (251, 193, 0), (49, 113, 210)
    assert wood_bill._loudest([key, yellow, blue], red, False) == blue  # yellow x red = red
    assert wood_bill._loudest([key, yellow, (200, 60, 50)], red, False) == key
