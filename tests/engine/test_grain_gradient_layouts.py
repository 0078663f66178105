"""Grain gradient names its composition (the Artwork's layout), draws many of them,
lets the music lean the choice, draws one large element (never a speck in a wide
field) that moves about the frame, reads as a clear shape at 64 px, and keeps
composition and bytes at any size."""

from __future__ import annotations

import collections
import dataclasses
import re

import numpy as np
import pytest
from PIL import Image

from sleeve.engine.direction import Palette
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


def test_the_small_stock_objects_are_gone() -> None:
    """Reviews found a small sphere, a tiny arch doorway, a torus and a thin column in
    a wide pale field an empty placeholder at 64 px, the torus stock CG."""
    words = {n for name in NAMES for n in name.split("-")}
    assert not {"torus", "portal", "arch", "column", "floor", "float", "moon", "planet"} & words


def test_calm_and_loud_music_lean_to_different_compositions() -> None:
    def mean_place(base: grain_gradient.ArtDirection) -> float:
        kinds = [grain_gradient.plan(_track(base, s))[0] for s in range(60)]
        return sum(NAMES.index(k) for k in kinds) / len(kinds)

    quiet = dataclasses.replace(CALM, energy=0.1)
    loud = dataclasses.replace(LOUD, energy=0.9)
    assert mean_place(quiet) + 1.0 < mean_place(loud)


def test_one_large_element_moves_about_the_frame() -> None:
    """One dominant element: every focal box covers at least an eighth of the cover
    and most a third or more (no speck in a wide field); apart from the full-width
    wave it lands left and right of the middle, not centred under the title."""
    arts = [grain_gradient.render(_track((CALM, LOUD)[s % 2], s), 64) for s in range(40)]
    boxes = [a.focal for a in arts]
    assert all(boxes)
    areas = [(b[2] - b[0]) * (b[3] - b[1]) for b in boxes]
    assert min(areas) > 0.12 and float(np.median(areas)) > 0.3, sorted(areas)[:5]
    centres = [
        (b[0] + b[2]) / 2 for a, b in zip(arts, boxes, strict=True) if a.layout != "wave-band"
    ]
    assert sum(abs(c - 0.5) < 0.05 for c in centres) <= len(centres) * 0.3
    assert min(centres) < 0.4 and max(centres) > 0.6


VIVID = Palette(
    (30, 30, 40), ((240, 200, 40), (60, 140, 220), (235, 90, 120)), (250, 120, 30), (20, 20, 20)
)
PALE = Palette(
    (236, 232, 226), ((120, 110, 100), (200, 190, 180), (90, 100, 120)), (180, 80, 60), (30, 30, 30)
)


@pytest.mark.parametrize("palette", [VIVID, PALE], ids=["vivid", "pale"])
def test_the_cover_reads_as_a_clear_shape_at_64_px(palette: Palette) -> None:
    """At thumbnail size (64 px, seen as 6 x 6 patches) the element stands apart from
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
