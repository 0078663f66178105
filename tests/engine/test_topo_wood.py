"""What the topographic style promises a musician: several different pictures across
tracks, a calm place for the title, the genre's paper (wood type's tests are in
test_wood_type)."""

from __future__ import annotations

import dataclasses

import numpy as np
from PIL import Image

from sleeve.engine.direction import ArtDirection, Palette
from sleeve.engine.languages import language_for
from sleeve.engine.measures import dhash, hamming
from sleeve.engine.raster import rng_for
from sleeve.engine.styles import topographic
from sleeve.engine.styles.cover_parts import calm_zone, topo_terrain
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
