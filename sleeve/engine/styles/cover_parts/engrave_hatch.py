"""The engraver's line: parallel rules whose width swells with the tone they carry (a
copperplate's line hatching), drawn analytically per pixel so they stay crisp at any
size, and the plate they are cut into (its inks, the title's calm band, its side)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from sleeve.engine import raster
from sleeve.engine.direction import RGB, ArtDirection


@dataclass(frozen=True)
class Inks:
    """The plate's paper, its one ink, an accent (a spot colour used sparingly) and
    the flat colour of a cartouche's panel."""

    paper: RGB
    ink: RGB
    accent: RGB
    panel: RGB
    dark: bool  # a dark field printed in a pale ink


COARSE = 160  # the side smooth fields (tones, bends, outlines' distances) are computed at


@dataclass
class Plate:
    """What a composition draws on: the side in pixels, the ink coverage (0..1, the
    ink over the paper) and the accent's coverage, the track, its generator and inks,
    where the title's calm band ends (share of the side from its edge) and whether
    it is at the top; `flat` is a panel's coverage, printed under the ink. `window`
    (rows, columns) is the part of the plate that grid, ink and erase work on, so a
    subject is cut only where it lies."""

    side: int
    cover: np.ndarray
    spot: np.ndarray
    flat: np.ndarray
    direction: ArtDirection
    rng: np.random.Generator
    inks: Inks
    band: float
    top: bool
    window: tuple[slice, slice] = (slice(None), slice(None))

    def focus(self, box: tuple[float, float, float, float] | None) -> None:
        """Work on the pixels of box (fractions, clipped to the plate) only; None for all."""
        if box is None:
            self.window = (slice(None), slice(None))
            return
        x0, y0, x1, y1 = (min(max(round(v * self.side), 0), self.side) for v in box)
        self.window = (slice(y0, max(y1, y0 + 1)), slice(x0, max(x1, x0 + 1)))

    def grid(self) -> tuple[np.ndarray, np.ndarray]:
        """The window's pixel-centre coordinates as fractions of the side, shapes
        (1, w), (h, 1)."""
        c = (np.arange(self.side, dtype=np.float32) + 0.5) / self.side
        rows, cols = self.window
        return c[cols][None, :], c[rows][:, None]

    @staticmethod
    def coarse_grid() -> tuple[np.ndarray, np.ndarray]:
        """Coordinates (fractions) of the COARSE grid smooth fields are computed on."""
        return raster.pixel_grid(COARSE)

    def up(self, field: np.ndarray) -> np.ndarray:
        """A smooth field from the coarse grid at the plate's side, in the window."""
        full = np.broadcast_to(field, (COARSE, COARSE)).astype(np.float32)
        return raster.upscale(full, self.side)[self.window]

    def art_span(self) -> tuple[float, float]:
        """The rows (fractions) the picture may fill: all but the title's band."""
        return (self.band, 1.0) if self.top else (0.0, 1.0 - self.band)

    def ink(self, coverage: np.ndarray) -> None:
        """Lay more ink (coverage 0..1, the window's shape or broadcastable) on it."""
        part = self.cover[self.window]
        np.maximum(part, coverage, out=part)

    def erase(self, mask: np.ndarray) -> None:
        """Scrape the window clean where mask (0..1) is set (a highlight, an edge)."""
        self.cover[self.window] *= 1.0 - np.clip(mask, 0.0, 1.0)


def rules(
    plate: Plate,
    tone: np.ndarray,
    spacing: float,
    angle: float,
    offset: np.ndarray | float = 0.0,
    grad: np.ndarray | float = 1.0,
) -> np.ndarray:
    """Line hatching: parallel rules `spacing` (share of the side) apart at `angle`
    (radians, 0 = horizontal rules), bent by `offset` (share of the side, per pixel),
    each as wide as `tone` (0 paper .. 1 solid ink) of its spacing; `grad` is how fast
    the bent coordinate runs per pixel (1 unbent). Returns the ink coverage over the
    window, anti-aliased over one pixel."""
    x, y = plate.grid()
    pitch = np.float32(spacing * plate.side)
    phase = (-x * np.sin(angle) + y * np.cos(angle) + offset) * (plate.side / pitch)
    dist = np.abs(phase - np.round(phase)) * pitch  # px from the nearest rule's centre
    half = (0.5 * pitch) * np.clip(tone, 0.0, 1.0)
    # a rule thinner than a pixel keeps its share of ink as a fainter pixel-wide line
    thin = np.clip(2.0 * half / grad, 0.0, 1.0)
    return np.clip((np.maximum(half, 0.5 * grad) - dist) / grad + 0.5, 0.0, 1.0) * thin


def smooth_mask(dist: np.ndarray, side: int, soft: float = 1.0) -> np.ndarray:
    """A shape's coverage from its signed distance (share of the side, negative
    inside), anti-aliased over `soft` pixels."""
    return np.clip(0.5 - dist * (side / soft), 0.0, 1.0)


def stroke(dist: np.ndarray, side: int, width: float) -> np.ndarray:
    """An outline `width` (share of the side) wide along a signed distance's zero."""
    return np.clip((0.5 * width * side + 0.5) - np.abs(dist) * side, 0.0, 1.0)
