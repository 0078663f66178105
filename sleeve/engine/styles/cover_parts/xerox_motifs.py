"""The copier and the glue for the xerox collage: one grey picture cropped and burnt
to 1-bit ink by a bad photocopier (overexposed, a coarse dot screen in the mid-tones,
uneven toner, dark edges, streaks and specks); torn-edged masks and tape.

All noise is drawn at fixed resolutions and scaled, so a copy looks the same at any
size and the same seed gives the same picture.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cached_property

import aggdraw
import numpy as np
from PIL import Image, ImageChops, ImageDraw

from sleeve.engine import raster
from sleeve.engine.raster import RGB
from sleeve.engine.styles.base import Box

NOISE = 128  # the resolution every noise field is drawn at


def crop(tone: np.ndarray, box: Box, w: int, h: int) -> np.ndarray:
    """The part `box` (fractions) of a square grey field, resized to w x h."""
    side = tone.shape[0]
    field = Image.fromarray(np.asarray(tone, np.float32), "F")
    pixels = tuple(v * side for v in box)
    out = field.resize((w, h), Image.Resampling.BILINEAR, box=pixels)  # type: ignore[arg-type]
    return np.array(out, np.float32)


def photocopy(
    tone: np.ndarray,
    rng: np.random.Generator,
    contrast: float,
    dots: float,
    burn: float,
    least: float = 0.2,
    most: float = 0.72,
) -> np.ndarray:
    """A grey field (0 black .. 1 white) copied to ink (True where toner sticks):
    pushed past white, uneven toner, edges burnt by `burn`, streaks down the feed,
    specks, then a coarse 45-degree dot screen of `dots` cells across that only the
    mid-tones show; the threshold keeps the toner between `least` and `most` of the
    sheet (a fifth and most of it unless asked)."""
    h, w = tone.shape
    # the smooth parts (uneven toner, specks) summed at NOISE and stretched once; the
    # burnt edges, the streaks and the screen as rows and columns added in place
    small = (raster.fractal_noise(rng, 3, 3, res=NOISE) - 0.5) * 0.3
    feed = np.zeros(NOISE, np.float32)
    feed[rng.integers(0, NOISE, int(rng.integers(0, 3)))] = -0.35
    feed = np.convolve(feed, np.ones(2, np.float32), "same")
    small += (rng.random((NOISE, NOISE)) < 0.006).astype(np.float32) * -1.5
    value = tone * np.float32(contrast)
    value += crop(small, (0.0, 0.0, 1.0, 1.0), w, h)
    # exp(-min(x, y) / 0.05) is the larger of exp(-x / 0.05) and exp(-y / 0.05)
    ys = np.linspace(0.0, 1.0, h, dtype=np.float32)
    xs = np.linspace(0.0, 1.0, w, dtype=np.float32)
    burn_y = burn * np.exp(-np.minimum(ys, 1 - ys) / 0.05)
    burn_x = burn * np.exp(-np.minimum(xs, 1 - xs) / 0.05)
    value -= np.maximum(burn_x[None, :], burn_y[:, None])
    a = np.float32(np.pi * dots / max(w, h) / np.sqrt(2.0))
    wave_x = np.cos(2 * a * np.arange(w, dtype=np.float32)) * np.float32(0.25)
    wave_y = np.cos(2 * a * np.arange(h, dtype=np.float32)) * np.float32(0.25)
    streaks = np.interp(np.linspace(0, NOISE - 1, w), np.arange(NOISE), feed)
    # overexposed (the whites blow out), streaked, and the 45-degree screen (-0.5 .. 0.5)
    row = 0.62 - 0.5 * contrast + streaks + 0.9 * wave_x
    value += row.astype(np.float32)[None, :]
    value += (0.9 * wave_y)[:, None]
    low, high = np.quantile(value[::4, ::4], (least, max(most, least + 0.1)))
    return value < np.clip(0.5, low, high)  # never a blank sheet, never all toner


def _outline(w: int, h: int, rng: np.random.Generator, depth: float, sides: str) -> np.ndarray:
    """The (360, 2) outline of a w x h scrap whose `sides` (t, l, b, r) are torn about
    `depth` pixels in, along a wandering line with small teeth."""
    corners = {"t": ((0, 0), (w, 0)), "r": ((w, 0), (w, h)), "b": ((w, h), (0, h))}
    corners["l"] = ((0, h), (0, 0))
    t = np.linspace(0, 1, 90, endpoint=False)
    parts = []
    for side in "trbl":
        (x0, y0), (x1, y1) = corners[side]
        nx, ny = -(y1 - y0), (x1 - x0)  # inward
        norm = max(1.0, float(np.hypot(nx, ny)))
        walk = np.cumsum(rng.normal(0, 1, 90)) * 0.15 + rng.normal(0, 0.25, 90)
        walk = (walk - walk.min()) * depth * 0.5 + depth * 0.6
        if side not in sides:
            walk = np.zeros(90)
        xs = x0 + (x1 - x0) * t + walk * nx / norm
        parts.append(np.stack([xs, y0 + (y1 - y0) * t + walk * ny / norm], axis=1))
    return np.concatenate(parts)


@dataclass(frozen=True)
class Turn:
    """A w x h scrap turned `tilt` degrees as PIL's rotate(expand=True) turns it: the
    turned frame's size and the map of scrap points into it."""

    w: int
    h: int
    tilt: float

    @cached_property
    def _matrix(self) -> tuple[list[float], int, int]:
        """PIL's reverse matrix (frame to scrap) and the frame's size."""
        w, h = self.w, self.h
        if not self.tilt % 360.0:
            return [1.0, 0.0, 0.0, 0.0, 1.0, 0.0], w, h
        angle = -math.radians(self.tilt % 360.0)
        cos, sin = round(math.cos(angle), 15), round(math.sin(angle), 15)
        a, b, d, e = cos, sin, round(-math.sin(angle), 15), cos
        c = a * -w / 2 + b * -h / 2 + w / 2
        f = d * -w / 2 + e * -h / 2 + h / 2
        xx = [a * x + b * y + c for x, y in ((0, 0), (w, 0), (w, h), (0, h))]
        yy = [d * x + e * y + f for x, y in ((0, 0), (w, 0), (w, h), (0, h))]
        nw = math.ceil(max(xx)) - math.floor(min(xx))
        nh = math.ceil(max(yy)) - math.floor(min(yy))
        dx, dy = -(nw - w) / 2.0, -(nh - h) / 2.0
        return [a, b, a * dx + b * dy + c, d, e, d * dx + e * dy + f], nw, nh

    @property
    def size(self) -> tuple[int, int]:
        _, nw, nh = self._matrix
        return nw, nh

    def points(self, outline: np.ndarray) -> list[float]:
        """Scrap points (n, 2) in the turned frame, flat for aggdraw."""
        (a, b, c, d, e, f), _, _ = self._matrix
        x, y = outline[:, 0] - c, outline[:, 1] - f
        det = a * e - b * d
        return np.stack([(e * x - b * y) / det, (a * y - d * x) / det], axis=1).ravel().tolist()

    def image(self, layer: Image.Image) -> Image.Image:
        """An L layer of the scrap turned into the frame (bilinear)."""
        if not self.tilt % 360.0:
            return layer
        return layer.rotate(self.tilt, expand=True, resample=Image.Resampling.BILINEAR)


@dataclass(frozen=True)
class Tear:
    """A torn scrap's two outlines: its white torn rim and, a little inside it, the
    printed face."""

    rim: np.ndarray
    face: np.ndarray

    def masks(self, turn: Turn) -> tuple[Image.Image, Image.Image]:
        """The rim and face as anti-aliased L masks drawn straight into the turned
        frame (the face clipped by the rim)."""
        out = []
        for outline in (self.rim, self.face):
            draw = aggdraw.Draw("L", turn.size, 0)
            draw.polygon(turn.points(outline), aggdraw.Brush(255))
            out.append(Image.frombytes("L", turn.size, draw.tobytes()))
        return out[0], ImageChops.multiply(out[0], out[1])


def torn(w: int, h: int, rng: np.random.Generator, depth: float, sides: str = "tlbr") -> Tear:
    """The outlines of a torn scrap: its white torn rim and, a little inside it, the
    printed face (`depth` is how far the tear wanders, in pixels)."""
    rim = _outline(w, h, rng, depth, sides)
    return Tear(rim, _outline(w, h, rng, depth * 1.8, sides))


def tape(draw: ImageDraw.ImageDraw, x: float, y: float, length: float, angle: float) -> None:
    """A strip of yellowed translucent tape centred at (x, y) pixels, `length` long."""
    ux, uy = np.cos(angle) * length / 2, np.sin(angle) * length / 2
    nx, ny = -uy * 0.3, ux * 0.3
    corners = [(x - ux - nx, y - uy - ny), (x + ux - nx, y + uy - ny)]
    corners += [(x + ux + nx, y + uy + ny), (x - ux + nx, y - uy + ny)]
    draw.polygon(corners, fill=(236, 228, 196, 150))


RIM: RGB = (252, 251, 246)  # the white core a tear shows


def _layered(paper: RGB, face: Image.Image, toner: RGB, ink: Image.Image) -> Image.Image:
    """A scrap's turned frame in colour: the white rim, and where the face is the
    `paper` with `toner` where the ink is, as one palette image indexed by the two
    masks (16 levels each, only their anti-aliased edges between): one paste instead
    of three."""
    levels = np.linspace(0.0, 1.0, 16)
    printed = np.array(paper) + (np.array(toner) - np.array(paper)) * levels[None, :, None]
    palette = np.array(RIM) + (printed - np.array(RIM)) * levels[:, None, None]
    index = (np.asarray(face) >> 4 << 4) | (np.asarray(ink) >> 4)
    piece = Image.fromarray(index, "P")
    piece.putpalette((palette + 0.5).astype(np.uint8).tobytes())
    return piece


def paste(
    img: Image.Image,
    paper: RGB,
    toner: RGB,
    ink: np.ndarray,
    tear: Tear,
    at: tuple[float, float],
    tilt: float,
) -> tuple[Image.Image, tuple[int, int]]:
    """Paste a torn scrap of `paper` printed with `toner` where `ink` (h x w bool)
    is, its unturned top-left at `at` (pixels), turned `tilt` degrees; the turned ink
    (L) and where its frame went. The rim and face are drawn straight into the turned
    frame and only the ink (one byte a pixel) is turned: a tenth of turning the scrap
    in colour."""
    h, w = ink.shape
    turn = Turn(w, h, float(tilt))
    rim, face = tear.masks(turn)
    left = int(at[0] - (turn.size[0] - w) / 2)
    top = int(at[1] - (turn.size[1] - h) / 2)
    turned = turn.image(Image.fromarray(ink.astype(np.uint8) * 255, "L"))
    img.paste(_layered(paper, face, toner, turned), (left, top), rim)
    return turned, (left, top)
