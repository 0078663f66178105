"""Grain gradient names its composition (the Artwork's layout), draws six shapes
of light, lets the music lean the choice, keeps the light off the middle and inside
the focal box it reports, reads at 64 px, and keeps composition and bytes at any
size."""

from __future__ import annotations

import collections
import dataclasses
import re

import numpy as np
import pytest
from PIL import Image

from sleeve.engine.direction import ArtDirection, Palette
from sleeve.engine.languages import language_for
from sleeve.engine.styles import grain_gradient
from tests.engine.test_styles import CALM, LOUD

NAMES = tuple(grain_gradient.LAYOUTS)
# each composition suits some genres: the checks that want all of them run over these
GENRES = ("ambient", "punk", "rnb", "synthwave", "techno", "jazz", "pop", "hiphop", "rock")
GENRES += ("house",)


def _track(base: ArtDirection, seed: int) -> ArtDirection:
    return dataclasses.replace(base, seed=seed)


def _varied(seed: int) -> ArtDirection:
    """A calm or a loud track in one of GENRES, its title naming nothing drawn."""
    language = language_for(GENRES[(seed // 2) % len(GENRES)])
    base = dataclasses.replace((CALM, LOUD)[seed % 2], title="Riot Tape", seed=seed)
    return dataclasses.replace(base, genre=language.family, language=language)


def test_every_cover_names_its_composition_in_a_short_stable_word() -> None:
    assert 5 <= len(NAMES) <= 12
    for name in NAMES:
        assert re.fullmatch(r"[a-z]+(-[a-z]+)+", name), name
    layouts = collections.Counter(grain_gradient.render(_varied(s), 64).layout for s in range(40))
    assert set(layouts) == set(NAMES) - grain_gradient.BY_TITLE, layouts
    assert max(layouts.values()) <= 14, layouts  # five compositions: none over a third


def test_layout_of_is_the_layout_render_reports() -> None:
    for s in range(12):
        track = _track((CALM, LOUD)[s % 2], s)
        assert grain_gradient.layout_of(track) == grain_gradient.render(track, 64).layout


def test_the_retired_stock_shapes_are_gone() -> None:
    """Reviews read pills, Venn discs and spheres as stock wallpaper and logos; the
    retro sun's striped disc belongs to its own style (the horizon's disc here is
    plain light melting into grain)."""
    words = {n for name in NAMES for n in name.split("-")}
    retired = {"venn", "discs", "capsule", "pill", "sphere", "wave", "sun", "stripes"}
    retired |= {"aura", "orb"}  # four reviewers: a dim blob repeated on any title
    assert not retired & words


def test_a_pale_field_draws_no_eclipse_no_neon_and_no_leak() -> None:
    """A dark disc on a pale field reads as a flag, not as light; a neon tube on
    paper as a pen line; an aurora's curtain is lost on a pale sky."""
    lights = [dataclasses.replace(_varied(s), valence=0.9, palette=CALM.palette) for s in range(80)]
    assert all(grain_gradient.light_field(light) for light in lights)
    kinds = {grain_gradient.layout_of(light) for light in lights}
    assert not kinds & {"eclipse-ring", "aurora-veil", "neon-street"}, kinds
    night = set(grain_gradient.NIGHT_LIGHTS)
    assert kinds == set(NAMES) - night - grain_gradient.BY_TITLE, kinds


def test_calm_and_loud_music_lean_to_different_compositions() -> None:
    def mean_place(base: ArtDirection) -> float:
        kinds = [grain_gradient.layout_of(_track(base, s)) for s in range(60)]
        return sum(NAMES.index(k) for k in kinds) / len(kinds)

    synth = dataclasses.replace(_varied(6), palette=LOUD.palette, valence=0.3)
    quiet = dataclasses.replace(synth, energy=0.1)
    loud = dataclasses.replace(synth, energy=0.9)
    assert mean_place(quiet) + 1.0 < mean_place(loud)


def test_the_light_is_never_a_centred_disc() -> None:
    """The light stands off the middle (a corner, an edge, a third, a seam's crest
    off centre) and moves about the frame; only the horizon, the light trail and the
    dome (a disc wider than the frame, its crest cut by both sides) span the width."""
    arts = [grain_gradient.render(_varied(s), 64) for s in range(40)]
    wide = ("horizon-disc", "light-trail", "light-dome")
    centres = [(a.focal[0] + a.focal[2]) / 2 for a in arts if a.layout not in wide]
    assert sum(abs(c - 0.5) < 0.08 for c in centres) <= len(centres) * 0.2
    assert min(centres) < 0.35 and max(centres) > 0.65
    areas = [(b[2] - b[0]) * (b[3] - b[1]) for b in (a.focal for a in arts)]
    assert min(areas) > 0.12, sorted(areas)[:5]


def test_the_light_is_where_the_focal_box_says() -> None:
    """On a deep field the brightest part of the picture lies in the reported focal
    box (the typography sets the title elsewhere)."""
    for s in range(30):
        track = dataclasses.replace(_varied(s), valence=0.2, palette=LOUD.palette)
        _, focal, kind = grain_gradient.paint(track, 64)
        art = grain_gradient.render(track, 64)
        grey = np.asarray(art.image.convert("L").resize((16, 16), Image.Resampling.BOX), float)
        iy, ix = np.unravel_index(int(grey.argmax()), grey.shape)
        x, y = (ix + 0.5) / 16, (iy + 0.5) / 16
        x0, y0, x1, y1 = focal
        assert x0 - 0.07 <= x <= x1 + 0.07 and y0 - 0.07 <= y <= y1 + 0.07, (s, kind, focal)


VIVID = Palette(
    (30, 30, 40), ((240, 200, 40), (60, 140, 220), (235, 90, 120)), (250, 120, 30), (20, 20, 20)
)
PALE = Palette(
    (236, 232, 226), ((120, 110, 100), (200, 190, 180), (90, 100, 120)), (180, 80, 60), (30, 30, 30)
)


@pytest.mark.parametrize("palette", [VIVID, PALE], ids=["vivid", "pale"])
def test_the_cover_reads_as_a_clear_shape_at_64_px(palette: Palette) -> None:
    """At thumbnail size (64 px, seen as 6 x 6 patches) the light stands apart from
    the field: the lightest and darkest patches differ strongly, on dark and on pale
    palettes alike."""
    for s in range(16):
        track = dataclasses.replace(_track((CALM, LOUD)[s % 2], s), palette=palette)
        art = grain_gradient.render(track, 64)
        patches = np.asarray(art.image.convert("L").resize((6, 6), Image.Resampling.BOX), float)
        assert patches.max() - patches.min() > 45, (s, art.layout, patches.max() - patches.min())


@pytest.mark.parametrize("size", [64, 1024, 3000])
def test_any_size_keeps_the_composition_and_the_bytes(size: int) -> None:
    track = _track(LOUD, 3)
    art = grain_gradient.render(track, size)
    assert art.image.mode == "RGB" and art.image.size == (size, size)
    small = grain_gradient.render(track, 64)
    assert art.layout == small.layout and art.focal == small.focal
    again = grain_gradient.render(track, size)
    assert again.layout == art.layout and again.image.tobytes() == art.image.tobytes()
