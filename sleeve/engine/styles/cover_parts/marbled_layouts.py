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

import numpy as np

from sleeve.engine import compose
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts import marble_field as mf
from sleeve.engine.styles.cover_parts import marbled_patterns as pat
from sleeve.engine.styles.cover_parts import marbled_sheet as sheet

Layers = list[tuple[np.ndarray, mf.Bands]]  # pattern coordinates and their inks


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


def eye(
    f: mf.Field, d: ArtDirection, rng: np.random.Generator, inks: int, side: str, pattern: str
) -> tuple[Layers, compose.Box]:
    """One huge eddy stirred into combed stripes at the song's loudest moment (its
    place across the art's box), high or low off the centre; the stripes combed by
    the song first."""
    x, y = _in_art(side, 0.2 + 0.6 * _loudest(d), float(rng.choice((0.3, 0.7))))
    reach = 0.2 + 0.08 * d.energy + rng.uniform(0.0, 0.04)
    turn = (5.0 + 4.0 * d.turbulence) * (1 if rng.random() < 0.5 else -1)
    mf.swirl(f, (x, y), turn, reach)
    angle = pat.comb_angle(d, rng)
    bands = pat.combed(f, d, rng, inks, pattern, angle)
    return [(mf.across(f, angle), bands)], within(compose.around(x, y, reach * 1.7), side)


def stroke(
    f: mf.Field, d: ArtDirection, rng: np.random.Generator, inks: int, side: str, pattern: str
) -> tuple[Layers, compose.Box]:
    """A combed sheet crossed by one bold stylus stroke bent into an S through the
    song's loud moment: a river of stretched ink the eye follows."""
    angle = pat.comb_angle(d, rng)
    across = angle + np.pi / 2
    at = _in_art(side, 0.2 + 0.6 * _loudest(d), rng.uniform(0.35, 0.65))
    pull = 0.35 + 0.25 * d.energy + 0.1 * d.turbulence
    bend = rng.uniform(0.07, 0.11) * (1 if rng.random() < 0.5 else -1)
    way = np.pi if rng.random() < 0.5 else 0.0
    mf.stroke(f, at, across + way + rng.uniform(-0.25, 0.25), pull, 0.08, bend, 0.9)
    bands = pat.combed(f, d, rng, inks, pattern, angle)
    return [(mf.across(f, angle), bands)], within(compose.around(*at, 0.3), side)


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
