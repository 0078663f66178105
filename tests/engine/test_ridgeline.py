"""Ridgeline: tracks get different compositions (not one stacked block in new colours),
the music leans the choice, every cover names its layout, the ridges fill the frame
(no small figure in empty space), colour is structural (no single accent line), and
metal keeps its own language's bone, ash and blood; the night crest (a data chart) and
the folding ribbon (a 3D plot) are retired."""

from __future__ import annotations

import dataclasses
import re

import numpy as np
import pytest

from sleeve.engine.color import rgb_to_oklch
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
# the calm compositions: layered hills, a door onto them, rings seen from above
LANDSCAPES = {"hills", "door", "swell"}


def _layouts(base, seeds=range(40)) -> list[str]:
    return [ridgeline.render(dataclasses.replace(base, seed=s), 64).layout for s in seeds]


def test_every_cover_names_one_of_several_compositions() -> None:
    names = _layouts(CALM) + _layouts(LOUD)
    assert {n.split("-")[0] for n in names} <= set(LAYOUTS)
    assert len(set(names)) >= 4
    assert all(re.fullmatch(r"[a-z]+(-[a-z]+)*", n) for n in names)
    # no composition takes the bench: the largest share stays under a third
    assert max(names.count(n) for n in set(names)) < len(names) / 3


def test_calm_songs_lean_to_landscapes_and_loud_ones_to_stacks() -> None:
    calm = sum(n in LANDSCAPES for n in _layouts(CALM))
    loud = sum(n in LANDSCAPES for n in _layouts(LOUD))
    assert calm > loud + 5


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


@pytest.mark.parametrize("sub", ["heavy_metal", "doom_metal", "death_metal", "black_metal"])
def test_metal_never_gets_clouds_a_sea_a_door_pastel_or_pink(sub: str) -> None:
    """Reviewers: pink cloud slabs on Charnel Psalm (death metal), a mauve door on Iron
    Cathedral (doom). Metal gets its storm-lit ranges or a summit, on a dark ground in
    bone, ash and blood, even from a pastel pink palette."""
    for seed in range(8):
        for base in (CALM, LOUD):
            d = dataclasses.replace(
                base, seed=seed, genre="metal", language=language_for(sub), palette=PINK
            )
            d = dataclasses.replace(d, title="Charnel Psalm")
            art = ridgeline.render(d, 96)
            assert art.layout in {"hills", "summit"}, (sub, seed, art.layout)
            rgb = np.asarray(art.image.convert("RGB"), float)
            lab = srgb_to_oklab(rgb.reshape(-1, 3))
            assert lab[:, 0].mean() < 0.45, (sub, seed)
            chroma = np.hypot(lab[:, 1], lab[:, 2])
            hue = np.degrees(np.arctan2(lab[:, 2], lab[:, 1])) % 360
            # pale pixels are bone; the only colour is blood (a red hue, never a pink)
            assert ((lab[:, 0] > 0.62) & (chroma > 0.04)).mean() < 0.005, (sub, seed)
            assert ((chroma > 0.05) & ((hue < 10) | (hue > 50))).mean() < 0.005, (sub, seed)


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


def _first(name: str, count: int, base=LOUD) -> list:
    """The first `count` directions (by seed, one palette) that draw `name`."""
    out = []
    for seed in range(400):
        direction = dataclasses.replace(base, seed=seed, palette=CALM.palette, valence=0.2)
        if ridgeline.layout_of(direction) == name:
            out.append(direction)
        if len(out) == count:
            break
    assert len(out) == count, name
    return out


def test_no_composition_is_a_stack_of_thin_lines_in_a_circle() -> None:
    """Reviewers read the Joy-Division stack in a circle as a knock-off, and the rings
    seen from above as tree rings on a highway: those compositions are gone."""
    assert not {"window", "fullbleed", "curtain", "macro", "radial"} & set(LAYOUTS)


def test_the_summit_is_one_mountain_face_lit_and_shadowed() -> None:
    """The summit is one huge mass cropped by the frame (it runs off both sides), in
    two tones of one hue, one darker: a sculpted face, not a stack of lines."""
    for direction in _first("summit", 3):
        art = ridgeline.render(direction, 128)
        rgb = np.asarray(art.image.convert("RGB"), float)
        grey = rgb.mean(axis=2)
        field = np.median(grey[:4])  # the sky or the field above the crest
        mass = np.abs(grey - field) > 20
        low = mass[int(art.focal[3] * 128) - 12 : int(art.focal[3] * 128) - 4]
        assert low[:, :4].mean() > 0.8 and low[:, -4:].mean() > 0.8  # cropped both sides
        tones = np.round(grey[mass] / 16)
        values, counts = np.unique(tones, return_counts=True)
        top2 = values[np.argsort(counts)[-2:]]
        assert abs(top2[0] - top2[1]) >= 1  # a lit face and a shadow


def test_the_data_chart_and_the_3d_plot_are_never_drawn() -> None:
    """An art director read the night (faint ridges over one bright crest) as a data
    chart and the ribbon (ridges folding in space) as a 3D plot: no song of any genre
    gets them, at any turn, and the cover says so; the rings and the hills remain."""
    retired = {"night", "ribbon"}
    drawn: set[str] = set()
    for index, tags in enumerate(("ambient", "techno", "punk", "metal", "classical", "rock")):
        music = MusicInput(task_id=f"ridge-{index}", title="Harbour Lights", tags=tags)
        direction = direct_from_music(music)[0]
        drawn |= {ridgeline.layout_of(turned(direction, turn)) for turn in range(40)}
        assert ridgeline.render(direction, 64).layout not in retired
    assert not retired & drawn, drawn
    assert not retired & set(LAYOUTS)
    assert {"pulsar", "hills"} <= drawn


def test_no_small_figure_in_empty_space() -> None:
    """Every composition's ridges fill most of the frame: the focal region covers at
    least half of the cover and the ink reaches across most of its width."""
    seen: set[str] = set()
    for seed in range(300):
        for base in (CALM, LOUD, ELECTRO):
            direction = dataclasses.replace(base, seed=seed)
            name = ridgeline.layout_of(direction)
            if (name, base.genre) in seen:
                continue
            seen.add((name, base.genre))
            art = ridgeline.render(direction, 128)
            x0, y0, x1, y1 = art.focal
            assert (x1 - x0) * (y1 - y0) >= 0.3, name
            assert x1 - x0 >= 0.5, name
    assert {n for n, _ in seen} == set(LAYOUTS) - NAMED


def test_colour_is_structural_not_one_accent_line() -> None:
    """Where the lines take colour they are graded through two or more of the
    palette's hues across the whole stack; the dark mono languages stay bone on black."""
    vivid = dataclasses.replace(LOUD, language=language_for("psychedelic"))
    graded = 0
    for seed in range(20):
        inks, _ = ridgeline._inks(
            dataclasses.replace(vivid, seed=seed), np.random.default_rng(seed)
        )
        assert len(inks.hues) != 1
        graded += len(inks.hues) >= 2
    assert graded >= 12
    mono = dataclasses.replace(LOUD, language=language_for("black_metal"))
    for seed in range(10):
        inks, _ = ridgeline._inks(dataclasses.replace(mono, seed=seed), np.random.default_rng(seed))
        assert inks.hues == ()
        assert rgb_to_oklch(inks.ink)[1] < 0.03


@pytest.mark.parametrize("language", ["funk", "reggae", "lofi", "pop"])
def test_flat_tones_are_never_brown_or_olive(language: str) -> None:
    """Flat tones, line hues and the panel: a warm hue with colour stays light enough
    to read as orange or gold rather than tan, brown or olive."""
    for seed in range(6):
        direction = dataclasses.replace(LOUD, seed=seed, language=language_for(language))
        inks, _ = ridgeline._inks(direction, np.random.default_rng(seed))
        for fill in (*inks.tones, *inks.hues, inks.panel):
            light, chroma, hue = rgb_to_oklch(fill)
            if 40 <= hue <= 110 and chroma > 0.04:
                assert light > 0.5, (language, seed, fill)


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


@pytest.mark.parametrize("lit", [(236, 170, 40), (245, 210, 60), (230, 120, 30), (200, 160, 70)])
def test_a_gold_or_orange_summit_is_shaded_in_red_not_brown(lit) -> None:
    """The summit's shadow on a gold, yellow or orange face stays a light warm red
    or orange (darkened in its own hue it read as brown or olive on the sheet)."""
    from sleeve.engine.styles.cover_parts.ridge_layouts import shade

    light, chroma, hue = rgb_to_oklch(shade(lit))
    assert light > 0.55 and chroma > 0.1 and hue < 60, (light, chroma, hue)
    assert light < rgb_to_oklch(lit)[0] or hue < rgb_to_oklch(lit)[2] - 10


def test_the_line_floor_is_retired() -> None:
    """The receding floor of wire rows read as a seismograph, a line chart and a
    Joy-Division pastiche on the sheet: it is listed as retired and no song of any
    genre gets it, at any turn."""
    assert "floor" in ridgeline.RETIRED
    assert not set(ridgeline.RETIRED) & set(LAYOUTS)
    drawn: set[str] = set()
    for index, tags in enumerate(("synthwave", "techno", "drill", "reggaeton", "pop", "rock")):
        music = MusicInput(task_id=f"floor-{index}", title="Harbour Lights", tags=tags)
        direction = direct_from_music(music)[0]
        drawn |= {ridgeline.layout_of(turned(direction, turn)) for turn in range(30)}
    assert "floor" not in drawn
    assert len(drawn) >= 3 and "hills" in drawn


def _mass_columns(art, size: int) -> list[np.ndarray]:
    """Grey columns through the summit's face (below its crest, above the foot)."""
    grey = np.asarray(art.image.convert("L"), float)
    field = np.median(grey[:3])
    mass = np.abs(grey - field) > 20
    out = []
    for col in range(size // 8, size - size // 8, size // 16):
        rows = np.flatnonzero(mass[:, col])
        if len(rows) > size // 4:
            out.append(grey[rows[0] + 2 : rows[-1] - 2, col])
    return out


def test_the_summit_face_is_engraved_with_the_songs_strata() -> None:
    """The summit is no flat clip-art mountain: its lit face is cut by strata, one per
    ridge of the song's stack, so a walk down the face crosses many dark lines (the
    flat face with its shadow facets crossed two or three)."""
    for direction in _first("summit", 3):
        assert _strata_crossings(direction) >= 6


def _strata_crossings(direction, size: int = 256) -> float:
    """Dark lines crossed on a walk down the summit's face (the median over columns)."""
    art = ridgeline.render(direction, size)
    crossings = []
    for column in _mass_columns(art, size):
        column = np.convolve(column, np.ones(3) / 3, "same")[1:-1]  # past the grain
        dark = column < np.percentile(column, 75) - 14
        crossings.append(int(np.count_nonzero(np.diff(dark.astype(int)) == 1)))
    return float(np.median(crossings))


def test_the_summit_strata_follow_the_song() -> None:
    """The strata are the song's ridges, not a fixed hatch: a dense, fast song cuts
    more of them into the face than a sparse, slow one."""
    for seed in range(400):  # a seed on which both songs draw the summit
        base = dataclasses.replace(LOUD, seed=seed, palette=CALM.palette, valence=0.2)
        dense = dataclasses.replace(base, density=1.0, tempo_bpm=180.0)
        sparse = dataclasses.replace(base, density=0.0, tempo_bpm=60.0)
        if ridgeline.layout_of(dense) == ridgeline.layout_of(sparse) == "summit":
            break
    assert ridgeline.layout_of(dense) == ridgeline.layout_of(sparse) == "summit"
    assert _strata_crossings(dense, 512) >= _strata_crossings(sparse, 512) + 4


def test_the_ranges_through_a_coloured_door_take_its_hue() -> None:
    """Through a door cut in a coloured wall the ranges are the wall's own hue (grey
    ranges in a red or green wall read as a photo pasted into a frame); a grey wall
    keeps grey ranges."""
    checked = 0
    for language in ("jpop", "rnb", "lofi", "death_metal", "dnb"):
        # a warm palette: its red wall would have grey ranges (cool ones tint them)
        base = dataclasses.replace(
            CALM, language=language_for(language), valence=0.2, palette=LOUD.palette
        )
        for seed in range(200):
            direction = dataclasses.replace(base, seed=seed)
            if ridgeline.layout_of(direction) != "door":
                continue
            inks, _ = ridgeline._inks(direction, raster_rng(direction))
            wall = rgb_to_oklch(inks.panel)
            if wall[1] < 0.08 or any(rgb_to_oklch(t)[1] >= 0.03 for t in inks.tones):
                continue
            art = ridgeline.render(direction, 128)
            x0, y0, x1, y1 = (int(v * 128) for v in art.focal)
            inside = np.asarray(art.image.convert("RGB"), float)[
                (y0 + y1) // 2 : y1 - 4, x0 + 8 : x1 - 8
            ]
            lab = srgb_to_oklab(inside.reshape(-1, 3))
            chroma = np.hypot(lab[:, 1], lab[:, 2])
            hue = np.degrees(np.arctan2(lab[:, 2], lab[:, 1])) % 360
            coloured = chroma > 0.04
            assert coloured.mean() > 0.3, (language, seed)
            # the wall's hue, not another palette colour
            off = np.abs((hue[coloured] - wall[2] + 180) % 360 - 180)
            assert np.median(off) < 30, (language, seed)
            checked += 1
            break
    assert checked >= 3


def raster_rng(direction):
    """The rng render hands to _inks: the style's own, past the composition's pick."""
    from sleeve.engine import raster

    rng = raster.rng_for(direction, "ridgeline")
    ridgeline._pick(direction, rng)
    return rng


def test_the_stream_is_retired() -> None:
    """Four art directors read the stream (the spectrum's bands as one river) as a
    loaf, a leaf or food: it is listed as retired and no song of any genre gets it.
    (Replaces the test that asserted the river's swell: the composition is gone.)"""
    assert "stream" in ridgeline.RETIRED and "stream" not in LAYOUTS
    drawn: set[str] = set()
    for index, tags in enumerate(("drum and bass", "rock", "pop", "techno", "metal")):
        music = MusicInput(task_id=f"stream-{index}", title="Harbour Lights", tags=tags)
        direction = direct_from_music(music)[0]
        drawn |= {ridgeline.layout_of(turned(direction, turn)) for turn in range(30)}
    assert "stream" not in drawn and len(drawn) >= 3


def _first_own(name: str, count: int, base) -> list:
    """The first `count` directions (by seed, keeping base's palette) that draw `name`."""
    out = [
        d
        for d in (dataclasses.replace(base, seed=seed) for seed in range(400))
        if ridgeline.layout_of(d) == name
    ]
    assert len(out) >= count, name
    return out[:count]


def _chroma95(image) -> float:
    lab = srgb_to_oklab(np.asarray(image.convert("RGB"), float).reshape(-1, 3))
    return float(np.percentile(np.hypot(lab[:, 1], lab[:, 2]), 95))


def test_the_hills_take_the_palettes_light_not_one_grey_template() -> None:
    """The ranges are lit by the palette (a glowing sky, far ranges in its strongest
    colour, near ones deep): with a coloured palette under a quiet treatment the hills
    carry colour (the grey template gave doom, drill, rock and dnb the same grey)."""
    checked = 0
    for language in ("dnb", "rock", "trap", "lofi"):
        base = dataclasses.replace(LOUD, language=language_for(language), palette=LOUD.palette)
        for direction in _first_own("hills", 6, base):
            inks, _ = ridgeline._inks(direction, raster_rng(direction))
            if inks.hues:  # already coloured lines: not the grey template's case
                continue
            assert _chroma95(ridgeline.render(direction, 96).image) > 0.08, language
            checked += 1
            break
    assert checked >= 3


def test_the_ranges_change_with_the_genre() -> None:
    """One song, one palette: under metal the ranges are crags, under ambient rounded
    downs (the same layered hills for doom, drill, rock and dnb read as a template);
    the city languages put towers on a range, the dark ones pines."""
    from sleeve.engine.styles.cover_parts import ridge_layouts

    for direction in _first_own("hills", 3, dataclasses.replace(CALM, energy=0.5)):
        metal = dataclasses.replace(direction, genre="metal", language=language_for("doom_metal"))
        still = dataclasses.replace(direction, genre="ambient", language=language_for("new_age"))
        canvas = ridge_layouts.Canvas(metal, None, None, 64, None, 1.0)
        assert ridge_layouts.jag(canvas) > 0.5 + ridge_layouts.jag(
            dataclasses.replace(canvas, direction=still)
        )
        a = np.asarray(ridgeline.render(metal, 96).image.convert("L"), float)
        b = np.asarray(ridgeline.render(still, 96).image.convert("L"), float)
        assert np.abs(a - b).mean() > 3
    assert {"drill", "dnb", "techno"} <= ridge_layouts.TOWERS
    assert {"black_metal", "folk"} <= ridge_layouts.PINES


def test_a_summit_on_a_vivid_field_is_in_the_fields_own_hue() -> None:
    """On a vivid field (a primary, neon) the summit is the field's own hue,
    deeper: a flat saturated mountain of another hue on a contrasting field read as
    clip-art to the art directors."""
    vivid = Palette(
        (30, 60, 230),
        ((240, 150, 40), (40, 170, 90), (220, 60, 120)),
        (240, 150, 40),
        (250, 250, 245),
    )
    base = dataclasses.replace(LOUD, palette=vivid, language=language_for("house"), valence=0.7)
    for direction in _first_own("summit", 3, base):
        art = ridgeline.render(direction, 128)
        rgb = np.asarray(art.image.convert("RGB"), float)
        lab = srgb_to_oklab(rgb[int(art.focal[3] * 128) - 24 : int(art.focal[3] * 128) - 8, 20:-20])
        hue = np.degrees(np.arctan2(lab[..., 2], lab[..., 1])) % 360
        field = rgb_to_oklch(vivid.background)[2]
        assert np.median(np.abs((hue - field + 180) % 360 - 180)) < 30


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


def test_the_rings_are_retired_and_the_plot_draws_electronic_music() -> None:
    """The rings (a highway as tree rings) are gone; electronic music leans to the
    pulsar plot, whose ridges move with the song (other energy, other ridges)."""
    assert "radial" in ridgeline.RETIRED and "radial" not in LAYOUTS
    names = _titled(PUNK, "Pulse Width", "electronic", "techno", range(40))
    assert names.count("pulsar") >= 15
    seed = names.index("pulsar")
    a = dataclasses.replace(PUNK, seed=seed, title="Pulse Width", genre="electronic")
    a = dataclasses.replace(a, language=language_for("techno"))
    b = dataclasses.replace(a, energy_curve=tuple(reversed(a.energy_curve)))
    grey = [np.asarray(ridgeline.render(d, 128).image.convert("L"), float) for d in (a, b)]
    assert ridgeline.render(b, 64).layout.startswith("pulsar")
    assert np.abs(grey[0] - grey[1]).mean() > 2


def test_the_plot_is_drawn_only_for_electronic_dance_and_post_punk() -> None:
    """Its night terrain on pop, latin, world and jazz read as a field of wiggly
    lines (a seismograph) on 40 of 74 covers: only the plot's own genres get it."""
    for genre, sub in (
        ("pop", "pop"),
        ("latin", "reggaeton"),
        ("jazz", "jazz"),
        ("world", "arabic"),
    ):
        for base in (CALM, PUNK):
            drawn = set(_titled(base, "Velvet", genre, sub, range(40)))
            assert "pulsar" not in drawn, (sub, drawn)
    for genre, sub in (("electronic", "techno"), ("rock", "post_punk"), ("dance", "house")):
        assert "pulsar" in _titled(PUNK, "Velvet", genre, sub, range(40)), sub


def test_quiet_songs_outside_the_plot_get_the_swell_as_well_as_the_door() -> None:
    """Quiet pop, latin, jazz and soul get a second picture, the song's ridges as a
    sea swell, about as often as the door (the door repeated)."""
    for genre, sub in (("pop", "pop"), ("latin", "bossa"), ("jazz", "jazz"), ("rnb", "rnb")):
        names = _titled(CALM, "Velvet", genre, sub, range(40))
        assert set(names) == {"door", "swell"}, sub
        assert min(names.count("door"), names.count("swell")) >= 10, sub


def test_the_swell_moves_with_the_song() -> None:
    """Another energy curve and other onsets give other waves (not only colour)."""
    base = dataclasses.replace(CALM, title="Velvet", genre="pop", language=language_for("pop"))
    a = _first_own("swell", 1, base)[0]
    b = dataclasses.replace(a, energy_curve=tuple(reversed(a.energy_curve)), seed=a.seed)
    assert ridgeline.layout_of(b) == "swell"
    grey = [np.asarray(ridgeline.render(d, 128).image.convert("L"), float) for d in (a, b)]
    assert np.abs(grey[0] - grey[1]).mean() > 2


def test_the_clouds_are_retired_for_a_sea_that_floats_nothing() -> None:
    """Reviewers read the cloud banks (flat-bottomed, stacked in the sky) as floating
    shelves or rocks: they are retired; in the swell nothing floats: the sky above
    the horizon is a smooth gradient (no edge of a shape in it), and below it every
    row is water from edge to edge, down to the bottom of the frame."""
    assert "clouds" in ridgeline.RETIRED and "clouds" not in LAYOUTS
    for title in ("Velvet", "Letters I Never Sent To The Sea At Night"):
        base = dataclasses.replace(CALM, title=title, genre="pop", language=language_for("pop"))
        base = dataclasses.replace(base, energy=0.7, loudness=0.9, layout="top-left")
        for direction in _first_own("swell", 4, base):
            art = ridgeline.render(direction, 128)
            assert art.layout == "swell"
            grey = np.asarray(art.image.convert("L"), float)
            top = int(art.focal[1] * 128)
            strip = grey[: top - 1]
            smooth = np.apply_along_axis(np.convolve, 1, strip, np.ones(5) / 5, "valid")
            assert np.abs(smooth[:, 5:] - smooth[:, :-5]).max() < 20, (title, direction.seed)
            # the water: no sky-coloured gap along any row under the horizon
            sky_grey = float(np.median(grey[top - 3]))
            water = grey[top + 6 :]
            assert np.abs(water - sky_grey).mean() > 4, (title, direction.seed)
            assert art.focal[3] == 1.0


def test_the_plot_is_not_the_same_joy_division_copy_every_time() -> None:
    """Reviewers read the pulsar as a literal Unknown Pleasures copy on 4 covers: it
    comes cropped close, in flat palette tones, or as palette-coloured wire, and the
    three treatments look unlike one another."""
    base = dataclasses.replace(ELECTRO, title="Velvet")
    seen: dict[str, np.ndarray] = {}
    for seed in range(60):
        d = dataclasses.replace(base, seed=seed)
        if ridgeline.layout_of(d) != "pulsar":
            continue
        art = ridgeline.render(d, 96)
        seen.setdefault(ridge_scenes.treatment(d), np.asarray(art.image.convert("L"), float))
    assert set(seen) == {"crop", "tones", "wire"}
    crop = seen["crop"]
    # close up: the ridges run off both sides of the frame
    assert np.abs(crop[:, :3] - np.median(crop)).max() > 60
    assert np.abs(crop[:, -3:] - np.median(crop)).max() > 60


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


def test_loud_angry_music_never_gets_the_calm_door() -> None:
    """Reviewers: a calm sunset arch on the punk track Riot; punk and hardcore get
    their storm-lit ranges instead, never the door."""
    for genre, sub in (("punk", "punk"), ("rock", "hardcore"), ("rock", "grunge")):
        for base in (CALM, PUNK):
            drawn = _titled(base, "Riot", genre, sub, range(40))
            assert "door" not in drawn, (sub, drawn)
    assert "hills" in _titled(PUNK, "Riot", "punk", "punk", range(40))


def test_the_hills_hold_a_subject_under_a_moon_and_no_stray_bolt() -> None:
    """Reviewers: Charnel Psalm's hills were empty. The ranges carry a lone tower or
    tree under a moon, loud or calm: the lightning on loud songs, a thin line from
    under the title, read to two art directors as a stray line artefact (NO MERCY,
    Charnel Psalm)."""
    from sleeve.engine.styles.cover_parts import ridge_layouts

    assert not hasattr(ridge_layouts, "_lightning")
    calls: list[str] = []
    orig = {n: getattr(ridge_layouts, n) for n in ("_moon", "_subject")}

    def spy(name):
        def inner(*a, **k):
            calls.append(name)
            return orig[name](*a, **k)

        return inner

    try:
        for n in orig:
            setattr(ridge_layouts, n, spy(n))
        for direction in (
            _first("hills", 1, dataclasses.replace(PUNK, genre="metal"))[0],
            _first_own("hills", 1, CALM)[0],
        ):
            calls.clear()
            ridgeline.render(direction, 128)
            assert calls[0] == "_moon" and "_subject" in calls, calls
    finally:
        for n, f in orig.items():
            setattr(ridge_layouts, n, f)


def test_two_city_titles_get_two_different_skylines() -> None:
    """Reviewers: the skyline 3x as one template. A city title's skyline is seen in
    several views across seeds (towers of ridges; lit by the onsets over a river; low
    under a sky of ridges), a rain title's city stands on wet water, and the lit
    windows follow the song's onsets."""
    views = {
        ridge_scenes.city_view(dataclasses.replace(CALM, seed=s, title="Night City"))
        for s in range(16)
    }
    assert views == set(ridge_scenes.VIEWS)
    rain = [dataclasses.replace(PUNK, seed=s, title="ฝนตกที่กรุงเทพ") for s in range(6)]
    assert {ridge_scenes.city_view(d) for d in rain} == {"river"}
    # a river city: the picture mirrors across the waterline (ink above and below)
    d = next(
        dataclasses.replace(CALM, seed=s, title="Glass City", layout="top-left", valence=0.2)
        for s in range(40)
        if ridge_scenes.city_view(dataclasses.replace(CALM, seed=s, title="Glass City")) == "river"
    )
    assert ridgeline.layout_of(d) == "skyline"
    quiet = dataclasses.replace(d, onsets=(0.0,) * 64)
    loud = dataclasses.replace(d, onsets=(1.0,) * 64)
    bright = [
        float((np.asarray(ridgeline.render(x, 256).image.convert("L"))[100:, :] > 200).mean())
        for x in (quiet, loud)
    ]
    assert bright[1] > bright[0] * 1.5 + 0.005, bright


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


def test_the_swell_horizon_moves_with_the_seed(monkeypatch) -> None:
    """Reviewers: the swell 2x as one picture. Its horizon sits high or low by the
    seed (a spread of more than a sixth of the frame)."""
    from sleeve.engine.styles.cover_parts import ridge_sea

    seen: list[float] = []
    real = ridge_sea.sky

    def spy(c, top, glow, horizon, gx):
        seen.append(horizon)
        return real(c, top, glow, horizon, gx)

    monkeypatch.setattr(ridge_sea, "sky", spy)
    base = dataclasses.replace(CALM, title="Velvet", genre="pop", language=language_for("pop"))
    for d in _first_own("swell", 10, dataclasses.replace(base, layout="top-left")):
        ridgeline.render(d, 64)
    assert max(seen) - min(seen) > 0.17, seen


def test_only_metal_and_the_angry_genres_raise_a_tower_on_the_hills() -> None:
    """A crenellated tower on the city ranges of a drill track read to two art
    directors as a fantasy castle: drill, techno and pop hills carry a tree; metal
    and punk keep the tower."""
    from sleeve.engine.styles.cover_parts import ridge_layouts

    def song(genre: str, sub: str):
        return dataclasses.replace(CALM, genre=genre, language=language_for(sub))

    assert ridge_layouts.carries_tower(song("metal", "doom_metal"))
    assert ridge_layouts.carries_tower(song("punk", "punk"))
    for genre, sub in (("hiphop", "drill"), ("electronic", "techno"), ("pop", "pop")):
        assert not ridge_layouts.carries_tower(song(genre, sub)), sub
