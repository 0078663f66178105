"""The reworked bokeh scenes as photographs with depth: fairy lights behind a sharp
near string, a Ferris wheel seen at an angle (its near bulbs bigger), one firework over
a dark city, a road running off to one side, a microphone in focus before the stage's
lights; each moved by the song's onsets and keeping the title's band calm."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from sleeve.engine.measures import dhash, hamming
from sleeve.engine.styles import bokeh
from sleeve.engine.styles.cover_parts import bokeh_lens, bokeh_photo

from .test_styles import CALM, LOUD

REWORKED = ("fireworks", "street", "stage", "rain")
WORDS = {
    "fireworks": "Fireworks",
    "street": "Highway",
    "stage": "Live",
    "rain": "Rain",
}


def _directions(scene: str, count: int, layout: str, base=CALM, **changes):  # type: ignore[no-untyped-def]
    """`count` directions (the title naming the scene) whose cover draws `scene`."""
    found = []
    for s in range(800):
        d = dataclasses.replace(
            base, seed=s, layout=layout, title=WORDS[scene], valence=0.3, **changes
        )
        if bokeh.layout_of(d) == scene:
            found.append(d)
            if len(found) == count:
                return found
    raise AssertionError(scene)


def _shot(d):  # type: ignore[no-untyped-def]
    rng = bokeh.raster.rng_for(d, "bokeh")
    dusk = bokeh.is_light(d)
    scene = bokeh.pick_scene(d, rng, dusk)
    return bokeh._shot(d, scene, rng, dusk)


def _lens_rows(d, monkeypatch) -> np.ndarray:  # type: ignore[no-untyped-def]
    """The light rows the scene sent through the lens."""
    seen: list[np.ndarray] = []
    real = bokeh_lens.glass

    def spy(rows, cols, *args):  # type: ignore[no-untyped-def]
        seen.append(np.asarray(rows))
        return real(rows, cols, *args)

    monkeypatch.setattr(bokeh_lens, "glass", spy)
    _shot(d)
    assert seen, "the scene drew no lights through the lens"
    return np.concatenate(seen)


@pytest.mark.parametrize("layout", ("top-left", "bottom-left"))
def test_one_firework_bursts_over_a_dark_city_line(layout: str) -> None:
    """A skyline black along the bottom, the burst's light above it (its streaks and
    discs), and the focal box on the burst, clear of the city."""
    for d in _directions("fireworks", 3, layout):
        shot = _shot(d)
        assert shot.front is not None
        res = bokeh_photo.RES
        assert shot.front[-res // 12 :].mean() > 0.9  # the city
        assert shot.front[: res // 2].max() < 0.05  # the sky over it open
        lum = shot.light.mean(axis=2)
        x0, y0, x1, y1 = shot.focal
        inside = lum[int(y0 * res) : int(y1 * res), int(x0 * res) : int(x1 * res)].mean()
        assert inside > 1.3 * lum.mean() and y1 <= 0.95


@pytest.mark.parametrize("scene", REWORKED)
def test_the_onsets_move_the_picture(scene: str) -> None:
    """Two songs alike but for their rhythm give different pictures: the onsets light
    the wheel's bulbs, the fairy strings' twinkle and the burst's reach."""
    d = _directions(scene, 1, "top-left", LOUD)[0]
    steady = dataclasses.replace(d, onsets=tuple([1.0, 0.1, 0.4, 0.1] * 64))
    broken = dataclasses.replace(d, onsets=tuple(np.random.default_rng(3).random(256) ** 3))
    a = np.asarray(bokeh.render(steady, 128).image, np.float64)
    b = np.asarray(bokeh.render(broken, 128).image, np.float64)
    assert np.abs(a - b).mean() > 3.0, scene


@pytest.mark.parametrize("scene", REWORKED)
def test_calm_and_loud_songs_arrange_the_scene_differently(scene: str) -> None:
    for calm in _directions(scene, 2, "top-left"):
        loud = dataclasses.replace(calm, energy=0.95, density=0.9, tempo_bpm=170.0)
        if bokeh.layout_of(loud) != scene:
            continue
        a, b = bokeh.render(calm, 128).image, bokeh.render(loud, 128).image
        assert hamming(dhash(a), dhash(b)) >= 6, scene
        return
    raise AssertionError(scene)


@pytest.mark.parametrize("scene", REWORKED)
@pytest.mark.parametrize("layout", ("top-left", "bottom-left"))
def test_the_reworked_scenes_keep_the_title_band_calm(scene: str, layout: str) -> None:
    for d in _directions(scene, 4, layout):
        grey = np.asarray(bokeh.render(d, 128).image.convert("L"), np.float64)
        band = grey[:36] if layout == "top-left" else grey[-36:]
        art = grey[46:-46]
        assert band.std() < art.std() + 4, (scene, layout, d.seed)
        assert np.percentile(band, 99) < np.percentile(art, 99.5), (scene, layout, d.seed)
