"""Flow field's weather (reviewers: draw what the title names; "grass before a low
sun" and the incense, drawn for any song, read as cliches): snow or winter is wind
over a snowfield, rain slanted dashed rain over ringed water, smoke a plume, the night
a moon over the sea; every composition is one painter in flow_field.PAINTERS."""

from __future__ import annotations

import dataclasses
from collections import Counter

import numpy as np

from sleeve.engine.direction import Palette
from sleeve.engine.styles import flow_field
from sleeve.engine.styles.cover_parts import flow_more
from tests.engine.test_flow_field import _drawing
from tests.engine.test_styles import CALM, LOUD


def _drawn(title: str, base=CALM, seeds: int = 20) -> Counter:  # type: ignore[no-untyped-def]
    looks = (dataclasses.replace(base, title=title, seed=s) for s in range(seeds))
    return Counter(flow_field.layout_of(d) for d in looks)


def test_a_title_naming_snow_rain_smoke_or_a_bird_gets_that_picture() -> None:
    for title, name in (
        ("Quiet Snow", "snow"), ("Postcode Winter", "snow"), ("Lo-fi Rain", "rain"),
        ("Lágrimas en la lluvia", "rain"), ("ฝนตกที่กรุงเทพ", "rain"), ("Blue Smoke", "plume"),
        ("Little Bird", "feather"),
    ):  # fmt: skip
        assert set(_drawn(title)) == {name}, (title, _drawn(title))
    for title in ("Glass City", "東京の夜"):  # a city its skyline, four turns in five
        assert 0.65 < _drawn(title, seeds=40)["city"] / 40 < 0.95, (title, _drawn(title))


def test_night_titles_mostly_get_the_moon_over_the_sea_not_all() -> None:
    """Three turns in five: many titles name the night, and one picture for them all
    would repeat in a batch."""
    drawn = _drawn("Midnight", seeds=40)
    assert 0.45 < drawn["moonlit"] / 40 < 0.8, drawn
    assert len(drawn) >= 3, drawn


def test_the_grass_and_the_plume_are_never_drawn_for_an_unnamed_subject() -> None:
    for base in (CALM, LOUD):
        drawn = _drawn("Harbour Lights", dataclasses.replace(base, genre="rock"), 60)
        named = {"grass", "plume", "incense", "snow", "rain", "moonlit", "city", "fireworks"}
        assert not named & set(drawn), drawn


def _grey(name: str, seed: int = 0, title: str = "", palette=None) -> np.ndarray:  # type: ignore[no-untyped-def]
    base = dataclasses.replace(CALM, layout="top-left", title=title or CALM.title)
    base = dataclasses.replace(base, palette=palette or base.palette)
    art = flow_field.render(_drawing(name, base, seed), 256)
    return np.asarray(art.image.convert("L"), float)


def _runs(column: np.ndarray) -> np.ndarray:
    edges = np.flatnonzero(np.diff(np.concatenate(([0], column.astype(int), [0]))))
    return edges[1::2] - edges[::2]


def test_the_snow_is_a_pale_snowfield_under_a_dark_sky_with_a_moon() -> None:
    """Whatever the palette and whether or not the title names the night (a blizzard
    on paper drew black snow)."""
    paper = Palette(
        (240, 236, 226), ((30, 30, 36), (90, 90, 96), (60, 60, 70)), (200, 40, 30), (20,) * 3
    )
    for seed, title in ((0, "Quiet Snow"), (1, "Quiet Snow"), (0, "Blizzard")):
        grey = _grey("snow", seed, title, paper if title == "Blizzard" else None)
        sky, ground = np.median(grey[90:130]), np.median(grey[-20:])
        assert ground > sky + 80, (seed, sky, ground)  # white drifts, a night above
        assert (grey[60:200] > 200).mean() > 0.02, seed  # streaks, flakes and a moon


def test_the_rain_falls_in_short_slanted_dashes() -> None:
    """A vertical cut through the rain meets short dashes, not long stripes; the rain
    leans: a dash's ink moves sideways from row to row."""
    for seed in range(2):
        grey = _grey("rain", seed)
        ink = np.abs(grey - np.median(grey)) > 50
        rain = ink[120:170]
        runs = np.concatenate([_runs(rain[:, x]) for x in range(40, 216, 8)])
        assert len(runs) >= 10 and np.median(runs) < 30, (seed, len(runs))
        same = (rain[1:] & rain[:-1]).sum() / max(rain.sum(), 1)
        left = (rain[1:, 1:] & rain[:-1, :-1]).sum() / max(rain.sum(), 1)
        right = (rain[1:, :-1] & rain[:-1, 1:]).sum() / max(rain.sum(), 1)
        assert max(left, right) > 0.6 * same, (seed, same, left, right)


def test_the_moon_lays_a_bright_path_on_the_water() -> None:
    for seed in range(2):
        base = dataclasses.replace(CALM, layout="top-left", title="Midnight")
        d = _drawing("moonlit", base, seed)
        art = flow_field.render(d, 256)
        grey = np.asarray(art.image.convert("L"), float)
        x0, _, x1, _ = (int(v * 256) for v in art.focal)
        mid = (x0 + x1) // 2
        sea = grey[-50:]
        near = (sea[:, max(mid - 10, 0) : mid + 10] > 200).mean()
        far = (sea[:, (mid + 128) % 256 - 10 : (mid + 128) % 256 + 10] > 200).mean()
        assert near > 2 * far + 0.02, (seed, near, far)


def test_the_city_is_dark_towers_with_lit_windows_under_the_wind() -> None:
    """At night the towers are a dark mass at the foot of the room, dotted with lit
    windows; the sky above them is ruled in the wind's lines."""
    for seed in range(2):
        base = dataclasses.replace(CALM, layout="top-left", title="Night City")
        grey = np.asarray(flow_field.render(_drawing("city", base, seed), 256).image.convert("L"))
        towers, sky = grey[-30:].astype(float), grey[110:140].astype(float)
        assert np.median(towers) < np.median(grey) + 5, seed  # dark blocks
        assert (towers > 150).mean() > 0.04, seed  # lit windows
        assert (sky > np.median(grey[:40]) + 60).mean() > 0.15, seed  # the wind's lines


def test_fireworks_are_bright_bursts_on_a_night_sky_in_any_script() -> None:
    """君と見た花火 and Feuerwerk draw fireworks (not a star, not a fire): the sky dark,
    the bursts bright, each a ring of trails round an empty heart."""
    for title in ("君と見た花火", "Feuerwerk", "Fireworks"):
        assert set(_drawn(title, seeds=6)) == {"fireworks"}, title
    for seed in range(2):
        base = dataclasses.replace(CALM, layout="top-left", title="Fireworks")
        art = flow_field.render(_drawing("fireworks", base, seed), 256)
        grey = np.asarray(art.image.convert("L"), float)
        assert np.median(grey) < 50, seed  # a night sky
        x0, y0, x1, y1 = (int(v * 256) for v in art.focal)
        burst = grey[y0:y1, x0:x1]
        assert (burst > np.median(grey) + 80).mean() > 0.08, seed  # bright trails
        cy, cx = (y0 + y1) // 2, (x0 + x1) // 2
        heart = grey[cy - 3 : cy + 4, cx - 3 : cx + 4]
        assert np.median(heart) < np.median(grey) + 40, seed  # the empty heart


def test_a_flower_or_cherry_title_carves_that_flower() -> None:
    """Most turns; the petals are nested lines in the accent round a solid heart."""
    for title, figure in (("Static Bloom", "flower"), ("桜の散る頃", "cherry")):
        drawn = _drawn(title, seeds=20)
        assert drawn[f"carve-{figure}"] >= 12, (title, drawn)
    d = next(
        dataclasses.replace(CALM, title="Static Bloom", seed=s)
        for s in range(20)
        if flow_field.layout_of(dataclasses.replace(CALM, title="Static Bloom", seed=s))
        == "carve-flower"
    )
    art = flow_field.render(d, 256)
    x0, y0, x1, y1 = (int(v * 256) for v in art.focal)
    cx, cy = (x0 + x1) // 2, (y0 + y1) // 2
    grey = np.asarray(art.image.convert("L"), float)
    ring = [grey[cy, cx + k] for k in range(8, (x1 - x0) // 2 - 4)]
    crossings = np.count_nonzero(np.diff(np.asarray(ring) > np.median(ring)))
    assert crossings >= 6, crossings  # nested petal lines from the heart out


def test_every_composition_is_one_painter_in_one_table() -> None:
    lines = set(flow_more.FORMS) - {"strokes"}
    assert lines == set(flow_field.PAINTERS), lines ^ set(flow_field.PAINTERS)
    assert flow_field.SUBJECT_LAYOUTS["snow"] == ("snow",)
    assert {"snow", "rain", "smoke", "city", "fireworks"} <= set(flow_field.STYLE.subjects)
