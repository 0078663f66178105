"""Round 20: Morning Briefing's risograph drew two slab towers leaning in under a flat
disc, read by a reviewer as the World Trade Center ("the worst cover"). The tower
print stands one, three or four towers, never a pair."""

from __future__ import annotations

import dataclasses

import numpy as np

from sleeve.engine.styles.cover_parts import riso_blocks
from sleeve.engine.styles.cover_parts.riso_shapes import Sheet
from tests.engine.test_styles import LOUD

TOP = Sheet((0.0, 0.36, 1.0, 1.0), "top", False)


def test_the_towers_never_stand_as_a_pair(monkeypatch) -> None:
    counts = []
    drawn = riso_blocks.polygons
    for seed in range(40):
        slabs: list[int] = []

        def counted(shapes, slabs=slabs):  # one call a tower's slab
            slabs.append(1)
            return drawn(shapes)

        monkeypatch.setattr(riso_blocks, "polygons", counted)
        direction = dataclasses.replace(LOUD, seed=seed)
        riso_blocks.tower(direction, np.random.default_rng(seed), TOP)
        counts.append(len(slabs))
    assert 2 not in counts, counts
    assert {1, 3} <= set(counts), counts  # a lone tower and a row of three both stand
