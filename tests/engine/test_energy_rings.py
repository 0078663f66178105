"""What energy rings promise a listener: different music draws a different
composition (not only another colour), named by its layout, none a clip-art record
and the spiral only for steady music; a minor key darkens it; the bands fade out before
the title's band (no straight cut); the seed scales and places each composition from
a small emblem to a huge crop and outlines some; the palette gives every colour and
the key picks which leads, a grey palette gets a vivid accent band; onsets break the
bands; the
cover renders at any size, the same bytes each time, and a thumbnail shows the same
composition as the full-size cover."""

from __future__ import annotations

import collections
import dataclasses
import re

import numpy as np
import pytest
from PIL import Image

from sleeve.engine import raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.languages import language_for
from sleeve.engine.palettes import Palette
from sleeve.engine.styles import energy_rings
from sleeve.engine.styles.cover_parts.ring_layouts import LAYOUTS
from sleeve.engine.styles.registry import get_style
from tests.engine.test_styles import CALM, LOUD, assert_thumbnail_matches


def band_spill(name: str, direction: ArtDirection, layout: str) -> tuple[float, float]:
    """(share of the title's band, share of the rest) that departs from the band's own
    median colour: the band should be flat field and the rest should hold the art."""
    image = get_style(name).render(dataclasses.replace(direction, layout=layout), 128).image
    rgb = np.asarray(image, np.float64) / 255
    band, rest = (rgb[:32], rgb[44:]) if layout == "top-left" else (rgb[-32:], rgb[:-44])
    field = np.median(band.reshape(-1, 3), axis=0)
    away = [float((np.linalg.norm(part - field, axis=2) > 0.15).mean()) for part in (band, rest)]
    return away[0], away[1]


@pytest.mark.parametrize("layout", ["top-left", "bottom-left"])
def test_the_rings_keep_out_of_the_title_band(layout: str) -> None:
    for base in (CALM, LOUD):
        for seed in range(8):
            band, rest = band_spill("energy_rings", dataclasses.replace(base, seed=seed), layout)
            assert band < 0.02 and rest > 0.03, (seed, band, rest)


def _layout(layout: str, direction: ArtDirection, size: int = 128) -> np.ndarray:
    image = energy_rings.draw_layout(direction, size, layout)[0]
    return np.asarray(image, np.float64) / 255


def _ink(layout: str, direction: ArtDirection) -> float:
    """The share of the frame the layout's bands cover at 96 px."""
    paper = np.asarray(energy_rings.draw_layout(direction, 96, layout)[3].paper) / 255
    return float((np.abs(_layout(layout, direction, 96) - paper).sum(axis=2) > 0.1).mean())


def test_the_rings_range_from_a_small_emblem_to_a_huge_crop() -> None:
    """Two tracks with one composition are not one template: the seed scales it from
    an emblem in a wide field to a crop that fills the frame, and none is a speck."""
    inks = {
        layout: [_ink(layout, dataclasses.replace(CALM, seed=seed)) for seed in range(8)]
        for layout in LAYOUTS
    }
    assert min(min(v) for v in inks.values()) > 0.06, inks
    every = [v for vs in inks.values() for v in vs]
    assert min(every) < 0.2 and max(every) > 0.6, inks
    for layout in ("spiral", "squares"):
        assert max(inks[layout]) > 1.5 * min(inks[layout]), (layout, inks[layout])


def test_frames_vary_scale_place_and_line() -> None:
    frames = [energy_rings.frame_for(d, "squares") for d in _tracks(40)]
    scales = [f.scale for f in frames]
    assert min(scales) < 0.65 and max(scales) > 1.3, scales
    assert len({round(f.anchor[0], 2) for f in frames}) > 10
    outlined = sum(f.line > 0 for f in frames)
    assert 4 <= outlined <= 24, outlined  # some outlined, most solid


def test_a_grey_palette_gets_a_vivid_accent_band() -> None:
    """Greys alone gave dim grey rings: the loudest band turns vivid and the greys
    stand clear of the field; black metal keeps its greys."""
    greys = Palette(
        (24, 24, 26),
        ((110, 110, 112), (160, 160, 158), (80, 80, 82)),
        (130, 130, 130),
        (230, 230, 230),
    )
    for seed in range(4):
        d = dataclasses.replace(LOUD, seed=seed, palette=greys)
        rings = energy_rings.rings_for(d, raster.rng_for(d, "rings"), 64)
        assert rgb_to_oklch(rings.hot)[1] > 0.1, rings.hot
        field = rgb_to_oklch(rings.paper)[0]
        assert all(abs(rgb_to_oklch(t)[0] - field) > 0.4 for t in (*rings.tints, rings.second))
    black = dataclasses.replace(LOUD, palette=greys, language=language_for("black_metal"))
    rings = energy_rings.rings_for(black, raster.rng_for(black, "rings"), 64)
    assert rgb_to_oklch(rings.hot)[1] < 0.04


def test_onsets_break_the_bands() -> None:
    steady = dataclasses.replace(LOUD, onsets=(0.0,) * 256, has_audio=True)
    hits = dataclasses.replace(LOUD, onsets=((1.0,) + (0.0,) * 7) * 32, has_audio=True)
    for layout, keep in (("broken", 0.97), ("spiral", 0.99)):
        for seed in range(3):
            a = _layout(layout, dataclasses.replace(steady, seed=seed), 256)
            b = _layout(layout, dataclasses.replace(hits, seed=seed), 256)
            inked = [float((np.abs(x - x[0, 0]).sum(axis=2) > 0.1).mean()) for x in (a, b)]
            assert inked[1] < inked[0] * keep, (layout, inked)  # gaps cut into the bands


def _hue(direction: ArtDirection) -> float:
    """The mean hue of the bands' colours (the accent aside) drawn for a direction."""
    tints = energy_rings.rings_for(direction, raster.rng_for(direction, "rings"), 64).tints
    hues = np.radians([rgb_to_oklch(t)[2] for t in tints])
    return float(np.degrees(np.angle(np.exp(1j * hues).mean())) % 360)


def test_the_key_sets_the_colour_of_the_bands() -> None:
    c_major = (1, 0, 0.5, 0, 0.6, 0.5, 0, 0.8, 0, 0.5, 0, 0.3)
    f_sharp = tuple(float(v) for v in np.roll(c_major, 6))
    for seed in range(3):
        hues = [
            _hue(dataclasses.replace(CALM, seed=seed, chroma=key, has_audio=True))
            for key in (c_major, f_sharp)
        ]
        gap = abs(hues[0] - hues[1]) % 360
        assert min(gap, 360 - gap) > 60, hues  # the key leads with another palette colour


def test_the_band_colours_come_from_the_palette() -> None:
    """On a dark field too, every band colour (the second one included) keeps the hue
    of one of the palette's colours: none is invented, and metal gets no table of
    its own."""
    for base in (LOUD, dataclasses.replace(LOUD, genre="metal")):
        pal = base.palette
        hues = [rgb_to_oklch(c)[2] for c in (*pal.colors, pal.accent)]
        for seed in range(4):
            d = dataclasses.replace(base, seed=seed)
            rings = energy_rings.rings_for(d, raster.rng_for(d, "rings"), 64)
            for colour in (*rings.tints, rings.second, rings.hot):
                light, chroma, hue = rgb_to_oklch(colour)
                turn = min(min(abs(hue - h) % 360, 360 - abs(hue - h) % 360) for h in hues)
                assert chroma < 0.04 or turn < 20, (seed, colour, turn)


def _tracks(count: int) -> list[ArtDirection]:
    """Varied music: calm to loud, slow to fast, sparse to dense, each with a seed;
    every third track a steady loop (a flat energy curve)."""
    return [
        dataclasses.replace(
            (CALM, LOUD)[i % 2],
            seed=i,
            energy=(i * 0.37) % 1.0,
            tempo_bpm=70.0 + (i * 23) % 110,
            density=(i * 0.61) % 1.0,
            **({"energy_curve": (0.1,) + (0.6,) * 62 + (0.2,)} if i % 3 == 0 else {}),
        )
        for i in range(count)
    ]


def test_different_music_draws_different_compositions() -> None:
    names = [energy_rings.render(d, 48).layout for d in _tracks(60)]
    counts = collections.Counter(names)
    assert set(counts) == set(LAYOUTS), counts  # every composition is drawn
    assert max(counts.values()) <= 18, counts  # and none is the template (30%)
    calm = collections.Counter(
        energy_rings.render(dataclasses.replace(CALM, seed=s, energy=0.05), 48).layout
        for s in range(24)
    )
    loud = collections.Counter(
        energy_rings.render(
            dataclasses.replace(LOUD, seed=s, energy=0.95, tempo_bpm=175.0), 48
        ).layout
        for s in range(24)
    )
    assert calm.most_common(1)[0][0] != loud.most_common(1)[0][0], (calm, loud)


def test_only_steady_music_draws_the_spiral() -> None:
    """The spiral (many covers drew the same one) is kept for loops and drones: a
    song whose energy travels never gets it, a steady one can."""
    moving = [d for d in _tracks(90) if not energy_rings.steady(d)]
    looping = [d for d in _tracks(90) if energy_rings.steady(d)]
    assert len(moving) > 30 and len(looping) > 20
    assert all(energy_rings.layout_of(d) != "spiral" for d in moving)
    assert any(energy_rings.layout_of(d) == "spiral" for d in looping)


def test_no_clip_art_record_compositions() -> None:
    """Reviewers read a grey hub, a row of small records, a rainbow arch and a
    target as clip-art vinyl and stock icons: none of those is drawn, and at least six
    compositions are."""
    assert not {"labels", "rainbow", "target", "burst"} & set(LAYOUTS)
    assert len(LAYOUTS) >= 6


def test_a_minor_key_darkens_the_rings() -> None:
    """Minor keys darker: the same track in a minor key draws darker bands on a light
    field."""
    lights = []
    for mode in ("major", "minor"):
        d = dataclasses.replace(CALM, mode=mode, key=0)
        tints = energy_rings.rings_for(d, raster.rng_for(d, "rings"), 64).tints
        lights.append(float(np.mean([rgb_to_oklch(t)[0] for t in tints])))
    assert lights[1] < lights[0] - 0.05, lights


def test_layouts_have_short_stable_names() -> None:
    assert 4 <= len(LAYOUTS) <= 12
    for name in LAYOUTS:
        assert re.fullmatch(r"[a-z]+(-[a-z]+)*", name), name
    for d in _tracks(6):
        art = energy_rings.render(d, 48)
        assert art.layout in LAYOUTS
        assert art.layout == energy_rings.render(d, 200).layout  # not the size's choice


def _straightest_edge(image: Image.Image) -> float:
    """The largest share of a row's pixels that change at once to the next row, over
    the part of the cover where the art meets the title's band (0.16..0.42 of the
    side): a straight cut changes most of a row, a curve a short run of it."""
    rgb = np.asarray(image, np.float64) / 255
    rows = rgb.shape[0]
    step = np.abs(np.diff(rgb, axis=0)).mean(axis=2)[int(0.16 * rows) : int(0.42 * rows)]
    return float((step > 0.12).mean(axis=1).max())


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_no_straight_cut_under_the_title(layout: str) -> None:
    """The art fades into the field before the title's band or leaves it by its own
    shape: the old covers stopped on a straight line (0.22 to 1.0 of a row here)."""
    for base in (CALM, LOUD):
        for seed in range(6):
            d = dataclasses.replace(base, seed=seed)
            image, _, _, rings = energy_rings.draw_layout(d, 256, layout)
            edge = _straightest_edge(energy_rings.fade(image, rings.paper, ""))
            assert edge < 0.25, (seed, edge)


def test_the_focal_box_is_clear_of_the_title() -> None:
    for seed in range(8):
        for base in (CALM, LOUD):
            top = energy_rings.render(dataclasses.replace(base, seed=seed, layout="top-left"), 64)
            low = energy_rings.render(
                dataclasses.replace(base, seed=seed, layout="bottom-left"), 64
            )
            assert top.focal is not None and top.focal[1] >= 0.3, top.focal
            assert low.focal is not None and low.focal[3] <= 0.7, low.focal
            assert top.focal[3] - top.focal[1] > 0.15 and low.focal[3] - low.focal[1] > 0.15


@pytest.mark.parametrize("size", [64, 1024, 3000])
def test_renders_at_every_size_with_the_same_bytes_each_time(size: int) -> None:
    d = dataclasses.replace(LOUD, seed=5)
    first = energy_rings.render(d, size)
    assert first.image.size == (size, size) and first.image.mode == "RGB"
    if size <= 1024:
        again = energy_rings.render(d, size)
        assert first.image.tobytes() == again.image.tobytes()
        assert first.layout == again.layout


def test_a_thumbnail_shows_the_same_composition_as_the_cover() -> None:
    assert_thumbnail_matches("energy_rings")
