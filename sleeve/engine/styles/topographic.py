"""Topographic: a contour map of a terrain the song made, printed like an atlas plate.

The music shapes the land: the energy curve raises the ridges and a range's summits,
the spectrum lays out the massifs, the tempo and turbulence roughen the ground, the
seed places it. Seven maps with different skeletons: a full-bleed hypsometric relief
map (sea blue through green and ochre to snow, fine contours, hillshade); a Swiss
shaded relief of a mountain range lit from the northwest; a nautical chart (depth
bands, a coast, a compass rose with rhumb lines); one island at a large scale with
its rings, the sea's depth rings and a red trail to the summit; a cropped close-up
of dense contours round a peak in two inks; a survey sheet (a contour map over its
elevation profile, in a margin); a night map of glowing lines on navy. The title
keeps the sea, the plain, the sky of the range or the sheet's margin.
"""

from __future__ import annotations

from typing import NamedTuple

import aggdraw
import numpy as np
from PIL import Image, ImageChops

from sleeve.engine import compose, raster, signals
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

MAPS = ("hypsometric", "relief", "chart", "island", "closeup", "survey", "night")
LEANS = {  # maps a genre family likes a little more
    "ambient": ("relief", "island", "chart"),
    "classical": ("relief", "survey"),
    "electronic": ("night", "closeup", "survey"),
    "folk": ("island", "survey", "hypsometric"),
    "world": ("hypsometric", "chart"),
    "rock": ("relief", "closeup"),
    "metal": ("relief", "closeup"),
    "children": ("island", "hypsometric"),
    "dance": ("night", "closeup"),
    "synthwave": ("night",),
    "lofi": ("chart", "night"),
    "jazz": ("closeup", "chart"),
    "pop": ("hypsometric", "island"),
    "latin": ("hypsometric", "island"),
}


def _choose(direction: ArtDirection, rng: np.random.Generator) -> str:
    """One map, weighted by the music and the genre: calm songs an island or a chart,
    driven ones a range or a close-up, bright ones colour bands, a few a survey,
    night songs and dark palettes the night map; grey palettes draw no colour bands."""
    d, e, v = direction.density, direction.energy, direction.valence
    dark = rgb_to_oklch(direction.palette.background)[0] < 0.4 or direction.night
    music = {
        "hypsometric": 0.5 + 1.0 * v,
        "relief": 0.4 + 1.0 * e,
        "chart": 0.4 + 1.0 * (1 - e),
        "island": 0.4 + 1.0 * (1 - e),
        "closeup": 0.3 + 1.0 * d,
        "survey": 0.08 + 0.2 * d,  # its profile under the map can read as a chart: rare
        "night": 0.2 + (1.3 if dark else 0.1),
    }
    if inks.scheme(direction).mono:  # colour bands in greys read as a smudge
        music["hypsometric"] = 0.0
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
    mask = Image.fromarray((np.clip(line, 0, 1) * 255).astype(np.uint8), "L")
    return Image.composite(Image.new("RGB", img.size, colour), img, mask)


def _lit(img: Image.Image, light: np.ndarray, amount: float) -> Image.Image:
    """Hillshade laid over a tinted map: the slopes turned from the northwest light
    darken by up to `amount` (flat and lit ground keep their tint, so nothing turns
    glossy); the small shade field is scaled up as an 8-bit mask."""
    f = np.clip(1.0 + amount * (light - 0.64) * 1.6, 0.84, 1.0)  # a yellow never olive
    return raster.multiply(img, f.astype(np.float32))


def _hypso_lut(s: inks.Scheme, sea_steps: int, land_steps: int) -> np.ndarray:
    """Band colours: the sea from deep to shallow, then the land ramp up to snow."""
    sea = inks.ramp(s.sea, sea_steps)
    land = inks.ramp(s.land, land_steps)
    return np.asarray([*sea, *land, land[-1]], np.uint8)


# ------------------------------------------------------------------ the maps


def _hypsometric(direction, rng, s: inks.Scheme, zone: str, work: int):
    """A full-bleed relief map in hypsometric tints: the song's land rises out of a
    sea that fills the title's zone, banded from deep blue to snow, with fine contour
    lines, a bolder coastline and a soft hillshade from the northwest."""
    box = calm_zone.away_from(zone)
    shore = 0.15 if zone == "centre" else 0.4  # a middle band leaves land on both sides
    h = terrain.sink(terrain.massif(direction, rng, box), zone, rng, shore)
    levels = 11 + round(4 * direction.density)
    sea = 3 + round(rng.uniform(0, 1.4))
    line, index, steps = terrain.contours(h, levels, work, 0.75, 2.2)
    lut = _hypso_lut(s, sea, levels - sea + 1)
    img = _bands(steps, lut)
    light = terrain.shade(h, 2.2)
    on_land = np.clip((h * levels - sea) * 2.0, 0.0, 1.0)
    img = _lit(img, 0.64 + (light - 0.64) * on_land, 0.45)
    coast = np.rint(steps) == sea
    land_ink = line * np.where(steps > sea, 0.45, 0.22) * (1 + coast * 1.5)
    img = _lines(img, land_ink * (1.6 if s.mono else 1.0), s.ink if not s.mono else s.land[-1])
    return img, box


def _relief(direction, rng, s: inks.Scheme, zone: str, work: int):
    """A Swiss shaded relief: one mountain range across the frame, lit softly from the
    northwest in two inks (a deep shadow of the sea's hue and a pale light), the high
    ground faintly tinted, its crest line the song's energy; the title's band is the
    flat plain or sky."""
    box = calm_zone.away_from(zone)
    crest = (box[1] + box[3]) / 2 + rng.uniform(-0.06, 0.06)
    if zone == "centre":  # the range runs along the top or the bottom, off the title
        crest = 0.2 if rng.random() < 0.5 else 0.8
    h = terrain.lowland(terrain.range_(direction, rng, crest), zone, rng, 0.22)
    light = terrain.shade(h, 1.3 + 0.9 * direction.energy, 42.0)
    dark_ground = s.mono and rgb_to_oklch(direction.palette.background)[0] < 0.5
    if dark_ground:  # moonlight: the flat ground black, the lit slopes bone
        stops = [s.sea[0], s.sea[0], s.land[1], s.land[-1]]
        lut = raster.color_lut(stops, [0.0, 0.69, 0.8, 0.92], n=256)
        img = Image.fromarray(raster.apply_lut(light, lut), "RGB")
    else:  # aerial tint by height (valleys a pale lowland tint, summits white), shaded
        low = inks.clean(0.9, 0.035, rgb_to_oklch(s.land[0])[2])
        elev = raster.color_lut([s.paper, low, (255, 255, 255)], [0.0, 0.25, 0.8], n=64)
        tone = raster.apply_lut(np.clip(h, 0, 1), elev).astype(np.float32)
        shadow = np.asarray(inks.clean(0.42, 0.07, rgb_to_oklch(s.sea[0])[2]), np.float32)
        dark = np.clip((0.66 - light) * 1.9, 0, 0.85)[..., None]
        bright = np.clip((light - 0.72) * 2.5, 0, 0.8)[..., None]
        tone = tone + (shadow - tone) * dark
        tone = tone + (255.0 - tone) * bright
        img = Image.fromarray(tone.astype(np.uint8), "RGB")
    img = img.resize((work, work), Image.Resampling.BICUBIC)
    return img, box


def _mask(a: np.ndarray) -> Image.Image:
    """A 0..1 coverage field as an 8-bit mask."""
    return Image.fromarray((np.clip(a, 0, 1) * 255).astype(np.uint8), "L")


def _rose(draw, cx: float, cy: float, r: float, ink: RGB, paper: RGB, accent: RGB) -> None:
    """A compass rose: two rings with degree ticks, four long points and four short
    ones, each point half inked and half paper, the north point in the accent."""
    w = max(1.0, r * 0.012)
    for k in (1.0, 0.9):
        draw.ellipse([cx - r * k, cy - r * k, cx + r * k, cy + r * k], raster.pen(ink, w))
    for i in range(72):
        a = i * np.pi / 36
        inner = 0.9 if i % 2 else 0.84
        x0, y0 = cx + np.cos(a) * r * inner, cy + np.sin(a) * r * inner
        x1, y1 = cx + np.cos(a) * r, cy + np.sin(a) * r
        draw.line([x0, y0, x1, y1], raster.pen(ink, w))
    for i, (length, width) in enumerate([(0.98, 0.16)] * 4 + [(0.62, 0.12)] * 4):
        a = -np.pi / 2 + (i % 4) * np.pi / 2 + (np.pi / 4 if i >= 4 else 0.0)
        tip = (cx + np.cos(a) * r * length, cy + np.sin(a) * r * length)
        left = (cx + np.cos(a - np.pi / 2) * r * width, cy + np.sin(a - np.pi / 2) * r * width)
        right = (cx + np.cos(a + np.pi / 2) * r * width, cy + np.sin(a + np.pi / 2) * r * width)
        fill = accent if i == 0 else ink
        draw.polygon([cx, cy, *tip, *left], aggdraw.Brush(fill), raster.pen(ink, w))
        draw.polygon([cx, cy, *tip, *right], aggdraw.Brush(paper), raster.pen(ink, w))
    draw.ellipse([cx - r * 0.05, cy - r * 0.05, cx + r * 0.05, cy + r * 0.05], aggdraw.Brush(ink))


def _chart(direction, rng, s: inks.Scheme, zone: str, work: int):
    """A nautical chart: a coast of the song's land along the edge far from the title,
    shallow water in blue bands and deep water left pale (as charts print it), depth
    lines and soundings, and a compass rose whose rhumb lines cross the open sea."""
    box = calm_zone.away_from(zone)
    c = (np.arange(terrain.RES, dtype=np.float32) + 0.5) / terrain.RES
    side = {"top": 1, "bottom": 0, "right": 2, "centre": int(rng.integers(0, 2))}[zone]
    edge = {0: 1 - c[:, None], 1: c[:, None], 2: 1 - c[None, :]}[side] + 0 * c[None, :] * c[:, None]
    land = terrain.relief(direction, rng)
    h = np.clip(0.55 * land + 0.9 * (edge - 0.45), 0, 1)
    h = terrain.lowland(h.astype(np.float32), zone, rng, 0.25)
    levels = 9
    line, index, steps = terrain.contours(h, levels, work, 0.6)
    shore = 5
    deep = s.paper if not s.mono else s.sea[0]
    sea = inks.ramp((deep, s.sea[1]), shore)
    buff = inks.clean(0.9, 0.07, 80.0) if not s.mono else s.land[1]
    lut = np.asarray([*sea, *[buff] * (levels - shore + 2)], np.uint8)
    img = _bands(steps, lut)
    wet = steps < shore
    depth_ink = s.sea[0] if not s.mono else s.land[0]
    img = _lines(img, line * np.where(wet, 0.55, 0.25), depth_ink)
    coast = line * (np.rint(steps) == shore) * 1.8  # the coastline: the shore's contour, bold
    img = _lines(img, coast, s.ink if not s.mono else s.land[-1])
    draw = aggdraw.Draw(img)
    cx = rng.uniform(0.3, 0.7) if side != 2 else rng.uniform(0.22, 0.34)
    cy = {0: 0.47, 1: 0.53, 2: rng.uniform(0.35, 0.65)}[side]
    r = 0.14 + 0.03 * direction.loudness
    cx, cy, rr = cx * work, cy * work, r * work
    mask = Image.new("L", img.size, 0)
    ruled = aggdraw.Draw(mask)
    rhumb = aggdraw.Pen(200, max(1.0, work * 0.0013))
    for i in range(16):
        a = i * np.pi / 8 + np.pi / 16
        ruled.line([cx, cy, cx + np.cos(a) * work * 1.5, cy + np.sin(a) * work * 1.5], rhumb)
    ruled.flush()
    draw.flush()
    open_sea = (1.0 - terrain.zone_mask(zone, 0.12) * 0.85) * 255  # faint over the title
    open_sea = Image.fromarray(open_sea.astype(np.uint8), "L").resize(img.size)
    mask = ImageChops.multiply(mask, open_sea)
    img = Image.composite(Image.new("RGB", img.size, s.accent), img, mask)
    draw = aggdraw.Draw(img)
    draw.ellipse([cx - rr, cy - rr, cx + rr, cy + rr], aggdraw.Brush(deep))
    ink = s.ink if not s.mono else s.land[-1]
    _rose(draw, cx, cy, rr, ink, deep, s.accent)
    pts = rng.random((90 + round(90 * direction.density), 2))
    dot = max(1.0, work * 0.0022)
    for px, py in pts:  # soundings: small dots over the shallow water
        k = int(min(max(py * terrain.RES, 0), terrain.RES - 1))
        j = int(min(max(px * terrain.RES, 0), terrain.RES - 1))
        depth = h[k, j] * levels
        far = np.hypot(px * work - cx, py * work - cy) > rr * 1.15
        if 1.2 < depth < shore - 0.3 and far:
            draw.ellipse(
                [px * work - dot, py * work - dot, px * work + dot, py * work + dot],
                aggdraw.Brush(depth_ink),
            )
    draw.flush()
    return img, compose.clip_box(box)


def _trail(direction, rng, at, size: float, work: int) -> np.ndarray:
    """A trail from the coast to the summit, winding as the energy curve swings:
    (n, 2) points in pixels."""
    song = signals.smooth(signals.energy(direction, 40), 2)
    t = np.linspace(0.0, 1.0, 40)
    start = rng.uniform(0, 2 * np.pi)
    turn = start + np.cumsum(song - song.mean()) * 0.25 + t * rng.choice([-1.5, 1.5])
    radius = size * 1.05 * (1 - t) ** 0.9
    px = at[0] + np.cos(turn) * radius
    py = at[1] + np.sin(turn) * radius * 0.85
    return np.column_stack([px, py]) * work


def _dashed(draw, pts: np.ndarray, pen, dash: float) -> None:
    """A dashed polyline: every other `dash` px along the path."""
    seg = np.hypot(*np.diff(pts, axis=0).T)
    along = np.concatenate([[0.0], np.cumsum(seg)])
    fine = np.arange(0.0, along[-1], dash / 4)
    xs, ys = np.interp(fine, along, pts[:, 0]), np.interp(fine, along, pts[:, 1])
    on = (fine // dash) % 2 == 0
    run: list[float] = []
    for x, y, o in zip(xs, ys, on, strict=True):
        if o:
            run += [float(x), float(y)]
        elif len(run) >= 4:
            draw.line(run, pen)
            run = []
        else:
            run = []
    if len(run) >= 4:
        draw.line(run, pen)


def _spot(s: inks.Scheme, on_light: bool) -> RGB:
    """The accent for a route or section line: a grey scheme's bone accent would vanish
    on paper, so there it is the ink."""
    if rgb_to_oklch(s.accent)[1] >= 0.05:
        return s.accent
    return s.ink if on_light else s.land[-1]


def _island(direction, rng, s: inks.Scheme, zone: str, work: int):
    """One island at a large scale, drawn as a walker's map: its land in pale tints
    ringed by contour lines (every fifth bold), the sea in blue with its depth lines
    rippling out to the frame's edges, and a dashed red trail winding from the shore
    to the summit's triangle."""
    x0, y0, x1, y1 = calm_zone.away_from(zone)
    size = float(min(0.4, (x1 - x0) * 0.42, (y1 - y0) * 0.44) * (0.9 + 0.15 * direction.loudness))
    at = (x0 + (x1 - x0) * rng.uniform(0.42, 0.58), y0 + (y1 - y0) * 0.5)
    land = terrain.peak(direction, rng, at, size)
    ground = terrain.relief(direction, rng)  # spurs and valleys, so the rings wander
    land = np.clip(land * (0.55 + 0.8 * ground), 0.0, None)
    land = land / max(float(land.max()), 1e-6)
    sea = terrain.basin(rng, at, size * 3.0)
    h = np.where(land > 0.05, 0.3 + 0.7 * (land - 0.05) / 0.95, 0.29 * sea)
    h = terrain.lowland(h.astype(np.float32), zone, rng, 0.12) if zone == "centre" else h
    levels = 16 + round(6 * direction.density)
    line, index, steps = terrain.contours(
        np.clip(h, 0, 1).astype(np.float32), levels, work, 0.8, 2.2
    )
    coast_step = int(np.ceil(0.3 * levels))
    sea_lut = inks.ramp(s.sea, coast_step)
    tints = [inks.clean(*_pale(c)) for c in inks.ramp(s.land, levels - coast_step + 1)]
    lut = np.asarray([*sea_lut, *tints, tints[-1]], np.uint8)
    img = _bands(steps, lut)
    wet = steps < coast_step
    light_sea = inks.ramp(s.sea, 3)[2]
    coast = np.clip(1.4 - np.abs(steps - coast_step) * 14, 0, 1)
    img = _lines(img, line * wet * 0.45, light_sea)
    img = _lines(img, line * (~wet) * 0.7, s.ink)
    img = _lines(img, coast, s.ink)
    draw = aggdraw.Draw(img)
    path = _trail(direction, rng, at, size * 0.85, work)
    width = work * 0.0065
    _dashed(draw, path, raster.pen(_spot(s, True), width), width * 2.6)
    sx, sy = path[-1]
    t = width * 3.4
    draw.polygon(
        [sx, sy - t, sx - t * 0.9, sy + t * 0.6, sx + t * 0.9, sy + t * 0.6],
        aggdraw.Brush(_spot(s, True)),
    )
    bx, by = path[0]
    draw.ellipse(
        [bx - t * 0.6, by - t * 0.6, bx + t * 0.6, by + t * 0.6],
        aggdraw.Brush(s.paper),
        raster.pen(_spot(s, True), width),
    )
    draw.flush()
    return img, compose.around(at[0], at[1], size * 1.4)


def _far(rng: np.random.Generator, zone: str, inset: float) -> tuple[float, float]:
    """A point `inset` in from the frame's edge farthest from the title's zone."""
    along = 0.35 if rng.random() < 0.5 else 0.65
    if zone == "right":
        return inset, along
    if zone == "bottom" or (zone == "centre" and rng.random() < 0.5):
        return along, inset
    return along, 1.0 - inset


def _two_inks(s: inks.Scheme, direction: ArtDirection) -> tuple[RGB, RGB, RGB]:
    """Ground, line ink and index ink for a two-ink print."""
    if s.mono:
        dark = rgb_to_oklch(direction.palette.background)[0] < 0.5
        return (s.sea[0], s.land[-1], s.accent) if dark else (s.paper, s.ink, _spot(s, True))
    deep = s.sea[0]
    if rgb_to_oklch(deep)[0] < 0.45:
        return deep, s.land[-1], s.accent
    return s.land[-1], s.ink, s.accent


def _closeup(direction, rng, s: inks.Scheme, zone: str, work: int):
    """A cropped close-up of dense contours flowing round a peak near the edge far
    from the title, two inks (every fifth line bold, the summit's rings in the accent);
    the lines open out to the plain where the title sits."""
    at = _far(rng, zone, rng.uniform(0.12, 0.22))
    h = 0.7 * terrain.mountain(direction, rng, at) + 0.3 * terrain.relief(direction, rng)
    h = terrain.lowland(h.astype(np.float32), zone, rng, 0.3)
    levels = 26 + round(14 * direction.density)
    line, index, steps = terrain.contours(h, levels, work, 1.1, 2.4)
    ground, ink, spot = _two_inks(s, direction)
    img = Image.new("RGB", (work, work), ground)
    top = steps > levels * 0.82
    img = _lines(img, line * ~top, ink)
    img = _lines(img, line * top * 1.3, spot)
    return img, calm_zone.away_from(zone)


def _survey(direction, rng, s: inks.Scheme, zone: str, work: int):
    """A survey sheet: a contour map in pale tints with a kilometre grid and a section
    line A-B in the accent, over the elevation profile along that line, both framed
    on a paper sheet whose margin is the title's."""
    x0, y0, x1, y1 = calm_zone.away_from(zone)
    m = 0.05
    if zone == "centre":
        map_box = (m, m, 1 - m, 0.32)
        prof_box = (m, 0.7, 1 - m, 1 - m)
    else:
        span = y1 - y0 - 2 * m
        map_box = (x0 + m, y0 + m, x1 - m, y0 + m + span * 0.7)
        prof_box = (x0 + m, map_box[3] + span * 0.06, x1 - m, y1 - m)
    h = terrain.massif(direction, rng, map_box)
    levels = 14 + round(4 * direction.density)
    line, index, steps = terrain.contours(h, levels, work, 0.7, 2.2)
    paper = s.paper if not s.mono else inks.clean(0.94, 0.008, 85.0)
    tints = [inks.clean(*_pale(c)) for c in inks.ramp(s.land, levels + 1)]
    sheet = Image.new("RGB", (work, work), paper)
    tinted = _bands(steps, np.asarray([*tints, tints[-1]], np.uint8))
    tinted = _lines(tinted, line * 0.6, s.ink)
    px0, py0, px1, py1 = (round(v * work) for v in map_box)
    sheet.paste(tinted.crop((px0, py0, px1, py1)), (px0, py0))
    draw = aggdraw.Draw(sheet)
    thin = raster.pen(s.ink, max(1.0, work * 0.0012), 110)
    for g in np.arange(0.1, 1.0, 0.1):  # the kilometre grid
        gx, gy = g * work, g * work
        if px0 < gx < px1:
            draw.line([gx, py0, gx, py1], thin)
        if py0 < gy < py1:
            draw.line([px0, gy, px1, gy], thin)
    frame = raster.pen(s.ink, max(1.0, work * 0.002))
    draw.rectangle([px0, py0, px1, py1], frame)
    row = map_box[1] + (map_box[3] - map_box[1]) * rng.uniform(0.35, 0.65)
    sec_y = row * work
    width = max(1.5, work * 0.004)
    draw.line([px0, sec_y, px1, sec_y], raster.pen(_spot(s, True), width))
    for ex in (px0, px1):
        draw.ellipse(
            [ex - width * 2, sec_y - width * 2, ex + width * 2, sec_y + width * 2],
            aggdraw.Brush(_spot(s, True)),
        )
    k = int(min(row * terrain.RES, terrain.RES - 1))
    j0, j1 = int(map_box[0] * terrain.RES), int(map_box[2] * terrain.RES)
    heights = h[k, j0:j1]
    qx0, qy0, qx1, qy1 = (v * work for v in prof_box)
    xs = np.linspace(qx0, qx1, len(heights))
    ys = qy1 - (qy1 - qy0) * (0.08 + 0.88 * (heights - heights.min()) / max(np.ptp(heights), 1e-3))
    for lv in np.linspace(qy0, qy1, 6)[:-1]:
        draw.line([qx0, lv, qx1, lv], thin)
    poly = [qx0, qy1, *np.column_stack([xs, ys]).ravel().tolist(), qx1, qy1]
    draw.polygon(poly, aggdraw.Brush(tints[len(tints) // 2]))
    draw.line(np.column_stack([xs, ys]).ravel().tolist(), raster.pen(s.ink, width * 0.8))
    draw.rectangle([qx0, qy0, qx1, qy1], frame)
    draw.line([qx0, qy1, qx1, qy1], raster.pen(_spot(s, True), width))
    draw.flush()
    box = (map_box[0], map_box[1], prof_box[2], prof_box[3])
    if zone == "centre":
        box = (m, m, 1 - m, 1 - m)
    return sheet, box


def _pale(colour: RGB) -> tuple[float, float, float]:
    """A colour as a map's light tint: lifted and softened, keeping its hue."""
    lit, chroma, hue = rgb_to_oklch(colour)
    return 0.72 + 0.25 * lit, min(chroma, 0.09) * 0.8, hue


def _night(direction, rng, s: inks.Scheme, zone: str, work: int):
    """A night map: the song's land as glowing contour lines on navy (or the palette's
    night), every fifth line brighter and the summits' rings in the accent; the title
    sits on the dark plain."""
    box = calm_zone.away_from(zone)
    shore = 0.15 if zone == "centre" else 0.4  # a middle band leaves land on both sides
    h = terrain.sink(terrain.massif(direction, rng, box), zone, rng, shore)
    levels = 16 + round(8 * direction.density)
    line, index, steps = terrain.contours(h, levels, work, 1.1, 1.8)
    ground = s.night
    img = Image.new("RGB", (work, work), ground)
    dim = tuple(int(v) for v in raster.color_lut([ground, s.glow], n=8)[5])
    top = steps > levels * 0.8
    kind = np.where(top, 2, index).astype(np.uint8)  # plain line, fifth line, summit ring
    inked = _bands(kind, np.asarray([dim, s.glow, s.accent], np.uint8))
    img = Image.composite(inked, img, _mask(line))
    halo = raster.fast_blur(img, work * 0.008, factor=4)  # the lines' glow, blurred small
    halo = halo.point([round(v * 0.7) for v in range(256)] * 3)
    img = ImageChops.screen(img, halo)
    return img, box


PAINTERS = {
    "hypsometric": _hypsometric,
    "relief": _relief,
    "chart": _chart,
    "island": _island,
    "closeup": _closeup,
    "survey": _survey,
    "night": _night,
}


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the topographic cover (RGB, size x size)."""
    rng = raster.rng_for(direction, "topo")
    chart = plan(direction)
    work = raster.work_size(size, 800)  # lines traced here, then scaled up
    img, focal = PAINTERS[chart.kind](direction, rng, inks.scheme(direction), chart.zone, work)
    box = calm_zone.away_from(chart.zone)  # the land is sunk to the plain outside it
    focal = tuple(float(v) for v in np.clip(focal, box[:2] * 2, box[2:] * 2))
    img = raster.to_size(img, size)
    return Artwork(finish(img, direction, "topo", 0.02), focal, chart.layout)
