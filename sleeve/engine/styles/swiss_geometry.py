"""Swiss / Bauhaus geometry: flat circles, bars and grids on clean paper. One of eight
compositions, with a shape-free title zone.

The music picks the composition: calm tracks lean to a flat field with one mark, a
huge cropped circle or concentric arcs; loud, dense ones to diagonal bands, a modular
grid (its cells from the onsets) or bars that are the energy curve; the big glyph
(digits of the title or its first letter, never the tempo) and the barcode strip are
rarer. Tempo sets the grid count (rules, rings, bars, cells), the energy curve the
lengths and sweeps, key the accent's hue turn, the seed the corner, the angle, the
crop and which edge the title zone takes (matched to the title layout). The title
zone holds no shape; the focal box is the drawn composition.
"""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine import raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.fonts import title_face
from sleeve.engine.glyphs import run_width
from sleeve.engine.raster import RGB
from sleeve.engine.scripts import is_cjk
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts import swiss_layouts as layouts
from sleeve.engine.title_lines import CAP_RATIO, fit_lines
from sleeve.engine.title_parse import parse_title
from sleeve.engine.typography import MIN_CAP, display_text, title_cap

STYLE = StyleInfo(
    name="swiss_geometry",
    family="graphic",
    fits=("electronic", "jazz", "rock", "pop", "classical", "world", "folk"),
)

MARGIN = 0.075
GAP = 0.05  # between the title zone and the art
COMPOSITIONS = ("field", "circle", "arcs", "glyph", "grid", "bars", "bands", "barcode")
# weights for a calm (energy 0) and a loud (energy 1) track; mixed by the energy
CALM_WEIGHTS = (0.7, 3.0, 1.6, 1.7, 1.4, 1.2, 0.9, 0.4)  # a near-empty field read as a placeholder
LOUD_WEIGHTS = (0.2, 1.4, 0.9, 1.8, 3.0, 2.4, 2.6, 0.4)


def _colors(direction: ArtDirection, rng: np.random.Generator) -> tuple[RGB, RGB, list[RGB], RGB]:
    """Paper, ink, flat shape colours and the accent."""
    pal = direction.palette
    light = direction.valence >= 0.42
    paper = raster.ground(pal.background, 0.94 if light else 0.2, 0.018 if light else 0.03)
    on_light = rgb_to_oklch(paper)[0] > 0.6
    ink = raster.tone(pal.background, 0.2 if on_light else 0.93, 0.02)
    flats = [
        raster.vivid(c, rng.uniform(0.56, 0.72), 0.15 + 0.05 * direction.energy) for c in pal.colors
    ]
    accent = raster.vivid(pal.accent, 0.66, 0.2)
    return paper, ink, flats, accent


def composition(direction: ArtDirection, rng: np.random.Generator) -> str:
    """The composition from the energy and onset density (weights) and the seed."""
    e = float(np.clip(direction.energy, 0.0, 1.0))
    weights = (1 - e) * np.array(CALM_WEIGHTS) + e * np.array(LOUD_WEIGHTS)
    if direction.onsets and float(np.mean(direction.onsets)) > 0.35:
        weights[COMPOSITIONS.index("grid")] += 1.5
    return str(rng.choice(COMPOSITIONS, p=weights / weights.sum()))


def layout_of(direction: ArtDirection) -> str:
    """The name of the composition render draws for `direction`, without drawing: the
    composition, or "disc" for bands seen through one big disc (two in five)."""
    rng = raster.rng_for(direction, "swiss-composition")
    kind = composition(direction, rng)
    return "disc" if kind == "bands" and rng.random() < 0.4 else kind


def title_zone(direction: ArtDirection, rng: np.random.Generator) -> tuple[str, float]:
    """The edge ("top", "bottom" or "right") kept free for the title, and its depth as
    a share of the side: where the title layout will look first, as deep as the
    title block the pipeline will set (its lines at the language's size)."""
    layout = direction.layout
    if layout == "vertical" and is_cjk(direction.title):
        return "right", 0.24
    if layout == "bottom-left":
        edge = "bottom"
    elif layout in ("top-left", "edge"):
        edge = "top" if rng.random() < 0.8 else "bottom"
    else:
        edge = "top" if rng.random() < 0.5 else "bottom"
    return edge, float(np.clip(_title_depth(direction), 0.2, 0.62))


def _title_depth(direction: ArtDirection) -> float:
    """About how tall (share of the side, margin included) the pipeline's title block
    will be: its main lines fitted as typography fits them, plus a small line."""
    parts = parse_title(direction.title)
    text = display_text(parts.main, direction.font_role, direction.language.subgenre)
    face = title_face(text, direction.font_role, 800.0)
    cap = title_cap(direction, direction.layout)
    probe = 512
    lines, px = fit_lines(
        text,
        face,
        probe,
        width_frac=0.5 if direction.layout == "corner" else 0.86,
        measure=run_width,
        max_px=int(probe * cap / CAP_RATIO),
        min_px=int(probe * min(MIN_CAP, cap) / CAP_RATIO),
    )
    block = px * (1.08 * (len(lines) - 1) + 0.95)
    if parts.secondary or direction.artist:
        block += px * 0.6
    return block / probe + 0.075


def _frame(direction: ArtDirection, size: int, edge: str, depth: float, colours) -> layouts.Frame:
    """The art rectangle (the cover less the title zone and margins) and what it reads."""
    paper, ink, flats, accent = colours
    m, cut = MARGIN * size, (depth + GAP) * size
    art = {
        "top": (m, cut, size - m, size - m),
        "bottom": (m, m, size - m, size - cut),
        "right": (m, m, size - cut, size - m),
    }[edge]
    curve = np.asarray(direction.energy_curve or (0.5,), float)
    onsets = np.asarray(direction.onsets or tuple(curve[::2]), float)
    steps = int(np.clip(round(3 + (direction.tempo_bpm - 70.0) / 28.0), 3, 7))
    return layouts.Frame(size, art, paper, ink, tuple(flats), accent, curve, onsets, steps, edge)


def _zone_box(size: int, edge: str, depth: float) -> tuple[int, int, int, int]:
    """The title zone in pixels (x0, y0, x1, y1), from its edge to its depth."""
    cut = int(round(depth * size))
    return {
        "top": (0, 0, size, cut),
        "bottom": (0, size - cut, size, size),
        "right": (size - cut, 0, size, size),
    }[edge]


def _disc(art: Image.Image, paper: RGB, frame: layouts.Frame, rng: np.random.Generator):
    """The art seen through one big disc in the art rectangle, and the disc's box."""
    x0, y0, x1, y1 = frame.art
    r = min(x1 - x0, y1 - y0) / 2
    cx = x0 + r + (x1 - x0 - 2 * r) * rng.uniform(0, 1)
    cy = y0 + r + (y1 - y0 - 2 * r) * rng.uniform(0, 1)
    disc = Image.new("L", art.size, 0)
    box = (cx - r, cy - r, cx + r, cy + r)
    ImageDraw.Draw(disc).ellipse(box, fill=255)
    return Image.composite(art, Image.new("RGB", art.size, paper), disc), frame.fraction(box)


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the Swiss geometry cover (RGB, size x size)."""
    rng = raster.rng_for(direction, "swiss")
    colours = _colors(direction, rng)
    name = layout_of(direction)
    kind = "bands" if name == "disc" else name
    edge, depth = title_zone(direction, rng)
    if kind == "field":  # a flat colour field: the paper takes the most vivid hue
        hue = max(direction.palette.colors, key=lambda c: rgb_to_oklch(c)[1])
        light = direction.valence >= 0.5
        flat = raster.vivid(hue, 0.8 if light else 0.42, 0.13)
        ink = raster.tone(hue, 0.18 if rgb_to_oklch(flat)[0] > 0.6 else 0.95, 0.02)
        colours = (flat, ink, colours[2], colours[3])
    frame = _frame(direction, size, edge, depth, colours)
    art = Image.new("RGB", (size, size), colours[0])
    if kind == "glyph":
        focal = layouts.glyph(art, frame, rng, direction.title)
    else:
        draw = aggdraw.Draw(art)
        focal = getattr(layouts, kind)(draw, frame, rng)
        draw.flush()
    art.paste(colours[0], _zone_box(size, edge, depth + GAP * 0.5))  # the zone stays clear
    img = art
    if name == "disc":  # the bands seen through one big disc
        img, focal = _disc(art, colours[0], frame, rng)
    img = raster.multiply(img, raster.paper(raster.rng_for(direction, "swiss-paper"), 0.07))
    return Artwork(finish(img, direction, "swiss", 0.018), focal, name)
