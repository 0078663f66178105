"""The onset grid's drawing sheet: each composition draws the song's onsets (bars x 16
sixteenths, 0..1 strength) at full size with aggdraw, keeping the title's band flat
field, and returns the focal box it drew in.

Colour, 60/30/10: the field, the ink or a mass colour, the accent on the downbeats."""

from __future__ import annotations

from dataclasses import dataclass

import aggdraw
import numpy as np

from sleeve.engine.raster import RGB

KEEP_OUT = 0.36  # the title's band and its margin, from its edge of the frame
REST = 0.05  # a strength below this is a rest


@dataclass(frozen=True)
class Sheet:
    """Where and how to draw: the drawing, its side in pixels, the seed's generator,
    the field, the ink, the mass colour (the 30 of 60/30/10), the accent, whether
    the title's band is at the top (else at the foot) and how deep it is, and the tempo."""

    draw: aggdraw.Draw
    size: int
    rng: np.random.Generator
    field: RGB
    ink: RGB
    mass: RGB
    hot: RGB
    top: bool = True
    keep: float = KEEP_OUT  # the title's band and its margin (a deep title's deeper)
    tempo: float = 120.0  # the song's beats a minute
    drive: float = 0.5  # the song's energy (0..1): the graphic prints' scale

    @property
    def band(self) -> tuple[float, float]:
        """(first, last) y of the art, outside the title's band (fractions)."""
        return (self.keep, 1.0) if self.top else (0.0, 1.0 - self.keep)

    def colour(self, step: int, v: float, base: RGB | None = None) -> RGB:
        """A hit's colour: the accent on a played downbeat, `base` (the ink) elsewhere."""
        if step % 16 == 0 and v >= REST:
            return self.hot
        return self.ink if base is None else base

    def box(
        self, x0: float, y0: float, x1: float, y1: float, colour: RGB, alpha: int = 255
    ) -> None:
        """A filled rectangle (fractions)."""
        s = self.size
        self.draw.rectangle((s * x0, s * y0, s * x1, s * y1), aggdraw.Brush(colour, alpha))

    def frame(self, x0: float, y0: float, x1: float, y1: float, colour: RGB, width: float) -> None:
        """A rectangle's outline (fractions; `width` as a fraction of the side)."""
        s = self.size
        self.draw.rectangle((s * x0, s * y0, s * x1, s * y1), aggdraw.Pen(colour, s * width))

    def disc(self, cx: float, cy: float, r: float, colour: RGB, alpha: int = 255) -> None:
        """A filled circle (fractions)."""
        s = self.size
        self.draw.ellipse(
            (s * (cx - r), s * (cy - r), s * (cx + r), s * (cy + r)), aggdraw.Brush(colour, alpha)
        )

    def ring(self, cx: float, cy: float, r: float, colour: RGB, width: float) -> None:
        """A circle's outline (fractions; `width` in pixels)."""
        s = self.size
        self.draw.ellipse(
            (s * (cx - r), s * (cy - r), s * (cx + r), s * (cy + r)), aggdraw.Pen(colour, width)
        )

    def poly(self, points: np.ndarray, colour: RGB, alpha: int = 255) -> None:
        """A filled polygon from (n, 2) points (fractions)."""
        pts = (np.asarray(points, np.float64) * self.size).ravel().tolist()
        self.draw.polygon(pts, aggdraw.Brush(colour, alpha))


def busiest(hits: np.ndarray, count: int) -> int:
    """The first of `count` consecutive bars with the most onset energy."""
    count = min(count, hits.shape[0])
    sums = np.convolve(hits.sum(axis=1), np.ones(count), mode="valid")
    return int(np.argmax(sums))


def sector(
    cx: float, cy: float, r0: float, r1: float, a0: float, a1: float, steps: int = 7
) -> np.ndarray:
    """A ring sector as polygon points: the ring between radii r0 and r1 from angle a0
    to a1 (the tiles' quarter and half discs)."""
    a = np.linspace(a0, a1, steps)
    outer = np.stack([cx + r1 * np.cos(a), cy + r1 * np.sin(a)], 1)
    inner = np.stack([cx + r0 * np.cos(a[::-1]), cy + r0 * np.sin(a[::-1])], 1)
    return np.concatenate([outer, inner])
