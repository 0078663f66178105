"""Flow field's night and its new pictures: a title naming the night, the small hours
or the winter gets a dark ground and a pale moon ("Salt Flats at 4 A.M." drew a white
field under a red sun); the feather and the plume stand alone in a wide field; the
whirlpool carries a boat at its rim."""

from __future__ import annotations

import dataclasses

import numpy as np
from PIL import Image
from scipy import ndimage

from sleeve.engine.styles import flow_field
from sleeve.engine.styles.cover_parts import flow_night, flow_scenes
from tests.engine.test_flow_field import _drawing
from tests.engine.test_styles import CALM

SKIES = ("range", "swell", "moonlit")


def test_night_titles_draw_a_dark_ground_under_a_pale_moon() -> None:
    for title, names in (
        ("Salt Flats at 4 A.M.", SKIES), ("Midnight Tide", SKIES), ("Quiet Winter", ("snow",)),
        ("rainy window, 3am", ("rain",)),
    ):  # fmt: skip
        assert flow_night.is_night(title), title
        for name in names:
            d = _drawing(name, dataclasses.replace(CALM, title=title))
            rgb = np.asarray(flow_field.render(d, 128).image, float)
            lit = rgb.mean(axis=2)
            assert np.median(lit) < 60, (title, name)  # a dark ground
            sunlike = (rgb[..., 0] > 150) & (rgb[..., 0] - rgb[..., 2] > 80)  # no red or orange sun
            assert sunlike.mean() < 0.002, (title, name)
    for title in ("Golden Hour", "Slow Tide", "Backdrop", "Icicle"):
        assert not flow_night.is_night(title), title


def test_the_feather_and_the_plume_are_one_figure_in_a_wide_field() -> None:
    """Each a figure inside its focal box, the field round it bare (empty space as
    material), moved by the seed."""
    for name in ("feather", "plume"):
        places = []
        for seed in range(3):
            art = flow_field.render(_drawing(name, CALM, seed), 128)
            grey = np.asarray(art.image.convert("L"), float)
            ink = np.abs(grey - np.median(grey)) > 40
            x0, y0, x1, y1 = (int(v * 128) for v in art.focal)
            inside = ink[y0:y1, x0:x1].sum()
            # the plume's last curls may drift past the box
            assert inside > 0.8 * ink.sum(), (name, seed)
            assert ink.mean() < 0.25, (name, seed)  # the field mostly bare
            places.append(np.argwhere(ink).mean(axis=0))
        assert np.ptp(np.asarray(places)[:, 1]) > 8, (name, places)


def test_the_whirlpool_has_a_boat_at_its_rim() -> None:
    """Two solid patches of the accent: the throat's ring and the boat caught at the
    rim, away from it (the whirlpool "meant nothing" alone)."""
    inks = [(20, 20, 30), (70, 70, 80), (200, 40, 30)]
    for seed in range(4):
        img = Image.new("RGB", (256, 256), (240, 238, 230))
        d = dataclasses.replace(CALM, seed=seed)
        rng = np.random.default_rng(seed)
        flow_scenes.whirlpool(img, d, rng, inks, (0.0, 0.0, 1.0, 0.25))
        rgb = np.asarray(img, int)
        red = (rgb[..., 0] > 150) & (rgb[..., 1] < 90)
        blobs, count = ndimage.label(red)
        sizes = np.bincount(blobs.ravel())[1:]
        assert (sizes > 30).sum() >= 2, (seed, sorted(sizes))
