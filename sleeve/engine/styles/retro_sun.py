"""Retro sun: a striped synthwave sunset over the song's mountains. Below the horizon is
one of four floors: a neon perspective grid, a wireframe terrain whose hills are the
energy curve, a road running to the sun, or still water that mirrors the sun in broken
bars; or a giant sun alone that fills the sky.

tempo -> sun stripes, brightness -> glow, valence -> night or pastel dusk sky,
density -> stars and grid lines, energy -> the scene (calm water and giant suns,
driving roads and terrain), the energy curve -> the mountain ridge on the horizon
and the terrain's hills, seed -> scene, horizon height, sun size and place,
vanishing point, mirrored or open ridge.
"""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import Image, ImageChops

from sleeve.engine import compose, raster
from sleeve.engine.color import oklch_to_rgb, rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.raster import RGB
from sleeve.engine.styles.base import Artwork, StyleInfo

STYLE = StyleInfo(
    name="retro_sun",
    family="graphic",
    fits=("synthwave",),
    only=("synthwave", "vaporwave", "outrun"),
)


def _colors(direction: ArtDirection) -> dict[str, RGB]:
    """Sky, sun, ground and neon colours in the palette's hues."""
    pal = direction.palette
    night = direction.valence < 0.62
    c0, c1 = pal.colors[0], pal.colors[1 % len(pal.colors)]
    sun_hue = rgb_to_oklch(c0)[2]
    if 95.0 <= sun_hue <= 200.0:  # green suns look wrong: fall back to sunset pink
        sun_hue = 355.0
    return {
        "sky_top": raster.tone(pal.background, 0.14 if night else 0.5, 0.07),
        "sky_mid": raster.tone(c1, 0.34 if night else 0.72, 0.12),
        "sky_low": raster.vivid(c0, 0.62 if night else 0.86, 0.16),
        "sun_top": oklch_to_rgb(0.92, 0.14, sun_hue + 50.0),
        "sun_low": oklch_to_rgb(0.64, 0.22, sun_hue),
        "ground": raster.tone(pal.background, 0.1 if night else 0.3, 0.05),
        "ground_far": raster.tone(c1, 0.22 if night else 0.45, 0.1),
        "ridge": raster.tone(pal.background, 0.13 if night else 0.4, 0.06),
        "neon": raster.vivid(c1, 0.72, 0.2),
    }


def _sun_mask(
    size: int, cx: float, cy: float, r: float, stripes: int, horizon: float
) -> Image.Image:
    """The sun disc with its lower half cut by thickening stripes (L mask)."""
    canvas = Image.new("RGB", (size, size), "black")
    draw = aggdraw.Draw(canvas)
    draw.ellipse(tuple(size * v for v in (cx - r, cy - r, cx + r, cy + r)), aggdraw.Brush("white"))
    black = aggdraw.Brush("black")
    top = cy - r * 0.2
    span = min(horizon, cy + r) - top
    for k in range(stripes):
        t = (k + 0.5) / stripes
        y = top + span * t**0.8
        gap = r * (0.025 + 0.09 * t)
        draw.rectangle((0, size * (y - gap / 2), size, size * (y + gap / 2)), black)
    draw.rectangle((0, size * horizon, size, size), black)
    draw.flush()
    return canvas.convert("L")


def _ridge(curve: np.ndarray, horizon: float, height: float, mirrored: bool) -> list[float]:
    """Polygon points (fractions) of the mountain ridge drawn from the energy curve."""
    xs = np.linspace(-0.02, 1.02, len(curve))
    if mirrored:  # symmetric ranges left and right, open in the middle
        curve = np.maximum(curve, curve[::-1]) * np.clip(np.abs(xs - 0.5) * 3.2, 0, 1)
    ys = horizon - height * curve
    pts = [(-0.02, horizon)] + list(zip(xs, ys, strict=True)) + [(1.02, horizon)]
    return [v for p in pts for v in p]


SCENES = ("water", "giant", "grid", "road", "terrain")  # calm ... driving


def _grid_floor(
    draw: aggdraw.Draw, size: int, col: dict[str, RGB], vx: float, horizon: float, dens: float
) -> None:
    """The classic neon floor: lines to the vanishing point and rows closing in."""
    neon = raster.pen(col["neon"], size * 0.0025, 220)
    lines = 9 + 2 * round(dens * 6)
    for k in range(-lines, lines + 1):
        draw.line((vx * size, horizon * size, (vx + k * 2.4 / lines) * size, size * 1.0), neon)
    rows = 6 + round(dens * 6)
    for k in range(1, rows + 1):
        y = horizon + (1 - horizon) * (k / rows) ** 2.2
        draw.line(
            (0, y * size, size, y * size),
            raster.pen(col["neon"], size * 0.0025 * (0.6 + k / rows), 220),
        )


def _terrain_floor(
    draw: aggdraw.Draw, size: int, col: dict[str, RGB], curve: np.ndarray, horizon: float
) -> None:
    """A wireframe landscape: rows of the energy curve, flat far away and rising into
    hills close up, each row hiding the ones behind it."""
    rows = 16
    xs = np.linspace(-0.05, 1.05, 90)
    hills = np.interp(np.linspace(0, 1, xs.size), np.linspace(0, 1, curve.size), curve)
    for k in range(rows, 0, -1):  # far rows first: each nearer row hides what is behind
        t = (rows - k + 1) / rows
        depth = t**2.2
        y0 = horizon + (1 - horizon) * depth
        lift = (0.02 + 0.22 * depth) * np.roll(hills, k * 5)
        ys = y0 - lift
        pts = [(-0.05, 1.05)] + list(zip(xs, ys, strict=True)) + [(1.05, 1.05)]
        flat = [v * size for p in pts for v in p]
        draw.polygon(flat, aggdraw.Brush(col["ground"]))
        draw.line(flat[2:-2], raster.pen(col["neon"], size * 0.002 * (0.5 + t), 230))


def _road_floor(
    draw: aggdraw.Draw, size: int, col: dict[str, RGB], vx: float, horizon: float
) -> None:
    """A road running straight to the sun: two edges, a dashed centre line, and a few
    side rows of the grid fading out."""
    neon = raster.pen(col["neon"], size * 0.003, 230)
    for edge in (-0.55, 0.55):
        draw.line((vx * size, horizon * size, (vx + edge) * size, size * 1.0), neon)
    dash = aggdraw.Brush(col["sun_top"])
    for k in range(1, 9):
        a, b = (k / 9) ** 2.2, ((k + 0.45) / 9) ** 2.2
        y0, y1 = horizon + (1 - horizon) * a, horizon + (1 - horizon) * b
        w0, w1 = 0.004 + 0.02 * a, 0.004 + 0.02 * b
        draw.polygon([v * size for v in (vx - w0, y0, vx + w0, y0, vx + w1, y1, vx - w1, y1)], dash)


def _water_floor(
    draw: aggdraw.Draw,
    size: int,
    col: dict[str, RGB],
    sun: tuple[float, float],
    horizon: float,
    rng: np.random.Generator,
) -> None:
    """Still water: the sun mirrored as broken horizontal bars that shorten and part
    towards the viewer."""
    cx, r = sun
    for k in range(14):
        t = k / 13
        y = horizon + 0.012 + (1 - horizon - 0.04) * t**1.4
        half = r * (0.95 - 0.55 * t) * rng.uniform(0.7, 1.05)
        shift = rng.normal(0, 0.015 + 0.03 * t)
        colour = col["sun_low"] if k % 2 else col["sun_top"]
        h = size * (0.004 + 0.006 * t)
        left, right = (cx - half + shift) * size, (cx + half + shift) * size
        draw.rectangle((left, y * size - h, right, y * size + h), aggdraw.Brush(colour, 200))


def _draw(direction: ArtDirection, size: int) -> Artwork:
    """The retro-sun art at `size`, before the finish."""
    rng = raster.rng_for(direction, "retro")
    col = _colors(direction)
    scene = compose.pick(rng, SCENES, direction.energy)
    horizon = rng.uniform(0.6, 0.7) if scene != "giant" else rng.uniform(0.8, 0.88)
    sky = [col["sky_top"], col["sky_mid"], col["sky_low"], col["ground_far"], col["ground"]]
    img = raster.linear_gradient(size, sky, 90.0, [0.0, horizon * 0.55, horizon, horizon, 1.0])
    draw = aggdraw.Draw(img)
    # stars
    for _ in range(int(40 + 160 * direction.density) if direction.valence < 0.62 else 0):
        x, y = rng.random(), rng.random() * horizon * 0.75
        s = size * rng.choice((0.0012, 0.0018, 0.003), p=(0.6, 0.3, 0.1))
        draw.ellipse(
            (x * size - s, y * size - s, x * size + s, y * size + s),
            aggdraw.Brush((255, 250, 240), int(rng.integers(90, 255))),
        )
    draw.flush()
    # the sun, its glow and its stripes
    cx = float(rng.choice((0.5, 0.5, 0.34, 0.66)))
    r = rng.uniform(0.2, 0.3) if scene != "giant" else rng.uniform(0.34, 0.42)
    # a giant sun sinks half under the horizon, leaving the top of the sky to the title
    cy = horizon - r * (rng.uniform(0.6, 0.95) if scene != "giant" else rng.uniform(0.2, 0.45))
    if scene in ("road", "terrain"):
        r *= 0.7  # a far sun over a long floor
    cy = max(cy, 0.24 + r)  # the top fifth of the sky stays clear for the title
    stripes = int(np.clip(round(3 + (direction.tempo_bpm - 60) / 20), 3, 10))
    mask = _sun_mask(size, cx, cy, r, stripes, horizon)
    grad = raster.linear_gradient(
        size, [col["sun_top"], col["sun_low"]], 90.0, [cy - r, horizon + 0.02]
    )
    halo = raster.fast_blur(
        Image.composite(grad, Image.new("RGB", img.size, "black"), mask), size * 0.06
    )
    img = ImageChops.screen(
        img, halo.point([round(v * (0.4 + 0.6 * direction.brightness)) for v in range(256)] * 3)
    )
    img = Image.composite(grad, img, mask)
    # the song's ridge and the neon grid
    curve = np.asarray(direction.energy_curve or (0.5,), dtype=np.float64)
    draw = aggdraw.Draw(img)
    ridge = _ridge(curve, horizon, rng.uniform(0.08, 0.16), bool(rng.random() < 0.4))
    neon = raster.pen(col["neon"], size * 0.0025, 220)
    draw.polygon([v * size for v in ridge], aggdraw.Brush(col["ridge"]))
    draw.line([v * size for v in ridge[2:-2]], neon)
    vx = cx + rng.uniform(-0.08, 0.08)
    if scene == "grid":
        _grid_floor(draw, size, col, vx, horizon, direction.density)
    elif scene == "terrain":
        _terrain_floor(draw, size, col, curve, horizon)
    elif scene == "road":
        _road_floor(draw, size, col, cx, horizon)
    elif scene == "water":
        _water_floor(draw, size, col, (cx, r), horizon, rng)
    draw.flush()
    img = raster.glow(img, size * 0.01, 0.25 + 0.35 * direction.brightness)
    img = raster.vignette(img, 0.25)
    sun = (cx - r, cy - r, cx + r, horizon)
    return Artwork(img, sun)


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the cover (RGB, size x size): the art at up to raster.work_size, the
    finish (grain) at full size."""
    art = _draw(direction, raster.work_size(size))
    image = finish(raster.to_size(art.image, size), direction, "retro", 0.028)
    return Artwork(image, art.focal)
