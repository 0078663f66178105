"""Retro sun: synthwave's striped sun, perspective grid and neon in thirteen
compositions with their own skeletons.

Three synthwave tracks in one account never look like one template: a tiny sun in a
vast sky, a mirrored lake, neon rings behind mountains, a vaporwave grid wall, the
classic sunset with a skyline, a grid tunnel, the sunset behind the car held in its
rear-view mirror and a night highway, drawn by energy; a moon over a neon sea and the
car itself from behind with its red tail light, drawn when the title or the tags name
the night, the sea or a road (cover_parts.retro_night); and the frame-filling sun
(over chrome-edged wireframe mountains, behind a chrome bar, slipped by a VHS tracking
band), kept for titles naming the sun (cover_parts.retro_plan). Each track also draws
one of five colour schemes (retro_colors) and may be mirrored.

energy -> the composition (calm open skies .. driving roads) and the classic's floor,
tempo -> the stripes and the tail light's slats, valence and the subgenre -> the
scheme and the moon's phase, density -> stars and grid lines, brightness -> glow, the
energy curve -> ridges, terrain and waves, seed -> everything else in the plan.
"""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import ImageOps

from sleeve.engine import raster
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts import (
    retro_colors,
    retro_drive,
    retro_kit,
    retro_night,
    retro_range,
    retro_scenes,
    retro_skyline,
)
from sleeve.engine.styles.cover_parts.retro_plan import Plan, plan

STYLE = StyleInfo(
    name="retro_sun",
    family="graphic",
    fits=("synthwave",),
    only=("synthwave", "vaporwave", "outrun"),
    subjects=("road", "night", "sea", "sun", "city"),
)
# registry.draws_named: which compositions draw what the title names (plan)
SUBJECT_LAYOUTS = {
    "road": ("taillights",),
    "night": ("moonwake",),
    "sea": ("moonwake", "mirror"),
    "sun": ("range", "overhead", "tracking", "mirror"),
    "city": ("horizon",),
}


def layout_of(direction: ArtDirection) -> str:
    """The composition render draws for `direction`, from the plan alone."""
    return plan(direction).layout


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


def _horizon(
    direction: ArtDirection, size: int, p: Plan, col: dict, rng: np.random.Generator
) -> retro_scenes.Scene:
    """The classic sunset: a floor (water, checker, grid, road or terrain) to a
    vanishing point off the sun, and a skyline on the horizon."""
    sky = [*col["sky"], col["ground_far"], col["ground"]]
    img = retro_kit.vertical(size, sky, [0.0, p.horizon, p.horizon, 1.0])
    draw = aggdraw.Draw(img)
    retro_kit.stars(draw, size, rng, int(col["stars"] * (0.2 + direction.density)), p.horizon * 0.8)
    draw.flush()
    mask = retro_kit.sun_mask(size, (p.cx, p.cy, p.r), p.sun, p.stripes, p.even, p.horizon)
    span = (p.cy - p.r, p.horizon + 0.02)
    img = retro_kit.paint_sun(img, mask, col, span, 0.4 + 0.6 * direction.brightness)
    curve = np.asarray(direction.energy_curve or (0.5,), dtype=np.float64)
    draw = aggdraw.Draw(img)
    if p.floor == "grid":
        retro_kit.grid(draw, size, col["grid"], (p.vx, p.horizon), direction.density)
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
    # the sun (and its reflection on water) with the skyline's tall shapes
    low = 0.97 if p.floor == "water" else p.horizon
    crown = crown or (p.cx, p.cy, p.cx, p.horizon)
    focal = (
        max(0.0, min(p.cx - p.r, crown[0])),
        max(0.0, min(p.cy - p.r, crown[1])),
        min(1.0, max(p.cx + p.r, crown[2])),
        max(low, crown[3]),
    )
    return img, focal


def _rearview(
    direction: ArtDirection, size: int, p: Plan, col: dict, rng: np.random.Generator
) -> retro_scenes.Scene:
    """The classic sunset held in a car's rear-view mirror (retro_drive)."""
    return retro_drive.rearview(direction, size, p, col, rng, _horizon)


SCENES = {
    "void": retro_scenes.void,
    "mirror": retro_scenes.mirror,
    "halo": retro_scenes.halo,
    "range": retro_range.range_,
    "wall": retro_scenes.wall,
    "overhead": retro_scenes.overhead,
    "tracking": retro_scenes.tracking,
    "tunnel": retro_scenes.tunnel,
    "rearview": _rearview,
    "highway": retro_scenes.highway,
    "moonwake": retro_night.moonwake,
    "taillights": retro_night.taillights,
}


def _draw(direction: ArtDirection, size: int) -> Artwork:
    """The retro-sun art at `size`, before the finish: the plan's scene, glow and
    vignette, mirrored when the plan says so."""
    p = plan(direction)
    rng = raster.rng_for(direction, "retro-paint")
    col = retro_colors.colors(direction, p.scheme)
    scene = SCENES.get(p.layout, _horizon)
    img, focal = scene(direction, size, p, col, rng)
    img = raster.glow(img, size * 0.01, 0.25 + 0.35 * direction.brightness)
    img = raster.vignette(img, 0.25 if retro_colors.dark(col) else 0.12)
    if p.flip:
        img = ImageOps.mirror(img)
        focal = (1.0 - focal[2], focal[1], 1.0 - focal[0], focal[3])
    return Artwork(img, focal, p.layout)


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the cover (RGB, size x size): the art at up to raster.work_size, the
    finish (grain) at full size."""
    art = _draw(direction, raster.work_size(size))
    image = finish(raster.to_size(art.image, size), direction, "retro", 0.028)
    return Artwork(image, art.focal, art.layout)
