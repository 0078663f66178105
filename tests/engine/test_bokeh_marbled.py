"""What the bokeh and marbled-ink styles promise: day or night from the valence and the
palette, scenes and compositions that differ from track to track, dark marbling for
doom and metal."""

from __future__ import annotations

import dataclasses

import numpy as np

from sleeve.engine.direction import Palette
from sleeve.engine.languages import language_for
from sleeve.engine.styles import bokeh
from sleeve.engine.styles.registry import get_style

from .test_styles import CALM, LOUD

NIGHT_PALETTE = Palette(
    (20, 22, 30), ((60, 70, 90), (200, 120, 60)), (255, 160, 60), (240, 240, 240)
)


def lightness(name: str, direction, size: int = 128) -> float:  # type: ignore[no-untyped-def]
    """Mean grey level of the rendered cover, 0..255."""
    image = get_style(name).render(direction, size).image
    return float(np.asarray(image.convert("L"), np.float64).mean())


def test_a_happy_track_gets_a_light_bokeh_scene_even_on_a_dark_palette() -> None:
    for seed in (1, 2, 3, 4, 5):
        happy = dataclasses.replace(CALM, seed=seed, valence=0.85, palette=NIGHT_PALETTE)
        assert lightness("bokeh", happy) > 140, seed


def test_a_sad_track_on_a_dark_palette_gets_a_night() -> None:
    for seed in (1, 2, 3, 4, 5):
        sad = dataclasses.replace(LOUD, seed=seed, valence=0.2, palette=NIGHT_PALETTE)
        assert lightness("bokeh", sad) < 90, seed


def test_bokeh_scenes_follow_the_genre_and_vary_with_the_seed() -> None:
    dnb = dataclasses.replace(
        LOUD, genre="electronic", language=language_for("dnb"), palette=NIGHT_PALETTE
    )
    scenes = [
        bokeh.pick_scene(dataclasses.replace(dnb, seed=s), np.random.default_rng(s), False)
        for s in range(40)
    ]
    assert scenes.count("street") > len(scenes) / 2
    assert len(set(scenes)) >= 3
