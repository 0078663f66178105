"""Marbling as a per-pixel field (for the ring and combed patterns of marbled ink).

The bath starts as a one-dimensional ink pattern: concentric rings (suminagashi, a
drop) or parallel stripes (the base of combed patterns). Every later move of the bath
(a comb, a wavy stick, a stylus stroke, a stir, a drop of clear water) is undone per
pixel: a ``Field`` holds where each pixel's ink was before the moves, so the moves are
applied newest first. ``shade`` then colours the smooth coordinate and blends each
boundary over one pixel from the field's gradient, so every edge is anti-aliased at
any size (no staircase where stripes are pulled thin).

Coordinates are cover fractions, x right and y down.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image

from sleeve.engine import raster

F = np.float32


@dataclass
class Field:
    """Per pixel: the bath position its ink came from (x, y)."""

    x: np.ndarray
    y: np.ndarray
    px: float  # one pixel in cover fractions

    @classmethod
    def grid(cls, size: int) -> Field:
        x, y = raster.pixel_grid(size)
        return cls(
            np.broadcast_to(x, (size, size)).copy(),
            np.repeat(y, size, 1),
            1.0 / size,
        )


def _axes(angle: float) -> tuple[float, float, float, float]:
    """The move direction (mx, my) and the across direction (nx, ny)."""
    mx, my = float(np.cos(angle)), float(np.sin(angle))
    return mx, my, -my, mx


def _envelope(f: Field, nx: float, ny: float, shape: np.ndarray) -> np.ndarray:
    """`shape` (samples over the sheet, first to last) read at each pixel's place
    across the sheet along (nx, ny): 0 at the corner furthest back, 1 at the front."""
    lo = min(0.0, nx) + min(0.0, ny)
    hi = max(0.0, nx) + max(0.0, ny)
    at = (f.x * F(nx) + f.y * F(ny) - F(lo)) * F((len(shape) - 1) / max(hi - lo, 1e-6))
    return np.interp(at, np.arange(len(shape)), shape).astype(F)


def comb(
    f: Field,
    angle: float,
    spacing: float,
    shift: float,
    pull: float,
    sharp: float,
    shape: np.ndarray | None = None,
) -> None:
    """Undo a comb dragged along `angle`: tines every `spacing` across it; ink by a tine
    moved `pull`, falling off as sharp / (d + sharp) with the distance to the tine;
    `shape` scales the pull tine by tine across the sheet (a song's energy curve)."""
    mx, my, nx, ny = _axes(angle)
    across = f.x * F(nx) + f.y * F(ny) - F(shift)
    t = across * F(1 / spacing)
    d = np.abs(t - np.floor(t + F(0.5))) * F(spacing)
    disp = F(pull * sharp) / (d + F(sharp))
    if shape is not None:
        disp *= _envelope(f, nx, ny, shape)
    f.x -= disp * F(mx)
    f.y -= disp * F(my)


def gelgit(
    f: Field,
    angle: float,
    spacing: float,
    shift: float,
    pull: float,
    sharp: float,
    shape: np.ndarray | None = None,
) -> None:
    """Undo ebru's gel-git: a stylus drawn along `angle` and back, one pass every
    `spacing` across it, each pass the other way (ink by a pass moved about `pull`,
    falling off as sharp / (d + sharp), to nothing half way to the next pass): the
    stripes bent into rows of arches that point one way, then the other; `shape`
    scales the pull pass by pass (the energy curve)."""
    mx, my, nx, ny = _axes(angle)
    across = f.x * F(nx) + f.y * F(ny) - F(shift)
    t = across * F(1 / spacing)
    k = np.floor(t + F(0.5))
    d = np.abs(t - k) * F(spacing)
    sign = F(1) - F(2) * (k % 2)  # every other pass drawn back
    # each pass's pull falls to nothing half way to the next (no seam where they meet)
    edge = F(1 / (spacing / 2 + sharp))
    disp = sign * F(pull * sharp) * (F(1) / (d + F(sharp)) - edge)
    if shape is not None:
        disp *= _envelope(f, nx, ny, shape)
    f.x -= disp * F(mx)
    f.y -= disp * F(my)


def curls(
    f: Field, spacing: float, turn: float, reach: float, offset: tuple[float, float] = (0, 0)
) -> None:
    """Undo the French curl: a stylus turned in small circles on a grid every
    `spacing` (each row offset half a step), ink at distance r from a curl's centre
    turned by turn * (1 - r / reach)^2 out to `reach` (a share of the spacing, under
    half: the curls never meet), one pass for the whole grid."""
    row = np.floor((f.y - F(offset[1])) * F(1 / spacing))
    cy = (row + F(0.5)) * F(spacing) + F(offset[1])
    x0 = f.x - F(offset[0]) - (row % 2) * F(spacing / 2)
    cx = (np.floor(x0 * F(1 / spacing)) + F(0.5)) * F(spacing) + (f.x - x0)
    dx, dy = f.x - cx, f.y - cy
    r = np.sqrt(dx * dx + dy * dy) * F(1 / (reach * spacing))
    fall = np.clip(F(1) - r, 0, 1)
    a = F(-turn) * fall * fall
    cos, sin = np.cos(a), np.sin(a)
    f.x = cx + dx * cos - dy * sin
    f.y = cy + dx * sin + dy * cos


@dataclass
class Stone:
    """Ebru's first drops (the stone spatter) on a jittered grid of `cells` a side: per
    cell the drop's place in it and its radius (under 0: no drop in that cell)."""

    cells: int
    jx: np.ndarray
    jy: np.ndarray
    radius: np.ndarray

    @classmethod
    def scatter(cls, rng: np.random.Generator, cells: int, share: float) -> Stone:
        """A drop in about `share` of the cells; drops and jitter stay inside their
        cells, so the coordinate is positive at every cell's edge."""
        n = cells + 2
        jx, jy = rng.uniform(0.3, 0.7, (2, n, n)).astype(F)
        radius = rng.uniform(0.06, 0.17, (n, n)) * (rng.random((n, n)) < share)
        radius[radius == 0] = -1.0
        return cls(cells, jx, jy, radius.astype(F))


def specks(f: Field, stone: Stone) -> np.ndarray:
    """The coordinate of the stone's drops: the distance from each pixel's bath place to
    its cell's drop, less the drop's radius (under 0 inside a drop)."""
    c, n = stone.cells, stone.cells + 2
    gx = np.clip(np.floor(f.x * F(c)).astype(np.int32) + 1, 0, n - 1)
    gy = np.clip(np.floor(f.y * F(c)).astype(np.int32) + 1, 0, n - 1)
    dx = f.x * F(c) - (gx - 1) - stone.jx[gy, gx]
    dy = f.y * F(c) - (gy - 1) - stone.jy[gy, gx]
    return (np.sqrt(dx * dx + dy * dy) - stone.radius[gy, gx]) * F(1 / c)


def upscale(u: np.ndarray, size: int) -> np.ndarray:
    """A smooth pattern coordinate computed on a coarse grid, read at `size` (bilinear):
    the moves are worked out coarse, the ink edges shaded crisp at the finer size."""
    if u.shape[0] == size:
        return u
    last = _LAST[0]
    if last is not None and last[0] is u and last[1] == size:  # read again (a sheet's
        return last[2]  # accent stripe shares its stripes' coordinate)
    img = Image.fromarray(np.ascontiguousarray(u, F), "F")
    out = np.asarray(img.resize((size, size), Image.Resampling.BILINEAR), F)
    _LAST[0] = (u, size, out)  # the input held, so its identity cannot be reused
    return out


_LAST: list[tuple[np.ndarray, int, np.ndarray] | None] = [None]


def upscaled(f: Field, size: int) -> Field:
    """The field read at `size` (bilinear): where a coordinate is not smooth (the stone's
    cells, a drop's centre) it is worked out from the finer field."""
    return Field(upscale(f.x, size), upscale(f.y, size), 1.0 / size)


def wave(
    f: Field,
    angle: float,
    amp: float,
    wavelength: float,
    phase: float,
    peak: float = 0.0,
    shape: np.ndarray | None = None,
) -> None:
    """Undo a wavy stick along `angle`: ink moved by a sine of its position across it;
    `peak` (0..1) sharpens the sine towards a zigzag (chevron, feather); `shape`
    scales the amplitude across the sheet (a song's energy curve: tall Vs where loud)."""
    mx, my, nx, ny = _axes(angle)
    t = (f.x * F(nx) + f.y * F(ny)) * F(2 * np.pi / wavelength) + F(phase)
    s = np.sin(t)
    if peak > 0.0:
        s = np.arcsin(s * F(0.999)) * F(2 / np.pi) * F(peak) + s * F(1 - peak)
    s *= F(amp)
    if shape is not None:
        s *= _envelope(f, nx, ny, shape)
    f.x -= s * F(mx)
    f.y -= s * F(my)


def stroke(
    f: Field,
    at: tuple[float, float],
    angle: float,
    pull: float,
    sharp: float,
    bend: float = 0.0,
    bend_len: float = 1.0,
) -> None:
    """Undo one stylus stroke through `at` along `angle`: ink near the stroke's line was
    dragged `pull` along it, falling off with the distance; `bend` curves the line into
    an S (a sine of that amplitude over `bend_len`)."""
    mx, my, nx, ny = _axes(angle)
    dx, dy = f.x - F(at[0]), f.y - F(at[1])
    across = dx * F(nx) + dy * F(ny)
    if bend:
        along = dx * F(mx) + dy * F(my)
        across -= F(bend) * np.sin(along * F(2 * np.pi / bend_len))
    disp = F(pull * sharp) / (np.abs(across) + F(sharp))
    f.x -= disp * F(mx)
    f.y -= disp * F(my)


def swirl(f: Field, at: tuple[float, float], turn: float, reach: float) -> None:
    """Undo a stir around `at`: ink at distance r turned by turn * exp(-r / reach)."""
    dx, dy = f.x - F(at[0]), f.y - F(at[1])
    a = F(-turn) * np.exp(-np.sqrt(dx * dx + dy * dy) / F(reach))
    cos, sin = np.cos(a), np.sin(a)
    f.x = F(at[0]) + dx * cos - dy * sin
    f.y = F(at[1]) + dx * sin + dy * cos


def breeze(f: Field, rng: np.random.Generator, strength: float) -> None:
    """Undo a gentle uneven warp (a breath over the bath): a few long sine waves."""
    for _ in range(3):
        freq, phase, ang = rng.uniform(1.5, 4), rng.uniform(0, 2 * np.pi), rng.uniform(0, np.pi)
        t = (f.x * F(np.cos(ang)) + f.y * F(np.sin(ang))) * F(2 * np.pi * freq) + F(phase)
        s = np.sin(t) * F(strength / 3)
        f.x += s * F(np.sin(ang))
        f.y -= s * F(np.cos(ang))


def push(f: Field, at: tuple[float, float], radius: float) -> None:
    """Undo the outward push of a drop of `radius` at `at` (the ink it covers is the
    caller's: clear water, or a set of rings laid over)."""
    dx, dy = f.x - F(at[0]), f.y - F(at[1])
    d2 = np.maximum(dx * dx + dy * dy, F(1e-12))
    k = np.sqrt(np.maximum(F(1) - F(radius * radius) / d2, 0))
    f.x = F(at[0]) + dx * k
    f.y = F(at[1]) + dy * k


def rings(f: Field, at: tuple[float, float]) -> np.ndarray:
    """The coordinate of a ring pattern dropped at `at`: the distance from it."""
    dx, dy = f.x - F(at[0]), f.y - F(at[1])
    return np.sqrt(dx * dx + dy * dy)


def across(f: Field, angle: float, origin: float = 0.0) -> np.ndarray:
    """The coordinate of stripes laid along `angle`: the distance across it."""
    _, _, nx, ny = _axes(angle)
    return f.x * F(nx) + f.y * F(ny) - F(origin)


@dataclass
class Bands:
    """A one-dimensional ink pattern: bounds (ascending) and inks (one more than the
    bounds: the ink below the first bound, between each pair, above the last);
    ink -1 is clear water. With a period, the coordinate wraps (inks[0] and inks[-1]
    should then be the same band split at the wrap)."""

    bounds: np.ndarray
    inks: np.ndarray
    period: float = 0.0


LEVELS = 14  # blur widths of the shading table: half octaves from 1/4 px to 32 px
SAMPLES = 4096  # at most this many samples of the coordinate's range in the shading table
PER_PX = 16  # samples a pixel's width (a small ring set needs far fewer than SAMPLES)


def _table(bands: Bands, colours: np.ndarray, px: float) -> tuple[np.ndarray, float, float, int]:
    """The shading table: for each blur width (LEVELS, see shade) the pattern's colour
    at PER_PX points a pixel (at most SAMPLES) of its range, box-filtered over that
    width (so a boundary blends over one pixel and stripes thinner than a pixel
    average out); the range and the number of points."""
    if bands.period:
        lo, hi = 0.0, bands.period
    else:
        pad = 64 * px
        lo, hi = float(bands.bounds[0]) - pad, float(bands.bounds[-1]) + pad
    samples = int(np.clip((hi - lo) / px * PER_PX, 256, SAMPLES))
    du = (hi - lo) / samples
    widths = px * 2.0 ** (np.arange(LEVELS) / 2 - 2)
    reach = int(np.ceil(widths[-1] / du / 2)) + 2
    u = lo + (np.arange(-reach, samples + reach) + 0.5) * du
    if bands.period:
        u = u % bands.period
    rows = np.where(bands.inks < 0, len(colours) - 1, bands.inks)
    sharp = colours[rows[np.searchsorted(bands.bounds, u)]].astype(np.float64)
    total = np.concatenate([np.zeros((1, 3)), np.cumsum(sharp, 0)])
    at = np.arange(samples) + reach + 0.5
    out = np.empty((LEVELS, samples, 3))
    for level, w in enumerate(widths):
        half = max(w / du / 2, 0.5)
        a, b = at - half, at + half
        out[level] = (
            np.stack(
                [
                    (
                        np.interp(b, np.arange(len(total)), total[:, c])
                        - np.interp(a, np.arange(len(total)), total[:, c])
                    )
                    for c in range(3)
                ],
                1,
            )
            / (b - a)[:, None]
        )
    return np.clip(out + 0.5, 0, 255).astype(np.uint8).reshape(-1, 3), lo, hi, samples


def shade(
    u: np.ndarray,
    bands: Bands,
    colours: np.ndarray,
    px: float,
) -> np.ndarray:
    """The RGB image (uint8) of pattern `bands` at coordinate `u`, each pixel the
    pattern box-filtered over the pixel's own width in u (its gradient): boundaries
    blend over one pixel, stripes thinner than a pixel average out. colours:
    (inks + 1, 3), the last row the clear water (ground)."""
    table, lo, hi, samples = _table(bands, colours, px)
    gy, gx = np.gradient(u)
    step2 = gx * gx + gy * gy + F(1e-20)
    level = np.log2(step2 * F(1 / (px * px)))  # 2 log2(step / px): half octaves
    level += F(5.0)  # rounded up: a boundary blends over at least the pixel's width
    if bands.period:
        u = u % F(bands.period)
    uq = (u - F(lo)) * F(samples / (hi - lo))
    np.clip(uq, 0, samples - 1, out=uq)
    np.clip(level, 0, LEVELS - 1, out=level)
    idx = level.astype(np.int32) * samples + uq.astype(np.int32)
    return table[idx]
