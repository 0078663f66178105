"""Flow field's seed pictures are one form in empty ground, not line wallpaper: the
reviewers saw an all-over field of curved lines, the same density everywhere, with no
focal shape at 64 px; and a title naming a thing got an abstract field."""

from __future__ import annotations

import dataclasses

import numpy as np

from sleeve.engine.styles import flow_field
from tests.engine.test_flow_field import _drawing
from tests.engine.test_styles import CALM

# the seed's pictures that spread hairlines over the whole frame before (the meander's
# loops wind across it: its river fills the frame by design; since round 21 the funnel's
# and the giant bloom's currents cross the whole free room too: test_flow_fill)
FORMS = ("sweep", "swell")
LOUD = dataclasses.replace(CALM, energy=0.85, density=0.8)


def _empty_share(direction) -> float:  # type: ignore[no-untyped-def]
    """The share of the cover's 16 x 16 tiles (at 128 px) that hold no line: every
    pixel within a few levels of the tile's median (the ground and its grain)."""
    grey = np.asarray(flow_field.render(direction, 128).image.convert("L"), dtype=float)
    tiles = grey.reshape(16, 8, 16, 8).transpose(0, 2, 1, 3).reshape(256, 64)
    spread = np.abs(tiles - np.median(tiles, axis=1, keepdims=True)).max(axis=1)
    return float((spread < 24).mean())


def test_the_seed_pictures_leave_empty_ground() -> None:
    """Each seed picture, for a calm and a loud song, leaves two tiles in five empty
    ground round its form (its hairlines end a little off it; before, only the
    title's band was empty, under a third). A loud song's sweep is a bold, churning
    band (one thin calm stripe on 150 BPM rock read as a racing stripe, round 13): it
    leaves three tiles in ten. (Round 14: a loud song gets no sweep; round 21: the funnel
    and the giant bloom fill the free room, test_flow_fill.)"""
    for name in FORMS:
        for base in (CALM, LOUD):
            for k in range(2):
                share = _empty_share(_drawing(name, base, k))
                assert share >= 0.4, (name, base.title, k, share)


def test_a_title_naming_a_thing_gets_its_nearest_picture() -> None:
    """A sun past its carving's turns gets the range's hills under a setting sun, a
    road one river of strokes, a flower the bloom: never an abstract field."""
    wanted = {
        "Golden Sun": {"carve-sun", "range"},
        "Mountain Song": {"range"},
        "Gravel Road Home": {"sweep"},
        "Static Bloom": {"bloom-giant", "carve-flower"},
    }
    for title, layouts in wanted.items():
        for seed in range(24):
            direction = dataclasses.replace(CALM, title=title, seed=seed)
            assert flow_field.layout_of(direction) in layouts, (title, seed)
