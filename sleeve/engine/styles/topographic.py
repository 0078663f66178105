"""Topographic: one landform printed as a designed contour map, filled bands of warm or
bold inks stepping up to the summit, a picture not a survey sheet.

The compositions (topo_forms, topo_land, topo_river): a valley, a river winding out of
the title's plain between hills, its contours bending upstream; a peak too big for the
frame, lit, its flanks folded into gullies, its summit on the key's side; a cut-away
section of a range whose skyline is the energy curve; the horizon, a band of high
ground; and for a title naming them, one island (a heart for a love song), a chain of
islands, or a lake.

The title picks the land or water it names (topo_subject); else the music picks a
landscape (loud: the peak; steady: the section or the horizon; any: the valley): the
islands ringed by water lines read as a weather chart when no title asked for them.
The tempo sets how many bands and the river's bends, the energy the contours' weight.
Folk and roots print two warm inks on cream paper (topo_tints); the rest ramp from
their genre's print (topo_inks). The dark genres take the peak or the section most
often, in deep tints of a hue lit from the upper left, islands on tinted water
(topo_deep). The title keeps the plain or the open water, never a plate.

Retired (RETIRED): the lit (Tanaka) massif, the survey coast's neat line and spot
height and the sea chart (two reviewers: a cold technical chart, grey lines on grey for
a folk love song), and the earlier rounds' maps and prints.
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
from sleeve.engine.styles.cover_parts import topo_deep as deep
from sleeve.engine.styles.cover_parts import topo_print as press
from sleeve.engine.styles.cover_parts import topo_river as river
from sleeve.engine.styles.cover_parts import topo_terrain as terrain
from sleeve.engine.styles.cover_parts import topo_tints as tints

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
LAYOUTS = ("coast", "chain", "peak", "section", "horizon", "lake", "valley")
# for a title naming no land or water: landscapes; the islands only for a title naming
# them or the sea (a blob ringed by bands and water lines read as a weather chart)
MUSIC = ("peak", "section", "horizon", "valley")
RETIRED = (
    "night", "chart", "survey", "stack", "layers", "closeup",
    "hypsometric", "traverse", "linefield", "raised", "foil", "riso", "emboss",
    "sheet", "gorge", "summit", "caldera", "island", "relief", "tanaka", "bathymetry",
)  # fmt: skip
PEAK_LIGHT = 0.5  # the hillshade on a light or bright print's peak (a dark one's: topo_deep)
WORK = 512  # the side the prints are drawn at, then scaled up (wide lines need no more)
NAMED = {  # the land or water a title names -> the maps that draw it
    "mountain": ("peak", "section"),
    "snow": ("peak",),
    "land": ("section", "horizon", "peak"),
    "lake": ("lake",),
    "sea": ("coast", "chain"),
    "island": ("coast", "chain"),
    "river": ("valley",),
    "heart": ("coast", "lake"),
}
BANDS = ("section", "horizon")  # the section under a top or middle title, else the horizon
CROWDED_KINDS = (*BANDS, "chain")  # room for a low band under a deep title


def land(direction: ArtDirection) -> str:
    """The land the title names (topo_subject): "heart", "lake", "island", "mountain"
    or "" (the music's own landform)."""
    return topo_subject.subject(direction.title)


def _choose(direction: ArtDirection, rng: np.random.Generator) -> str:
    """The composition: one the title's land or water names, else weighted by the
    music (loud: the peak; steady: the section or the horizon; any: the valley)."""
    named = NAMED.get(land(direction))
    if named:
        return named[int(rng.integers(len(named)))]
    e, busy = direction.energy, 0.5 * (direction.turbulence + direction.density)
    w = [0.06 + 0.16 * e, 0.2 - 0.08 * busy, 0.16 - 0.08 * e, 0.32]
    if deep.somber(direction):  # a dark genre: one massif or a lit section most often
        w = [0.2 + 0.16 * e, 0.3, 0.1, 0.3]
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
    zone = calm_zone.title_zone(direction, rng)
    crowded = zone == "centre" or _band(direction, zone) > CROWDED
    if crowded and not land(direction) and kind not in CROWDED_KINDS:  # a title across
        kind = "chain" if rng.random() < 0.3 else BANDS[0]  # the middle or deep
    if kind in BANDS:  # the range stands on the bottom edge, else hangs as a band
        kind = "section" if zone in ("top", "centre") else "horizon"
    return Plan(kind, zone)


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
    elif kind == "horizon":
        made = topo_land.horizon(direction, rng, zone)
    elif kind == "valley":
        made = river.valley(direction, rng, zone)
    elif kind == "section":  # its skyline stops short of the title: no sunk summit
        top = calm_zone.ZONES["centre" if zone == "centre" else "top"][3]
        return topo_forms.section(direction, rng, 1.0 - max(top, _band(direction, zone)) - 0.04)
    else:
        made = getattr(topo_forms, kind)(direction, rng, zone)
    shore = 0.1 if zone == "centre" else 0.22  # a middle title: the low band stays whole
    h = terrain.lowland(made.height, zone, rng, shore) * _below_title(direction, zone)
    return topo_land.Land(h / max(float(h.max()), 1e-6), made.river)


DEEPEST = 0.52  # the most of the side a deep title's band may take from the land
CROWDED = 0.48  # a title band deeper than this leaves room for a low band only


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


def spacing(direction: ArtDirection, kind: str) -> tuple[int, float]:
    """Bands (a fast song packs more) and contour weight (a loud one inks heavier)."""
    few = 5 if kind in CROWDED_KINDS else 6
    return few + round(8 * signals.pace(direction)), 1.0 + 1.4 * direction.energy


def _box(h: np.ndarray, fallback) -> tuple[float, float, float, float]:
    ys, xs = np.nonzero(h > 0.05)
    if len(xs) == 0:
        return fallback
    n = h.shape[0]
    return xs.min() / n, ys.min() / n, (xs.max() + 1) / n, (ys.max() + 1) / n


def print_land(direction: ArtDirection, chart: Plan, work: int):
    """The print at `work` px and the land's box: the landform in filled bands of the
    song's tint, its contours and shore in the line ink, water lines round islands."""
    rng = raster.rng_for(direction, "topo")
    tint = tints.tint(direction, rng, land(direction) == "heart")
    tint = deep.deep(direction, tint, chart.kind in ISLANDS)
    made = landform(direction, chart.kind, chart.zone)
    levels, weight = spacing(direction, chart.kind)
    focal = _box(made.height, calm_zone.away_from(chart.zone))
    lit = deep.relief(made.height, work) if deep.dark(direction, tint) else None
    if lit is None and chart.kind == "peak":  # lit, a mountain, not a chart's rings
        lit = deep.relief(made.height, work, PEAK_LIGHT)
    if chart.kind == "lake":  # the land around in a low tint, the water stepping down
        shore = tints.Tint(tint.ramp[1], tint.ramp, tint.line, tint.water, tint.paper)
        img = press.press(made.height, shore, levels, weight, work, 0, tint.water, lit)
    elif made.river is not None:  # the valley: the bands, then the river through them
        img = press.press(made.height, tint, levels, weight, work, 0, river.hills(tint), lit)
        img, focal = river.pour(img, made, tint, work), river.reach(made)
    else:
        water = 3 if chart.kind in ISLANDS else 0
        img = press.press(made.height, tint, levels, weight, work, water, lit=lit)
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
