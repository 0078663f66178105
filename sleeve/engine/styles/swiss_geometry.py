"""Swiss / Bauhaus geometry: circles, half-discs, bars and triangles on a beat grid.

tempo -> grid (slow songs get a few big cells, fast ones a fine grid), density
-> how many cells carry a shape, the energy curve -> a band of bars that reads
as the song, key/accent -> the one accent shape, seed -> which cells, which
shapes, which way they turn, and where the hero shape sits. One row or column
stays empty for the title.
"""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.raster import RGB
from sleeve.engine.styles.base import Artwork, StyleInfo

STYLE = StyleInfo(
    name="swiss_geometry",
    family="graphic",
    fits=("electronic", "jazz", "rock", "pop", "classical", "world", "folk"),
)

MARGIN = 0.075
SHAPES = ("circle", "half", "quarter", "triangle", "bar", "square", "ring")


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


def _grid(direction: ArtDirection) -> int:
    """Cells per side from the tempo: 3 (slow) .. 7 (fast)."""
    return int(np.clip(round(3 + (direction.tempo_bpm - 70.0) / 28.0), 3, 7))


def _cell_shape(
    draw: aggdraw.Draw, kind: str, box: tuple[float, float, float, float], turn: int, color: RGB
) -> None:
    """Draw one flat shape filling a box (x0, y0, x1, y1) in pixels, turned by 90° steps."""
    x0, y0, x1, y1 = box
    w = x1 - x0
    brush = aggdraw.Brush(color)
    if kind == "circle":
        draw.ellipse(box, brush)
    elif kind == "ring":
        inset = w * 0.1
        draw.ellipse((x0 + inset, y0 + inset, x1 - inset, y1 - inset), aggdraw.Pen(color, w * 0.2))
    elif kind == "half":
        draw.pieslice(box, 90 * turn, 90 * turn + 180, brush)
    elif kind == "quarter":
        cx, cy = (x0, x1)[turn in (1, 2)], (y0, y1)[turn >= 2]
        draw.pieslice((cx - w, cy - w, cx + w, cy + w), *_quarter_angles(turn), brush)
    elif kind == "triangle":
        corners = [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]
        tri = [corners[(turn + k) % 4] for k in range(3)]
        draw.polygon([v for p in tri for v in p], brush)
    elif kind == "bar":
        t = w * 0.28
        draw.rectangle(
            (x0, y0 + w / 2 - t / 2, x1, y0 + w / 2 + t / 2)
            if turn % 2
            else (x0 + w / 2 - t / 2, y0, x0 + w / 2 + t / 2, y1),
            brush,
        )
    else:
        draw.rectangle(box, brush)


def _quarter_angles(turn: int) -> tuple[float, float]:
    """Start/end angles of a quarter disc whose centre is the box corner `turn`."""
    return {0: (270.0, 360.0), 1: (180.0, 270.0), 2: (90.0, 180.0), 3: (0.0, 90.0)}[turn]


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the Swiss geometry cover (RGB, size x size)."""
    rng = raster.rng_for(direction, "swiss")
    paper, ink, flats, accent = _colors(direction, rng)
    img = Image.new("RGB", (size, size), paper)
    n = _grid(direction)
    cell = (1 - 2 * MARGIN) / n
    keep_free = int(rng.choice((0, n - 1)))  # the title row (top or bottom) stays calm
    free_is_row = bool(rng.random() < 0.75)
    cells = [(r, c) for r in range(n) for c in range(n) if (r if free_is_row else c) != keep_free]
    draw = aggdraw.Draw(img)
    px = size * cell

    def box(r: float, c: float, span: float = 1.0) -> tuple[float, float, float, float]:
        x0, y0 = size * (MARGIN + c * cell), size * (MARGIN + r * cell)
        return (x0, y0, x0 + px * span, y0 + px * span)

    # the hero: one big shape across 2x2 (or 3x3 on fine grids) cells
    span = 2 if n < 6 else 3
    hr = int(rng.integers(0, n - span + 1))
    hc = int(rng.integers(0, n - span + 1))
    if free_is_row and keep_free in range(hr, hr + span):
        hr = 1 if keep_free == 0 else n - span - 1
    if not free_is_row and keep_free in range(hc, hc + span):
        hc = 1 if keep_free == 0 else n - span - 1
    hero_kind = str(rng.choice(("circle", "half", "quarter", "ring")))
    _cell_shape(draw, hero_kind, box(hr, hc, span), int(rng.integers(4)), flats[0])
    # cells: density decides how many carry a shape
    count = round(len(cells) * (0.25 + 0.5 * direction.density))
    picks = rng.permutation(len(cells))[:count]
    accent_at = int(rng.integers(count)) if count else -1
    for k, idx in enumerate(picks):
        r, c = cells[idx]
        if hr <= r < hr + span and hc <= c < hc + span and rng.random() < 0.7:
            continue
        kind = str(rng.choice(SHAPES, p=(0.2, 0.2, 0.18, 0.14, 0.12, 0.06, 0.1)))
        color = (
            accent
            if k == accent_at
            else (ink if rng.random() < 0.22 else flats[int(rng.integers(len(flats)))])
        )
        _cell_shape(draw, kind, box(r, c), int(rng.integers(4)), color)
    # the song as a band of bars along one grid line
    band_r = int(rng.integers(n))
    curve = np.asarray(direction.energy_curve or (0.5,))
    bars = 24 + round(direction.density * 24)
    vals = np.interp(np.linspace(0, 1, bars), np.linspace(0, 1, len(curve)), curve)
    bw = (1 - 2 * MARGIN) / bars
    brush = aggdraw.Brush(ink)
    base = size * (MARGIN + (band_r + 1) * cell)
    for i, v in enumerate(vals):
        x = size * (MARGIN + i * bw)
        draw.rectangle(
            (x + size * bw * 0.25, base - px * 0.9 * v, x + size * bw * 0.75, base), brush
        )
    draw.flush()
    img = raster.multiply(img, raster.paper(raster.rng_for(direction, "swiss-paper"), 0.07))
    hero = (
        MARGIN + hc * cell,
        MARGIN + hr * cell,
        MARGIN + (hc + span) * cell,
        MARGIN + (hr + span) * cell,
    )
    return Artwork(finish(img, direction, "swiss", 0.018), hero)
