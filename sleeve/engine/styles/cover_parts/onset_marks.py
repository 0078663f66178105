"""The onset grid's drawing sheet and its round figure: each composition draws the
song's onsets (bars x 16 sixteenths, 0..1 strength) at full size (aggdraw marks, then
any painted coverage layers), the title's band always at the top (the style flips the
picture for a low title), and returns the focal box it drew in.

The target: one big round figure bled off a lower corner, one ring per sixteenth, as
thick as its hit, the rings stepping toward an eye like a speaker cone. Colour,
60/30/10: the field, the ink or a mass colour, the accent on the downbeats.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.raster import RGB
from sleeve.engine.styles.base import Box

KEEP_OUT = 0.36  # the title's band and its margin, from the top
REST = 0.05  # a strength below this is a rest


@dataclass(frozen=True)
class Sheet:
    """Where and how to draw: the drawing, its side in pixels, the seed's generator,
    the field, the ink, the mass colour (the 30 of 60/30/10) and the accent; `layers`
    holds coverage masks printed after the vector marks (print_layers)."""

    draw: aggdraw.Draw
    size: int
    rng: np.random.Generator
    field: RGB
    ink: RGB
    mass: RGB
    hot: RGB
    layers: list[tuple[Image.Image, int, RGB]] = dataclasses.field(default_factory=list)

    def colour(self, step: int, v: float, base: RGB | None = None) -> RGB:
        """A hit's colour: the accent on a played downbeat, `base` (the ink) elsewhere."""
        if step % 16 == 0 and v >= REST:
            return self.hot
        return self.ink if base is None else base

    def box(self, x0: float, y0: float, x1: float, y1: float, colour: RGB) -> None:
        """A filled rectangle (fractions)."""
        s = self.size
        self.draw.rectangle((s * x0, s * y0, s * x1, s * y1), aggdraw.Brush(colour))

    def disc(self, cx: float, cy: float, r: float, colour: RGB) -> None:
        """A filled circle (fractions)."""
        s = self.size
        self.draw.ellipse(
            (s * (cx - r), s * (cy - r), s * (cx + r), s * (cy + r)), aggdraw.Brush(colour)
        )

    def ring(self, cx: float, cy: float, r: float, width: float, colour: RGB) -> None:
        """A circle's outline of `width` centred on radius r (fractions)."""
        s = self.size
        pen = aggdraw.Pen(colour, max(width * s, 0.5))
        self.draw.ellipse((s * (cx - r), s * (cy - r), s * (cx + r), s * (cy + r)), pen)

    def poly(self, points: np.ndarray, colour: RGB) -> None:
        """A filled polygon from (n, 2) points (fractions)."""
        self.draw.polygon((points * self.size).ravel().tolist(), aggdraw.Brush(colour))

    def paint(self, cover: np.ndarray, top: int, colour: RGB) -> None:
        """Print `colour` where `cover` (rows from pixel row `top`, full width, 0..1
        coverage) says, after the vector marks."""
        mask = Image.fromarray((cover * 255 + 0.5).astype(np.uint8), "L")
        self.layers.append((mask, top, colour))

    def print_layers(self, img: Image.Image) -> None:
        """Print the painted layers over the image, in order."""
        for mask, top, colour in self.layers:
            img.paste(colour, (0, top, mask.size[0], top + mask.size[1]), mask)


def steps_of(hits: np.ndarray, count: int, first: int = 0) -> np.ndarray:
    """`count` sixteenths read on from bar `first`, wrapping round the song's bars."""
    return np.resize(np.roll(hits, -first, axis=0).ravel(), count)


def busiest(hits: np.ndarray, count: int) -> int:
    """The first of `count` consecutive bars with the most onset energy."""
    count = min(count, hits.shape[0])
    sums = np.convolve(hits.sum(axis=1), np.ones(count), mode="valid")
    return int(np.argmax(sums))


def target(sheet: Sheet, hits: np.ndarray) -> Box:
    """Concentric rings in a lower corner, one per sixteenth from the rim inward,
    each as thick as its hit (a rest its gap left open), their centres
    stepping toward an eye nearer the middle, so the figure reads as a cone; it bleeds
    off the side and the foot and its rim stops under the title's band. The rings sit
    on a disc of the mass colour, or straight on the field when that colour is grey."""
    rng = sheet.rng
    n = int(rng.choice((7, 8, 10)))
    v = steps_of(hits, n, busiest(hits, n // 16 + 1))
    cx = float(rng.uniform(0.74, 0.86))
    cy = float(rng.uniform(0.84, 0.94))
    rim = cy - KEEP_OUT - 0.01
    eye = np.array([cx - float(rng.uniform(0.14, 0.24)), cy - float(rng.uniform(0.14, 0.22))])
    disc = rgb_to_oklch(sheet.mass)[1] >= 0.05
    ground = sheet.mass if disc else sheet.field
    sheet.disc(cx, cy, rim, ground)
    pitch = rim / (n + 1.2)
    for k in range(n):  # rim to eye: each ring a disc of its colour, then the gap inside
        t = k / n
        c = np.array([cx, cy]) * (1 - t) + eye * t
        r = rim - (k + 0.5) * pitch
        if v[k] < REST:  # a rest: the gap itself
            continue
        w = pitch * (0.16 + 0.8 * float(v[k]) ** 1.2)
        base = sheet.field if disc else sheet.ink
        sheet.ring(float(c[0]), float(c[1]), r, w, sheet.colour(k, float(v[k]), base))
    sheet.disc(float(eye[0]), float(eye[1]), pitch * 0.9, sheet.hot)
    return (cx - rim, cy - rim, min(1.0, cx + rim), min(1.0, cy + rim))
