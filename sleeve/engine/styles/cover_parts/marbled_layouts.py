"""The combed sheet of marbled ink, as moves on a ``marble_field`` (undone newest
first), with its focus: where the eye goes, placed by the song.

Drawn full-bleed (the peacock, only where a genre leans to it) or as the moon's face
(``marbled_moon``); the drops on plain paper are ``marbled_drops``, the figures
``marbled_figures``.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from sleeve.engine import compose
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts import marble_field as mf
from sleeve.engine.styles.cover_parts import marbled_patterns as pat
from sleeve.engine.styles.cover_parts import marbled_sheet as sheet
from sleeve.engine.styles.cover_parts.marbled_sheet import CLEAR

# pattern coordinates and their inks: a coordinate on the moves' grid (read finer by
# mf.upscale), or one worked out at the shading size from a finer field
Layers = list[tuple[np.ndarray | Callable[[int], np.ndarray], mf.Bands]]


def _loudest(direction: ArtDirection) -> float:
    """Where (0..1 along the song) it is loudest."""
    return pat.peaks(pat.energy_line(direction), 1)[0][0]


def _in_art(side: str, x: float, y: float) -> tuple[float, float]:
    """The point at fractions (x, y) of the art's box (the cover away from the title)."""
    fx0, fy0, fx1, fy1 = sheet.focal(side)
    return fx0 + (fx1 - fx0) * x, fy0 + (fy1 - fy0) * y


def within(box: compose.Box, side: str) -> compose.Box:
    """`box` cut to the art's side of the cover (the title's side stays calm)."""
    fx0, fy0, fx1, fy1 = sheet.focal(side)
    return (max(box[0], fx0), max(box[1], fy0), min(box[2], fx1), min(box[3], fy1))


SPECK_CELLS = 22  # the stone's grid (cells a side): drops a few pixels wide at 256 px
SPECK_SHARE = 0.55  # of the cells, those a drop fell in


def combed_sheet(
    f: mf.Field, d: ArtDirection, rng: np.random.Generator, inks: int, side: str, kind: str
) -> tuple[Layers, compose.Box]:
    """A whole sheet in a traditional pattern (marbled_patterns.combed: gel-git,
    peacock, shawl, French curl), made as on the bath: the stripes laid, one bold
    stripe of the accent through the song's loudest moment (its place across the art's
    box), the stone's first drops scattered on them (small specks, drawn into fine
    veins by the combs), then the combs through all of it. Layers: the stripes, the
    accent stripe, the specks; the focus is where the accent crosses the loud moment."""
    x, y = _in_art(side, 0.2 + 0.6 * _loudest(d), float(rng.choice((0.3, 0.7))))
    width = 0.018 + 0.014 * d.energy + rng.uniform(0.0, 0.006)
    angle = pat.comb_angle(d, rng)
    bands = pat.combed(f, d, rng, inks, kind, angle)
    laid = mf.Field(f.x.copy(), f.y.copy(), f.px)
    stone_drops = mf.Stone.scatter(rng, SPECK_CELLS, SPECK_SHARE)
    line = float(mf.across(mf.Field(np.array(x), np.array(y), f.px), angle))
    accent = pat.roles(inks)[2]
    stripe = mf.Bands(np.array([width]), np.array([accent, CLEAR]))
    stone = mf.Bands(np.array([0.0]), np.array([speck_ink(inks), CLEAR]))
    base = mf.across(f, angle)
    layers: Layers = [
        (base, bands),
        (lambda size: np.abs(mf.upscale(base, size) - np.float32(line)), stripe),
        (lambda size: mf.specks(mf.upscaled(laid, size), stone_drops), stone),
    ]
    return layers, within(compose.around(x, y, 0.2), side)


def speck_ink(inks: int) -> int:
    """The stone's ink: the second (the accent marks the drop alone)."""
    return pat.roles(inks)[1]
