"""Chladni's photographed plates, each its own composition. Drawn with the title's band
at the top (the style flips and mirrors the sheet afterwards), each keeps that band
dark and returns its focal box:

- whole: one round or square plate seen from above under a raking light, big, off
  centre and cropped by the frame as the song is loud; its far side falls into the
  dark;
- angle: a square plate photographed at an angle, its near part past the frame, its
  far edge under the title, the near sand sharp and the far sand soft (depth of
  field);
- modes: the song's sections as two or three round plates, each ringing its own
  figure and as big as its section is loud, stepping down a diagonal, each lying over
  the edge of the one before (the figures spread over the whole cover read as snake
  skin with no focal shape).
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from sleeve.engine import compose, raster, signals
from sleeve.engine.color import oklch_to_rgb, rgb_to_oklch
from sleeve.engine.styles.cover_parts import chladni_cymatics as cy
from sleeve.engine.styles.cover_parts import chladni_relief as relief
from sleeve.engine.styles.cover_parts.chladni_layouts import Sheet

F32 = np.float32
RES = 384  # the side the plate is photographed at (scaled to the cover: the same
# picture at any size, and a thumbnail's sand never thicker than a big cover's)
LINE = 0.014  # a sand ridge's half width, in plate halves


def _res(s: Sheet) -> int:
    """The side the plate is photographed at, whatever the cover's."""
    return RES


def _axis(res: int) -> np.ndarray:
    return (np.arange(res, dtype=F32) + F32(0.5)) / F32(res)


def _azimuth(s: Sheet) -> float:
    """The light from one upper side, low across the plate (the seed picks the side)."""
    return (
        float(np.pi + s.rng.uniform(-0.9, 0.9))
        if s.rng.random() < 0.5
        else float(s.rng.uniform(-0.9, 0.9))
    )


def _print(s: Sheet, img: Image.Image) -> None:
    if img.size[0] != s.work:
        img = img.resize((s.work, s.work), Image.Resampling.BICUBIC)
    s.img.paste(img)


def _calm(s: Sheet, res: int) -> np.ndarray:
    """Near 0 in the title's band, 1 below it."""
    return np.ascontiguousarray(s.quiet(res, 0.0)).astype(F32)


def _bright(s: Sheet) -> bool:
    """Whether the cover stays light: children's songs, or a vivid field the language
    chose (neon, gold, electric blue)."""
    return s.joy or rgb_to_oklch(s.inks.field)[1] >= raster.VIVID_FIELD


def _lit(s: Sheet, glow: np.ndarray) -> np.ndarray:
    """The light's pool: falling off to dark, or only a little on a light cover."""
    return F32(0.95) + F32(0.05) * glow if _bright(s) else glow


def whole(s: Sheet) -> compose.Box:
    """One plate from above, round or square (see the module): a quiet song's plate
    sits whole in the dark, a loud one's fills the cover and runs past the frame."""
    res = _res(s)
    loud = float(np.clip(s.direction.energy, 0.0, 1.0))
    is_round = cy.round_plate(s) or not s.inks.dark  # a square on paper reads as a tile
    half = 0.3 + 0.26 * loud + float(s.rng.uniform(-0.03, 0.03))
    room = 1.0 - s.band
    cx = 0.5 + float(s.rng.uniform(0.06, 0.2)) * (1 if s.rng.random() < 0.5 else -1)
    if loud < 0.5:  # a quiet song's plate lies whole in the frame
        half = min(half, (0.9 - s.band) / 2)
        cx = float(np.clip(cx, half + 0.06, 0.94 - half))
    cy_ = max(s.band + half + 0.03, s.band + room * 0.5)
    if loud < 0.5:
        cy_ = min(cy_, 0.93 - half)
    if s.column:
        cx, cy_, half = 0.7, 0.5, 0.3 + 0.1 * loud
    axis = _axis(res)
    u, v = ((axis - F32(cx)) / F32(half))[None, :], ((axis - F32(cy_)) / F32(half))[:, None]
    figure = cy.figure_of(s, is_round, 2 + s.detail(3))
    edge = 1.0 - (np.hypot(u, v) if is_round else np.maximum(np.abs(u), np.abs(v)))
    on = np.clip(edge * F32(half * res) + F32(0.5), 0.0, 1.0).astype(F32)
    density = relief.ridges(cy.wave(figure, u, v), LINE * half * res) * (on > 0.99)
    height = relief.heap(density, int(s.rng.integers(1 << 30)), 0.3 if s.stark else 0.45)
    azimuth = _azimuth(s)
    hot = (cx - 0.25 * half * np.cos(azimuth), cy_ - 0.25 * half * np.sin(azimuth))
    glow = _lit(s, relief.pool(res, *hot, half * (0.95 + 0.25 * loud)) * _calm(s, res))
    light = relief.Light(azimuth, glow, 0.5 if _bright(s) else 1.0, 0.4)  # lit to its rim
    _print(s, relief.photograph(height, on, light, cy.colours(s)))
    return cy.focal(s, (cx - half, cy_ - half, cx + half, cy_ + half))


def _turned(s: Sheet, gu: np.ndarray, gv: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Plate coordinates of points on the table (gu across, gv from the edge line by
    the title toward the lens, in plate halves): the square plate lies turned a
    quarter to a half of a right angle (square to the lens it read as a runway or a
    rug), its corner nearest the title just touching the edge line."""
    turn = float(s.rng.uniform(0.3, 0.6)) * (1 if s.rng.random() < 0.5 else -1)
    cos, sin = F32(np.cos(turn)), F32(np.sin(turn))
    dv = gv - F32(cos + abs(sin))  # from the plate's centre (the turned square's half depth)
    return cos * gu + sin * dv, cos * dv - sin * gu


def angle(s: Sheet) -> compose.Box:
    """A square plate photographed at an angle (see the module), drawn with the title
    at the top (the style flips it under a low title, as if shot from the other
    side): its far corner under the title, its near part running past the frame, the
    plate turned on the table. Steeper for a loud song, lower for a quiet one."""
    res = _res(s)
    loud = float(np.clip(s.direction.energy, 0.0, 1.0))
    edge_y = s.band + 0.02 + float(s.rng.uniform(0.0, 0.06))  # the far corner, by the title
    horizon = edge_y - 0.3 - 0.45 * loud  # the tilt
    edge_w = float(s.rng.uniform(0.32, 0.4))
    seen = 1.25 + 0.4 * loud  # how deep into the plate (of 2) the frame sees
    axis = _axis(res)
    y = np.maximum(axis - F32(horizon), F32(1e-3))[:, None]
    scale = seen / (1.0 / (edge_y - horizon) - 1.0 / (1.0 - horizon))  # the depth seen
    z = F32(scale) / y  # distance into the scene
    z_edge = scale / (edge_y - horizon)
    c = edge_w * z_edge  # cover fraction per plate unit, times the distance
    gu = (axis[None, :] - F32(0.5)) * z / F32(c)  # across the table, plate halves
    u, v = _turned(s, gu, F32(z_edge) - z)
    on = np.clip((1.0 - np.maximum(np.abs(u), np.abs(v))) * F32(c * res) / z + F32(0.5), 0, 1)
    figure = cy.figure_of(s, False, 2 + s.detail(3))
    width = np.broadcast_to(F32(0.9 * LINE * c * res) / z, (res, res))
    density = relief.ridges(cy.wave(figure, u, v), width)
    height = relief.heap(density * (on > 0.99), int(s.rng.integers(1 << 30)))
    azimuth = float(-np.pi / 2 + s.rng.uniform(-0.5, 0.5))  # from beyond the plate
    hot_y = edge_y + 0.35 * (1.0 - edge_y)
    glow = _lit(s, relief.pool(res, 0.5, hot_y, 0.36 + 0.1 * loud))
    light = relief.Light(azimuth, glow, 0.5 if _bright(s) else 1.0, 0.4)
    sharp = relief.photograph(height, on, light, cy.colours(s, steel=False))
    soft = raster.fast_blur(sharp, res * 0.01, 2)
    focus = scale / (hot_y - horizon)
    blur = np.clip(np.abs(z - F32(focus)) / F32(0.45 * seen), 0.0, 1.0)
    calm = _calm(s, res)
    _print(s, raster.blend(sharp, soft, np.broadcast_to(blur * blur, (res, res)) * calm + 1 - calm))
    wide = 0.5 + 1.3 * edge_w
    return cy.focal(s, (1.0 - wide, s.band + 0.02, wide, 1.0))


def _sections(s: Sheet) -> list[float]:
    """The song's sections' loudness: two for a steady song, three for a turbulent one."""
    count = 3 if s.direction.turbulence > 0.45 else 2
    curve = signals.energy(s.direction, 48 * count)
    return [float(part.mean()) for part in np.split(curve, count)]


def _stack(s: Sheet, parts: list[float]) -> list[tuple[float, float, float]]:
    """Where the sections' plates lie (centre x, centre y, half side), drawn in order,
    the later on top: the loudest section's plate is the biggest, each stepping down a
    diagonal so that it eclipses a third of the one before, the stack inside the frame
    under the title (or right of the CJK column) with bare field around it."""
    count, loudest = len(parts), max(max(parts), 1e-3)
    big = 0.31 if count == 2 else 0.25
    halves = [big * (0.6 + 0.4 * p / loudest) for p in parts]
    slope = float(s.rng.uniform(0.3, 0.8))  # radians below the level: the diagonal
    xs, ys = [0.0], [0.0]
    for before, after in zip(halves, halves[1:], strict=False):
        step = 0.68 * (before + after)
        xs.append(xs[-1] + step * float(np.cos(slope)))
        ys.append(ys[-1] + step * float(np.sin(slope)))
    left = 0.42 if s.column else 0.04
    top, bottom = (0.04 if s.column else s.band + 0.03), 0.97
    x0 = min(x - h for x, h in zip(xs, halves, strict=True))
    x1 = max(x + h for x, h in zip(xs, halves, strict=True))
    y0 = min(y - h for y, h in zip(ys, halves, strict=True))
    y1 = max(y + h for y, h in zip(ys, halves, strict=True))
    fit = min(1.0, (0.96 - left) / (x1 - x0), (bottom - top) / (y1 - y0))
    ox = left + (0.96 - left - fit * (x1 - x0)) * float(s.rng.uniform(0.3, 0.7)) - fit * x0
    oy = top + (bottom - top - fit * (y1 - y0)) * float(s.rng.uniform(0.4, 0.8)) - fit * y0
    return [(ox + fit * x, oy + fit * y, fit * h) for x, y, h in zip(xs, ys, halves, strict=True)]


def _cast(res: int, x: float, y: float, half: float, azimuth: float) -> np.ndarray:
    """The soft shadow a round plate at (x, y) throws on what lies under it, away from
    the light."""
    axis = _axis(res)
    reach = 0.03 * half / 0.25
    sx, sy = x - reach * np.cos(azimuth), y - reach * np.sin(azimuth)
    d = np.hypot((axis - F32(sx))[None, :], (axis - F32(sy))[:, None])
    soft = F32(0.05)
    return np.clip((F32(half) + soft - d) / soft, 0.0, 1.0).astype(F32)


def modes(s: Sheet) -> compose.Box:
    """The song's sections (see _sections) as round plates photographed together, each
    drawn like the whole plate and ringing its own mode, its size from its section's
    loudness: two or three plates stepping down a diagonal, each later one lying over
    the edge of the one before and throwing its shadow on it, bare field around them,
    so the stack reads as one shape at 64 px. On a dark cover the last section's sand
    is the second ink; a children's song's plates take its two primaries in turn."""
    res = _res(s)
    parts = _sections(s)
    a, b, salt = s.key
    axis = _axis(res)
    azimuth = _azimuth(s)
    density = np.zeros((res, res), F32)
    on = np.zeros((res, res), F32)
    which = np.full((res, res), -1, np.int8)
    shadow = np.zeros((res, res), F32)
    stack = _stack(s, parts)
    for i, (x, y, half) in enumerate(stack):
        lo, hi = max(0, int((y - half) * res) - 1), min(res, int((y + half) * res) + 2)
        le, ri = max(0, int((x - half) * res) - 1), min(res, int((x + half) * res) + 2)
        u = ((axis[le:ri] - F32(x)) / F32(half))[None, :]
        v = ((axis[lo:hi] - F32(y)) / F32(half))[:, None]
        figure = cy.round_figure(a + 3 * i, b + 5 * i, salt + 7 * i, 0)
        disc = np.clip((1.0 - np.hypot(u, v)) * F32(half * res) + F32(0.5), 0.0, 1.0)
        sand = relief.ridges(cy.wave(figure, u, v), LINE * 0.42 * res) * (disc > 0.99)
        inside = disc > 0
        if i:  # this plate lies over the ones before: they darken under its shadow
            cast = _cast(res, x, y, half, azimuth)
            shadow = np.maximum(shadow, cast * (which >= 0))
        box = (slice(lo, hi), slice(le, ri))
        density[box] = np.where(inside, sand, density[box])
        on[box] = np.maximum(on[box], disc)
        which[box] = np.where(inside, i, which[box])
        shadow[box] = np.where(inside, 0, shadow[box])
    height = relief.heap(density, int(s.rng.integers(1 << 30)), 0.3 if s.stark else 0.45)
    ground, metal, grains = cy.colours(s)
    last = (which == len(parts) - 1)[..., None]
    if s.joy:  # the plates take the song's two primaries in turn
        odd = (which % 2 == 1)[..., None]
        metal_tint = np.where(odd, np.asarray(s.inks.accent, F32), np.asarray(metal, F32))
        sand_tint = None
    elif s.direction.genre == "classical" and not (_bright(s) or s.inks.dark):  # brass on paper
        brass = np.asarray(oklch_to_rgb(0.88, 0.13, 84.0), F32)
        metal_tint = np.where(last, brass, np.asarray(metal, F32))
        ink = np.asarray(raster.tone(metal, 0.24, 0.06), F32)  # its sand the plate's ink
        sand_tint = np.where(last, ink, np.asarray(grains, F32))
    else:  # the last section's sand in the second ink
        metal_tint = None
        second = np.asarray(raster.tone(s.inks.accent, 0.82, 0.1), F32)
        sand_tint = None if _bright(s) else np.where(last, second, np.asarray(grains, F32))
    x0 = min(x - h for x, _, h in stack)
    y0 = min(y - h for _, y, h in stack)
    x1 = max(x + h for x, _, h in stack)
    y1 = max(y + h for _, y, h in stack)
    reach = 0.5 * max(x1 - x0, y1 - y0)  # one lamp over the stack, falling off past it
    hot = (
        (x0 + x1) / 2 - 0.2 * reach * np.cos(azimuth),
        (y0 + y1) / 2 - 0.2 * reach * np.sin(azimuth),
    )
    glow = relief.pool(res, *hot, 0.9 * reach) * (F32(1) - F32(0.7) * shadow)
    light = relief.Light(azimuth, _lit(s, glow * _calm(s, res)), 0.5 if _bright(s) else 1.0)
    picture = relief.photograph(height, on, light, (ground, metal, grains), sand_tint, metal_tint)
    _print(s, picture)
    return cy.focal(s, (x0, y0, x1, y1))
