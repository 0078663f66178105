"""Round 20: Lift Every Hand and 月光下的城市 drew one square spiral each, a reviewer's
"same picture recoloured". A song of three or more sections is as often a frieze: one
spiral a section, the louder sections stepping up from the far edge, so the song's
form sets the row."""

from __future__ import annotations

import dataclasses

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine.raster import rng_for, srgb_to_oklab
from sleeve.engine.styles import swiss_geometry
from sleeve.engine.styles.cover_parts import swiss_grid, swiss_motion

from .test_styles import CALM
from .test_swiss_studies import _as

SIZE = 256
# a quiet verse, a loud chorus, a quiet verse (sixty-four points)
SWELL = tuple([0.25] * 22 + [1.0] * 20 + [0.25] * 22)
# the other way round: a loud head, a quiet break, a loud end
DIP = tuple([1.0] * 22 + [0.25] * 20 + [1.0] * 22)


def _frieze(curve: tuple) -> tuple[np.ndarray, str]:
    """The frieze for a song of `curve` (its ink, off the paper) and the title's edge."""
    direction = dataclasses.replace(
        _as(CALM, "jazz", title="Velvet", seed=3), energy_curve=curve, layout="top-left"
    )
    rng = rng_for(direction, "swiss")
    colours = swiss_geometry._colors(direction, rng)
    edge, depth = swiss_geometry.title_zone(direction, rng)
    frame = swiss_geometry._frame(direction, SIZE, edge, depth, colours)
    image = Image.new("RGB", (SIZE, SIZE), colours[0])
    draw = aggdraw.Draw(image)
    swiss_motion.frieze(draw, frame, rng, swiss_grid.sections(frame.curve))
    draw.flush()
    lab = srgb_to_oklab(np.asarray(image, float)) - srgb_to_oklab(np.asarray(colours[0], float))
    return np.linalg.norm(lab, axis=-1) > 0.1, edge


def _heights(ink: np.ndarray, edge: str) -> list[float]:
    """How far from the far edge (share of the side) the ink of each third stands."""
    rows = np.arange(SIZE)[:, None].repeat(SIZE, axis=1)
    far = SIZE - rows if edge == "top" else rows
    return [float(far[:, k : k + SIZE // 3][ink[:, k : k + SIZE // 3]].mean()) / SIZE
            for k in (0, SIZE // 3, 2 * SIZE // 3)]  # fmt: skip


def test_the_frieze_steps_up_where_the_song_is_loud() -> None:
    assert len(swiss_grid.sections(np.array(SWELL))) == 3
    swell, edge = _frieze(SWELL)
    left, middle, right = _heights(swell, edge)
    assert middle > max(left, right) + 0.1, (left, middle, right)
    dip, edge = _frieze(DIP)
    left, middle, right = _heights(dip, edge)
    assert middle < min(left, right) - 0.1, (left, middle, right)


def test_a_deep_title_keeps_the_single_spiral(monkeypatch) -> None:
    """Under Blue Smoke's two-line title the frieze's squares stood small and cramped
    along the top edge ("crude tilted spirals that look broken"): it is drawn only
    where half the cover is free, else the one spiral fills the room."""
    drawn: list[float] = []
    frieze = swiss_motion.frieze

    def counted(draw, f, rng, parts):
        drawn.append(f.art[3] - f.art[1])
        return frieze(draw, f, rng, parts)

    monkeypatch.setattr(swiss_motion, "frieze", counted)
    for depth in (0.2, 0.55):
        for seed in range(8):
            direction = dataclasses.replace(
                _as(CALM, "jazz", title="Blue Smoke", seed=seed), energy_curve=SWELL
            )
            rng = rng_for(direction, "swiss")
            colours = swiss_geometry._colors(direction, rng)
            frame = swiss_geometry._frame(direction, SIZE, "bottom", depth, colours)
            image = Image.new("RGB", (SIZE, SIZE), colours[0])
            draw = aggdraw.Draw(image)
            swiss_motion.spiral(draw, frame, rng)
    assert len(drawn) >= 5, drawn  # a shallow title: most seeds draw the frieze
    assert all(room > 0.4 * SIZE for room in drawn), drawn  # a deep one: never
