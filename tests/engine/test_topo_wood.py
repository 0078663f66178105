"""What the topographic style promises a musician: four different maps across tracks,
none of them a lone blob, a calm place for the title, atlas colours or the genre's
palette with no mud (wood type's tests are in test_wood_type)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
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


PLAIN = dataclasses.replace(CALM, title="Slow Hours")  # a title that names no land


def test_topographic_draws_all_four_maps_across_seeds() -> None:
    night = _direction(LOUD, "techno", GREY_NIGHT)
    kinds = set()
    for seed in range(60):
        for base in (
            night,
            CALM,
            *(dataclasses.replace(LOUD, palette=p) for p in (NAVY, CALM.palette)),
        ):
            kinds.add(topographic.layout_of(dataclasses.replace(base, seed=seed)))
    assert kinds == set(topographic.MAPS) and len(kinds) >= 4


def test_dense_music_draws_traverses_and_calm_music_line_fields() -> None:
    def share(kinds: tuple[str, ...], **music: float) -> float:
        got = [
            topographic.layout_of(dataclasses.replace(PLAIN, seed=s, **music)) for s in range(200)
        ]
        return sum(got.count(k) for k in kinds) / len(got)

    assert share(("traverse",), density=0.95) > 1.5 * share(("traverse",), density=0.05)
    assert share(("linefield",), energy=0.05) > 1.5 * share(("linefield",), energy=0.95)


def _forced(direction: ArtDirection, kind: str, size: int = 192):
    original = topographic._choose
    topographic._choose = lambda d, r, kind=kind: kind
    try:
        return topographic.render(direction, size)
    finally:
        topographic._choose = original


def test_every_map_fills_the_frame_and_no_map_is_a_lone_blob() -> None:
    """A review called the old island and fingerprint 'a lava blob' and 'a fingerprint'
    alone on white: every map now carries lines or tints over most of its frame (but
    the line field and the raised relief, whose empty paper and ground are the point:
    see test_topographic_focal)."""
    for kind in set(topographic.MAPS) - {"linefield", "raised"}:
        for seed in (1, 2):
            art = _forced(dataclasses.replace(CALM, seed=seed, layout="top-left"), kind)
            assert art.layout == kind
            x0, y0, x1, y1 = art.focal
            assert (x1 - x0) * (y1 - y0) > 0.3, kind  # the map, not a stamp
            grey = np.asarray(art.image.convert("L").resize((16, 16)), np.float32)
            lower = grey[6:]  # below the title's band
            assert np.ptp(lower) > 25, kind


def _olive(image: Image.Image) -> float:
    """The share of pixels that read as olive or khaki: a yellow-green hue, some
    chroma, dark or greyed."""
    from sleeve.engine.raster import srgb_to_oklab

    lab = srgb_to_oklab(np.asarray(image.convert("RGB"), np.float64)).reshape(-1, 3)
    chroma = np.hypot(lab[:, 1], lab[:, 2])
    hue = np.degrees(np.arctan2(lab[:, 2], lab[:, 1])) % 360
    muddy = (hue >= 80) & (hue < 135) & (chroma >= 0.04) & (lab[:, 0] < 0.7)
    return float(muddy.mean())


def test_maps_carry_no_olive_or_khaki() -> None:
    yellow = Palette(
        (219, 172, 0), ((42, 42, 42), (255, 10, 153), (168, 231, 255)), (162, 233, 255), (0, 0, 0)
    )
    for palette in (yellow, NAVY, CALM.palette, LOUD.palette):
        for kind in topographic.MAPS:
            art = _forced(dataclasses.replace(LOUD, seed=4, palette=palette), kind, 96)
            assert _olive(art.image) < 0.03, (kind, palette)


def test_grey_sheets_get_no_colour_bands_and_no_shaded_relief() -> None:
    """Grey relief read as a broken height-map render: a grey sheet draws neither (nor
    the traverse, whose bands on a dark ground read as op-art stripes)."""
    night = _direction(LOUD, "techno", GREY_NIGHT)
    kinds = [topographic.layout_of(dataclasses.replace(night, seed=s)) for s in range(200)]
    assert set(kinds) == {"linefield", "raised"}


def test_grey_sheets_print_in_greys_with_one_spot() -> None:
    night = _direction(LOUD, "techno", GREY_NIGHT)
    for kind in topographic.MAPS:
        art = _forced(dataclasses.replace(night, seed=2), kind, 96)
        rgb = np.asarray(art.image, np.float32)
        coloured = (rgb.max(axis=2) - rgb.min(axis=2)) > 40
        assert coloured.mean() < 0.05, kind


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


def test_folk_colour_band_maps_use_atlas_colours_even_from_a_navy_palette() -> None:
    """Folk and other rooted genres print as an atlas: a blue sea and green lowland."""
    direction = _direction(CALM, "country", NAVY, layout="top-left", seed=3)
    image = np.asarray(_forced(direction, "hypsometric", 128).image, np.float32)
    r, g, b = (image[..., k] for k in range(3))
    assert ((b > r + 30) & (b > 90)).mean() > 0.1  # the sea
    assert ((g > r + 10) & (g > b)).mean() > 0.03  # the green lowland


def test_no_map_is_a_chart_or_a_survey_sheet() -> None:
    """Art directors read the compass-rose chart and the survey sheet (grid, section
    line, profile) as clip art and diagrams: neither is drawn any more."""
    kinds = {topographic.layout_of(dataclasses.replace(CALM, seed=s)) for s in range(80)}
    assert not {"chart", "survey"} & (kinds | set(topographic.MAPS))


SAND = Palette(
    (241, 238, 232), ((255, 81, 78), (251, 162, 0), (35, 45, 78)), (253, 203, 0), (35, 45, 78)
)


@pytest.mark.parametrize("kind", topographic.MAPS)
def test_every_map_keeps_strong_value_contrast_at_64_px(kind: str) -> None:
    """Thumbnail first: below the title's band each map still has strong light and dark
    at 64 px (heavy lines, big flat bands), where fine lines used to fade to a haze."""
    grey = _direction(LOUD, "techno", GREY_NIGHT)
    looks = ((CALM, None), (LOUD, None), (grey, None), (CALM, SAND))
    for base, palette in looks:
        for seed in (1, 2):
            direction = dataclasses.replace(base, seed=seed, layout="top-left")
            if palette is not None:
                direction = _direction(direction, "folk", palette)
            image = _forced(direction, kind, 256).image.convert("L")
            small = np.asarray(image.resize((64, 64), Image.Resampling.BOX), np.float32)
            need = 22 if kind in ("linefield", "raised", "traverse") else 34  # thin lines
            assert small[26:].std() > need, (kind, seed, palette)


def test_a_two_colour_palette_prints_its_land_in_both_inks() -> None:
    """Pink and cyan synthwave: the bands climb from the pink to the cyan (a two-ink
    print), where they were one pink ramp on every pop and dance cover."""
    from sleeve.engine.color import rgb_to_oklch
    from sleeve.engine.styles.cover_parts import topo_inks

    neon = Palette(
        (26, 9, 51), ((255, 42, 109), (5, 217, 232), (255, 176, 0)), (255, 42, 109), (240, 240, 240)
    )
    land = topo_inks.scheme(_direction(LOUD, "synthwave", neon)).land
    low, high = rgb_to_oklch(land[0])[2], rgb_to_oklch(land[2])[2]
    assert abs((high - low + 180) % 360 - 180) > 60


def test_the_motif_table_names_only_maps_the_style_draws() -> None:
    """motifs.py counts the retired sunrise and paper layers no more, and the raised
    relief (one mountain) is counted with the mountains."""
    from sleeve.engine.motifs import MOTIFS, motif_of

    named = {n.split("/")[1] for names in MOTIFS.values() for n in names if "topographic/" in n}
    assert named <= set(topographic.MAPS)
    assert motif_of("topographic/raised") == "mountain ranges"
