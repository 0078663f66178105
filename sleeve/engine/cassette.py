"""The cassette drawn by the vinyl style: a tape shell as an object (label stripes,
the song's level meter, tape wound on the reels by how far it has played)."""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import Image, ImageChops

from sleeve.engine import raster
from sleeve.engine.direction import ArtDirection


def _curve(direction: ArtDirection, n: int) -> np.ndarray:
    curve = np.asarray(direction.energy_curve or (0.5,), dtype=np.float64)
    return np.interp(np.linspace(0, 1, n), np.linspace(0, 1, len(curve)), curve)


def _cassette(direction: ArtDirection, rng: np.random.Generator, width: int) -> Image.Image:
    """An RGBA cassette, `width` px wide, drawn in its own frame."""
    pal = direction.palette
    w, h = width, int(width * 0.63)
    layer = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = aggdraw.Draw(layer)

    def box(x0: float, y0: float, x1: float, y1: float) -> tuple[float, ...]:
        return (x0 * w, y0 * h, x1 * w, y1 * h)

    shell_kind = int(rng.integers(3))
    shell = (
        raster.tone(pal.background, 0.22, 0.03),
        raster.tone(pal.background, 0.9, 0.015),
        raster.vivid(pal.colors[2 % len(pal.colors)], 0.5, 0.12),
    )[shell_kind]
    edge = raster.tone(shell, 0.15 if shell_kind != 1 else 0.7, 0.03)
    rad = 0.035 * w
    x0, y0, x1, y1 = 0, 0, w, h
    body = aggdraw.Brush(shell)
    d.rectangle((x0 + rad, y0, x1 - rad, y1), body)
    d.rectangle((x0, y0 + rad, x1, y1 - rad), body)
    for ex, ey in ((x0, y0), (x1 - 2 * rad, y0), (x0, y1 - 2 * rad), (x1 - 2 * rad, y1 - 2 * rad)):
        d.ellipse((ex, ey, ex + 2 * rad, ey + 2 * rad), body)
    # the bottom bridge
    bridge = raster.tone(shell, 0.3 if shell_kind != 1 else 0.8, 0.03)
    d.polygon((0.2 * w, h, 0.25 * w, 0.8 * h, 0.75 * w, 0.8 * h, 0.8 * w, h), aggdraw.Brush(bridge))
    for hx in (0.33, 0.43, 0.57, 0.67):
        rr = 0.012 * w
        d.ellipse((hx * w - rr, 0.9 * h - rr, hx * w + rr, 0.9 * h + rr), aggdraw.Brush(edge))
    # the label, with a window cut out
    paper = raster.tone(pal.background, 0.94, 0.03)
    lab = aggdraw.Brush(paper)
    lx0, ly0, lx1, ly1 = 0.06, 0.07, 0.94, 0.72
    wx0, wy0, wx1, wy1 = 0.26, 0.4, 0.74, 0.62
    # tape packs and window behind the label
    d.rectangle(box(wx0, wy0, wx1, wy1), aggdraw.Brush(raster.tone(shell, 0.12, 0.02)))
    played = float(np.clip(rng.uniform(0.15, 0.85), 0, 1))
    tape = aggdraw.Brush((70, 42, 30))
    hub_y = 0.51
    for hx, amount in ((0.34, 1 - played), (0.66, played)):
        pr = (0.05 + 0.08 * amount) * w
        d.ellipse((hx * w - pr, hub_y * h - pr, hx * w + pr, hub_y * h + pr), tape)
    d.rectangle(box(lx0, ly0, lx1, wy0), lab)
    d.rectangle(box(lx0, wy1, lx1, ly1), lab)
    d.rectangle(box(lx0, wy0, wx0, wy1), lab)
    d.rectangle(box(wx1, wy0, lx1, wy1), lab)
    # stripes across the label
    stripes = [raster.vivid(c, 0.62, 0.15) for c in (*pal.colors[:3], pal.accent)]
    order = rng.permutation(len(stripes))[: int(rng.integers(2, 5))]
    sy = 0.27
    for k in order:
        d.rectangle(box(lx0, sy, lx1, sy + 0.04), aggdraw.Brush(stripes[k]))
        sy += 0.04
    # the song's level meter, printed on the label
    curve = _curve(direction, 48)
    meter = aggdraw.Brush(raster.tone(pal.background, 0.28, 0.06))
    for i, v in enumerate(curve):
        bx = lx0 + 0.06 + (lx1 - lx0 - 0.12) * i / len(curve)
        d.rectangle(box(bx, 0.23 - 0.11 * v, bx + 0.008, 0.23), meter)
    # reel hubs
    hub = aggdraw.Brush((236, 232, 224))
    for hx in (0.34, 0.66):
        hr = 0.045 * w
        d.ellipse((hx * w - hr, hub_y * h - hr, hx * w + hr, hub_y * h + hr), hub)
        inner = 0.022 * w
        d.ellipse(
            (hx * w - inner, hub_y * h - inner, hx * w + inner, hub_y * h + inner),
            aggdraw.Brush(raster.tone(shell, 0.12, 0.02)),
        )
    # screws
    for sx, sy_ in ((0.03, 0.05), (0.97, 0.05), (0.03, 0.95), (0.97, 0.95), (0.5, 0.87)):
        sr = 0.011 * w
        d.ellipse((sx * w - sr, sy_ * h - sr, sx * w + sr, sy_ * h + sr), aggdraw.Brush(edge))
    d.flush()
    return layer


def draw_cassette(
    img: Image.Image, direction: ArtDirection, rng: np.random.Generator, size: int
) -> Image.Image:
    cw = rng.uniform(0.74, 0.88)
    angle = rng.uniform(-14, 14)
    calm_top = rng.random() < 0.5
    cx = 0.5 + rng.uniform(-0.05, 0.05)
    cy = (0.6 if calm_top else 0.4) + rng.uniform(-0.03, 0.03)
    layer = _cassette(direction, rng, int(cw * size))
    layer = layer.rotate(angle, Image.Resampling.BICUBIC, expand=True)
    alpha = layer.getchannel("A")
    lw, lh = layer.size
    px, py = int(cx * size - lw / 2), int(cy * size - lh / 2)
    shadow = Image.new("L", (size, size), 0)
    off = int(0.014 * size)
    shadow.paste(alpha.point(lambda v: v * 0.6), (px + off, py + int(off * 1.5)))
    shadow = raster.fast_blur(shadow, size * 0.012)
    img = ImageChops.subtract(img, Image.merge("RGB", (shadow, shadow, shadow)))
    img.paste(layer.convert("RGB"), (px, py), alpha)
    return img
