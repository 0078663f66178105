"""The loudness horizon's per-pixel painting (numpy, at the canvas's size): solid land
bands laid back to front, each with mist settling in its valley. Edges are arrays
over horizon_land.XS in fractions of the side; colours are 8-bit RGB, blended as float sRGB."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image

from sleeve.engine import raster
from sleeve.engine.raster import RGB
from sleeve.engine.styles.cover_parts.horizon_land import XS


def grid(n: int) -> tuple[np.ndarray, np.ndarray]:
    """Pixel centres as fractions of the side: rows (n, 1) and columns (1, n)."""
    at = (np.arange(n, dtype=np.float32) + 0.5) / n
    return at[:, None], at[None, :]


def at_columns(edge: np.ndarray, n: int) -> np.ndarray:
    """An edge over XS sampled at the n pixel columns, (1, n)."""
    return np.interp((np.arange(n) + 0.5) / n, XS, edge).astype(np.float32)[None, :]


@dataclass(frozen=True)
class Band:
    """One band of land: its crest over XS, its solid colour, the mist its valley fills
    with and how deep (a fraction of the side) the mist takes to settle."""

    crest: np.ndarray
    colour: RGB
    mist: RGB
    depth: float


BANDS_RES = 800  # the land bands' own resolution at most


def bands(sky: Image.Image, layers: list[Band], mist_share: float = 0.6) -> Image.Image:
    """`layers` (far first) laid over `sky`, each a solid colour from its crest down,
    paling towards its mist below the crest (the valley's haze that parts it from the
    nearer band). Which band shows where is
    found first (cheap, per pixel), then every pixel is coloured once; a pixel on a
    crest blends with the one above it (anti-aliasing). At the sky's size: pass a sky
    of at most BANDS_RES px (soft misty land scales up well)."""
    n = sky.size[0]
    out = raster.from_image(sky).copy()
    rows, _ = grid(n)
    edges = [at_columns(band.crest, n) for band in layers]
    top = max(0, int(min(float(e.min()) for e in edges) * n) - 1)
    sub = rows[top:]
    label = np.zeros((n - top, n), np.intp)  # 0 the sky, i + 1 band i
    below = np.zeros((n - top, n), np.float32)  # how far under its band's crest
    for i, edge in enumerate(edges):
        start = max(0, int(float(edge.min()) * n) - 1 - top)
        # under the next band's lowest crest this band never shows: stop there
        stop = n - top if i + 1 == len(edges) else int(float(edges[i + 1].max()) * n) + 2 - top
        depth = sub[start : max(stop, start + 1)] - edge
        shows = depth > -0.5 / n
        np.copyto(label[start:stop], i + 1, where=shows)
        np.copyto(below[start:stop], depth, where=shows)
    paints = np.array([(0.0, 0.0, 0.0)] + [raster.rgbf(b.colour) for b in layers], np.float32)
    mists = np.array([(0.0, 0.0, 0.0)] + [raster.rgbf(b.mist) for b in layers], np.float32)
    tints = (mists - paints) * mist_share
    reach = np.take(np.array([1.0] + [b.depth for b in layers], np.float32), label)
    fall = np.minimum(np.maximum(below, 0.0) / reach, 1.0)
    amount = fall * (2.0 - fall)
    colour = np.take(tints, label, axis=0)
    colour *= amount[..., None]
    colour += np.take(paints, label, axis=0)
    block = out[top:]
    land = int(float(edges[0].max()) * n) + 2 - top  # from here down all is land
    np.copyto(block[:land], colour[:land], where=(label[:land] > 0)[..., None])
    block[land:] = colour[land:]
    cover = np.clip(below * n + 0.5, 0.0, 1.0)
    crest = (label > 0) & (cover < 1.0)
    crest[0] = False  # the first row has none above it
    rim = np.nonzero(crest)
    behind = block[rim[0] - 1, rim[1]]
    share = cover[rim][:, None]
    block[rim] = behind + (block[rim] - behind) * share
    return raster.to_image(out)
