"""Topographic: the song's land as a contour map designed as album art, not a GIS
sheet: bold contour prints in flat colour, a cut-paper stack, a contour sunrise, or
thin lines in one ink on empty paper.

The music shapes the land: the energy curve raises the ridges and swells a summit's
rings, the spectrum lays out the massifs, the tempo and turbulence roughen the ground,
the seed places it. Six maps with different skeletons: a full-bleed hypsometric poster
(a few big flat colour bands, each edged by a heavy line, rising out of a flat sea;
rare in atlas colours, never in greys); a contour sunrise (one summit's rings rising
behind a low straight horizon like a sun of contour lines, its top a solid disc in the
accent cut by the horizon, a still water below holding a broken reflection); a contour
stack (the land's profiles drawn row behind row, each hiding the ones behind, so the
massif stands up in lines, inside a plate's margins); a giant peak cropped by the
frame's far edge, its rings printed as alternating two-ink stripes; a line field (one
summit cropped huge at the frame's edge in thin rings of one ink on bare paper, its
top a small solid disc in the accent, most of the frame left empty, like an ECM or
Kompakt sleeve); paper layers (the land as five to seven cut sheets of one hue, each a
step lighter, each casting a soft shadow on the sheet below; white paper on a grey
sheet). The title keeps the sea, the sky, the paper or the base sheet, never a plate.

Retired: the raised relief (in greys it read as a broken height-map render, and in
colour its ragged lit cut-outs read no better), the island (a lone island in rings
read as a textbook diagram) and the night map (thick glowing lines round a lit
summit read as a heat map).
"""

from __future__ import annotations

from typing import NamedTuple

import aggdraw
import numpy as np
from PIL import Image, ImageFilter

from sleeve.engine import raster, signals
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

MAPS = ("hypsometric", "horizon", "stack", "closeup", "linefield", "layers")
LEANS = {  # maps a genre family likes a little more
    "ambient": ("linefield", "horizon", "layers"),
    "classical": ("horizon", "linefield", "layers"),
    "electronic": ("stack", "closeup", "linefield"),
    "folk": ("layers", "horizon"),
    "world": ("hypsometric", "closeup", "horizon"),
    "rock": ("horizon", "stack", "linefield"),
    "metal": ("stack", "closeup"),
    "children": ("layers", "hypsometric"),
    "dance": ("closeup", "stack"),
    "synthwave": ("horizon", "stack", "closeup"),
    "lofi": ("closeup", "layers", "horizon"),
    "jazz": ("closeup", "linefield"),
    "pop": ("stack", "hypsometric", "layers"),
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
        "hypsometric": 0.5 + 1.0 * v,
        "horizon": 0.3 + 0.6 * (1 - e) + 0.3 * (1 - d),
        "stack": 0.3 + 0.6 * d + 0.5 * e,
        "closeup": 0.15 + 0.8 * d,
        "linefield": 0.3 + 1.1 * (1 - e),
        "layers": 0.3 + 0.5 * (1 - d) + 0.3 * v,
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


def _horizon(direction, rng, s: inks.Scheme, zone: str, work: int):
    """A contour sunrise: one summit's rings rise behind a low, dead-straight horizon
    like a sun made of contour lines, thin lines in one ink on a plain sky, its top a
    solid disc in the accent cut by the horizon; below the horizon a flat still water
    holds a faint broken reflection of the rings. The title keeps the empty sky or
    the water."""
    ground_y = {"top": 0.7, "bottom": 0.56, "centre": 0.9, "right": 0.64}[zone]
    ground_y += rng.uniform(-0.03, 0.03)
    cx = (0.3 if rng.random() < 0.5 else 0.62) if zone != "right" else 0.32
    room = ground_y - (0.38 if zone == "top" else 0.7 if zone == "centre" else 0.08)
    reach = float(np.clip(room, 0.18, 0.28 if zone == "right" else 0.5))  # off the title
    at = (cx + rng.uniform(-0.04, 0.04), ground_y + 0.02)
    x, y = terrain._grid()
    song = signals.smooth(signals.energy(direction, 48), 3)
    ang = np.arctan2(y - at[1], x - at[0])
    turn = 1.0 - np.abs(2.0 * (((ang / (2 * np.pi)) + 0.5 + rng.random()) % 1.0) - 1.0)
    lobe = np.interp(turn, np.linspace(0, 1, 48), song).astype(np.float32)
    rough = raster.fractal_noise(rng, cells=4 + round(3 * direction.turbulence), octaves=2)
    rough = raster.upscale(rough, terrain.RES)
    d = np.hypot(x - at[0], (y - at[1]) * 1.05) / (reach * (0.85 + 0.15 * lobe))
    h = np.clip(1.0 - d + 0.06 * (rough - 0.5), 0.0, 1.0).astype(np.float32)
    levels = 10 + round(6 * direction.density)
    line, _, steps = terrain.contours(h, levels, work, 1.5, 1.0)
    if _dark_ground(s, direction):
        sky, ink, spot = (s.sea[0] if s.mono else s.night), s.land[-1], s.accent
        water = inks.clean(_l(sky) + 0.11, 0.005 if s.mono else 0.03, _hue(sky))  # mist
        glint = ink
    else:  # a pale sky over dark water, the reflection in the sky's own paper
        sky, ink, spot = s.paper, s.ink, _spot(s, True)
        water, glint = ink, sky
        if direction.genre in inks.NATURAL and not s.mono:  # a lake, not a sepia mud
            water = inks.clean(0.34, 0.05, _hue(s.sea[0]))
    horizon = int(round(ground_y * work))
    above = np.zeros((work, 1), np.float32)
    above[:horizon] = 1.0
    img = Image.new("RGB", (work, work), sky)
    img.paste(water, (0, horizon, work, work))
    img = _lines(img, line * above, ink)
    sy, sx = np.unravel_index(int(np.argmax(steps)), steps.shape)
    r = work * reach * (0.16 + 0.06 * direction.loudness)  # the sun: the summit's disc
    sun = Image.new("L", (work, work), 0)
    pen = aggdraw.Draw(sun)
    pen.ellipse((sx - r, horizon - r, sx + r, horizon + r), aggdraw.Brush(255))
    pen.flush()
    sun.paste(0, (0, horizon, work, work))
    img.paste(spot, (0, 0, work, work), sun)
    # the reflection: the rings mirrored in the water, squashed, broken into streaks
    depth = work - horizon
    rows = horizon - 1 - (np.arange(depth) * 1.6).astype(int)
    ok = rows >= 0
    mirror = np.zeros((depth, work), np.float32)
    mirror[ok] = line[rows[ok]]
    streak = (np.sin(np.arange(depth) * (0.9 * 640 / work)) > 0.1).astype(np.float32)
    fade = np.clip(1.0 - np.arange(depth) / (0.5 * depth + 1), 0.0, 1.0) * 0.55
    if zone == "bottom":  # the title sits on the water: only a glint at the shore
        fade *= np.clip(1.0 - np.arange(depth) / (0.12 * work), 0.0, 1.0)
    mirror *= (streak * fade)[:, None]
    water_img = img.crop((0, horizon, work, work))
    water_img = _lines(water_img, mirror, glint)
    img.paste(water_img, (0, horizon))
    shore = Image.new("L", (work, max(1, round(work * 0.004))), 255)
    img.paste(ink, (0, horizon, work, horizon + shore.size[1]))
    box = (at[0] - reach, ground_y - reach, at[0] + reach, ground_y)
    return img, tuple(float(v) for v in np.clip(box, 0.0, 1.0))


def _stack(direction, rng, s: inks.Scheme, zone: str, work: int):
    """A contour stack: the land's profiles read row by row and drawn from the back
    to the front, each filled with the ground so it hides the rows behind, so the
    massif stands up in heavy lines; the sky above it is the title's."""
    x0, y0, x1, y1 = calm_zone.away_from(zone)
    if zone == "centre":
        y0, y1 = 0.7, 0.98
    elif zone == "bottom":
        y1 = min(y1, 0.6)
    rows = 9 + round(5 * direction.density)
    at = (rng.uniform(0.35, 0.65), rng.uniform(0.4, 0.6))
    land = 0.55 * terrain.mountain(direction, rng, at) + 0.45 * terrain.relief(direction, rng)
    land = np.clip((land - 0.3) / 0.7, 0, 1)
    land = (land / max(float(land.max()), 1e-6)) ** 1.3  # one massif stands up
    ground, ink, spot = _two_inks(s, direction)
    if s.mono and not _dark_ground(s, direction):
        ground, ink = s.ink, s.land[-1]  # the stack wants a dark sky
    img = Image.new("RGB", (work, work), ground)
    draw = aggdraw.Draw(img)
    top = y0 + (y1 - y0) * 0.45  # the first row's base: room above it for the peaks
    amp = (top - y0) * 0.9 + (y1 - y0) * 0.1
    xs = np.linspace(max(x0, 0.09), min(x1, 0.91), 96)  # a printed plate with margins
    cols = np.clip((xs * terrain.RES).astype(int), 0, terrain.RES - 1)
    brush = aggdraw.Brush(ground)
    width = work * (0.01 + 0.004 * direction.loudness)
    pen, hot = raster.pen(ink, width), raster.pen(spot, width * 1.2)
    loud = int(np.argmax(land.max(axis=1)[int(0.2 * terrain.RES) : int(0.8 * terrain.RES)]))
    for i in range(rows):
        t = i / (rows - 1)
        k = int((0.2 + 0.6 * t) * terrain.RES)
        base = top + (y1 - 0.02 - top) * t
        ys = base - amp * land[k, cols] * (0.75 + 0.25 * t)
        pts = np.column_stack([xs, ys]).ravel() * work
        draw.polygon([*pts.tolist(), xs[-1] * work, work * 1.1, xs[0] * work, work * 1.1], brush)
        near = abs(k - int(0.2 * terrain.RES) - loud) < terrain.RES * 0.3 / rows
        draw.line(pts.tolist(), hot if near else pen)
    draw.flush()
    return img, (x0, y0, x1, y1)


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


def _layer_tones(s: inks.Scheme, direction: ArtDirection, n: int) -> list[RGB]:
    """n paper tones from the ground up, all of one hue: each sheet a step lighter on
    a coloured or dark ground; a light grey sheet is white paper on a pale warm ground
    (warm greys: a cold mid-grey reads as a broken render)."""
    dark = _dark_ground(s, direction)
    if s.mono:
        lo, hi = (0.16, 0.9) if dark else (0.72, 0.99)
        return [inks.clean(v, 0.012, 80.0) for v in np.linspace(lo, hi, n)]
    lo, hi = (0.2, 0.82) if dark else (0.48, 0.96)
    natural = direction.genre in inks.NATURAL
    hue = _hue(s.sea[0]) if natural else _hue(s.land[1])
    chroma = 0.06 if natural else 0.12
    steps = zip(np.linspace(0, 1, n), np.linspace(lo, hi, n), strict=True)
    return [inks.clean(v, chroma * (1.1 - 0.6 * t), hue) for t, v in steps]


def _layers(direction, rng, s: inks.Scheme, zone: str, work: int):
    """The land as a stack of cut-paper sheets: five to seven flat layers, each one tone
    lighter than the one below, all of one hue, each
    casting a soft shadow down-right onto the sheet under it; the title's zone is the
    bare base sheet."""
    box = calm_zone.away_from(zone)
    shore = 0.15 if zone == "centre" else 0.4
    h = terrain.sink(terrain.massif(direction, rng, box), zone, rng, shore)
    h = np.clip(h * 1.25, 0.0, 0.985) ** 0.8
    levels = 5 + round(2 * direction.density)
    top = max(1, min(levels, int(float(h.max()) * levels - 0.02)))  # the highest sheet
    tones = _layer_tones(s, direction, top + 1)
    n = h.shape[0]
    lift = (h * levels).astype(np.float32)
    gy, gx = np.gradient(lift)
    slope_n = np.maximum(np.hypot(gx, gy), 1e-4).astype(np.float32)  # steps per field px
    # the shadows at the field's own size: each sheet's cut-out blurred and shifted
    # down-right darkens what lies under it, and is lifted again where the next sheet
    # covers it
    off = max(1, round(n * 0.012))
    dark = 0.55 if _dark_ground(s, direction) else 0.4
    shade = np.ones((n, n), np.float32)
    for k in range(1, top + 1):
        cover = _mask(np.clip((lift - k) / slope_n + 0.5, 0.0, 1.0))
        blur = np.asarray(cover.filter(ImageFilter.GaussianBlur(n * 0.016)), np.float32)
        cast = np.zeros((n, n), np.float32)
        cast[off:, off:] = blur[:-off, :-off] * (dark / 255.0)
        shade *= 1.0 - cast
        c = np.asarray(cover, np.float32) / 255.0
        shade += (1.0 - shade) * c
    # the sheets at full size: the index of the sheet under each pixel, anti-aliased
    slope = raster.upscale(slope_n * (n / work), work)
    steps = raster.upscale(lift, work)
    near = np.rint(steps)
    v = np.clip(near - 1.0 + np.clip((steps - near) / slope + 0.5, 0.0, 1.0), 0.0, top)
    index = Image.fromarray((v * (255.0 / top)).astype(np.uint8), "P")
    at = np.linspace(0.0, top, 256)[:, None]
    lut = np.asarray(tones, np.float32)
    lo = np.minimum(at.astype(int)[:, 0], top - 1)
    lut = lut[lo] + (lut[lo + 1] - lut[lo]) * (at - lo[:, None])
    index.putpalette(np.clip(lut, 0, 255).astype(np.uint8).ravel().tolist())
    return raster.multiply(index.convert("RGB"), shade), box


PAINTERS = {
    "hypsometric": _hypsometric,
    "horizon": _horizon,
    "stack": _stack,
    "closeup": _closeup,
    "linefield": _linefield,
    "layers": _layers,
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
