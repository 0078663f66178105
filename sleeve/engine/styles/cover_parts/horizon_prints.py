"""The loudness horizon's woodblock marks: a sky pulled in a few flat bands (the
block's steps, never a pastel ramp), a pulled gradient sky whose title band a title
reads on, the print's uneven ink, a fill between two edges and a plate of many small
marks in one ink."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine.color import mix, oklch_to_rgb, rgb_to_oklch
from sleeve.engine.raster import RGB
from sleeve.engine.styles.cover_parts.horizon_sheet import Sheet
from sleeve.engine.styles.cover_parts.horizon_skies import Sky


def stepped_sky(s: Sheet, sky: Sky, top: float, low: float, steps: int = 5) -> None:
    """The zenith ink down to `top` (the title's calm), then `steps` flat bands, each
    a step nearer the glow, the last meeting the land at `low`."""
    s.band(0.0, 1.0, sky.zenith)
    edges = top + (low - top) * np.linspace(0.0, 1.0, steps + 1) ** 0.7
    for i in range(steps):
        s.band(float(edges[i]), 1.0, mix(sky.zenith, sky.glow, ((i + 1) / steps) ** 1.3))


# a title band's sky between these OKLCH lightnesses reads neither under a white nor
# under a near-black title (the dusk's 0.58 green had measured 3.8:1 under the
# Hebrew folk title): such a zenith goes light (the land stays far darker, 64 px)
UNSAFE = (0.47, 0.7)


def safe_zenith(sky: Sky) -> RGB:
    """The zenith ink a title can stand on: its hue and chroma, its lightness out of
    the UNSAFE middle (lighter)."""
    light, chroma, hue = rgb_to_oklch(sky.zenith)
    if UNSAFE[0] < light < UNSAFE[1]:
        light = UNSAFE[1] + 0.03
    return oklch_to_rgb(light, chroma, hue)


def print_sky(s: Sheet, sky: Sky, top: float, low: float) -> RGB:
    """A pulled gradient sky (the finish's grain keeps it from banding): the title
    band's safe zenith down to `top`, the air lightening to the glow at `low`.
    Returns the zenith used."""
    zenith = safe_zenith(sky)
    s.band(0.0, 1.0, zenith)
    s.fog(top, low, mix(zenith, sky.glow, 0.6), 1.0)
    s.fog(top + 0.4 * (low - top), low, sky.glow, 0.9)
    return zenith


def mottle(s: Sheet, rng: np.random.Generator, strength: float = 0.05) -> None:
    """The uneven ink of a pulled print: a soft low-frequency lightening and
    darkening (a few percent) over the whole sheet."""
    cells = rng.random((9, 9)).astype(np.float32)
    soft = Image.fromarray((cells * 255).astype(np.uint8)).resize(
        (s.n, s.n), Image.Resampling.BICUBIC
    )
    shade = 1.0 + strength * (np.asarray(soft, np.float32) / 255.0 - 0.5)
    s.px *= shade[..., None]


def between(s: Sheet, top: float, left: np.ndarray, right: np.ndarray, colour: RGB) -> None:
    """`colour` between two edges given per row from `top` down (fractions of the
    side, one value per pixel row): a column of smoke, a trunk, a stroke."""
    y0 = max(0, int(top * s.n))
    rows = min(len(left), s.n - y0)
    if rows <= 0:
        return
    lo, hi = left[:rows, None], right[:rows, None]
    cover = np.clip((s.x - lo) * s.n + 0.5, 0.0, 1.0) * np.clip((hi - s.x) * s.n + 0.5, 0.0, 1.0)
    s.lay(cover.astype(np.float32), colour, y0)


PLATE_SUPER = 3  # a plate's supersampling


class Plate:
    """One ink's many small marks (branches, leaves, grass) gathered on one
    supersampled mask and laid at once, in fractions of the side."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.k = n * PLATE_SUPER
        self.mask = Image.new("L", (self.k, self.k), 0)
        self.pen = ImageDraw.Draw(self.mask)

    def polygon(self, xs: list[float], ys: list[float]) -> None:
        self.pen.polygon([(x * self.k, y * self.k) for x, y in zip(xs, ys, strict=True)], 255)

    def disc(self, x: float, y: float, r: float) -> None:
        k = self.k
        self.pen.ellipse(((x - r) * k, (y - r) * k, (x + r) * k, (y + r) * k), 255)

    def blade(self, x: float, y: float, length: float, lean: float, width: float) -> None:
        """A grass blade rooted at (x, y), `length` tall, its tip `lean` aside."""
        self.polygon([x - width, x + width, x + lean], [y, y, y - length])

    def lay(self, s: Sheet, colour: RGB) -> None:
        cover = self.mask.resize((self.n, self.n), Image.Resampling.BOX)
        s.lay(np.asarray(cover, np.float32) / 255.0, colour)
