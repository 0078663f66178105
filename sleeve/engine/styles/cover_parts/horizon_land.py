"""The loudness horizon's canvas: flat anti-aliased shapes, vertical
gradients (the finish grains them) and soft paper shadows, in fractions of the side;
plus the points along the cover and where the song is loudest."""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import Image, ImageChops, ImageFilter

from sleeve.engine import raster, signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB

POINTS = 320  # vertices along an edge
XS = np.linspace(0.0, 1.0, POINTS)


class Canvas:
    """A cover being drawn: the image (the field colour) and a pen on it, made only
    when a shape is drawn (a pen copies the whole image in and out)."""

    def __init__(self, size: int, colour: RGB) -> None:
        self.size = size
        self.img = Image.new("RGB", (size, size), colour)
        self._pen: aggdraw.Draw | None = None

    @property
    def draw(self) -> aggdraw.Draw:
        """The pen on the image."""
        if self._pen is None:
            self._pen = aggdraw.Draw(self.img)
        return self._pen

    def _pts(self, xs: np.ndarray, ys: np.ndarray) -> list[float]:
        return (np.stack((xs, ys), 1).ravel() * self.size).tolist()

    def poly(self, xs: np.ndarray, ys: np.ndarray, colour: RGB) -> None:
        """A filled anti-aliased polygon through the points."""
        self.draw.polygon(self._pts(xs, ys), aggdraw.Brush(colour))

    def line(self, xs: np.ndarray, ys: np.ndarray, colour: RGB, width: float) -> None:
        """A line through the points, `width` a fraction of the side."""
        self.draw.line(self._pts(xs, ys), raster.pen(colour, max(1.0, width * self.size)))

    def done(self) -> Image.Image:
        """The image with every pending stroke drawn."""
        if self._pen is not None:
            self._pen.flush()
            self._pen = None
        return self.img

    def _paste(self, img: Image.Image) -> None:
        self.done()
        self.img = img

    def mask(self, shapes: list[tuple[np.ndarray, np.ndarray, int]]) -> Image.Image:
        """An anti-aliased grey mask of polygons drawn in order, each at its own grey."""
        m = Image.new("L", (self.size, self.size), 0)
        pen = aggdraw.Draw(m)
        for xs, ys, grey in shapes:
            pen.polygon(self._pts(xs, ys), aggdraw.Brush(grey))
        pen.flush()
        return m

    def paint(self, picture: Image.Image, mask: Image.Image | None = None) -> None:
        """Lay `picture` (any size, scaled) over the cover, through `mask` if given;
        without a mask the picture becomes the cover (pass a fresh one)."""
        if picture.size != self.img.size:
            picture = picture.resize(self.img.size, Image.Resampling.BILINEAR)
        if mask is None:
            self._paste(picture)
        else:
            self._paste(Image.composite(picture, self.done(), mask))

    def shadow(self, top: np.ndarray, lift: float, soft: float, depth: float) -> None:
        """The soft shadow a paper strip (everything under the edge `top` along XS)
        casts on what lies behind it: the strip moved `lift` up, blurred `soft`
        (fractions of the side), darkening by up to `depth`; drawn at a quarter size (a
        blur needs no detail) and only in the rows round the edge."""
        small = max(16, self.size // 4)
        m = Image.new("L", (small, small), 0)
        pen = aggdraw.Draw(m)
        xs = np.r_[-0.01, XS, 1.01, 1.01, -0.01]
        ys = np.r_[top[0], top, top[-1], 1.01, 1.01] - lift
        pen.polygon((np.stack((xs, ys), 1).ravel() * small).tolist(), aggdraw.Brush(255))
        pen.flush()
        m = m.filter(ImageFilter.GaussianBlur(soft * small))
        y0 = int(np.clip(top.min() - lift - 3 * soft, 0.0, 1.0) * small)
        y1 = max(y0 + 1, int(np.ceil(np.clip(top.max() + 3 * soft, 0.0, 1.0) * small)))
        rows = (y0 * self.size // small, min(self.size, y1 * self.size // small))
        dark = m.crop((0, y0, small, y1)).point([255 - round(v * depth) for v in range(256)])
        dark = dark.resize((self.size, rows[1] - rows[0]), Image.Resampling.BILINEAR)
        img = self.done()
        band = img.crop((0, rows[0], self.size, rows[1]))
        img.paste(ImageChops.multiply(band, Image.merge("RGB", (dark, dark, dark))), (0, rows[0]))
        self._paste(img)

    def _box(self, box: tuple[float, float, float, float]) -> tuple[int, int, int, int]:
        x0, y0, x1, y1 = (round(v * self.size) for v in box)
        return x0, y0, x1, y1

    def paint_at(self, picture: Image.Image, at: tuple[int, int]) -> None:
        """Paste `picture` (pixels) with its top-left corner at `at` (pixels)."""
        img = self.done()
        img.paste(picture, at)

    def fill_box(self, picture: Image.Image, box: tuple[float, float, float, float]) -> None:
        """`picture` (the cover's size) shown inside the box (fractions) only."""
        px = self._box(box)
        img = self.done()
        img.paste(picture.crop(px), px[:2])

    def window(
        self, sheet: Image.Image, box: tuple[float, float, float, float], drop: float, soft: float
    ) -> None:
        """Lay `sheet` over the cover with a window cut at box (fractions): the drawing
        shows through, under the sheet's soft shadow moved `drop` down and right and
        blurred `soft` (drawn at a quarter size, only inside the window)."""
        small = max(16, self.size // 4)
        x0, y0, x1, y1 = (v * small for v in box)
        m = Image.new("L", (small, small), 255)
        m.paste(0, (round(x0 + drop * 0.6 * small), round(y0 + drop * small), round(x1), round(y1)))
        m = m.filter(ImageFilter.GaussianBlur(soft * small))
        px = self._box(box)
        inner = m.resize(self.img.size, Image.Resampling.BILINEAR).crop(px)
        dark = inner.point([255 - round(v * 0.4) for v in range(256)])
        seen = ImageChops.multiply(self.done().crop(px), Image.merge("RGB", (dark, dark, dark)))
        img = sheet.copy()
        img.paste(seen, px[:2])
        self._paste(img)

    def flip(self) -> None:
        """Mirror what is drawn so far top to bottom."""
        self._paste(self.done().transpose(Image.Transpose.FLIP_TOP_BOTTOM))


def vertical(size: int, stops: list[RGB], positions: list[float]) -> Image.Image:
    """A size x size vertical gradient through the stops (at `positions`, 0 top to 1
    bottom): one column, repeated."""
    lut = raster.color_lut(stops, positions, n=size)
    column = Image.fromarray(np.ascontiguousarray(lut[:, None, :]), "RGB")
    return column.resize((size, size), Image.Resampling.NEAREST)


def loudest(direction: ArtDirection) -> float:
    """Where the song is loudest, as a fraction of its length (smoothed)."""
    curve = signals.smooth(signals.energy(direction, 256), 6)
    return float(np.argmax(curve)) / 255.0
