"""Grain gradient after two reviews of the 74-track sheet: no stage-spot cone, no
floating window, no doorway, no light leak; every composition it keeps is one
substantial form in strong value contrast at 64 px; no muddy brown night."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from PIL import Image

from sleeve.engine import looks
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection, Palette, direct_from_music
from sleeve.engine.languages import language_for
from sleeve.engine.music import MusicInput
from sleeve.engine.styles import grain_gradient
from sleeve.engine.styles.cover_parts import grain_lights
from sleeve.engine.styles.registry import fitting
from tests.engine.bench_tracks import bench_directions
from tests.engine.test_styles import CALM, LOUD

GONE = ("stage-spot", "window-light", "lit-doorway", "light-leak")


def test_the_cone_the_window_the_doorway_and_the_leak_are_retired() -> None:
    """Reviewers: the stage-spot cone on three tracks (a rain song, a Bollywood
    heartbeat, a duck song: "empty spotlight, no duck"), the same parallelogram
    window three times, a generic doorway, an empty pink light leak. None is drawn
    for any bench track at any turn, and their painters are gone."""
    assert set(GONE) <= set(grain_gradient.RETIRED)
    assert not set(GONE) & set(grain_gradient.LAYOUTS)
    for painter in ("stage", "window", "doorway", "leak"):
        assert not hasattr(grain_lights, painter), painter
    for direction in bench_directions():
        for turn in range(3):
            kind = grain_gradient.layout_of(looks.turned(direction, turn))
            assert kind not in GONE, (direction.title, kind)
    for subject, kinds in grain_gradient.SUBJECTS:
        assert set(kinds) <= set(grain_gradient.LAYOUTS), subject


def test_the_style_claims_no_subject_so_no_title_pulls_it_in() -> None:
    """The registry leans a title that names a subject towards the styles that claim
    it: Static Bloom (a flower) was sent here and got a grey prism, and Chuva de Verão
    (summer rain, bossa) a grey seam. Its lights are no picture of what a title names:
    it claims none, and a bossa song about rain is never offered it."""
    assert not grain_gradient.STYLE.subjects
    rain = MusicInput(task_id="rain", title="Chuva de Verão", tags="bossa nova, mpb")
    assert "grain_gradient" not in fitting(direct_from_music(rain)[0])


PALETTES = {
    "pale": Palette(
        (236, 232, 226),
        ((120, 110, 100), (200, 190, 180), (90, 100, 120)),
        (180, 80, 60),
        (30, 30, 30),
    ),
    "pink": Palette(
        (245, 200, 210),
        ((240, 150, 170), (120, 170, 230), (250, 210, 120)),
        (230, 80, 120),
        (40, 20, 30),
    ),
    "vivid": Palette(
        (30, 30, 40), ((240, 200, 40), (60, 140, 220), (235, 90, 120)), (250, 120, 30), (20, 20, 20)
    ),
}


@pytest.mark.parametrize("name", sorted(PALETTES))
def test_every_composition_is_a_strong_form_at_64_px(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reviewers: "pink void + blue arch", "empty spotlight", "pink light leak,
    empty". Each composition the field can hold, seen at 64 px as 8 x 8 patches,
    spans a strong range of values: its bright form against a deep field (the
    brightest and darkest twentieths of the patches at least 45 grey levels apart)."""
    for kind in grain_gradient.LAYOUTS:
        monkeypatch.setattr(grain_gradient, "_pick", lambda d, r, k=kind: (r.random(), k)[1])
        for seed in range(8):
            base = dataclasses.replace((CALM, LOUD)[seed % 2], seed=seed)
            track = dataclasses.replace(
                base, palette=PALETTES[name], valence=0.5 + 0.4 * (seed % 3 == 0)
            )
            if grain_gradient.light_field(track) and kind not in grain_gradient.DAYLIT:
                continue
            art = grain_gradient.render(track, 64)
            grey = np.asarray(art.image.convert("L").resize((8, 8), Image.Resampling.BOX), float)
            spread = np.percentile(grey, 95) - np.percentile(grey, 5)
            assert spread >= 45, (name, kind, seed, round(spread))


SEPIA = Palette(
    (30, 27, 24),
    ((140, 123, 101), (184, 151, 90), (237, 234, 227)),
    (140, 123, 101),
    (237, 234, 227),
)


def _song(subgenre: str, seed: int, **changes: object) -> ArtDirection:
    language = language_for(subgenre)
    base = dataclasses.replace(LOUD, title="Concrete Lullaby", seed=seed, valence=0.2)
    return dataclasses.replace(base, genre=language.family, language=language, **changes)


def test_a_dull_warm_palette_gives_a_charcoal_night_not_mud() -> None:
    """Reviewers: "eclipse on muddy brown" (Concrete Lullaby, post-punk's sepia and
    gold). A deep field never is a dull warm dark (hue wine to amber, chroma between
    0.015 and 0.07, L 0.2 to 0.5): it turns charcoal under the glow."""
    for subgenre in ("post_punk", "grunge", "doom_metal", "rnb"):
        for seed in range(8):
            track = _song(subgenre, seed, palette=SEPIA)
            if grain_gradient.light_field(track):
                continue
            _, _, _, first, second, _ = grain_gradient.plan(track)
            for ramp in (first, second):
                lit, chroma, hue = rgb_to_oklch(ramp.field)
                warm = hue >= 350.0 or hue <= 80.0
                assert not (0.2 < lit < 0.5 and 0.015 < chroma < 0.07 and warm), (seed, ramp)
