"""The grey scenes xerox collage copies (through mono_grain.SCENES; mono grain itself
prints mono_prints now): the land scenes and the helpers all the scenes share. A scene is a grey
tone field (0 black .. 1 white) at RES and the focal box of its subject; here: a fog
treeline, mountain ridges, star trails over a ridge, a lone figure in a field, a
crumbling stone wall and (rarely) an eclipse (water, city and air are in
mono_sea_city).

Every scene takes the direction (its energy curve and density shape the land), a
seeded generator and the shared grid; the style maps the tone to one hue and grains
it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine import compose, raster, signals
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.base import Box

RES = 512
LIGHT = ("bossa", "pop", "folk", "children", "kpop", "city_pop", "gospel", "jingle")


def airy(direction: ArtDirection) -> bool:
    """A light, airy print: a light palette, or a bright genre on a happy song."""
    light = rgb_to_oklch(direction.palette.background)[0] > 0.6
    sub = direction.language.subgenre
    return light or sub == "bossa" or (direction.valence > 0.55 and sub in LIGHT)


@dataclass(frozen=True)
class Grid:
    """Pixel-centre coordinates (x a row, y a column) and one fog noise field."""

    x: np.ndarray
    y: np.ndarray
    fog: np.ndarray


def grid(rng: np.random.Generator) -> Grid:
    """The shared grid of every scene at RES."""
    c = (np.arange(RES, dtype=np.float32) + 0.5) / RES
    return Grid(c[None, :], c[:, None], raster.fractal_noise(rng, cells=3, octaves=4, res=RES))


def sky(g: Grid, light_y: float, low: float, high: float) -> np.ndarray:
    """A sky from `low` to `high` brightest around light_y, mottled by the fog."""
    glow = np.exp(-(((g.y - light_y) / 0.3) ** 2))
    return np.broadcast_to(low + (high - low) * glow + 0.08 * (g.fog - 0.5), (RES, RES)).copy()


def energy_line(direction: ArtDirection, k: int = 12) -> np.ndarray:
    """The energy curve at RES points, smoothed (0..1)."""
    return signals.smooth(signals.energy(direction, RES), k)


def canvas(tone: np.ndarray) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    """An L image of a tone field to draw silhouettes on."""
    img = raster.to_image(np.clip(tone, 0, 1))
    return img, ImageDraw.Draw(img)


def pine(
    draw: ImageDraw.ImageDraw,
    x: float,
    base: float,
    h: float,
    shade: int,
    width: float = 0.22,
    tiers: int = 5,
) -> None:
    """A pine of `tiers` jagged tiers, `width` of its height wide, its tip at base - h
    (RES pixels)."""
    w = h * width
    right = [(x, base - h)]
    for t in np.linspace(0.2, 1.0, tiers):
        right += [(x + w * t, base - h + h * t), (x + w * t * 0.45, base - h + h * t - h * 0.02)]
    right[-1] = (x + w * 0.08, base)
    left = [(2 * x - px, py) for px, py in reversed(right[1:])]
    draw.polygon(right + left, fill=shade)


def forest(direction: ArtDirection, rng: np.random.Generator, g: Grid) -> tuple[np.ndarray, Box]:
    """Rows of pines fading into fog; near trees big and dark, far ones pale. The
    seed sets the treeline's height and whether the trees are near giants."""
    ground = float(rng.uniform(0.5, 0.85))
    tone = sky(g, ground - 0.1, 0.5, 0.85)
    img, draw = canvas(tone)
    rows = 2 + int(rng.integers(3))
    near = rng.random() < 0.35  # a few giant trees cropped by the top
    for r in range(rows):
        t = (r + 1) / rows
        base = (ground + 0.05 * t) * RES
        shade = int(200 - 180 * t)
        scale = (0.12 + 0.25 * t) * (2.4 if near and r == rows - 1 else 1.0)
        count = int((14 + 30 * direction.density) / (1 + 2 * t * near))
        for _ in range(count):
            pine(draw, rng.random() * RES, base, rng.uniform(0.6, 1.2) * scale * RES, shade)
        draw.rectangle((0, base, RES, RES), fill=shade)
    tone = raster.from_image(img)
    mist = np.exp(-(((g.y - ground) / 0.06) ** 2)) * (0.3 + 0.4 * g.fog)
    tone = tone * (1 - mist) + 0.8 * mist
    return tone, (0.0, ground - 0.3, 1.0, 1.0)


def ridge_line(direction: ArtDirection, rng: np.random.Generator, level: float) -> np.ndarray:
    """A mountain ridge: a few sharp peaks, the song's energy and rock noise."""
    x = (np.arange(RES, dtype=np.float32) + 0.5) / RES
    peaks = np.zeros(RES, np.float32)
    for _ in range(2 + int(rng.integers(3))):
        px, h, wid = rng.uniform(-0.1, 1.1), rng.uniform(0.05, 0.25), rng.uniform(0.15, 0.4)
        peaks = np.maximum(peaks, h * (1 - np.abs(x - px) / wid))
    rough = signals.smooth(rng.normal(0, 1, RES), 3) * (0.004 + 0.01 * direction.turbulence)
    return level - peaks - 0.06 * energy_line(direction, 24) - rough


def ridge(direction: ArtDirection, rng: np.random.Generator, g: Grid) -> tuple[np.ndarray, Box]:
    """Mountain ridges, far ones paler: at night under stars with a lit rim, or
    (airy) in a daylight haze."""
    light = airy(direction)
    tone = sky(g, 0.7, 0.55, 0.95) if light else sky(g, 0.75, 0.04, 0.34)
    if not light:
        stars = rng.random((RES, RES)) > 0.9985 - 0.002 * direction.energy
        tone = np.maximum(tone, stars * rng.uniform(0.5, 1.0, (RES, RES)))
    layers = 2 + round(2 * direction.turbulence)
    base = float(rng.uniform(0.5, 0.75))
    top = 1.0
    for i in range(layers):
        t = (i + 1) / layers
        line = ridge_line(direction, rng, base + 0.2 * t)[None, :]
        land = np.clip((g.y - line) * RES / 1.5, 0, 1)
        rim = 0.0 if light else np.exp(-(((g.y - line) * RES / 3) ** 2)) * (1 - t) * 0.5
        shade = 0.75 - 0.6 * t if light else 0.3 - 0.28 * t
        haze = np.clip((g.y - line) * 3, 0, 1) * 0.15 * (1 - t)
        tone = tone * (1 - land) + (shade - haze) * land + rim
        top = min(top, float(line.min()))
    return tone, (0.0, top, 1.0, 1.0)


def star_trails(
    direction: ArtDirection, rng: np.random.Generator, g: Grid
) -> tuple[np.ndarray, Box]:
    """A long exposure of the night sky: stars drawn into arcs round the pole over a
    black ridge; the longer the song's energy holds, the longer the arcs."""
    px, py = float(rng.uniform(0.2, 0.8)), float(rng.uniform(-0.2, 0.4))
    r = np.sqrt((g.x - px) ** 2 + (g.y - py) ** 2)
    ang = np.arctan2(g.y - py, g.x - px)
    ring = (r * RES * 0.5).astype(np.intp)
    bright = rng.random(RES * 2) ** 6
    start = rng.uniform(-np.pi, np.pi, RES * 2)
    length = 0.4 + 1.6 * float(np.mean(direction.energy_curve or (0.5,)))
    arc = ((ang - start[ring]) % (2 * np.pi)) < length
    tone = 0.05 + 0.1 * np.exp(-(((g.y - 0.9) / 0.3) ** 2)) + bright[ring] * arc * 1.5
    line = ridge_line(direction, rng, float(rng.uniform(0.8, 0.95)))[None, :]
    tone = np.where(g.y > line, 0.02, tone)
    return tone, compose.around(px, max(py, 0.1), 0.25)


def figure(direction: ArtDirection, rng: np.random.Generator, g: Grid) -> tuple[np.ndarray, Box]:
    """A lone figure in a vast field: small on a flat plain under a towering sky of
    cloud, on a hill crest against the sky, or on a road running to the horizon."""
    ground = ("plain", "crest", "road")[int(rng.choice(3, p=[0.4, 0.25, 0.35]))]
    fx = float((1 / 3, 2 / 3)[int(rng.integers(2))] + rng.uniform(-0.05, 0.05))
    horizon = float(rng.uniform(0.45, 0.8))
    bow = rng.uniform(0.3, 1.4) if ground == "crest" else 0.0  # the figure on its top
    line = horizon + bow * (g.x - fx) ** 2
    clouds = raster.fractal_noise(rng, cells=2, octaves=5, res=RES)
    low, high = (0.45, 0.85) if airy(direction) else (0.12, 0.55)  # a day, or a dusk
    tone = sky(g, horizon, low, high) + 0.3 * (clouds - 0.5) * (1 - g.y)
    grass = rng.random((RES, RES // 8)).astype(np.float32)
    grass = np.asarray(Image.fromarray(grass, "F").resize((RES, RES), Image.Resampling.BILINEAR))
    field = low * 0.6 + 0.12 * grass + 0.1 * g.fog - 0.25 * (g.y - horizon)
    land = np.clip((g.y - line) * RES / 1.5, 0, 1)
    tone = tone * (1 - land) + field * land
    if ground == "road":  # a pale road narrowing to the figure's feet
        base = fx + rng.uniform(-0.4, 0.4)
        t = np.clip((g.y - horizon) / (1 - horizon), 0, 1)
        road = (np.abs(g.x - (fx + (base - fx) * t)) < 0.004 + 0.3 * t) & (g.y > horizon)
        tone = np.where(road, high * 0.9 + 0.05 * g.fog, tone)
    img, draw = canvas(tone)
    h = (0.05 + 0.05 * direction.density) * RES * rng.choice([1.0, 1.5, 3.0])
    foot, x = horizon * RES + 1, fx * RES
    draw.ellipse((x - h * 0.1, foot - h, x + h * 0.1, foot - h * 0.8), fill=10)
    draw.polygon(
        [
            (x - h * 0.14, foot - h * 0.78),
            (x + h * 0.14, foot - h * 0.78),
            (x + h * 0.09, foot),
            (x - h * 0.09, foot),
        ],
        fill=10,
    )
    return raster.from_image(img), compose.around(fx, horizon - h / RES / 2, 0.1, h / RES)


def stone(direction: ArtDirection, rng: np.random.Generator, g: Grid) -> tuple[np.ndarray, Box]:
    """A crumbling stone wall lit from the side: courses of blocks, pitted, cracked
    along noise valleys, one block fallen out (the dark void is the subject)."""
    rows = 4 + int(rng.integers(4))
    course = g.y * rows
    offset = (np.floor(course) % 2) * 0.5 * rng.uniform(0.6, 1.4)
    cols = course * 0 + g.x * rows * rng.uniform(0.55, 0.8) + offset
    fy, fx = course % 1.0, cols % 1.0
    joint = np.minimum(np.minimum(fy, 1 - fy), np.minimum(fx, 1 - fx) * 1.6)
    rough = raster.fractal_noise(rng, cells=6, octaves=5, res=RES)
    face = 0.45 + 0.4 * (rough - 0.5) + 0.25 * (g.x - 0.5) * rng.choice([-1, 1])
    mortar = np.clip((joint - 0.03 - 0.04 * rough) * 40, 0, 1)
    crack = np.clip(1 - np.abs(g.fog - 0.5) * (60 - 30 * direction.turbulence), 0, 1)
    tone = face * mortar * (1 - 0.85 * crack)
    vx, vy = compose.thirds(rng, 0.05)
    hole = (np.abs(g.x - vx) < 0.5 * rows**-1 / 0.7) & (np.abs(g.y - vy) < 0.5 / rows)
    tone = np.where(hole, 0.03 + 0.05 * rough, tone)
    return tone, compose.around(vx, vy, 0.12)


def eclipse(direction: ArtDirection, rng: np.random.Generator, g: Grid) -> tuple[np.ndarray, Box]:
    """A total eclipse: a black disc in a ragged corona, small in a dark sky."""
    cx, cy = compose.thirds(rng, 0.06)
    r = 0.05 + 0.07 * direction.density
    d = np.sqrt((g.x - cx) ** 2 + (g.y - cy) ** 2)
    ang = np.arctan2(g.y - cy, g.x - cx)
    rays = 1 + 0.5 * np.sin(ang * 7 + 10 * g.fog) * g.fog
    corona = np.exp(-np.maximum(d - r, 0) / (0.02 + 0.03 * rays)) * 0.9
    tone = 0.04 + 0.06 * g.fog + corona
    tone = np.where(d < r, 0.02, tone)
    return tone, compose.around(cx, cy, r * 2.2)
