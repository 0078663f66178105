"""Grain gradient draws what the title names (a city's skyline, rain in the light, the
moon or the sun on the water), keeps the club's beams and the lit doorway to the
genres they belong to, and never paints a murky green night."""

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


CITY = ("city-skyline", "neon-street")


def test_a_title_that_names_a_city_or_the_night_gets_a_skyline_or_the_moon() -> None:
    """Reviewers: 東京の夜 and 月光下的城市 got a lit doorway, Ночной город a glowing
    orb. A city's title gets the city (its lit skyline or a neon over its wet street)
    in any genre, mostly the skyline; a night (a dark cover) the moon over the water,
    an eclipse or a neon; a sunny title the sun on the horizon or rising (now and then
    the town by day, so an account is not given one sun at every turn)."""
    cities = []
    for seed in range(8):
        for title, subgenre in (("東京の夜", "city_pop"), ("月光下的城市", "pop")):
            cities.append(grain_gradient.layout_of(_song(title, subgenre, seed, night=True)))
        night_city = _song("Ночной город", "post_punk", seed, night=True)  # all name the night
        cities.append(grain_gradient.layout_of(night_city))
        tide = _song("Midnight Tide", "synthwave", seed, valence=0.2, night=True)
        night = grain_gradient.layout_of(tide)
        assert night in ("horizon-disc", "eclipse-ring", "neon-street"), night
        sunny = grain_gradient.layout_of(_song("Sunny Days", "pop", seed, valence=0.9))
        assert sunny in ("horizon-disc", "arch-cut", "city-skyline"), (seed, sunny)
    assert sum(kind in CITY for kind in cities) >= 0.75 * len(cities), cities
    assert "city-skyline" in cities, cities


def test_the_beams_stay_with_the_music_they_suit() -> None:
    """Reviewers: The Little Yellow Duck got a cyan light beam. The prism's beams are
    club music's (and an abstract field's), never a children's, pop, latin, folk,
    jazz or ambient song's."""
    no_beams = ("children", "jpop", "bossa", "mediterranean", "folk", "jazz", "ambient")
    for subgenre in no_beams:
        kinds = {grain_gradient.layout_of(_song("Riot Tape", subgenre, s)) for s in range(30)}
        assert "prism-beams" not in kinds, (subgenre, kinds)
    club = {grain_gradient.layout_of(_song("Riot Tape", "techno", s)) for s in range(30)}
    assert "prism-beams" in club, club


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
    """Lágrimas en la lluvia and Lo-fi Rain: the sky over the water, over the city
    and round the neon carry slanting streaks of rain that a dry title's do not."""
    for paint in (grain_lights.horizon, grain_lights.city, grain_lights.neon):
        for seed in range(3):
            wet, dry = (
                paint(Plane(192, "top", False, 0.5, (0.5,), named), np.random.default_rng(seed))
                for named in (frozenset({"rain"}), frozenset())
            )
            assert _streaks(wet.light) > 1.25 * _streaks(dry.light), (paint.__name__, seed)


def test_a_night_city_has_a_crescent_over_it() -> None:
    """A title that names the night puts a crescent moon, the brightest thing in the
    sky, high over the skyline."""
    for seed in range(4):
        plane = Plane(192, "bottom", seed % 2 == 1, 0.5, (0.5,), frozenset({"night", "city"}))
        night = grain_lights.city(plane, np.random.default_rng(seed)).light
        plane = Plane(192, "bottom", seed % 2 == 1, 0.5, (0.5,), frozenset({"city"}))
        plain = grain_lights.city(plane, np.random.default_rng(seed)).light
        moon = (night > 0.9) & (plain < 0.6)  # lit where the plain sky is not
        rows = np.flatnonzero(moon.any(1))
        assert moon.sum() >= 15 and rows.max() < 0.45 * 192, (seed, moon.sum())


def test_rain_falls_over_the_water_a_city_or_a_neon_never_in_a_lamp() -> None:
    """Four rain songs on one sheet all got a lamp's cone (two reviewers: "rain from
    nowhere"): a light field's rain falls over the water or the town; a dark one's
    over them or through a neon's glow."""
    pale, dark = set(), set()
    for seed in range(24):
        day = _song("Chuva de Verão", "bossa", seed, valence=0.9, palette=CALM.palette)
        assert grain_gradient.light_field(day)
        pale.add(grain_gradient.layout_of(day))
        night = _song("Lo-fi Rain", "lofi", seed, valence=0.2, palette=LOUD.palette)
        dark.add(grain_gradient.layout_of(night))
    assert {"horizon-disc", "city-skyline"} <= pale <= {"horizon-disc", "city-skyline", "arch-cut"}
    assert dark >= {"horizon-disc", "city-skyline", "neon-street"}, dark
    assert "stage-spot" not in dark, dark
