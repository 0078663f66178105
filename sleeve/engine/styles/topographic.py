"""Topographic: the song as a contour map a musician would release. Its energy curve
is the land (topo_terrain): a crest with a summit at each loud moment and a saddle at
each quiet one, its sections massifs parted by cols, spurs and gullies as rough as
the song is turbulent. Every map is printed as a contour poster in a few flat inks
(topo_print, topo_inks): crisp contours over the whole frame, every fifth a heavier
index contour, on a flat paper with the land in three or four flat elevation bands,
no hillshade. Water is one flat printed tint with waterlines along its shore, and
the lines part where the title stands, as round a printed map's label (label).

The compositions, from the title and the music:
- valley: the land full-bleed, a valley carved beside the crest down to the
  title's plain (lake: the hills come down to a lake that holds the title);
- coast: one island seen from above filling the frame, the title out at sea (a heart
  for a title naming love; chain: an island for each of the song's sections);
- peak: one massif filling the frame (crater: a long lake in a bowl beside its
  summit, a stream out through the rim);
- range: the terrain as a block diagram seen at an angle (topo_relief).

Retired (RETIRED): the lone landform on empty paper (reviewers: "near-empty grey
covers with a few contour lines", 2-3/10), the quadrangle survey sheet (a neatline, a
red grid and grid numbers: "a figure from a paper, not a cover") and the earlier
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
from sleeve.engine.styles.cover_parts import calm_zone, topo_forms, topo_subject
from sleeve.engine.styles.cover_parts import topo_inks as inks
from sleeve.engine.styles.cover_parts import topo_print as press
from sleeve.engine.styles.cover_parts import topo_relief as relief
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

LAYOUTS = ("valley", "lake", "coast", "chain", "peak", "crater", "range")
MUSIC = ("valley", "coast", "peak", "range", "crater", "chain")
SKELETONS = {"peak": "massif", "crater": "massif", "coast": "isle", "chain": "isle"}
RETIRED = (
    "horizon", "section", "night", "chart", "survey", "stack", "layers", "closeup",
    "hypsometric", "traverse", "linefield", "raised", "foil", "riso", "emboss",
    "sheet", "gorge", "summit", "caldera", "island", "relief", "tanaka", "bathymetry",
    "quadrangle",
)  # fmt: skip
WORK = 512  # the side the maps are drawn at, then scaled up
NAMED = {  # the land or water a title names -> the maps that draw it
    "mountain": ("peak", "range"),
    "snow": ("peak", "range"),
    "land": ("valley", "range"),
    "lake": ("lake",),
    "sea": ("coast", "chain"),
    "island": ("coast", "chain"),
    "river": ("valley", "lake"),
    "heart": ("coast",),
}


def land(direction: ArtDirection) -> str:
    """The land the title names (topo_subject): "heart", "lake", "island", "mountain"
    or "" (the music's own landform)."""
    return topo_subject.subject(direction.title)


def _choose(direction: ArtDirection, rng: np.random.Generator) -> str:
    """The composition: one the title's land or water names, else weighted by the
    music (a song that rises and falls: the range; loud: the peak or the crater;
    quiet: the island; any: the valley)."""
    named = NAMED.get(land(direction))
    if named:
        return named[int(rng.choice(len(named)))]
    e = direction.energy
    swings = float(np.clip(4.0 * np.std(signals.energy(direction, 32)), 0.0, 1.0))
    w = [
        0.2 + 0.15 * direction.turbulence,  # valley
        0.12 + 0.2 * (1.0 - e),  # coast
        0.08 + 0.22 * e,  # peak
        0.1 + 0.25 * swings,  # range
        0.04 + 0.1 * e,  # crater
        0.06 + 0.08 * (1.0 - e),  # chain
    ]
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


def landform(direction: ArtDirection, kind: str, zone: str) -> np.ndarray:
    """The composition's elevation (RES x RES: land 0..1, water below 0)."""
    rng = raster.rng_for(direction, "topo-land")
    if kind == "coast":
        shape = "heart" if land(direction) == "heart" else ""
        return topo_forms.coast(direction, rng, zone, shape)
    if kind == "range":
        return _open(direction, rng)
    return getattr(topo_forms, kind)(direction, rng, zone)


def _open(direction: ArtDirection, rng: np.random.Generator) -> np.ndarray:
    """The song's land across the whole frame, nothing sunk (the block keeps its own
    room for the title), the crest's summits standing out of lower ground."""
    box = (0.0, 0.0, 1.0, 1.0)
    h = terrain.song_relief(direction, rng, terrain.course(direction, rng, box))
    return 0.02 + 0.98 * h**1.4  # all land (a hollow at 0 would print as a pond)


def spacing(direction: ArtDirection) -> float:
    """Contours across the land's height: 36 for a slow song to 56 for a fast one
    (more read as a grey hatch at 64 px)."""
    return 36.0 + 20.0 * signals.pace(direction)


def _box(e: np.ndarray, fallback) -> tuple[float, float, float, float]:
    ys, xs = np.nonzero(e > 0.05)
    if len(xs) == 0:
        return fallback
    n = e.shape[0]
    return xs.min() / n, ys.min() / n, (xs.max() + 1) / n, (ys.max() + 1) / n


def label(direction: ArtDirection, zone: str) -> np.ndarray:
    """Where the lines part for the title (RES x RES, 0..1): its zone with a soft,
    wavering edge, as the lines stop short of a printed map's label."""
    wobble = raster.rng_for(direction, "topo-label")
    wobble = raster.fractal_noise(wobble, cells=3, octaves=2, res=topo_forms.RES)
    return terrain.zone_mask(zone, 0.07, wobble)


def print_land(direction: ArtDirection, chart: Plan, work: int):
    """The map at `work` px and its focal box."""
    rng = raster.rng_for(direction, "topo")
    ink = inks.inks(direction, rng)
    e = landform(direction, chart.kind, chart.zone)
    levels = spacing(direction)
    free = calm_zone.away_from(chart.zone)
    if chart.kind == "range":
        img = relief.block(e, ink, levels * 0.6, work, chart.zone)
        return Image.fromarray(img.astype(np.uint8), "RGB"), free
    img = press.press(e, ink, levels, work, calm=label(direction, chart.zone))
    focal = _box(e, free) if chart.kind in ("coast", "chain") else free
    return Image.fromarray(img.astype(np.uint8), "RGB"), focal


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the topographic cover (RGB, size x size)."""
    chart = plan(direction)
    work = raster.work_size(size, WORK)
    img, focal = print_land(direction, chart, work)
    box = calm_zone.away_from(chart.zone)
    focal = tuple(float(v) for v in np.clip(focal, box[:2] * 2, box[2:] * 2))
    if img.size != (size, size):
        img = img.resize((size, size), Image.Resampling.BICUBIC)
    return Artwork(finish(img, direction, "topo", 0.02), focal, chart.layout)
