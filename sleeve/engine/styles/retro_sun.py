"""Retro sun: a synthwave sunset whose whole composition moves with the song. A plan
(horizon height, sun size, place and crop, stripe count and rhythm, floor, skyline,
sky mood) is drawn once per track, then painted: a sky of night neon, orange dusk or
vaporwave pastel; a sun that is striped, sliced into bars or drawn as neon rings;
mountains from the energy curve, palm silhouettes, a city skyline or chrome
pyramids on the horizon; and a floor of neon grid (its vanishing point off the sun),
wireframe terrain, a road, mirrored water or a pastel checkerboard.

tempo -> the stripes (count) and the rings, energy -> the floor (calm water ..
driving road and terrain) and the stripe rhythm, valence and the subgenre -> night,
dusk or pastel, density -> stars, grid lines and towers, brightness -> glow, the
energy curve -> the ridge and the terrain, seed -> everything else in the plan.
"""

from __future__ import annotations

from dataclasses import dataclass

import aggdraw
import numpy as np
from PIL import Image, ImageChops

from sleeve.engine import compose, raster
from sleeve.engine.color import oklch_to_rgb, rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.raster import RGB
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts import calm_zone, retro_skyline

STYLE = StyleInfo(
    name="retro_sun",
    family="graphic",
    fits=("synthwave",),
    only=("synthwave", "vaporwave", "outrun"),
)

FLOORS = ("water", "checker", "grid", "road", "terrain")  # calm ... driving
SKYLINES = ("mountains", "palms", "city", "pyramids", "none")
# the layout's name is the skyline's: the sun over a floor is common to all; what
# stands on the horizon is what a viewer tells two covers apart by
LAYOUTS = {"none": "open"}
SUNS = ("striped", "bars", "rings")
MOODS = ("night", "dusk", "pastel")


@dataclass(frozen=True)
class Plan:
    """One track's composition, drawn from its seed and music (size-free)."""

    mood: str
    floor: str
    skyline: str
    sun: str
    horizon: float
    cx: float
    cy: float
    r: float
    stripes: int
    even: bool
    vx: float
    band: str


def _mood(direction: ArtDirection, rng: np.random.Generator) -> str:
    """Night, dusk or pastel: vaporwave leans pastel, happy songs dusk, sad ones night."""
    sub = direction.language.subgenre
    lean = {"night": 1.6 - direction.valence, "dusk": 0.5 + direction.valence, "pastel": 0.5}
    if sub == "vaporwave":
        lean["pastel"] += 2.0
    weights = np.array([lean[m] for m in MOODS])
    return MOODS[int(rng.choice(3, p=weights / weights.sum()))]


def plan(direction: ArtDirection) -> Plan:
    """The track's composition: every choice that moves layout, scale and crop."""
    rng = raster.rng_for(direction, "retro")
    band = calm_zone.title_band(direction, raster.rng_for(direction, "retro-zone"))
    mood = _mood(direction, rng)
    floor = compose.pick(rng, FLOORS, direction.energy)
    if floor == "checker" and mood != "pastel" and rng.random() < 0.6:
        floor = "grid"
    lean = {"night": "city", "dusk": "palms", "pastel": "pyramids"}[mood]
    weights = np.array([2.2 if s == lean else 1.0 for s in SKYLINES])
    skyline = SKYLINES[int(rng.choice(len(SKYLINES), p=weights / weights.sum()))]
    sun = SUNS[int(rng.choice(3, p=(0.5, 0.3, 0.2)))]
    horizon = rng.uniform(0.5, 0.8)
    if band == "bottom":
        horizon = min(horizon, rng.uniform(0.55, 0.66))  # the floor is short under a title
    r = rng.uniform(0.16, 0.44) * (0.8 if floor in ("road", "terrain") else 1.0)
    # off-centre suns crop at the edge; centred ones sit on the vanishing line
    cx = float(rng.choice((0.5, rng.uniform(0.28, 0.72), rng.choice((0.2, 0.8)))))
    cy = horizon - r * rng.uniform(0.05, 0.95)
    if band == "top":
        cy = max(cy, 0.3 + r * 0.75)  # the top band stays mostly sky for the title
    cy = max(cy, r * 0.85)  # a crop by the top edge, never a sliver of sun
    stripes = int(np.clip(round(direction.tempo_bpm / 14.0), 3, 13))
    even = bool(rng.random() < 0.25 + 0.5 * direction.energy)
    vx = float(np.clip(cx + rng.uniform(-0.22, 0.22), 0.15, 0.85))
    return Plan(mood, floor, skyline, sun, horizon, cx, cy, r, stripes, even, vx, band)


def _layout(p: Plan) -> str:
    """The layout's name for a plan: its skyline's."""
    return LAYOUTS.get(p.skyline, p.skyline)


def layout_of(direction: ArtDirection) -> str:
    """The composition render draws for `direction`, from the plan alone."""
    return _layout(plan(direction))


def _colors(direction: ArtDirection, mood: str) -> dict[str, RGB]:
    """Sky, sun, ground and neon colours in the palette's hues, for the mood."""
    pal = direction.palette
    c0, c1 = pal.colors[0], pal.colors[1 % len(pal.colors)]
    sun_hue = rgb_to_oklch(c0)[2]
    if 95.0 <= sun_hue <= 200.0:  # green suns look wrong: fall back to sunset pink
        sun_hue = 355.0
    neon_hue = rgb_to_oklch(c1)[2]
    night_hue = 250.0 + (rgb_to_oklch(pal.background)[2] % 90.0)  # blue .. violet
    if abs((neon_hue - sun_hue + 180) % 360 - 180) < 40:  # neon apart from the sun
        neon_hue = (sun_hue + 160.0) % 360
    if mood == "pastel":
        return {
            "sky": [oklch_to_rgb(0.8, 0.08, neon_hue), oklch_to_rgb(0.86, 0.07, sun_hue - 20)],
            "sun_top": oklch_to_rgb(0.9, 0.15, sun_hue + 45.0),
            "sun_low": oklch_to_rgb(0.66, 0.21, sun_hue),
            "ground": oklch_to_rgb(0.55, 0.09, neon_hue + 30),
            "ground_far": oklch_to_rgb(0.75, 0.08, neon_hue),
            "ridge": oklch_to_rgb(0.62, 0.08, neon_hue + 20),
            "neon": oklch_to_rgb(0.96, 0.05, neon_hue),
            "stars": 0,
        }
    if mood == "dusk":
        return {
            "sky": [oklch_to_rgb(0.3, 0.1, night_hue), oklch_to_rgb(0.68, 0.16, sun_hue + 35)],
            "sun_top": oklch_to_rgb(0.95, 0.13, 95.0),
            "sun_low": oklch_to_rgb(0.68, 0.21, sun_hue),
            "ground": oklch_to_rgb(0.16, 0.06, night_hue),
            "ground_far": oklch_to_rgb(0.36, 0.12, sun_hue - 20),
            "ridge": oklch_to_rgb(0.2, 0.07, night_hue + 10),
            "neon": oklch_to_rgb(0.74, 0.19, neon_hue),
            "stars": 30,
        }
    return {
        "sky": [raster.tone(pal.background, 0.12, 0.07), raster.vivid(c1, 0.4, 0.14)],
        "sun_top": oklch_to_rgb(0.92, 0.14, sun_hue + 50.0),
        "sun_low": oklch_to_rgb(0.64, 0.22, sun_hue),
        "ground": raster.tone(pal.background, 0.09, 0.05),
        "ground_far": oklch_to_rgb(0.24, 0.1, neon_hue),
        "ridge": raster.tone(pal.background, 0.12, 0.06),
        "neon": oklch_to_rgb(0.74, 0.2, neon_hue),
        "stars": 200,
    }


def _vertical(size: int, stops: list[RGB], positions: list[float]) -> Image.Image:
    """A top-down gradient, one colour per row (a column stretched sideways: a
    quarter of the cost of a square field scaled up)."""
    lut = raster.color_lut(stops, positions, 1024)
    rows = raster.apply_lut((np.arange(size, dtype=np.float32) + 0.5) / size, lut)
    column = Image.fromarray(np.ascontiguousarray(rows[:, None, :]), "RGB")
    return column.resize((size, size), Image.Resampling.NEAREST)


def _sun_mask(size: int, p: Plan) -> Image.Image:
    """The sun as an L mask: a disc cut by stripes (thickening downwards, or even for
    driving songs), sliced into bars over its whole height, or neon rings."""
    canvas = Image.new("L", (size, size), 0)
    draw = aggdraw.Draw(canvas)
    cx, cy, r = p.cx, p.cy, p.r
    box = tuple(size * v for v in (cx - r, cy - r, cx + r, cy + r))
    if p.sun == "rings":
        rings = max(3, p.stripes // 2)
        for k in range(rings):
            rr = r * (1 - k / rings)
            box = tuple(size * v for v in (cx - rr, cy - rr, cx + rr, cy + rr))
            draw.ellipse(box, aggdraw.Pen(255, size * r * (0.09 - 0.04 * k / rings)))
        draw.ellipse(
            tuple(size * v for v in (cx - r * 0.2, cy - r * 0.2, cx + r * 0.2, cy + r * 0.2)),
            aggdraw.Brush(255),
        )
    else:
        draw.ellipse(box, aggdraw.Brush(255))
        black = aggdraw.Brush(0)
        top = cy - r * (0.9 if p.sun == "bars" else 0.15)
        seen = p.horizon - (cy - r)  # a sun sunk deep still shows its stripes
        top = min(top, cy - r + seen * 0.35)
        span = min(p.horizon, cy + r) - top
        for k in range(p.stripes):
            t = (k + 0.5) / p.stripes
            y = top + span * (t if p.even else t**0.8)
            gap = r * (0.05 if p.even else 0.02 + 0.1 * t) * (0.6 if p.sun == "bars" else 1.0)
            draw.rectangle((0, size * (y - gap / 2), size, size * (y + gap / 2)), black)
    draw.rectangle((0, size * p.horizon, size, size), aggdraw.Brush(0))
    draw.flush()
    return canvas


def _grid_floor(draw: aggdraw.Draw, size: int, col: dict, p: Plan, dens: float) -> None:
    """The classic neon floor: lines to the vanishing point and rows closing in."""
    lines = 7 + 2 * round(dens * 6)
    for k in range(-lines - 4, lines + 5):
        draw.line(
            (p.vx * size, p.horizon * size, (p.vx + k * 2.4 / lines) * size, size * 1.0),
            raster.pen(col["neon"], size * 0.0025, 220),
        )
    rows = 6 + round(dens * 6)
    for k in range(1, rows + 1):
        y = p.horizon + (1 - p.horizon) * (k / rows) ** 2.2
        draw.line(
            (0, y * size, size, y * size),
            raster.pen(col["neon"], size * 0.0025 * (0.6 + k / rows), 220),
        )


def _checker_floor(draw: aggdraw.Draw, size: int, col: dict, p: Plan) -> None:
    """A vaporwave checkerboard running to the vanishing point."""
    cols, rows = 14, 9
    ys = [p.horizon + (1 - p.horizon) * (k / rows) ** 2.0 for k in range(rows + 1)]
    brush = aggdraw.Brush(col["neon"], 235)
    for j in range(rows):
        y0, y1 = ys[j], ys[j + 1]
        d0, d1 = (y0 - p.horizon) / (1 - p.horizon), (y1 - p.horizon) / (1 - p.horizon)
        for i in range(-cols, cols):
            if (i + j) % 2:
                continue
            a, b = i * 2.4 / cols, (i + 1) * 2.4 / cols
            draw.polygon(
                [
                    size * v
                    for v in (
                        p.vx + a * d0,
                        y0,
                        p.vx + b * d0,
                        y0,
                        p.vx + b * d1,
                        y1,
                        p.vx + a * d1,
                        y1,
                    )
                ],
                brush,
            )


def _terrain_floor(draw: aggdraw.Draw, size: int, col: dict, curve: np.ndarray, p: Plan) -> None:
    """A wireframe landscape: rows of the energy curve, flat far away and rising into
    hills close up, each row hiding the ones behind it."""
    rows = 16
    xs = np.linspace(-0.05, 1.05, 90)
    hills = np.interp(np.linspace(0, 1, xs.size), np.linspace(0, 1, curve.size), curve)
    valley = np.clip(np.abs(xs - p.vx) * 2.5, 0.15, 1.0)  # the road's valley at the vanishing point
    for k in range(rows, 0, -1):  # far rows first: each nearer row hides what is behind
        t = (rows - k + 1) / rows
        depth = t**2.2
        y0 = p.horizon + (1 - p.horizon) * depth
        ys = y0 - (0.02 + 0.22 * depth) * np.roll(hills, k * 5) * valley
        pts = [(-0.05, 1.05)] + list(zip(xs, ys, strict=True)) + [(1.05, 1.05)]
        flat = [v * size for q in pts for v in q]
        draw.polygon(flat, aggdraw.Brush(col["ground"]))
        draw.line(flat[2:-2], raster.pen(col["neon"], size * 0.002 * (0.5 + t), 230))


def _road_floor(draw: aggdraw.Draw, size: int, col: dict, p: Plan) -> None:
    """A road running to the vanishing point: two edges and a dashed centre line."""
    neon = raster.pen(col["neon"], size * 0.003, 230)
    for edge in (-0.55, 0.55):
        draw.line((p.vx * size, p.horizon * size, (p.vx + edge) * size, size * 1.0), neon)
    dash = aggdraw.Brush(col["sun_top"])
    for k in range(1, 9):
        a, b = (k / 9) ** 2.2, ((k + 0.45) / 9) ** 2.2
        y0, y1 = p.horizon + (1 - p.horizon) * a, p.horizon + (1 - p.horizon) * b
        w0, w1 = 0.004 + 0.02 * a, 0.004 + 0.02 * b
        draw.polygon(
            [v * size for v in (p.vx - w0, y0, p.vx + w0, y0, p.vx + w1, y1, p.vx - w1, y1)], dash
        )


def _water_floor(
    draw: aggdraw.Draw, size: int, col: dict, p: Plan, rng: np.random.Generator
) -> None:
    """Still water: the sun mirrored as broken bars that shorten and part towards the
    viewer."""
    for k in range(14):
        t = k / 13
        y = p.horizon + 0.012 + (1 - p.horizon - 0.04) * t**1.4
        half = p.r * (0.95 - 0.55 * t) * rng.uniform(0.7, 1.05)
        shift = rng.normal(0, 0.015 + 0.03 * t)
        colour = col["sun_low"] if k % 2 else col["sun_top"]
        h = size * (0.004 + 0.006 * t)
        left, right = (p.cx - half + shift) * size, (p.cx + half + shift) * size
        draw.rectangle((left, y * size - h, right, y * size + h), aggdraw.Brush(colour, 200))


def _draw(direction: ArtDirection, size: int) -> Artwork:
    """The retro-sun art at `size`, before the finish."""
    p = plan(direction)
    rng = raster.rng_for(direction, "retro-paint")
    col = _colors(direction, p.mood)
    sky = [*col["sky"], col["ground_far"], col["ground"]]
    img = _vertical(size, sky, [0.0, p.horizon, p.horizon, 1.0])
    draw = aggdraw.Draw(img)
    for _ in range(int(col["stars"] * (0.2 + direction.density))):
        x, y = rng.random(), rng.random() * p.horizon * 0.8
        s = size * rng.choice((0.0012, 0.0018, 0.003), p=(0.6, 0.3, 0.1))
        draw.ellipse(
            (x * size - s, y * size - s, x * size + s, y * size + s),
            aggdraw.Brush((255, 250, 240), int(rng.integers(90, 255))),
        )
    draw.flush()
    mask = _sun_mask(size, p)
    grad = _vertical(size, [col["sun_top"], col["sun_low"]], [p.cy - p.r, p.horizon + 0.02])
    halo = raster.fast_blur(Image.composite(grad, Image.new("RGB", img.size), mask), size * 0.06)
    gain = 0.4 + 0.6 * direction.brightness
    img = ImageChops.screen(img, halo.point([round(v * gain) for v in range(256)] * 3))
    img = Image.composite(grad, img, mask)
    curve = np.asarray(direction.energy_curve or (0.5,), dtype=np.float64)
    draw = aggdraw.Draw(img)
    if p.floor == "grid":
        _grid_floor(draw, size, col, p, direction.density)
    elif p.floor == "checker":
        _checker_floor(draw, size, col, p)
    elif p.floor == "terrain":
        _terrain_floor(draw, size, col, curve, p)
    elif p.floor == "road":
        _road_floor(draw, size, col, p)
    else:
        _water_floor(draw, size, col, p, rng)
    # the skyline after the floor: palms stand on it, not behind its lines
    crown = retro_skyline.draw(draw, size, p.skyline, p.horizon, curve, col, rng, direction.density)
    draw.flush()
    img = raster.glow(img, size * 0.01, 0.25 + 0.35 * direction.brightness)
    img = raster.vignette(img, 0.25 if p.mood != "pastel" else 0.12)
    # the sun (and its reflection on water) with the skyline's tall shapes
    low = 0.97 if p.floor == "water" else p.horizon
    crown = crown or (p.cx, p.cy, p.cx, p.horizon)
    focal = (
        max(0.0, min(p.cx - p.r, crown[0])),
        max(0.0, min(p.cy - p.r, crown[1])),
        min(1.0, max(p.cx + p.r, crown[2])),
        max(low, crown[3]),
    )
    return Artwork(img, focal, _layout(p))


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the cover (RGB, size x size): the art at up to raster.work_size, the
    finish (grain) at full size."""
    art = _draw(direction, raster.work_size(size))
    image = finish(raster.to_size(art.image, size), direction, "retro", 0.028)
    return Artwork(image, art.focal, art.layout)
