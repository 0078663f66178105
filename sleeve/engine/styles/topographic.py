"""Topographic: a contour map of a terrain the song made, printed like a poster.

The music shapes the land: the spectrogram is the relief (time across, bass low), the
energy curve runs as a ridge, swells a mountain's or an island's outline round its
summit, bends a fingerprint's ridges or steers a route across the map. Six maps with
different skeletons: one island in a deep sea off in a corner; one mountain's rings in
two inks cropped from a corner like op art; full-bleed hypsometric colour bands with a
lake; a map crop crossed by one bold route line; a fingerprint of isolines; a dense
survey of thick lines. Every map commits to one strong ground (deep or bright, from
the palette and the genre) and one accent. The title needs no plate: the land sinks to
its own plain or sea in the title's zone, and the focal box is where the land is.
"""

from __future__ import annotations

from typing import NamedTuple

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import compose, raster, signals
from sleeve.engine.color import oklch_to_rgb, rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.raster import RGB
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts import calm_zone
from sleeve.engine.styles.cover_parts import topo_terrain as terrain

STYLE = StyleInfo(
    name="topographic",
    family="image",
    fits=("ambient", "classical", "folk", "idm", "post_rock", "prog", "chamber", "new_age"),
)

# island: one island in a deep sea, off in a corner; rings: one mountain's rings in two
# inks, cropped from a corner; tints: full-bleed hypsometric bands round a lake; route:
# a map crop crossed by one bold route line; whorl: a fingerprint of isolines; survey:
# dense thick lines, full bleed
MAPS = ("island", "rings", "tints", "route", "whorl", "survey")
LEANS = {  # maps a genre family likes a little more
    "ambient": ("island", "whorl"),
    "classical": ("whorl", "island"),
    "electronic": ("survey", "whorl", "rings"),
    "folk": ("route", "tints"),
    "world": ("tints", "island"),
    "rock": ("rings", "survey"),
    "metal": ("survey", "rings"),
    "children": ("island", "tints"),
    "dance": ("rings", "whorl"),
}
QUIET = ("ambient", "classical", "spoken")  # paper grounds are allowed here
BRIGHT = ("children", "dance", "latin", "pop", "world", "synthwave")  # happy ones go bright


class Inks(NamedTuple):
    """A map's colours: one strong ground, the line ink, one accent and whether the
    ground is dark."""

    ground: RGB
    ink: RGB
    accent: RGB
    dark: bool


def _chroma(colour: RGB) -> float:
    return rgb_to_oklch(colour)[1]


def _apart(colours: list[RGB], hue: float) -> RGB:
    """The most colourful colour whose hue is far from `hue` (the ground's)."""

    def score(c: RGB) -> float:
        _, chroma, h = rgb_to_oklch(c)
        gap = min(abs(h - hue), 360 - abs(h - hue))
        return chroma * (0.3 + min(gap, 90.0) / 90.0)

    return max(colours, key=score)


def _inks(direction: ArtDirection) -> Inks:
    """Ground, ink and accent from the palette and the genre: folk maps are navy and
    barn red on warm paper; grey palettes print bone on black (or black on white);
    a vivid background stays; happy songs get a bright saturated ground, quiet ones
    paper, the rest a deep ground of the palette's hue with light lines (a deep orange or
    yellow would be brown or olive: those go warm black)."""
    pal, genre = direction.palette, direction.genre
    bg_l, bg_c, bg_h = rgb_to_oklch(pal.background)
    colours = sorted((pal.accent, *pal.colors), key=_chroma, reverse=True)
    lead = colours[0]
    if genre == "folk":
        paper = oklch_to_rgb(0.93, 0.04, 82.0)
        return Inks(paper, oklch_to_rgb(0.3, 0.08, 258.0), oklch_to_rgb(0.53, 0.18, 28.0), False)
    if _chroma(lead) < 0.05 and bg_c < 0.05:  # a grey palette: two inks, no colour
        dark = bg_l < 0.55
        ground = oklch_to_rgb(0.13 if dark else 0.96, 0.0, 0.0)
        ink = oklch_to_rgb(0.9 if dark else 0.16, 0.01, 85.0)
        return Inks(ground, ink, ink, dark)
    if bg_c >= raster.VIVID_FIELD:  # the language chose a vivid field: keep it
        dark = bg_l < 0.6
        accent = _apart(colours, bg_h)
        ink = oklch_to_rgb(0.95, 0.02, bg_h) if dark else raster.tone(pal.background, 0.2, 0.08)
        return Inks(pal.background, ink, raster.vivid(accent, 0.72 if dark else 0.5, 0.2), dark)
    if genre in QUIET and bg_l >= 0.55:  # ECM and ambient paper, ink and one spot
        ground = raster.tone(pal.background, 0.95, 0.02)
        ink = raster.tone(pal.colors[-1], 0.28, 0.06)
        return Inks(ground, ink, raster.vivid(lead, 0.55, 0.16), False)
    if bg_l >= 0.55 and (genre in BRIGHT or direction.valence > 0.6):  # bright and bold
        ground = raster.vivid(lead, 0.78, 0.15)
        hue = rgb_to_oklch(ground)[2]
        accent = raster.vivid(_apart(colours[1:] or colours, hue), 0.45, 0.2)
        return Inks(ground, raster.tone(ground, 0.22, 0.08), accent, False)
    candidates = ([bg_h] if bg_c >= 0.02 else []) + [rgb_to_oklch(lead)[2]]  # grey: no hue
    hues = [h for h in candidates if not 45.0 <= h <= 115.0]
    if hues:
        ground, accent = oklch_to_rgb(0.21, 0.08, hues[0]), _apart(colours, hues[0])
    else:  # a deep orange or yellow is brown or olive: a warm black instead
        ground, accent = oklch_to_rgb(0.16, 0.015, 40.0), lead
    ink = raster.tone(pal.colors[0], 0.9, 0.04)
    return Inks(ground, ink, raster.vivid(accent, 0.72, 0.18), True)


def _choose(direction: ArtDirection, rng: np.random.Generator) -> str:
    """One map, weighted by the music and the genre: calm songs a lone island,
    driven ones rings or a dense survey, happy ones colour bands, busy
    ones a fingerprint; grey palettes print no colour bands."""
    d, e, v, t = direction.density, direction.energy, direction.valence, direction.turbulence
    music = {
        "island": 0.5 + 1.2 * (1 - e),
        "rings": 0.3 + 0.8 * e,
        "tints": 0.4 + 1.2 * v,
        "route": 1.0,
        "whorl": 0.5 + 1.0 * t,
        "survey": 0.3 + 1.4 * d,
    }
    pal = direction.palette
    if max(_chroma(c) for c in (pal.background, pal.accent, *pal.colors)) < 0.05:
        music["tints"] = 0.0
    lean = LEANS.get(direction.genre, ())
    weights = np.array([music[m] * (1.0 + (m in lean)) for m in MAPS])
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


def _corner(rng: np.random.Generator, box: calm_zone.Box, inset: float) -> tuple[float, float]:
    """A point `inset` in from one corner of the mapped box (left or right by chance,
    the far side from the title's band)."""
    x0, y0, x1, y1 = box
    fx = x0 + inset if rng.random() < 0.5 else x1 - inset
    fy = y1 - inset if y0 > 0 else (y0 + inset if y1 < 1 else rng.choice([y0 + inset, y1 - inset]))
    return float(fx), float(fy)


def _far(rng: np.random.Generator, zone: str, inset: float) -> tuple[float, float]:
    """A point `inset` in from the frame's edge farthest from the title's zone, a third
    of the way along it, so a form there runs off that edge and grows towards the title."""
    along = 0.35 if rng.random() < 0.5 else 0.65
    if zone == "right":
        return inset, along
    if zone == "bottom" or (zone == "centre" and rng.random() < 0.5):
        return along, inset
    return along, 1.0 - inset


def _bands(steps: np.ndarray, lut: np.ndarray) -> Image.Image:
    """Filled elevation bands: band k (floor of the height in steps) in lut[k]."""
    index = np.clip(np.floor(steps), 0, len(lut) - 1).astype(np.uint8)
    img = Image.fromarray(index, "P")
    img.putpalette(lut.ravel().tolist())
    return img.convert("RGB")


def _lines(img: Image.Image, line: np.ndarray, colour: RGB) -> Image.Image:
    """Contour coverage `line` (0..1) inked onto `img` in `colour`."""
    mask = Image.fromarray((np.clip(line, 0, 1) * 255).astype(np.uint8), "L")
    return Image.composite(Image.new("RGB", img.size, colour), img, mask)


def _island(direction, rng, inks: Inks, zone: str, work: int):
    """One island in a deep sea off in a corner: its land in bold bands from the
    accent up to a pale summit, cut apart by contours in the sea's colour."""
    box = calm_zone.away_from(zone)
    size = float(np.clip(0.2 + 0.1 * direction.loudness + rng.uniform(-0.02, 0.02), 0.18, 0.3))
    size = min(size, (box[3] - box[1]) * 0.36, (box[2] - box[0]) * 0.36)
    size = min(size, 0.14) if zone == "centre" else size  # small, clear of the middle band
    at = _corner(rng, box, size * 1.45)  # its coast reaches about 1.55 sizes out, rarely
    h = terrain.lowland(terrain.peak(direction, rng, at, size), zone, rng, 0.06)
    levels = 7 + round(3 * direction.density)
    line, _, steps = terrain.contours(h, levels, work, 1.2, 2.4, True)
    lut = raster.color_lut([inks.accent, raster.tone(inks.accent, 0.94, 0.05)], n=levels + 1)
    land = _bands(steps, np.vstack([np.asarray([inks.ground], np.uint8), lut[1:]]))
    img = _lines(land, line * 0.8, inks.ground)
    return img, compose.around(at[0], at[1], size * 1.55)


def _rings(direction, rng, inks: Inks, zone: str, work: int):
    """One mountain's rings in two inks, alternating bands like op art, rising from the
    edge far from the title and cropped by it, the summit in the accent; it sinks to the
    ground by the title."""
    at = _far(rng, zone, rng.uniform(0.08, 0.16))
    size = rng.uniform(0.36, 0.44) * (0.7 if zone == "centre" else 1.0)
    h = terrain.lowland(terrain.peak(direction, rng, at, size), zone, rng, 0.1)
    levels = 8 + round(4 * direction.density)
    _, _, steps = terrain.contours(h, levels, work, 1.0)
    band = np.floor(steps)
    lut = np.asarray([inks.ground, inks.ink] * (levels // 2 + 2), np.uint8)[: levels + 2]
    lut[levels:] = inks.accent
    img = _bands(band, lut)
    return img, compose.around(at[0], at[1], size * 1.55)


def _tints(direction, rng, inks: Inks, zone: str, work: int):
    """Full-bleed hypsometric bands (a Swiss map's tints pushed to poster colour): a
    lake in the ground colour where the title sits, the land in steps of one hue (the
    accent's rising on a deep ground or falling from pale paper, the ground's deepening
    on a bright one; orange, yellow and lime only lighten, as deep they turn brown or
    olive), the two top bands the accent and snow, with hairline contours."""
    land = _land(direction, rng, calm_zone.away_from(zone))
    h = terrain.lowland(0.2 + 0.8 * land, zone, rng)
    levels = 5 + round(2 * direction.density)
    line, _, steps = terrain.contours(h, levels, work, 0.9)
    paper = rgb_to_oklch(inks.ground)[0] > 0.85  # too pale to step lighter from
    hue_of = inks.accent if inks.dark or paper else inks.ground  # the ramp's one hue
    lit, _, hue = rgb_to_oklch(hue_of)
    warm = 40.0 <= hue <= 130.0  # orange, yellow, lime: deeper they are brown or olive
    if paper:  # from the paper down into the accent's hue, never below mid lightness
        steps_l = np.linspace(0.86, 0.62 if warm else 0.48, levels - 1)
    elif warm:  # only lighter
        steps_l = np.linspace(0.62 if inks.dark else min(lit + 0.06, 0.9), 0.94, levels - 1)
    elif inks.dark:  # deep to bright
        steps_l = np.linspace(0.36, 0.66, levels - 1)
    else:  # deeper steps of the bright ground
        steps_l = np.linspace(lit, max(0.45, lit - 0.3), levels - 1)
    ramp = [raster.tone(hue_of, float(v), 0.16) for v in steps_l]
    pale = raster.tone(inks.accent, 0.96, 0.03)  # the snow on the top
    lut = np.asarray([inks.ground, *ramp[1:], inks.accent, pale], np.uint8)
    img = _bands(steps, lut)
    img = _lines(img, line * 0.5, inks.ink)
    return img, calm_zone.away_from(zone)


def _course(direction, rng, box: calm_zone.Box) -> np.ndarray:
    """A route across the mapped box, edge to edge, its swings the energy curve:
    (n, 2) points in frame fractions."""
    x0, y0, x1, y1 = box
    song = signals.smooth(signals.energy(direction, 32), 2)
    t = np.linspace(0.0, 1.0, 64)
    swing = np.interp(t, np.linspace(0, 1, len(song)), song - song.mean())
    mid = y0 + (y1 - y0) * rng.uniform(0.35, 0.65)
    tilt = rng.uniform(-0.25, 0.25) * (y1 - y0)
    phase = rng.uniform(0, 2 * np.pi)
    y = mid + tilt * (t - 0.5) + (y1 - y0) * (0.35 * swing + 0.08 * np.sin(5 * t + phase))
    y = np.clip(y, y0 + 0.08, y1 - 0.08)
    x = x0 - 0.02 + (x1 - x0 + 0.04) * t
    return np.column_stack([x, y])


def _route(direction, rng, inks: Inks, zone: str, work: int):
    """A map crop in thin lines on the ground, crossed by one bold route in the accent
    with its end marked by a ring: the one thing the eye follows."""
    box = calm_zone.away_from(zone)
    h = terrain.lowland(_land(direction, rng, box), zone, rng)
    levels = 14 + round(6 * direction.density)
    line, _, _ = terrain.contours(h, levels, work, 1.3)
    img = _lines(Image.new("RGB", (work, work), inks.ground), line * 0.75, inks.ink)
    course = _course(direction, rng, box)
    points = (course * work).ravel().tolist()
    width = work * (0.016 + 0.01 * direction.loudness)
    draw = aggdraw.Draw(img)
    draw.line(points, raster.pen(inks.ground, width * 2.0))  # cut clear of the lines
    draw.line(points, raster.pen(inks.accent, width))
    end = course[int(rng.integers(40, 56))] * work
    r = width * 1.6
    draw.ellipse([end[0] - r, end[1] - r, end[0] + r, end[1] + r], aggdraw.Brush(inks.ground))
    draw.ellipse(
        [end[0] - r, end[1] - r, end[0] + r, end[1] + r], raster.pen(inks.accent, width * 0.7)
    )
    draw.flush()
    return img, box


def _whorl(direction, rng, inks: Inks, zone: str, work: int):
    """A fingerprint: twenty-odd thick isolines curling round a core in the accent,
    inside a soft oval in the mapped box."""
    x0, y0, x1, y1 = calm_zone.away_from(zone)
    size = min(0.24, (x1 - x0) * 0.36, (y1 - y0) * 0.3)
    cx = x0 + (x1 - x0) * (0.5 + rng.uniform(-0.12, 0.12))
    at = (float(np.clip(cx, x0 + size * 1.2, x1 - size * 1.2)), (y0 + y1) / 2)
    field = terrain.whorl(direction, rng, at, size)
    levels = 9 + round(5 * direction.density)
    line, _, steps = terrain.contours(np.clip(field / 1.5, 0, 1), levels, work, 2.6)
    edge = raster.upscale(np.clip((1.45 - field) * 16, 0, 1).astype(np.float32), work)
    core = (steps < 2.5).astype(np.float32) * edge
    img = Image.new("RGB", (work, work), inks.ground)
    img = raster.blend(img, Image.new("RGB", img.size, inks.accent), core)
    img = _lines(img, line * edge * (1 - core), inks.ink)
    return img, compose.around(at[0], at[1], size * 1.5, size * 1.5 * 1.35)


def _land(direction, rng, box: calm_zone.Box) -> np.ndarray:
    """A full-bleed land with one massif in the mapped box over the song's relief, so
    the lines gather round a form instead of lying in stripes."""
    x0, y0, x1, y1 = box
    at = (x0 + (x1 - x0) * rng.uniform(0.25, 0.75), y0 + (y1 - y0) * rng.uniform(0.4, 0.6))
    land = 0.6 * terrain.mountain(direction, rng, at) + 0.4 * terrain.relief(direction, rng)
    return land.astype(np.float32)


def _survey(direction, rng, inks: Inks, zone: str, work: int):
    """A dense survey: thirty-odd thick lines, full bleed, crowding on the slopes
    like ridges, every tenth in the accent; they fan out to the title's plain."""
    h = terrain.lowland(_land(direction, rng, calm_zone.away_from(zone)), zone, rng)
    levels = 18 + 10 * direction.density
    line, _, steps = terrain.contours(h, levels, work, 2.2)
    accent = (np.rint(steps) % 10 == 5).astype(np.float32)
    img = _lines(Image.new("RGB", (work, work), inks.ground), line * (1 - accent), inks.ink)
    img = _lines(img, line * accent * 1.4, inks.accent)
    return img, calm_zone.away_from(zone)


PAINTERS = {
    "island": _island,
    "rings": _rings,
    "tints": _tints,
    "route": _route,
    "whorl": _whorl,
    "survey": _survey,
}


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the topographic cover (RGB, size x size)."""
    rng = raster.rng_for(direction, "topo")
    chart = plan(direction)
    work = raster.work_size(size, 880)  # lines traced here, then scaled up
    img, focal = PAINTERS[chart.kind](direction, rng, _inks(direction), chart.zone, work)
    box = calm_zone.away_from(chart.zone)  # the land is sunk to the plain outside it
    focal = tuple(float(v) for v in np.clip(focal, box[:2] * 2, box[2:] * 2))
    img = raster.to_size(img, size)
    return Artwork(finish(img, direction, "topo", 0.02), focal, chart.layout)
