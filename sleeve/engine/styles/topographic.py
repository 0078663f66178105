"""Topographic: contour maps with one subject, large and off-centre on plain ground the
title keeps, a picture not a pattern.

The compositions (topo_survey, topo_maps): an island on a survey sheet (stepped tints,
index contours, a heavy coast rippled by water lines, a neat line with grid ticks and a
spot height), one massif in illuminated (Tanaka) contours, crisp white and black lines
on a mid-tone card over flat terraces, a sea chart of depth bands with tiny soundings,
and a low band of high ground whose skyline is the song's energy curve. Each fills the
picture, cropped by the frame like a sheet of a real map.

The title picks the map where it names land or water (topo_subject: a sea, fjord or
lake the chart or the coast, a mountain or snow the lit massif); else the music picks
among the bold maps (never the sea chart). The tempo sets the contour interval (a fast
song packs more lines), the energy their weight. Three prints (topo_inks, by genre, the
card leaning to the palette): hot foil on navy, oxblood or black; two fluoro inks on
black; cream lines on a deep or vivid colour with one spot ink. The title keeps the
plain or the open sea, never a plate.

Retired (RETIRED): the shaded relief (two reviewers: a muddy blurred stain, brown at
64 px); the night map, the chart, the survey, the contour stack, the paper layers, the
close up, the hypsometric poster, the traverse, the line field and the raised relief
(earlier rounds); the foil, riso and emboss compositions; the full-bleed contour sheet,
the gorge and the cropped summit (two reviewers: wallpaper, generic, and each came back
for two songs); the caldera and the small island (two reviewers: a tree ring for a
fjord, a stain for a love song).
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
from PIL import Image

from sleeve.engine import raster, signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts import calm_zone, topo_land, topo_subject
from sleeve.engine.styles.cover_parts import topo_inks as inks
from sleeve.engine.styles.cover_parts import topo_maps as maps
from sleeve.engine.styles.cover_parts import topo_relief as relief
from sleeve.engine.styles.cover_parts import topo_survey as survey
from sleeve.engine.styles.cover_parts import topo_terrain as terrain

STYLE = StyleInfo(
    name="topographic",
    family="image",
    fits=("ambient", "classical", "idm", "post_rock", "prog", "chamber", "new_age"),
    subjects=("mountain",),
    # a sea-depth chart on The Little Yellow Duck read as wrong for a children's song
    never=("children", "lullaby"),
)

MAPS = ("bathymetry",)  # full-bleed map prints (topo_relief)
SURVEYS = ("coast", "tanaka")  # one subject off-centre on plain ground
LANDFORMS = ("horizon",)  # one landform, its top solid
LAYOUTS = ("coast", "tanaka", "bathymetry", "horizon")
MUSIC = ("coast", "tanaka", "horizon")  # drawn for a title naming no land
RETIRED = (
    "night", "chart", "survey", "stack", "layers", "closeup",
    "hypsometric", "traverse", "linefield", "raised", "foil", "riso", "emboss",
    "sheet", "gorge", "summit", "caldera", "island", "relief",
)  # fmt: skip
WORK = 512  # the side the prints are drawn at, then scaled up (wide lines need no more)
NAMED = {  # the land or water a title names -> the maps that draw it
    "mountain": ("tanaka",),
    "snow": ("tanaka",),
    "land": ("tanaka", "horizon"),
    "lake": ("bathymetry", "coast"),
    "sea": ("bathymetry", "coast"),
    "island": ("coast", "bathymetry"),
    "heart": ("tanaka",),
}
WATER = ("bathymetry",)  # drawn only for a title that names water: a sea chart for Back
# Porch (folk) read as a wrong picture
CROWDED_KINDS = ("horizon", "coast")  # room for a low band or a flat plain


def land(direction: ArtDirection) -> str:
    """The land the title names (topo_subject): "heart", "lake", "island", "mountain"
    or "" (the music's own landform)."""
    return topo_subject.subject(direction.title)


def _choose(direction: ArtDirection, rng: np.random.Generator) -> str:
    """The composition: one the title's land or water names, else the strongest maps
    weighted by the music (busy: the survey coast; loud or calm: the lit massif;
    steady: the horizon). Never the sea chart for a title that names no water: a sea
    chart for a porch song read as wrong."""
    named = NAMED.get(land(direction))
    if named:
        return named[int(rng.integers(len(named)))]
    e, busy = direction.energy, 0.5 * (direction.turbulence + direction.density)
    w = np.array([0.2 + 0.2 * busy, 0.2 + 0.1 * (1 - e), 0.17 - 0.06 * busy])
    return MUSIC[int(rng.choice(len(MUSIC), p=w / w.sum()))]


class Plan(NamedTuple):
    """What a cover prints, before any drawing: the composition and the title's zone."""

    kind: str
    zone: str

    @property
    def layout(self) -> str:
        """The composition's name (Artwork.layout)."""
        return self.kind


def plan(direction: ArtDirection) -> Plan:
    """The composition and its title zone from the music, the title and the seed."""
    rng = raster.rng_for(direction, "topographic-layout")
    kind = _choose(direction, rng)
    zone = calm_zone.title_zone(direction, rng)
    crowded = zone == "centre" or _band(direction, zone) > CROWDED
    if crowded and not land(direction) and kind not in CROWDED_KINDS:  # a title across
        kind = CROWDED_KINDS[int(rng.integers(len(CROWDED_KINDS)))]  # the middle or deep
    return Plan(kind, zone)


def layout_of(direction: ArtDirection) -> str:
    """The name of the composition render draws for `direction`, without drawing."""
    return plan(direction).layout


def landform(direction: ArtDirection, kind: str, zone: str) -> topo_land.Land:
    """The composition's landform, sunk flat under the title's zone."""
    rng = raster.rng_for(direction, "topo-land")
    if kind in survey.BUILDERS:
        made = survey.BUILDERS[kind](direction, rng, zone)
    elif kind in relief.BUILDERS:
        made = relief.BUILDERS[kind](direction, rng, zone)
    else:
        made = topo_land.BUILDERS[kind](direction, rng, zone)
    shore = 0.1 if zone == "centre" else 0.22  # a middle title: the low band stays whole
    if kind in MAPS:
        wobble = raster.fractal_noise(rng, cells=4, octaves=2, res=terrain.RES)
        calm = terrain.zone_mask(zone, feather=shore, wobble=wobble)
        keep = (1.0 - calm) * _below_title(direction, zone)
        if kind == "bathymetry":  # the title on open deep water
            return relief.sink(made, calm, keep)
        return relief.fade(made, keep)
    h = terrain.lowland(made.height, zone, rng, shore) * _below_title(direction, zone)
    mass = np.minimum(made.mass, 0.5 + (h - 0.02) * 40.0)  # nothing solid on the plain
    return topo_land.Land(h / max(float(h.max()), 1e-6), mass.astype(np.float32))


DEEPEST = 0.52  # the most of the side a deep title's band may take from the land
CROWDED = 0.48  # a title band deeper than this leaves room for the horizon band only


def _band(direction: ArtDirection, zone: str) -> float:
    """How deep (share of the side) a top or bottom title's block reaches; 0 else."""
    if zone not in ("top", "bottom"):
        return 0.0
    return float(np.clip(0.08 + calm_zone.title_depth(direction), 0.0, DEEPEST))


def _below_title(direction: ArtDirection, zone: str) -> np.ndarray:
    """1 where the land may rise, falling to 0 towards a top or bottom title block
    deeper than the usual band (three lines of a big face: a ripple line or a summit's
    contours under its last line made the typography tone the art behind it)."""
    ones = np.ones((terrain.RES, 1), np.float32)
    if zone not in ("top", "bottom"):
        return ones
    band = _band(direction, zone)
    if band <= calm_zone.ZONES["top"][3]:
        return ones
    y = (np.arange(terrain.RES, dtype=np.float32)[:, None] + 0.5) / terrain.RES
    y = y if zone == "top" else 1.0 - y
    return np.clip((y - band) / 0.12, 0.0, 1.0)


MAP_SPACING = {  # levels at the slowest and the fastest tempo, line weight at 0 and 1 energy
    "coast": (7, 13, 0.8, 1.3),
    "tanaka": (9, 15, 1.0, 1.6),
    "bathymetry": (8, 16, 0.7, 1.1),
}


def spacing(direction: ArtDirection, kind: str) -> tuple[int, float]:
    """Contour levels (a fast song packs more) and line weight (a loud one inks heavier);
    the maps draw many thin lines, the landforms few bold ones."""
    if kind in MAP_SPACING:
        few, many, thin, heavy = MAP_SPACING[kind]
        e = direction.energy
        return few + round((many - few) * signals.pace(direction)), thin + (heavy - thin) * e
    levels = 7 + round(11 * signals.pace(direction))
    return levels, 1.5 + 2.6 * direction.energy


def _rgb(c) -> np.ndarray:
    return np.asarray(c, np.float32)


def _over(base: np.ndarray, cover: np.ndarray, colour) -> np.ndarray:
    """`colour` (RGB or an (h, w, 3) array) over `base` (changed in place) by `cover`."""
    ink = np.asarray(colour, np.float32) - base
    ink *= cover[..., None]
    base += ink
    return base


def _solid(mass_small: np.ndarray, work: int) -> np.ndarray:
    """The mass above 0.5 as an anti-aliased 0..1 mask at `work` px."""
    m = raster.upscale(mass_small.astype(np.float32), work)
    gy, gx = np.gradient(m)
    return np.clip(0.5 + (m - 0.5) / np.maximum(np.hypot(gx, gy), 1e-3), 0.0, 1.0)


def _foil(stock: inks.Stock, rng: np.random.Generator, work: int) -> np.ndarray:
    """A foil's metal across the sheet: a broad sheen from shadow to highlight."""
    n = 128
    yy, xx = np.mgrid[0:n, 0:n].astype(np.float32) / n
    sheen = 0.5 + 0.5 * np.sin((xx * 0.8 + yy) * rng.uniform(2.5, 4.0) + rng.uniform(0, 6))
    noise = raster.fractal_noise(rng, cells=5, octaves=2, res=n)
    t = raster.upscale(np.clip(0.35 + 0.5 * sheen + 0.3 * (noise - 0.5), 0, 1), work)[..., None]
    return _rgb(stock.line) * (1 - t) + _rgb(stock.solid) * t


def _box(h: np.ndarray, fallback) -> tuple[float, float, float, float]:
    ys, xs = np.nonzero(h > 0.05)
    if len(xs) == 0:
        return fallback
    n = h.shape[0]
    return xs.min() / n, ys.min() / n, (xs.max() + 1) / n, (ys.max() + 1) / n


def print_land(direction: ArtDirection, chart: Plan, work: int):
    """The print at `work` px: contour lines in the line ink on the card, the land's
    mass solid in the solid ink with its contours knocked out in the card."""
    rng = raster.rng_for(direction, "topo")
    stock = inks.stock(direction, rng, land(direction) == "heart")
    made = landform(direction, chart.kind, chart.zone)
    levels, weight = spacing(direction, chart.kind)
    focal = _box(made.shown, calm_zone.away_from(chart.zone))
    if chart.kind == "tanaka":
        img = maps.tanaka(made, stock, levels, weight, work)
        return Image.fromarray(np.clip(img, 0, 255).astype(np.uint8), "RGB"), focal
    if chart.kind in SURVEYS:
        img = getattr(survey, chart.kind)(made, stock, rng, levels, weight, work)
        return Image.fromarray(np.clip(img, 0, 255).astype(np.uint8), "RGB"), focal
    if chart.kind in MAPS:
        return _map(chart.kind, made, stock, rng, levels, weight, work), focal
    line, _, _ = terrain.contours(made.height, levels, work, weight, 1.8)
    cut, _, _ = terrain.contours(made.height, levels, work, 0.5 * weight)
    solid = _solid(made.mass, work)
    img = np.broadcast_to(_rgb(stock.card), (work, work, 3)).astype(np.float32)
    if stock.kind == "foil":
        metal = _foil(stock, rng, work)
        img = _over(img, np.maximum(line, solid), metal)
    else:
        img = _over(img, line * (1 - solid), stock.line)
        img = _over(img, solid, stock.solid)
    img = _over(img, cut * solid * 0.9, stock.card)  # the contours cut into the solid
    return Image.fromarray(np.clip(img, 0, 255).astype(np.uint8), "RGB"), focal


def _map(
    kind: str,
    made: topo_land.Land,
    stock: inks.Stock,
    rng: np.random.Generator,
    levels: int,
    weight: float,
    work: int,
) -> Image.Image:
    """A full-bleed map print (topo_maps) of the landform."""
    if kind == "gorge":
        img = maps.gorge(made, _solid(made.mass, work), stock, levels, weight, work)
    elif kind == "bathymetry":
        img = maps.bathymetry(made, rng, levels, weight, work)
    else:
        img = getattr(maps, kind)(made, stock, levels, weight, work)
    return Image.fromarray(np.clip(img, 0, 255).astype(np.uint8), "RGB")


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the topographic cover (RGB, size x size)."""
    chart = plan(direction)
    work = raster.work_size(size, WORK)
    img, focal = print_land(direction, chart, work)
    box = calm_zone.away_from(chart.zone)  # the land is sunk to the plain outside it
    focal = tuple(float(v) for v in np.clip(focal, box[:2] * 2, box[2:] * 2))
    if img.size != (size, size):  # bilinear: the lines are wide, the grain comes after
        img = img.resize((size, size), Image.Resampling.BILINEAR)
    return Artwork(finish(img, direction, "topo", 0.02), focal, chart.layout)
