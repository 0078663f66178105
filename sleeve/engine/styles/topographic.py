"""Topographic: one landform as a designed contour print, a summit or a basin cropped
hard by the frame in empty paper. Hairline contours, heavy index contours, one index
contour in the accent, and the lines thickening towards the summit until they close
into a solid mass (the shape that reads at 64 px).

The compositions (topo_forms, topo_relief, topo_river): the range, the song's loudness
as a crest with a summit at each loud moment; the peak, a summit cropped by the edge
away from the title; the crater, one cone whose rim rings a lake in the accent; the
lake, a basin whose deep water pools in the accent; the valley, a river winding out of
the title's plain (forking where the song is loud, for a rough song), the hills kept
close to its banks; and for a title naming the sea or an island, one island (a heart
for a love song) or a chain.

The music moves the relief: the energy its height (more contours) and steepness and
the share that closes into the mass, the tempo the contour interval, the turbulence
its roughness. The genre's language sets the inks (topo_inks): ambient pale, chamber
and classical ECM slate, IDM mono with one red, metal and goth near-black and bone.

Retired (RETIRED): the horizon and the section (bands of even lines under the title,
a chart more than a picture: "a survey map printout"), the filled hypsometric bands
and their hillshade ("the same blobby rings", "a GIS default"), and the earlier
rounds' maps and prints.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
from PIL import Image

from sleeve.engine import raster, signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts import calm_zone, topo_forms, topo_land, topo_subject
from sleeve.engine.styles.cover_parts import topo_inks as inks
from sleeve.engine.styles.cover_parts import topo_print as press
from sleeve.engine.styles.cover_parts import topo_relief as relief
from sleeve.engine.styles.cover_parts import topo_river as river
from sleeve.engine.styles.cover_parts import topo_terrain as terrain

STYLE = StyleInfo(
    name="topographic",
    family="image",
    fits=("ambient", "classical", "idm", "post_rock", "prog", "chamber", "new_age"),
    subjects=("mountain",),
    # a sea-depth chart on The Little Yellow Duck read as wrong for a children's song; a
    # teal and peach map on a death-metal song as wrong in palette and genre (two
    # reviewers, 2/10): metal gets engraving, mono grain and ridgelines instead
    never=("children", "lullaby", "metal"),
)

ISLANDS = ("coast", "chain")  # land rising from the open water, with water lines
LAYOUTS = ("coast", "chain", "peak", "lake", "valley", "range", "crater")
# for a title naming no land or water: the song's loudness as a range, one summit, a
# crater lake, one basin or a valley; the islands only for a title naming them or the
# sea (they read as a weather chart)
MUSIC = ("peak", "lake", "valley", "range", "crater")
RETIRED = (
    "horizon", "section", "night", "chart", "survey", "stack", "layers", "closeup",
    "hypsometric", "traverse", "linefield", "raised", "foil", "riso", "emboss",
    "sheet", "gorge", "summit", "caldera", "island", "relief", "tanaka", "bathymetry",
)  # fmt: skip
WORK = 512  # the side the prints are drawn at, then scaled up (wide lines need no more)
NAMED = {  # the land or water a title names -> the maps that draw it
    "mountain": ("peak",),
    "snow": ("peak",),
    "land": ("peak", "valley"),
    "lake": ("lake",),
    "sea": ("coast", "chain"),
    "island": ("coast", "chain"),
    "river": ("valley",),
    "heart": ("coast", "lake"),
}


def land(direction: ArtDirection) -> str:
    """The land the title names (topo_subject): "heart", "lake", "island", "mountain"
    or "" (the music's own landform)."""
    return topo_subject.subject(direction.title)


def _choose(direction: ArtDirection, rng: np.random.Generator) -> str:
    """The composition: one the title's land or water names, else weighted by the
    music (a song that rises and falls: the range; loud: the peak or the crater;
    quiet and sad: the basin; any: the valley, a rough song's forking)."""
    named = NAMED.get(land(direction))
    if named:
        return named[int(rng.choice(len(named)))]
    e, low = direction.energy, (1.0 - direction.energy) * (1.0 - direction.valence)
    song = signals.energy(direction, 32)
    swings = float(np.clip(4.0 * np.std(song), 0.0, 1.0))  # a song that rises and falls
    w = [0.1 + 0.25 * e, 0.08 + 0.35 * low, 0.15 + 0.1 * direction.turbulence]
    w += [0.1 + 0.25 * swings, 0.07 + 0.1 * e]
    if inks.kind(direction) == "dark":  # a dark genre: a massif or a range most often
        w = [0.4 + 0.2 * e, 0.15, 0.06, 0.3, 0.2]
    p = np.array(w)
    return MUSIC[int(rng.choice(len(MUSIC), p=p / p.sum()))]


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
    return Plan(kind, calm_zone.title_zone(direction, rng))


def layout_of(direction: ArtDirection) -> str:
    """The name of the composition render draws for `direction`, without drawing."""
    return plan(direction).layout


def landform(direction: ArtDirection, kind: str, zone: str) -> topo_land.Land:
    """The composition's landform, sunk flat under the title's zone."""
    rng = raster.rng_for(direction, "topo-land")
    shape = "heart" if land(direction) == "heart" else ""
    if kind == "coast":
        made = topo_forms.island(direction, rng, zone, shape)
    elif kind == "lake":
        made = topo_forms.lake(direction, rng, zone, shape)
    elif kind == "valley":
        made = river.valley(direction, rng, zone)
    elif kind == "range":
        made = relief.ridge(direction, rng, zone)
    elif kind == "crater":
        made = relief.crater(direction, rng, zone)
    else:
        made = getattr(topo_forms, kind)(direction, rng, zone)
    shore = 0.1 if zone == "centre" else 0.22  # a middle title: the low band stays whole
    h = terrain.lowland(made.height, zone, rng, shore) * _below_title(direction, zone)
    return topo_land.Land(h / max(float(h.max()), 1e-6), made.river)


DEEPEST = 0.52  # the most of the side a deep title's band may take from the land


def _band(direction: ArtDirection, zone: str) -> float:
    """How deep (share of the side) a top or bottom title's block reaches; 0 else."""
    if zone not in ("top", "bottom"):
        return 0.0
    return float(np.clip(0.08 + calm_zone.title_depth(direction), 0.0, DEEPEST))


def _below_title(direction: ArtDirection, zone: str) -> np.ndarray:
    """1 where the land may rise, falling to 0 towards a top or bottom title block
    deeper than the usual band (three lines of a big face: contours under its last
    line made the typography tone the art behind it)."""
    ones = np.ones((terrain.RES, 1), np.float32)
    if zone not in ("top", "bottom"):
        return ones
    band = _band(direction, zone)
    if band <= calm_zone.ZONES["top"][3]:
        return ones
    y = (np.arange(terrain.RES, dtype=np.float32)[:, None] + 0.5) / terrain.RES
    y = y if zone == "top" else 1.0 - y
    return np.clip((y - band) / 0.12, 0.0, 1.0)


def spacing(direction: ArtDirection) -> tuple[float, float, float]:
    """(contours per unit of height, the relief's height, the share of it that
    closes into the solid mass): a fast song's contours are closer, a loud song's
    land higher, with more of it solid."""
    e = direction.energy
    return 12.0 + 18.0 * signals.pace(direction), 0.6 + 0.4 * e, 0.22 + 0.4 * e


def _box(h: np.ndarray, fallback) -> tuple[float, float, float, float]:
    ys, xs = np.nonzero(h > 0.05)
    if len(xs) == 0:
        return fallback
    n = h.shape[0]
    return xs.min() / n, ys.min() / n, (xs.max() + 1) / n, (ys.max() + 1) / n


def print_land(direction: ArtDirection, chart: Plan, work: int):
    """The print at `work` px and the land's box: the landform's contours in the
    song's inks, water lines round islands, a valley's river solid."""
    rng = raster.rng_for(direction, "topo")
    ink = inks.inks(direction, rng)
    made = landform(direction, chart.kind, chart.zone)
    per, height, mass = spacing(direction)
    levels = per * height
    focal = _box(made.height, calm_zone.away_from(chart.zone))
    accent = press.accent_step(levels, 1.0 - mass, rng)
    water = 3 if chart.kind in ISLANDS else 0
    if made.river is not None:  # the valley: hills close to the banks, the river solid
        keep = river.banks(made, 0.22 + 0.12 * direction.turbulence)
        img = press.press(made.height, ink, 2 * levels, work, 0.0, 2 * accent, keep=keep)
        img, focal = river.pour(img, made, ink, work), river.reach(made)
    else:
        pool = chart.kind == "lake"
        if chart.kind == "crater":  # only the rim closes solid
            mass = 0.12
        img = press.press(made.height, ink, levels, work, mass, accent, water, pool)
        if chart.kind == "crater":  # the crater's lake in the accent, ringed by the rim
            img = press.flood(img, relief.crater_water(made.height), ink.accent, work)
    return Image.fromarray(np.clip(img, 0, 255).astype(np.uint8), "RGB"), focal


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
