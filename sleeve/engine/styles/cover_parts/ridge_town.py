"""Ridgeline's night-city parts: the night's inks, a skyline whose roofs follow one of
the song's curves (its loudest stretches towers, crowned flat, set back, pointed or
slanted by the seed, the tallest with an antenna), a few lit windows, a sky glowing
at the horizon, a river mirroring the city and slanting rain."""

from __future__ import annotations

from dataclasses import dataclass

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import raster
from sleeve.engine.color import oklch_to_rgb, rgb_to_oklch
from sleeve.engine.styles.cover_parts.ridge_stack import RGB, Canvas, U, busy

# a roof's crown: flat, a narrower block set back on top, a pointed spire, a slant
# how tall a block stands against the curve under it
RISE = (0.55, 0.7, 0.85, 0.95, 1.0, 1.0, 1.05)
CROWNS = ("flat", "flat", "flat", "setback", "setback", "spire", "slant")


@dataclass(frozen=True)
class Night:
    """The night's inks: the sky's top and its glow at the horizon, the far rows' haze
    and the near rows' black, the hills' and the roofs' lit lines, the lit windows and
    the antennas' red lights."""

    top: RGB
    glow: RGB
    haze: RGB
    black: RGB
    line: RGB
    lamp: RGB
    window: RGB
    beacon: RGB


def night(c: Canvas) -> Night:
    """A deep sky in the print's hue (a dark print keeps its own), glowing at the
    horizon in the print's sun; rows from a haze near the glow to near black; windows
    and lines lit in the sun's hue."""
    ink = c.inks
    light, chroma, hue = rgb_to_oklch(ink.sun)
    if rgb_to_oklch(ink.bg)[0] < 0.5:
        top = raster.tone(ink.bg, min(rgb_to_oklch(ink.bg)[0], 0.2))
    else:
        top = oklch_to_rgb(0.16, 0.04, rgb_to_oklch(ink.near)[2])
    warm = min(max(chroma, 0.03), 0.1)
    glow = oklch_to_rgb(0.58, min(warm * 1.2, 0.11), hue)  # the city's light on the low sky
    haze = oklch_to_rgb(0.42, min(warm, 0.06), hue)
    black = raster.tone(top, 0.075)
    line = oklch_to_rgb(0.7, min(warm, 0.07), hue)
    lamp = oklch_to_rgb(max(light, 0.88), min(max(chroma, 0.06), 0.13), hue)
    window = oklch_to_rgb(0.8, min(max(chroma, 0.08), 0.13), 75.0)
    return Night(top, glow, haze, black, line, lamp, window, oklch_to_rgb(0.6, 0.19, 28.0))


def sky(c: Canvas, ink: Night, horizon: float) -> None:
    """Lay the night sky: its top to the glow at `horizon` (a side fraction) and below;
    a fresh pen on it."""
    s = c.size
    t = np.clip(np.linspace(0.0, 1.0, s) / max(horizon, 1e-3), 0.0, 1.0) ** 2.2
    top, glow = np.asarray(ink.top, float), np.asarray(ink.glow, float)
    col = (top + (glow - top) * t[:, None]).astype(np.uint8)[:, None, :]
    c.draw.flush()
    c.image.paste(Image.fromarray(col, "RGB").resize((s, s), Image.Resampling.NEAREST))
    c.draw = aggdraw.Draw(c.image)


@dataclass(frozen=True)
class Block:
    """One building in side fractions: its left and right edges, its roof and crown."""

    x0: float
    x1: float
    roof: float
    crown: str


def skyline(
    c: Canvas, level: np.ndarray, base: float, tall: float, count: int, ceiling: float
) -> list[Block]:
    """`count` buildings of seeded widths across the frame standing on `base`, each
    as tall as the curve `level` (POINTS, 0..1) is high under it (`tall` the tallest),
    never over `ceiling`."""
    rng = c.rng
    edges = -0.03 + 1.06 * np.concatenate([[0.0], np.cumsum(rng.dirichlet(np.full(count, 2.2)))])
    blocks = []
    for x0, x1 in zip(edges[:-1], edges[1:], strict=True):
        under = level[(x0 <= U) & (x1 >= U)]
        high = float(under.max()) if len(under) else float(np.interp((x0 + x1) / 2, U, level))
        # the curve alone gave even plateaus: some blocks stand lower, a few tower
        roof = base - tall * (0.14 + 0.86 * high) * float(rng.choice(RISE))
        crown = str(rng.choice(CROWNS)) if x1 - x0 > 0.025 else "flat"
        blocks.append(Block(float(x0), float(x1), max(roof, ceiling), crown))
    return blocks


def outline(blocks: list[Block], base: float, foot: float) -> list[float]:
    """The skyline's silhouette as one polygon (pixels scaled later): every roof and
    crown left to right, closed along `foot` below."""
    pts: list[tuple[float, float]] = [(blocks[0].x0, foot)]
    for b in blocks:
        w, h = b.x1 - b.x0, base - b.roof
        if b.crown == "setback":
            step = 0.2 * w
            pts += [(b.x0, b.roof), (b.x0 + step, b.roof), (b.x0 + step, b.roof - 0.12 * h)]
            pts += [(b.x1 - step, b.roof - 0.12 * h), (b.x1 - step, b.roof), (b.x1, b.roof)]
        elif b.crown == "spire":
            mid = (b.x0 + b.x1) / 2
            pts += [(b.x0, b.roof), (mid, b.roof - min(0.5 * w, 0.2 * h)), (b.x1, b.roof)]
        elif b.crown == "slant":
            pts += [(b.x0, b.roof + min(0.6 * w, 0.15 * h)), (b.x1, b.roof)]
        else:
            pts += [(b.x0, b.roof), (b.x1, b.roof)]
    pts.append((blocks[-1].x1, foot))
    return [v for p in pts for v in p]


def fill(c: Canvas, polygon: list[float], colour: RGB) -> None:
    """Fill a polygon given in side fractions."""
    c.draw.polygon([v * c.size for v in polygon], aggdraw.Brush(colour))


def antennas(c: Canvas, blocks: list[Block], ink: Night, colour: RGB, many: int) -> None:
    """A mast on the `many` tallest flat or set-back roofs, a red light on its tip."""
    s = c.size
    masts = [b for b in blocks if b.crown in ("flat", "setback") and b.x0 > 0.0 and b.x1 < 1.0]
    for b in sorted(masts, key=lambda b: b.roof)[:many]:
        x = (b.x0 + b.x1) / 2
        y = b.roof - (0.12 * (b.x1 - b.x0) if b.crown == "setback" else 0.0)
        tip = y - float(c.rng.uniform(0.04, 0.08))
        c.draw.line([x * s, y * s, x * s, tip * s], raster.pen(colour, max(c.pen * 0.9, 1.0)))
        r = max(0.005 * s, 1.0)
        c.draw.ellipse([x * s - r, tip * s - r, x * s + r, tip * s + r], aggdraw.Brush(ink.beacon))


def windows(c: Canvas, blocks: list[Block], base: float, ink: Night, share: float) -> None:
    """A few lit windows: a seeded share of each wide building's window grid, lower
    floors as likely as upper ones."""
    s, rng = c.size, c.rng
    w, h = 0.007, 0.011  # one window, side fractions
    brush = aggdraw.Brush(ink.window)
    for b in blocks:
        cols = int((b.x1 - b.x0 - 0.012) / 0.017)
        floors = int((base - b.roof - 0.02) / 0.024)
        if cols < 1 or floors < 1:
            continue
        lit = rng.random((floors, cols)) < share
        for f, k in zip(*np.nonzero(lit), strict=True):
            x = b.x0 + 0.009 + k * 0.017
            y = b.roof + 0.016 + f * 0.024
            c.draw.rectangle([x * s, y * s, (x + w) * s, (y + h) * s], brush)


def curve(c: Canvas, row: np.ndarray, span: float) -> np.ndarray:
    """A row of the song's heights seen through a seeded window of `span` of its
    width (a zoom gives fewer, broader towers), 0..1."""
    x0 = float(c.rng.uniform(0.0, 1.0 - span))
    seen = np.interp(x0 + U * span, U, row)
    return seen / max(float(seen.max()), 1e-6)


def count(c: Canvas, low: int, high: int, span: float) -> int:
    """How many buildings across: more for a busier song, fewer in a zoom."""
    return max(4, int(round((low + (high - low) * busy(c)) * (0.5 + 0.5 * span))))


def reflect(c: Canvas, water: float, ink: Night) -> None:
    """Mirror the city above `water` (a side fraction) into the river below it: the
    reflection smeared down, broken into ripples, sunk in the river's dark."""
    s = c.size
    c.draw.flush()
    y = int(round(water * s))
    depth = s - y
    if depth < 2:
        return
    arr = np.asarray(c.image, dtype=np.float32)
    above = arr[max(0, y - depth) : y][::-1]
    if len(above) < depth:
        above = np.concatenate([above, np.repeat(above[-1:], depth - len(above), 0)])
    smear = Image.fromarray(above.astype(np.uint8)).resize((s, max(2, depth // 6)), Image.BOX)
    mirror = np.asarray(smear.resize((s, depth), Image.Resampling.BILINEAR), np.float32)
    ripple = c.rng.integers(-1, 2, depth // 3 + 1) * max(1, s // 180)
    shift = np.repeat(ripple, 3)[:depth]
    cols = (np.arange(s)[None, :] - shift[:, None]) % s
    mirror = mirror[np.arange(depth)[:, None], cols]
    dark = np.asarray(ink.black, np.float32)
    fade = (0.8 - 0.45 * np.linspace(0.0, 1.0, depth))[:, None, None]
    arr = arr.copy()
    arr[y:] = dark + (mirror - dark) * fade
    c.image.paste(Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB"))
    c.draw = aggdraw.Draw(c.image)


def fog(c: Canvas, ink: Night, low: float, high: float) -> None:
    """A thin haze of the glow rising from `low` to `high` (side fractions): the rows
    behind it sink into the city's light."""
    s = c.size
    for k in range(5):
        y = high + (low - high) * k / 5
        c.draw.rectangle([0, y * s, s, low * s], aggdraw.Brush(ink.glow, 22))


def glints(c: Canvas, water: float, ink: Night) -> None:
    """The river's glints: short level strokes of the lamp, thick under the far bank,
    thinning towards the viewer."""
    s, rng = c.size, c.rng
    many = int(50 + 60 * busy(c))
    y = water + (1.0 - water) * rng.random(many) ** 2.2
    x = rng.uniform(0.0, 1.0, many)
    n = rng.uniform(0.01, 0.05, many) * (1.0 + 2.0 * (y - water))
    pen = raster.pen(ink.lamp, max(c.pen * 0.7, 1.0), 190)
    for x0, y0, w in zip(x, y, n, strict=True):
        c.draw.line([x0 * s, y0 * s, (x0 + w) * s, y0 * s], pen)


def rain(c: Canvas, ink: Night) -> None:
    """Slanting rain over the whole night: thin pale streaks, more for a busier song."""
    s, rng = c.size, c.rng
    many = int(160 + 160 * busy(c))
    slant = float(rng.uniform(0.12, 0.3)) * float(rng.choice((-1.0, 1.0)))
    x = rng.uniform(-0.1, 1.1, many)
    y = rng.uniform(-0.05, 1.0, many)
    length = rng.uniform(0.03, 0.08, many)
    pen = raster.pen(raster.tone(ink.line, 0.85), max(c.pen * 0.55, 0.7), 130)
    for x0, y0, n in zip(x, y, length, strict=True):
        c.draw.line([x0 * s, y0 * s, (x0 + slant * n) * s, (y0 + n) * s], pen)
