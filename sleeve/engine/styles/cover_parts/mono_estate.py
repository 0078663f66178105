"""Mono grain's estate print for drill and trap: a night photograph of a concrete
tower block, close and from below, lit by one street lamp; flat lit windows, a lit
stairwell running up it, and (for some seeds) a chain-link fence in front.

The facade is a plane seen in perspective: every pixel is mapped back onto it
through one homography, so windows, slabs and panels are array arithmetic."""

from __future__ import annotations

import numpy as np

from sleeve.engine import raster
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.mono_scenes import RES, Grid, energy_line

Print = tuple[np.ndarray, Box, np.ndarray | None]
Corners = list[tuple[float, float]]


def _homography(dst: Corners) -> np.ndarray:
    """The 3x3 map from the unit square (u right, v up: (0,0) bottom-left, (1,0),
    (1,1), (0,1)) onto the image quad `dst` in that order."""
    src = [(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0)]
    rows, rhs = [], []
    for (u, v), (x, y) in zip(src, dst, strict=True):
        rows.append([u, v, 1, 0, 0, 0, -u * x, -v * x])
        rows.append([0, 0, 0, u, v, 1, -u * y, -v * y])
        rhs += [x, y]
    h = np.linalg.solve(np.array(rows, float), np.array(rhs, float))
    return np.append(h, 1.0).reshape(3, 3)


def _facade(g: Grid, dst: Corners) -> tuple[np.ndarray, ...]:
    """Facade coordinates (u, v) of every pixel, their change over one pixel (du, dv)
    and where the facade is (0..1, one pixel of anti-aliasing at its edges)."""
    inv = np.linalg.inv(_homography(dst)).tolist()  # python floats: the fields stay float32
    x, y = np.broadcast_arrays(g.x, g.y)
    w = inv[2][0] * x + inv[2][1] * y + inv[2][2]
    u = (inv[0][0] * x + inv[0][1] * y + inv[0][2]) / w
    v = (inv[1][0] * x + inv[1][1] * y + inv[1][2]) / w
    # the edges in pixels: the distance in (u, v) over its local pixel size
    du = np.abs(np.diff(u, axis=1, append=u[:, -1:])) + np.abs(np.diff(u, axis=0, append=u[-1:]))
    dv = np.abs(np.diff(v, axis=1, append=v[:, -1:])) + np.abs(np.diff(v, axis=0, append=v[-1:]))
    du, dv = du + 1e-6, dv + 1e-6
    inside = np.minimum(np.minimum(u, 1 - u) / du, np.minimum(v, 1 - v) / dv)
    return u, v, du, dv, np.clip(inside + 0.5, 0, 1) * (w > 0)


def _cells(f: np.ndarray, step: np.ndarray, n: int, half: float, centre: float = 0.5) -> np.ndarray:
    """1 inside the middle `2 half` of each of n cells along facade coordinate f
    (which changes by `step` over a pixel), anti-aliased."""
    t = f * n
    d = np.abs(t - np.floor(t) - centre)
    return np.clip((half - d) / (step * n) + 0.5, 0, 1)


def estate(
    direction: ArtDirection, rng: np.random.Generator, g: Grid, side: str, light: bool
) -> Print:
    """A tower block at night from its foot: the facade leans away into a dark sky
    (top title) or rises out of a black foreground wall (bottom title); a street
    lamp lights its lower floors, falling off with distance. Which windows are lit
    follows the song's energy across the facade; the stairwell's strip of light runs
    the block's height; the louder the song the closer the crop."""
    far = rng.random() < 0.45  # seen square-on from across the road: a tall slab
    corner = not far and rng.random() < 0.7
    lean = (0.2 if side == "top" else 0.34) + 0.14 * direction.loudness  # walls converge
    yaw = float(rng.uniform(0.04, 0.14)) * (1 if rng.random() < 0.5 else -1)
    if side == "top":
        roof = 0.39 + abs(yaw) + float(rng.uniform(0.0, 0.06))  # below the title's band
        foot = 1.25
    else:
        roof = -0.25 - float(rng.uniform(0.0, 0.2))
        foot = 0.7
    wide = (0.55 if side == "top" else 0.42) + 0.25 * direction.loudness
    wide += float(rng.uniform(-0.05, 0.1))
    cx = 0.5 + float(rng.uniform(-0.15, 0.15))
    if far:  # narrow, upright, on a third, its roof against the sky
        lean, yaw = 0.03, 0.0
        wide = float(rng.uniform(0.13, 0.2))
        cx = (1 / 3, 2 / 3)[int(rng.integers(2))] + float(rng.uniform(-0.04, 0.04))
        roof = (0.42 if side == "top" else 0.06) + float(rng.uniform(0.0, 0.08))
        foot = 1.02 if side == "top" else 0.66
    x0b, x1b = cx - wide, cx + wide
    x0t, x1t = cx - wide * (1 - lean), cx + wide * (1 - lean)
    dst = [(x0b, foot), (x1b, foot), (x1t, roof - yaw), (x0t, roof + yaw)]
    if corner:  # the block's corner inside the frame, sky beside it
        shift = float(rng.uniform(0.3, 0.45)) * (1 if rng.random() < 0.5 else -1)
        dst = [(x + shift, y) for x, y in dst]
    u, v, du, dv, body = _facade(g, dst)
    floors = 16 + round(12 * direction.density)
    bays = 8 + int(rng.integers(6)) - (4 if far else 0)
    fu, fv = u * bays, v * floors
    iu = np.clip(np.floor(fu), 0, bays - 1).astype(np.intp)
    iv = np.clip(np.floor(fv), 0, floors - 1).astype(np.intp)
    # the lamp: low in the frame, off to one side; light falls off with distance
    lx = float(rng.uniform(0.1, 0.9)) if not far else 1 - cx + float(rng.uniform(-0.1, 0.1))
    ly = 1.04 if side == "top" else 0.6  # just out of frame, or just over the wall
    d2 = (g.x - lx) ** 2 + (g.y - ly) ** 2
    lamp = 1.0 / (1.0 + d2 / 0.12)
    stains = rng.uniform(0.7, 1.15, (floors, bays)).astype(np.float32)
    concrete = (0.015 + 1.1 * lamp**2) * stains[iv, iu] * (0.85 + 0.3 * g.fog)
    slab = _cells(v, dv, floors, 0.06, 0.03)  # each floor's slab edge, lit from below
    seam = _cells(u, du, bays, 0.012, 0.0)
    wall = concrete * (1 + 0.8 * slab) * (1 - 0.5 * seam)
    window = _cells(u, du, bays, 0.28) * _cells(v, dv, floors, 0.26, 0.5)
    song = energy_line(direction, 20)
    col = np.clip(u * (RES - 1), 0, RES - 1).astype(np.intp)
    chance = 0.07 + 0.38 * song[col] ** 2  # lit where the song is loud along the block
    draw = rng.random((floors, bays)).astype(np.float32)
    bright = rng.uniform(0.6, 1.0, (floors, bays)).astype(np.float32)
    lit = (draw[iv, iu] < chance) * bright[iv, iu]
    curtain = rng.random((floors, bays)) < 0.4  # half drawn: lit on one side only
    half = np.where(curtain[iv, iu], (fu - np.floor(fu)) < 0.5, True)
    glass = 0.02 + 0.12 * lamp
    panes = glass + (lit * half - glass) * (lit * half > glass)
    stair = int(rng.integers(1, bays - 1))
    stairs = _cells(u, du, bays, 0.12) * (iu == stair) * _cells(v, dv, floors, 0.38, 0.5)
    facade = wall * (1 - window) + panes * window
    facade = np.maximum(facade, 0.95 * stairs)
    # a city's night sky: low cloud lit from below, brightest near the roofs
    sky = 0.32 + 0.15 * np.clip(g.y, 0, 1) + 0.1 * (g.fog - 0.5)
    tone = sky * (1 - body) + facade * body
    bulb = np.exp(-d2 / 0.018**2)
    lights = np.clip(np.maximum(window * lit * half, stairs) * body, 0, 1)
    tone = tone + 0.5 * _blur(lights, 4) + 0.35 * _blur(lights, 16)  # halation round lights
    glow = np.exp(-d2 / 0.1**2)
    tone = tone + 1.2 * bulb + 0.45 * glow
    if rng.random() < 0.5 + 0.3 * (direction.language.subgenre == "drill"):
        span = (0.5, 1.0) if side == "top" else (0.2, 0.64)
        tone = _fence(g, rng, tone, lamp, span)
    front = np.zeros_like(tone)
    if side == "bottom":  # a black wall in front, its top the title band's edge
        front = _edge_below(g, 0.64 + 0.01 * np.sin(g.x * 7))
        tone = tone * (1 - front) + (0.015 + 0.01 * g.fog) * front
    tone = tone * (1 - 0.5 * ((g.x - 0.5) ** 2 + (g.y - 0.5) ** 2))  # the lens's fall-off
    tone = tone + 0.045 * rng.standard_normal((RES, RES), dtype=np.float32)  # coarse grain
    rows = np.nonzero(body.max(axis=1) > 0.5)[0]
    top = rows.min() / RES if rows.size else 0.0
    y0, y1 = (max(top, 0.36), 1.0) if side == "top" else (0.0, 0.64)
    cols = np.nonzero(body.max(axis=0) > 0.5)[0]
    x0, x1 = (cols.min() / RES, cols.max() / RES) if cols.size else (0.0, 1.0)
    x0, x1 = max(min(x0, lx - 0.15), 0.0), min(max(x1, lx + 0.15), 1.0)  # and the lamp's pool
    spot = np.clip(0.85 * glow * (1 - front), 0, 1)
    return tone, (float(x0), float(y0), float(max(x1, x0 + 0.05)), float(y1)), spot


def _edge_below(g: Grid, line: np.ndarray) -> np.ndarray:
    """1 below `line` (a row per column), anti-aliased over a pixel."""
    return np.clip((g.y - line) * RES / 1.2 + 0.5, 0, 1)


def _blur(field: np.ndarray, radius: float) -> np.ndarray:
    """A float field blurred by `radius` RES pixels."""
    return raster.from_image(raster.fast_blur(raster.to_image(np.clip(field, 0, 1)), radius))


def _fence(
    g: Grid,
    rng: np.random.Generator,
    tone: np.ndarray,
    lamp: np.ndarray,
    span: tuple[float, float],
) -> np.ndarray:
    """A chain-link fence close in front of the lens over the rows `span` (top,
    bottom): its diamond mesh black against the lit wall and caught by the lamp where
    it is near."""
    top, bottom = span
    pitch = float(rng.uniform(0.045, 0.07))
    a = (g.x + g.y) / pitch
    b = (g.x - g.y) / pitch
    wire = np.maximum(
        np.clip(1 - np.abs(a - np.round(a)) * pitch * RES / 1.6, 0, 1),
        np.clip(1 - np.abs(b - np.round(b)) * pitch * RES / 1.6, 0, 1),
    )
    mesh = wire * np.clip((g.y - top) * RES / 4, 0, 1) * (g.y < bottom)
    mesh = 0.6 * mesh + 0.4 * _blur(mesh, 1.5)  # out of focus, this close
    return tone * (1 - 0.9 * mesh) + mesh * (0.08 + 0.8 * lamp)
