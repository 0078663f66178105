"""Chladni's photographed plates, each its own composition. Drawn with the title's band
at the top (the style flips and mirrors the sheet afterwards), each keeps that band
dark and returns its focal box:

- whole: one round or square plate seen from above under a raking light, big, off
  centre and cropped by the frame as the song is loud; its far side falls into the
  dark;
- angle: a square plate photographed at an angle, its near part past the frame, its
  far edge under the title, the near sand sharp and the far sand soft (depth of
  field);
- modes: the song's sections ring one figure each, overlapping down the cover as the
  song moves from one mode to the next, each lit as loud as its section.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from sleeve.engine import compose, raster, signals
from sleeve.engine.color import rgb_to_oklch
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
    glow = _lit(s, relief.pool(res, *hot, half * (0.75 + 0.25 * loud)) * _calm(s, res))
    light = relief.Light(azimuth, glow, 0.5 if _bright(s) else 1.0)
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
    light = relief.Light(azimuth, glow, 0.5 if _bright(s) else 1.0)
    sharp = relief.photograph(height, on, light, cy.colours(s))
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


def modes(s: Sheet) -> compose.Box:
    """The song's sections (see _sections) ring one figure each on one dark plate
    filling the cover, overlapping down it in the song's order: where two overlap the
    sand follows both, one mode giving way to the next; each lit as loud as its
    section, the last in the second ink."""
    res = _res(s)
    parts = _sections(s)
    count = len(parts)
    a, b, salt = s.key
    axis = _axis(res)
    top = s.band + 0.06
    xs = np.linspace(0.3, 0.72, count) + s.rng.uniform(-0.05, 0.05, count)
    ys = np.linspace(top + 0.12, 0.84, count) + s.rng.uniform(-0.03, 0.03, count)
    total = np.zeros((res, res), F32)
    weights = np.zeros((res, res), F32)
    glow = np.zeros((res, res), F32)
    tint = np.zeros((res, res), F32)
    boxes = []
    for i, (loud, x, y) in enumerate(zip(parts, xs, ys, strict=True)):
        half = 0.2 + 0.16 * loud + (0.04 if count == 2 else 0.0)
        u, v = ((axis - F32(x)) / F32(half))[None, :], ((axis - F32(y)) / F32(half))[:, None]
        figure = cy.round_figure(a + 3 * i, b + 5 * i, salt + 7 * i, min(3, int(4 * loud)))
        w = cy.wave(figure, u, v)
        r = np.hypot(u, v)
        win = np.exp(-(r**4)).astype(F32)
        w /= F32(float(np.std(w[r < 1])) + 1e-6)
        total += win * w
        weights += win
        glow = np.maximum(glow, relief.pool(res, x, y, half) * F32(1.05 + 0.3 * loud))
        tint += win * F32(i / max(1, count - 1))
        boxes.append((x - half, y - half, x + half, y + half))
    mean = weights + F32(1e-3)
    calm = _calm(s, res)
    density = relief.ridges(total / mean, 0.007 * res) * np.clip(weights * 1.5, 0, 1) * calm
    height = relief.heap(density, int(s.rng.integers(1 << 30)), 0.45)
    ground, metal, sand = cy.colours(s)
    second = np.asarray(raster.tone(s.inks.accent, 0.78, 0.12), F32)
    if _bright(s):  # coloured sand on the paper or the vivid field itself
        metal, sand = ground, metal  # the plate's ink: pale sand vanished on the field
        second = np.asarray(raster.vivid(s.inks.accent, 0.6, 0.17), F32) if s.joy else second
    t = np.clip(tint / mean, 0.0, 1.0)[..., None]
    sand_tint = np.asarray(sand, F32) * (F32(1) - t) + second * t
    light = relief.Light(_azimuth(s), _lit(s, glow * calm), 0.5 if _bright(s) else 1.0)
    on = np.ones((res, res), F32)
    _print(s, relief.photograph(height, on, light, (ground, metal, sand), sand_tint))
    x0, y0 = min(b[0] for b in boxes), min(b[1] for b in boxes)
    x1, y1 = max(b[2] for b in boxes), max(b[3] for b in boxes)
    return cy.focal(s, (x0, y0, x1, y1))
