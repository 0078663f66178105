"""Grain gradient after two reviewers (2 and 2 of 10) read the seam between two
gradients as a render bug and the hard cut as an empty gradient with a slab of light:
both are retired; the dome of light and the light trail that replaced the head in a
halo (a stock head profile to every reviewer), and the dunes and the aurora that
replaced the stock spheres and lens flare, keep out of the title's band."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from sleeve.engine import looks
from sleeve.engine.styles import grain_gradient
from sleeve.engine.styles.cover_parts import (
    grain_aurora,
    grain_dunes,
    grain_lights,
    grain_rings,
    grain_silhouettes,
    grain_sweeps,
    grain_trails,
)
from sleeve.engine.styles.cover_parts.grain_scenes import BAND, Plane
from tests.engine.bench_tracks import bench_directions
from tests.engine.test_styles import LOUD

CURVE = tuple(float(x) for x in np.linspace(0.1, 0.95, 32))


def test_the_seam_and_the_hard_cut_are_never_drawn() -> None:
    """Pink Haze Over Everything (shoegaze) and Morning Briefing (a jingle) drew them;
    no turn of any bench track does now."""
    kinds = {
        grain_gradient.layout_of(looks.turned(direction, k))
        for direction in bench_directions()
        for k in range(3)
    }
    assert {"hard-seam", "hard-cut", "halo-profile"} <= set(grain_gradient.RETIRED)
    assert not kinds & {"hard-seam", "hard-cut", "halo-profile"}, kinds
    assert {"light-dome", "light-trail", "dune-crest", "aurora-veil"} <= kinds, kinds


@pytest.mark.parametrize(
    "paint",
    [
        grain_sweeps.dome,
        grain_trails.trail,
        grain_dunes.dunes,
        grain_aurora.aurora,
        grain_rings.ring,
    ],
)
def test_the_form_keeps_out_of_the_title_band(paint: object) -> None:
    """Inside the title's band the light is a quiet field: the form's bright light lies
    beyond it."""
    for seed in range(6):
        for side in ("top", "bottom"):
            plane = Plane(128, side, bool(seed % 2), 0.5, CURVE)
            light = np.asarray(paint(plane, np.random.default_rng(seed)).light)  # type: ignore[operator]
            v = np.broadcast_to(plane.v, light.shape)
            band, rest = light[v < BAND - 0.08], light[v > BAND + 0.1]
            assert np.percentile(band, 95) < np.percentile(rest, 98), (seed, side)
            assert band.mean() < rest.mean() + 0.02, (seed, side)


def test_rain_falls_over_the_water_when_the_title_names_it() -> None:
    """Lo-fi Rain, rainy window, 3am: a rain title's horizon has slanting streaks of
    rain in its sky (streakier than a dry title's), and a rain title draws the rain
    over the water at most turns, never the retired head in a halo."""
    for seed in range(3):
        wet, dry = (
            grain_lights.horizon(Plane(192, "top", False, 0.5, CURVE, named), rng)
            for named, rng in (
                (frozenset({"rain"}), np.random.default_rng(seed)),
                (frozenset(), np.random.default_rng(seed)),
            )
        )
        streaks = [
            float(np.abs(np.diff(np.asarray(s.light)[20:100], axis=1)).mean()) for s in (wet, dry)
        ]
        assert streaks[0] > 1.25 * streaks[1], seed
    track = dataclasses.replace(LOUD, title="Lo-fi Rain")
    kinds = [grain_gradient.layout_of(dataclasses.replace(track, seed=s)) for s in range(12)]
    assert kinds.count("horizon-disc") >= 6 and "halo-profile" not in kinds, kinds


def test_a_flower_title_gets_a_flower_in_a_halo_and_fireworks_do_not() -> None:
    """桜の散る頃, Kaleidoscope Garden: a title that names a flower draws a soft-focus
    flower against a halo at most turns (no genre draws it otherwise); 君と見た花火
    (fireworks: 花火 holds 花, flower) never does."""
    for title in ("桜の散る頃", "Kaleidoscope Garden"):
        track = dataclasses.replace(LOUD, title=title)
        kinds = [grain_gradient.layout_of(dataclasses.replace(track, seed=s)) for s in range(20)]
        assert kinds.count("halo-bloom") >= 8, (title, kinds)
    fireworks = dataclasses.replace(LOUD, title="君と見た花火")
    kinds = {grain_gradient.layout_of(dataclasses.replace(fireworks, seed=s)) for s in range(20)}
    assert "halo-bloom" in grain_gradient.BY_TITLE
    assert "halo-bloom" not in kinds, kinds


def test_the_flower_is_dark_petals_round_a_lit_halo() -> None:
    """The flower's head is a dark round shape inside its halo, with a stem running
    off to the frame's far edge (dark pixels reach the edge row)."""
    for seed in range(4):
        for side in ("top", "bottom"):
            plane = Plane(128, side, bool(seed % 2), 0.5, CURVE)
            light = np.asarray(grain_silhouettes.flower(plane, np.random.default_rng(seed)).light)
            far = light[-1] if side == "top" else light[0]
            assert (far < 0.2).any(), (seed, side)  # the stem leaves the frame
            assert (light > 0.6).mean() >= 0.05, (seed, side)  # the halo


def test_a_heart_title_gets_a_white_heart_held_in_a_ring_of_light() -> None:
    """gl1tt3r h3art <3, Corazón de fuego: a title that names a heart draws a small
    white-hot heart inside a soft ring (the mark is the brightest thing, the gap round
    it darker than the ring); another title a sparkle in the same ring."""
    for seed in range(4):
        for named in (frozenset({"heart"}), frozenset()):
            plane = Plane(128, "top", bool(seed % 2), 0.5, CURVE, named)
            scene = grain_rings.ring(plane, np.random.default_rng(seed))
            light = np.asarray(scene.light)
            u0, v0, u1, v1 = scene.box
            cy, cx = (
                int((v0 + v1) / 2 * 128),
                int((1 - (u0 + u1) / 2 if seed % 2 else (u0 + u1) / 2) * 128),
            )
            assert light[cy, cx] >= 0.95, (seed, named)  # the mark at the ring's centre
            ring_band = light[cy, :].max()
            assert ring_band >= 0.95 and np.percentile(light, 50) < 0.4, (seed, named)
    track = dataclasses.replace(LOUD, title="Corazón de fuego")
    kinds = [grain_gradient.layout_of(dataclasses.replace(track, seed=s)) for s in range(20)]
    assert kinds.count("glow-ring") >= 8, kinds
