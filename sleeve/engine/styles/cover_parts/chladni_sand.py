"""Chladni's sand photographs: a metal plate rung in one rich mode, thousands of fine
sand grains settled on its nodal lines (a band of grains, densest on the line, a few
strays between), photographed as in a physics lab. Each composition is drawn with the
title's band at the top (the style flips and mirrors the sheet afterwards), keeps that
band quiet and returns its focal box:

- spread: one large figure in fine sand, full bleed: the camera straight over the
  plate, the figure big and centred across, square or diagonal to the frame;
- horizon: the plate seen low across its surface, the figure foreshortened, its far
  edge a horizon across the frame under the title's dark ground.

The grains are drawn from a generator of their own, in the plate's coordinates, so
every size shows the same grains; they are splatted at a capped working side (SAND_RES)
and scaled up.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import numpy as np
from PIL import Image

from sleeve.engine import compose, raster
from sleeve.engine.color import oklch_to_rgb, rgb_to_oklch
from sleeve.engine.direction import RGB
from sleeve.engine.styles.cover_parts import chladni_figures as fig
from sleeve.engine.styles.cover_parts import chladni_modes as modes
from sleeve.engine.styles.cover_parts.chladni_layouts import Sheet

F32 = np.float32
SAND_RES = 420  # the working side the grains are splatted at (scaled up past it)
CANDIDATES = 170_000  # grains thrown on the plate; those near a nodal line stay
BAND = 0.016  # a sand line's half width (plate halves): a band of grains, not a rule
STRAY = 0.004  # the chance a grain stays off the lines
UPRIGHT = ("horizon",)  # seen in perspective: never flipped upside down


@dataclass(frozen=True)
class View:
    """How the camera sees the plate: its centre on the cover and half width there
    (fractions of the side), the perspective (0: straight over it), the foreshortening
    (1: straight over it), the plate's turn in its own plane, and its shape."""

    cx: float
    cy: float
    half: float
    persp: float
    squash: float
    yaw: float
    round: bool

    def to_screen(self, u: np.ndarray, v: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Plate (u, v) in halves from its centre -> cover (x, y) and the depth."""
        c, s = F32(np.cos(self.yaw)), F32(np.sin(self.yaw))
        ur, vr = c * u - s * v, s * u + c * v
        z = 1.0 - F32(self.persp) * vr  # far (vr = -1) is deeper
        return (
            self.cx + F32(self.half) * ur / z,
            self.cy + F32(self.half * self.squash) * vr / z,
            z,
        )

    def to_plate(self, x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Cover (x, y) -> plate (u, v) and the depth (the inverse of to_screen)."""
        a = (x - F32(self.cx)) / F32(self.half)
        b = (y - F32(self.cy)) / F32(self.half * self.squash)
        vr = b / (1.0 + F32(self.persp) * b)
        z = 1.0 - F32(self.persp) * vr
        ur = a * z
        c, s = F32(np.cos(self.yaw)), F32(np.sin(self.yaw))
        return c * ur + s * vr, -s * ur + c * vr, z

    def edge(self, u: np.ndarray, v: np.ndarray) -> np.ndarray:
        """How far inside the plate's edge (plate halves; negative outside)."""
        if self.round:
            return 1.0 - np.hypot(u, v)
        return 1.0 - np.maximum(np.abs(u), np.abs(v))


def rich_mode(s: Sheet, detail: int, is_round: bool) -> modes.PlateMode:
    """The plate's one clean mode, so the figure keeps the plate's full symmetry (a
    weak second mode and numbers of mixed parity bent it into loose, random loops):
    a square plate's summed cosine pair of even numbers, the higher one 4..10 (odd
    ones put a crosshair through the centre, a minus pair a big X); a
    round plate 3..7 diameters with two or three circles and the ring mode mixed in
    (petals)."""
    a, b, salt = s.key
    if is_round:
        main = modes.round_mode(a, b, salt, min(detail + 1, 3), least=3)
        if main.mix == 0.0:
            main = modes.PlateMode(main.n, k=main.k, mix=0.55)
        return main
    n = 2 * (1 + (a + salt) % 2 + detail // 4)
    m = n + 2 * (1 + (b + salt // 3 + detail) % 2)
    return modes.PlateMode(n, m, 1)


def _round(s: Sheet) -> bool:
    """Whether the plate is round (the key and seed choose; ambient leans round)."""
    a, b, salt = s.key
    return (a + b + salt) % 5 < (3 if s.direction.genre == "ambient" else 2)


def amplitude(mode: modes.PlateMode, is_round: bool, u: np.ndarray, v: np.ndarray) -> np.ndarray:
    """The plate's standing wave at (u, v), plate halves from its centre."""
    if is_round:
        r, theta = np.hypot(u, v), np.arctan2(v, u)
        spin = np.cos(mode.n * (theta + F32(np.pi / 2)))
        ring = fig.bessel(0, F32(mode.k * 0.93) * r)
        return fig.bessel(mode.n, F32(mode.k) * r) * spin + F32(mode.mix) * ring
    xs, ys = F32(np.pi) * (u + 1) / 2, F32(np.pi) * (v + 1) / 2
    n, m = mode.n, mode.m
    return np.cos(n * xs) * np.cos(m * ys) + mode.sign * np.cos(m * xs) * np.cos(n * ys)


def grains(
    s: Sheet, view: View, detail: int, seed: int, width: float = BAND
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The settled grains in plate coordinates (u, v) and their brightness: thrown
    evenly on the plate, kept where the plate barely moves (near a nodal line, more
    the nearer), a few strays between."""
    rng = np.random.default_rng(seed)
    main = rich_mode(s, detail, view.round)
    u = rng.uniform(-1.0, 1.0, CANDIDATES).astype(F32)
    v = rng.uniform(-1.0, 1.0, CANDIDATES).astype(F32)
    keep = view.edge(u, v) > 0.012
    u, v = u[keep], v[keep]

    def wave(uu: np.ndarray, vv: np.ndarray) -> np.ndarray:
        return amplitude(main, view.round, uu, vv)

    e = F32(2e-3)
    w = wave(u, v)
    gx = (wave(u + e, v) - wave(u - e, v)) / (2 * e)
    gy = (wave(u, v + e) - wave(u, v - e)) / (2 * e)
    slope = np.hypot(gx, gy)
    floor = F32(0.08 * float(np.median(slope)) + 1e-6)
    dist = np.abs(w) / np.sqrt(slope * slope + floor * floor)
    chance = np.exp(-((dist / F32(width)) ** 2)) * 0.9 + STRAY
    stay = rng.random(len(u), dtype=F32) < chance
    bright = rng.uniform(0.55, 1.0, len(u)).astype(F32)
    return u[stay], v[stay], bright[stay]


def splat(
    res: int, x: np.ndarray, y: np.ndarray, weight: np.ndarray, big: np.ndarray
) -> np.ndarray:
    """Grains as dots on a res x res layer (0..1): one pixel each, the bigger ones two
    by two."""
    px, py = (x * res).astype(np.intp), (y * res).astype(np.intp)
    ok = (px >= 0) & (py >= 0) & (px < res - 1) & (py < res - 1)
    px, py, weight, big = px[ok], py[ok], weight[ok], big[ok]
    at = py * res + px
    layer = np.bincount(at, weight, res * res)
    for step in (1, res, res + 1):
        layer += np.bincount(at[big] + step, weight[big] * 0.8, res * res)
    return np.minimum(layer, 1.0).astype(F32).reshape(res, res)


def colours(s: Sheet) -> tuple[RGB, RGB, RGB]:
    """The ground, the metal plate and the sand. A dark mood: a near-black ground, a
    dark metal plate of the palette's hue, pale sand (gold for classical music); a
    light one: dark metal on the paper; a vivid field stays the ground; children's
    songs: white sand on a primary plate on paper. Plates keep their hue, deep (a
    grey plate read as a screensaver), so the pale sand glows on them."""
    inks = s.inks
    if s.joy:
        return inks.field, inks.mass, raster.tone(inks.field, 0.99, 0.008)
    _, chroma, _ = rgb_to_oklch(inks.mass)
    deep = 0.27 if chroma >= 0.04 else 0.15  # a grey plate goes black, never mid grey
    light, mark_chroma, hue = rgb_to_oklch(inks.mark)
    if s.direction.genre == "classical" and mark_chroma > 0.06 and 60 <= hue <= 110:
        sand = raster.tone(inks.mark, 0.86, min(mark_chroma, 0.12))
    else:
        sand = raster.tone(inks.mark if light > 0.6 else inks.field, 0.95, 0.012)
    field_chroma = rgb_to_oklch(inks.field)[1]
    if inks.dark and field_chroma < raster.VIVID_FIELD:
        ground = raster.tone(inks.field, 0.12, min(field_chroma, 0.02))
        return ground, raster.tone(inks.mass, deep, min(chroma, 0.1)), sand
    if field_chroma >= raster.VIVID_FIELD:  # the language's vivid field: a deep plate of it
        hue = rgb_to_oklch(inks.field)[2]
        if 30 <= hue <= 130:  # deep yellow goes olive: a brass plate a little warmer
            return inks.field, oklch_to_rgb(0.36, 0.075, hue - 22), sand
        return inks.field, raster.tone(inks.field, 0.36, 0.09), sand
    return inks.field, raster.tone(inks.mass, deep, min(chroma, 0.11)), sand


def photograph(s: Sheet, view: View, detail: int) -> np.ndarray:
    """The plate on its ground with its sand, as an RGB float array (res x res)."""
    res = min(s.work, SAND_RES)
    ground, metal, sand = (np.asarray(c, F32) for c in colours(s))
    axis = (np.arange(res, dtype=F32) + 0.5) / res
    x, y = np.broadcast_to(axis[None, :], (res, res)), np.broadcast_to(axis[:, None], (res, res))
    u, v, z = view.to_plate(x, y)
    px = F32(view.half * res)
    top = np.clip(view.edge(u, v) * px / z + 0.5, 0.0, 1.0) * (z > 0)  # not past the horizon
    thick = 0.012 * view.squash**0.5 * (1.15 - view.squash)
    us, vs, zs = view.to_plate(x, y - F32(thick))  # the plate's lip, a thickness down
    side = np.clip(view.edge(us, vs) * px / zs + 0.5, 0.0, 1.0) * (zs > 0)
    side = np.clip(side - top, 0.0, 1.0)
    body = np.maximum(top, side)
    shadow = Image.fromarray((body * 255).astype(np.uint8), "L")
    shadow = raster.fast_blur(shadow, res * 0.02)
    shade = np.asarray(shadow, F32) / 255.0
    drop = int(res * 0.015)  # the shadow falls a little down the cover (no wrap at the top)
    shade = np.concatenate([np.zeros((drop, res), F32), shade[: res - drop]])
    rgb = ground[None, None, :] * (1.0 - 0.5 * shade[..., None])
    # brushed metal lit from above and behind: a broad sheen across the far half
    c, sn = np.cos(view.yaw), np.sin(view.yaw)
    depth = F32(sn) * u + F32(c) * v  # -1 far, +1 near
    sheen = F32(0.86) + F32(0.34) * np.exp(-(((depth + 0.35) / 0.55) ** 2))
    plate_rgb = np.minimum(metal[None, None, :] * sheen[..., None] + 6.0, 255.0)
    rim = np.clip(1.0 - np.abs(view.edge(u, v) * px / z - 1.0) / 1.2, 0.0, 1.0) * top
    plate_rgb = plate_rgb + (np.minimum(metal * 2.2 + 40, 255) - plate_rgb) * (0.6 * rim)[..., None]
    rgb += (plate_rgb - rgb) * top[..., None]
    rgb += (metal * 0.55 - rgb) * side[..., None]
    gu, gv, bright = grains(s, view, detail, seed=int(s.rng.integers(1 << 30)))
    gx, gy, gz = view.to_screen(gu, gv)
    quiet = s.quiet(res, 0.0)
    iy = np.clip((gy * res).astype(np.intp), 0, res - 1)
    ix = np.clip((gx * res).astype(np.intp), 0, res - 1)
    weight = bright * quiet[iy, ix]
    big = (np.arange(len(gu)) % 3 == 0) & (res >= 320)
    layer = splat(res, gx, gy, weight, big)
    shade_layer = splat(res, gx + 0.9 / res, gy + 1.1 / res, weight * 0.6, big)
    rgb *= (1.0 - 0.45 * shade_layer * top)[..., None]  # each grain's shadow on the metal
    rgb += (sand[None, None, :] - rgb) * (layer * top)[..., None]
    halo = raster.fast_blur(Image.fromarray((layer * 255).astype(np.uint8), "L"), res * 0.006)
    glow = np.asarray(halo, F32) / 255.0 * top * F32(0.5)  # the sand glows on the metal
    rgb += (sand[None, None, :] - rgb) * glow[..., None]
    return rgb


def _place(s: Sheet, rgb: np.ndarray) -> None:
    img = Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB")
    if img.size[0] != s.work:
        img = img.resize((s.work, s.work), Image.Resampling.BICUBIC)
    s.img.paste(img)


def _bounds(view: View) -> tuple[float, float, float, float]:
    """The plate's box on the cover."""
    t = np.linspace(-1.0, 1.0, 64, dtype=F32)
    ones = np.ones_like(t)
    if view.round:
        a = np.linspace(0, 2 * np.pi, 128, dtype=F32)
        u, v = np.cos(a), np.sin(a)
    else:
        u = np.concatenate([t, ones, -t, -ones])
        v = np.concatenate([-ones, t, ones, -t])
    x, y, _ = view.to_screen(u, v)
    return float(x.min()), float(y.min()), float(x.max()), float(y.max())


def _focal(s: Sheet, box: tuple[float, float, float, float]) -> compose.Box:
    """The plate's box on the cover, kept out of the title's band."""
    x0, y0, x1, y1 = box
    top = 0.0 if s.column or s.low else s.band
    foot = 1.0 - s.band if s.low else 1.0
    left = 0.4 if s.column else 0.0
    return compose.clip_box((max(x0, left), max(y0, top), min(x1, 1.0), min(y1, foot)))


def _stand(s: Sheet, view: View, gap: float) -> View:
    """The view moved up or down the cover: its far edge `gap` under the title's band
    (the plate running off the foot), or, with the title low, its near edge `gap` over
    the title's band and its far edge a little under the frame's top (or off it)."""
    _, far, _, near = _bounds(view)
    if s.column:
        return dataclasses.replace(view, cy=view.cy + 0.06 - far)
    if not s.low:
        return dataclasses.replace(view, cy=view.cy + s.band + gap - far)
    lip = 0.012 * view.squash**0.5 * (1.15 - view.squash)  # the near edge's thickness
    room = 1.0 - s.band - gap - lip - 0.06  # between the frame's top and the title
    if near - far > room:  # too tall to stand clear of the title: a smaller plate
        view = dataclasses.replace(view, half=view.half * room / (near - far))
        _, far, _, near = _bounds(view)
    return dataclasses.replace(view, cy=view.cy + 1.0 - s.band - gap - lip - near)


def spread(s: Sheet) -> compose.Box:
    """One large figure in fine sand, full bleed (see the module)."""
    is_round = False  # a round plate this close shows its centre's few rings: a target
    # centred across and square or diagonal to the frame, so the figure's mirror
    # symmetry reads (turned a little and off-centre, it read as random loops)
    half = float(s.rng.uniform(0.75, 1.0))
    cx = 0.5
    cy = s.band + (1 - s.band) * float(s.rng.uniform(0.45, 0.55))
    if s.column:
        cx, cy = 0.7, 0.5
    yaw = float(s.rng.choice([0.0, np.pi / 4]))
    view = View(cx, cy, half, 0.0, 1.0, yaw, is_round)
    _place(s, photograph(s, view, 5))  # half the plate in sight: finer
    return _focal(s, (0.0, 0.0, 1.0, 1.0))


def horizon(s: Sheet) -> compose.Box:
    """The plate seen low across its surface, its far edge a horizon (see the module)."""
    is_round = _round(s)
    half = float(s.rng.uniform(0.95, 1.15)) * (1.15 if is_round else 1.0)
    squash = float(s.rng.uniform(0.4, 0.5))
    yaw = float(s.rng.uniform(-0.06, 0.06))
    cx = 0.5 + float(s.rng.uniform(-0.12, 0.12))
    if s.column:
        cx = 0.8
    view = _stand(s, View(cx, 0.0, half, 0.45, squash, yaw, is_round), 0.05)
    _place(s, photograph(s, view, 1 + s.detail(1)))
    return _focal(s, _bounds(view))
