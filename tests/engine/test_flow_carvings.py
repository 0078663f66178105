"""Round 18 (art director, flow field 5/10: the carvings read as "sun over stripes"):
a carved figure's ground, size and place move with the seed."""

from __future__ import annotations

import dataclasses

import numpy as np

from sleeve.engine.direction import direct_from_music
from sleeve.engine.music import MusicInput
from sleeve.engine.styles import flow_field


def test_the_carvings_ground_and_figure_move_with_the_seed() -> None:
    """A heart's carving: the figure's box differs in size by over a third across
    seeds (it was within a fifth), and the field's stripes are not always near
    horizontal (some grounds slant steeply, ripple or radiate)."""
    music = MusicInput(task_id="carve-18", title="Heart of Glass", tags="pop")
    base = direct_from_music(music)[0]
    widths, steep = [], 0
    for seed in range(400):
        d = dataclasses.replace(base, seed=seed)
        if flow_field.layout_of(d) != "carve-heart":
            continue
        art = flow_field.render(d, 128)
        widths.append(art.focal[2] - art.focal[0])
        grey = np.asarray(art.image.convert("L"), float)
        gy, gx = np.gradient(grey)
        steep += np.abs(gx).sum() > 0.6 * np.abs(gy).sum()  # edges not only horizontal
        if len(widths) == 10:
            break
    assert max(widths) > 1.35 * min(widths), widths
    assert steep >= 3, steep
