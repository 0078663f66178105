"""Streamline prints: bold lines that never cross, drawn as the level lines of one
field (a flow's streamlines are exactly those), like a screen-printed line print.

Each line thins to nothing before the title's band, where it stops (draw). flow_prints,
flow_scenes and flow_wave draw their pictures with these lines; here also the blaze
(only for a title naming fire: nested tongues of a flame made of dense lines, hottest
at the core, licking higher when the song is loud).

Geometry is in fractions of the side, y down.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image

from sleeve.engine import raster, signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB

Box = tuple[float, float, float, float]
NOISE_RES = 96  # the turbulence, computed small and scaled up smoothly
STRIP = 64  # rows drawn at a time where each pixel's ink is given
FADE = 0.16  # the lines thin out over this much of the side before the title's band


def noise(rng: np.random.Generator, size: int, cells: int) -> np.ndarray:
    """Smooth value noise (size x size, about -0.5..0.5)."""
    small = raster.fractal_noise(rng, cells=cells, octaves=2, res=NOISE_RES) - 0.5
    img = Image.fromarray(small.astype(np.float32), "F")
    return np.asarray(img.resize((size, size), Image.Resampling.BILINEAR), dtype=np.float32)


def spacing(direction: ArtDirection) -> float:
    """Bold lines across the frame: a slow song's about 14, a fast one's 32 (the
    fine prints' 70 to 160 read as a grey mat at 64 px)."""
    return 14.0 + 18.0 * signals.pace(direction)


def upscale(field: np.ndarray, size: int) -> np.ndarray:
    """A smooth field computed small, scaled up to size x size (bilinear)."""
    if field.shape[0] == size:
        return field
    img = Image.fromarray(field.astype(np.float32, copy=False), "F")
    return np.asarray(img.resize((size, size), Image.Resampling.BILINEAR), dtype=np.float32)


def flame(
    direction: ArtDirection, rng: np.random.Generator, size: int, calm: Box
) -> tuple[np.ndarray, Box]:
    """The blaze's field (size x size: 0 on the flame's axis, 1 at its edge) and its
    focal box, the flame standing in the free room beside the `calm` box (the title's
    band)."""
    x, y = raster.pixel_grid(size)
    energy = float(np.clip(direction.energy, 0.0, 1.0))
    warp = noise(rng, size, 2 + int(energy > 0.6))
    cx = 0.5 + float(rng.uniform(-0.08, 0.08))  # the flame's foot, near the middle
    # the blaze: nested tongues, round at the foot, widest a third up, licking to a tip
    base = 0.94 if calm[1] < 0.1 else min(0.9, calm[1] - 0.07)
    top = calm[3] + 0.06 if calm[1] < 0.1 else 0.06
    h = np.clip((base - y) / (base - top), 0.0, 1.0)
    belly = 0.25  # widest here, an oval below, tapering to the tip above
    t = np.clip((h - belly) / (1.0 - belly), 0.0, 1.0)
    half = 0.012 + 0.27 * (1.0 - t**1.5) ** 1.3  # round shoulders, a licking tip
    flick = noise(rng, size, 5) * (0.3 + 0.7 * energy)  # tongues licking higher up
    lick = 0.16 * h**1.3 * (warp + flick)
    sway = 0.05 * h**2 * np.sin(2 * np.pi * (0.6 + signals.pace(direction)) * h)
    across = np.abs(x - cx - sway - lick) / half
    foot = base - belly * (base - top)
    drop = np.clip((y - foot) / (base - foot), 0.0, None)
    psi = np.sqrt(across * across + drop * drop)
    return psi, (cx - 0.3, top, cx + 0.3, base)


def draw(
    img: Image.Image,
    psi: np.ndarray,
    lines: float,
    weight: float,
    inks: list[RGB],
    calm: Box,
    rng: np.random.Generator,
    nested: float | None = None,
    width: np.ndarray | None = None,
    period: int = 0,
    inks_at: np.ndarray | None = None,
) -> None:
    """Draw the level lines of `psi` (`lines` per unit of psi) on `img` as clean lines
    `weight` px wide times `width` (the taper, per pixel), in runs of 2..5 lines of
    the lead ink (about 60%) or the second; faded out over the `calm` band (the full
    width). `nested` (the blaze): the inks by level instead, the first inside, no line
    past psi = `nested`.
    `period` > 0: psi wraps round by that many lines (an angle: the sun's rays, the
    whirlpool's arms); `inks_at` (size x size, 0..2): each pixel's ink, instead of the runs.
    Only the window where a line can show is computed (_window): the title's band and
    the empty ground a taper leaves cost nothing; with each pixel's ink given, strip by
    strip (a slanting form's empty corners too)."""
    size = img.size[0]
    rows, cols = _window(img.size[1], size, calm, width)
    if rows.start >= rows.stop or cols.start >= cols.stop:
        return
    if width is not None:
        width = np.broadcast_to(width, (img.size[1], size))
    strips = [(rows, cols)]
    if inks_at is not None and width is not None and nested is None:  # no runs to number
        strips = []
        for start in range(rows.start, rows.stop, STRIP):
            strip = slice(start, min(start + STRIP, rows.stop))
            across = _span((width[strip, cols] > 0).any(axis=0))
            if across.start < across.stop:
                strips.append((strip, slice(cols.start + across.start, cols.start + across.stop)))
    spec = _Lines(psi, lines, weight, inks, calm, rng, nested, width, period, inks_at)
    for strip, span in strips:
        _block(img, spec, strip, span)


@dataclass(frozen=True)
class _Lines:
    """What draw was given, handed to each block it draws."""

    psi: np.ndarray
    lines: float
    weight: float
    inks: list[RGB]
    calm: Box
    rng: np.random.Generator
    nested: float | None
    width: np.ndarray | None
    period: int
    inks_at: np.ndarray | None


def _block(img: Image.Image, spec: _Lines, rows: slice, cols: slice) -> None:
    """draw's lines in one block of the image (`rows` by `cols`, at least three each:
    the gradient's differences need them)."""
    size = img.size[0]
    lines, weight, inks, calm, rng = spec.lines, spec.weight, spec.inks, spec.calm, spec.rng
    nested, period = spec.nested, spec.period
    rows, cols = _least(rows, img.size[1]), _least(cols, size)
    psi = spec.psi[rows, cols]
    width = None if spec.width is None else spec.width[rows, cols]
    inks_at = None if spec.inks_at is None else spec.inks_at[rows, cols]
    f = (psi * np.float32(lines)).astype(np.float32, copy=False)
    gx, gy = np.empty_like(f), np.empty_like(f)  # central differences (np.gradient's,
    gx[:, 1:-1] = f[:, 2:] - f[:, :-2]  # at a third of its cost)
    gy[1:-1] = f[2:] - f[:-2]
    gx[:, 0], gx[:, -1], gy[0], gy[-1] = gx[:, 1], gx[:, -2], gy[1], gy[-2]
    if period:  # across the angle's cut the lines run on: the step taken the short way
        for g in (gx, gy):
            g -= np.float32(period) * np.rint(g / np.float32(period))
    grad = np.hypot(gx, gy, out=gx)
    grad *= 0.5
    grad += np.float32(1e-6)  # level steps per px
    floor = np.floor(f)
    frac = np.subtract(f, floor, out=gy)
    dist = np.minimum(frac, 1.0 - frac)
    dist /= grad  # px to the nearest line
    wide = np.float32(weight) if width is None else (width * np.float32(weight))
    if nested is None:  # converging lines narrow to half their spacing, then stop
        gap = np.reciprocal(grad, out=grad)  # px between neighbouring lines
        wide = np.minimum(wide, 0.5 * gap)
        least = np.float32(np.clip(size / 300.0, 1.0, 2.5))  # a thumbnail keeps more
        fade = np.clip((gap - least) / least, 0.0, 1.0)
        cover = np.clip(wide / 2 + np.float32(0.5) - dist, 0.0, 1.0) * fade
    else:  # the blaze's dense lines merge into an even tone where crowded
        cover = np.clip(wide / 2 + np.float32(0.5) - dist, 0.0, 1.0)
        tone = np.minimum(grad * wide, 1.0)  # the ink's share where crowded
        crowd = np.reciprocal(grad, out=grad)
        crowd /= wide + np.float32(1.5)  # lines closer than a line: an even tone
        np.clip(crowd - 1.0, 0.0, 1.0, out=crowd)
        cover += (1.0 - crowd) * (tone - cover)
    if width is not None:  # a line thinned to nothing ends there, no hairline left
        cover *= np.minimum(width * np.float32(8.0), np.float32(1.0))
    if inks_at is not None:  # each pixel's ink given: no runs to number (a tenth of it)
        code = inks_at.astype(np.uint8, copy=False)
        palette = [v for ink in inks[:3] for v in ink]
    else:
        index = np.rint(f).astype(np.int32)  # the nearest line's number
        if period:
            index %= period
        group = np.floor_divide(index, int(rng.integers(2, 6)))
        low = int(group.min())
        count = int(group.max()) - low + 1
        ink_of = np.where(rng.random(count) < 0.62, 0, 1).astype(np.uint8)
        code = ink_of[group - low] * 2
        palette = [v for ink in inks[:3] for v in (*ink, *ink)]
    if nested is not None:  # the core, the body, the tongues; nothing outside
        code = (np.minimum(psi / nested * 3.0, 2.0).astype(np.uint8) * 2).astype(np.uint8)
        cover *= f < np.floor(lines * nested) + 0.5  # a clean edge, between lines
    cover *= _outside(np.arange(rows.start, rows.stop), size, calm)[:, None]
    mask = Image.fromarray((cover * 255.0 + 0.5).astype(np.uint8), "L")
    paint = Image.fromarray(code.astype(np.uint8, copy=False), "P")
    paint.putpalette(palette)
    img.paste(paint.convert("RGB"), (cols.start, rows.start), mask)


def _outside(rows: np.ndarray, size: int, calm: Box) -> np.ndarray:
    """How much of each row (pixel indices) lies outside the `calm` band: 0 in it, 1
    a twentieth of the side off it."""
    y = (rows.astype(np.float32) + 0.5) / size
    _, y0, _, y1 = calm
    inside = np.minimum(y - y0, y1 - y) / 0.05
    return 1.0 - np.clip(inside + 1.0, 0.0, 1.0)


def _window(height: int, size: int, calm: Box, width: np.ndarray | None) -> tuple[slice, slice]:
    """The rows and columns where a line can show: off the `calm` band and, with a
    taper, where it is above nothing (a line thinned to nothing ends there)."""
    live = _outside(np.arange(height), size, calm) > 0
    cols = np.ones(size, dtype=bool)
    if width is not None:
        some = np.broadcast_to(width, (height, size)) > 0
        live &= some.any(axis=1)
        cols = some[live].any(axis=0) if live.any() else cols & False
    return _span(live), _span(cols)


def _least(span: slice, limit: int) -> slice:
    """`span` widened to three indices inside 0..limit where it is narrower."""
    if span.stop - span.start >= 3:
        return span
    start = max(0, min(span.start, limit - 3))
    return slice(start, min(limit, start + 3))


def _span(flags: np.ndarray) -> slice:
    """The slice from the first true flag to the last (empty when none is)."""
    found = np.flatnonzero(flags)
    return slice(int(found[0]), int(found[-1]) + 1) if found.size else slice(0, 0)
