"""The copier and the glue for the xerox collage: one grey picture (a mono-grain
scene, or one huge letter of the title) cropped and burnt to 1-bit ink by a bad
photocopier (overexposed, a coarse dot screen in the mid-tones, uneven toner, dark
edges, streaks and specks); torn-edged masks, tape and staples.

All noise is drawn at fixed resolutions and scaled, so a copy looks the same at any
size and the same seed gives the same picture.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cached_property, lru_cache

import aggdraw
import numpy as np
from PIL import Image, ImageChops, ImageDraw

from sleeve.engine import raster
from sleeve.engine.fonts import FontFace, covers, fallback_chain, title_face
from sleeve.engine.styles.base import Box

NOISE = 128  # the resolution every noise field is drawn at


def crop(tone: np.ndarray, box: Box, w: int, h: int) -> np.ndarray:
    """The part `box` (fractions) of a square grey field, resized to w x h."""
    side = tone.shape[0]
    field = Image.fromarray(np.asarray(tone, np.float32), "F")
    pixels = tuple(v * side for v in box)
    out = field.resize((w, h), Image.Resampling.BILINEAR, box=pixels)  # type: ignore[arg-type]
    return np.array(out, np.float32)


@lru_cache(maxsize=256)
def _heavy(glyph: str) -> FontFace:
    """The heavy face a huge letter is cut from."""
    return title_face(glyph, "condensed", 900.0)


def draws(glyph: str) -> bool:
    """Whether the heavy face draws `glyph` (one character), so letter() can cut it."""
    return bool(glyph) and covers(_heavy(glyph), glyph)


def letter(glyph: str, x: float, y: float, height: float, res: int = 256) -> Image.Image:
    """One huge glyph (one that draws() accepts) in black on white (L), centred at
    (x, y) and `height` of the side tall in its face (cropped by the edge when it
    runs over)."""
    img = Image.new("L", (res, res), 255)
    font = _heavy(glyph).sized(int(res * height))
    ImageDraw.Draw(img).text((res * x, res * y), glyph, fill=0, font=font, anchor="mm")
    return img


def _noise(rng: np.random.Generator, w: int, h: int, cells: int, amount: float) -> np.ndarray:
    """Smooth noise (centred on 0) of `amount`, stretched to w x h."""
    field = (raster.fractal_noise(rng, cells, 3, res=NOISE) - 0.5) * amount
    return crop(field, (0.0, 0.0, 1.0, 1.0), w, h)


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


def staple(draw: ImageDraw.ImageDraw, x: float, y: float, size: int, angle: float) -> None:
    """A staple: a short silver bar with a dark shadow, at (x, y) pixels."""
    dx, dy = np.cos(angle) * size * 0.035, np.sin(angle) * size * 0.035
    width = max(2, size // 170)
    draw.line((x - dx + 1, y - dy + 1, x + dx + 1, y + dy + 1), fill=(20, 20, 20, 200), width=width)
    draw.line((x - dx, y - dy, x + dx, y + dy), fill=(205, 205, 210, 255), width=width)


def texture(rng: np.random.Generator, w: int, h: int, kind: str, cover: int) -> np.ndarray:
    """A grey field (0 black .. 1 white) for a scrap with no picture: "blobs" (big
    soft shapes a copier burns to threshold blobs), "lines" (a ruled or torn-out
    page: rows of small print about a thirtieth of the `cover` side apart, a gutter
    between two columns) or "flat" (a light sheet the copier only specks)."""
    if kind == "blobs":
        return 0.5 + _noise(rng, w, h, 2, 2.2)
    if kind == "lines":  # a column of small print: rows of words, a gutter between
        rows = max(2, int(h / cover * rng.uniform(26, 38)))
        cols = max(8, int(w / cover * 44))
        words = (rng.random((rows, cols)) < 0.78).astype(np.float32)
        words[:, int(rng.integers(cols // 3, 2 * cols // 3))] = 0.0  # the gutter
        words[rng.random(rows) < 0.15] = 0.0  # paragraph breaks
        lines = np.zeros((rows * 2, cols), np.float32)
        lines[::2] = words
        ends = rng.integers(cols * 3 // 4, cols + 1, rows)
        for r, end in enumerate(ends):
            lines[2 * r, end:] = 0.0
        dark = np.array(Image.fromarray(lines, "F").resize((w, h), Image.Resampling.NEAREST)) > 0.5
        return np.where(dark, 0.15, 0.9).astype(np.float32) + _noise(rng, w, h, 4, 0.3)
    return 0.82 + _noise(rng, w, h, 3, 0.2)


RANSOM_ROLES = ("display", "slab", "serif", "mono", "condensed", "geometric")


def ransom_letters(title: str, most: int = 7) -> str:
    """The title's longest whole word of three to `most` Latin, Greek or Cyrillic
    letters and digits, in capitals (the first of equals; never a word cut short); ""
    when it has none: such a title is one a Latin flyer word may stand beside."""
    words = ["".join(c for c in w if c.isalnum()) for w in title.split()]
    fits = [w for w in words if 3 <= len(w) <= most and all(ord(c) < 0x530 for c in w)]
    return max(fits, key=len).upper() if fits else ""


# what a gig flyer shouts in cut-out letters: never the title, which the pipeline sets
# on the flat band (a note spelling LULLABY over the title Concrete Lullaby read as
# the title set twice)
FLYER_WORDS = ("LIVE", "TONITE", "LOUD", "NOISE", "FREE", "NOW", "DIY", "RIOT")


def flyer_word(title: str, rng: np.random.Generator) -> str:
    """A flyer word for a ransom note, chosen by the seed, none of the title's words."""
    said = {"".join(c for c in w if c.isalnum()).upper() for w in title.split()}
    words = [w for w in FLYER_WORDS if w not in said]
    return words[int(rng.integers(len(words)))]


@lru_cache(maxsize=256)
def _ransom_face(glyph: str, role: str) -> FontFace:
    """The first face of `role` that draws `glyph` (any face that does, else); kept, as
    the title's letters come back on every cover of a track."""
    face = title_face(glyph, role, 900.0)
    if not covers(face, glyph):
        face = next((f for f in fallback_chain() if covers(f, glyph)), face)
    return face


def ransom(glyph: str, role: str, w: int, h: int) -> Image.Image:
    """One letter cut from a magazine: `glyph` in the first face of `role` that draws
    it (any face that does, else), filling most of a w x h scrap, black on white (L)."""
    face = _ransom_face(glyph, role)
    img = Image.new("L", (w, h), 255)
    font = face.sized(int(h * 0.78))
    ImageDraw.Draw(img).text((w / 2, h / 2), glyph, fill=0, font=font, anchor="mm")
    return img
