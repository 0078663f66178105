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
