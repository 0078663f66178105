"""What the retro sun promises a synthwave musician: two synthwave songs do not get
the same sunset, the plan's horizon, sun, floor and skyline all move, the tempo sets
the stripes, and vaporwave leans to its pastel sky."""

from __future__ import annotations

import dataclasses

import numpy as np

from sleeve.engine.direction import ArtDirection, Palette
from sleeve.engine.languages import language_for
from sleeve.engine.measures import dhash, hamming
from sleeve.engine.styles import retro_sun
from tests.engine.test_styles import LOUD, edges

NEON = Palette(
    (26, 9, 51), ((255, 42, 109), (5, 217, 232), (255, 176, 0)), (255, 176, 0), (250, 250, 250)
)


def _synthwave(sub: str = "synthwave", **changes) -> ArtDirection:
    language = language_for(sub)
    base = dataclasses.replace(
        LOUD, language=language, genre=language.family, palette=NEON, layout="top-left"
    )
    return dataclasses.replace(base, **changes)


def test_two_synthwave_songs_get_clearly_different_sunsets() -> None:
    tide = _synthwave(title="Midnight Tide", seed=101, energy=0.45)
    drive = _synthwave(title="Overdrive 1986", seed=202, energy=0.7)
    a, b = retro_sun.plan(tide), retro_sun.plan(drive)
    moved = [
        a.floor != b.floor,
        a.skyline != b.skyline,
        a.sun != b.sun,
        abs(a.horizon - b.horizon) > 0.06,
        abs(a.r - b.r) > 0.06,
        abs(a.cx - b.cx) > 0.1,
    ]
    assert sum(moved) >= 3
    pictures = [dhash(edges(retro_sun.render(d, 160).image)) for d in (tide, drive)]
    assert hamming(*pictures) >= 10


def test_the_plan_moves_every_part_of_the_composition_across_songs() -> None:
    plans = [retro_sun.plan(_synthwave(seed=s, energy=0.3 + 0.02 * s)) for s in range(30)]
    assert len({p.floor for p in plans}) >= 4
    assert len({p.skyline for p in plans}) >= 4
    assert len({p.sun for p in plans}) == 3
    assert np.ptp([p.horizon for p in plans]) > 0.2
    assert np.ptp([p.r for p in plans]) > 0.15
    assert np.ptp([p.cx for p in plans]) > 0.4
    assert np.ptp([p.vx - p.cx for p in plans]) > 0.2  # the vanishing point leaves the sun


def test_a_faster_song_cuts_more_stripes_into_its_sun() -> None:
    slow = retro_sun.plan(_synthwave(tempo_bpm=70.0))
    fast = retro_sun.plan(_synthwave(tempo_bpm=150.0))
    assert fast.stripes > slow.stripes + 3


def test_vaporwave_leans_to_a_pastel_sky_and_synthwave_to_neon_nights() -> None:
    def moods(sub: str) -> list[str]:
        return [retro_sun.plan(_synthwave(sub, seed=s, valence=0.3)).mood for s in range(40)]

    vapor, synth = moods("vaporwave"), moods("synthwave")
    assert vapor.count("pastel") > 20 and synth.count("pastel") < 12
    pastel = next(
        s
        for s in range(40)
        if retro_sun.plan(_synthwave("vaporwave", seed=s, valence=0.3)).mood == "pastel"
    )
    sky = retro_sun.render(_synthwave("vaporwave", seed=pastel, valence=0.3), 128).image
    assert np.asarray(sky.convert("L").crop((0, 0, 128, 20)), np.float32).mean() > 150


def test_the_title_band_at_the_top_stays_sky() -> None:
    for seed in range(12):
        p = retro_sun.plan(_synthwave(seed=seed))
        assert p.band == "top" and p.cy - p.r >= 0.3 - 0.25 * p.r - 1e-9
