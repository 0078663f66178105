"""The loudness horizon's flat graphics (its landscapes are in horizon_scenes): the
song's loudness curve as one bold shape on a colour-blocked field. Each draws on a
canvas of the field colour and returns its honest focal box, keeping the title's
band ('top' or 'bottom') calm.

echo: the curve repeated 5-12 times, stacked and offset like a dub echo;
peak-side: the loudest moment as a huge silhouette rising from the left or right edge.
"""

from __future__ import annotations

from collections.abc import Callable

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import raster, signals
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts import horizon_land as land
from sleeve.engine.styles.cover_parts.horizon_inks import Inks

CALM_TOP = 0.36  # the title's band ends here (or starts at 1 - CALM_TOP)


class Canvas:
    """A cover being drawn: the image (the field colour) and a pen on it."""

    def __init__(self, size: int, colour: raster.RGB) -> None:
        self.size = size
        self.img = Image.new("RGB", (size, size), colour)
        self._pen: aggdraw.Draw | None = None

    @property
    def draw(self) -> aggdraw.Draw:
        """The pen, made on first use (a scene may first lay a sky under it)."""
        if self._pen is None:
            self._pen = aggdraw.Draw(self.img)
        return self._pen

    def lay(self, image: Image.Image) -> None:
        """Replace the picture under the pen (before anything is drawn)."""
        self.img, self._pen = image, None

    def fill(self, top: np.ndarray, colour: raster.RGB, bottom: np.ndarray | float = 1.02) -> None:
        """Fill between two curves over the cover's width."""
        land.fill(self.draw, self.size, land.XS, top, colour, bottom)

    def poly(self, xs: np.ndarray, ys: np.ndarray, colour: raster.RGB) -> None:
        """A filled anti-aliased polygon through the points (fractions)."""
        pts = np.stack((xs, ys), 1).ravel() * self.size
        self.draw.polygon(pts.tolist(), aggdraw.Brush(colour))

    def line(self, xs: np.ndarray, ys: np.ndarray, colour: raster.RGB, width: float) -> None:
        """A line through the points (fractions), `width` a fraction of the side."""
        pts = np.stack((xs, ys), 1).ravel() * self.size
        self.draw.line(pts.tolist(), raster.pen(colour, max(1.0, width * self.size)))

    def rect(self, box: Box, colour: raster.RGB, width: float = 0.0) -> None:
        """A box (fractions): filled, or ruled `width` wide when width > 0."""
        x0, y0, x1, y1 = (v * self.size for v in box)
        if width > 0:
            self.draw.rectangle((x0, y0, x1, y1), raster.pen(colour, max(1.0, width * self.size)))
        else:
            self.draw.rectangle((x0, y0, x1, y1), aggdraw.Brush(colour))

    def done(self) -> Image.Image:
        """The image with every pending stroke drawn."""
        if self._pen is not None:
            self._pen.flush()
        return self.img


def curve(
    d: ArtDirection, window: tuple[float, float], smoothing: int, least: int = 12
) -> np.ndarray:
    """The song's loudness between window[0] and [1] (fractions of its length) along
    the cover, smoothed over `smoothing` points, 0 at its quiet end to 1 at its loud
    end. A compressed master whose loudness barely moves shows its beat instead (the
    onsets' envelope), never invented hills; a silent intro or one spike does not
    flatten the rest. `least`: the least smoothing (of 1024 points over the song), so
    a zoomed stretch does not show every beat as a tooth."""
    song = signals.energy(d, 1024, stretch=False)
    hits = signals.resample(signals.onsets(d, 256), 1024)
    a, b = (int(np.clip(v, 0.08, 0.94) * 1023) for v in window)  # edges: fade-in/out
    b = max(b, a + 8)
    k = max(least, round(smoothing * (b - a) / land.POINTS))  # smoothed over the whole song,
    line = signals.resample(signals.smooth(song, k, "reflect")[a:b], land.POINTS)  # so no edge lift
    reach = max(8, k)  # smoothed twice: no ripple at the beat
    beats = signals.smooth(signals.smooth(hits, reach, "reflect"), reach, "reflect")
    pulse = signals.resample(beats[a:b], land.POINTS)
    low, high = np.percentile(line, (12, 98))
    relief = float(high - low)
    line = np.clip((line - low) / max(relief, 0.08), 0.0, 1.0)
    beat = (pulse - pulse.min()) / max(float(np.ptp(pulse)), 0.1)  # an even beat stays even
    heights = line + max(0.0, 1.0 - relief / 0.08) * beat
    return heights / max(float(heights.max()), 1e-6)


def _flip(ys: np.ndarray, band: str) -> np.ndarray:
    """y drawn for a title at the top; mirrored top-to-bottom for one at the bottom."""
    return ys if band == "top" else 1.0 - ys


def _flip_box(box: Box, band: str) -> Box:
    x0, y0, x1, y1 = box
    return box if band == "top" else (x0, 1.0 - y1, x1, 1.0 - y0)


def peak_window(d: ArtDirection, rng: np.random.Generator) -> tuple[float, float]:
    """A short stretch of the song round its loudest moment."""
    span = rng.uniform(0.14, 0.3)
    start = land.loudest(d) - span * rng.uniform(0.35, 0.65)
    start = float(np.clip(start, 0.0, 1.0 - span))
    return start, start + span


def echo(d: ArtDirection, rng: np.random.Generator, c: Canvas, inks: Inks, band: str) -> Box:
    """The curve repeated 5-12 times, each copy a step lower and nearer (a dub echo),
    filling the part of the frame away from the title: bold lines over field-coloured
    fills, the far half in the mass colour and (on a colourful palette) the near half
    in the second, the nearest in the accent."""
    n = int(np.clip(5 + round(7 * d.density) + int(rng.integers(-1, 2)), 5, 12))
    heights = curve(d, (0.0, 1.0), round(3 + 8 * (1.0 - d.turbulence)), 20)  # no scribble
    top_y = CALM_TOP + rng.uniform(0.0, 0.04)
    foot = rng.uniform(0.9, 1.08)
    amp = rng.uniform(0.22, 0.34)
    step = (foot - top_y - amp) / max(n - 1, 1)
    drift = rng.uniform(-0.045, 0.045) / (n - 1)  # the ends stay off the frame
    width = rng.uniform(0.007, 0.013)
    near = (
        inks.second
        if _vivid_apart(inks.second, inks.field) and _vivid_apart(inks.mass, inks.field)
        else inks.mass
    )
    for i in range(n):
        base = top_y + amp + step * i
        top = base - amp * heights
        xs = land.XS * 1.1 - 0.05 + drift * i
        ys = _flip(top, band)
        bottom = _flip(np.full(land.POINTS, base + step * 1.05), band)
        polyx, polyy = np.r_[xs, xs[::-1]], np.r_[ys, bottom[::-1]]
        c.poly(polyx, polyy, inks.field)
        c.line(xs, ys, inks.accent if i == n - 1 else (inks.mass if i < n / 2 else near), width)
    return _flip_box((0.0, top_y, 1.0, min(1.0, foot + step)), band)


def _vivid_apart(colour: raster.RGB, field: raster.RGB) -> bool:
    """Whether a colour is vivid and reads on the field (a colourful palette's ink)."""
    lit, chroma, _ = rgb_to_oklch(colour)
    return chroma >= 0.08 and abs(lit - rgb_to_oklch(field)[0]) >= 0.25


def summit(
    heights: np.ndarray, rng: np.random.Generator, width: tuple[float, float] = (0.2, 0.42)
) -> np.ndarray:
    """A zoomed stretch shaped into one mountain: its loudest point (on a third, off
    the frame's edges) the summit, the rest falling away from it over `width` (of
    the stretch), the song's own ridges along both flanks."""
    loud = land.XS[int(np.argmax(heights))]
    at = (0.3, 0.7)[int(loud > 0.5)] + rng.uniform(-0.08, 0.08)  # on a third, not centred
    bell = np.exp(-(((land.XS - at) / rng.uniform(*width)) ** 2))
    shaped = heights * (0.3 + 0.7 * bell) + 0.25 * bell
    return shaped / float(shaped.max())


def peak_side(d: ArtDirection, rng: np.random.Generator, c: Canvas, inks: Inks, band: str) -> Box:
    """The loudest moment as a huge cliff rising from the left or right edge (the song
    running down the frame, away from the title), its crest reaching most of the way
    across, the face beyond the crest in shadow; an accent line traces it a step out."""
    heights = curve(d, peak_window(d, rng), 6, round(18 + 18 * (1.0 - d.turbulence)))
    rise = np.clip(land.XS / 0.12, 0.0, 1.0) ** 0.5  # grows out of the edge
    heights = summit(heights, rng, (0.34, 0.6)) * rise  # a broad headland, not a beak
    reach = rng.uniform(0.62, 0.8)
    ys = CALM_TOP + (1.06 - CALM_TOP) * land.XS
    xs = reach * heights - 0.01
    right = rng.random() < 0.5
    ex = 1.0 - xs if right else xs
    side = 1.05 if right else -0.05
    edge = np.full(land.POINTS, side)
    c.poly(np.r_[ex, edge], np.r_[_flip(ys, band), _flip(ys[::-1], band)], inks.mass)
    i = int(np.argmax(xs))
    shade = raster.tone(inks.mass, rgb_to_oklch(inks.mass)[0] * (0.62 if _lit(inks.mass) else 1.6))
    foot = ys[i] + rng.uniform(0.1, 0.35)
    c.poly(np.r_[ex[i:], side, side], _flip(np.r_[ys[i:], ys[-1], foot], band), shade)
    gap = rng.uniform(0.025, 0.045)
    out = 1.0 - (xs + gap) if right else xs + gap
    c.line(out, _flip(ys, band), inks.accent, 0.005)
    x1 = float(xs.max() + gap + 0.02)
    box = (1.0 - x1, CALM_TOP, 1.0, 1.0) if right else (0.0, CALM_TOP, x1, 1.0)
    return _flip_box(box, band)


def _lit(colour: raster.RGB) -> bool:
    """Whether a shadow on this colour is darker (else a lighter facet reads better)."""
    return rgb_to_oklch(colour)[0] > 0.3


Form = Callable[[ArtDirection, np.random.Generator, Canvas, Inks, str], Box]
