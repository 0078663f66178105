"""The retro sun seen from the driver's seat and the chrome horizon: the classic
sunset held in a car's rear-view mirror over a night windscreen and a dark dashboard
(rearview), and the chrome bar a huge cropped sun sets behind (overhead's horizon).
Drawn unmirrored (the style mirrors the finished picture)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import aggdraw
import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from sleeve.engine import raster
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts import calm_zone, retro_kit
from sleeve.engine.styles.cover_parts.retro_plan import Plan

Box = tuple[float, float, float, float]
Scene = tuple[Image.Image, Box]
Painter = Callable[[ArtDirection, int, Plan, dict, np.random.Generator], Scene]
MIRROR_W, MIRROR_H = 0.86, 0.36  # the mirror's size (fractions of the side)


def _mirror_box(p: Plan, reach: float) -> Box:
    """The mirror, high over a title at the bottom, low under one at the top, clear of
    how far the title's block reaches (`reach`, calm_zone.title_reach)."""
    half = MIRROR_H / 2
    if p.band == "top":
        cy = min(max(0.62, reach + 0.04 + half), 0.68)
    else:
        cy = max(min(0.34, 1.0 - reach - 0.04 - half), 0.24)
    x0 = (1.0 - MIRROR_W) / 2
    return (x0, cy - MIRROR_H / 2, x0 + MIRROR_W, cy + MIRROR_H / 2)


def _inner_plan(p: Plan, box: Box, rng: np.random.Generator) -> Plan:
    """The plan of the sunset the mirror holds: a road to a low sun centred in it, the
    horizon bare (palms, towers and hills, drawn for the whole frame, hid the sun)."""
    x0, y0, x1, y1 = box
    horizon = y0 + (y1 - y0) * 0.58
    r = (y1 - y0) * float(rng.uniform(0.36, 0.46))
    cx = (x0 + x1) / 2 + float(rng.uniform(-0.08, 0.08))
    return replace(
        p, horizon=horizon, cx=cx, cy=horizon - r * 0.35, r=r, vx=0.5, floor="road",
        skyline="none", sun="striped" if p.sun == "rings" else p.sun,
    )  # fmt: skip


def _windscreen(size: int, col: dict, rng: np.random.Generator, dash: float) -> Image.Image:
    """The night ahead through the windscreen: the sky's dark top down to a faint
    glow on the road's horizon, stars."""
    night, glow = col["sky"][0], col["ground_far"]
    img = retro_kit.vertical(size, [night, night, glow, col["ground"]], [0.0, 0.5, dash, 1.0])
    draw = aggdraw.Draw(img)
    retro_kit.stars(draw, size, rng, max(40, col["stars"]), dash - 0.05)
    draw.flush()
    return img


def _rounded(draw: ImageDraw.ImageDraw, box: Box, size: int, fill: int, grow: float = 0.0) -> None:
    x0, y0, x1, y1 = (v * size for v in box)
    g = grow * size
    radius = (y1 - y0) * 0.42 + g
    draw.rounded_rectangle((x0 - g, y0 - g, x1 + g, y1 + g), radius=radius, fill=fill)


def rearview(
    d: ArtDirection, size: int, p: Plan, col: dict, rng: np.random.Generator, paint: Painter
) -> Scene:
    """The sunset behind the car, held in the rear-view mirror (the road running back
    to a low striped sun on a bare horizon), over the night windscreen
    ahead, the pillars and the dashboard black, the mirror's rim catching the neon."""
    box = _mirror_box(p, calm_zone.title_reach(d))
    inner, _ = paint(d, size, _inner_plan(p, box, rng), col, rng)
    dash = 0.86 if p.band == "top" else 0.9
    img = _windscreen(size, col, rng, dash)
    shapes = Image.new("L", (size, size), 0)
    car = ImageDraw.Draw(shapes)
    xs = np.linspace(0.0, 1.0, 33)
    bow = dash - 0.04 * (1.0 - (2.0 * xs - 1.0) ** 2)
    car.polygon([(x * size, y * size) for x, y in zip(xs, bow, strict=True)] + [
        (size, size), (0, size)], fill=255)  # fmt: skip
    for side in (0.0, 1.0):  # the pillars, leaning in to the roof
        pts = [(side, 1.0), (abs(side - 0.05), dash), (abs(side - 0.13), 0.0), (side, 0.0)]
        car.polygon([(x * size, y * size) for x, y in pts], fill=255)
    stem = (0.5 * size, 0.0, 0.5 * size, box[1] * size)
    car.line(stem, fill=255, width=max(2, size // 60))
    _rounded(car, box, size, 255, 0.018)  # the mirror's housing
    black = Image.new("RGB", (size, size), raster.tone(col["ground"], 0.08, 0.03))
    img.paste(black, (0, 0), shapes)
    rim = Image.new("L", (size, size), 0)
    _rounded(ImageDraw.Draw(rim), box, size, 255, 0.006)
    glass = Image.new("L", (size, size), 0)
    _rounded(ImageDraw.Draw(glass), box, size, 255)
    img.paste(col["neon"], (0, 0), rim)
    img.paste(inner, (0, 0), glass.filter(ImageFilter.GaussianBlur(size / 900)))
    return img, box


def chrome_bar(img: Image.Image, horizon: float, col: dict) -> Image.Image:
    """A chrome bar along the horizon: a white highlight on top, the sky's neon in the
    upper face, a dark seam, the sun's low colour reflected in the lower face."""
    size = img.size[0]
    top, low = int((horizon - 0.022) * size), int((horizon + 0.045) * size)
    stops = [(250, 250, 255), col["neon"], (18, 16, 28), col["sun_low"], col["ground"]]
    band = retro_kit.vertical(size, stops, [0.0, 0.34, 0.5, 0.62, 1.0])
    img.paste(band.resize((size, max(2, low - top)), Image.Resampling.BILINEAR), (0, top))
    return img
