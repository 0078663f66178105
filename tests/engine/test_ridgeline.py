"""Ridgeline: every composition is a pulsar print, a dense stack of the song's ridges
built into one bold silhouette that differs per composition; tracks get different
compositions, the music leans the choice, the title keeps a calm zone, the inks are
print inks (bone on black, a spot ink on paper, dark lines on a strong colour; never a
murky green or a grey on grey), metal keeps bone on black, and the retired
compositions (the hills, the door, the swell and older ones) are never drawn."""

from __future__ import annotations

import dataclasses
import re

import numpy as np
import pytest

from sleeve.engine.color import contrast_ratio, rgb_to_oklch
from sleeve.engine.direction import Palette, direct_from_music
from sleeve.engine.languages import language_for
from sleeve.engine.looks import turned
from sleeve.engine.music import MusicInput
from sleeve.engine.raster import srgb_to_oklab
from sleeve.engine.styles import ridgeline
from sleeve.engine.styles.cover_parts import ridge_scenes
from sleeve.engine.styles.cover_parts.ridge_layouts import LAYOUTS
from tests.engine.test_styles import CALM, LOUD

PUNK = LOUD  # a loud song whose genre wants no landscape
# a loud song whose genre suits ranges and peaks: it may get every unnamed composition
# but the plot (metal keeps its own ranges and summit)
LOUD = dataclasses.replace(LOUD, genre="folk", language=language_for("post_rock"))
NAMED = {"skyline", "road"}  # drawn only for a title that names a city or a road
# a loud song in a genre the plot draws (the metal song gets every other composition)
ELECTRO = dataclasses.replace(LOUD, genre="electronic", language=language_for("techno"))

DOOM = Palette(
    (20, 17, 14), ((168, 144, 106), (92, 74, 50), (140, 47, 30)), (140, 47, 30), (217, 208, 188)
)
# the calm compositions (the loud ones: the summit and the tower)
CALM_ONES = {"wave", "planet"}


def _layouts(base, seeds=range(40)) -> list[str]:
    return [ridgeline.render(dataclasses.replace(base, seed=s), 64).layout for s in seeds]


def test_every_cover_names_one_of_several_compositions() -> None:
    names = _layouts(CALM) + _layouts(LOUD)
    assert {n.split("-")[0] for n in names} <= set(LAYOUTS)
    assert len(set(names)) >= 4
    assert all(re.fullmatch(r"[a-z]+(-[a-z]+)*", n) for n in names)
    # no composition takes the bench: the largest share stays under a third
    assert max(names.count(n) for n in set(names)) < len(names) / 3


def test_different_music_gets_a_different_picture_not_just_colours() -> None:
    """With one palette, calm and loud music give other compositions for most seeds,
    and the grey structure (not the colours) of the covers differs."""
    differ = 0
    for seed in range(12):
        calm = dataclasses.replace(CALM, seed=seed)
        loud = dataclasses.replace(LOUD, seed=seed, palette=CALM.palette, valence=CALM.valence)
        a, b = ridgeline.render(calm, 96), ridgeline.render(loud, 96)
        differ += a.layout != b.layout
        grey_a = np.asarray(a.image.convert("L"), float)
        grey_b = np.asarray(b.image.convert("L"), float)
        assert np.abs(grey_a - grey_b).mean() > 4, seed
    assert differ >= 8


def _occupancy(image) -> np.ndarray:
    """Where the ink sits: the share of pixels off the field in each cell of a 4x4
    grid (the field read from the cover's commonest grey)."""
    grey = np.asarray(image.convert("L"), float)
    field = np.median(grey[np.abs(grey - np.median(grey)) < 12]) if grey.size else 0
    ink = np.abs(grey - field) > 28
    cells = ink.reshape(4, grey.shape[0] // 4, 4, grey.shape[1] // 4)
    return cells.mean(axis=(1, 3)).ravel()


def _footprint(image) -> np.ndarray:
    """Where the ink sits and which way its lines run: the occupancy grid, then for
    each quarter of the frame the share of vertical change (rows of ridges) in all."""
    grey = np.asarray(image.convert("L"), float)
    dy = np.abs(np.diff(grey, axis=0))[:, :-1]
    dx = np.abs(np.diff(grey, axis=1))[:-1, :]
    n = dy.shape[0] // 2
    turn = [
        dy[r : r + n, q : q + n].sum()
        / max(dx[r : r + n, q : q + n].sum() + dy[r : r + n, q : q + n].sum(), 1)
        for r in (0, n)
        for q in (0, n)
    ]
    return np.concatenate([_occupancy(image), np.asarray(turn)])


def test_each_composition_puts_the_ridges_somewhere_else() -> None:
    """Every named layout, drawn for one song, leaves its own footprint: no two
    layouts ink the same cells of the frame the same way (where names differ,
    pictures do; a curtain's upright ridges differ from a stack's level ones)."""
    covers: dict[str, np.ndarray] = {}
    pop = dataclasses.replace(CALM, genre="pop", language=language_for("pop"))
    for seed in range(300):
        base = (LOUD, ELECTRO, pop)[seed % 3]
        direction = dataclasses.replace(base, seed=seed, palette=CALM.palette, valence=0.2)
        name = ridgeline.layout_of(direction)
        if name not in covers:
            covers[name] = _footprint(ridgeline.render(direction, 128).image)
    assert set(covers) == set(LAYOUTS) - NAMED
    names = sorted(covers)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            assert np.abs(covers[a] - covers[b]).mean() > 0.04, (a, b)


@pytest.mark.parametrize("size", [64, 1024, 3000])
def test_sizes_keep_the_composition_and_are_deterministic(size: int) -> None:
    direction = dataclasses.replace(LOUD, seed=5)
    art = ridgeline.render(direction, size)
    assert art.image.size == (size, size)
    assert art.layout == ridgeline.render(direction, 64).layout
    assert art.focal == ridgeline.render(direction, 64).focal
    if size < 3000:
        assert art.image.tobytes() == ridgeline.render(direction, size).image.tobytes()


def test_the_focal_region_leaves_room_for_the_title() -> None:
    for seed in range(30):
        for base in (CALM, LOUD):
            x0, y0, x1, y1 = ridgeline.render(dataclasses.replace(base, seed=seed), 64).focal
            assert 0.0 <= x0 < x1 <= 1.0 and 0.0 <= y0 < y1 <= 1.0
            # a calm band at least a fifth of the side above, below or beside the art
            assert max(y0, 1 - y1, x0, 1 - x1) >= 0.2, seed


def test_doom_metal_draws_from_its_own_bone_ash_and_blood() -> None:
    for seed in range(10):
        doom = dataclasses.replace(
            LOUD, seed=seed, genre="metal", language=language_for("doom_metal"), palette=DOOM
        )
        rgb = np.asarray(ridgeline.render(doom, 128).image.convert("RGB"), float)
        assert rgb_to_oklch(tuple(int(v) for v in rgb.mean(axis=(0, 1))))[0] < 0.45, seed
        lab = srgb_to_oklab(rgb.reshape(-1, 3))
        pale = lab[:, 0] > 0.7
        # no pastel pinks, sky blues or mints: pale pixels are bone (OKLCH chroma < 0.06)
        assert (pale & (np.hypot(lab[:, 1], lab[:, 2]) > 0.06)).mean() < 0.01, seed


PINK = Palette(
    (246, 214, 226),
    ((240, 150, 190), (200, 170, 230), (255, 200, 170)),
    (230, 90, 160),
    (60, 30, 60),
)


def _colour(language: str) -> float:
    """How much colour the covers of one palette carry under `language` (the mean of
    each cover's 95th-percentile OKLCH chroma over 20 seeds)."""
    out = []
    for seed in range(20):
        direction = dataclasses.replace(LOUD, seed=seed, language=language_for(language))
        rgb = np.asarray(ridgeline.render(direction, 96).image.convert("RGB"), float)
        lab = srgb_to_oklab(rgb.reshape(-1, 3))
        out.append(np.percentile(np.hypot(lab[:, 1], lab[:, 2]), 95))
    return float(np.mean(out))


def test_the_treatment_follows_the_genre_not_only_the_palette() -> None:
    """With one palette, a vivid language (funk) fills or colours its ridges in the
    palette's hues; a dark mono one (black metal) keeps the quiet wire."""
    assert _colour("funk") > _colour("black_metal") + 0.015


def test_lines_survive_the_thumbnail() -> None:
    """At 64 px every composition still inks a visible share of the frame."""
    seen: set[str] = set()
    for seed in range(200):
        direction = dataclasses.replace(LOUD if seed % 2 else ELECTRO, seed=seed)
        name = ridgeline.layout_of(direction)
        if name in seen:
            continue
        seen.add(name)
        assert _occupancy(ridgeline.render(direction, 64).image).mean() > 0.02, name
    assert seen == set(LAYOUTS) - NAMED


def _titled(base, title: str, genre: str, subgenre: str, seeds=range(12)) -> list[str]:
    """The layouts of `seeds` covers of one title in one genre."""
    lang = language_for(subgenre)
    return [
        ridgeline.layout_of(
            dataclasses.replace(base, seed=s, title=title, genre=genre, language=lang)
        )
        for s in seeds
    ]


def test_a_title_that_names_a_road_or_a_city_gets_it() -> None:
    """Reviewers: 'no road' on Thunderstruck Highway (tree rings), 'mountain, not city'
    on Glass City: a road title gets the road, a city title the skyline, every seed,
    and the style says it draws them."""
    assert set(_titled(PUNK, "Thunderstruck Highway", "rock", "rock")) == {"road"}
    assert set(_titled(CALM, "Glass City", "rock", "dream_pop")) == {"skyline"}
    assert {"road", "city"} <= set(ridgeline.STYLE.subjects)


def test_no_mountain_on_titles_and_genres_that_do_not_ask_for_one() -> None:
    """Dream pop and psychedelia get no summit and no ranges; metal may."""
    for genre, sub in (("rock", "dream_pop"), ("rock", "psychedelic"), ("pop", "pop")):
        for base in (CALM, PUNK):
            drawn = set(_titled(base, "Kaleidoscope Garden", genre, sub, range(40)))
            assert not {"summit", "hills"} & drawn, (sub, drawn)
    assert "summit" in _titled(PUNK, "Iron Cathedral", "metal", "heavy_metal", range(40))
    assert set(_titled(CALM, "Mountain Song", "pop", "pop")) == {"summit"}


def test_the_road_is_dark_asphalt_with_white_edges_on_any_field() -> None:
    """Reviewers read a pale road through the ridges as muddled: on paper or night, the
    road's near stretch is dark asphalt, set off from the field, with white edge lines."""
    for base in (PUNK, CALM):
        for seed in range(4):
            d = dataclasses.replace(base, seed=seed, title="Thunderstruck Highway")
            art = ridgeline.render(d, 128)
            assert art.layout == "road"
            grey = np.asarray(art.image.convert("L"), float)
            row = grey[int(art.focal[3] * 128) - 6]
            middle = row[54:74]
            assert np.median(middle) < 95, seed
            assert row.max() > 200, seed  # the white edge lines


def test_the_road_bends_and_moves_with_the_seed_and_the_song() -> None:
    """Reviewers: the road 2x as one picture. Its centre dash (in the accent) no longer
    runs straight up the middle: it swings and bends across the frame by the seed."""
    from sleeve.engine import raster

    base = dataclasses.replace(CALM, title="Slow Road", layout="top-left", palette=DOOM, energy=0.8)
    accent = np.array(raster.vivid(DOOM.accent, 0.78, 0.16), float)
    spans = []
    for seed in range(12):
        d = dataclasses.replace(base, seed=seed)
        assert ridgeline.layout_of(d) == "road"
        img = np.asarray(ridgeline.render(d, 128).image, float)
        xs = np.nonzero(np.abs(img - accent).sum(-1) < 60)[1]
        spans.append(float(np.ptp(xs)) / 128)
    assert np.median(spans) > 0.1 and max(spans) > 0.2, spans


def test_calm_songs_lean_to_the_wave_and_the_planet() -> None:
    """The music leans the pick: calm songs get the wave or the planet more often than
    loud ones, which lean to the summit and the tower."""
    calm = sum(n in CALM_ONES for n in _layouts(CALM))
    loud = sum(n in CALM_ONES for n in _layouts(LOUD))
    assert calm > loud + 5


def test_the_hills_the_door_and_the_swell_are_retired() -> None:
    """Two strict reviewers read the hills (a bare tree or a castle tower under a red
    moon) as Halloween hills, the door as a grey arch on grey and the swell as a murky
    sea: they are retired with the older compositions, no song of any genre gets one
    at any turn, and their code is gone."""
    retired = {"hills", "door", "swell", "night", "ribbon", "floor", "stream", "radial", "clouds"}
    assert retired <= set(ridgeline.RETIRED)
    assert not set(ridgeline.RETIRED) & set(LAYOUTS)
    drawn: set[str] = set()
    for index, tags in enumerate(
        ("ambient", "techno", "punk", "doom metal", "classical", "folk", "pop", "jazz")
    ):
        music = MusicInput(task_id=f"ridge-{index}", title="Harbour Lights", tags=tags)
        direction = direct_from_music(music)[0]
        drawn |= {ridgeline.layout_of(turned(direction, turn)) for turn in range(30)}
    assert not retired & drawn, drawn
    assert len(drawn) >= 4
    from sleeve.engine.styles.cover_parts import ridge_layouts

    assert not hasattr(ridge_layouts, "hills") and not hasattr(ridge_layouts, "door")


def _crossings(art, size: int) -> int:
    """How many ridge lines a vertical scan crosses through the middle of the focal
    silhouette (the most over a few columns)."""
    grey = np.asarray(art.image.convert("L"), float)
    field = np.median(grey[np.abs(grey - np.median(grey)) < 12])
    x0, y0, x1, y1 = art.focal
    best = 0
    for fx in np.linspace(x0 + 0.3 * (x1 - x0), x1 - 0.3 * (x1 - x0), 5):
        col = np.abs(grey[int(y0 * size) : int(y1 * size), int(fx * size)] - field) > 40
        best = max(best, int((np.diff(col.astype(int)) == 1).sum()))
    return best


def test_every_composition_is_a_dense_stack_of_ridges() -> None:
    """Every composition is a pulsar print, not a few filled ranges or a sea: a scan
    down its silhouette crosses dozens of the song's ridge lines."""
    seen: set[str] = set()
    for seed in range(200):
        for base in (CALM, LOUD, ELECTRO, PUNK):
            direction = dataclasses.replace(base, seed=seed)
            name = ridgeline.layout_of(direction)
            if name in seen:
                continue
            seen.add(name)
            assert _crossings(ridgeline.render(direction, 512), 512) >= 18, name
    assert seen == set(LAYOUTS) - NAMED


def test_the_title_zone_stays_calm() -> None:
    """The band the focal region leaves for the title (above, below or beside the
    silhouette) is clear of ridges: nearly every pixel there is the field."""
    seen: set[tuple[str, bool]] = set()
    for seed in range(200):
        for base in (CALM, LOUD, ELECTRO):
            direction = dataclasses.replace(base, seed=seed)
            art = ridgeline.render(direction, 128)
            x0, y0, x1, y1 = art.focal
            grey = np.asarray(art.image.convert("L"), float)
            field = np.median(grey[np.abs(grey - np.median(grey)) < 12])
            ink = np.abs(grey - field) > 40
            bands = {
                y0: ink[: max(int(y0 * 128) - 3, 0)],
                1 - y1: ink[int(y1 * 128) + 3 :],
                x0: ink[:, : max(int(x0 * 128) - 3, 0)],
                1 - x1: ink[:, int(x1 * 128) + 3 :],
            }
            calm = max(bands)
            assert calm >= 0.2, (art.layout, seed)
            assert bands[calm].mean() < 0.02, (art.layout, seed)
            seen.add((art.layout, y0 > 0.2))
    assert {n for n, _ in seen} == set(LAYOUTS) - NAMED


LANGUAGES = ("pop", "funk", "reggae", "lofi", "techno", "folk", "jazz", "chamber", "psychedelic")


def test_the_inks_are_print_inks_never_murky_green_or_grey_on_grey() -> None:
    """Reviewers: a murky green sea with a lime title, a grey arch on grey. The lines
    stand off their field (at least 4.5:1), the field is never a green or olive of
    middling lightness, and a coloured field is a strong colour, not a dull one."""
    greens = Palette(
        (40, 70, 50),
        ((60, 110, 70), (150, 200, 60), (90, 130, 90)),
        (170, 220, 60),
        (230, 240, 220),
    )
    for language in LANGUAGES:
        for palette in (CALM.palette, LOUD.palette, greens):
            for seed in range(12):
                d = dataclasses.replace(
                    LOUD, seed=seed, language=language_for(language), palette=palette
                )
                inks = ridgeline._inks(d, np.random.default_rng(seed))
                assert contrast_ratio(inks.bg, inks.ink) >= 4.5, (language, seed)
                for hue_ink in inks.hues:
                    assert contrast_ratio(inks.bg, hue_ink) >= 4.5, (language, seed)
                light, chroma, hue = rgb_to_oklch(inks.bg)
                assert not (chroma > 0.04 and 95 <= hue <= 175 and 0.2 < light < 0.8)
                assert chroma < 0.04 or chroma > 0.1, (language, seed, inks.bg)


@pytest.mark.parametrize("sub", ["heavy_metal", "doom_metal", "death_metal", "black_metal"])
def test_metal_is_bone_on_black_even_from_a_pink_palette(sub: str) -> None:
    """Reviewers: pink cloud slabs on death metal, a mauve door on doom. Metal's print
    is bone on near-black whatever the palette: dark, and no pale colour; and no disc
    (two doom tracks drew the same one)."""
    for seed in range(6):
        for base in (CALM, LOUD):
            d = dataclasses.replace(
                base, seed=seed, genre="metal", language=language_for(sub), palette=PINK
            )
            art = ridgeline.render(dataclasses.replace(d, title="Charnel Psalm"), 96)
            assert art.layout != "planet", (sub, seed)  # two doom tracks drew one disc
            lab = srgb_to_oklab(np.asarray(art.image.convert("RGB"), float).reshape(-1, 3))
            assert lab[:, 0].mean() < 0.45, (sub, seed)
            chroma = np.hypot(lab[:, 1], lab[:, 2])
            assert (chroma > 0.05).mean() < 0.005, (sub, seed)


def test_the_plot_comes_as_a_centred_block_or_a_close_crop() -> None:
    """The plot has two framings that look unlike one another: the classic block, a
    margin of field either side, and the close crop running off both sides."""
    base = dataclasses.replace(ELECTRO, title="Velvet")
    seen: dict[str, np.ndarray] = {}
    for seed in range(80):
        d = dataclasses.replace(base, seed=seed)
        if ridgeline.layout_of(d) != "pulsar":
            continue
        art = ridgeline.render(d, 96)
        seen.setdefault(ridge_scenes.treatment(d), np.asarray(art.image.convert("L"), float))
    assert set(seen) == set(ridge_scenes.FRAMES) == {"block", "crop"}
    crop, block = seen["crop"], seen["block"]
    assert np.abs(crop[:, :3] - np.median(crop)).max() > 60
    assert np.abs(crop[:, -3:] - np.median(crop)).max() > 60
    assert np.abs(block[:, :8] - np.median(block)).max() < 40
    assert np.abs(block[:, -8:] - np.median(block)).max() < 40


def test_city_titles_get_skylines_that_differ() -> None:
    """Reviewers: the same skyline on three city tracks. Across seeds a city title's
    towers come as a few broad blocks or a dense downtown, their crowns the song's
    loudness staggered by the seed (never one flat roofline), so the roofline differs."""
    from sleeve.engine.styles.cover_parts.ridge_stack import Canvas

    counts = set()
    for seed in range(16):
        d = dataclasses.replace(CALM, seed=seed, title="Glass City")
        canvas = Canvas(d, np.random.default_rng(seed), None, 64, None, 1.0)
        towers = ridge_scenes._towers(canvas, 1.0, 0.3)
        counts.add(len(towers) < 9)
        tops = [t[2] for t in towers]
        assert min(tops) < 0.5 and max(tops) - min(tops) > 0.15, tops
    assert counts == {True, False}


def test_the_pulsar_prints_stay_with_rock_punk_electronic_and_the_dark_genres() -> None:
    """Both end reviewers read the ridgeline as a Joy Division pastiche on nine covers
    in eight genres (synthwave, shoegaze, Thai pop...): synthwave, reggae, chamber music
    and pop neither list nor fit it (shoegaze and dream pop, filed under rock, fit it
    but no longer list it)."""
    from sleeve.engine.direction import direct_from_music
    from sleeve.engine.music import MusicInput
    from sleeve.engine.styles.registry import fitting

    for tags in ("synthwave", "reggae", "chamber music", "thai pop"):
        music = MusicInput(task_id="jd", title="Lines", tags=tags)
        assert "ridgeline" not in fitting(direct_from_music(music)[0]), tags
    post_punk = MusicInput(task_id="jd", title="Lines", tags="post-punk")
    assert "ridgeline" in fitting(direct_from_music(post_punk)[0])
