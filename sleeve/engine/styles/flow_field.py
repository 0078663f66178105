"""Flow field: anti-aliased streamlines over a noise field, with a soft glow.

turbulence -> noise frequency and curl, energy -> stroke count and width, the
energy curve -> where along the cover (read as time, left to right) lines
start, seed -> the field's shape (drift, vortex, convergence, waves).
"""

from __future__ import annotations

import aggdraw
import numpy as np

from sleeve.engine import compose, raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.raster import RGB
from sleeve.engine.styles.base import Artwork, StyleInfo

STYLE = StyleInfo(
    name="flow_field",
    family="image",
    fits=("electronic", "ambient", "classical", "rock", "synthwave", "metal", "jazz"),
)

RES = 192  # the angle field's resolution
FIELDS = ("drift", "vortex", "sink", "waves")
CROPS = ("full", "window", "band", "full")  # where the lines show; the rest is bare field
PENS = 24  # colours are quantised so pens can be reused


def _angle_field(direction: ArtDirection, rng: np.random.Generator) -> np.ndarray:
    """Flow angle in radians at RES x RES (the field's shape comes from the seed)."""
    turb = direction.turbulence
    noise = raster.fractal_noise(rng, cells=2 + round(turb * 4), octaves=3, res=RES)
    base = rng.uniform(0, 2 * np.pi)
    curl = (0.6 + 2.4 * turb) * np.pi
    c = (np.arange(RES, dtype=np.float32) + 0.5) / RES
    x, y = c[None, :], c[:, None]
    cx, cy = rng.uniform(0.3, 0.7, 2)
    kind = FIELDS[int(rng.integers(len(FIELDS)))]
    if kind == "vortex":
        spin = np.arctan2(y - cy, x - cx) + np.pi / 2 * rng.choice((-1.0, 1.0)) * 0.85
        return spin + (noise - 0.5) * curl * 0.5
    if kind == "sink":
        return np.arctan2(cy - y, cx - x) + (noise - 0.5) * curl * 0.6
    if kind == "waves":
        freq = rng.uniform(1.5, 4.0)
        return (
            base
            + 0.9 * np.sin(2 * np.pi * freq * (x * np.cos(base) + y * np.sin(base)))
            + (noise - 0.5) * curl * 0.4
        )
    return base + (noise - 0.5) * curl


def _seeds(direction: ArtDirection, rng: np.random.Generator, n: int) -> np.ndarray:
    """Start points (n, 2) in 0..1; more of them where the song is loud (x = time)."""
    curve = np.asarray(direction.energy_curve or (0.5,), dtype=np.float64)
    weights = 0.15 + curve**2
    cdf = np.cumsum(weights) / weights.sum()
    xs = np.interp(rng.random(n), np.concatenate(([0.0], cdf)), np.linspace(0, 1, len(curve) + 1))
    return np.stack([xs * 1.1 - 0.05, rng.uniform(-0.05, 1.05, n)], axis=1)


def _trace(angles: np.ndarray, seeds: np.ndarray, steps: int, step: float) -> np.ndarray:
    """Integrate all streamlines at once: (steps, n, 2) positions in 0..1."""
    path = np.empty((steps, len(seeds), 2))
    pos = seeds.copy()
    cos, sin = np.cos(angles), np.sin(angles)
    for k in range(steps):
        path[k] = pos
        ix = np.clip((pos[:, 0] * RES).astype(np.intp), 0, RES - 1)
        iy = np.clip((pos[:, 1] * RES).astype(np.intp), 0, RES - 1)
        pos = pos + step * np.stack([cos[iy, ix], sin[iy, ix]], axis=1)
    return path


def _colors(direction: ArtDirection) -> tuple[RGB, RGB, np.ndarray]:
    """Background pair and a colour table for the strokes."""
    pal = direction.palette
    dark = rgb_to_oklch(pal.background)[0] < 0.6
    bg_l = 0.14 + 0.1 * direction.valence if dark else 0.93
    bg_top = raster.ground(pal.background, bg_l, 0.04)
    if bg_top == pal.background:  # a vivid field: a gradient of its own hue
        bg_bottom = raster.tone(pal.background, hue_shift=25.0)
    else:
        bg_bottom = raster.tone(pal.background, bg_l + (0.08 if dark else -0.06), 0.07, 25.0)
    stroke_l = 0.72 if dark else 0.5
    chroma = 0.11 + 0.09 * direction.energy
    stops = [raster.tone(c, stroke_l + 0.06 * i, chroma) for i, c in enumerate(pal.colors)]
    stops.insert(len(stops) // 2, raster.tone(pal.accent, stroke_l + 0.1, chroma + 0.04))
    return bg_top, bg_bottom, raster.color_lut(stops, n=PENS)


def _draw(direction: ArtDirection, size: int) -> Artwork:
    """The flow-field art at `size`, before the finish."""
    rng = raster.rng_for(direction, "flow")
    bg_top, bg_bottom, lut = _colors(direction)
    img = raster.linear_gradient(size, [bg_top, bg_bottom], rng.uniform(45, 135))
    bare = img.copy()
    crop = compose.pick(rng, CROPS, 1.0 - direction.density)
    angles = _angle_field(direction, rng)
    n = 260 + round(direction.energy * 700)
    steps = 28 + round((1 - direction.energy) * 30)
    path = _trace(angles, _seeds(direction, rng, n), steps, 0.0045)
    hue_field = raster.fractal_noise(rng, cells=2, octaves=2, res=64)
    width = size * (0.0012 + 0.0035 * direction.energy)
    draw = aggdraw.Draw(img)
    pens: dict[tuple[int, float, int], aggdraw.Pen] = {}
    widths = np.sort(rng.choice((0.5, 1.0, 1.0, 1.6, 2.6), n))[::-1]  # thick (far) first
    alphas = np.clip(rng.integers(150, 240, n) - (widths * 30).astype(int), 60, 255)
    cut = max(2, steps // 5)
    for i in range(n):
        sx, sy = np.clip(path[0, i] * 64, 0, 63).astype(int)
        ci = int(hue_field[sy, sx] * (PENS - 1))
        alpha = int(alphas[i]) // 16 * 16
        pts = path[:, i] * size
        for part, w in ((pts[cut:-cut], 1.0), (pts[: cut + 1], 0.5), (pts[-cut - 1 :], 0.5)):
            key = (ci, float(widths[i] * w), alpha)
            if key not in pens:
                pens[key] = raster.pen(tuple(int(v) for v in lut[ci]), width * key[1], alpha)
            draw.line(part.ravel().tolist(), pens[key])
    draw.flush()
    focal = None
    if crop != "full":  # the lines seen through a round window or a band that fades out
        c = (np.arange(256, dtype=np.float32) + 0.5) / 256
        if crop == "window":
            cx, cy = compose.thirds(rng, 0.03)
            r = rng.uniform(0.22, 0.3)
            d = np.sqrt((c[None, :] - cx) ** 2 + (c[:, None] - cy) ** 2)
            mask = np.clip((r - d) * 256 / 1.2, 0, 1)
            focal = compose.around(cx, cy, r)
        else:
            top = rng.uniform(0.15, 0.45)
            bottom = top + rng.uniform(0.25, 0.4)
            fade = np.clip(np.minimum(c - top, bottom - c) / 0.1, 0, 1)  # a mist, not a cut
            mask = (fade * fade * (3 - 2 * fade))[:, None] + 0 * c
            focal = (0.0, top, 1.0, bottom)
        img = raster.blend(bare, img, raster.upscale(mask.astype(np.float32), size))
    img = raster.glow(img, size * 0.012, 0.35 + 0.4 * direction.brightness)
    img = raster.vignette(img, 0.3)
    return Artwork(img, focal)


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the cover (RGB, size x size): the art at up to raster.work_size, the
    finish (grain) at full size."""
    art = _draw(direction, raster.work_size(size))
    image = finish(raster.to_size(art.image, size), direction, "flow", 0.03)
    return Artwork(image, art.focal)
