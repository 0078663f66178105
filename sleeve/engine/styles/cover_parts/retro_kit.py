"""The retro sun's shared strokes: a row gradient, stars, the sun (striped, barred,
rings or a flat disc) with its halo, a neon grid running to a vanishing point (on the
floor or the ceiling) and scanlines."""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import Image, ImageChops, ImageFilter

from sleeve.engine import raster
from sleeve.engine.raster import RGB


def vertical(size: int, stops: list[RGB], positions: list[float]) -> Image.Image:
    """A top-down gradient, one colour per row (a column stretched sideways: a
    quarter of the cost of a square field scaled up)."""
    lut = raster.color_lut(stops, positions, 1024)
    rows = raster.apply_lut((np.arange(size, dtype=np.float32) + 0.5) / size, lut)
    column = Image.fromarray(np.ascontiguousarray(rows[:, None, :]), "RGB")
    return column.resize((size, size), Image.Resampling.NEAREST)


def stars(draw: aggdraw.Draw, size: int, rng: np.random.Generator, count: int, low: float) -> None:
    """`count` stars of three sizes above the height `low` (fraction)."""
    for _ in range(count):
        x, y = rng.random(), rng.random() * low
        s = size * rng.choice((0.0012, 0.0018, 0.003), p=(0.6, 0.3, 0.1))
        draw.ellipse(
            (x * size - s, y * size - s, x * size + s, y * size + s),
            aggdraw.Brush((255, 250, 240), int(rng.integers(90, 255))),
        )


def sun_mask(
    size: int,
    disc: tuple[float, float, float],
    kind: str,
    stripes: int,
    even: bool,
    horizon: float,
) -> Image.Image:
    """The sun (cx, cy, r) as an L mask cut off at the horizon: a disc cut by stripes
    (thickening downwards, or even for driving songs), sliced into bars over its whole
    height, neon rings, or a flat disc."""
    cx, cy, r = disc
    draw = aggdraw.Draw("L", (size, size), 0)  # its own buffer: no copy in and out
    if kind == "rings":
        rings = max(3, stripes // 2)
        for k in range(rings):
            rr = r * (1 - k / rings)
            box = tuple(size * v for v in (cx - rr, cy - rr, cx + rr, cy + rr))
            draw.ellipse(box, aggdraw.Pen(255, max(1.0, size * r * (0.07 - 0.04 * k / rings))))
    else:
        draw.ellipse(tuple(size * v for v in (cx - r, cy - r, cx + r, cy + r)), aggdraw.Brush(255))
    if kind in ("striped", "bars"):
        black = aggdraw.Brush(0)
        top = cy - r * (0.9 if kind == "bars" else 0.15)
        seen = min(horizon, 1.0) - max(cy - r, 0.0)  # a sun sunk or cropped keeps stripes
        top = max(min(top, max(cy - r, 0.0) + seen * 0.35), 0.0)
        span = min(horizon, cy + r) - top
        for k in range(stripes):
            t = (k + 0.5) / stripes
            y = top + span * (t if even else t**0.8)
            gap = r * (0.05 if even else 0.02 + 0.1 * t) * (0.6 if kind == "bars" else 1.0)
            draw.rectangle((0, size * (y - gap / 2), size, size * (y + gap / 2)), black)
    draw.rectangle((0, size * horizon, size, size), aggdraw.Brush(0))
    return Image.frombytes("L", (size, size), draw.tobytes())


def paint_sun(
    img: Image.Image,
    mask: Image.Image,
    col: dict,
    span: tuple[float, float],
    glow: float,
) -> Image.Image:
    """The sun's gradient (sun_top at span[0] to sun_low at span[1]) through `mask`,
    over a halo screened on by `glow` (0..1).

    The halo is raster.fast_blur's (the sun at 1/factor, blurred, scaled up) built at
    the small size from the mask scaled down and the gradient drawn at that size, and
    scaled up and screened only where it is not black; the gradient is pasted only
    over the sun's box: the same sun for a fraction of the full-size passes."""
    size = img.size[0]
    stops = [col["sun_top"], col["sun_low"]]
    radius = size * 0.06
    factor = int(min(16, max(1, radius / 3)))
    small = max(1, size // factor)
    lit = [round(v * glow) for v in range(256)] * 3
    if factor <= 1:  # a thumbnail: the blur at full size, as fast_blur does
        glowing = Image.composite(
            vertical(size, stops, list(span)), Image.new("RGB", img.size), mask
        )
        halo = glowing.filter(ImageFilter.GaussianBlur(radius)).point(lit)
    else:
        shrunk = mask.resize((small, small), Image.Resampling.BOX)
        glowing = Image.composite(
            vertical(small, stops, list(span)), Image.new("RGB", shrunk.size), shrunk
        )
        halo = glowing.filter(ImageFilter.GaussianBlur(radius / factor)).point(lit)
    box = halo.getbbox()
    if box:
        if factor <= 1:
            out = box
            part = halo.crop(box)
        else:  # a bilinear step up reads one small pixel round each: a margin of one
            scale = size / small
            x0, y0 = (max(0, int((v - 1) * scale)) for v in box[:2])
            x1, y1 = (min(size, int((v + 1) * scale) + 1) for v in box[2:])
            out = (x0, y0, x1, y1)
            part = halo.resize(
                (x1 - x0, y1 - y0),
                Image.Resampling.BILINEAR,
                box=(x0 / scale, y0 / scale, x1 / scale, y1 / scale),
            )
        img.paste(ImageChops.screen(img.crop(out), part), out[:2])
    sun = mask.getbbox()
    if sun:
        rows = vertical(size, stops, list(span)).crop(sun)
        img.paste(rows, sun[:2], mask.crop(sun))
    return img


def grid(
    draw: aggdraw.Draw,
    size: int,
    color: RGB,
    vanish: tuple[float, float],
    density: float,
    edge: float = 1.0,
) -> None:
    """A neon grid from the vanishing point (vx, vy) to the row `edge` (1 for the
    floor, 0 for a ceiling): lines fanning out and rows closing in towards it."""
    vx, vy = vanish
    depth = edge - vy
    lines = 7 + 2 * round(density * 6)
    for k in range(-lines - 4, lines + 5):
        draw.line(
            (vx * size, vy * size, (vx + k * 2.4 / lines) * size, edge * size),
            raster.pen(color, size * 0.0025, 220),
        )
    rows = 6 + round(density * 6)
    for k in range(1, rows + 1):
        y = vy + depth * (k / rows) ** 2.2
        draw.line(
            (0, y * size, size, y * size), raster.pen(color, size * 0.0025 * (0.6 + k / rows), 220)
        )


def scanlines(img: Image.Image, strength: float) -> Image.Image:
    """Darken every other pair of rows by `strength` (0..1), as on a CRT."""
    size = img.size[1]
    pitch = max(2, size // 256)
    rows = np.ones(size, np.float32)
    rows[(np.arange(size) // pitch) % 2 == 1] = 1.0 - strength
    column = Image.fromarray((rows[:, None] * 255).astype(np.uint8), "L").resize(img.size)
    return ImageChops.multiply(img, Image.merge("RGB", (column, column, column)))
