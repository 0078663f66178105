"""The ring (cover_parts/neon_rings): the song's loudness as a burst of radial tubes,
drawn for the dance floors' music and for no composition else; a quiet song hangs
it whole off centre by its seed, a loud one grows it past the frame's far edge, away
from the title; two songs bend different rings. The wall: brick is hip-hop's alone
(round-10 reviewers: "recycles a brick wall" under Latin, Arabic and Thai pop)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from sleeve.engine import raster
from sleeve.engine.styles import neon_sign
from sleeve.engine.styles.cover_parts import neon_words
from tests.engine.test_neon_sign import _direction


@pytest.fixture(autouse=True)
def _pictures(monkeypatch: pytest.MonkeyPatch) -> None:
    """Titles the tubes cannot spell: the plan's pictures alone."""
    monkeypatch.setattr(neon_words, "word_lines", lambda title: ())
    monkeypatch.setattr(neon_words, "cjk_column", lambda title: False)


def _ring(title: str, tags: str, start: int, **change: float):
    """The first of the song's seeds from `start` that draws the ring (with its
    energy or density changed as given)."""
    for seed in range(start, start + 400):
        direction = dataclasses.replace(_direction(title, tags, seed), **change)
        if neon_sign.layout_of(direction) == "ring":
            return direction
    raise AssertionError(title)


def test_the_ring_is_drawn_for_dance_music_and_differs_from_the_trace() -> None:
    layouts = [neon_sign.layout_of(_direction("Rush", "edm, big room", k)) for k in range(40)]
    assert "ring" in layouts and "trace" in layouts, layouts
    ring = neon_sign.render(_ring("Rush", "edm, big room", 0), 128)
    assert ring.layout == "ring" and neon_sign.skeleton_of("ring") != neon_sign.skeleton_of("trace")


def test_a_loud_song_crops_the_ring_at_the_edge_away_from_the_title() -> None:
    """A quiet song's ring hangs whole, clear of the frame's edges; a loud song's grows
    past the far edge: its light touches that edge, and the title's band stays dark."""
    quiet = neon_sign.render(_ring("Slow Honey", "synthwave", 10, energy=0.2), 192)
    x0, y0, x1, y1 = quiet.focal
    assert min(x0, y0) >= 0.02 and max(x1, y1) <= 0.98, quiet.focal
    loud_direction = _ring("Rush", "synthwave", 10, energy=0.9)
    zone = neon_sign._plan(loud_direction)[2]
    loud = neon_sign.render(loud_direction, 192)
    grey = np.asarray(loud.image.convert("L"), np.float64)
    rows = {"top": grey[-6:], "bottom": grey[:6], "centre": grey[:6]}
    edge = rows.get(zone, grey[:, :6])
    assert edge.max() > 200, (zone, edge.max())  # the tubes run off the far edge
    w, h = quiet.focal[2] - quiet.focal[0], quiet.focal[3] - quiet.focal[1]
    lw, lh = loud.focal[2] - loud.focal[0], loud.focal[3] - loud.focal[1]
    assert lw * lh > w * h, (loud.focal, quiet.focal)  # the loud ring is the bigger


def test_two_songs_bend_different_rings_at_every_size() -> None:
    a = _ring("Rush", "edm", 20)
    b = _ring("Deep Inside", "deep house", 60)
    pa, pb = (neon_sign.render(d, 128).image for d in (a, b))
    assert np.abs(np.asarray(pa, float) - np.asarray(pb, float)).mean() > 8
    big = neon_sign.render(a, 1024)
    again = neon_sign.render(a, 1024)
    assert big.image.tobytes() == again.image.tobytes()
    assert big.focal == neon_sign.render(a, 3000).focal


def test_brick_is_hip_hop_s_wall_alone() -> None:
    for tags in ("reggaeton", "latin pop", "r&b, slow jam", "arabic pop", "pop", "cumbia"):
        kinds = {
            neon_sign._wall(d, raster.rng_for(d, "neon-plan"))[0]
            for d in (_direction("Habibi", tags, k) for k in range(12))
        }
        assert "brick" not in kinds, (tags, kinds)
    hiphop = _direction("Brick by Brick", "hip hop, boom bap")
    assert neon_sign._wall(hiphop, raster.rng_for(hiphop, "neon-plan"))[0] == "brick"
