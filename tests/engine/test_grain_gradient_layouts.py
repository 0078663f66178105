"""Grain gradient names its composition (the Artwork's layout), draws many of them,
lets the music lean the choice, moves the object about the frame rather than centring
it under the title, and keeps composition and bytes at any size."""

from __future__ import annotations

import collections
import dataclasses
import re

import pytest

from sleeve.engine.styles import grain_gradient
from tests.engine.test_styles import CALM, LOUD

NAMES = tuple(grain_gradient.LAYOUTS)


def _track(base: grain_gradient.ArtDirection, seed: int) -> grain_gradient.ArtDirection:
    return dataclasses.replace(base, seed=seed)


def test_every_cover_names_its_composition_in_a_short_stable_word() -> None:
    assert 6 <= len(NAMES) <= 12
    for name in NAMES:
        assert re.fullmatch(r"[a-z]+(-[a-z]+)+", name), name
    layouts = collections.Counter(
        grain_gradient.render(_track((CALM, LOUD)[s % 2], s), 64).layout for s in range(40)
    )
    assert set(layouts) <= set(NAMES)
    assert len(layouts) >= 7, layouts
    assert max(layouts.values()) <= 10, layouts


def test_the_retired_random_blocks_and_the_retro_sun_are_gone() -> None:
    """The stepped slabs, the monolith and the folded ribbon read as arbitrary blocks;
    the half-sun over striped water read as the retro-sun style again."""
    words = {n for name in NAMES for n in name.split("-")}
    assert not {"slabs", "monolith", "fold", "sun", "plinth"} & words


def test_calm_and_loud_music_lean_to_different_compositions() -> None:
    def mean_place(base: grain_gradient.ArtDirection) -> float:
        kinds = [grain_gradient.plan(_track(base, s))[0] for s in range(60)]
        return sum(NAMES.index(k) for k in kinds) / len(kinds)

    quiet = dataclasses.replace(CALM, energy=0.1)
    loud = dataclasses.replace(LOUD, energy=0.9)
    assert mean_place(quiet) + 1.0 < mean_place(loud)


def test_the_object_moves_about_the_frame_and_changes_scale() -> None:
    """Not one object centred under the title: the focal box's centre lands left and
    right of the middle, and its size ranges from a small object to a huge one."""
    boxes = [grain_gradient.render(_track((CALM, LOUD)[s % 2], s), 64).focal for s in range(40)]
    centres = [(b[0] + b[2]) / 2 for b in boxes if b]
    areas = [(b[2] - b[0]) * (b[3] - b[1]) for b in boxes if b]
    assert sum(abs(c - 0.5) < 0.08 for c in centres) <= len(centres) * 0.3
    assert min(centres) < 0.35 and max(centres) > 0.65
    assert min(areas) < 0.06 and max(areas) > 0.25


@pytest.mark.parametrize("size", [64, 1024, 3000])
def test_any_size_keeps_the_composition_and_the_bytes(size: int) -> None:
    track = _track(LOUD, 3)
    art = grain_gradient.render(track, size)
    assert art.image.mode == "RGB" and art.image.size == (size, size)
    small = grain_gradient.render(track, 64)
    assert art.layout == small.layout and art.focal == small.focal
    again = grain_gradient.render(track, size)
    assert again.layout == art.layout and again.image.tobytes() == art.image.tobytes()
