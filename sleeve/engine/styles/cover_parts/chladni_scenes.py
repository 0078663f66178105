"""Chladni's photographed plates, each its own composition. Drawn with the title's band
at the top (the style flips and mirrors the sheet afterwards), each keeps that band
dark and returns its focal box:

- angle: a square plate photographed at an angle, its near part past the frame, its
  far edge under the title, the near sand sharp and the far sand soft (depth of
  field);
- sweep: one giant round plate rung through the song entering from a side edge, its
  rim one tall arc down the cover, its hub past the edge, the title in the free corner
  (round 21: with its rim across the frame under the title it read as the dome's "disc
  off the top"), time running down it from the top: where the energy curve is quiet
  the plate rings a low mode (wide open knots), where it is loud a high one (its petals
  crowd, its circles close into small cells).

Retired: the whole plate (one round or square plate whole in the frame against one
side: round 19's art director read "the same disc in a corner", food, a face or a
planet, in a void); the modes (the song's sections as two or three overlapping lace plates down a
diagonal: busy, buttons or cookies, the plates alike from track to track).
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from sleeve.engine import compose, raster, signals
from sleeve.engine.color import oklch_to_rgb, rgb_to_oklch
from sleeve.engine.direction import RGB
from sleeve.engine.runs import is_rtl
from sleeve.engine.styles.cover_parts import chladni_cymatics as cy
from sleeve.engine.styles.cover_parts import chladni_figures as fig
from sleeve.engine.styles.cover_parts import chladni_modes as plate_modes
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


def brass(s: Sheet) -> tuple[RGB, ...]:
    """The ground, the plate and the sand: classical music on paper gets a brass plate
    with the deep ink's sand (gold grains on a deep plate were too fine to read as
    gold at a thumbnail)."""
    if s.inks.plate:  # the song's material (chladni_material)
        return s.inks.plate
    ground, metal, grains = cy.colours(s)
    if s.direction.genre == "classical" and not (_bright(s) or s.inks.dark):
        return ground, oklch_to_rgb(0.88, 0.13, 84.0), raster.tone(metal, 0.24, 0.06)
    return ground, metal, grains


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
    figure = cy.square_figure(*s.key, 2 + s.detail(3))
    width = np.broadcast_to(F32(0.9 * LINE * c * res) / z, (res, res))
    density = relief.ridges(cy.wave(figure, u, v), width)
    height = relief.heap(density * (on > 0.99), int(s.rng.integers(1 << 30)))
    azimuth = float(-np.pi / 2 + s.rng.uniform(-0.5, 0.5))  # from beyond the plate
    hot_y = edge_y + 0.35 * (1.0 - edge_y)
    glow = _lit(s, relief.pool(res, 0.5, hot_y, 0.36 + 0.1 * loud))
    light = relief.Light(azimuth, glow, 0.5 if _bright(s) else 1.0, 0.4)
    sharp = relief.photograph(height, on, light, cy.colours(s, steel=False), s.inks.sheen)
    soft = raster.fast_blur(sharp, res * 0.01, 2)
    focus = scale / (hot_y - horizon)
    blur = np.clip(np.abs(z - F32(focus)) / F32(0.45 * seen), 0.0, 1.0)
    calm = _calm(s, res)
    _print(s, raster.blend(sharp, soft, np.broadcast_to(blur * blur, (res, res)) * calm + 1 - calm))
    wide = 0.5 + 1.3 * edge_w
    return cy.focal(s, (1.0 - wide, s.band + 0.02, wide, 1.0))


def _clock(s: Sheet, steps: int) -> np.ndarray:
    """The song's energy curve round the dial (steps from its hidden side), smoothed,
    its end faded into its start so that the plate has no seam."""
    curve = signals.smooth(signals.energy(s.direction, steps, False), max(3, steps // 40))
    # stretched to its own range: a steady song's small swells still open the plate
    # (stretched less, its loud plate rang one even field of cells: leopard print)
    curve = (curve - curve.min()) / max(float(np.ptp(curve)), 0.04)
    fade = max(2, steps // 14)
    ramp = np.linspace(0.0, 1.0, fade, dtype=F32)
    curve[-fade:] = curve[-fade:] * (1 - ramp) + curve[0] * ramp
    return np.clip(curve, 0.0, 1.0).astype(F32)


FLUSH_LEFT = ("top-left", "bottom-left", "edge")  # titles set flush left (a corner one moves)


def sweep(s: Sheet) -> compose.Box:
    """One round plate rung through the song, entering from a side edge (away from a
    title set flush to one side): time runs round it from its hidden side, over the
    top, down the side facing the frame and under the bottom, and where the song is
    loud the plate rings a higher mode (its petals crowd and its nodal circles close
    up into small dense cells), where it is quiet a low one (wide open knots), so the
    figure is the song's own loudness, lopsided and never a doily. Its rim is one tall
    arc down the cover; the free column beside it and the corner over it are the
    title's."""
    res = _res(s)
    a, b, salt = s.key
    loud = float(np.clip(s.direction.energy, 0.0, 1.0))
    room = 1.0 - s.band
    # a giant dial entering from a side edge (round 21: four covers in five were "a
    # disc off the top, title below"): its hub past the side, its rim one tall arc
    # down the cover, the title in the free corner opposite; the seed and the song's
    # loudness set how far in it reaches (a close crop of a few huge knots, or most of
    # the dial)
    half = float(np.clip(0.86 + 0.2 * loud + s.rng.uniform(-0.05, 0.1), 0.82, 1.15))
    reach = float(np.clip(room + 0.04 + s.rng.uniform(-0.05, 0.05), 0.66, 0.82))
    cx = 1.0 - reach + half  # drawn at the right: its hub past the right edge
    if dial_left(s) != s.flips[1]:
        cx = 1.0 - cx  # the finished cover's left: mirrored or not, it lands there
    cy_ = 0.5 + 0.5 * s.band + float(s.rng.uniform(-0.04, 0.04))
    if s.column:
        cx, cy_, half = 0.7, 0.5, 0.3 + 0.08 * loud
    axis = _axis(res)
    u, v = ((axis - F32(cx)) / F32(half))[None, :], ((axis - F32(cy_)) / F32(half))[:, None]
    r = np.hypot(u, v)
    # from the dial's hidden side (past the side edge) up over the top of the finished
    # cover, whatever the style flips, across the side facing the frame and back under
    # the bottom: the frame shows the song's middle running down the cover, and its
    # start and end meet out of frame
    out = F32(1.0 if cx > 0.5 else -1.0)  # the hidden side, in the drawing
    up = F32(1.0 if s.flips[0] else -1.0)  # the finished cover's up, in the drawing
    theta = np.arctan2(up * v, out * u)
    steps = 360
    curve = _clock(s, steps)
    clock = ((theta / F32(2 * np.pi)) % F32(1.0)) * F32(steps - 1)
    grid = np.arange(steps, dtype=F32)
    e = np.interp(clock.ravel(), grid, curve).reshape(clock.shape).astype(F32)
    pace = np.cumsum(F32(0.3) + curve)  # the petals crowd where the song is loud
    turned = np.interp(clock.ravel(), grid, pace / pace[-1]).reshape(clock.shape)
    turned = (turned * F32(2 * np.pi)).astype(F32)
    n = 3 + (a + salt) % 5  # more diameters left the centre dead (no sand)
    zeros = plate_modes.bessel_zeros(n, 8)
    lo, hi = float(zeros[1]), float(zeros[4 + s.detail(3)])
    # the clock's hand is still at the centre: there every hour meets, and the
    # hours' different modes crowded into one blot of sand
    hub = np.clip(r / F32(0.4), 0.0, 1.0)
    e = F32(curve.mean()) + (e - F32(curve.mean())) * hub * hub * (3 - 2 * hub)
    kr = (F32(lo) + F32(hi - lo) * e) * np.minimum(r, F32(1.0))
    wave = fig.bessel(n, kr) * np.cos(n * turned)
    wave += F32(0.4 + 0.1 * (b % 3)) * fig.bessel(2 * n, kr) * np.cos(2 * n * turned)
    wave += F32(0.3) * fig.bessel(0, kr)
    on = np.clip((1.0 - r) * F32(half * res) + F32(0.5), 0.0, 1.0).astype(F32)
    density = relief.ridges(wave, LINE * half * res) * (on > 0.99)
    density *= _calm(s, res) * F32(0.7) + F32(0.3)  # the sand thins in the title's band
    height = relief.heap(density, int(s.rng.integers(1 << 30)), 0.3 if s.stark else 0.45)
    azimuth = _azimuth(s)
    hot = (cx - 0.25 * half * np.cos(azimuth), cy_ - 0.25 * half * np.sin(azimuth))
    glow = _lit(s, relief.pool(res, *hot, half * (1.0 + 0.2 * loud)) * _calm(s, res))
    light = relief.Light(azimuth, glow, 0.5 if _bright(s) else 1.0, 0.4)
    _print(s, relief.photograph(height, on, light, brass(s), s.inks.sheen))
    return cy.focal(s, (cx - half, cy_ - half, cx + half, cy_ + half))


def dial_left(s: Sheet) -> bool:
    """Whether the sweep's dial enters from the finished cover's left: away from the
    side the title sets flush (a left-set title keeps the left corner, a right-to-left
    one the right); for a centred title the song's louder half decides (the louder
    first half: the right)."""
    layout = s.direction.layout
    if layout in FLUSH_LEFT:
        return is_rtl(s.direction.title)
    curve = signals.energy(s.direction, 64, False)
    return bool(curve[:32].mean() <= curve[32:].mean())
