"""The loudness horizon's canvas: flat anti-aliased shapes and lines, pictures laid
over it (the sea, a veil of light), vertical gradients (the finish grains them), in fractions
of the side; plus the points along the cover and where the song is loudest."""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import Image

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

    def paint(self, picture: Image.Image) -> None:
        """Make `picture` (any size, scaled; pass a fresh one) the cover."""
        if picture.size != self.img.size:
            picture = picture.resize(self.img.size, Image.Resampling.BILINEAR)
        self._paste(picture)


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
