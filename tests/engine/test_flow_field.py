"""Flow field: several compositions across songs, a curtain hemmed by the energy
curve, and colours that keep to the genre."""

from __future__ import annotations

import dataclasses
from collections import Counter

import numpy as np

from sleeve.engine.direction import Palette
from sleeve.engine.languages import language_for
from sleeve.engine.styles.cover_parts import flow_forms
from tests.engine.test_styles import CALM, LOUD, render


def test_songs_get_several_compositions_none_dominating() -> None:
    forms = Counter()
    for seed in range(60):
        for base in (CALM, LOUD):
            direction = dataclasses.replace(base, seed=seed)
            forms[flow_forms.pick(direction, np.random.default_rng(seed)).name] += 1
    assert len(forms) >= 5
    assert max(forms.values()) < 0.35 * sum(forms.values())


def test_the_curtain_hangs_as_low_as_the_song_is_loud() -> None:
    rising = dataclasses.replace(CALM, energy_curve=tuple(np.linspace(0.05, 1.0, 64)))
    for seed in range(6):  # whichever edge it hangs from
        form = flow_forms.curtain(rising, np.random.default_rng(seed))
        along = form.seeds[:, int(np.argmax(form.seeds.std(axis=0)))]  # time, along the edge
        early = form.lengths[along < np.quantile(along, 0.2)]
        late = form.lengths[along > np.quantile(along, 0.8)]
        assert late.mean() > 1.5 * early.mean()


def test_death_metal_is_dark_bone_and_blood_not_pink() -> None:
    death = dataclasses.replace(
        LOUD,
        genre="metal",
        language=language_for("death_metal"),
        palette=Palette(
            (2, 1, 1), ((175, 156, 130), (55, 0, 7), (71, 13, 11)), (117, 0, 32), (230, 220, 200)
        ),
        valence=0.1,
    )
    for seed in (1, 2, 3, 4):
        pixels = np.asarray(render("flow_field", dataclasses.replace(death, seed=seed), 128), float)
        r, g, b = pixels[..., 0], pixels[..., 1], pixels[..., 2]
        pink = (r > 140) & (r - g > 40) & (b > 70)  # blood red lifted to a pastel
        assert pixels.mean() < 110 and pink.mean() < 0.004
