"""The topographic style's landforms, one per composition, as a height field (RES x
RES, 0..1) and a mass field whose part above 0.5 is printed solid (the focal value
step that reads at 64 px): a giant summit cropped by the frame, a caldera with its
crater, a small island (or a heart-shaped one for a love song) in a wide calm
sea, and a low band of high ground along the far edge whose skyline is the song's
energy curve."""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
from scipy import ndimage

from sleeve.engine import raster, signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts import calm_zone, topo_subject
from sleeve.engine.styles.cover_parts import topo_terrain as terrain

RES = terrain.RES


class Land(NamedTuple):
    """A landform: its height (0..1), its solid mass (printed where above 0.5) and, for
    a map whose lines fade out under the title, where they are kept (0..1)."""

    height: np.ndarray
    mass: np.ndarray
    keep: np.ndarray | None = None

    @property
    def shown(self) -> np.ndarray:
        """The height as the print shows it (a faded map's land gone under the title)."""
        return self.height if self.keep is None else self.height * self.keep


def _far(zone: str, rng: np.random.Generator, inset: float) -> tuple[float, float]:
    """A point `inset` in from the frame's edge opposite the title's zone."""
    along = rng.uniform(0.25, 0.75)
    if zone == "right":
        return inset, along
    if zone == "bottom":
        return along, inset
    return along, 1.0 - inset


def summit(direction: ArtDirection, rng: np.random.Generator, zone: str) -> Land:
    """One giant peak, its summit pushed towards the far edge so the frame crops its
    lower slopes; its top third printed solid."""
    at = _far(zone, rng, rng.uniform(0.22, 0.36) if zone != "centre" else 0.05)
    scale = rng.uniform(1.15, 1.5) * (0.9 + 0.25 * direction.energy)
    h = terrain.mountain(direction, rng, at, scale)
    h = ndimage.gaussian_filter(h, 2.0)
    h = np.clip((h - 0.12) / 0.88, 0.0, 1.0)
    cut = rng.uniform(0.58, 0.7)
    return Land(h, h - cut + 0.5)


CROPPED = 0.7  # the share of calderas drawn giant and cut by the frame


def caldera(direction: ArtDirection, rng: np.random.Generator, zone: str) -> Land:
    """A volcano's ring: steep inner walls round a flat crater floor left bare, the
    rim's crest printed solid and swelling where the song is loud."""
    x0, y0, x1, y1 = calm_zone.away_from(zone)
    side = min(x1 - x0, y1 - y0)
    if rng.random() < CROPPED and zone != "centre":  # a giant ring cut by the far edge
        (cx, cy), size = _far(zone, rng, rng.uniform(0.16, 0.26)), rng.uniform(0.4, 0.5)
    else:
        cx = x0 + (x1 - x0) * rng.uniform(0.4, 0.6)
        cy = y0 + (y1 - y0) * rng.uniform(0.45, 0.6) if zone != "centre" else 0.92
        size = rng.uniform(0.24, 0.32)
    x, y = raster.pixel_grid(RES)
    ang = np.arctan2(y - cy, x - cx)
    song = signals.smooth(signals.energy(direction, 64), 3)
    turn = 0.5 - 0.5 * np.cos(ang + rng.uniform(0, 2 * np.pi))
    lobe = np.interp(turn, np.linspace(0, 1, 64), song).astype(np.float32)
    radius = side * size * (0.85 + 0.3 * lobe)
    d = np.hypot(x - cx, y - cy) / radius
    d = terrain.warp(d.astype(np.float32), rng, 0.1 + 0.08 * direction.turbulence)
    inner = 0.3 + 0.7 * np.clip((d - 0.55) / 0.45, 0, 1) ** 1.4  # a flat floor
    outer = np.clip(1.0 - (d - 1.0) * rng.uniform(0.5, 0.8), 0.0, 1.0) ** 1.6
    h = np.where(d < 1.0, inner, outer).astype(np.float32)
    rough = raster.fractal_noise(rng, cells=4 + round(3 * direction.turbulence), octaves=3, res=RES)
    h = ndimage.gaussian_filter(h + 0.08 * (rough - 0.5), 1.5)
    h = np.clip((h - 0.1) / 0.9, 0.0, 1.0)
    rim = h - float(np.quantile(h, 0.92)) + 0.5  # the rim's crest, a broken ring
    return Land(h.astype(np.float32), rim.astype(np.float32))


SHELF = 0.3  # the sea shelf's height: one or two ripple contours round the island
HEART_WEAR = 0.09  # how far the sea wears a heart's coast (a share of the side)


def island(
    direction: ArtDirection, rng: np.random.Generator, zone: str, heart: bool = False
) -> Land:
    """A small island in a wide calm sea, the whole land printed solid (its contours
    knocked out of it) and ripples of its shelf round it; a love song's island has a
    heart's coast round natural hills."""
    x0, y0, x1, y1 = calm_zone.away_from(zone)
    third = rng.choice([1 / 3, 2 / 3]) + rng.uniform(-0.06, 0.06)
    at = (x0 + (x1 - x0) * third, y0 + (y1 - y0) * rng.uniform(0.42, 0.58))
    if zone == "centre":
        at = (at[0], 0.82)
    side = min(x1 - x0, y1 - y0)
    scale = side * rng.uniform(0.4, 0.5) * (0.85 + 0.3 * direction.energy)
    if heart:
        at, scale = _heart_pose(zone, rng, at, scale)
    hills = terrain.mountain(direction, rng, at, scale * 1.6)
    if heart:
        tilt = float(rng.uniform(0.12, 0.4) * rng.choice([-1.0, 1.0]))
        coast = topo_subject.heart(at, scale * 1.05, tilt)
        coast = terrain.warp(coast, rng, HEART_WEAR)  # a worn coast: land, not an emblem
        shore = np.clip(coast * 5.0, 0.0, 1.0)
        h = shore * (0.12 + 0.88 * hills)
    else:
        x, y = raster.pixel_grid(RES)
        d = np.hypot(x - at[0], y - at[1]) / (scale * 1.5)
        bays = raster.fractal_noise(rng, cells=5, octaves=3, res=RES) - 0.5  # a ragged coast
        h = np.clip(hills + 0.45 * bays - 0.35 - 0.6 * np.clip(d - 0.5, 0, None), 0.0, 1.0)
    h = ndimage.gaussian_filter(h.astype(np.float32), 1.2)
    h = h / max(float(h.max()), 1e-6)
    coast = np.clip(h * 30.0, 0.0, 1.0)  # a shelf round the coast: ripple lines at sea
    shelf = SHELF * np.clip(ndimage.gaussian_filter(coast, RES * 0.04) * 2.2, 0.0, 1.0)
    land = np.maximum(shelf, SHELF * coast + (1.0 - SHELF) * h).astype(np.float32)
    return Land(land, (coast - 0.5) * 4.0 + 0.5)


GIANT_HEART = 0.45  # the share of heart islands drawn giant and cropped by the frame


def _heart_pose(
    zone: str, rng: np.random.Generator, at: tuple[float, float], scale: float
) -> tuple[tuple[float, float], float]:
    """Where a heart island lies and how big: a giant one cropped by the far edge, or a
    small or mid one off the thirds (the same mid heart in the middle came back on
    every heart title)."""
    if rng.random() < GIANT_HEART and zone != "centre":
        return _far(zone, rng, rng.uniform(0.12, 0.22)), scale * rng.uniform(1.5, 1.9)
    return at, scale * rng.uniform(0.8, 1.1)  # smaller: the sea wore it into islets


def horizon(direction: ArtDirection, rng: np.random.Generator, zone: str) -> Land:
    """High ground along the frame's far edge, its skyline the song's energy curve: a
    low band of dense contours under wide calm ground, the crest printed solid."""
    x, y = raster.pixel_grid(RES)
    along, depth = (y, x) if zone == "right" else (x, y if zone == "bottom" else 1.0 - y)
    song = signals.smooth(signals.energy(direction, 48), 2)
    curve = np.interp(along, np.linspace(0, 1, 48), song if rng.random() < 0.5 else song[::-1])
    reach = rng.uniform(0.5, 0.6) if zone != "centre" else 0.36
    sky = reach * (0.7 + 0.5 * curve)  # how far from the edge the land reaches
    bump = raster.fractal_noise(rng, cells=3 + round(3 * direction.turbulence), octaves=3, res=RES)
    h = np.clip(1.0 - depth / sky, 0.0, 1.0) ** 0.9 + 0.1 * (bump - 0.5)
    h = terrain.warp(h.astype(np.float32), rng, 0.06)
    h = np.clip(ndimage.gaussian_filter(h, 1.5), 0.0, None)  # no clipped plateau on top
    cut = rng.uniform(0.3, 0.45)  # a broad solid crest: the band reads at 64 px
    return Land(h.astype(np.float32), h - cut + 0.5)


BUILDERS = {"summit": summit, "caldera": caldera, "island": island, "horizon": horizon}
