"""The topographic style's dark genres after two reviewers scored Charnel Psalm 3 and
4 ("grey cell blobs on black", "a generic tree-ring chain"): deep tints of a hue,
never grey; a massif or a section most of the time; islands on tinted water; the
land lit from the upper left."""

from __future__ import annotations

import collections
import dataclasses

import numpy as np

from sleeve.engine.direction import Palette
from sleeve.engine.languages import language_for
from sleeve.engine.raster import srgb_to_oklab, upscale
from sleeve.engine.styles import topographic
from tests.engine.test_styles import CALM, LOUD

ASH = Palette(
    (20, 20, 20), ((200, 202, 205), (87, 91, 96), (56, 54, 52)), (136, 142, 146), (20, 20, 20)
)
DARK_SUBS = ("black_metal", "doom_metal", "death_metal", "dark_ambient", "techno", "idm")


def _in(sub: str, seed: int, base=CALM, **changes):
    language = language_for(sub)
    fields = {"seed": seed, "language": language, "genre": language.family, "palette": ASH}
    fields.update(changes)
    return dataclasses.replace(base, title="Untitled", **fields)


def _lab(img) -> np.ndarray:
    side = img.size[0]
    return srgb_to_oklab(np.asarray(img, np.float32).reshape(-1, 3)).reshape(side, side, 3)


def test_a_dark_genre_prints_its_land_in_a_hue_not_grey() -> None:
    """On a grey palette the land is a hue (OKLCH C above 0.04), never silver on black."""
    for sub in DARK_SUBS:
        for seed in range(6):
            direction = _in(sub, seed, LOUD if seed % 2 else CALM)
            plan = topographic.Plan("peak", "top")
            img, _ = topographic.print_land(direction, plan, 128)
            lab = _lab(img)
            h = upscale(topographic.landform(direction, "peak", "top").height, 128)
            chroma = np.hypot(lab[..., 1], lab[..., 2])[h > 0.1]
            assert np.median(chroma) > 0.04, (sub, seed, float(np.median(chroma)))


def test_a_dark_genre_draws_one_massif_or_a_section_mostly() -> None:
    """A single landform or a section of strata, the chain of islands rarely."""
    drawn = collections.Counter()
    for sub in DARK_SUBS:
        for seed in range(30):
            direction = _in(sub, seed, LOUD if seed % 2 else CALM, layout="top-left")
            drawn[topographic.layout_of(direction)] += 1
    total = sum(drawn.values())
    assert (drawn["peak"] + drawn["section"]) / total > 0.55, drawn
    assert drawn["chain"] / total < 0.12, drawn


def test_a_dark_genres_islands_sit_on_tinted_water() -> None:
    """Round a dark genre's chain the field is water of a hue, not the black card."""
    for sub in ("death_metal", "black_metal", "techno"):
        direction = _in(sub, 3, LOUD)
        img, _ = topographic.print_land(direction, topographic.Plan("chain", "top"), 128)
        lab = _lab(img)
        h = upscale(topographic.landform(direction, "chain", "top").height, 128)
        sea = lab[h <= 0.0]
        assert np.median(sea[:, 0]) > 0.2, sub
        assert np.median(np.hypot(sea[:, 1], sea[:, 2])) > 0.03, sub


def test_a_dark_genres_massif_is_lit_from_the_upper_left() -> None:
    """At the same heights, the faces towards the upper left are lighter than the far
    ones: a lit figure, not flat rings."""
    for sub in ("doom_metal", "dark_ambient"):
        direction = _in(sub, 2, CALM)
        img, _ = topographic.print_land(direction, topographic.Plan("peak", "top"), 192)
        light = _lab(img)[..., 0]
        h = upscale(topographic.landform(direction, "peak", "top").height, 192)
        gy, gx = np.gradient(h)
        mid = (h > 0.25) & (h < 0.75)
        sunny, far = mid & (gx + gy < -0.004), mid & (gx + gy > 0.004)
        assert light[sunny].mean() > light[far].mean() + 0.06, sub


def test_metal_is_never_offered_the_contour_map() -> None:
    """A teal and peach map on Charnel Psalm (death metal) was wrong in palette and
    genre to two reviewers (2/10): no metal track is offered topographic, whatever its
    title names; dark ambient and IDM keep it."""
    from sleeve.engine.styles.registry import candidates

    for sub in ("black_metal", "doom_metal", "death_metal", "heavy_metal"):
        for title in ("Charnel Psalm", "Snow Mountain"):
            direction = dataclasses.replace(_in(sub, 0), title=title)
            assert "topographic" not in candidates(direction), (sub, title)
    for sub in ("dark_ambient", "idm"):
        assert "topographic" in candidates(_in(sub, 0)), sub
