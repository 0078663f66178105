"""Topographic: the song's land as a contour map designed as album art, not a GIS
sheet: one landform, boldly cropped, printed as a hot-foil stamp on deep card, a
two-colour risograph overprint, or a blind emboss lit from the side.

The title names the land where it can (topo_subject): a heart-shaped hill for a love
song (tilted, scaled, cropped and inked by the seed and the music, so two love songs
never share one hill), an island, a lake in the hills, a mountain; else the music shapes
it: the energy curve swells the mountain's outline, the tempo sets the contour interval,
the turbulence roughens it, and its stance (a small whole hill for a quiet song, a giant
cropped summit for a loud one, a range of two for a busy one) and the summit's place
move with the music and the seed. The light, joyful genres print on light or vivid
stock; no print takes much more than a third of a varied set. Three print idioms
(topo_inks picks the stock by genre): foil, metallic contour lines on black, oxblood,
midnight or (for the bright genres) vivid card, lit like a stamped relief, the summit a
solid block of foil (gold, silver, copper, rose or holographic, never one gold
template); riso, the land's terraces in stepped tints of one fluoro ink with the contour
lines in a second ink printed a hair out of register; emboss, the terraces pressed deep
into one toned card (never white: white on white read as blank paper at 64 px) under a
hard raking light from the upper left, each step casting a long shadow, the summit's
terrace in one spot ink. No legends, rivers, survey marks or tint rainbows. The title
keeps the flat card, never a plate.

Retired (RETIRED): the shaded relief, the island, the night map, the chart, the
survey sheet, the contour sunrise, the contour stack, the paper layers and the close
up (earlier rounds); the hypsometric poster (its atlas colour bands read as a weather
radar or GIS), the traverse (a GIS profile with survey triangles), the line field
(hill country with a blue river and spot heights: a hiking map; a love song's tiny
red heart on it looked unfinished) and the raised relief (the same rose-clay pebble or
heart hill on every pop and love song).
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
from PIL import Image
from scipy import ndimage

from sleeve.engine import raster, signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.raster import RGB
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts import calm_zone, topo_subject
from sleeve.engine.styles.cover_parts import topo_inks as inks
from sleeve.engine.styles.cover_parts import topo_terrain as terrain

STYLE = StyleInfo(
    name="topographic",
    family="image",
    fits=("ambient", "classical", "folk", "idm", "post_rock", "prog", "chamber", "new_age"),
    subjects=("heart", "mountain"),  # a heart's hill first (topo_subject.ORDER); all land
)

MAPS = ("foil", "riso", "emboss")
RETIRED = (
    "relief", "island", "night", "chart", "survey", "horizon", "stack", "layers", "closeup",
    "hypsometric", "traverse", "linefield", "raised",
)  # fmt: skip
WORK = 512  # the side the prints are drawn at, then scaled up (wide lines need no more)


def land(direction: ArtDirection) -> str:
    """The land the cover prints (topo_subject): "heart", "lake", "island", "mountain"
    or "" (the music's own mountain)."""
    return topo_subject.subject(direction.title)


def _choose(direction: ArtDirection, rng: np.random.Generator) -> str:
    """One print, weighted by the sheet and the music so no print takes much more than
    a third of a varied set: the bright genres mostly a riso on light paper (a vivid
    foil at night), dark sheets a foil stamp, a slate-card emboss or a black-drum riso,
    the warm bold genres mostly the riso or the foil, the calm ones mostly the emboss;
    loud songs lean to riso, quiet ones to the emboss."""
    e = direction.energy
    if inks.bright(direction):
        night = direction.night
        weights = {"foil": 0.45 if night else 0.25, "riso": 0.45 + 0.2 * e, "emboss": 0.3}
    elif inks.dark(direction):
        weights = {"foil": 0.5, "riso": 0.2, "emboss": 0.3}
    elif inks.hot(direction) or direction.genre in inks.WARM:
        weights = {"foil": 0.3, "riso": 0.45 + 0.3 * e, "emboss": 0.25}
    else:
        weights = {"foil": 0.25, "riso": 0.2 + 0.35 * e, "emboss": 0.3 + 0.45 * (1 - e)}
    w = np.array([weights[m] for m in MAPS])
    return MAPS[int(rng.choice(len(MAPS), p=w / w.sum()))]


class Plan(NamedTuple):
    """What a cover prints, before any drawing: the idiom and the title's zone."""

    kind: str
    zone: str

    @property
    def layout(self) -> str:
        """The composition's name (Artwork.layout)."""
        return self.kind


def plan(direction: ArtDirection) -> Plan:
    """The print and its title zone from the music, the layout and their own seeded draw."""
    rng = raster.rng_for(direction, "topographic-layout")
    kind = _choose(direction, rng)
    return Plan(kind, calm_zone.title_zone(direction, rng))


def layout_of(direction: ArtDirection) -> str:
    """The name of the composition render draws for `direction`, without drawing."""
    return plan(direction).layout


# ------------------------------------------------------------------ the landform


def _far(rng: np.random.Generator, zone: str, inset: float) -> tuple[float, float]:
    """A point `inset` in from the frame's edge farthest from the title's zone."""
    along = rng.uniform(0.1, 0.9)  # towards a corner as often as mid-edge
    if zone == "right":
        return inset, along
    if zone == "bottom" or (zone == "centre" and rng.random() < 0.5):
        return along, inset
    return along, 1.0 - inset


def heart_pose(direction: ArtDirection, zone: str) -> tuple[tuple[float, float], float, float]:
    """Where a love song's heart stands, how big and how tilted: its own seeded draw
    leaned on by the music, so two love songs print two different hearts: a loud song
    mostly a giant heart cropped by the frame's far edge or corner, a quiet one a small
    whole heart on a third of the art's part, always tilted one way or the other."""
    rng = raster.rng_for(direction, "topo-heart")
    x0, y0, x1, y1 = calm_zone.away_from(zone)
    if zone == "top":  # below a deep title's block, not cut by it
        y0 = max(y0, _band(direction, zone) + 0.04)
    elif zone == "bottom":
        y1 = min(y1, 1.0 - _band(direction, zone) - 0.04)
    side = min(x1 - x0, 1.3 * (y1 - y0))  # a short part: the heart may run off the edge
    tilt = float(rng.uniform(0.1, 0.45) * rng.choice([-1.0, 1.0]))
    e = direction.energy
    if zone == "centre":  # the title across the middle: the heart rises from the bottom
        return (rng.uniform(0.25, 0.75), 0.98), rng.uniform(0.36, 0.5), tilt * 0.6
    if rng.random() < 0.25 + 0.45 * e:  # big, cropped by the far edge or a corner
        at = _far(rng, zone, rng.uniform(0.12, 0.3))
        return at, side * rng.uniform(0.6, 0.85), tilt
    cx = x0 + (x1 - x0) * (rng.choice([0.36, 0.64]) + rng.uniform(-0.06, 0.06))
    cy = y0 + (y1 - y0) * rng.uniform(0.42, 0.58)
    return (cx, cy), side * rng.uniform(0.4, 0.52) * (0.85 + 0.3 * e), tilt


STANCES = ("whole", "cropped", "range")  # how a mountain sits in the frame


def stance(direction: ArtDirection) -> str:
    """How the music's mountain sits in the frame, from the music and the seed: loud
    songs mostly one giant summit cropped by the frame's edge, quiet ones a small whole
    hill in a wide field, busy or turbulent ones a range of two summits."""
    rng = raster.rng_for(direction, "topo-stance")
    e, busy = direction.energy, 0.5 * (direction.turbulence + direction.density)
    w = np.array([0.25 + 0.6 * (1 - e), 0.2 + 0.7 * e, 0.15 + 0.5 * busy])
    return STANCES[int(rng.choice(3, p=w / w.sum()))]


def _third(rng: np.random.Generator, lo: float, hi: float) -> float:
    """A point on one of the box's thirds (jittered): the summit off the centre."""
    return lo + (hi - lo) * (rng.choice([1 / 3, 2 / 3]) + rng.uniform(-0.08, 0.08))


def _mountain(direction: ArtDirection, rng: np.random.Generator, zone: str) -> np.ndarray:
    """The music's mountain posed by its stance: whole and sized by the song's energy
    on a third of the art's part, one giant summit cropped by a far edge, or a range."""
    x0, y0, x1, y1 = calm_zone.away_from(zone)
    side = min(x1 - x0, y1 - y0)
    kind = stance(direction)
    if zone == "centre":  # the title across the middle: the summit rises from below
        at = (rng.uniform(0.3, 0.7), rng.uniform(0.88, 1.0) if rng.random() < 0.5 else 0.0)
        return terrain.mountain(direction, rng, at, rng.uniform(0.8, 1.2))
    if kind == "cropped":  # one giant summit at the frame's far edge
        return terrain.mountain(
            direction, rng, _far(rng, zone, rng.uniform(0.05, 0.2)), rng.uniform(1.0, 1.45)
        )
    if kind == "range":  # two summits on a line across the art's part
        a = (_third(rng, x0, x1), _third(rng, y0, y1))
        b = (x0 + x1 - a[0] + rng.uniform(-0.1, 0.1), y0 + y1 - a[1] + rng.uniform(-0.1, 0.1))
        first = terrain.mountain(direction, rng, a, side * rng.uniform(0.95, 1.25))
        second = terrain.mountain(direction, rng, b, side * rng.uniform(0.7, 1.0))
        return np.maximum(first, rng.uniform(0.6, 0.85) * second)
    at = (_third(rng, x0, x1), _third(rng, y0, y1))
    scale = side * (0.75 + 0.75 * direction.energy) * rng.uniform(0.85, 1.1)
    return terrain.mountain(direction, rng, at, scale)


def landform(direction: ArtDirection, rng: np.random.Generator, zone: str) -> np.ndarray:
    """One landform (RES x RES, 0..1) in the art's part of the frame, sunk flat under
    the title's zone: the heart, the island, the lake, or the music's mountain (its
    stance: whole, cropped or a range), smoothed so no contour breaks into beads."""
    x0, y0, x1, y1 = calm_zone.away_from(zone)
    subject = land(direction)
    if subject == "heart":
        h = topo_subject.heart(*heart_pose(direction, zone))
        floor = 0.0
    else:
        h = 0.9 * _mountain(direction, rng, zone) + 0.1 * terrain.relief(direction, rng)
        if subject == "island":
            h = topo_subject.islet(h, (x0, y0, x1, y1))
        elif subject == "lake":
            at = ((x0 + x1) / 2, (y0 + y1) / 2)
            h = topo_subject.basin(np.clip(h * 1.3, 0, 1), at, 0.22 * min(x1 - x0, y1 - y0))
        h = ndimage.gaussian_filter(h, 2.0)  # the noise's small knots made rings of beads
        floor = 0.14 + 0.08 * (1.0 - direction.density)
    h = np.clip((h - floor) / (1.0 - floor), 0.0, 1.0).astype(np.float32)
    # a mountain slopes down to the title's plain over a wide shore (a narrow one packed
    # its lines into a cliff under the title); a heart is posed clear of it already
    h = terrain.lowland(h, zone, rng, 0.14 if subject == "heart" else 0.3)
    if subject != "heart":  # the heart is placed clear of the title (heart_pose)
        h = h * _below_title(direction, zone)
    return h / max(float(h.max()), 1e-6)


DEEPEST = 0.52  # the most of the side a deep title's band may take from the land


def _band(direction: ArtDirection, zone: str) -> float:
    """How deep (share of the side) a top or bottom title's block reaches."""
    if zone not in ("top", "bottom"):
        return 0.0
    return float(np.clip(0.06 + calm_zone.title_depth(direction) + 0.02, 0.0, DEEPEST))


def _below_title(direction: ArtDirection, zone: str) -> np.ndarray:
    """1 where the land may rise, falling to 0 over a shore above a title block deeper
    than the usual band (two or three lines of a big face: the riso's tints rose into
    'Perreo en la Azotea')."""
    ones = np.ones((terrain.RES, 1), np.float32)
    if zone not in ("top", "bottom"):
        return ones
    band = _band(direction, zone)
    if band <= calm_zone.ZONES["top"][3]:
        return ones
    y = (np.arange(terrain.RES, dtype=np.float32)[:, None] + 0.5) / terrain.RES
    y = y if zone == "top" else 1.0 - y
    rng = raster.rng_for(direction, "topo-band")  # a shore that wanders, not a ruled line
    bend = raster.fractal_noise(rng, cells=3, octaves=2, res=terrain.RES)[:1] - 0.5
    return np.clip((y - band - 0.12 * bend) / 0.4, 0.0, 1.0) ** 1.2


def _box(steps: np.ndarray, work: int, fallback) -> tuple[float, float, float, float]:
    ys, xs = np.nonzero(steps > 1.0)
    if len(xs) == 0:
        return fallback
    return xs.min() / work, ys.min() / work, (xs.max() + 1) / work, (ys.max() + 1) / work


def _rgb(c: RGB) -> np.ndarray:
    return np.asarray(c, np.float32)


def _image(a: np.ndarray) -> Image.Image:
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")


def _over(base: np.ndarray, cover: np.ndarray, colour) -> np.ndarray:
    """`colour` (an RGB or an (h, w, 3) array) laid over `base` (float32, changed in
    place) with coverage `cover`."""
    ink = np.asarray(colour, np.float32) - base
    ink *= cover[..., None]
    base += ink
    return base


SOLID = 0.35  # the share of foil prints stamped as a solid landform (the lines in the card)
DIM = 0.9  # the foil on a slope turned from the light (0.72 faded into wine or purple card)
TOP = 0.003  # the most of the frame the summit's ink may cover


def _top(h: np.ndarray, work: int) -> np.ndarray:
    """The summit (the top tenth of the land's height, or less on a flat-topped hill)
    as a soft 0..1 mask at `work` px: a small patch in the land's own shape, never a
    blob over half the hill (a broad top read as a paint splat)."""
    at = max(0.9, float(np.quantile(h, 1.0 - TOP)))
    return np.clip((raster.upscale(h, work) - at) / (1.0 - at + 1e-3) * 4.0, 0.0, 1.0)


# ------------------------------------------------------------------ the prints


def _foil(direction, rng, zone: str, work: int):
    """Hot-foil contours on deep card: heavy lines, each bright where its slope faces
    the upper-left light and deep where it turns away, a broad sheen across the sheet
    (a stamped foil catching the light), and the summit a solid block of foil; or
    (SOLID of them) the whole landform a solid foil stamp, its contours left in the
    card, a bold emblem at 64 px."""
    love = land(direction) == "heart"
    stock = inks.foil(direction, rng, love)
    h = landform(direction, rng, zone)
    levels = 9 + round(7 * signals.pace(direction))
    weight = 2.6 + 1.0 * direction.loudness
    lit, dark, steps = terrain.lit_contours(h, levels, work, weight)
    n = 128  # the sheen is broad: drawn small, then scaled up
    yy, xx = np.mgrid[0:n, 0:n].astype(np.float32) / n
    sheen = 0.5 + 0.5 * np.sin((xx * 0.8 + yy) * rng.uniform(2.5, 4.0) + rng.uniform(0, 6))
    noise = raster.fractal_noise(rng, cells=5, octaves=2, res=n)
    fall = 0.08 * (0.5 - yy)  # the foil block a touch brighter at its top
    t = raster.upscale(np.clip(0.25 + 0.55 * sheen + 0.35 * (noise - 0.5) + fall, 0, 1), work)
    t = t[..., None]
    metal = _rgb(stock.low) * (1 - t) + _rgb(stock.high) * t
    cover = np.clip(lit + dark, 0.0, 1.0)
    img = np.broadcast_to(_rgb(stock.card), (work, work, 3)).astype(np.float32)
    if rng.random() < SOLID:  # a solid foil landform, its contours left in the card
        land_ = np.clip(steps - 0.6, 0.0, 1.0)
        img = _over(img, land_, metal)
        return _image(_over(img, cover * 0.9, stock.card)), _box(
            steps, work, calm_zone.away_from(zone)
        )
    side = (lit / np.maximum(lit + dark, 1e-4))[..., None]  # 1 lit, 0 turned away
    metal *= DIM + (1.15 - DIM) * side
    metal += 12.0 * side
    img = _over(img, cover, np.minimum(metal, 255.0))
    top = _top(h, work)
    rows, cols = np.nonzero(top.any(axis=1))[0], np.nonzero(top.any(axis=0))[0]
    if len(rows):  # the summit's solid foil, drawn only where it lies
        block = np.s_[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]
        solid = _rgb(stock.low) * (1 - t[block]) + _rgb(stock.high) * t[block]
        img[block] = _over(img[block], top[block], solid)
    return _image(img), _box(steps, work, calm_zone.away_from(zone))


def _riso(direction, rng, zone: str, work: int):
    """A two-colour risograph overprint: the terraces in stepped tints of the fill ink
    (paper on the plain, solid at the summit), the contour lines in the second ink,
    its drum a few pixels out of register; both inks multiply, with the drum's
    speckle, so where they cross a third colour prints."""
    love = land(direction) == "heart"
    stock = inks.riso(direction, rng, love)
    h = landform(direction, rng, zone)
    # a heart: few bold rings, more for a fast song and by the seed
    levels = (
        (4 + round(3 * signals.pace(direction)) + int(rng.integers(3)))
        if love
        else 6 + round(4 * signals.pace(direction))
    )
    line, _, steps = terrain.contours(h, levels, work, 1.9, 1.8)
    band = np.maximum(np.floor(steps), 0.0)
    tint = np.where(band > 0, 0.3 + 0.7 * (band / max(float(band.max()), 1.0)) ** 1.1, 0.0)
    speck = raster.upscale(raster.value_noise(rng, work // 4, work // 2), work)
    fill = np.clip(tint * (0.88 + 0.2 * speck), 0, 1).astype(np.float32)
    shift = max(1, round(work * rng.uniform(0.006, 0.011)))
    dx, dy = (int(v) for v in rng.choice([-1, 1], 2) * shift)
    line = np.roll(np.roll(line, dy, axis=0), dx, axis=1)
    line[slice(0, dy) if dy > 0 else slice(dy, None)] = 0.0  # nothing wraps round the edge
    line[:, slice(0, dx) if dx > 0 else slice(dx, None)] = 0.0
    line = np.clip(line * (0.85 + 0.25 * speck[::-1]), 0, 1)
    paper = _rgb(stock.paper) / 255.0
    ink_a, ink_b = _rgb(stock.fill) / 255.0, _rgb(stock.line) / 255.0
    layer_a = 1.0 - fill[..., None] * (1.0 - ink_a)
    layer_b = 1.0 - line[..., None] * (1.0 - ink_b)
    img = paper * layer_a * layer_b * 255.0
    return _image(img), _box(steps, work, calm_zone.away_from(zone))


SPOT = (0.003, 0.018)  # the share of the frame a solid summit in spot ink may take
LIGHT = (-0.78, -0.62)  # the raking light: low, from the left and a little above


def _emboss(direction, rng, zone: str, work: int):
    """A blind emboss: the land's terraces pressed into one card, lit by a raking
    light from the upper left (each step's lit edge pale, its far edge dark, a soft
    shadow cast below it), nothing printed; a love song's heart has its top in one
    spot ink; a mountain has its summit's terrace printed solid in it (or, where that
    terrace is a speck, the one below; where a splat, the summit's own small patch)."""
    love = land(direction) == "heart"
    stock = inks.card(direction, rng, love)
    h = landform(direction, rng, zone)
    h = ndimage.gaussian_filter(h, 1.2).astype(np.float32)  # smooth steps, no dashes
    levels = 4 + round(3 * signals.pace(direction))  # few deep steps, each a visible riser
    steps = raster.upscale((h * levels).astype(np.float32), work)
    sy, sx = np.gradient(steps)  # the broad modelling (and the slope, in steps a pixel)
    slope = np.hypot(sx, sy)
    # each step's riser anti-aliased over about two pixels: a hard floor() stair-stepped
    # the steep side into a faint hatch
    rise = np.clip(2.0 * slope, 0.02, 0.6)
    frac = steps - np.floor(steps)
    terrace = (np.floor(steps) + np.clip((frac - 1.0 + rise) / rise, 0.0, 1.0)) / levels
    t = ndimage.gaussian_filter(terrace, work * 0.004, truncate=2.5)  # the die's rounded edges
    gy, gx = np.gradient(t * levels * work * 0.05)
    facing = -(gx * LIGHT[0] + gy * LIGHT[1])
    broad = -(sx * LIGHT[0] + sy * LIGHT[1]) * (work * 0.25 / levels)
    shade = np.clip(1.0 * np.tanh(facing * 1.8) + 0.4 * np.tanh(broad), -1.0, 1.0)[..., None]
    card = _rgb(stock.card)
    # a toned card under a hard raking light: the lit risers near white, the far ones
    # deep, so the relief reads at 64 px (a soft light on white card read as blank)
    hi = np.minimum(card * 0.25 + 255.0 * 0.75 + 20.0, 255.0)
    lo = card * 0.3
    img = (card + np.where(shade > 0, hi - card, card - lo) * shade).astype(np.float32)
    img *= (0.86 + 0.22 * t)[..., None]  # the higher terraces stand up into the light
    d = work * 0.035  # each step casts a long shadow down and away from the light
    toward = np.roll(t, (round(-LIGHT[1] * d), round(-LIGHT[0] * d)), axis=(0, 1))
    step = np.clip((toward - t)[::2, ::2] * levels * 1.4, 0.0, 1.0)  # drawn at half size
    cast = raster.upscale(ndimage.gaussian_filter(step, work * 0.005), work)
    img *= 1.0 - 0.5 * cast[..., None]
    grain = raster.upscale(raster.value_noise(rng, work // 3, work // 2), work)[..., None]
    img *= 0.97 + 0.05 * grain
    inked = _rgb(stock.spot) * (0.96 + 0.12 * np.clip(shade, -0.5, 0.5))
    if love:  # the heart's own top in the spot ink
        img = _over(img, _top(h, work), inked)
    else:  # the summit's terrace printed solid in the spot ink, the rest blind
        top = max(1.0, float(np.floor(steps.max())))
        plate = np.clip(terrace * levels - (top - 1.0), 0.0, 1.0)
        while plate.mean() < SPOT[0] and top > 1.0:  # a speck: the terrace below it
            top -= 1.0
            plate = np.clip(terrace * levels - (top - 1.0), 0.0, 1.0)
        if not SPOT[0] < plate.mean() < SPOT[1]:  # a splat: the summit's own small patch
            up = raster.upscale(h, work)
            at = float(np.quantile(up, 1.0 - 0.6 * SPOT[1]))
            plate = np.clip((up - at) / (1.0 - at + 1e-3) * 6.0, 0.0, 1.0)
        img = _over(img, plate, inked)
    return _image(img), _box(steps, work, calm_zone.away_from(zone))


PAINTERS = {"foil": _foil, "riso": _riso, "emboss": _emboss}


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the topographic cover (RGB, size x size)."""
    rng = raster.rng_for(direction, "topo")
    chart = plan(direction)
    work = raster.work_size(size, WORK)  # the lines traced here, then scaled up
    img, focal = PAINTERS[chart.kind](direction, rng, chart.zone, work)
    box = calm_zone.away_from(chart.zone)  # the land is sunk to the plain outside it
    focal = tuple(float(v) for v in np.clip(focal, box[:2] * 2, box[2:] * 2))
    if img.size != (size, size):  # bilinear: the lines are wide, the grain comes after
        img = img.resize((size, size), Image.Resampling.BILINEAR)
    return Artwork(finish(img, direction, "topo", 0.02), focal, chart.layout)
