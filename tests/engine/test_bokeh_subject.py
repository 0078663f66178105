"""Bokeh as a designed cover: a sharp dark subject before the lights (a figure at the
rain window or under the fireworks, a car's rear on the road) and a two-colour grade
with a few bright discs on near-black that reads at 64 px; the stock scenes retired."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from PIL import Image
from scipy import ndimage

from sleeve.engine import raster
from sleeve.engine.styles import bokeh
from sleeve.engine.styles.cover_parts import bokeh_colour, bokeh_figure, calm_zone

from .test_styles import CALM

TITLES = {"rain": "Rain", "street": "Highway", "fireworks": "Fireworks"}


def _covers(scene: str, layout: str, count: int = 2):  # type: ignore[no-untyped-def]
    found = []
    for s in range(400):
        d = dataclasses.replace(CALM, seed=s, layout=layout, title=TITLES[scene], valence=0.3)
        if bokeh.layout_of(d) == scene:
            found.append(d)
            if len(found) == count:
                return found
    raise AssertionError(scene)


def _subject_mask(d, size: int) -> np.ndarray | None:  # type: ignore[no-untyped-def]
    """Where the cover's sharp subject stands (drawn alone on white); None without one."""
    band = calm_zone.title_band(d, raster.rng_for(d, "bokeh-zone"))
    colours = bokeh_colour.colours(d, bokeh.is_light(d))
    thing = bokeh.subject_of(d, bokeh.layout_of(d), band, colours)
    if thing is None:
        return None
    dy = bokeh.title_room(d) * (1 if band == "top" else -1)
    white = Image.new("RGB", (size, size), (255, 255, 255))
    return np.asarray(bokeh_figure.draw(white, thing, dy).convert("L")) < 60


@pytest.mark.parametrize("scene", tuple(TITLES))
@pytest.mark.parametrize("layout", ("top-left", "bottom-left"))
def test_a_bold_dark_subject_stands_sharp_before_the_lights(scene: str, layout: str) -> None:
    """One solid near-black shape covers a good share of the frame (the figure, the
    car), inked flat on the cover, its edge against the lights: a lit rim or bright
    discs right outside it."""
    checked = 0
    for d in _covers(scene, layout, 4):
        shape = _subject_mask(d, 256)
        if shape is None:  # a firework alone over its city
            continue
        checked += 1
        img = np.asarray(bokeh.render(d, 256).image.convert("L"), np.float64)
        assert 0.03 < shape.mean() < 0.5, (scene, layout, d.seed)
        assert np.median(img[shape]) < 12, (scene, layout, d.seed)
        ring = ndimage.binary_dilation(shape, iterations=2) & ~shape
        assert np.percentile(img[ring], 90) > 60, (scene, layout, d.seed)
    assert checked >= 2 if scene != "fireworks" else checked >= 1


@pytest.mark.parametrize("scene", tuple(TITLES))
def test_a_few_bright_discs_on_near_black_read_at_64_px(scene: str) -> None:
    """Graded to two colours with the mid-tones crushed: at 64 px most of the cover is
    near-black, a little of it bright, and little is mid-grey wash."""
    for d in _covers(scene, "top-left"):
        lum = np.asarray(bokeh.render(d, 64).image.convert("L"), np.float64)
        assert (lum < 50).mean() > 0.55, (scene, d.seed)
        assert lum.max() > 190, (scene, d.seed)
        assert ((lum > 70) & (lum < 150)).mean() < 0.22, (scene, d.seed)


def test_the_stock_scenes_are_retired_and_their_words_call_the_kept_ones() -> None:
    assert {"fairy", "wheel", "candle", "neon"} <= set(bokeh.RETIRED)
    assert not set(bokeh.RETIRED) & set(bokeh.SCENES)
    assert len(bokeh.SCENES) >= 3
    motel = dataclasses.replace(CALM, title="Neon Motel", valence=0.3)
    scenes = [bokeh.layout_of(dataclasses.replace(motel, seed=s)) for s in range(20)]
    assert scenes.count("street") > 10


def test_a_big_title_tilts_the_camera_but_keeps_the_car_in_sight(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A title that needs the deepest calm band (a quarter of the side) slides the
    picture down; the car goes with it but never out of the frame (on the bench a
    country road lost its car): its ink and its two red tail lights stay in view."""
    monkeypatch.setattr(bokeh, "title_room", lambda d: 0.25)
    for d in _covers("street", "top-left", 3):
        shape = _subject_mask(d, 128)
        assert shape is not None and shape.mean() > 0.05, d.seed
        rgb = np.asarray(bokeh.render(d, 128).image, np.float64)
        red = (rgb[..., 0] > 180) & (rgb[..., 1] < 110)
        assert red.mean() > 0.004, d.seed


def test_a_heavy_record_gets_a_hooded_figure_a_pop_one_varies() -> None:
    """A bun or a bare head read as pop on a death metal cover: heavy genres put the
    figure's hood up; other music draws short hair, a bun or a hood by the seed."""
    colours = bokeh_colour.colours(CALM, False)
    metal = dataclasses.replace(CALM, genre="metal", title="Rain")
    hairs = {
        bokeh.subject_of(dataclasses.replace(metal, seed=s), "rain", "top", colours).hair
        for s in range(12)
    }
    assert hairs == {"hood"}
    pop = dataclasses.replace(CALM, genre="pop", title="Rain")
    hairs = {
        bokeh.subject_of(dataclasses.replace(pop, seed=s), "rain", "top", colours).hair
        for s in range(12)
    }
    assert len(hairs) == 3
