"""Chladni's photographed plates (round 10: the level and slanted bars read as tape or
carpet runners; the plate at an angle came on four covers in ten): no picture is a
level band crossing the cover from side edge to side edge, and the song's sections
ring as many figures as the song has moods."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from scipy import ndimage

from sleeve.engine.direction import direct_from_music
from sleeve.engine.music import MusicInput
from sleeve.engine.styles import chladni
from sleeve.engine.styles.cover_parts import chladni_scenes

SONGS = ("ambient, drone", "cinematic", "modern classical", "idm, glitch", "dark ambient")


def _turned(tags: str, seeds: range) -> list:
    base = direct_from_music(MusicInput(task_id=f"scenes-{tags}", title="Track", tags=tags))[0]
    return [dataclasses.replace(base, seed=s, layout="top-left") for s in seeds]


def _band_across(d) -> bool:
    """Whether the cover holds a level bar: rows where the picture differs from the
    field from the left edge to the right, with bare field above and below them."""
    lum = ndimage.uniform_filter(np.asarray(chladni.render(d, 128).image.convert("L"), float), 5)
    field = float(np.median(lum[:6, :6]))
    plate = np.abs(lum - field) > 10
    rows = plate.mean(axis=1) > 0.9
    if not rows.any():
        return False
    ys = np.nonzero(rows)[0]
    below = plate[ys[-1] + 8 :]
    return below.size > 0 and below.mean() < 0.05 and rows.mean() > 0.15


def test_no_picture_is_a_level_band_through_both_side_edges() -> None:
    """The frieze is gone: no composition draws a bar cut by both side edges with bare
    field under it."""
    for tags in SONGS:
        for d in _turned(tags, range(12)):
            assert not _band_across(d), (tags, d.seed, chladni.layout_of(d))


def _figures(d) -> int:
    """How many figures the modes composition rings: one per section it draws."""
    return len(chladni_scenes._sections(_sheet(d)))


def _sheet(d):
    from PIL import Image

    from sleeve.engine.styles.cover_parts import chladni_layouts as lay

    inks = chladni._inks(d)
    img = Image.new("RGB", (64, 64), inks.field)
    return lay.Sheet(img, d, np.random.default_rng(0), inks, (3, 5, 7), 0.0)


def test_modes_rings_three_figures_for_a_turbulent_song_and_two_for_a_steady_one() -> None:
    """A turbulent song's sections ring three overlapping figures, a steady one's two:
    the picture counts the song's changes."""
    base = _turned("cinematic", range(1))[0]
    turbulent = dataclasses.replace(base, turbulence=0.9)
    steady = dataclasses.replace(base, turbulence=0.1)
    assert _figures(turbulent) == 3 and _figures(steady) == 2


def test_modes_is_a_stack_of_plates_in_bare_field_not_a_texture_edge_to_edge() -> None:
    """The modes drew figures over the whole cover (snake skin, no focal shape at 64
    px; a tenth of the lower half was bare at most): now two or three plates lie in bare
    field, and more of the lower half is plain ground with no sand."""
    for tags in SONGS:
        for d in _turned(tags, range(4)):
            with pytest.MonkeyPatch.context() as patch:
                patch.setattr(chladni, "layout_of", lambda _d: "modes")
                lum = np.asarray(chladni.render(d, 96).image.convert("L"), float)[48:]
            blocks = lum.reshape(6, 8, 12, 8).transpose(0, 2, 1, 3).reshape(6, 12, 64)
            bare = float((np.ptp(blocks, axis=2) < 30).mean())  # 8 x 8 blocks of ground
            assert bare > 0.13, (tags, d.seed, bare)
