"""Bokeh as photographs: every scene renders at thumbnail and print sizes with a light
that reads at 64 px, keeps the title's band calm, reports its subject as focal, and
takes its colours from the genre (never mud)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.languages import language_for
from sleeve.engine.styles import bokeh
from sleeve.engine.styles.cover_parts import bokeh_colour, bokeh_photo

from .test_styles import CALM, LOUD


def _find(scene: str):  # type: ignore[no-untyped-def]
    for s in range(600):
        for base in (CALM, LOUD):
            for layout in ("top-left", "bottom-left"):
                d = dataclasses.replace(base, seed=s, layout=layout)
                if bokeh.layout_of(d) == scene:
                    return d
    raise AssertionError(scene)


@pytest.mark.parametrize("scene", bokeh.SCENES)
def test_every_scene_reads_at_64_px_and_keeps_the_title_band_calm(scene: str) -> None:
    d = _find(scene)
    art = bokeh.render(d, 64)
    assert art.layout == scene
    grey = np.asarray(art.image.convert("L"), np.float64)
    assert grey.max() - grey.min() > 60, scene  # a light that reads on a phone
    band = "top" if d.layout == "top-left" else "bottom"
    calm = grey[:20] if band == "top" else grey[-20:]
    busy = grey[24:-24]
    assert calm.std() < busy.std() + 8, scene  # the title's band no busier than the art
    x0, y0, x1, y1 = art.focal
    assert 0 <= x0 < x1 <= 1 and 0 <= y0 < y1 <= 1


def test_the_same_direction_gives_the_same_bytes_at_every_scene() -> None:
    for scene in ("rain", "stage", "fireworks"):
        d = _find(scene)
        assert bokeh.render(d, 96).image.tobytes() == bokeh.render(d, 96).image.tobytes()


def test_genre_colours_follow_the_art_direction() -> None:
    def hues(sub: str, genre: str) -> list[float]:
        d = dataclasses.replace(CALM, genre=genre, language=language_for(sub))
        lights = bokeh_colour.colours(d, False)["lights"][:2]
        return [rgb_to_oklch(tuple(int(v * 255) for v in c))[2] for c in lights]

    lofi = hues("lofi", "lofi")  # lamp amber and teal
    assert 40 < lofi[0] < 80 and 170 < lofi[1] < 220
    kpop = hues("kpop", "pop")  # pink and violet
    assert kpop[0] > 330 or kpop[0] < 10 and 280 < kpop[1] < 320 or 270 < kpop[1] < 320


def test_no_scheme_is_muddy() -> None:
    for night, low, dsky, dlow, lights in bokeh_colour.SCHEMES.values():
        for c in (night, low, dsky, dlow, *lights):
            lit, chroma, hue = rgb_to_oklch(c)
            assert not (80 <= hue <= 115 and lit < 0.75 and chroma > 0.04), c  # no olive


def test_discs_are_cats_eyes_at_the_corners() -> None:
    cols = np.ones((1, 3), np.float32)
    rows = np.array([[0.5, 0.5, 0.08, 0, 1.0], [0.1, 0.1, 0.08, 0, 1.0]])
    light = bokeh_photo.discs(rows, cols, cat=0.6)[..., 0]
    res = bokeh_photo.RES
    centre = (light[res // 4 :, res // 4 :] > 0.3).sum()
    corner = (light[: res // 4, : res // 4] > 0.3).sum()
    assert corner < 0.9 * centre  # clipped to an almond toward the edge


WORDS = {
    "rain": "Rain",
    "street": "Highway",
    "stage": "Live",
    "fireworks": "Fireworks",
    "mirrorball": "Disco",
}


@pytest.mark.parametrize("scene", bokeh.SCENES)
def test_the_music_moves_every_scene_not_only_its_colour(scene: str) -> None:
    from sleeve.engine.measures import dhash, hamming

    for s in range(600):
        base = dataclasses.replace(CALM, seed=s, title=WORDS[scene], valence=0.3)
        calm = dataclasses.replace(base, energy=0.1, density=0.1)
        loud = dataclasses.replace(base, energy=0.95, density=0.9)
        if bokeh.layout_of(calm) == scene == bokeh.layout_of(loud):
            break
    else:
        raise AssertionError(scene)
    a, b = bokeh.render(calm, 128).image, bokeh.render(loud, 128).image
    assert hamming(dhash(a), dhash(b)) >= 4, scene


@pytest.mark.parametrize("scene", ("rain", "street"))
def test_the_outdoor_scenes_do_not_all_stand_on_a_silhouette_strip(scene: str) -> None:
    """Art directors saw fairy lights, fireworks and a Ferris wheel as one picture: a
    dusk of lights over a dark skyline strip along the bottom. Only the fireworks keep
    a city line now (one burst over it, its own picture); the others leave the bottom
    of the frame uncovered by a silhouette."""
    import numpy as np_

    for s in range(0, 600, 7):
        for layout in ("top-left", "bottom-left"):
            d = dataclasses.replace(CALM, seed=s, layout=layout, title=WORDS[scene])
            if bokeh.layout_of(d) != scene:
                continue
            rng = bokeh.raster.rng_for(d, "bokeh")
            dusk = bokeh.is_light(d)
            assert bokeh.pick_scene(d, rng, dusk) == scene
            shot = bokeh._shot(d, scene, rng, dusk)
            if shot.front is not None:
                strip = shot.front[-bokeh_photo.RES // 10 :]
                assert float(np_.mean(strip)) < 0.3, (scene, s, layout)


def test_the_fair_and_road_scenes_are_fresh_looks_to_the_layout_memory() -> None:
    """With the scenes redrawn to different skeletons, an account that had the fairy
    lights is still offered the wheel or fireworks as a fresh look (and the road after
    the stage)."""
    from sleeve.engine.looks import layout_key, staleness

    for had, then in (("rain", "fireworks"), ("fireworks", "street"), ("stage", "street")):
        seen = [layout_key("bokeh", had, "top-left")]
        assert not staleness(layout_key("bokeh", then, "bottom-left"), seen), (had, then)


def test_some_mirrorballs_under_a_title_below_are_seen_from_beneath() -> None:
    """Not every club is the same ball in mid-frame: under a title at the bottom, some
    mirrorballs hang huge at the top, cut by the frame's edge (their focal box at the
    top), and others float lower."""
    tops = []
    for s in range(0, 400):
        d = dataclasses.replace(LOUD, seed=s, layout="bottom-left", title="Disco")
        if bokeh.layout_of(d) == "mirrorball":
            tops.append(bokeh.render(d, 48).focal[1])
        if len(tops) >= 12:
            break
    assert any(t == 0.0 for t in tops), tops
    assert any(t > 0.05 for t in tops), tops
