"""Glitch: a clean generated image, then corrupted on purpose - sorted pixel runs,
displaced blocks, split channels and scanlines.

energy and brightness -> glitch amount (how many sorted bands and blocks, how far
channels split); density -> block count; the energy curve -> the length of the
sorted run on each row; seed -> the base composition (sun, bars or rings),
gradient angle, where the damage falls (one band is left calm for the title),
sort direction.
"""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import Image, ImageChops

from sleeve.engine import raster
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.base import Artwork, StyleInfo

STYLE = StyleInfo(
    name="glitch",
    family="image",
    fits=("electronic", "hiphop", "metal", "punk", "synthwave", "pop"),
)

WORK = 640  # the image is built and corrupted at this resolution, then scaled up
BASES = ("sun", "bars", "rings", "slab", "prism")


def _base(direction: ArtDirection, rng: np.random.Generator) -> np.ndarray:
    """The clean image: (WORK, WORK, 3) uint8."""
    pal = direction.palette
    dark = raster.tone(pal.background, 0.14, 0.06)
    stops = [dark, raster.tone(pal.colors[1 % len(pal.colors)], 0.38, 0.14)]
    stops += [raster.vivid(pal.colors[0], 0.66, 0.2), raster.vivid(pal.accent, 0.86, 0.14)]
    lut = raster.color_lut(stops, [0.0, 0.35, 0.7, 1.0])
    ramp = raster.linear_field(rng.uniform(0, 360), WORK)
    noise = raster.fractal_noise(rng, cells=3, octaves=4, res=WORK)
    field = 0.6 * ramp + 0.22 * noise
    c = (np.arange(WORK, dtype=np.float32) + 0.5) / WORK
    x, y = c[None, :], c[:, None]
    kind = BASES[int(rng.integers(len(BASES)))]
    cx, cy = rng.uniform(0.3, 0.7), rng.uniform(0.38, 0.62)
    r = rng.uniform(0.18, 0.3)
    d = np.sqrt((x - cx) ** 2 + (y - cy) ** 2)
    edge = 1.5 / WORK
    if kind == "sun":
        disc = np.clip((r - d) / edge, 0, 1)
        field = field * (1 - disc) + disc * (0.72 + 0.28 * (1 - (y - cy + r) / (2 * r)))
    elif kind == "bars":  # the song's energy as a stack of bars, ranged left or right
        n = int(rng.integers(7, 13))
        curve = np.asarray(direction.energy_curve or (0.5,), dtype=np.float64)
        vals = np.interp(np.linspace(0, 1, n), np.linspace(0, 1, len(curve)), curve)
        pitch = rng.uniform(0.42, 0.56) / n
        top = cy - pitch * n / 2
        x0 = rng.uniform(0.08, 0.16)
        right = rng.random() < 0.5
        for k in range(n):
            y0, h = top + k * pitch, pitch * 0.6
            x1 = x0 + 0.2 + 0.6 * float(vals[k])
            lo_x, hi_x = (1 - x1, 1 - x0) if right else (x0, x1)
            rows = slice(max(0, int(y0 * WORK) - 1), int((y0 + h) * WORK) + 2)
            bar = np.clip(np.minimum(y[rows] - y0, y0 + h - y[rows]) / edge, 0, 1)
            bar = bar * np.clip(np.minimum(x - lo_x, hi_x - x) / edge, 0, 1)
            field[rows] = field[rows] * (1 - bar) + bar * (0.62 + 0.38 * k / (n - 1))
    elif kind in ("slab", "prism"):  # a tilted screen or a triangle, lit from above
        shape = _polygon_mask(kind, rng, cx, cy, r)
        field = field * (1 - shape) + shape * (0.72 + 0.28 * (1 - (y - cy + r) / (2 * r)))
    else:
        n = int(rng.integers(4, 9))
        ring = np.sin(d * np.pi * 2 * n / (r * 2.2)) > 0.2
        mask = (d < r * 2.2) * ring
        field = np.where(mask, 0.55 + 0.45 * (1 - d / (r * 2.2)), field)
    field = np.clip(field, 0, 1)
    return raster.apply_lut(field, lut)


def _polygon_mask(
    kind: str, rng: np.random.Generator, cx: float, cy: float, r: float
) -> np.ndarray:
    """Coverage (WORK, WORK) of a tilted slab or a triangle around (cx, cy)."""
    if kind == "slab":
        w, h = r * rng.uniform(1.4, 1.9), r * rng.uniform(1.7, 2.3)
        corners = np.array([(-w, -h), (w, -h), (w, h), (-w, h)]) / 2
    else:
        up = 1.0 if rng.random() < 0.6 else -1.0
        corners = np.array(
            [(0.0, -up * r * 1.15), (r * 1.1, up * r * 0.8), (-r * 1.1, up * r * 0.8)]
        )
    a = np.radians(rng.uniform(-12, 12))
    rot = np.array([[np.cos(a), -np.sin(a)], [np.sin(a), np.cos(a)]])
    pts = (corners @ rot.T + (cx, cy)) * WORK
    mask = Image.new("L", (WORK, WORK), 0)
    draw = aggdraw.Draw(mask)
    draw.polygon(pts.ravel().tolist(), aggdraw.Brush(255))
    draw.flush()
    return np.asarray(mask, dtype=np.float32) / 255.0


def _sort_band(img: np.ndarray, y0: int, y1: int, curve: np.ndarray, rng, flip: bool) -> None:
    """Sort each row's run of pixels by brightness (in place)."""
    block = img[y0:y1]
    if flip:
        block = block[:, ::-1]
    rows, w = block.shape[:2]
    lum = block.astype(np.float32) @ np.array([0.3, 0.59, 0.11], dtype=np.float32)
    start = int(rng.integers(0, w // 3))
    idx = np.linspace(0, len(curve) - 1, rows).astype(np.intp)
    lengths = (w * (0.25 + 0.7 * curve[idx]) * rng.uniform(0.7, 1.0, rows)).astype(np.intp)
    j = np.arange(w)[None, :]
    inside = (j >= start) & (j < start + lengths[:, None])
    key = np.where(inside, lum / 256.0, 2.0 + j)  # outside the run: stay where it is
    key = np.where(j < start, -2.0 + j / w - 1, key)
    order = np.argsort(key, axis=1, kind="stable")
    sorted_block = np.take_along_axis(block, order[:, :, None], axis=1)
    if flip:
        sorted_block = sorted_block[:, ::-1]
    img[y0:y1] = sorted_block


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the glitch cover (RGB, size x size)."""
    rng = raster.rng_for(direction, "glitch")
    img = _base(direction, rng)
    amount = float(np.clip(0.25 + 0.5 * direction.energy + 0.25 * direction.brightness, 0, 1))
    curve = np.asarray(direction.energy_curve or (0.5,), dtype=np.float64)
    calm_top = rng.random() < 0.5
    lo, hi = (0.36, 0.97) if calm_top else (0.03, 0.64)  # the damage stays off the calm band
    flip = bool(rng.random() < 0.5)
    # sorted pixel runs, in a few horizontal bands
    for _ in range(1 + int(round(3 * amount))):
        h = rng.uniform(0.05, 0.16)
        y0 = rng.uniform(lo, hi - h)
        _sort_band(img, int(y0 * WORK), int((y0 + h) * WORK), curve, rng, flip)
    # displaced blocks, some with swapped channels
    for _ in range(int(4 + 14 * amount * (0.5 + direction.density))):
        bh = int(WORK * rng.uniform(0.008, 0.05))
        by = int(WORK * rng.uniform(lo, hi)) - bh // 2
        bx0 = int(WORK * rng.uniform(0.0, 0.6))
        bw = int(WORK * rng.uniform(0.2, 0.6))
        shift = int(WORK * rng.normal(0.0, 0.06 * amount + 0.01))
        seg = img[by : by + bh, bx0 : bx0 + bw]
        moved = np.roll(seg, shift, axis=1)
        if rng.random() < 0.3:
            moved = moved[:, :, rng.permutation(3)]
        img[by : by + bh, bx0 : bx0 + bw] = moved
    # split channels (stronger inside the damaged region)
    dx = max(1, int(WORK * (0.004 + 0.014 * amount)))
    rows = np.zeros(WORK, dtype=bool)
    rows[int(lo * WORK) : int(hi * WORK)] = True
    red = np.roll(img[:, :, 0], dx, axis=1)
    blue = np.roll(img[:, :, 2], -dx, axis=1)
    img[rows, :, 0] = red[rows]
    img[rows, :, 2] = blue[rows]
    img[~rows, :, 0] = np.roll(img[~rows, :, 0], max(1, dx // 3), axis=1)
    out = Image.fromarray(img, "RGB").resize((size, size), Image.Resampling.NEAREST)
    # scanlines at a fixed count per side
    lines = 240
    row = 1.0 - 0.16 * (np.sin((np.arange(size) + 0.5) / size * lines * np.pi) ** 2)
    scan = Image.fromarray((row[:, None] * 255).astype(np.uint8), "L").resize((size, size))
    out = ImageChops.multiply(out, Image.merge("RGB", (scan, scan, scan)))
    out = raster.glow(out, size * 0.008, 0.2 + 0.3 * direction.brightness)
    damage = (0.0, lo, 1.0, hi)
    return Artwork(
        raster.grain(out, raster.rng_for(direction, "glitch-grain"), 0.03, mono=False), damage
    )
