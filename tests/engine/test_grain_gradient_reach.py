"""Grain gradient gives an account something fresh at each turn of the seed: every
bench track reaches at least three compositions over the service's turns, the
horizon's sun moves (size, height, crop, cloud bands) so two tracks are not twins,
and the dull petal-fall is retired."""

from __future__ import annotations

import collections

import numpy as np

from sleeve.engine import looks
from sleeve.engine.styles import grain_gradient
from sleeve.engine.styles.cover_parts import grain_lights
from sleeve.engine.styles.cover_parts.grain_scenes import Plane
from tests.engine.bench_tracks import bench_directions


def test_every_bench_track_reaches_three_compositions_over_the_turns() -> None:
    """A bright pop title got the horizon's sun at every turn, a city's title the
    skyline, a flower's the petals: an account had nothing fresh to draw. Since the
    colour fields were retired, a pale field outside the calm genres has two (the orb
    and the seam): every track reaches two, and most three."""
    few = {}
    for direction in bench_directions():
        kinds = {grain_gradient.layout_of(looks.turned(direction, k)) for k in range(16)}
        assert len(kinds) >= 2, (direction.title, kinds)
        if len(kinds) < 3:
            few[direction.title] = kinds
    assert len(few) <= len(bench_directions()) // 3, few


def test_no_composition_takes_over_the_turns() -> None:
    counts = collections.Counter(
        grain_gradient.layout_of(looks.turned(direction, k))
        for direction in bench_directions()
        for k in range(4)
    )
    assert len(counts) == len(grain_gradient.LAYOUTS), counts
    assert max(counts.values()) <= 0.3 * sum(counts.values()), counts  # five compositions


def _sun(seed: int) -> tuple[float, float, float, bool]:
    """The sun the horizon draws for seed on a sunny title: its width, its top and its
    centre (frame fractions, from the disc's bright pixels above the line) and
    whether a band of cloud crosses it (a row through the disc goes dark)."""
    plane = Plane(192, ("top", "bottom")[seed % 2], False, 0.5, (0.5,), frozenset({"sun"}))
    light = grain_lights.horizon(plane, np.random.default_rng(seed)).light
    disc = light > 0.9
    rows, cols = np.nonzero(disc)
    top, bottom = rows.min(), rows.max()
    width = (cols.max() - cols.min() + 1) / 192
    centre = (cols.min() + cols.max() + 1) / 2 / 192
    crossed = False
    for row in range(top + 2, bottom - 2):
        lit = np.flatnonzero(disc[row])
        if len(lit) and (disc[row, lit.min() : lit.max() + 1].mean() < 0.5 or not lit.size):
            crossed = True
        if not disc[row].any() and disc[row - 3].any() and disc[row + 3 :].any():
            crossed = True
    return width, top / 192, centre, crossed


def test_the_horizon_sun_moves_its_size_height_crop_and_clouds() -> None:
    """Candyfloss, La Cumbia del Sol and 🌙✨💔 were near-twins: a salmon sky, one
    sun of one size on one line. Over a few seeds the sun is small and big, high and
    low, at times cropped by the frame's side, at times crossed by cloud bands."""
    suns = [_sun(seed) for seed in range(16)]
    widths, tops, centres = zip(*[(w, t, c) for w, t, c, _ in suns], strict=True)
    assert max(widths) > 1.8 * min(widths), widths
    assert max(tops) - min(tops) > 0.2, tops
    assert min(centres) < 0.2, centres  # a great sun cut by the frame's side
    assert sum(crossed for *_, crossed in suns) >= 3, suns


def test_petal_fall_is_retired() -> None:
    """Reviewers read the drifting petals as dull wallpaper: a flower's title now
    gets the compositions its genre suits."""
    assert "petal-fall" in grain_gradient.RETIRED
    assert "petal-fall" not in grain_gradient.LAYOUTS
    assert not hasattr(grain_lights, "petals")
