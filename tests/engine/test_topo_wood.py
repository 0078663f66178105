"""What the topographic and wood-type styles promise a musician: several different
pictures across tracks, a calm place for the title, the genre's paper and inks."""

from __future__ import annotations

import dataclasses

import numpy as np
from PIL import Image

from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection, Palette
from sleeve.engine.languages import language_for
from sleeve.engine.measures import dhash, hamming
from sleeve.engine.raster import rng_for
from sleeve.engine.styles import topographic, wood_type
from sleeve.engine.styles.cover_parts import (
    calm_zone,
    topo_terrain,
    wood_bill,
    wood_cuts,
    wood_inks,
    wood_vernacular,
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


def test_wood_type_prints_at_least_six_compositions_across_seeds() -> None:
    layouts = set()
    for seed in range(60):
        for base in (CALM, LOUD):
            direction = dataclasses.replace(base, seed=seed, layout="top-left")
            layouts.add(wood_type._choose(direction, rng_for(direction, "wood")))
    assert len(layouts) >= 6


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


def test_wood_type_prints_big_single_cuts_on_under_half_the_tracks_and_often_a_bill() -> None:
    layouts = []
    for seed in range(60):
        for base in (CALM, LOUD):
            direction = dataclasses.replace(base, seed=seed, title="Golden Hour")
            layouts.append(wood_type.layout_of(direction))
    initials = sum(layouts.count(k) for k in ("giant", "overprint", "blocks"))
    assert initials < 0.5 * len(layouts)
    assert layouts.count("bill") > 0.2 * len(layouts)


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


def test_wood_type_prints_no_key_or_tempo_a_new_key_leaves_every_cover_unchanged() -> None:
    for seed in range(6):
        for base in (CALM, LOUD):
            direction = dataclasses.replace(base, seed=seed, title="Golden Hour", key=0)
            other = dataclasses.replace(direction, key=5, mode="minor")
            a = np.asarray(wood_type._draw(direction, 128).image, np.int16)
            b = np.asarray(wood_type._draw(other, 128).image, np.int16)
            assert np.abs(a - b).max() == 0


def test_a_lively_country_song_is_sometimes_printed_on_coloured_stock() -> None:
    country = _direction(LOUD, "country", NAVY, title="Gravel Road Home")
    papers = {
        wood_type._draw(dataclasses.replace(country, seed=seed), 64).image.getpixel((2, 2))
        for seed in range(16)
    }
    chromas = [rgb_to_oklch(p)[1] for p in papers]
    assert max(chromas) > 0.06  # mustard or navy, not only cream
    assert min(chromas) < 0.05  # cream still prints too


def test_a_bill_block_on_red_stock_is_not_cut_in_an_ink_that_prints_red() -> None:
    red, key, yellow, blue = (190, 46, 45), (35, 31, 21), (251, 193, 0), (49, 113, 210)
    assert wood_bill.loudest([key, yellow, blue], red, False) == blue  # yellow x red = red
    assert wood_bill.loudest([key, yellow, (200, 60, 50)], red, False) == key


TITLES = ("Lágrimas en la lluvia", "Καλοκαίρι στη θάλασσα", "Diamond Smoke", "Ночной город")


def test_the_print_never_cuts_the_title_the_pipeline_sets_it_once() -> None:
    """A reviewer saw every title twice: cut huge as the art, then set again. The print
    is now the same whatever the title (only a title naming a bill word changes it, and
    a right-to-left one mirrors the turned word)."""
    for seed in range(24):
        for base in (CALM, LOUD):
            first = None
            for title in TITLES:
                direction = dataclasses.replace(base, seed=seed, title=title, layout="top-left")
                art = np.asarray(wood_type._draw(direction, 96).image)
                first = art if first is None else first
                assert np.array_equal(art, first), (seed, title)


def test_the_bill_words_never_repeat_a_word_of_the_title() -> None:
    titles = ("Live Tonight", "Honky Tonk Angel", "Sound System", "Dub", "Late Show", "45")
    for sub in ("country", "reggae", "folk", "tropical", "children"):
        for title in titles:
            for seed in range(8):
                direction = _direction(CALM, sub, NAVY, title=title, seed=seed)
                taken = {w.upper() for w in title.split()}
                printed = {
                    *wood_vernacular.hero(direction),
                    *wood_vernacular.pair(direction),
                    wood_vernacular.short_word(direction),
                    wood_vernacular.turned_word(direction),
                    wood_vernacular.numeral(direction).strip('"'),
                }
                assert not taken & printed, (sub, title, printed)


def test_a_country_bill_speaks_country_and_a_reggae_one_reggae() -> None:
    country = _direction(LOUD, "country", NAVY, title="Gravel Road Home")
    assert " ".join(wood_vernacular.hero(country)) in wood_vernacular.BILLS["country"][1]  # sad
    bright = dataclasses.replace(country, valence=0.8)
    assert " ".join(wood_vernacular.hero(bright)) in wood_vernacular.BILLS["country"][0]
    reggae = _direction(CALM, "reggae", NAVY, title="Sunrise Dub", valence=0.2)
    assert " ".join(wood_vernacular.hero(reggae)) in wood_vernacular.BILLS["reggae"][1]
    assert not any("DUB" in p.split() for p in wood_vernacular.phrases(reggae))  # title's word


def test_crossed_inks_never_mix_to_olive_mud_and_coloured_stock_prints_opaque() -> None:
    navy, mustard, red = (31, 58, 95), (212, 160, 23), (176, 58, 46)
    assert not wood_inks.mix_reads(navy, mustard)  # olive
    assert wood_inks.mix_reads(red, mustard)  # a deep orange red
    assert wood_inks.opaque((227, 179, 60), False)  # mustard stock
    assert not wood_inks.opaque((243, 233, 210), False)  # cream paper


def test_every_carved_cut_is_a_different_solid_shape() -> None:
    kinds = ("star", "heart", "sun", "moon", "horseshoe")
    masks = [np.asarray(wood_cuts.picto(k, 64, 64), np.float32) / 255 for k in kinds]
    for k, mask in enumerate(masks):
        assert 0.2 < mask.mean() < 0.75, kinds[k]
        for other in masks[k + 1 :]:
            assert np.abs(mask - other).mean() > 0.1


def test_a_turned_word_stands_clear_of_a_right_to_left_title_set_flush_right() -> None:
    for seed in range(60):
        direction = dataclasses.replace(CALM, seed=seed, title="שיר של אהבה", layout="top-left")
        if wood_type.layout_of(direction) == "rotated":
            break
    else:
        raise AssertionError("no turned word in 60 seeds")
    x0, _, x1, _ = wood_type._draw(direction, 128).focal
    assert x0 < 0.05 and x1 < 0.7
