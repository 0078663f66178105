"""The topographic style's map prints, each drawn full bleed from a topo_relief field:

- sheet: a survey sheet: dense thin contours in the line ink, every fifth (the index
  contour) bolder in the spot ink;
- gorge: the same sheet with the river down the gorge's floor in the spot ink;
- tanaka: illuminated contours (Tanaka's Swiss relief): the card shaded by a light from
  the upper left, each line light where its slope faces the light and dark where it
  turns away;
- bathymetry: a sea chart: depth bands in blues stepping down from the coast, the land
  in paper with fine brown contours, and soundings as tiny numbers on the water.

All return a float RGB canvas (work x work)."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine import fonts, raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.styles.cover_parts import topo_inks as inks
from sleeve.engine.styles.cover_parts import topo_land
from sleeve.engine.styles.cover_parts import topo_relief as relief
from sleeve.engine.styles.cover_parts import topo_terrain as terrain

F32 = np.float32


def _rgb(c) -> np.ndarray:
    return np.asarray(c, F32)


def _over(base: np.ndarray, cover: np.ndarray, colour) -> np.ndarray:
    """`colour` (RGB or an (h, w, 3) array) over `base` (in place) by `cover`."""
    base += (np.asarray(colour, F32) - base) * cover[..., None]
    return base


def _card(stock: inks.Stock, work: int) -> np.ndarray:
    return np.broadcast_to(_rgb(stock.card), (work, work, 3)).astype(F32)


def _line_inks(stock: inks.Stock) -> tuple[np.ndarray, np.ndarray]:
    """The ordinary contour's ink and the index contour's (a foil's highlight for both,
    its shadow too dark on the card)."""
    if stock.kind == "foil":
        return 0.35 * _rgb(stock.line) + 0.65 * _rgb(stock.solid), _rgb(stock.solid)
    return _rgb(stock.line), _rgb(stock.solid)


def _kept(made: topo_land.Land, work: int) -> np.ndarray:
    """Where the lines are kept (1) or fade out under the title (0), at `work` px."""
    if made.keep is None:
        return np.ones((work, work), F32)
    return np.clip(raster.upscale(made.keep, work), 0.0, 1.0)


def sheet(
    made: topo_land.Land, stock: inks.Stock, levels: int, weight: float, work: int
) -> np.ndarray:
    """Dense thin contours, every fifth bold in the spot ink."""
    kept = _kept(made, work)
    line, index, _ = terrain.contours(made.height, levels, work, weight, 2.6)
    line *= kept
    thin, bold = _line_inks(stock)
    img = _card(stock, work)
    # the valleys printed a shade deeper, the heights a tint lighter: the sheet's weight
    # at 64 px, where its fine lines blur into one tone
    tint = raster.upscale(made.height, work)
    deep = np.clip((0.65 - tint) * 1.5, 0.0, 0.85) * kept  # the title's card stays itself
    _over(img, deep, _rgb(raster.tone(stock.card, 0.08, 0.02)))
    _over(img, np.clip((tint - 0.5) * 1.6, 0.0, 0.7) * kept, thin)
    _over(img, line * ~index, thin)
    return _over(img, line * index, bold)


def gorge(
    made: topo_land.Land,
    river: np.ndarray,
    stock: inks.Stock,
    levels: int,
    weight: float,
    work: int,
) -> np.ndarray:
    """The contour sheet with the river (a 0..1 mask at `work` px) down the gorge in
    the spot ink."""
    img = sheet(made, stock, levels, weight, work)
    return _over(img, river, _line_inks(stock)[1])


LIGHT = (-0.6, -0.8)  # the light's direction (x, y): from the upper left
MID = 0.5  # the lit relief's card lightness: both the light and the dark lines read on it


def _facing(h: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """How much each point faces the light (-1..1) and its slope's steepness (0..1)."""
    gy, gx = np.gradient(h * h.shape[0])
    steep = np.hypot(gx, gy)
    facing = -(gx * LIGHT[0] + gy * LIGHT[1]) / np.maximum(steep, 1e-4)
    return facing.astype(F32), np.clip(steep / 3.0, 0.0, 1.0).astype(F32)


def tanaka(
    made: topo_land.Land, stock: inks.Stock, levels: int, weight: float, work: int
) -> np.ndarray:
    """Illuminated contours (Tanaka): flat terraces a step lighter each level on a
    mid-tone card, each contour near white where it faces the light and near black
    where it turns away, widest where it faces or turns most; the flat plain bare."""
    h = made.height
    facing, _ = _facing(h)
    big = raster.upscale(h, work)
    chroma = min(rgb_to_oklch(stock.card)[1], 0.08)
    card = _rgb(raster.tone(stock.card, MID, chroma))
    img = np.broadcast_to(card, (work, work, 3)).astype(F32)
    terrace = np.floor(np.clip(big, 0.0, 0.999) * levels)
    land = terrace >= 1  # from the lowest contour up: a crisp foot, no halo
    step = terrace / max(levels - 1, 1)
    lift = (0.25 + 0.75 * step) * land  # each terrace a step lighter than the plain
    _over(img, lift, _rgb(raster.tone(stock.card, MID + 0.2, chroma)))
    n = h.shape[0]
    gy, gx = np.gradient(h * levels * (n / work))
    slope = np.maximum(raster.upscale(np.hypot(gx, gy).astype(F32), work), 1e-4)
    steps = big * levels
    nearest = np.rint(steps)
    dist = np.abs(steps - nearest) / slope  # pixels to the nearest contour
    turn = np.clip(raster.upscale(facing, work), -1.0, 1.0)
    half = work * 0.0017 * weight * (0.3 + 1.2 * np.abs(turn))
    line = np.clip(half + 0.5 - dist, 0.0, 1.0) * (nearest > 0)
    line *= np.clip(slope / np.float32(terrain.FLAT) - 1.0, 0.0, 1.0)
    light = _rgb(raster.tone(stock.card, 0.97, min(chroma, 0.03)))
    dark = _rgb(raster.tone(stock.card, 0.13, chroma))
    colour = dark + (light - dark) * np.clip(0.5 + 1.5 * turn, 0.0, 1.0)[..., None]
    return _over(img, line, colour)


# the sea from deep to shallow, the land's paper and its contours, the coast and soundings
SEAS = (
    ("#0B1F3A", "#A8D0E0", "#EFE7D2", "#8A6A48", "#0B1F3A"),
    ("#0A2A33", "#9FD6D2", "#F1EAD6", "#7A5C3E", "#08222A"),
    ("#101A40", "#B7C9EC", "#ECE6DA", "#6E5A48", "#0C1433"),
)
BANDS = 6  # depth bands between the deep and the coast


def bathymetry(
    made: topo_land.Land, rng: np.random.Generator, levels: int, weight: float, work: int
) -> np.ndarray:
    """Depth bands in blues, the land in paper with fine contours, tiny soundings."""
    h = made.height
    deep, shallow, paper, brown, coast = (_rgb(inks.hexrgb(c)) for c in SEAS[rng.integers(3)])
    big = raster.upscale(h, work)
    sea = np.clip(big / relief.COAST, 0.0, 1.0)
    step = np.minimum(np.floor(sea * BANDS), BANDS - 1) / (BANDS - 1)
    img = deep + (shallow - deep) * (step**1.3)[..., None]
    ashore = np.clip((big - relief.COAST) * work * 0.5, 0.0, 1.0)
    _over(img, ashore, paper)
    isobath, _, _ = terrain.contours(np.minimum(h / relief.COAST, 1.0), BANDS, work, 0.5 * weight)
    _over(img, isobath * (1 - ashore) * 0.55, coast)
    above = np.clip((h - relief.COAST) / (1 - relief.COAST), 0.0, 1.0)
    land, _, _ = terrain.contours(above, levels, work, 0.6 * weight)
    _over(img, land * ashore, brown)
    shore, _, _ = terrain.contours(np.clip(h / relief.COAST, 0.0, 1.01), 1, work, 1.6 * weight)
    _over(img, shore, coast)
    return _soundings(img, h, rng, work, coast)


def _soundings(
    img: np.ndarray, h: np.ndarray, rng: np.random.Generator, work: int, ink: np.ndarray
) -> np.ndarray:
    """Depths in tiny type on a jittered grid over the shelf (none on the open deep
    water the title keeps, none ashore)."""
    canvas = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8), "RGB")
    draw = ImageDraw.Draw(canvas)
    font = fonts.role_faces("mono", 500.0)[0].sized(max(6, round(work * 0.016)))
    n, res = 11, h.shape[0]
    for gy in range(n):
        for gx in range(n):
            x, y = (gx + rng.uniform(0.15, 0.85)) / n, (gy + rng.uniform(0.15, 0.85)) / n
            v = float(h[min(int(y * res), res - 1), min(int(x * res), res - 1)])
            if not 0.06 < v < relief.COAST - 0.03:
                continue
            depth = round((relief.COAST - v) * 160 + rng.uniform(-3, 3))
            lit = v > 0.5 * relief.COAST  # dark figures on the pale shallows, pale on the deep
            fill = tuple(int(c) for c in (ink if lit else (235, 240, 245)))
            draw.text((x * work, y * work), str(depth), font=font, fill=fill, anchor="mm")
    return np.asarray(canvas, F32).copy()
