"""The topographic style's map landforms, drawn full bleed so the terrain runs off
every edge (a sheet cut from a survey, not a shape on a card): a ridge and valley
system for a contour sheet, a river gorge whose course across the frame is the song's
energy curve, a massif of spurs for a relief lit from one side, and a coast falling
to the sea floor for a bathymetric chart. Each is a height field (RES x RES, 0..1)
with no solid mass: the print's weight comes from dense lines, index contours, shade
or depth bands. Turbulence zooms out (more, smaller ridges), so the crop varies."""

from __future__ import annotations

import numpy as np
from scipy import ndimage

from sleeve.engine import raster, signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts import topo_land
from sleeve.engine.styles.cover_parts import topo_terrain as terrain

RES = terrain.RES
NO_MASS = -1.0  # a mass field below 0.5 everywhere: nothing printed solid


def _ridged(rng: np.random.Generator, cells: int) -> np.ndarray:
    """Ridged noise: sharp crests and rounded valleys, as eroded uplands read."""
    n = raster.fractal_noise(rng, cells=cells, octaves=4, res=RES)
    return (1.0 - np.abs(2.0 * n - 1.0)) ** 1.6


def _uphill(zone: str, rng: np.random.Generator) -> np.ndarray:
    """A tilt rising away from the title's zone, so the high ground fills the far side."""
    x, y = raster.pixel_grid(RES)
    far = {"top": y, "bottom": 1.0 - y, "right": 1.0 - x}.get(zone, np.abs(y - 0.5) * 2.0)
    lean = rng.uniform(-0.25, 0.25)
    return np.broadcast_to(far + lean * (x - 0.5), (RES, RES)).astype(np.float32)


def _land(h: np.ndarray) -> topo_land.Land:
    h = np.clip(h, 0.0, None)
    h = (h / max(float(h.max()), 1e-6)).astype(np.float32)
    return topo_land.Land(h, np.full_like(h, NO_MASS))


def sheet(direction: ArtDirection, rng: np.random.Generator, zone: str) -> topo_land.Land:
    """Uplands cut by branching valleys, rising away from the title: a survey sheet."""
    cells = 2 + round(3 * direction.turbulence)
    ridges = _ridged(rng, cells)
    body = raster.fractal_noise(rng, cells=cells, octaves=3, res=RES)
    h = 0.55 * ridges + 0.3 * body + 0.45 * _uphill(zone, rng)
    return _land(terrain.warp(ndimage.gaussian_filter(h, 1.2), rng, 0.05))


def course(direction: ArtDirection, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """The river's signed distance field and its along-course position (0..1): a line
    corner to corner whose swing from side to side is the song's energy curve."""
    x, y = raster.pixel_grid(RES)
    flip = rng.random() < 0.5
    a, b = (x, y) if not flip else (1.0 - x, y)
    along = np.broadcast_to((a + b) / 2.0, (RES, RES))
    song = signals.smooth(signals.energy(direction, 48), 3)
    swing = np.interp(along, np.linspace(0, 1, 48), song - float(song.mean()))
    wander = raster.fractal_noise(rng, cells=3, octaves=2, res=RES) - 0.5
    across = (a - b) / np.sqrt(2.0) - rng.uniform(-0.08, 0.08) + 0.12 * wander
    return (across - 0.35 * swing).astype(np.float32), along.astype(np.float32)


def gorge(direction: ArtDirection, rng: np.random.Generator, zone: str) -> topo_land.Land:
    """A river gorge crossing the frame on the diagonal: steep walls (steeper for a
    loud song) up to broken uplands, the valley floor the song's course; the mass is
    the river (above 0.5 in its bed)."""
    d, _ = course(direction, rng)
    width = rng.uniform(0.05, 0.09)
    walls = np.clip(np.abs(d) / 0.42, 0.0, 1.0) ** (0.55 + 0.3 * (1.0 - direction.energy))
    floor = np.clip(np.abs(d) / width, 0.0, 1.0)
    uplands = _ridged(rng, 3 + round(3 * direction.turbulence))
    h = 0.12 + 0.08 * floor + 0.7 * walls + 0.28 * uplands * walls
    h = np.clip(ndimage.gaussian_filter(h, 1.0), 0.0, None)
    h = (h / max(float(h.max()), 1e-6)).astype(np.float32)
    bed = RIVER * (0.6 + 0.8 * direction.energy)  # a loud song runs a broader river
    river = 0.5 + (bed - np.abs(d)) / bed
    return topo_land.Land(h, river.astype(np.float32))


RIVER = 0.012  # the river's half width (share of the side) at mid energy


def massif(direction: ArtDirection, rng: np.random.Generator, zone: str) -> topo_land.Land:
    """A massif of radiating spurs off a summit on the far side, cropped by the frame."""
    far = {"top": (0.5, 0.8), "bottom": (0.5, 0.2), "right": (0.3, 0.5)}.get(zone, (0.5, 0.5))
    at = (far[0] + rng.uniform(-0.25, 0.25), far[1] + rng.uniform(-0.1, 0.1))
    peak = terrain.mountain(direction, rng, at, rng.uniform(1.2, 1.7))
    spurs = _ridged(rng, 3 + round(2 * direction.turbulence))
    return _land(ndimage.gaussian_filter(0.75 * peak + 0.3 * spurs * peak, 1.0))


def seabed(direction: ArtDirection, rng: np.random.Generator, zone: str) -> topo_land.Land:
    """A coast on the far side falling through a shelf and canyons to deep water under
    the title (height 0..1, the coast at COAST)."""
    shelf = _uphill(zone, rng) + 0.35 * (
        raster.fractal_noise(rng, cells=4, octaves=4, res=RES) - 0.5
    )
    canyons = _ridged(rng, 3 + round(2 * direction.turbulence))
    h = 0.85 * shelf + 0.12 * canyons
    return _land(terrain.warp(ndimage.gaussian_filter(h, 1.0), rng, 0.05))


PLAIN = 0.5  # the share of the title's zone already lying on the plain before it is sunk


def sink(made: topo_land.Land, calm: np.ndarray, keep: np.ndarray) -> topo_land.Land:
    """The map sunk to a plain (or open sea) under the title: everything below the
    height most of the title's zone lies under goes flat, so the plain's edge follows
    the land's own contours (a straight sunk band read as a wall of lines), and the
    rest of the zone falls to it; the river stays off the plain."""
    h = made.height
    inside = h[calm > 0.5]
    floor = float(np.quantile(inside, PLAIN)) if inside.size else 0.0
    h = np.maximum(h - floor, 0.0) * keep
    h = (h / max(float(h.max()), 1e-6)).astype(np.float32)
    mass = np.minimum(made.mass, 0.5 + (h - 0.02) * 40.0)
    return topo_land.Land(h, mass.astype(np.float32))


def fade(made: topo_land.Land, keep: np.ndarray) -> topo_land.Land:
    """The map kept whole, its lines (and the river) fading out towards the title, as a
    sheet's lines stop at its margin: a land sunk flat there piled its contours into a
    straight wall along the title's edge."""
    mass = np.minimum(made.mass, 0.5 + (keep - 0.6) * 4.0)
    return topo_land.Land(made.height, mass.astype(np.float32), keep.astype(np.float32))


COAST = 0.72  # the seabed's sea level: above it, land


BUILDERS = {"sheet": sheet, "gorge": gorge, "tanaka": massif, "bathymetry": seabed}
