"""Chladni covers: metal is pale sand on a black plate, figures differ per track, and
the sand is fine grains rather than dots."""

from __future__ import annotations

import dataclasses

import numpy as np

from sleeve.engine.direction import direct_from_music
from sleeve.engine.music import MusicInput
from sleeve.engine.raster import srgb_to_oklab
from sleeve.engine.styles.registry import get_style

SIZE = 160


def _direction(tags: str, seed: int):
    music = MusicInput(task_id=f"chladni-{tags}-{seed}", title=f"Track {seed}", tags=tags)
    return direct_from_music(music)[0]


def _lab(image) -> np.ndarray:
    return srgb_to_oklab(np.asarray(image.convert("RGB"), np.float64)).reshape(-1, 3)


def test_metal_is_bone_or_ash_sand_on_black() -> None:
    for tags in ("death metal, brutal", "doom metal, sludge", "black metal, raw"):
        for seed in range(4):
            cover = get_style("chladni").render(_direction(tags, seed), SIZE).image
            lab = _lab(cover)
            chroma = np.hypot(lab[:, 1], lab[:, 2])
            assert np.median(lab[:, 0]) < 0.3, (tags, seed)  # a black field
            sand = lab[:, 0] > 0.6
            assert sand.mean() > 0.005, (tags, seed)  # pale sand is there
            assert np.median(chroma[sand]) < 0.028, (tags, seed)  # bone or ash (pink lace: 0.05)


def test_two_seeds_of_one_track_ring_in_different_figures() -> None:
    base = _direction("ambient, calm", 0)
    covers = [
        np.asarray(get_style("chladni").render(dataclasses.replace(base, seed=s), 64).image)
        for s in range(6)
    ]
    for i in range(len(covers)):
        for j in range(i):
            diff = np.abs(covers[i].astype(int) - covers[j].astype(int)).mean()
            assert diff > 4, (i, j, diff)
