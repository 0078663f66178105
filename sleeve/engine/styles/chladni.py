"""Chladni: sand gathered on the nodal lines of a vibrating plate, the plate's modes
taken from the track's dominant frequency bands (or its key's intervals).

the two loudest spectrum bands -> the mode numbers (n, m) of the figure; energy
-> how many sand grains (and how wide the nodal band); seed -> the composition:
the whole plate, a round plate on a bare field, a close crop off one corner, or
two modes ringing at once. Without audio the bands come from a synthesized
spectrum (see signals).
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine import compose, raster, signals
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, StyleInfo

STYLE = StyleInfo(
    name="chladni",
    family="graphic",
    fits=("classical", "ambient", "electronic", "jazz", "world"),
    music=True,
)

LAYOUTS = ("plate", "disc", "crop", "chord")


def _modes(direction: ArtDirection) -> tuple[int, int]:
    """Mode numbers (n, m) from the two dominant bands: 3..10 and n + 2..n + 6, since
    neighbouring modes only draw diagonal waves, not a figure."""
    a, b = signals.dominant_bands(direction, 2, bands=24)
    n = 3 + a % 8
    return n, n + 2 + b % 5


def _axis(size: int, lo: float, hi: float) -> np.ndarray:
    return lo + (hi - lo) * (np.arange(size, dtype=np.float32) + 0.5) / size


def _plate(n: int, m: int, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """cos(n pi x) cos(m pi y) - cos(m pi x) cos(n pi y), built from 1-D waves."""
    pi = np.float32(np.pi)
    return np.outer(np.cos(m * pi * y), np.cos(n * pi * x)) - np.outer(
        np.cos(n * pi * y), np.cos(m * pi * x)
    )


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the Chladni cover (RGB, size x size)."""
    rng = raster.rng_for(direction, "chladni")
    pal = direction.palette
    layout = compose.pick(rng, LAYOUTS, direction.turbulence)
    n, m = _modes(direction)
    lo, hi = (0.0, 1.0)
    if layout == "crop":
        zoom = rng.uniform(0.6, 0.78)
        lo = float(rng.choice((0.0, 1.0 - zoom)))
        hi = lo + zoom
    work = raster.work_size(size)
    x = _axis(work, lo, hi)
    field = _plate(n, m, x, x)
    if layout == "chord":
        n2, m2 = sorted(signals.dominant_bands(direction, 4, bands=24)[2:])
        field += 0.6 * _plate(2 + n2 % 7, 3 + m2 % 6, x, x)
    # sand: a band around the nodal lines (1 - (f / w)^2), broken into grains
    field *= np.float32(1.0 / (0.07 + 0.1 * direction.energy))
    np.square(field, out=field)
    np.subtract(np.float32(1.0), field, out=field)
    field *= np.float32(255 * (1.1 + direction.density))
    tile = rng.random((256, 256), dtype=np.float32) * np.float32(255 * 0.9)
    field -= np.tile(tile, (-(-work // 256), -(-work // 256)))[:work, :work]
    cover = Image.fromarray(np.clip(field, 0, 255).astype(np.uint8), "L")
    dark = compose.dark_field(rgb_to_oklch(pal.background)[0]) or direction.valence < 0.5
    plate = raster.ground(pal.background, 0.16 if dark else 0.9, 0.03)
    ink = raster.tone(pal.colors[0], 0.9 if dark else 0.25, 0.05)
    img = Image.composite(
        Image.new("RGB", cover.size, ink), Image.new("RGB", cover.size, plate), cover
    )
    focal: compose.Box | None = None
    if layout == "disc":
        cx, cy = 0.5, 0.5 + rng.uniform(-0.08, 0.08)
        r = rng.uniform(0.3, 0.38)
        disc = Image.new("L", (work * 2, work * 2), 0)
        ImageDraw.Draw(disc).ellipse(
            ((cx - r) * work * 2, (cy - r) * work * 2, (cx + r) * work * 2, (cy + r) * work * 2),
            255,
        )
        disc = disc.resize((work, work), Image.Resampling.BOX)
        bare = raster.tone(pal.background, 0.9 if dark else 0.2, 0.04)
        img = Image.composite(img, Image.new("RGB", img.size, bare), disc)
        focal = compose.around(cx, cy, r)
    img = raster.to_size(img, size)
    return Artwork(finish(img, direction, "chladni", 0.02), focal)
