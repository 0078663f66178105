"""Topographic: a contour map of a terrain the song made.

The music shapes the land: the spectrogram is the relief (time across, bass low), the
energy curve runs as a ridge, swells a mountain's outline round its summit, or sizes
the islands of a chain (one per section). Seed and music pick one of seven maps: a
full-bleed survey (index lines every fifth, one elevation band in the accent), one
mountain cropped by the edge, an island chain, a night map with glowing lines, a
hypsometric tint (filled bands, few lines), a map with its cross-section profile
under it, or contours seen through a circle or a strip of paper. Genre sets the hand:
ambient and chamber sparse and light, electronic dense and mono, folk earth ink on
warm paper; density sets how many levels. The title's zone is cleared back to paper
(a wobbly clearing, like a map's cartouche) and the focal box is the mapped part.
"""

from __future__ import annotations

from typing import NamedTuple

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import compose, raster
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
    fits=("ambient", "classical", "folk", "electronic", "world", "rock"),
)

MAPS = ("survey", "summit", "islands", "night", "hypso", "section", "window")
LEANS = {  # maps a genre family likes a little more
    "ambient": ("window", "summit", "hypso"),
    "classical": ("window", "section", "summit"),
    "electronic": ("survey", "night", "section"),
    "folk": ("summit", "hypso", "section"),
    "world": ("hypso", "islands", "summit"),
}


def _look(direction: ArtDirection, dark: bool) -> dict:
    """Paper, ink, index ink, accent and the line weight and density factors for the
    genre: sparse and light for ambient and chamber, dense mono for electronic, earth
    ink on warm paper for folk; otherwise the palette's own."""
    pal, genre = direction.palette, direction.genre
    paper = (
        raster.tone(pal.background, 0.15, 0.03)
        if dark
        else raster.ground(pal.background, 0.94, 0.03)
    )
    look = {
        "paper": paper,
        "ink": raster.tone(pal.colors[0], 0.84 if dark else 0.27, 0.07),
        "hot": raster.vivid(pal.accent, 0.74 if dark else 0.58, 0.16),
        "weight": 1.0,
        "density": 1.0,
    }
    if genre in ("ambient", "classical"):
        look.update(
            ink=raster.tone(pal.colors[0], 0.75 if dark else 0.4, 0.04), weight=0.7, density=0.6
        )
    elif genre == "electronic":
        grey = 0.13 if dark else 0.95
        look.update(paper=oklch_to_rgb(grey, 0.0, 0.0), ink=oklch_to_rgb(1.05 - grey, 0.0, 0.0))
        look.update(weight=0.8, density=1.6)
    elif genre == "folk":
        hue = rgb_to_oklch(pal.accent)[2]
        look.update(paper=oklch_to_rgb(0.93, 0.035, 85.0), ink=oklch_to_rgb(0.36, 0.07, 50.0))
        look.update(hot=oklch_to_rgb(0.55, 0.14, hue if 20 <= hue <= 90 else 35.0), weight=1.15)
    return look


def _choose(direction: ArtDirection, rng: np.random.Generator, dark: bool) -> str:
    """One map, weighted by the genre (night maps only on dark fields; islands a
    little rarer, their pale seas look alike)."""
    lean = LEANS.get(direction.genre, ())
    weights = np.array(
        [(1.0 + (m in lean)) * (0.0 if m == "night" and not dark else 1.0) for m in MAPS]
    )
    weights[MAPS.index("islands")] *= 0.7
    return MAPS[int(rng.choice(len(MAPS), p=weights / weights.sum()))]


class Plan(NamedTuple):
    """What a cover maps, before any drawing: the map, the title's zone, whether the
    field is dark and, for a window map, whether the window is a circle (else a strip)."""

    kind: str
    zone: str
    dark: bool
    circle: bool

    @property
    def layout(self) -> str:
        """The composition's name (Artwork.layout)."""
        if self.kind == "window":
            return "window-circle" if self.circle else "window-strip"
        return self.kind


def plan(direction: ArtDirection) -> Plan:
    """The map and its title zone from the music, the layout and their own seeded draw
    (a section map never beside a right column; a section or a window takes a calm
    band, not a hole in the middle)."""
    rng = raster.rng_for(direction, "topographic-layout")
    dark = compose.dark_field(rgb_to_oklch(direction.palette.background)[0])
    dark = dark and direction.genre != "folk"  # folk maps are earth ink on warm paper
    kind = _choose(direction, rng, dark)
    zone = calm_zone.title_zone(direction, rng)
    if kind == "section" and zone == "right":
        kind = "survey"
    if kind in ("section", "window") and zone == "centre":  # a calm band, not a hole
        zone = "top" if rng.random() < 0.5 else "bottom"
    return Plan(kind, zone, dark, kind == "window" and rng.random() < 0.55)


def layout_of(direction: ArtDirection) -> str:
    """The name of the composition render draws for `direction`, without drawing."""
    return plan(direction).layout


def _summit_at(rng: np.random.Generator, box: calm_zone.Box) -> tuple[float, float]:
    """A summit near a corner of the mapped box, pushed out so the edge crops it."""
    x0, y0, x1, y1 = box
    cx = x0 + 0.12 if rng.random() < 0.5 else x1 - 0.12
    cy = y0 + (y1 - y0) * rng.uniform(0.25, 0.75) if x1 - x0 < 0.7 else rng.choice((y0, y1))
    return float(np.clip(cx + rng.uniform(-0.12, 0.12), -0.1, 1.1)), float(cy)


def _window(
    rng: np.random.Generator, box: calm_zone.Box, work: int, circle: bool
) -> tuple[np.ndarray, calm_zone.Box]:
    """Where the lines show: a circle or a strip in the mapped box (mask at work px)."""
    x0, y0, x1, y1 = box
    c = (np.arange(work, dtype=np.float32) + 0.5) / work
    x, y = c[None, :], c[:, None]
    px = 1.0 / work
    if circle:
        r = min(0.31, (y1 - y0) / 2 - 0.04, (x1 - x0) / 2 - 0.04)
        cx = float(np.clip(rng.uniform(0.3, 0.7), x0 + r + 0.04, x1 - r - 0.04))
        cy = (y0 + y1) / 2
        d = np.hypot(x - cx, y - cy)
        return np.clip((r - d) / px + 0.5, 0, 1), compose.around(cx, cy, r)
    if x1 - x0 > 0.7:  # a vertical strip beside the title band
        left = rng.choice((0.08, 0.56)) + rng.uniform(-0.04, 0.04)
        strip = (left, y0 + 0.04, left + 0.34, y1 - 0.04)
    else:  # a horizontal strip beside the title column
        top = rng.uniform(0.2, 0.5)
        strip = (x0 + 0.05, top, x1 - 0.03, top + 0.3)
    inside = (x >= strip[0]) & (x <= strip[2]) & (y >= strip[1]) & (y <= strip[3])
    return inside.astype(np.float32), strip


def _outline(img: Image.Image, box: calm_zone.Box, ink: RGB, circle: bool) -> None:
    """A hairline round the window the map shows through."""
    size = img.size[0]
    draw = aggdraw.Draw(img)
    coords = [v * size for v in box]
    pen = raster.pen(ink, size * 0.0025)
    (draw.ellipse if circle else draw.rectangle)(coords, pen)
    draw.flush()


def _field(kind: str, direction: ArtDirection, rng: np.random.Generator, box: calm_zone.Box):
    """The height field for a map and its focal box."""
    if kind == "summit":
        at = _summit_at(rng, box)
        return terrain.mountain(direction, rng, at), compose.around(at[0], at[1], 0.45)
    if kind == "islands":
        return terrain.islands(direction, rng, box), box
    return terrain.relief(direction, rng), box


def _paint(
    kind: str, h: np.ndarray, look: dict, direction, rng, work: int, dark: bool
) -> Image.Image:
    """The map at work px: fills (summit or band tint, hypsometric bands, land), then
    the contours with every fifth an index line."""
    paper, ink, hot = look["paper"], look["ink"], look["hot"]
    levels = max(9.0, (8 + 16 * direction.density) * look["density"])
    if kind == "hypso":
        levels = 6 + round(3 * direction.density)
    line, index, steps = terrain.contours(h, levels, work, look["weight"])
    if kind == "hypso":  # filled bands from the paper to the accent; only the edges drawn
        tints = [
            paper,
            raster.tone(
                direction.palette.colors[1 % len(direction.palette.colors)],
                0.3 if dark else 0.82,
                0.06,
            ),
            raster.vivid(hot, 0.5 if dark else 0.68, 0.12),
            hot,
        ]
        bands = (np.floor(h * levels) / levels).astype(np.float32)
        base = raster.map_field(bands, raster.color_lut(tints), work)
        index[:] = False
        line *= 0.55
    else:
        base = Image.new("RGB", (work, work), paper)
        if kind == "survey":  # one elevation band picked out in the accent
            k = int(levels * rng.uniform(0.45, 0.7))
            band = ((steps >= k) & (steps < k + 1)).astype(np.float32)
            base = raster.blend(
                base,
                Image.new("RGB", base.size, raster.vivid(hot, 0.55 if dark else 0.74, 0.13)),
                band * 0.9,
            )
        elif kind == "islands":  # land tinted on a paper sea, or paper land in a tinted sea
            land = raster.upscale(np.clip((h - 0.3) * 60, 0, 1).astype(np.float32), work)
            colour = direction.palette.colors[int(rng.integers(len(direction.palette.colors)))]
            tint = raster.tone(colour, 0.3 if dark else 0.84, 0.06)
            wet = rng.random() < 0.5
            base = raster.blend(base, Image.new("RGB", base.size, tint), 1 - land if wet else land)
            line *= np.where(steps < 0.3 * levels, 0.35, 1.0).astype(np.float32)
        elif kind != "night":  # the summit (the top levels) tinted: one mass to see at 64 px
            top = raster.upscale(np.clip((h - 0.72) * 40, 0, 1).astype(np.float32), work)
            base = raster.blend(
                base,
                Image.new("RGB", base.size, raster.vivid(hot, 0.55 if dark else 0.8, 0.09)),
                top * 0.85,
            )
    plain = Image.fromarray((line * ~index * 255).astype(np.uint8), "L")
    bold = Image.fromarray((np.minimum(line * 1.7, 1) * index * 255).astype(np.uint8), "L")
    img = Image.composite(Image.new("RGB", base.size, ink), base, plain)
    index_ink = hot if kind in ("night", "survey") or direction.genre == "electronic" else ink
    return Image.composite(Image.new("RGB", base.size, index_ink), img, bold)


def _profile(img: Image.Image, h: np.ndarray, row: float, band: calm_zone.Box, look: dict) -> None:
    """The cross-section of the map along `row` (a fraction of the field), drawn as a
    filled silhouette in `band` with a dashed section line on the map above."""
    size = img.size[0]
    draw = aggdraw.Draw(img)
    x0, y0, x1, y1 = (v * size for v in band)
    heights = h[int(row * (h.shape[0] - 1))]
    xs = np.linspace(x0, x1, len(heights))
    ys = y1 - (y1 - y0) * (0.08 + 0.92 * heights)
    poly = [x0, y1, *np.column_stack([xs, ys]).ravel().tolist(), x1, y1]
    draw.polygon(poly, aggdraw.Brush(look["hot"], 215))
    draw.line(np.column_stack([xs, ys]).ravel().tolist(), raster.pen(look["ink"], size * 0.004))
    draw.line((x0, y1, x1, y1), raster.pen(look["ink"], size * 0.003))
    dash, y = size * 0.02, row * size
    for k in range(int((x1 - x0) / dash / 2) + 1):  # the section line A-A' on the map
        draw.line(
            (x0 + 2 * k * dash, y, x0 + (2 * k + 1) * dash, y),
            raster.pen(look["hot"], size * 0.004),
        )
    for k in range(9):  # ticks along the base
        tx = x0 + k * (x1 - x0) / 8
        draw.line((tx, y1, tx, y1 + size * 0.012), raster.pen(look["ink"], size * 0.002))
    draw.flush()


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the topographic cover (RGB, size x size)."""
    rng = raster.rng_for(direction, "topo")
    chart = plan(direction)
    kind, zone, dark, circle = chart
    look = _look(direction, dark)
    if kind == "night":  # lines of light in the palette's own colour
        look["ink"] = raster.vivid(direction.palette.colors[0], 0.8, 0.12)
    box = calm_zone.away_from(zone)
    h, focal = _field(kind, direction, rng, box)
    work = raster.work_size(size, 880)  # lines traced here, then scaled up
    img = _paint(kind, h, look, direction, rng, work, dark)
    if kind == "night":
        img = raster.glow(img, work * 0.008, 0.75)
    paper = Image.new("RGB", (work, work), look["paper"])
    if kind == "window":
        shape, focal = _window(rng, box, work, circle)
        img = raster.blend(paper, img, shape)
        _outline(img, focal, look["ink"], circle=circle)
    elif kind == "section":
        top, bottom = box[1], box[3]
        split = top + (bottom - top) * 0.66
        keep = np.zeros((work, work), np.float32)
        keep[int(top * work) : int(split * work)] = 1.0
        img = raster.blend(paper, img, keep)
        row = rng.uniform(top + 0.06, split - 0.06)
        _profile(img, h, row, (0.06, split + 0.03, 0.94, bottom - 0.03), look)
        focal = (0.0, top, 1.0, bottom)
    else:  # clear the title's zone back to paper
        wobble = raster.fractal_noise(rng, cells=4, octaves=2, res=terrain.RES)
        calm = raster.upscale(terrain.zone_mask(zone, wobble=wobble), work)
        img = raster.blend(img, paper, calm)
        if zone != "centre":
            low, high = (box[0], box[1]) * 2, (box[2], box[3]) * 2  # keep it in the map
            focal = tuple(float(v) for v in np.clip(focal, low, high))
    img = raster.to_size(img, size)
    return Artwork(finish(img, direction, "topo", 0.02), focal, chart.layout)
