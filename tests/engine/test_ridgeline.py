"""Ridgeline: doom and death metal in bone, ash and blood (never pastel), and tracks
getting different band layouts rather than one full-width band under a big title."""

from __future__ import annotations

import dataclasses

import numpy as np

from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import Palette
from sleeve.engine.languages import language_for
from sleeve.engine.styles import ridgeline
from tests.engine.test_styles import CALM, LOUD

PASTEL = Palette(
    (40, 30, 60), ((240, 170, 200), (170, 200, 250), (200, 240, 210)), (250, 150, 180), (0, 0, 0)
)


def test_doom_metal_ridges_are_bone_and_ash_never_pastel() -> None:
    for sub in ("doom_metal", "death_metal"):
        for seed in range(8):
            doom = dataclasses.replace(
                LOUD, seed=seed, genre="metal", language=language_for(sub), palette=PASTEL
            )
            art = ridgeline.render(doom, 128).image.convert("RGB")
            rgb = np.asarray(art, float)
            chroma = rgb.max(axis=2) - rgb.min(axis=2)
            light = rgb.max(axis=2) > 120
            # pale, tinted pixels (pink, sky blue, mint) are the pastel ridges
            assert (light & (chroma > 40)).mean() < 0.002, (sub, seed)
            assert rgb_to_oklch(tuple(int(v) for v in rgb.mean(axis=(0, 1))))[0] < 0.4


def test_tracks_get_different_band_layouts() -> None:
    """Across a dozen tracks the stack's box (where the ridges sit and how far they
    run) differs, and a landscape sometimes stops inside the frame."""
    boxes = set()
    for seed in range(12):
        for base in (CALM, LOUD):
            box = ridgeline.render(dataclasses.replace(base, seed=seed), 64).focal
            boxes.add(tuple(round(v, 1) for v in box))
    assert len(boxes) >= 14
    partial = [b for b in boxes if (b[0] == 0.0) != (b[2] == 1.0)]
    assert partial
