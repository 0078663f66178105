"""The topographic style's Land (a height field, RES x RES, 0..1, and a mass field
whose part above 0.5 is printed solid) and its one landform: a low band of high
ground along the far edge whose skyline is the song's energy curve. The caldera (a
tree ring) and the small island (a stain) are retired."""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
from scipy import ndimage

from sleeve.engine import raster, signals
from sleeve.engine.direction import ArtDirection
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


BUILDERS = {"horizon": horizon}
