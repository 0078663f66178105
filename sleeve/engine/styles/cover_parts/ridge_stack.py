"""Ridgeline parts: the song's energy curve as a stack of ridge heights (one spectrum
slice per ridge, each kicked by its stretch's strongest onset), one ridge drawn as a
filled band (near ridges hide far ones), the sky behind them and the canvas a
composition draws on."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import raster, signals
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection

if TYPE_CHECKING:
    from sleeve.engine.styles.cover_parts.ridge_inks import Inks

POINTS = 180  # samples along each ridge
U = np.linspace(0.0, 1.0, POINTS)  # where each sample stands across the frame
RGB = tuple[int, int, int]


@dataclass
class Canvas:
    """What a composition draws with: the image (its field laid), a pen on it, the
    inks, and where the calm strip for the title is."""

    direction: ArtDirection
    rng: np.random.Generator
    image: Image.Image
    draw: aggdraw.Draw
    inks: Inks
    pen: float  # the base line weight in pixels
    room: float = 0.22  # the calm strip the title needs (a side fraction)
    calm_top: bool = True  # where it goes: the title layout's own place, top or bottom

    @property
    def size(self) -> int:
        """The side in pixels."""
        return self.image.size[0]


@lru_cache(maxsize=64)
def _lut(colors: tuple[RGB, ...]) -> np.ndarray:
    """The colour ramp through `colors`, kept (a stack asks once per ridge)."""
    return raster.color_lut(colors)


def at(colors: tuple[RGB, ...], t: float) -> RGB:
    """The colour t (0..1) of the way along the ramp through `colors`."""
    lut = _lut(colors)
    r, g, b = (int(v) for v in lut[int(np.clip(t, 0, 1) * 255)])
    return r, g, b


def busy(c: Canvas) -> float:
    """0..1: density and tempo, which set how many ridges and how close."""
    tempo = signals.pace(c.direction)
    return 0.55 * c.direction.density + 0.45 * tempo


def lines(c: Canvas, low: int = 40, high: int = 80) -> int:
    """How many ridges: `low` for a sparse slow song to `high` for a dense fast one."""
    return int(low + round((high - low) * busy(c)))


def heights(
    direction: ArtDirection, rng: np.random.Generator, count: int, spread: float = 1.0
) -> np.ndarray:
    """(count, POINTS) heights in about 0..1, back ridge first: each a perturbed copy
    of the energy curve mixed with its own spectrum slice, calm at the edges (spread
    widens the swell: 1 the classic central mountain, 3 nearly edge to edge); the
    stack swells and falls with the song's arc."""
    curve = signals.energy(direction, POINTS)
    x = np.linspace(0.0, 1.0, POINTS)
    centre = rng.uniform(0.35, 0.65)
    width = rng.uniform(0.16, 0.3) * spread
    envelope = np.exp(-(((x - centre) / width) ** 2) * 0.5)
    if rng.random() < 0.35:  # a second, smaller lobe
        c2 = centre + rng.choice((-1, 1)) * rng.uniform(0.18, 0.3)
        envelope = np.maximum(envelope, 0.6 * np.exp(-(((x - c2) / (width * 0.6)) ** 2) * 0.5))
    envelope = 0.06 + 0.94 * envelope
    swell = signals.energy(direction, count)
    slices = signals.spectrum(direction, count, POINTS // 3)
    rough = 0.08 + 0.12 * direction.turbulence
    copies = np.empty((count, POINTS))
    noise = np.empty((2, count, POINTS))
    bands = np.linspace(0, 1, POINTS // 3)
    for i in range(count):  # the draws in the order they always came
        xs = np.clip(centre + (x - centre) * rng.uniform(0.85, 1.15) + rng.normal(0, 0.035), 0, 1)
        copy = np.interp(xs, x, curve)
        spectral = np.interp(np.abs(xs - centre) * 2, bands, slices[i])
        copies[i] = 0.55 * copy + 0.45 * spectral
        noise[0, i] = rng.normal(0.0, 1.0, POINTS)
        noise[1, i] = rng.normal(0.0, 1.0, POINTS)
    wobble = smooth_rows(noise[0], 4) * rough
    jag = smooth_rows(noise[1], 1) * (0.01 + 0.04 * direction.turbulence)
    h = copies * (0.55 + 0.45 * swell[:, None]) + wobble * (0.4 + copies) + jag
    return np.maximum(h, 0.0) * envelope


def smooth_rows(rows: np.ndarray, k: int) -> np.ndarray:
    """signals.smooth along each row at once (a moving average over 2k+1 points, the
    ends held)."""
    pad = np.pad(rows, ((0, 0), (k, k)), mode="edge")
    total = np.cumsum(np.pad(pad, ((0, 0), (1, 0))), axis=1)
    return (total[:, 2 * k + 1 :] - total[:, : -2 * k - 1]) / (2 * k + 1)


def rows(c: Canvas, count: int, spread: float) -> tuple[np.ndarray, np.ndarray]:
    """A stack's ridges (count, POINTS) normalised to 0..1, back first, and each
    ridge's kick: the strongest onset in its stretch of the song (0.55..1)."""
    h = heights(c.direction, c.rng, count, spread)
    h /= max(float(h.max()), 1e-6)
    kick = signals.onsets(c.direction, count * 4).reshape(count, 4).max(axis=1)
    return h, 0.55 + 0.45 * kick


def ridge(
    draw: aggdraw.Draw,
    line: np.ndarray,
    base: np.ndarray,
    fill: RGB | int | None,
    ink: RGB | None = None,
    width: float = 1.0,
) -> None:
    """One ridge in pixels: line (n, 2) along its crest, base (n, 2) along its foot
    (same order); the band between them in fill, then the crest in ink."""
    if fill is not None:
        poly = np.concatenate([line, base[::-1]]).ravel().tolist()
        draw.polygon(poly, aggdraw.Brush(fill))
    if ink is not None:
        draw.line(line.ravel().tolist(), raster.pen(ink, width))


def band(c: Canvas, crest: np.ndarray, foot: float, fill: RGB, ink: RGB | None = None) -> None:
    """One band in side fractions: crest (n, 2) and a level foot; filled, an optional
    rim along the crest."""
    s = c.size
    base = np.stack([crest[:, 0], np.full(len(crest), foot)], axis=1)
    ridge(c.draw, crest * s, base * s, fill, ink, max(c.pen * 0.8, 0.8))


def sky(c: Canvas, low: float) -> None:
    """Lay the sky on the canvas: the field at the top to the glow at `low` (a side
    fraction) and below; a fresh pen on it."""
    s = c.size
    t = np.clip(np.linspace(0.0, 1.0, s) / max(low, 1e-3), 0.0, 1.0) ** 1.6
    top, glow = np.array(c.inks.bg, float), np.array(c.inks.glow, float)
    col = (top + (glow - top) * t[:, None]).astype(np.uint8)[:, None, :]
    c.draw.flush()
    c.image.paste(Image.fromarray(col, "RGB").resize((s, s), Image.Resampling.NEAREST))
    c.draw = aggdraw.Draw(c.image)


def disc(c: Canvas, x: float, y: float, r: float, colour: RGB) -> None:
    """A sun or moon of radius r at (x, y), side fractions."""
    s = c.size
    c.draw.ellipse([(x - r) * s, (y - r) * s, (x + r) * s, (y + r) * s], aggdraw.Brush(colour))


def loudest(c: Canvas) -> float:
    """Where across the frame (0.1..0.9) the song is loudest."""
    level = signals.smooth(signals.energy(c.direction, POINTS), 12)
    return float(0.1 + 0.8 * np.argmax(level) / (POINTS - 1))


def light(colour: RGB) -> bool:
    """Whether a colour is a light one (a paper or a glow)."""
    return rgb_to_oklch(colour)[0] > 0.5


def region(c: Canvas, margin: float = 0.04) -> tuple[float, float]:
    """The span (top, bottom, side fractions) the art may take: all but the title's
    calm band and a margin."""
    if c.calm_top:
        return c.room + margin, 1.0 - margin
    return margin, 1.0 - c.room - margin
