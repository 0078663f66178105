"""Flow field: several compositions across songs (the S-ribbon no longer the usual
one), blocks whose strokes keep to their block, a split with a dense and a sparse
side, a curtain hemmed by the energy curve, strands that stand off a light field, and
colours that keep to the genre."""

from __future__ import annotations

import dataclasses
from collections import Counter

import numpy as np

from sleeve.engine.direction import Palette
from sleeve.engine.languages import language_for
from sleeve.engine.styles import flow_field
from sleeve.engine.styles.cover_parts import flow_forms, flow_more
from tests.engine.test_styles import CALM, LOUD, render


def test_songs_get_several_compositions_none_dominating() -> None:
    forms = Counter()
    for seed in range(60):
        for base in (CALM, LOUD):
            direction = dataclasses.replace(base, seed=seed)
            forms[flow_more.choose(direction, np.random.default_rng(seed))] += 1
    assert len(forms) >= 8
    assert max(forms.values()) < 0.2 * sum(forms.values())
    assert forms["ribbon"] < 0.1 * sum(forms.values())  # the S-ribbon was the template


def test_block_strokes_stop_at_their_own_block() -> None:
    for seed in range(4):
        form = flow_more.blocks(LOUD, np.random.default_rng(seed))
        path = flow_field._trace(form.angles, form.seeds, int(form.lengths.max()))
        lengths = flow_field._clipped(form, path)
        cell = np.clip((path * flow_forms.RES).astype(int), 0, flow_forms.RES - 1)
        owner = form.regions[cell[..., 1], cell[..., 0]]
        for i in range(0, len(form.seeds), 7):
            assert (owner[: lengths[i], i] == owner[0, i]).all()
        assert len(set(owner[0].tolist())) >= 4  # a patchwork, not two halves


def test_a_split_is_dense_on_its_small_side_and_sparse_on_the_rest() -> None:
    for seed in range(4):
        form = flow_more.split(CALM, np.random.default_rng(seed))
        cell = np.clip((form.seeds * flow_forms.RES).astype(int), 0, flow_forms.RES - 1)
        small = form.regions[cell[:, 1], cell[:, 0]] == 1
        area = form.regions.mean()
        assert area < 0.5
        assert small.mean() / area > 2 * (1 - small.mean()) / (1 - area)  # strands per area


def test_dark_strands_stand_off_a_light_vivid_field() -> None:
    yellow = Palette(
        (241, 214, 91), ((22, 22, 22), (251, 249, 242), (48, 48, 48)), (113, 43, 46), (22,) * 3
    )
    for seed in range(3):
        d = dataclasses.replace(CALM, palette=yellow, seed=seed)
        grey = np.asarray(render("flow_field", d, 128).convert("L"), float)
        assert np.percentile(grey, 1) < np.median(grey) - 100, flow_field.layout_of(d)


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


OLIVE = Palette(
    (235, 220, 90), ((120, 130, 40), (40, 150, 140), (200, 190, 70)), (90, 110, 30), (0, 0, 0)
)


def test_punk_is_heavy_bone_or_blood_strokes_on_black_not_pale_hairs() -> None:
    punk = dataclasses.replace(LOUD, genre="punk", language=language_for("punk"), palette=OLIVE)
    for seed in (1, 2, 3):
        image = render("flow_field", dataclasses.replace(punk, seed=seed), 128)
        rgb = np.asarray(image, float)
        assert np.median(rgb.max(axis=2)) < 60  # a black field, not pale paper
        assert (rgb.max(axis=2) > 170).mean() > 0.01  # strokes that shout on it


def test_funk_is_gold_hot_pink_and_ice_not_olive_and_teal() -> None:
    funk = dataclasses.replace(LOUD, genre="rnb", language=language_for("funk"), palette=OLIVE)
    pinks = []
    for seed in (1, 2, 3, 4):
        image = render("flow_field", dataclasses.replace(funk, seed=seed), 128)
        rgb = np.asarray(image, float)
        r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
        pinks.append(((r > 170) & (r - g > 70) & (b > 80)).mean())
        olive = (g > 90) & (b < 0.6 * g) & (np.abs(r - g) < 30)
        assert olive.mean() < 0.01
        assert np.median(np.asarray(image.convert("L"))) < 80  # a night, not a yellow field
    assert max(pinks) > 0.003
