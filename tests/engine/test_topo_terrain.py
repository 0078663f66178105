"""What the topographic line map must read as, from the strict review of the 74-track
bench: hill country, not a fingerprint (summits, saddles, a valley and its river); no
small rings beside the title that read as eyes; a dark ground filled, not a corner
fragment; a love title's heart only about half the time, and a clean one."""

from __future__ import annotations

import dataclasses

import numpy as np
from scipy import ndimage

from sleeve.engine.direction import Palette
from sleeve.engine.languages import language_for
from sleeve.engine.styles import topographic
from sleeve.engine.styles.cover_parts import calm_zone, topo_range
from tests.engine.test_styles import CALM

NIGHT = Palette((12, 12, 16), ((90, 90, 110), (200, 200, 210)), (220, 60, 60), (240, 240, 240))
NAVY = Palette((12, 20, 38), ((60, 80, 120), (160, 180, 210)), (40, 150, 220), (230, 230, 240))


def _in(genre: str, palette: Palette, **changes):
    language = language_for(genre)
    return dataclasses.replace(
        CALM, language=language, genre=language.family, palette=palette, **changes
    )


def _forced(direction, kind: str, size: int = 192):
    """`direction` drawn as `kind`, its title zone as the plan's own draw gives it."""
    original = topographic._choose
    topographic._choose = lambda d, r: (r.random(), kind)[1]
    try:
        return topographic.render(direction, size)
    finally:
        topographic._choose = original


def test_a_love_title_draws_its_heart_only_about_half_the_time() -> None:
    """Three raised or hypsometric hearts in 74 tracks repeated: the rest show the heart
    subtly (a heart-shaped lake shore, a red heart for the spot height)."""
    lands = [
        topographic.land(_in("pop", NIGHT, title="Corazón de fuego", seed=s)) for s in range(60)
    ]
    share = lands.count("heart") / len(lands)
    assert 0.25 < share < 0.6, share
    assert {"heart-lake", "heart-spot"} <= set(lands)


def test_the_heart_hill_is_one_clean_summit() -> None:
    """'The raised heart looks muddy, like camouflage'; two small rings on it read as
    eyes: every contour of the heart's hill is one ring."""
    h = topographic._heart_hill(calm_zone.away_from("top"))
    for k in range(1, 20):
        _, rings = ndimage.label(h * 20 >= k)
        assert rings <= 1, (k, rings)


def test_the_line_map_is_hill_country_with_a_river_not_a_fingerprint() -> None:
    """'Morning Briefing: the linefield reads as a fingerprint': several summits with
    saddles between them, and a blue river down a valley."""
    for seed in range(4):
        direction = _in("jingle", NAVY, title="Morning Briefing", seed=seed, layout="top-left")
        rgb = np.asarray(_forced(direction, "linefield").image, np.int32)
        blue = (rgb[..., 2] > rgb[..., 0] + 40) & (rgb[..., 2] > rgb[..., 1] + 15)
        assert blue.sum() > 40, (seed, blue.sum())  # the river on the warm paper
        rng = np.random.default_rng(seed)
        land = topo_range.hills(direction, rng, calm_zone.away_from("top"), calm_zone.ZONES["top"])
        peaks = (ndimage.maximum_filter(land.h, size=24) == land.h) & (land.h > 0.3)
        assert peaks.sum() >= 2, seed


def test_no_summit_stands_beside_the_title() -> None:
    """'Two small contour rings above it read as a face with eyes': the land climbs
    away from the title's plain, so no top stands within reach of its zone."""
    for zone in ("top", "bottom", "right"):
        tx0, ty0, tx1, ty1 = calm_zone.ZONES[zone]
        for seed in range(8):
            direction = _in("ambient", NIGHT, title="Hours", seed=seed)
            land = topo_range.hills(
                direction,
                np.random.default_rng(seed),
                calm_zone.away_from(zone),
                (tx0, ty0, tx1, ty1),
            )
            peaks = (ndimage.maximum_filter(land.h, size=24) == land.h) & (land.h > 0.3)
            peaks[:3], peaks[-3:], peaks[:, :3], peaks[:, -3:] = 0, 0, 0, 0  # open at the edge
            for y, x in zip(*(np.nonzero(peaks)[::1]), strict=True):
                x, y = (x + 0.5) / land.h.shape[0], (y + 0.5) / land.h.shape[0]
                gap = np.hypot(max(tx0 - x, x - tx1, 0.0), max(ty0 - y, y - ty1, 0.0))
                assert gap > 0.12, (zone, seed, x, y)


def test_a_dark_ground_line_map_fills_the_art_not_a_corner() -> None:
    """Lo-fi Rain, Velvet, Blue Note for Ellis: 'only a small fragment in a corner'."""
    for genre, layout in (("lofi", "bottom-left"), ("jazz", "centre"), ("rnb", "bottom-left")):
        for seed in range(4):
            direction = _in(genre, NIGHT, title="Velvet", seed=seed, layout=layout)
            zone = topographic.plan(direction).zone
            art = _forced(direction, "linefield", 160)
            grey = np.asarray(art.image.convert("L"), np.float32)
            x0, y0, x1, y1 = (round(v * 10) for v in calm_zone.away_from(zone))
            cells = grey.reshape(10, 16, 10, 16).max(axis=(1, 3)) > 110
            share = cells[y0:y1, x0:x1].mean()
            assert share >= 0.5, (genre, seed, zone, share)
