"""The topographic style's survey maps: one subject, large and off-centre, on plain
ground the title keeps, with a survey sheet's furniture (a neat line with grid ticks,
a summit's triangle and spot height):

- coast: one island as a vintage survey engraves it: stepped land tints, contours with
  bold index lines, a heavy coastline and water lines rippling out round it over the
  open sea.
(The relief, one mountain shaded as a Swiss relief map draws it, is retired: two
reviewers read it as a muddy blurred stain, brown at 64 px.) The massif is the landform
of topo_maps' lit contours.

Each returns a float RGB canvas (work x work)."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw
from scipy import ndimage

from sleeve.engine import fonts, raster
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts import topo_inks as inks
from sleeve.engine.styles.cover_parts import topo_land
from sleeve.engine.styles.cover_parts import topo_terrain as terrain

F32 = np.float32
RES = terrain.RES


def _rgb(c) -> np.ndarray:
    return np.asarray(c, F32)


def _over(base: np.ndarray, cover: np.ndarray, colour) -> np.ndarray:
    base += (np.asarray(colour, F32) - base) * cover[..., None]
    return base


def _mix(a, b, t: float) -> np.ndarray:
    return _rgb(a) * (1.0 - t) + _rgb(b) * t


def _centre(zone: str, rng: np.random.Generator, inset: tuple[float, float]) -> tuple:
    """The subject's centre: off the thirds on the side away from the title."""
    lo, hi = inset
    along = rng.choice([0.34, 0.66]) + rng.uniform(-0.06, 0.06)
    deep = rng.uniform(lo, hi)
    if zone == "right":
        return deep, along
    if zone == "bottom":
        return along, deep
    if zone == "centre":
        return along, 1.0 - 0.5 * deep
    return along, 1.0 - deep


SEA = 0.03  # the blur's spread off the coast, cut back to a flat sea


def island(direction: ArtDirection, rng: np.random.Generator, zone: str) -> topo_land.Land:
    """One large island off-centre, cropped by the frame like a sheet of a real map (a
    small one read as a stain), its coast bitten by bays, hills inland."""
    at = _centre(zone, rng, (0.22, 0.32))
    scale = rng.uniform(1.15, 1.35) * (0.9 + 0.2 * direction.energy)
    hills = terrain.mountain(direction, rng, at, scale)
    bays = raster.fractal_noise(rng, cells=5, octaves=3, res=RES) - 0.5
    h = np.clip(hills + 0.3 * bays - 0.32, 0.0, None)
    h = ndimage.gaussian_filter(h.astype(F32), 1.2)
    h = np.clip(h / max(float(h.max()), 1e-6) - SEA, 0.0, None) / (1.0 - SEA)  # a sea at 0
    coast = np.clip(h * 60.0, 0.0, 1.0)
    return topo_land.Land(h.astype(F32), ((coast - 0.5) * 4.0 + 0.5).astype(F32))


def neat_line(img: np.ndarray, ink, work: int, rng: np.random.Generator) -> np.ndarray:
    """A survey sheet's frame: a thin neat line just inside the edge with grid ticks
    on it, every sixth of the side."""
    canvas = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8), "RGB")
    draw = ImageDraw.Draw(canvas)
    m, w = round(work * 0.035), max(1, round(work * 0.0025))
    fill = tuple(int(c) for c in ink)
    draw.rectangle((m, m, work - 1 - m, work - 1 - m), outline=fill, width=w)
    tick = round(work * 0.018)
    shift = rng.uniform(0.2, 0.8)  # the grid is the map's, not the frame's: offset
    for i in range(6):
        p = m + (work - 2 * m) * (i + shift) / 6.0
        for a, b in ((m - tick // 2, m + tick), (work - 1 - m - tick, work - 1 - m + tick // 2)):
            draw.line((p, a, p, b), fill=fill, width=w)  # on the top and bottom lines
            draw.line((a, p, b, p), fill=fill, width=w)  # on the sides
    return np.asarray(canvas, F32).copy()


def spot_height(
    img: np.ndarray, h: np.ndarray, ink, work: int, rng: np.random.Generator
) -> np.ndarray:
    """The summit's triangle and its height in small figures beside it."""
    iy, ix = np.unravel_index(int(np.argmax(h)), h.shape)
    x, y = (ix + 0.5) / h.shape[1] * work, (iy + 0.5) / h.shape[0] * work
    canvas = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8), "RGB")
    draw = ImageDraw.Draw(canvas)
    s = max(2.0, work * 0.012)
    fill = tuple(int(c) for c in ink)
    draw.polygon([(x, y - s), (x - s, y + 0.8 * s), (x + s, y + 0.8 * s)], fill=fill)
    font = fonts.role_faces("mono", 500.0)[0].sized(max(6, round(work * 0.022)))
    metres = int(rng.integers(8, 40)) * 100 + int(rng.integers(0, 99))
    side = 1 if x < 0.7 * work else -1
    draw.text((x + side * 2.2 * s, y), str(metres), font=font, fill=fill,
              anchor="lm" if side > 0 else "rm")  # fmt: skip
    return np.asarray(canvas, F32).copy()


WATER_LINES = 4  # ripples round the coast, close in: the open sea stays plain


def coast(
    made: topo_land.Land,
    stock: inks.Stock,
    rng: np.random.Generator,
    levels: int,
    weight: float,
    work: int,
) -> np.ndarray:
    """The island on the open sea: stepped tints, contours, a heavy coast, water lines."""
    h = made.height
    card, line_ink, spot = _rgb(stock.card), _rgb(stock.line), _rgb(stock.solid)
    if stock.kind == "foil":
        line_ink = _mix(stock.line, stock.solid, 0.7)
    img = np.broadcast_to(card, (work, work, 3)).astype(F32)
    big = raster.upscale(h, work)
    land = np.clip(big * work * 0.6, 0.0, 1.0)
    step = np.floor(np.clip(big, 0, 0.999) * levels) / max(levels - 1, 1)
    tint = (0.3 + 0.6 * step) * land  # the land a step lighter (or deeper) each level
    _over(img, tint, spot)
    # water lines: distance from the coast at RES, ripples farther apart out at sea
    dist = ndimage.distance_transform_edt(h <= 0.0).astype(F32) / RES
    far = raster.upscale(dist, work)
    gap = 0.013
    ripples = np.zeros((work, work), F32)
    half = work * 0.0016 * weight
    for k in range(1, WATER_LINES + 1):
        at = gap * k * (1.0 + 0.25 * k)
        px = np.abs(far - at) * work
        fade = 1.0 - k / (WATER_LINES + 2)
        ripples = np.maximum(ripples, np.clip(half + 0.5 - px, 0, 1) * fade)
    _over(img, ripples * (1.0 - land), line_ink)
    line, index, _ = terrain.contours(h, levels, work, 0.7 * weight, 2.4)
    _over(img, line * ~index * land, line_ink)
    _over(img, line * index * land, line_ink)
    shore, _, _ = terrain.contours(np.clip(h * 200.0, 0.0, 1.01), 1, work, 2.2 * weight)
    _over(img, shore, line_ink)
    img = spot_height(img, h, line_ink, work, rng)
    return neat_line(img, line_ink, work, rng)


def massif(direction: ArtDirection, rng: np.random.Generator, zone: str) -> topo_land.Land:
    """One broad mountain with a few smooth spurs, large and off-centre, for the lit
    relief (terraces read crisp on smooth ground; fine noise turned them to mud)."""
    at = _centre(zone, rng, (0.24, 0.32))
    scale = rng.uniform(1.3, 1.5) * (0.9 + 0.2 * direction.energy)
    h = terrain.mountain(direction, rng, at, scale)
    n = raster.fractal_noise(rng, cells=3, octaves=2, res=RES)
    spurs = (1.0 - np.abs(2.0 * n - 1.0)) ** 2
    h = ndimage.gaussian_filter(h * (0.8 + 0.35 * spurs), 2.5)
    h = np.clip((h - 0.2) / 0.8, 0.0, None)
    h = (h / max(float(h.max()), 1e-6)).astype(F32)
    return topo_land.Land(h, np.full_like(h, -1.0))


BUILDERS = {"coast": island, "tanaka": massif}
