"""The loudness horizon's per-pixel painting (numpy, at the canvas's size): solid land
bands laid back to front, each with mist settling in its valley; streaked noise for
rain. Edges are arrays over horizon_land.XS in
fractions of the side; colours are 8-bit RGB, blended as float sRGB."""

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


def streaks(rng: np.random.Generator, n: int, across: int, down: int) -> np.ndarray:
    """Smooth noise in 0..1, (n, n), with `across` bumps per row and `down` per column
    (across >> down: streaks that run down; down >> across: strata that run along)."""
    lattice = rng.random((down + 1, across + 1)).astype(np.float32)
    img = Image.fromarray(lattice, "F").resize((n, n), Image.Resampling.BILINEAR)
    return np.asarray(img, dtype=np.float32)


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


@dataclass(frozen=True)
class Storm:
    """A storm sky's light: the clouds' unlit body, their bellies where the horizon's
    light catches them, that light itself, and the rain's veil."""

    body: RGB
    belly: RGB
    light: RGB
    rain: RGB


RES = 384  # a storm sky's own resolution: soft masses need no more


def storm_sky(
    rng: np.random.Generator,
    n: int,
    base: np.ndarray,
    horizon: float,
    look: Storm,
    rain: np.ndarray,
    calm: float | None,
    flash: float | None = None,
) -> Image.Image:
    """An n x n storm sky: a cloud mass hanging from the top down to the ragged,
    billowed underside `base` (over XS), its body dark, its belly lit from below by a
    band of light along `horizon`; rain curtains as streaked grain under it where
    `rain` (over XS, 0..1) is high; texture muted above `calm` (the title's rows); `flash` (x) a
    lightning strike's glow on the belly."""
    r = min(n, RES)
    y, x = grid(r)
    billow = raster.fractal_noise(rng, cells=4, octaves=4, res=r)
    fine = raster.fractal_noise(rng, cells=12, octaves=3, res=r)
    quiet = np.ones_like(y) if calm is None else np.clip((y - calm) / 0.12, 0.0, 1.0)
    # the underside: pouches hanging in a row (their size the seed's), ragged by noise
    lobes = rng.uniform(5.0, 9.0)
    pouch = np.abs(np.sin(np.pi * (x * lobes + rng.uniform(0.0, 1.0) + 0.9 * billow))) ** 0.6
    pouch = pouch * np.clip(0.2 + 1.6 * (fine - 0.3), 0.0, 1.3)  # uneven: no row of scallops
    edge = at_columns(base, r) + ((billow - 0.5) * 0.1 + pouch * 0.045) * quiet
    up = edge - y  # > 0 inside the cloud
    cloud = np.clip(up / 0.012 + 0.5, 0.0, 1.0)
    # the sky under the clouds: dusk above, a band of hard light along the horizon
    glow = np.exp(-np.clip(horizon - y, 0.0, None) / 0.16)
    body, belly, light = (raster.rgbf(v) for v in (look.body, look.belly, look.light))
    sky = body + (light - body) * (0.2 + 0.8 * glow)[..., None]
    # the cloud: lit from below, each pouch brightest at its foot, the body mottled
    lift = np.exp(-np.clip(up, 0.0, None) / 0.05) * (0.6 + 0.8 * (billow - 0.5) + 0.25 * pouch)
    if flash is not None:
        near = np.exp(-(((x - flash) / 0.1) ** 2)) * np.exp(-np.clip(up, 0.0, None) / 0.12)
        lift = lift + 0.9 * near
    lift = np.clip(lift, 0.0, 1.2)
    shade = 1.0 + ((fine - 0.5) * 0.1 + (billow - 0.5) * 0.3) * quiet  # broad, no blotches
    mass = (body + (belly - body) * lift[..., None]) * shade[..., None]
    out = sky + (mass - sky) * cloud[..., None]
    # rain: fine slanted streaks under the belly darkening the light, thinning to the ground
    lean = rng.uniform(-0.25, 0.25)
    grain = streaks(rng, r, r // 3, 3)
    cols = ((x + lean * (y - edge)) * r).astype(np.intp) % r
    fall = np.take_along_axis(grain, np.broadcast_to(cols, grain.shape), axis=1)
    veil = at_columns(rain, r) * np.clip((y - edge) / 0.03, 0.0, 1.0) * (y < horizon)
    veil = veil * (0.3 + 0.7 * fall) * (1.0 - 0.4 * np.clip((y - edge) / 0.4, 0.0, 1.0))
    out = out + (raster.rgbf(look.rain) - out) * np.clip(veil, 0.0, 0.8)[..., None]
    return raster.to_image(out).resize((n, n), Image.Resampling.BILINEAR)
