"""Grain gradient's light moves with the track (where it stands, its crop, its
colours), is a designed shape with a crisp edge thinning into grain, keeps the
title's band calm, and takes its colour from the palette without mud: deep rich fields, light
friendly ones for children's songs."""

from __future__ import annotations

import collections
import dataclasses
import itertools

import numpy as np
import pytest
from PIL import Image

from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection, Palette
from sleeve.engine.languages import language_for
from sleeve.engine.styles import grain_gradient
from sleeve.engine.styles.cover_parts.grain_scenes import Plane
from sleeve.engine.styles.cover_parts.grain_tones import MUD, Ramp
from tests.engine.test_grain_gradient_layouts import _varied
from tests.engine.test_styles import CALM, LOUD

SEEDS = range(6)


def _track(seed: int) -> ArtDirection:
    return dataclasses.replace((CALM, LOUD)[seed % 2], seed=seed)


def _light(kind: str, seed: int) -> np.ndarray:
    """Where the composition `kind`, painted on the track's own plane at 64 px, is
    lit: the pixels more than halfway from the median to the brightest."""
    track = _track(seed)
    _, side, flip, _, _, rng = grain_gradient.plan(track)
    plane = Plane(64, side, flip, track.energy, track.energy_curve)
    light = np.broadcast_to(grain_gradient.LAYOUTS[kind](plane, rng).light, (64, 64))
    return light > 0.5 * (np.median(light) + light.max())


def _apart(a: np.ndarray, b: np.ndarray) -> float:
    """How far two masks are apart: the share of their union where they differ."""
    return float((a != b).sum() / max((a | b).sum(), 1))


@pytest.mark.parametrize("kind", sorted(grain_gradient.LAYOUTS))
def test_a_composition_is_a_different_picture_on_each_track(kind: str) -> None:
    masks = [_light(kind, seed) for seed in SEEDS]
    gaps = [_apart(a, b) for a, b in itertools.combinations(masks, 2)]
    assert min(gaps) > 0.08, sorted(gaps)[:3]
    assert sum(g > 0.2 for g in gaps) >= 0.7 * len(gaps), sorted(gaps)[:5]


def test_tracks_draw_many_compositions_and_none_dominates() -> None:
    kinds = collections.Counter(grain_gradient.layout_of(_varied(seed)) for seed in range(40))
    assert len(kinds) == len(grain_gradient.LAYOUTS) - len(grain_gradient.BY_TITLE), kinds
    assert max(kinds.values()) <= 14, kinds  # five compositions: none over a third


NIGHT = Palette(
    (14, 18, 34), ((40, 70, 160), (230, 90, 140), (60, 200, 190)), (250, 150, 60), (240, 240, 240)
)


def test_the_light_has_a_designed_shape_with_a_crisp_edge() -> None:
    """Two reviewers read soft flares as an empty gradient: each composition's light
    has a shape with a hard edge (at 64 px, the painting averaged over 4 x 4 pixels so
    the dither cannot fake one, some neighbours differ steeply) and a strong falloff
    across the frame."""
    weights = np.array([0.3, 0.59, 0.11], np.float32)
    for seed in range(14):
        track = dataclasses.replace(_track(seed), valence=0.2, palette=NIGHT)
        rgb, _, kind = grain_gradient.paint(track, 256)
        grey = (rgb @ weights).reshape(64, 4, 64, 4).mean((1, 3))
        down, across = np.abs(np.diff(grey, axis=0))[:, :-1], np.abs(np.diff(grey, axis=1))[:-1]
        steps = np.maximum(down, across)
        assert np.percentile(steps, 99.9) > 0.12, (seed, kind, np.percentile(steps, 99.9))
        assert np.percentile(grey, 99) - np.percentile(grey, 5) > 0.3, (seed, kind)


def test_the_light_thins_into_grain() -> None:
    """The grainy gradient is the style: the light around the shape is dithered, so
    neighbouring pixels of the painting differ far more than a smooth ramp's would."""
    weights = np.array([0.3, 0.59, 0.11], np.float32)
    for seed in range(8):
        rgb, _, kind = grain_gradient.paint(_track(seed), 256)
        grey = rgb @ weights
        assert np.percentile(np.abs(np.diff(grey, axis=1)), 98) > 0.03, (seed, kind)


def _band_and_rest(image: Image.Image, layout: str) -> tuple[float, float]:
    """The tonal range (at 16 px, where grain averages out: the light is soft, so
    ranges, not edges) in the fifth of the cover where the layout sets the title,
    and in the part away from it."""
    grey = np.asarray(image.convert("L").resize((16, 16), Image.Resampling.BOX), float)
    band, rest = (grey[:3], grey[5:]) if layout == "top-left" else (grey[-3:], grey[:-5])
    return float(np.ptp(band)), float(np.ptp(rest))


def test_the_title_band_is_calmer_than_the_light() -> None:
    for base in (CALM, LOUD):
        for seed in range(8):
            for layout in ("top-left", "bottom-left"):
                direction = dataclasses.replace(base, seed=seed, layout=layout)
                art = grain_gradient.render(direction, 160)
                band, rest = _band_and_rest(art.image, layout)
                assert band < 0.4 * rest, (seed, layout, art.layout, band, rest)


def _stops(ramp: Ramp) -> tuple:
    return (ramp.shadow, ramp.field, ramp.glow, ramp.core)


WARM = Palette(
    (30, 20, 20), ((200, 30, 40), (230, 140, 30), (250, 210, 60)), (220, 60, 40), (20, 20, 20)
)
EARTH = Palette(
    (40, 35, 25), ((150, 110, 60), (110, 120, 50), (200, 170, 90)), (180, 120, 40), (20, 20, 20)
)


@pytest.mark.parametrize("palette", [WARM, EARTH], ids=["warm", "earth"])
def test_no_ramp_passes_through_mud(palette: Palette) -> None:
    """Every tone a cover can take (both ramps, all 256 steps): nothing darker than
    L 0.6 sits in the olive and brown hues with any chroma (a warm night turns to
    wine, a warm glow keeps away from the dark on its way)."""
    for seed in range(12):
        track = dataclasses.replace(_track(seed), palette=palette, valence=0.3, genre="rnb")
        _, _, _, first, second, _ = grain_gradient.plan(track)
        for ramp in (first, second):
            for rgb in ramp.lut(64):
                tone = tuple(int(round(c * 255)) for c in rgb)
                lit, chroma, hue = rgb_to_oklch(tone)  # type: ignore[arg-type]
                muddy = lit < 0.55 and chroma > 0.04 and MUD[0] + 5 <= hue <= MUD[1] - 5
                assert not muddy, (seed, tone)


def test_a_childrens_song_is_light_vivid_and_friendly() -> None:
    """A children's song, even on a dark palette: a tinted light field (never grey),
    a vivid glow, no dark tone anywhere, and none of the moody compositions nor the
    club's beams (a duck song got a cyan light beam)."""
    kids = [
        dataclasses.replace(
            _track(seed), genre="children", language=language_for("children"), palette=WARM
        )
        for seed in range(30)
    ]
    kinds = {grain_gradient.layout_of(track) for track in kids}
    assert kinds == set(grain_gradient.FRIENDLY), kinds
    for track in kids[:8]:
        _, _, _, first, second, _ = grain_gradient.plan(track)
        field = rgb_to_oklch(first.field)
        assert field[0] > 0.75 and field[1] > 0.05, first.field
        assert rgb_to_oklch(first.shadow)[1] > 0.1
        for tone in (*_stops(first), *_stops(second)):
            assert rgb_to_oklch(tone)[0] >= 0.6, tone


def test_a_dark_cover_is_a_rich_colour_field_with_a_light_event() -> None:
    """A dark cover is not a black tile: its field has colour (only a stark language,
    jazz's or techno's black and one spot colour, takes a near-black night), and at
    64 px some part of the picture is far lighter than the field."""
    soft = language_for("rnb")
    for seed in range(12):
        track = dataclasses.replace(_track(seed), valence=0.2, genre="rnb", palette=WARM)
        track = dataclasses.replace(track, language=soft)
        _, _, _, first, _, _ = grain_gradient.plan(track)
        assert rgb_to_oklch(first.field)[1] > 0.05, first.field
        grey = np.asarray(grain_gradient.render(track, 64).image.convert("L"), float)
        assert np.percentile(grey, 99) - np.median(grey) > 60, seed


def test_a_stark_language_takes_a_near_black_night_under_one_spot_colour() -> None:
    for seed in range(6):
        jazz = language_for("jazz")
        track = dataclasses.replace(_track(seed), valence=0.2, palette=NIGHT, language=jazz)
        _, _, _, first, _, _ = grain_gradient.plan(track)
        field, glow = rgb_to_oklch(first.field), rgb_to_oklch(first.glow)
        assert field[1] < 0.04 and field[0] < 0.35 and glow[1] > 0.1, (seed, first)


def test_a_dark_night_is_not_always_equally_deep() -> None:
    """Dark covers were near-copies of one another: the field's depth moves with
    the seed."""
    lights = set()
    for seed in range(12):
        track = dataclasses.replace(_track(seed), valence=0.2, palette=WARM)
        _, _, _, first, _, _ = grain_gradient.plan(track)
        lights.add(round(rgb_to_oklch(first.field)[0], 2))
    assert max(lights) - min(lights) > 0.05, lights
