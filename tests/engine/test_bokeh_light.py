"""Bokeh as light itself out of focus: every picture reads at 64 px with a calm title
band, no sharp dark prop stands before the lights, a sunny or daytime title gets
daylight and never a night, the discs are aperture-shaped with a bright rim and a
chromatic edge, and the music places them."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.languages import language_for
from sleeve.engine.styles import bokeh
from sleeve.engine.styles.cover_parts import bokeh_colour
from sleeve.engine.styles.cover_parts import bokeh_field as bf
from sleeve.engine.styles.cover_parts.bokeh_lens import Music

from .test_styles import CALM, LOUD


def _find(scene: str):  # type: ignore[no-untyped-def]
    titles = {"daylight": "Sunny Day", "festoon": "Back Porch", "fireworks": "Fireworks"}
    for s in range(600):
        for base in (CALM, LOUD):
            for layout in ("top-left", "bottom-left"):
                d = dataclasses.replace(base, seed=s, layout=layout)
                if scene in titles:
                    d = dataclasses.replace(d, title=titles[scene])
                if bokeh.layout_of(d) == scene:
                    return d
    raise AssertionError(scene)


@pytest.mark.parametrize("scene", bokeh.SCENES)
def test_every_picture_reads_at_64_px_and_keeps_the_title_band_calm(scene: str) -> None:
    d = _find(scene)
    art = bokeh.render(d, 64)
    assert art.layout == scene
    grey = np.asarray(art.image.convert("L"), np.float64)
    assert grey.max() - grey.min() > 60, scene  # a light that reads on a phone
    top = d.layout == "top-left"
    calm = grey[:18] if top else grey[-18:]
    busy = grey[26:] if top else grey[:-26]
    assert calm.std() < busy.std() + 4, scene  # the title's band calmer than the art
    x0, y0, x1, y1 = art.focal
    assert 0 <= x0 < x1 <= 1 and 0 <= y0 < y1 <= 1
    assert (y0 > 0.25) if top else (y1 < 0.75), scene  # the focal light is off the band


@pytest.mark.parametrize("scene", bokeh.NIGHT_SCENES)
def test_no_sharp_dark_prop_stands_before_the_lights(scene: str) -> None:
    """The old pictures put a car, a figure or a microphone in black before the lights;
    now the light (or the glass) is the subject: the picture's half has no big
    near-black shape in it."""
    d = _find(scene)
    grey = np.asarray(bokeh.render(d, 128).image.convert("L"), np.float64)
    half = grey[64:] if d.layout == "top-left" else grey[:64]
    floor = np.percentile(grey, 50)
    assert (half < min(14.0, floor * 0.5)).mean() < 0.06, scene


def test_the_retired_props_are_never_drawn() -> None:
    assert {"street", "stage", "mirrorball"} <= set(bokeh.RETIRED)
    seen = set()
    for s in range(120):
        genre = ("lofi", "rnb", "jazz", "electronic", "rock", "pop")[s % 6]
        sub = ("lofi", "dnb", "funk", "drill", "synthwave", "disco")[s % 6]
        d = dataclasses.replace(
            LOUD if s % 2 else CALM, seed=s, genre=genre, language=language_for(sub)
        )
        seen.add(bokeh.layout_of(d))
    assert not seen & set(bokeh.RETIRED)
    assert len(seen) >= 4, seen


@pytest.mark.parametrize("title", ("Солнечный день", "Sunny Day", "Morning Coffee", "夏の朝"))
@pytest.mark.parametrize("sub", ("dnb", "lofi", "rnb"))
def test_a_sunny_or_daytime_title_gets_daylight_never_a_night(title: str, sub: str) -> None:
    for s in range(4):
        d = dataclasses.replace(
            LOUD, seed=s, title=title, genre="electronic", language=language_for(sub)
        )
        assert bokeh.layout_of(d) == "daylight", (title, sub, s)
    grey = np.asarray(bokeh.render(d, 64).image.convert("L"), np.float64)
    assert grey.mean() > 110, title  # a light picture, not a dark night


def test_a_title_naming_the_night_is_never_daylight() -> None:
    for s in range(10):
        d = dataclasses.replace(CALM, seed=s, title="Summer Night", valence=0.9)
        assert bokeh.layout_of(d) != "daylight"


def _lens() -> bf.Lens:
    return bf.Lens(blades=6, turn=0.0, curve=0.0, cat=0.0, fringe=0.08, rim=0.6)


def test_a_disc_has_the_apertures_blades_a_bright_rim_and_a_chromatic_edge() -> None:
    rows = np.array([[0.5, 0.5, 0.3, 0, 1.0]])
    white = np.ones((1, 3), np.float32)
    light = bf.discs(rows, white, _lens())
    c = bf.RES // 2
    r = 0.3 * bf.RES
    lum = light.mean(axis=2)
    # a hexagon: lit further along a vertex (0 deg, turn 0 puts an edge normal there,
    # so 30 deg is a vertex) than along an edge normal
    along_normal = (lum[c, c:] > 0.2).sum()
    vertex = [
        lum[int(c + t * np.sin(np.pi / 6)), int(c + t * np.cos(np.pi / 6))]
        for t in range(int(r * 1.2))
    ]
    assert (np.asarray(vertex) > 0.2).sum() > along_normal + 2
    # a rim brighter than the body
    assert lum[c, c + int(r * 0.85)] > lum[c, c + int(r * 0.3)] * 1.2
    # red reaches further than blue at the edge: a coloured fringe
    red = (light[c, c:, 0] > 0.1).sum()
    blue = (light[c, c:, 2] > 0.1).sum()
    assert red > blue


def test_the_city_puts_its_biggest_disc_where_the_strongest_onset_falls() -> None:
    c = bokeh.colours(CALM)
    lens = _lens()
    curve = np.full(64, 0.5)
    xs = []
    for at in (20, 100):
        onsets = np.full(128, 0.1)
        onsets[at] = 1.0
        music = Music(0.4, 0.5, 100.0, onsets)
        frame = bf.city(np.random.default_rng(3), c, "top", music, curve, lens)
        x0, _, x1, _ = frame.focal
        xs.append((x0 + x1) / 2)
    assert xs[0] < 0.4 < 0.6 < xs[1], xs  # early in the song: left; late: right


def test_a_faster_song_hangs_more_lamps_along_the_row() -> None:
    c = bokeh.colours(CALM)

    def lit(tempo: float) -> int:
        music = Music(0.5, 0.5, tempo, np.full(128, 0.8))
        frame = bf.lamps(np.random.default_rng(1), c, "top", music, np.full(64, 0.5), _lens())
        return int((frame.light.max(axis=2) > 0.3).sum())

    assert lit(170) != lit(70)


@pytest.mark.parametrize("band", ("top", "bottom"))
def test_the_rain_on_the_glass_keeps_out_of_the_title_band(band: str) -> None:
    from PIL import Image

    from sleeve.engine.styles.cover_parts import bokeh_rain

    flat = Image.new("RGB", (256, 256), (40, 40, 60))
    wet = np.asarray(bokeh_rain.rain(flat, np.random.default_rng(5), 0.6, band), np.float64)
    changed = np.abs(wet - np.asarray(flat, np.float64)).max(axis=2) > 8
    title = changed[:80] if band == "top" else changed[-80:]
    assert not title.any()
    assert changed[100:-100].mean() > 0.02


def test_genre_colours_follow_the_art_direction_and_are_never_muddy() -> None:
    def hues(sub: str, genre: str) -> list[float]:
        d = dataclasses.replace(CALM, genre=genre, language=language_for(sub))
        lights = bokeh_colour.colours(d, False)["lights"][:2]
        return [rgb_to_oklch(tuple(int(v * 255) for v in c))[2] for c in lights]

    lofi = hues("lofi", "lofi")  # lamp amber and teal
    assert 40 < lofi[0] < 80 and 170 < lofi[1] < 220
    for night, low, dsky, dlow, lights in bokeh_colour.SCHEMES.values():
        for c in (night, low, dsky, dlow, *lights):
            lit, chroma, hue = rgb_to_oklch(c)
            assert not (80 <= hue <= 115 and lit < 0.75 and chroma > 0.04), c  # no olive


def test_the_same_direction_gives_the_same_bytes() -> None:
    for scene in ("rain", "city", "daylight"):
        d = _find(scene)
        assert bokeh.render(d, 96).image.tobytes() == bokeh.render(d, 96).image.tobytes()
