"""Topographic: the song's land as a contour map designed as album art, not a GIS
sheet: one mountain lit like a raised relief, a bold two-ink print of a cropped peak,
hypsometric colour bands, or thin lines in one ink on empty paper.

The music shapes the land: the energy curve raises the ridges and swells a summit's
flanks, the spectrum lays out the massifs and shoulders, the tempo and turbulence
roughen the ground, the seed places it. Four maps with different skeletons: a raised
relief (one whole mountain drawn only in illuminated contours on a plain mid-tone
ground of one hue, each line light where its slope faces the upper-left light and dark
where it turns away, so the mountain stands out of the sheet like a carved print); a
full-bleed hypsometric poster (a few big flat colour bands rising out of a flat sea,
each edged by a heavy line, the coast heavier; never in greys, rare in atlas colours);
a giant peak cropped by the frame's far edge, its rings printed as alternating two-ink
stripes; a line field (one summit cropped huge at the frame's edge in thin rings of one
ink on bare paper, its top a small solid disc in the accent, most of the frame left
empty, like an ECM or Kompakt sleeve). The title keeps the sea, the
paper or the flat ground, never a plate.

Retired (RETIRED): the shaded relief (in greys a broken height-map render), the island
(a textbook diagram), the night map (a heat map), the chart and the survey sheet (clip
art), the contour sunrise "horizon" (a ring sun over slate water read as a vinyl or
Wi-Fi icon, the same navy-over-slate on seven of 74 covers, and one more sun on a
horizon), the contour stack "stack" (Unknown Pleasures rows whose flat plate margins
and red hot row read as a line chart, and which the ridgeline style draws better) and
the paper layers "layers" (pink amoeba sheets that repeat the paper cut style).
"""

from __future__ import annotations

from typing import NamedTuple

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.raster import RGB
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts import calm_zone
from sleeve.engine.styles.cover_parts import topo_inks as inks
from sleeve.engine.styles.cover_parts import topo_terrain as terrain

STYLE = StyleInfo(
    name="topographic",
    family="image",
    fits=("ambient", "classical", "folk", "idm", "post_rock", "prog", "chamber", "new_age"),
)

MAPS = ("hypsometric", "closeup", "linefield", "raised")
RETIRED = ("relief", "island", "night", "chart", "survey", "horizon", "stack", "layers")
LEANS = {  # maps a genre family likes a little more
    "ambient": ("linefield", "raised"),
    "classical": ("linefield", "raised"),
    "electronic": ("raised", "closeup", "linefield"),
    "folk": ("raised", "hypsometric"),
    "world": ("hypsometric", "raised"),
    "rock": ("raised", "linefield"),
    "metal": ("raised", "linefield"),
    "children": ("hypsometric", "linefield"),
    "dance": ("closeup", "raised"),
    "synthwave": ("raised", "closeup"),
    "lofi": ("closeup", "raised"),
    "jazz": ("closeup", "linefield"),
    "pop": ("raised", "hypsometric"),
    "latin": ("hypsometric", "closeup"),
}
WORK = 640  # the side the maps are drawn at (heavy lines need no more), then scaled up


def _choose(direction: ArtDirection, rng: np.random.Generator) -> str:
    """One map, weighted by the music and the genre: calm songs a line field, a contour
    sunrise or paper layers, driven ones a contour stack, dense ones a cropped peak or
    a stack, bright ones colour bands; grey palettes draw no colour bands (in greys they
    read as a smudge) and the rooted genres few (in atlas colours they read as GIS)."""
    d, e, v = direction.density, direction.energy, direction.valence
    music = {
        "hypsometric": 0.4 + 0.9 * v,
        "closeup": 0.1 + 0.6 * d,
        "linefield": 0.2 + 0.8 * (1 - e),
        "raised": 0.45 + 0.45 * e,
    }
    ink = inks.scheme(direction)
    if ink.mono:
        music["hypsometric"] = 0.0
    elif direction.genre in inks.NATURAL:
        music["hypsometric"] *= 0.35
    lean = LEANS.get(direction.genre, ())
    weights = np.array([music[m] * (1.0 + 0.8 * (m in lean)) for m in MAPS])
    return MAPS[int(rng.choice(len(MAPS), p=weights / weights.sum()))]


class Plan(NamedTuple):
    """What a cover maps, before any drawing: the map and the title's zone."""

    kind: str
    zone: str

    @property
    def layout(self) -> str:
        """The composition's name (Artwork.layout)."""
        return self.kind


def plan(direction: ArtDirection) -> Plan:
    """The map and its title zone from the music, the layout and their own seeded draw."""
    rng = raster.rng_for(direction, "topographic-layout")
    kind = _choose(direction, rng)
    return Plan(kind, calm_zone.title_zone(direction, rng))


def layout_of(direction: ArtDirection) -> str:
    """The name of the composition render draws for `direction`, without drawing."""
    return plan(direction).layout


# ------------------------------------------------------------------ shared drawing


def _bands(steps: np.ndarray, lut: np.ndarray) -> Image.Image:
    """Filled elevation bands: band k (floor of the height in steps) in lut[k]."""
    index = np.clip(np.floor(steps), 0, len(lut) - 1).astype(np.uint8)
    img = Image.fromarray(index, "P")
    img.putpalette(np.asarray(lut, np.uint8).ravel().tolist())
    return img.convert("RGB")


def _lines(img: Image.Image, line: np.ndarray, colour: RGB) -> Image.Image:
    """Contour coverage `line` (0..1) inked onto `img` in `colour`."""
    return Image.composite(Image.new("RGB", img.size, colour), img, _mask(line))


def _mask(a: np.ndarray) -> Image.Image:
    """A 0..1 coverage field as an 8-bit mask."""
    return Image.fromarray((np.clip(a, 0, 1) * 255).astype(np.uint8), "L")


def _soft(field: np.ndarray, at: float, width: float) -> Image.Image:
    """A hard threshold of `field` at `at` as a mask, its edge `width` wide (no stairs)."""
    return _mask((field - at) / width + 0.5)


def _l(colour: RGB) -> float:
    return rgb_to_oklch(colour)[0]


def _hue(colour: RGB) -> float:
    return rgb_to_oklch(colour)[2]


def _dark_ground(s: inks.Scheme, direction: ArtDirection) -> bool:
    """Whether the map prints light on a dark ground: dark palettes and night songs."""
    return _l(direction.palette.background) < 0.45 or direction.night


def _spot(s: inks.Scheme, on_light: bool) -> RGB:
    """The accent: a grey scheme's bone accent would vanish on paper, so there it is
    the ink."""
    if rgb_to_oklch(s.accent)[1] >= 0.05:
        return s.accent
    return s.ink if on_light else s.land[-1]


def _two_inks(s: inks.Scheme, direction: ArtDirection) -> tuple[RGB, RGB, RGB]:
    """Ground, line ink and accent for a two-ink print."""
    if s.mono:
        if _dark_ground(s, direction):
            return s.sea[0], s.land[-1], s.accent
        return s.paper, s.ink, _spot(s, True)
    deep = s.sea[0]
    if _l(deep) < 0.45:
        return deep, s.land[-1], s.accent
    return s.land[-1], s.ink, s.accent


# ------------------------------------------------------------------ the maps


def _hypsometric(direction, rng, s: inks.Scheme, zone: str, work: int):
    """A poster in hypsometric tints: the song's land rises out of a flat sea that
    fills the title's zone, in five to seven big flat colour bands from the lowland to
    snow, every band edged by one heavy ink line and the coast heavier."""
    box = calm_zone.away_from(zone)
    shore = 0.15 if zone == "centre" else 0.4  # a middle band leaves land on both sides
    h = terrain.sink(terrain.massif(direction, rng, box), zone, rng, shore)
    h = np.clip(h * 1.3, 0.0, 0.985) ** 0.7  # a big mass (no flat top: no line there)
    levels = 5 + round(2 * direction.density)
    line, index, steps = terrain.contours(h, levels, work, 3.0, 1.0)
    land = inks.ramp(s.land, levels)
    lut = np.asarray([s.sea[0], *land, land[-1]], np.uint8)
    img = _bands(steps, lut)
    coast = np.clip(1.6 - np.abs(steps - 1.0) * 6, 0, 1)  # the shore line, doubled
    ink = s.ink if _l(s.sea[0]) > 0.45 else inks.clean(0.2, 0.05, rgb_to_oklch(s.sea[0])[2])
    img = _lines(img, np.maximum(line, coast * (steps > 0.5)), ink)
    return img, box


def _far(rng: np.random.Generator, zone: str, inset: float) -> tuple[float, float]:
    """A point `inset` in from the frame's edge farthest from the title's zone."""
    along = 0.3 if rng.random() < 0.5 else 0.7
    if zone == "right":
        return inset, along
    if zone == "bottom" or (zone == "centre" and rng.random() < 0.5):
        return along, inset
    return along, 1.0 - inset


def _closeup(direction, rng, s: inks.Scheme, zone: str, work: int):
    """A giant peak cropped by the frame's edge far from the title: its rings printed
    as broad alternating stripes in two inks (the sea's and the land's most colourful
    one), the summit in the accent; the stripes
    open out to the flat plain where the title sits."""
    at = _far(rng, zone, rng.uniform(-0.05, 0.12))
    h = 0.8 * terrain.mountain(direction, rng, at) + 0.2 * terrain.relief(direction, rng)
    h = terrain.lowland(h.astype(np.float32), zone, rng, 0.3)
    levels = 9 + round(5 * direction.density)
    steps = raster.upscale(h * levels, work)
    ground, ink, spot = _two_inks(s, direction)
    if not s.mono:  # the stripes in the land's most colourful ink that stands off the sea
        ground = s.sea[0]
        bright = [c for c in s.land if _l(c) > _l(ground) + 0.35]
        ink = max(bright, key=lambda c: rgb_to_oklch(c)[1]) if bright else s.land[-1]
        if _l(ground) > 0.5:
            ground, ink = s.land[-1], inks.clean(0.3, 0.1, rgb_to_oklch(s.sea[0])[2])
    stripes = [ground if k % 2 == 0 else ink for k in range(levels + 2)]
    top = int(levels * 0.82)
    stripes[top:] = [spot] * (len(stripes) - top)
    return _bands(steps, np.asarray(stripes, np.uint8)), calm_zone.away_from(zone)


def _linefield(direction, rng, s: inks.Scheme, zone: str, work: int):
    """One summit cropped huge by the frame's edge far from the title, drawn as a field
    of thin contour lines in one ink on paper (every fifth a little heavier), its top a
    small solid spot in the accent; the rest of the frame is empty paper, like an ECM or
    Kompakt sleeve."""
    at = _far(rng, zone, rng.uniform(0.02, 0.16))
    h = terrain.mountain(direction, rng, at)
    floor = 0.3 + 0.12 * (1.0 - direction.density)  # the ground below it stays blank
    h = np.clip((h - floor) / (1.0 - floor), 0.0, 1.0).astype(np.float32)
    h = terrain.lowland(h, zone, rng, 0.3)
    levels = 13 + round(7 * direction.density)
    line, index, steps = terrain.contours(h, levels, work, 1.35, 1.8)
    if _dark_ground(s, direction):
        ground, ink, spot = (s.sea[0] if s.mono else s.night), s.land[-1], s.accent
    else:
        ground, ink, spot = s.paper, s.ink, _spot(s, True)
    img = Image.new("RGB", (work, work), ground)
    img = _lines(img, line, ink)
    sy, sx = np.unravel_index(int(np.argmax(steps)), steps.shape)
    r = work * (0.026 + 0.012 * direction.loudness)  # the summit: one small solid disc
    disc = aggdraw.Draw(img)
    disc.ellipse((sx - r, sy - r, sx + r, sy + r), aggdraw.Brush(spot))
    disc.flush()
    ys, xs = np.nonzero(steps > 1.0)
    if len(xs) == 0:
        return img, calm_zone.away_from(zone)
    box = (xs.min() / work, ys.min() / work, (xs.max() + 1) / work, (ys.max() + 1) / work)
    return img, box


def _raised_inks(s: inks.Scheme, direction: ArtDirection) -> tuple[RGB, RGB, RGB]:
    """Ground, light and shade for the raised relief: a mid-tone ground of one hue
    (light lines and dark lines both need room above and below it), a pale light and a
    deep shade of the same hue; greys print on a dark slate with bone light."""
    if s.mono:
        return inks.clean(0.34, 0.012, 250.0), s.land[-1], inks.clean(0.12, 0.0, 0.0)
    if direction.genre in inks.NATURAL:
        hue, chroma = _hue(s.sea[0]), 0.06
    else:
        lead = max(s.land[:3], key=lambda c: rgb_to_oklch(c)[1])
        hue, chroma = _hue(lead), 0.12
    lit = 0.42 if _dark_ground(s, direction) else 0.56
    ground = inks.clean(lit, chroma, hue)
    if rgb_to_oklch(ground)[0] > 0.7:  # a yellow kept light by the mud guard: go deep
        ground = inks.clean(0.5, 0.15, 30.0)
    return ground, inks.clean(0.97, 0.02, hue), inks.clean(0.16, 0.05, hue)


def _raised(direction, rng, s: inks.Scheme, zone: str, work: int):
    """One mountain as a contour portrait lit like a raised relief (Tanaka's
    illuminated contours): only lines, on a plain mid-tone ground of one hue, each line
    light where its slope faces the upper-left light and dark where it turns away, so
    the mountain stands out of the sheet without any shading; the song swells its
    flanks, the spectrum adds the shoulders; the title keeps the flat ground."""
    x0, y0, x1, y1 = calm_zone.away_from(zone)
    if zone == "centre":  # the title across the middle: the summit rises from below
        y0, at = 0.66, (rng.uniform(0.35, 0.65), rng.uniform(0.9, 1.0))
        scale = 0.75
    else:
        at = (x0 + (x1 - x0) * rng.uniform(0.44, 0.56), y0 + (y1 - y0) * rng.uniform(0.48, 0.56))
        scale = 0.9 * min(x1 - x0, y1 - y0)  # the whole mountain, big in its part
    h = 0.85 * terrain.mountain(direction, rng, at, scale) + 0.15 * terrain.relief(direction, rng)
    floor = 0.22 + 0.08 * (1.0 - direction.density)
    h = np.clip((h - floor) / (1.0 - floor), 0.0, 1.0).astype(np.float32)
    h = terrain.lowland(h, zone, rng, 0.12)
    h /= max(float(h.max()), 1e-6)
    levels = 12 + round(8 * direction.density)
    lit, dark, steps = terrain.lit_contours(h, levels, work, 2.2 + 0.8 * direction.loudness)
    ground, light, shade = _raised_inks(s, direction)
    img = Image.new("RGB", (work, work), ground)
    img = _lines(_lines(img, dark, shade), lit, light)
    ys, xs = np.nonzero(steps > 1.0)
    if len(xs) == 0:
        return img, (x0, y0, x1, y1)
    return img, (xs.min() / work, ys.min() / work, (xs.max() + 1) / work, (ys.max() + 1) / work)


PAINTERS = {
    "hypsometric": _hypsometric,
    "closeup": _closeup,
    "linefield": _linefield,
    "raised": _raised,
}


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the topographic cover (RGB, size x size)."""
    rng = raster.rng_for(direction, "topo")
    chart = plan(direction)
    work = raster.work_size(size, WORK)  # heavy lines traced here, then scaled up
    img, focal = PAINTERS[chart.kind](direction, rng, inks.scheme(direction), chart.zone, work)
    box = calm_zone.away_from(chart.zone)  # the land is sunk to the plain outside it
    focal = tuple(float(v) for v in np.clip(focal, box[:2] * 2, box[2:] * 2))
    if img.size != (size, size):  # bilinear: the lines are wide, the grain comes after
        img = img.resize((size, size), Image.Resampling.BILINEAR)
    return Artwork(finish(img, direction, "topo", 0.02), focal, chart.layout)
