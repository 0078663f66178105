"""Flow field's street of eddies, funnel and giant bloom fill the free room with their
current: an art director saw one abstract object pushed into a corner under a big
title, the rest of the cover dead space (a row of small whorls along the very foot, a
few lines converging to a dot, a striped ball cut by a corner of an empty field; round
21). Their lines now run across the whole room, the form big and bold in it."""

from __future__ import annotations

import dataclasses

import numpy as np
from PIL import Image

from sleeve.engine.languages import language_for
from sleeve.engine.styles import flow_field
from sleeve.engine.styles.cover_parts import flow_lines
from tests.engine.test_flow_field import _drawing
from tests.engine.test_styles import CALM, LOUD

FILLED = ("gyre-row", "funnel", "bloom-giant")
SIDE, CELLS = 256, 8
# punk draws the strokes: a driving techno song instead
DRIVING = dataclasses.replace(
    LOUD, genre="electronic", subtitle="techno", language=language_for("techno")
)
MILD = dataclasses.replace(DRIVING, energy=0.45, tempo_bpm=104.0, title=CALM.title)
FIELD, INKS = (236, 232, 220), [(20, 20, 24), (60, 70, 120), (200, 40, 40)]


def _cells(name: str, base, k: int, band: str) -> np.ndarray:  # type: ignore[no-untyped-def]
    """The ink share of each 1/8-of-the-side cell of the free room (past the title's
    band and the lines' fade before it), drawn on a flat field."""
    direction = _drawing(name, base, k)
    img = Image.new("RGB", (SIDE, SIDE), FIELD)
    calm = (0.0, 0.0, 1.0, 0.3) if band == "top" else (0.0, 0.7, 1.0, 1.0)
    flow_field.PAINTERS[name](img, direction, np.random.default_rng(k), INKS, calm)
    ink = np.abs(np.asarray(img, dtype=float) - np.array(FIELD)).sum(axis=2) > 60
    cell = SIDE // CELLS
    shares = ink.reshape(CELLS, cell, CELLS, cell).mean(axis=(1, 3))
    reach = 0.3 + flow_lines.FADE  # the band and the fade before it
    rows = np.arange(CELLS) / CELLS
    free = rows >= reach if band == "top" else rows + 1 / CELLS <= 1 - reach
    return shares[free]


def test_the_eddies_funnel_and_bloom_leave_no_empty_cell_in_the_free_room() -> None:
    """Every cell of the free room carries line ink (at least one pixel in twenty-five)
    and the room as a whole three in ten, for a calm and a loud song, the title's band
    above or below: before, the current faded to nothing off the form and whole cells
    of the room were bare ground."""
    for name in FILLED:
        for base in (MILD, DRIVING):
            for k, band in ((0, "top"), (1, "bottom")):
                shares = _cells(name, base, k, band)
                assert shares.min() >= 0.04, (name, base.title, k, band, shares.round(3))
                assert shares.mean() >= 0.3, (name, base.title, k, band, shares.mean())
