"""The dark walls a neon sign hangs on, as albedo fields (float RGB, res x res): old
brick with its mortar, board-marked concrete with grain and form-tie holes, or
glazed tiles and their grout. Each is near neutral and dim; the sign's light gives it
its colour. `tint` is the palette's ground colour, a trace of it kept in the wall."""

from __future__ import annotations

import numpy as np

from sleeve.engine import raster

WALLS = ("brick", "concrete", "tile")


def _grain(rng: np.random.Generator, res: int, amount: float) -> np.ndarray:
    noise = rng.normal(0.0, amount, (128, 128)).astype(np.float32)
    reps = -(-res // 128)
    return np.tile(noise, (reps, reps))[:res, :res]


def _mottle(rng: np.random.Generator, res: int, cells: int = 4) -> np.ndarray:
    return raster.upscale(raster.fractal_noise(rng, cells=cells, octaves=4, res=96), res)


def brick(rng: np.random.Generator, res: int, scale: float = 1.0) -> np.ndarray:
    """Running-bond brick: each brick its own tone, mortar joints paler and recessed."""
    h = 0.052 * scale
    w = 2.15 * h
    x, y = raster.pixel_grid(res)
    row = np.floor(y / h)
    xs = x + (row % 2) * w * 0.5
    col = np.floor(xs / w)
    tones = rng.uniform(0.55, 1.0, (64, 64)).astype(np.float32)
    tone = tones[row.astype(np.intp) % 64, col.astype(np.intp) % 64]
    fy, fx = y / h - row, xs / w - col
    joint = 0.09
    mortar = (fy < joint) | (fx < joint * h / w)
    face = tone * (0.85 + 0.3 * _mottle(rng, res, 6)) + _grain(rng, res, 0.07)
    bottom = np.clip((fy - 0.8) / 0.2, 0, 1) * 0.25  # the lower edge of each brick in shade
    out = np.where(mortar, 0.42 + _grain(rng, res, 0.05), face * (1 - bottom))
    return np.clip(out, 0.0, 1.3).astype(np.float32)


def concrete(rng: np.random.Generator, res: int, scale: float = 1.0) -> np.ndarray:
    """Board-formed concrete: mottled, grainy, faint board lines, a grid of tie holes."""
    x, y = raster.pixel_grid(res)
    out = 0.6 + 0.35 * _mottle(rng, res, 3) + _grain(rng, res, 0.06)
    board = 0.09 * scale
    out -= 0.08 * (np.abs((y / board) % 1.0 - 0.5) > 0.47)
    pitch = 0.24 * scale
    off = rng.uniform(0, pitch, 2)
    dy = ((y + off[0]) % pitch) - pitch / 2
    dx = ((x + off[1]) % pitch) - pitch / 2
    out -= 0.35 * (dx * dx + dy * dy < (0.011 * scale) ** 2)
    return np.clip(out, 0.0, 1.3).astype(np.float32)


def tile(rng: np.random.Generator, res: int, scale: float = 1.0) -> np.ndarray:
    """Square glazed tiles, each a shade apart, in pale grout."""
    s = 0.11 * scale
    x, y = raster.pixel_grid(res)
    r, c = np.floor(y / s), np.floor(x / s)
    tones = rng.uniform(0.8, 1.0, (48, 48)).astype(np.float32)
    tone = tones[r.astype(np.intp) % 48, c.astype(np.intp) % 48]
    fy, fx = y / s - r, x / s - c
    grout = (fy < 0.035) | (fx < 0.035)
    face = tone * (0.85 + 0.2 * _mottle(rng, res, 5)) + _grain(rng, res, 0.04)
    return np.where(grout, 0.3, face).astype(np.float32)


def wall(
    kind: str, rng: np.random.Generator, res: int, tint: np.ndarray, scale: float = 1.0
) -> np.ndarray:
    """The wall's albedo in RGB: the pattern's grey times a dim, near-neutral tint."""
    grey = {"brick": brick, "concrete": concrete, "tile": tile}[kind](rng, res, scale)
    return grey[..., None] * tint[None, None, :]
