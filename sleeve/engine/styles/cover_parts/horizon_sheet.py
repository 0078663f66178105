"""The loudness horizon's sheet: a float RGB array that flat inks are laid on, every
edge anti-aliased, in fractions of the side.

Land under a crest, a hairline along an edge, flat bands, a soft fog (grained by the
finish), small polygons (a house, a boat), dots (a lamp) and a soft glow (the air
round a sun). Edges are sampled over horizon_forms.XS."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine import raster
from sleeve.engine.raster import RGB
from sleeve.engine.styles.cover_parts.horizon_forms import XS

SUPER = 4  # a polygon's supersampling


def at_columns(edge: np.ndarray, n: int) -> np.ndarray:
    """An edge over XS at the n pixel columns, (1, n)."""
    return np.interp((np.arange(n) + 0.5) / n, XS, edge).astype(np.float32)[None, :]


class Sheet:
    """A print being pulled, `n` px a side, one flat field ink to start."""

    def __init__(self, n: int, field: RGB) -> None:
        self.n = n
        at = (np.arange(n, dtype=np.float32) + 0.5) / n
        self.y = at[:, None]
        self.x = at[None, :]
        self.px = np.broadcast_to(raster.rgbf(field), (n, n, 3)).astype(np.float32)

    def lay(self, mask: np.ndarray, colour: RGB, y0: int = 0) -> None:
        """`colour` over the rows from `y0` through `mask` (0..1 coverage)."""
        block = self.px[y0 : y0 + mask.shape[0]]
        m = np.broadcast_to(mask, block.shape[:2])[..., None]
        block += (raster.rgbf(colour) - block) * m

    def rows(self, top: float, foot: float) -> tuple[int, int]:
        """The pixel rows a shape spanning `top`..`foot` may touch."""
        return max(0, int(top * self.n) - 2), min(self.n, int(foot * self.n) + 3)

    def band(self, top: float, foot: float, colour: RGB) -> None:
        """A flat band across the sheet from `top` to `foot`."""
        y0, y1 = self.rows(top, foot)
        ys = self.y[y0:y1]
        cover = np.clip((ys - top) * self.n + 0.5, 0, 1) * np.clip((foot - ys) * self.n + 0.5, 0, 1)
        self.lay(cover, colour, y0)

    def land(
        self, crest: np.ndarray, colour: RGB, floor: float | np.ndarray = 1.0, soft: float = 0.0
    ) -> None:
        """`colour` from `crest` (an edge) down to `floor` (a height or an edge),
        anti-aliased across its slope; `soft` (a fraction of the side) blurs the crest
        (a far ridge lost in the air)."""
        n = self.n
        edge = at_columns(crest, n)
        norm = np.sqrt(1.0 + np.gradient(edge[0], 1.0 / n) ** 2)[None, :]
        low = at_columns(np.broadcast_to(floor, crest.shape), n)
        blur = max(1.0, soft * n)
        y0, y1 = self.rows(float(edge.min()) - soft, float(low.max()))
        ys = self.y[y0:y1]
        cover = np.clip((ys - edge) / norm * n / blur + 0.5, 0.0, 1.0)
        cover *= np.clip((low - ys) * n + 0.5, 0.0, 1.0)
        self.lay(cover, colour, y0)

    def stroke(self, edge: np.ndarray, width: float, colour: RGB) -> None:
        """A line `width` thick (a fraction of the side, at least a pixel) along an
        edge; a column whose edge is NaN has none."""
        n = self.n
        line = at_columns(np.nan_to_num(edge, nan=-1.0), n)
        gone = at_columns(np.isnan(edge).astype(np.float32), n) > 0.0  # no ramp to -1
        norm = np.sqrt(1.0 + np.gradient(line[0], 1.0 / n) ** 2)[None, :]
        half = max(width * n, 1.0) / 2.0
        shown = line[~gone]
        if not shown.size:
            return
        y0, y1 = self.rows(float(shown.min()) - width, float(shown.max()) + width)
        dist = np.abs(self.y[y0:y1] - line) / norm * n
        self.lay(np.clip(half - dist + 0.5, 0.0, 1.0) * ~gone, colour, y0)

    def fog(
        self, top: float, foot: float, colour: RGB, strength: float = 1.0, down: bool = False
    ) -> None:
        """A bank of `colour` thickest (`strength`) at `foot`, thinning to nothing at
        `top` (a soft ramp: the finish's grain keeps it from banding); `down`: thickest
        at `top` instead (mist lying on the ground, thinning towards the viewer)."""
        y0, y1 = self.rows(top, foot)
        t = np.clip((self.y[y0:y1] - top) / max(foot - top, 1e-3), 0.0, 1.0)
        self.lay(strength * (1.0 - t if down else t) ** 1.5, colour, y0)

    def polygon(self, xs: list[float], ys: list[float], colour: RGB) -> None:
        """A small filled polygon, anti-aliased by supersampling its own patch."""
        n = self.n
        x0, x1 = max(0, int(min(xs) * n) - 1), min(n, int(max(xs) * n) + 2)
        y0, y1 = max(0, int(min(ys) * n) - 1), min(n, int(max(ys) * n) + 2)
        if x1 <= x0 or y1 <= y0:
            return
        mask = Image.new("L", ((x1 - x0) * SUPER, (y1 - y0) * SUPER), 0)
        pts = [((x * n - x0) * SUPER, (y * n - y0) * SUPER) for x, y in zip(xs, ys, strict=True)]
        ImageDraw.Draw(mask).polygon(pts, fill=255)
        cover = np.asarray(mask.resize((x1 - x0, y1 - y0), Image.Resampling.BOX), np.float32)
        patch = self.px[y0:y1, x0:x1]
        patch += (raster.rgbf(colour) - patch) * (cover / 255.0)[..., None]

    def dot(self, x: float, y: float, r: float, colour: RGB) -> None:
        """A small disc (a lamp, a light), drawn on its own patch."""
        found = self._round_patch(x, y, r)
        if found is None:
            return
        patch, dist = found
        m = np.clip((max(r, 0.6 / self.n) - dist) * self.n + 0.5, 0.0, 1.0)[..., None]
        patch += (raster.rgbf(colour) - patch) * m

    def glow(self, x: float, y: float, r: float, colour: RGB, strength: float) -> None:
        """A soft round light of `colour` round (x, y): `strength` at its centre, gone
        by `r` (the air lit round a sun or moon)."""
        found = self._round_patch(x, y, r)
        if found is None:
            return
        patch, dist = found
        m = (strength * np.clip(1.0 - dist / r, 0.0, 1.0) ** 2)[..., None]
        patch += (raster.rgbf(colour) - patch) * m

    def _round_patch(self, x: float, y: float, r: float) -> tuple[np.ndarray, np.ndarray] | None:
        """The pixels (a view) of the square round (x, y) reaching `r`, and each one's
        distance from (x, y); None where the square lies off the sheet."""
        n = self.n
        x0, x1 = max(0, int((x - r) * n) - 1), min(n, int((x + r) * n) + 2)
        y0, y1 = max(0, int((y - r) * n) - 1), min(n, int((y + r) * n) + 2)
        if x1 <= x0 or y1 <= y0:
            return None
        dist = np.sqrt((self.x[:, x0:x1] - x) ** 2 + (self.y[y0:y1] - y) ** 2)
        return self.px[y0:y1, x0:x1], dist

    def image(self) -> Image.Image:
        return raster.to_image(self.px)
