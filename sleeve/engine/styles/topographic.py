"""Topographic: a contour map of a terrain the song made.

The music shapes the land: the spectrogram is the relief (time across, bass low), the
energy curve runs as a ridge, swells a mountain's or an island's outline round its
summit, bends a river's valley or sizes the islands of a chain. The music and the genre
pick one of ten maps that differ in what the eye lands on: a dense survey (forty-odd
fine lines, one elevation band in the accent) for dense songs, five to eight bold lines
for sparse ones, one island off-centre in a wide open sea with heavy index lines every
fifth, one summit cropped tight with accent index lines, an engraved island shaded by
hachures, a circle cut from the map, the map over its cross-section profile, a valley
with its river in the accent, an island chain, or filled elevation bands (never on a
grey sheet). Genre sets the hand: ambient and chamber light, electronic mono, folk
earth ink on warm paper. The title's zone is cleared back to paper (a wobbly clearing,
like a map's cartouche) and the focal box is the mapped part.
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
    fits=("ambient", "classical", "folk", "idm", "post_rock", "prog", "chamber", "new_age"),
)

# survey: dense fine lines full bleed; sparse: five to eight bold lines; peak: one island
# off-centre in a wide sea; summit: one summit cropped tight; hachure: engraved relief
# strokes; window: a circle cut from the map; section: the map over its profile; valley:
# a river in the accent; islands: a chain; hypso: filled elevation bands
MAPS = (
    "survey", "sparse", "peak", "summit", "hachure", "window", "section", "valley", "islands",
    "hypso",
)  # fmt: skip
LEANS = {  # maps a genre family likes a little more
    "ambient": ("peak", "window", "sparse"),
    "classical": ("window", "section", "peak"),
    "electronic": ("sparse", "survey", "hachure"),
    "folk": ("valley", "hachure", "hypso"),
    "world": ("hypso", "valley", "peak"),
    "rock": ("section", "summit", "hachure"),
}


def _lead(pal) -> RGB | None:
    """The colour a map fills its focal form with: the accent, or the palette's most
    colourful colour when the accent is grey; None when the whole palette is grey."""
    if rgb_to_oklch(pal.accent)[1] >= 0.05:
        return pal.accent
    best = max(pal.colors, key=lambda c: rgb_to_oklch(c)[1])
    return best if rgb_to_oklch(best)[1] >= 0.05 else None


def _solid(ink: RGB, dark: bool) -> RGB:
    """A grey palette's focal fill: the ink pushed to near black (or near white on a
    dark field), so the summit is still one bold mass at 64 px."""
    return raster.tone(ink, 0.9 if dark else 0.22, 0.03)


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
    ink = raster.tone(pal.colors[0], 0.84 if dark else 0.27, 0.07)
    lead = _lead(pal)
    look = {
        "paper": paper,
        "ink": ink,
        "hot": raster.vivid(lead, 0.74 if dark else 0.58, 0.16) if lead else _solid(ink, dark),
        "weight": 1.0,
        "density": 1.0,
        "mono": lead is None,
    }
    if genre in ("ambient", "classical"):
        look.update(
            ink=raster.tone(pal.colors[0], 0.75 if dark else 0.4, 0.04), weight=0.7, density=0.6
        )
    elif genre == "electronic":
        grey = 0.13 if dark else 0.95
        look.update(paper=oklch_to_rgb(grey, 0.0, 0.0), ink=oklch_to_rgb(1.05 - grey, 0.0, 0.0))
        if lead is None:
            look.update(hot=_solid(look["ink"], dark))
        look.update(weight=0.8, density=1.6)
    elif genre == "folk":
        hue = rgb_to_oklch(pal.accent)[2]
        look.update(paper=oklch_to_rgb(0.93, 0.035, 85.0), ink=oklch_to_rgb(0.36, 0.07, 50.0))
        look.update(hot=oklch_to_rgb(0.55, 0.14, hue if 20 <= hue <= 90 else 35.0), weight=1.15)
    return look


def _choose(direction: ArtDirection, rng: np.random.Generator, dark: bool) -> str:
    """One map, weighted by the music and the genre: dense songs draw dense surveys,
    sparse ones a few bold lines; calm songs a lone island, driven ones a summit or
    engraved relief. Filled bands never on a grey or electronic or ambient sheet, and a
    full-bleed survey is rare on a dark field (gold lines on black repeated)."""
    d, e, t = direction.density, direction.energy, direction.turbulence
    music = {
        "survey": 0.4 + 1.4 * d,
        "sparse": 0.4 + 1.4 * (1 - d),
        "peak": 0.6 + 1.0 * (1 - e),
        "summit": 0.4 + 0.8 * e,
        "hachure": 0.4 + 1.0 * t,
        "window": 0.9,
        "section": 0.8,
        "valley": 0.6 + 0.6 * direction.valence,
        "islands": 0.5,
        "hypso": 0.8,
    }
    grey = rgb_to_oklch(direction.palette.accent)[1] < 0.05
    if grey or direction.genre in ("electronic", "ambient"):  # grey layers on grey repeated
        music["hypso"] = 0.0
        music["islands"] *= 0.4
    lean = LEANS.get(direction.genre, ())
    weights = np.array([music[m] * (1.0 + (m in lean)) for m in MAPS])
    if dark:
        weights[MAPS.index("survey")] *= 0.35
    return MAPS[int(rng.choice(len(MAPS), p=weights / weights.sum()))]


class Plan(NamedTuple):
    """What a cover maps, before any drawing: the map, the title's zone and whether the
    field is dark."""

    kind: str
    zone: str
    dark: bool

    @property
    def layout(self) -> str:
        """The composition's name (Artwork.layout)."""
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
    if kind in ("section", "window", "peak") and zone == "centre":  # a calm band
        zone = "top" if rng.random() < 0.5 else "bottom"
    return Plan(kind, zone, dark)


def layout_of(direction: ArtDirection) -> str:
    """The name of the composition render draws for `direction`, without drawing."""
    return plan(direction).layout


def _summit_at(rng: np.random.Generator, box: calm_zone.Box) -> tuple[float, float]:
    """A summit on a third of the mapped box, so its rings run off every edge."""
    x0, y0, x1, y1 = box
    fx = 0.33 if rng.random() < 0.5 else 0.67
    fy = rng.uniform(0.35, 0.65)
    return x0 + (x1 - x0) * fx + rng.uniform(-0.05, 0.05), y0 + (y1 - y0) * fy


def _island_at(
    direction: ArtDirection, rng: np.random.Generator, box: calm_zone.Box
) -> tuple[tuple[float, float], float]:
    """A lone island's centre (off-centre, on a third of the mapped box) and its size:
    larger for louder songs, always leaving sea round it."""
    x0, y0, x1, y1 = box
    size = float(np.clip(0.3 + 0.12 * direction.loudness + rng.uniform(-0.03, 0.03), 0.26, 0.4))
    size = min(size, (y1 - y0) * 0.46, (x1 - x0) * 0.46)
    fx = 0.34 if rng.random() < 0.5 else 0.66
    cx = float(np.clip(x0 + (x1 - x0) * fx, x0 + size * 1.05, x1 - size * 1.05))
    cy = float(np.clip(y0 + (y1 - y0) * rng.uniform(0.4, 0.6), y0 + size * 1.05, y1 - size * 1.05))
    return (cx, cy), size


def _window(
    rng: np.random.Generator, box: calm_zone.Box, work: int
) -> tuple[np.ndarray, calm_zone.Box]:
    """Where the lines show: a circle in the mapped box (mask at work px, and its box)."""
    x0, y0, x1, y1 = box
    c = (np.arange(work, dtype=np.float32) + 0.5) / work
    x, y = c[None, :], c[:, None]
    r = min(0.31, (y1 - y0) / 2 - 0.04, (x1 - x0) / 2 - 0.04)
    cx = float(np.clip(rng.uniform(0.3, 0.7), x0 + r + 0.04, x1 - r - 0.04))
    cy = (y0 + y1) / 2
    d = np.hypot(x - cx, y - cy)
    return np.clip((r - d) * work + 0.5, 0, 1), compose.around(cx, cy, r)


def _outline(img: Image.Image, box: calm_zone.Box, ink: RGB) -> None:
    """A hairline round the circle the map shows through."""
    size = img.size[0]
    draw = aggdraw.Draw(img)
    draw.ellipse([v * size for v in box], raster.pen(ink, size * 0.0025))
    draw.flush()


def _field(kind: str, direction: ArtDirection, rng: np.random.Generator, box: calm_zone.Box):
    """The height field for a map, its focal box and (for a valley) the river's course."""
    if kind == "summit":
        at = _summit_at(rng, box)
        return terrain.mountain(direction, rng, at), compose.around(at[0], at[1], 0.45), None
    if kind in ("peak", "hachure"):  # a lone island, in contours or engraved
        at, size = _island_at(direction, rng, box)
        size *= 1.2 if kind == "hachure" else 1.0
        return terrain.peak(direction, rng, at, size), compose.around(*at, size * 1.15), None
    if kind == "islands":
        return terrain.islands(direction, rng, box), box, None
    if kind == "valley":
        h, course = terrain.valley(direction, rng, box)
        return h, box, course
    return terrain.relief(direction, rng), box, None


def _levels(kind: str, direction: ArtDirection, look: dict) -> tuple[float, float, float]:
    """How many contour levels a map draws and how heavy its lines are: a dense survey
    has forty or more fine lines, a sparse map five to eight bold ones; a lone island
    has heavy index lines every fifth. Returns (levels, weight, index boldness)."""
    d = direction.density
    if kind == "survey":
        return 36 + 22 * d, look["weight"] * 0.55, 1.0
    if kind == "sparse":
        return 5 + round(3 * d), look["weight"] * 3.2, 1.0
    if kind == "peak":
        return 11 + round(5 * d), max(look["weight"], 0.9) * 1.05, 2.6
    if kind == "hypso":
        return 6 + round(3 * d), look["weight"], 1.0
    if kind == "summit":
        return 14 + round(10 * d), look["weight"], 2.2
    if kind == "hachure":
        return 10.0, look["weight"] * 0.9, 1.0
    return max(9.0, (8 + 16 * d) * look["density"]), look["weight"], 1.0


WASHED = ("survey", "sparse", "peak", "summit", "window", "section", "valley")


def _wash(kind: str, steps: np.ndarray, levels: float, look: dict, direction) -> Image.Image:
    """Hypsometric tint for a light map: four to seven elevation bands, their edges on
    contour lines (`steps` is the height in contour steps at work px), from the paper
    at sea level to a palette colour on the heights, so the land is a mass at 64 px,
    not grey hairlines on grey (a grey palette steps deeper; folk steps to ochre). A
    lone island is tinted from its coast."""
    pal = direction.palette
    colour = max(pal.colors[1:] or pal.colors, key=lambda c: rgb_to_oklch(c)[1])
    if direction.genre == "folk":  # sand and ochre under the earth ink
        colour = oklch_to_rgb(0.7, 0.08, 72.0)
    grey = rgb_to_oklch(colour)[1] < 0.03
    chroma = 0.045 if direction.genre in ("ambient", "classical") else 0.075
    stops = [
        look["paper"],
        raster.tone(colour, 0.86, chroma * 0.6),
        raster.tone(colour, 0.66 if grey else 0.74, chroma),
    ]
    every = max(1, round(levels / float(np.clip(levels / 5, 4, 7))))  # contours per band
    top = int(np.ceil(levels / every))
    rounding = np.ceil if kind == "peak" else np.floor  # an island tinted to its coast
    bands = Image.fromarray(np.clip(rounding(steps / every), 0, top).astype(np.uint8), "P")
    bands.putpalette(raster.color_lut(stops, n=top + 1).ravel().tolist())
    return bands.convert("RGB")


def _paint(
    kind: str, h: np.ndarray, look: dict, direction, rng, work: int, dark: bool
) -> Image.Image:
    """The map at work px: fills (summit or band tint, hypsometric bands, land), then
    the contours with every fifth an index line."""
    paper, ink, hot = look["paper"], look["ink"], look["hot"]
    levels, weight, bold = _levels(kind, direction, look)
    line, index, steps = terrain.contours(h, levels, work, weight, bold, kind == "peak")
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
        vivid_paper = rgb_to_oklch(paper)[1] >= raster.VIVID_FIELD  # the field is the colour
        if not (dark or vivid_paper) and kind in WASHED and direction.genre != "electronic":
            base = _wash(kind, steps, levels, look, direction)
        if kind == "survey":  # one elevation band picked out in the accent
            k = int(levels * rng.uniform(0.45, 0.7))
            band = ((steps >= k) & (steps < k + 1)).astype(np.float32)
            tint = hot if look["mono"] else raster.vivid(hot, 0.55 if dark else 0.74, 0.13)
            base = raster.blend(base, Image.new("RGB", base.size, tint), band * 0.9)
        elif kind == "islands":  # land tinted on a paper sea, or paper land in a tinted sea
            land = raster.upscale(np.clip((h - 0.3) * 60, 0, 1).astype(np.float32), work)
            colour = direction.palette.colors[int(rng.integers(len(direction.palette.colors)))]
            tint = raster.tone(colour, 0.3 if dark else 0.84, 0.06)
            wet = rng.random() < 0.5
            base = raster.blend(base, Image.new("RGB", base.size, tint), 1 - land if wet else land)
            line *= np.where(steps < 0.3 * levels, 0.35, 1.0).astype(np.float32)
        elif kind == "sparse":  # the top level solid in the accent (none if it is grey)
            top = (steps >= np.floor(levels) - 0.5).astype(np.float32)
            base = raster.blend(base, Image.new("RGB", base.size, hot), top)
        elif kind == "peak":  # the summit in the accent: the cover's one spot of colour
            top = raster.upscale(np.clip((h - 0.72) * 30, 0, 1).astype(np.float32), work)
            base = raster.blend(base, Image.new("RGB", base.size, hot), top)
        elif kind == "valley":  # the floodplain a pale strip of the river's colour
            floor = raster.upscale(np.clip((0.14 - h) * 25, 0, 1).astype(np.float32), work)
            plain_tint = raster.tone(hot, 0.3 if dark else 0.86, 0.07)
            base = raster.blend(base, Image.new("RGB", base.size, plain_tint), floor)
        elif kind == "hachure":  # only the coast and the index lines; the land a shade
            line *= ((steps < 1.5) | index) * 0.8
            land = raster.upscale(np.clip((h - 0.08) * 40, 0, 1).astype(np.float32), work)
            base = raster.blend(base, Image.new("RGB", base.size, ink), land * 0.07)
        elif kind not in ("valley", "summit"):  # the top tinted: a mass at 64 px
            top = raster.upscale(np.clip((h - 0.84) * 40, 0, 1).astype(np.float32), work)
            base = raster.blend(
                base,
                Image.new("RGB", base.size, raster.vivid(hot, 0.55 if dark else 0.8, 0.09)),
                top * 0.85,
            )
    if kind == "sparse":
        index[:] = False
    plain = Image.fromarray((line * ~index * 255).astype(np.uint8), "L")
    bold = Image.fromarray((np.minimum(line * 1.7, 1) * index * 255).astype(np.uint8), "L")
    img = Image.composite(Image.new("RGB", base.size, ink), base, plain)
    index_ink = hot if kind == "survey" or direction.genre == "electronic" else ink
    if kind == "summit":  # heavy index lines in the accent, no filled top
        index_ink = hot
    img = Image.composite(Image.new("RGB", base.size, index_ink), img, bold)
    if kind == "hachure":
        _hachure(img, h, look, direction, rng)
    return img


def _hachure(img: Image.Image, h: np.ndarray, look: dict, direction, rng) -> None:
    """Engraved relief: short strokes down every steep slope, heavier where steeper."""
    work = img.size[0]
    spacing = work / (58 + 24 * direction.density)
    strokes = terrain.hachures(h, work, rng, spacing, 0.1)
    draw = aggdraw.Draw(img)
    pens = [
        raster.pen(look["ink"], work * 0.0015 * look["weight"] * (1 + 0.9 * k)) for k in range(3)
    ]
    for x0, y0, x1, y1, s in strokes:
        draw.line((x0, y0, x1, y1), pens[min(2, int(s * 3))])
    draw.flush()


def _river(img: Image.Image, course: np.ndarray, look: dict, direction) -> None:
    """The river down the valley floor in the accent, wider for louder songs, its banks
    cut clear of the contours so it reads as one bold stroke at 64 px."""
    work = img.size[0]
    draw = aggdraw.Draw(img)
    width = work * (0.011 + 0.012 * direction.loudness)
    points = (course * work).ravel().tolist()
    draw.line(points, raster.pen(look["paper"], width * 2.2))  # its banks, cut clear
    draw.line(points, raster.pen(look["hot"], width))
    draw.flush()


def _profile(img: Image.Image, h: np.ndarray, row: float, band: calm_zone.Box, look: dict) -> None:
    """The cross-section of the map along `row` (a fraction of the field), drawn as a
    filled silhouette in `band` with a dashed section line on the map above; its heights
    stretched to the band (vertical exaggeration, as surveyors draw it), so it is a
    mountain's skyline at 64 px, not a flat strip."""
    size = img.size[0]
    draw = aggdraw.Draw(img)
    x0, y0, x1, y1 = (v * size for v in band)
    heights = h[int(row * (h.shape[0] - 1))]
    heights = (heights - heights.min()) / max(float(np.ptp(heights)), 1e-6)  # exaggerated
    xs = np.linspace(x0, x1, len(heights))
    ys = y1 - (y1 - y0) * (0.12 + 0.88 * heights)
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
    kind, zone, dark = chart
    look = _look(direction, dark)
    box = calm_zone.away_from(zone)
    h, focal, course = _field(kind, direction, rng, box)
    work = raster.work_size(size, 880)  # lines traced here, then scaled up
    img = _paint(kind, h, look, direction, rng, work, dark)
    if course is not None:
        _river(img, course, look, direction)
    paper = Image.new("RGB", (work, work), look["paper"])
    if kind == "window":
        shape, focal = _window(rng, box, work)
        img = raster.blend(paper, img, shape)
        _outline(img, focal, look["ink"])
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
