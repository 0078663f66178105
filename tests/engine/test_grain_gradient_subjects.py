"""Grain gradient draws what the title names (rain in the light, the moon or the sun
on the water, never a city's skyline), gives the hazy genres its light made picture
(a dome of light, a light trail) and never the retired head in a halo, and never
paints a murky green night."""

from __future__ import annotations

import dataclasses

import numpy as np

from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection, Palette
from sleeve.engine.languages import language_for
from sleeve.engine.styles import grain_gradient
from sleeve.engine.styles.cover_parts import grain_lights
from sleeve.engine.styles.cover_parts.grain_scenes import Plane
from tests.engine.test_styles import CALM, LOUD


def _song(title: str, subgenre: str, seed: int, **changes: object) -> ArtDirection:
    language = language_for(subgenre)
    base = dataclasses.replace((CALM, LOUD)[seed % 2], title=title, seed=seed)
    return dataclasses.replace(base, genre=language.family, language=language, **changes)


def test_a_title_that_names_the_night_or_the_sun_gets_the_moon_or_a_sun() -> None:
    """Reviewers: 東京の夜 and 月光下的城市 got a lit doorway, Ночной город a glowing
    orb. A night (a dark cover) mostly gets the moon over the water, an eclipse or an
    aurora,
    never a skyline (retired: skylines were on every style's sheet); a sunny title
    mostly the sun on the horizon."""
    nights, suns = [], []
    for seed in range(12):
        for title, subgenre in (("東京の夜", "city_pop"), ("月光下的城市", "pop")):
            nights.append(grain_gradient.layout_of(_song(title, subgenre, seed, night=True)))
        tide = _song("Midnight Tide", "synthwave", seed, valence=0.2, night=True)
        nights.append(grain_gradient.layout_of(tide))
        suns.append(grain_gradient.layout_of(_song("Sunny Days", "pop", seed, valence=0.9)))
    moon = ("horizon-disc", "eclipse-ring", "aurora-veil")
    assert not set(nights) & set(grain_gradient.RETIRED), nights
    assert sum(kind in moon for kind in nights) >= 0.75 * len(nights), nights
    assert sum(kind == "horizon-disc" for kind in suns) >= 0.5 * len(suns)


def test_the_hazy_genres_get_the_light_and_never_the_head() -> None:
    """Every reviewer of two sheets read the head in a halo as a stock head profile
    (on a shoegaze song and a jingle): no genre draws it, nor the retired seam and
    cut; ambient, dream pop, shoegaze, synthwave, vaporwave and a jingle each draw
    the dome of light or the light trail at some turn; a children's song neither."""
    light = {"light-dome", "light-trail"}
    for subgenre in ("ambient", "dream_pop", "shoegaze", "synthwave", "vaporwave", "jingle"):
        kinds = {grain_gradient.layout_of(_song("Riot Tape", subgenre, s)) for s in range(30)}
        assert not kinds & {"halo-profile", "hard-cut", "hard-seam"}, (subgenre, kinds)
        assert kinds & light, (subgenre, kinds)
    kids = {grain_gradient.layout_of(_song("Riot Tape", "children", s)) for s in range(30)}
    assert not kids & (light | {"halo-profile"}), kids


GREENS = Palette(
    (10, 40, 30), ((20, 90, 70), (40, 150, 110), (30, 110, 120)), (240, 200, 40), (230, 240, 230)
)


def test_a_night_is_never_murky_green() -> None:
    """Reviewers: 'murky green'. On a green and teal palette a dark cover's field is
    another colour (a deep blue), and no deep tone (below L 0.42) either ramp can
    take is a green or a teal (a glow may still be green: that is light, not murk)."""
    for seed in range(10):
        track = _song("Riot Tape", "rnb", seed, valence=0.2, palette=GREENS)
        assert not grain_gradient.light_field(track)
        _, _, _, first, second, _ = grain_gradient.plan(track)
        assert not 125.0 <= rgb_to_oklch(first.field)[2] <= 222.0, (seed, first.field)
        for ramp in (first, second):
            for rgb in ramp.lut(64):
                tone = tuple(int(round(c * 255)) for c in rgb)
                lit, chroma, hue = rgb_to_oklch(tone)  # type: ignore[arg-type]
                murky = lit < 0.42 and chroma > 0.03 and 125.0 <= hue <= 200.0
                assert not murky, (seed, tone)


def _streaks(light: np.ndarray) -> float:
    """How much thin vertical detail the upper part of a painting (y 0.05 to 0.35,
    over any roofs) has: the mean step across columns."""
    upper = np.asarray(light, np.float32)[10:68]
    return float(np.abs(np.diff(upper, axis=1)).mean())


def test_rain_falls_through_the_light_when_the_title_names_it() -> None:
    """Lágrimas en la lluvia and Lo-fi Rain: the sky over the water carries slanting
    streaks of rain that a dry title's does not."""
    for seed in range(3):
        wet, dry = (
            grain_lights.horizon(
                Plane(192, "top", False, 0.5, (0.5,), named), np.random.default_rng(seed)
            )
            for named in (frozenset({"rain"}), frozenset())
        )
        assert _streaks(wet.light) > 1.25 * _streaks(dry.light), seed


def test_a_city_title_gets_no_skyline() -> None:
    """Two strict reviewers: the skyline repeated across tracks and across styles. A
    city's title now gets the compositions its genre suits, none of them retired."""
    for seed in range(12):
        for title, subgenre in (("Neon Dreams of a City", "vaporwave"), ("Lo-fi Rain", "lofi")):
            kind = grain_gradient.layout_of(_song(title, subgenre, seed, valence=0.2))
            assert kind in grain_gradient.LAYOUTS and kind not in grain_gradient.RETIRED, kind
    for gone in ("city-skyline", "neon-street", "arch-cut"):
        assert gone in grain_gradient.RETIRED and gone not in grain_gradient.LAYOUTS
    for painter in ("city", "neon", "arch"):
        assert not hasattr(grain_lights, painter), painter
