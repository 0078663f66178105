"""The engraver's line: parallel rules whose width swells with the tone they carry (a
copperplate's line hatching), drawn analytically per pixel so they stay crisp at any
size, and the plate they are cut into (its inks, the title's calm band, its side)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

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


@dataclass
class Plate:
    """What a composition draws on: the side in pixels, the ink coverage (0..1, the
    ink over the paper) and the accent's coverage, the track, its generator and inks,
    where the title's calm band ends (share of the side from its edge) and whether
    it is at the top; `flat` is a panel's coverage, printed under the ink."""

    side: int
    cover: np.ndarray
    spot: np.ndarray
    flat: np.ndarray
    direction: ArtDirection
    rng: np.random.Generator
    inks: Inks
    band: float
    top: bool

    def grid(self) -> tuple[np.ndarray, np.ndarray]:
        """Pixel-centre coordinates as fractions of the side, shapes (1, n), (n, 1)."""
        c = (np.arange(self.side, dtype=np.float32) + 0.5) / self.side
        return c[None, :], c[:, None]

    def art_span(self) -> tuple[float, float]:
        """The rows (fractions) the picture may fill: all but the title's band."""
        return (self.band, 1.0) if self.top else (0.0, 1.0 - self.band)

    def ink(self, coverage: np.ndarray) -> None:
        """Lay more ink (coverage 0..1, full size or broadcastable) on the plate."""
        np.maximum(self.cover, coverage, out=self.cover)

    def erase(self, mask: np.ndarray) -> None:
        """Scrape the plate clean where mask (0..1) is set (a highlight, an edge)."""
        self.cover *= 1.0 - np.clip(mask, 0.0, 1.0)


def rules(
    plate: Plate,
    tone: np.ndarray,
    spacing: float,
    angle: float,
    offset: np.ndarray | float = 0.0,
) -> np.ndarray:
    """Line hatching: parallel rules `spacing` (share of the side) apart at `angle`
    (radians, 0 = horizontal rules), bent by `offset` (share of the side, per pixel),
    each as wide as `tone` (0 paper .. 1 solid ink) of its spacing. Returns the ink
    coverage, anti-aliased over one pixel."""
    x, y = plate.grid()
    across = (-x * np.sin(angle) + y * np.cos(angle) + offset) * plate.side  # px
    pitch = spacing * plate.side
    # px of `across` per pixel: 1 for straight rules, other where an offset bends them
    grad = 1.0
    if isinstance(offset, np.ndarray) and offset.ndim == 2 and offset.shape[0] > 1:
        gy, gx = np.gradient(across)
        grad = np.maximum(np.hypot(gx, gy), 0.05)
    phase = across / pitch
    dist = np.abs(phase - np.round(phase)) * pitch  # from the nearest rule's centre
    half = 0.5 * pitch * np.clip(tone, 0.0, 1.0)
    # a rule thinner than a pixel keeps its share of ink as a fainter pixel-wide line
    thin = np.clip(2.0 * half / grad, 0.0, 1.0)
    return np.clip((np.maximum(half, 0.5 * grad) - dist) / grad + 0.5, 0.0, 1.0) * thin


def smooth_mask(dist: np.ndarray, side: int, soft: float = 1.0) -> np.ndarray:
    """A shape's coverage from its signed distance (share of the side, negative
    inside), anti-aliased over `soft` pixels."""
    return np.clip(0.5 - dist * side / soft, 0.0, 1.0)


def stroke(dist: np.ndarray, side: int, width: float) -> np.ndarray:
    """An outline `width` (share of the side) wide along a signed distance's zero."""
    return np.clip(0.5 * width * side - np.abs(dist) * side + 0.5, 0.0, 1.0)
