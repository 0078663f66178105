"""Grain gradient draws one large element that moves with the track (which one, its
scale and place, the light, the horizon) and keeps the title's band calm; two
"""

from __future__ import annotations

import collections
import dataclasses
import itertools

import numpy as np
import pytest
from PIL import Image, ImageFilter

from sleeve.engine import raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import Palette
from sleeve.engine.languages import language_for
from sleeve.engine.styles import grain_gradient
from sleeve.engine.styles.cover_parts.grain_scenes import Canvas
from tests.engine.test_styles import CALM, LOUD

SEEDS = range(6)


def _track(seed: int) -> grain_gradient.ArtDirection:
    return dataclasses.replace((CALM, LOUD)[seed % 2], seed=seed)


def _object(kind: str, seed: int) -> np.ndarray:
    """Where the composition `kind`, painted on the track's own stage at 64 px, stands
    out from its field (the tone of the title's band, which it keeps clear): the
    pixels more than halfway from that tone to the farthest one."""
    _, stage, tones, rng = grain_gradient.plan(_track(seed))
    canvas = Canvas(64, raster.rng_for(_track(seed), "dither"), 0.0)
    grain_gradient.OBJECTS[kind](canvas, tones, stage, _track(seed).energy, rng)
    grey = canvas.rgb.mean(axis=2)
    band = grey[:12] if stage.side == "top" else grey[-12:]
    off = np.abs(grey - np.median(band))
    return off > 0.5 * np.percentile(off, 99)


def _apart(a: np.ndarray, b: np.ndarray) -> float:
    """How far two masks are apart: the share of their union where they differ."""
    return float((a != b).sum() / max((a | b).sum(), 1))


@pytest.mark.parametrize("kind", sorted(grain_gradient.OBJECTS))
def test_a_grain_object_is_a_different_picture_on_each_track(kind: str) -> None:
    """No two of six tracks draw nearly the same picture, and most pairs differ by a
    fifth of their masses (the shapes are large now: two giant spheres in the same
    corner overlap much even at different sizes)."""
    masks = [_object(kind, seed) for seed in SEEDS]
    gaps = [_apart(a, b) for a, b in itertools.combinations(masks, 2)]
    assert min(gaps) > 0.08, sorted(gaps)[:3]
    assert sum(g > 0.2 for g in gaps) >= 0.8 * len(gaps), sorted(gaps)[:5]


def test_tracks_draw_many_objects_and_none_dominates() -> None:
    kinds = collections.Counter(grain_gradient.plan(_track(seed))[0] for seed in range(40))
    assert len(kinds) >= 6, kinds
    assert max(kinds.values()) <= 12, kinds


def _steepest_step(image: Image.Image, box: tuple[float, float, float, float]) -> float:
    """The steepest neighbouring-pixel step inside box at 128 px (grain averaged
    away by the box filter): a crisp edge steps at once, a soft glow in many steps."""
    grey = np.asarray(image.convert("L").resize((128, 128), Image.Resampling.BOX), float)
    x0, y0, x1, y1 = (int(v * 128) for v in box)
    part = grey[y0 : y1 + 1, x0 : x1 + 1]
    steps = np.concatenate(
        (np.abs(np.diff(part, axis=0)).ravel(), np.abs(np.diff(part, axis=1)).ravel())
    )
    return float(np.percentile(steps, 99.7))


def test_the_focal_object_has_a_crisp_edge() -> None:
    """Every composition carries its shape on a crisp edge (no soft aura alone)."""
    seen = set()
    for seed in range(16):
        art = grain_gradient.render(_track(seed), 256)
        seen.add(art.layout)
        assert _steepest_step(art.image, art.focal) > 24, (seed, art.layout)
        soft = art.image.filter(ImageFilter.GaussianBlur(6))  # what a glow or an aura gives
        assert _steepest_step(soft, art.focal) < 24, seed
    assert len(seen) >= 5, seen


def _band_and_rest(image: Image.Image, layout: str) -> tuple[float, float]:
    """The strongest edges (99th percentile, at 32 px where grain averages out) in the
    fifth of the cover where the layout sets the title, and in the part away from it."""
    grey = image.convert("L").resize((32, 32), Image.Resampling.BOX)
    edges = np.asarray(grey.filter(ImageFilter.FIND_EDGES), float)[1:-1, 1:-1]
    band, rest = (edges[:6], edges[10:]) if layout == "top-left" else (edges[-6:], edges[:-10])
    return float(np.percentile(band, 99)), float(np.percentile(rest, 99))


def test_the_title_band_is_calmer_than_the_object() -> None:
    for base in (CALM, LOUD):
        for seed in range(8):
            for layout in ("top-left", "bottom-left"):
                direction = dataclasses.replace(base, seed=seed, layout=layout)
                art = grain_gradient.render(direction, 160)
                band, rest = _band_and_rest(art.image, layout)
                assert band < 0.4 * rest, (seed, layout, band, rest)


def test_a_childrens_song_on_a_dark_palette_gets_light_vivid_colour_not_grey() -> None:
    """A children's or pop track: a light field tinted with a palette colour and a
    vivid object, never a grey sphere on grey."""
    palette = Palette(
        (30, 30, 40), ((240, 200, 40), (60, 140, 220), (235, 90, 120)), (250, 120, 30), (20, 20, 20)
    )
    for genre, sub in (("children", "children"), ("pop", "jpop")):
        for seed in range(6):
            track = dataclasses.replace(
                CALM,
                seed=seed,
                genre=genre,
                language=language_for(sub),
                palette=palette,
                valence=0.4,
            )
            tones = grain_gradient.plan(track)[2]
            assert tones.light_field and rgb_to_oklch(tones.far)[0] > 0.8
            assert rgb_to_oklch(tones.far)[1] > 0.04  # tinted, not neutral paper
            assert max(rgb_to_oklch(tones.dark)[1], rgb_to_oklch(tones.lit)[1]) > 0.1


def test_most_covers_have_no_horizon_line() -> None:
    """Not one template of an object sitting on a horizon: at most two compositions
    draw a horizon, and most tracks get a plain gradient with the object in space."""
    assert len(grain_gradient.HORIZONS) <= 2
    stages = [grain_gradient.plan(_track(seed))[1] for seed in range(60)]
    assert sum(st.horizon is not None for st in stages) <= len(stages) * 0.25


def test_a_dark_cover_keeps_a_light_shape_at_64_px() -> None:
    """A dark field is not a black tile on a phone: at 64 px some part of the
    picture (a lit side, a rim, a corona, a column of light) is far lighter than
    the field."""
    for seed in range(12):
        track = dataclasses.replace(_track(seed), valence=0.2, genre="rnb")
        if grain_gradient.plan(track)[2].light_field:
            continue
        grey = np.asarray(grain_gradient.render(track, 64).image.convert("L"), float)
        assert np.percentile(grey, 99) - np.median(grey) > 60, seed


def test_a_childrens_song_has_no_dark_mass_and_warm_hues_are_never_mud() -> None:
    """A children's song on a red-and-amber palette: every tone the shape and its
    shadow take stays light and vivid (no maroon drips, no brown); on any track an
    orange shape's deep tone is a saturated red-orange, not brown."""
    palette = Palette(
        (30, 20, 20), ((200, 30, 40), (230, 140, 30), (250, 210, 60)), (220, 60, 40), (20, 20, 20)
    )
    for seed in range(8):
        track = dataclasses.replace(
            CALM, seed=seed, genre="children", language=language_for("children"), palette=palette
        )
        tones = grain_gradient.plan(track)[2]
        for tone in (tones.dark, tones.shadow, tones.lit, tones.far):
            assert rgb_to_oklch(tone)[0] >= 0.5, (seed, tone)
    orange = grain_gradient.deep((200, 110, 40), 0.34, 0.12)
    lightness, chroma, hue = rgb_to_oklch(orange)
    assert lightness > 0.48 and chroma > 0.15 and hue < 40, orange


def test_a_childrens_song_gets_friendly_compositions_and_a_rainbow_band() -> None:
    """No funnel of light or heavy ground on a children's song; its wave band is
    striped in three colours (a rainbow), where another song's is one gradient."""
    kids = [
        dataclasses.replace(
            _track(seed), genre="children", language=language_for("children"), valence=0.8
        )
        for seed in range(40)
    ]
    kinds = {grain_gradient.layout_of(track) for track in kids}
    assert not kinds & {"beam-light", "horizon-glow"} and len(kinds) >= 5, kinds
    tones = grain_gradient.plan(kids[0])[2]
    assert tones.friendly
    stage = grain_gradient.plan(kids[0])[1]
    canvas = Canvas(128, raster.rng_for(kids[0], "dither"), 0.0)
    grain_gradient.OBJECTS["wave-band"](canvas, tones, stage, 0.5, np.random.default_rng(1))
    column = canvas.rgb[:, 64]
    changes = np.abs(np.diff(column, axis=0)).sum(axis=1) > 0.15
    assert changes.sum() >= 4  # field, three stripes, field: four crisp steps at least
