"""The full-bleed pictures of marbled ink, as moves on a ``marble_field`` (undone newest
first), each with its focus: where the eye goes, placed by the song.

- eye: combed stripes and one huge stirred eddy at the song's loudest moment, off
  the centre, the title on the eased marbling away from it;
- stroke: a combed sheet (the comb pulls hardest where the song is loud) crossed by one
  bold S-stroke at the loud moment;
- macro: one drop's rings filling the frame from a centre past its edge (a planet's
  rim), a ring per moment of the song, bold where it is loud, the title beyond the rim.
(The field, suminagashi ring sets on wide water, read as fried eggs or a contour blob:
retired; the figures drawn in the marbling are ``marbled_figures``.)
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


def _rim_centre(side: str, rng: np.random.Generator) -> tuple[float, float]:
    """The drop's centre past the edge opposite the title (a corner title: the far
    corner), so its rings sweep across the frame toward the title."""
    far = rng.uniform(0.25, 0.75)
    if side == "top":
        return far, 1.45
    if side == "bottom":
        return far, -0.45
    if side == "right":
        return -0.45, far
    return (1.3 if "left" in side else -0.3), (1.3 if "top" in side else -0.3)


def macro(
    f: mf.Field, d: ArtDirection, rng: np.random.Generator, inks: int, side: str
) -> tuple[Layers, compose.Box]:
    """One ink drop's rings filling the frame like a planet's rim: the centre past the
    edge, the rim short of the title's side; one ring per moment of the song, the
    outermost the first (the bold rings its loud moments), a slow wave bending them
    harder where the song is loud."""
    at = _rim_centre(side, rng)
    fx0, fy0, fx1, fy1 = sheet.focal(side)
    corners = [(x, y) for x in (fx0, fx1) for y in (fy0, fy1)]
    reach = max(np.hypot(x - at[0], y - at[1]) for x, y in corners) * rng.uniform(0.88, 0.95)
    count = 2 * int(6 + 3 * pat.fineness(d) + rng.integers(0, 3)) + 1
    bands = pat.ring_bands(
        rng, inks, reach, count, song=pat.energy_line(d, count), even=True, water=0.5
    )
    mf.breeze(f, rng, 0.01 + 0.03 * d.turbulence)
    mf.wave(f, rng.uniform(0, np.pi), 0.02 + 0.03 * d.energy, 0.35, rng.uniform(0, 6.3))
    return [(mf.rings(f, at), bands)], sheet.focal(side)
