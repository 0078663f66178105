"""Chladni's instruments: the figure rung on a real thing, photographed, so the cover
is a picture with a subject rather than a figure on a field. Each is drawn with the
title's band at the top (the style flips and mirrors the sheet afterwards), keeps
that band empty and returns its focal box:

- violin: Chladni's own test, a violin's top plate lying on a cloth seen from above,
  its outline, purfling and f-holes, sand gathered on the plate's nodal lines (the
  song's modes, bent to the plate's outline), the grain of the spruce under it;
- drum: a drum seen from above at a slant, sand dancing on its head in the head's
  standing wave (Bessel modes that rest at the hoop), the lacquered shell, chrome
  hoop and lugs below it, the whole drum big and cropped by the frame.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

import numpy as np
from PIL import Image, ImageChops

from sleeve.engine import compose, raster
from sleeve.engine.color import oklch_to_rgb, rgb_to_oklch
from sleeve.engine.direction import RGB
from sleeve.engine.styles.cover_parts import chladni_figures as fig
from sleeve.engine.styles.cover_parts.chladni_layouts import Inks, Sheet

F32 = np.float32


def _axis(res: int) -> np.ndarray:
    return (np.arange(res, dtype=F32) + 0.5) / res


def _mask(values: np.ndarray) -> Image.Image:
    """An 8-bit mask of `values` (0..1, clipped)."""
    return Image.fromarray((np.clip(values, 0.0, 1.0) * 255).astype(np.uint8), "L")


def _smooth(x: np.ndarray) -> np.ndarray:
    x = np.clip(x, 0.0, 1.0)
    return x * x * (3 - 2 * x)


def _profile(y: np.ndarray) -> np.ndarray:
    """A violin's half width (body lengths) at y (-0.5 the neck's end to 0.5): the
    upper bout 0.47 wide, the C-bouts' waist 0.31, the lower bout 0.58 (a real
    violin's proportions), the C-bouts cut in by arcs that leave four pointed
    corners."""
    upper = np.where(
        y < -0.28,
        0.236 * np.sqrt(np.clip(1.0 - ((y + 0.28) / 0.22) ** 2, 0.0, 1.0)),
        0.236 - 0.022 * ((y + 0.28) / 0.14) ** 2,
    )
    c_bout = 0.145 + 0.1433 - np.sqrt(np.clip(0.1433**2 - (y + 0.02) ** 2, 0.0, None))
    lower = np.where(
        y > 0.27,
        0.292 * np.sqrt(np.clip(1.0 - ((y - 0.27) / 0.23) ** 2, 0.0, 1.0)),
        0.292 - 0.066 * ((0.27 - y) / 0.17) ** 2,
    )
    w = np.where(y < -0.14, upper, np.where(y > 0.1, lower, c_bout))
    corners = np.exp(-(((y + 0.136) / 0.009) ** 2)) + np.exp(-(((y - 0.096) / 0.009) ** 2))
    return np.where(np.abs(y) < 0.5, w + 0.018 * corners, 0.0).astype(F32)


TOP_YS = np.linspace(-0.5, 0.5, 1001, dtype=F32)
_W = _profile(TOP_YS)


def _stroke(p0: tuple[float, float], p1: tuple[float, float], r0: float, r1: float, n: int):
    """Discs (x, y, radius) along a straight cut from p0 to p1 tapering r0 to r1."""
    t = np.linspace(0.0, 1.0, n, dtype=F32)
    return np.stack(
        [p0[0] + (p1[0] - p0[0]) * t, p0[1] + (p1[1] - p0[1]) * t, r0 + (r1 - r0) * t], 1
    )


def f_hole_discs() -> np.ndarray:
    """The right f-hole as discs (x, y, radius; body lengths), the left is its mirror:
    an integral-sign stem (its ends hooked, its middle steep) a little fuller in the
    middle, a small round eye at its upper, inner end and a larger one at its lower,
    outer end, a pointed wing opposite each eye, and the two nicks cut across the
    stem's middle."""
    x0, y0, x1, y1 = 0.066, -0.08, 0.09, 0.084
    t = np.linspace(0.0, 1.0, 64, dtype=F32)
    top, low = np.exp(-t / 0.12), np.exp(-(1.0 - t) / 0.12)  # the hooks at the ends
    px = x0 + (x1 - x0) * t - 0.02 * top + 0.02 * low
    py = y0 + (y1 - y0) * t + 0.012 * top - 0.012 * low
    stem = np.stack([px, py, 0.002 + 0.0042 * np.abs(np.sin(np.pi * t)) ** 0.8], 1)
    mid = len(t) // 2
    dx, dy = px[mid + 1] - px[mid - 1], py[mid + 1] - py[mid - 1]
    nx, ny = -dy / np.hypot(dx, dy), dx / np.hypot(dx, dy)
    reach = 0.0118
    a, b = 7, len(t) - 8  # where the wings leave the stem
    parts = [
        stem,
        np.array([[px[0], py[0], 0.0082], [px[-1], py[-1], 0.0102]], F32),
        _stroke((px[a], py[a]), (px[a] + 0.018, py[a] - 0.014), 0.0046, 0.0005, 14),
        _stroke((px[b], py[b]), (px[b] - 0.02, py[b] + 0.014), 0.005, 0.0005, 14),
        _stroke(
            (px[mid], py[mid]), (px[mid] + nx * reach, py[mid] + ny * reach), 0.0024, 0.0003, 8
        ),
        _stroke(
            (px[mid], py[mid]), (px[mid] - nx * reach, py[mid] - ny * reach), 0.0024, 0.0003, 8
        ),
    ]
    return np.concatenate(parts).astype(F32)


_F_DISCS = f_hole_discs()


def _f_hole(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """A 0..1 mask of the two f-holes (mirrored, f_hole_discs), anti-aliased."""
    ax = np.abs(x)
    inside = np.zeros_like(x)
    box = (ax > 0.035) & (ax < 0.13) & (y > -0.1) & (y < 0.105)
    if not box.any():
        return inside
    bx, by = ax[box], y[box]
    best = np.full(bx.shape, 1.0, F32)
    for cx, cy, r in _F_DISCS:
        best = np.minimum(best, np.hypot(bx - cx, by - cy) - r)
    inside[box] = np.clip(0.5 - best / 0.0016, 0.0, 1.0)
    return inside


def _cloth(inks: Inks, res: int, cx: float, cy: float, spread: float) -> Image.Image:
    """The ground the instrument lies on (RGB, res x res): the field, lit in a soft pool
    about the subject and falling off toward the frame's edges, as under a lamp (drawn
    at 64 px: it is smooth)."""
    t = _axis(64)
    pool = np.exp(-(((t[None, :] - cx) ** 2 + (t[:, None] - cy) ** 2) / spread**2))
    light, chroma, _ = rgb_to_oklch(inks.field)
    lifted = np.asarray(raster.tone(inks.field, min(light + 0.1, 0.98), chroma), F32)
    vivid = chroma >= raster.VIVID_FIELD  # the language's own field stays itself
    dimmed = np.asarray(inks.field if vivid else raster.tone(inks.field, light * 0.88, chroma), F32)
    field = np.asarray(inks.field, F32)
    low = dimmed + (field - dimmed) * np.minimum(pool * 2.0, 1.0)[..., None]
    out = low + (lifted - low) * (np.maximum(pool - 0.5, 0.0) * 2.0)[..., None]
    small = Image.fromarray(np.clip(out + 0.5, 0, 255).astype(np.uint8), "RGB")
    return small.resize((res, res), Image.Resampling.BILINEAR)


def _wood(inks: Inks, classical: bool, pick: int) -> tuple[RGB, RGB, RGB]:
    """The plate's shade and light and the sand: spruce under a varnish, golden,
    orange-brown or red-brown (the palette's warm hue where it has one, else the
    seed's), deep with pale sand (gold for classical) on a dark cover, amber with
    white sand on a light one."""
    _, chroma, hue = rgb_to_oklch(inks.mass)
    wood = (
        float(np.clip(hue, 38.0, 72.0))
        if chroma > 0.04 and 20 <= hue <= 100
        else (40.0, 55.0, 70.0)[pick % 3]
    )
    if inks.dark:
        wood = min(wood, 55.0)  # a deep gold goes olive
        shade, lit = oklch_to_rgb(0.27, 0.07, wood), oklch_to_rgb(0.55, 0.12, wood)
        light, mark_chroma, _ = rgb_to_oklch(inks.mark)
        sand = raster.tone(inks.mark, max(light, 0.9), min(mark_chroma, 0.1))
        return shade, lit, sand
    shade, lit = oklch_to_rgb(0.4, 0.1, wood), oklch_to_rgb(0.66, 0.13, wood)
    sand = oklch_to_rgb(0.93, 0.09, 92.0) if classical else oklch_to_rgb(0.97, 0.012, 85.0)
    return shade, lit, sand


@dataclass(frozen=True)
class Top:
    """A wooden top plate: its half width over its length (body lengths, y -0.5 the
    neck's end to 0.5, sampled on TOP_YS), its holes (a 0..1 mask at body coordinates),
    its inlay (a rosette: 0..1 mask, drawn in dark wood) and where its lower bout's
    ring mode centres (0..1 down the body)."""

    widths: np.ndarray
    holes: Callable[[np.ndarray, np.ndarray], np.ndarray]
    inlay: Callable[[np.ndarray, np.ndarray], np.ndarray] | None = None
    ring_at: float = 0.53

    @cached_property
    def slope(self) -> np.ndarray:
        return np.sqrt(1.0 + np.gradient(self.widths, TOP_YS) ** 2).astype(F32)

    @cached_property
    def soft(self) -> np.ndarray:
        w = np.pad(self.widths, 30, mode="edge")
        return np.convolve(w, np.ones(61, F32) / 61, "valid").astype(F32)

    def body(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        """The signed distance (body lengths, negative inside) to the outline."""
        w = np.interp(y, TOP_YS, self.widths).astype(F32)
        d = (np.abs(x) - w) / np.interp(y, TOP_YS, self.slope).astype(F32)
        return np.maximum(d, np.abs(y) - 0.5)

    def outline(self, samples: int = 60) -> np.ndarray:
        """Points on the outline (body lengths), both sides: (2 * samples, 2)."""
        ys = np.linspace(-0.5, 0.5, samples, dtype=F32)
        w = np.interp(ys, TOP_YS, self.widths).astype(F32)
        return np.concatenate([np.stack([w, ys], 1), np.stack([-w, ys], 1)])


VIOLIN = Top(_W, _f_hole)


def _place_top(s: Sheet, top: Top, scale: float) -> tuple[float, float, float, float]:
    """Centre, length and turn (degrees) of the plate: big and lying across the frame
    with its neck's end cropped, or whole and upright in a lower corner; either way
    clear of the title's band (Sheet.band, 0.3 for a short title). `scale` shrinks a
    wide body (a guitar)."""
    if s.column:
        length, angle, cx = float(s.rng.uniform(0.8, 0.9)), float(s.rng.uniform(-8, 8)), 0.7
    elif s.rng.random() < 0.6:
        length = float(s.rng.uniform(1.0, 1.2))
        angle = float(s.rng.choice((-1.0, 1.0))) * float(s.rng.uniform(66, 84))
        cx = 0.5 + float(s.rng.uniform(-0.06, 0.06))
    else:
        length = float(s.rng.uniform(0.8, 0.88))
        angle = float(s.rng.uniform(-12, 12))
        cx = float(s.rng.choice((0.32, 0.68)))
    length *= scale
    rad = np.deg2rad(angle)
    pts = top.outline(60) * length
    ys = pts[:, 0] * np.sin(rad) + pts[:, 1] * np.cos(rad)
    top_edge = 0.02 if s.column else max(0.32, s.band + 0.02)  # a long title's deep band
    bottom = 1.0 + (0.1 if length < 0.9 else 0.12)
    cy = max(top_edge - float(ys.min()), min(0.67, bottom - float(ys.max()) - 0.02))
    return cx, cy, length, angle


def _plate_figure(
    top: Top, x: np.ndarray, y: np.ndarray, key: tuple[int, int, int], detail: int
) -> np.ndarray:
    """The song's standing wave on the plate, bent to its outline (the width mapped to
    -1..1 at every height) and mirror-symmetric about its long axis as a free plate's
    modes are: lines across and along the plate and a ring about its lower bout."""
    a, b, salt = key
    u = x / np.maximum(np.interp(y, TOP_YS, top.soft).astype(F32), F32(0.03))
    v = y + F32(0.5)
    p = 2 * ((a + salt) % 3)  # 0, 2 or 4 lines along
    q = 2 + detail // 2 + (b + salt // 3) % 3  # 2..6 lines across
    ring = F32(np.pi * (2 + (a + b + salt // 5) % 3 + detail // 3))
    sign = 1.0 if (a + salt // 7) % 2 else -1.0
    rho = np.hypot(u * F32(0.55), (v - F32(top.ring_at)) * F32(1.0))
    field = np.cos(F32(p * np.pi / 2) * (u + 1)) * np.cos(F32(q * np.pi) * v)
    field += F32(sign * (0.5 + 0.1 * (salt % 5))) * np.cos(ring * rho)
    field += F32(0.35) * np.cos(F32(np.pi) * u) * np.cos(F32((q + 1) * np.pi) * v)
    return field


def violin(s: Sheet) -> compose.Box:
    """A violin's top plate lying on a cloth, seen from above, with the sand gathered
    on its nodal lines: its purfling, f-holes, the spruce's grain and the arching."""
    return wooden_top(s, VIOLIN, 1.0)


def wooden_top(s: Sheet, top: Top, scale: float) -> compose.Box:
    """A wooden top plate lying on a cloth, seen from above, with the sand gathered on
    its nodal lines: the plate big and lying across the frame with its neck's end
    cropped, or whole and upright in a lower corner of a wide field; its purfling,
    holes and inlay, the spruce's grain and the arching lit from the upper left."""
    res = min(s.work, 512)
    a, b, salt = s.key
    cx, cy, length, angle = _place_top(s, top, scale)
    rad = np.deg2rad(angle)
    ca, sa = F32(np.cos(rad)), F32(np.sin(rad))
    t = _axis(res)
    dx, dy = (t[None, :] - cx) / length, (t[:, None] - cy) / length
    x, y = ca * dx + sa * dy, -sa * dx + ca * dy  # body coordinates
    d = top.body(x, y)
    px = 1.0 / (res * length)  # one pixel in body lengths
    inside = np.clip(0.5 - d / px, 0.0, 1.0)

    salt += int(s.rng.integers(4))
    field = _plate_figure(top, x, y, (a, b, salt), s.detail(4))
    on = inside > 0.5
    field /= F32(max(float(np.sqrt(np.mean(field[on] ** 2))) if on.any() else 1.0, 1e-6))
    still = np.exp(-((field / 0.2) ** 2))
    hole = top.holes(x, y)
    inlay = top.inlay(x, y) if top.inlay else np.zeros_like(x)
    chance = (0.9 * still**1.2 + 0.012) * _smooth(-d / 0.015) * (1.0 - np.maximum(hole, inlay))
    draw = s.rng.random((res, res), dtype=F32)
    grains = np.where(draw < chance, 1.0 - 0.3 * draw / np.maximum(chance, 1e-6), 0.0) * inside

    # the spruce: fine grain along the body, a dome lit from the upper left
    wave = 0.004 * np.sin(F32(9.0) * y + F32(salt % 7))
    grain = (0.5 + 0.5 * np.sin(F32(2 * np.pi * 80) * (x + wave))) ** 3
    mask = Image.fromarray((inside * 255).astype(np.uint8))
    dome = np.asarray(raster.fast_blur(mask, res * 0.025), F32) / 255.0
    gy, gx = np.gradient(dome)
    lit = np.clip(0.42 + 0.3 * dome - 9.0 * (gx + gy) * F32(res / 640), 0.0, 1.0)
    lit = lit * (0.82 + 0.18 * dome) - 0.08 * grain
    purfling = np.exp(-(((d + 0.012) / 0.0025) ** 2)) + 0.5 * np.exp(-(((d + 0.0015) / 0.003) ** 2))
    lit = np.clip(lit - 0.6 * purfling, 0.0, 1.0)

    shade, light, sand = _wood(s.inks, s.direction.genre == "classical", salt)
    plate = Image.fromarray(raster.apply_lut(lit, raster.color_lut([shade, light])), "RGB")
    plate.paste(sand, (0, 0), _mask(grains * 1.1))
    if top.inlay:
        plate.paste(raster.tone(shade, 0.2, 0.04), (0, 0), _mask(inlay))
    plate.paste(raster.tone(shade, 0.07, 0.02), (0, 0), _mask(hole))

    # the cloth: the field, a soft shadow to the lower right
    blur = raster.fast_blur(mask, res * 0.02)
    off = max(1, int(res * 0.012))
    shadow = Image.new("L", (res, res), 0)
    shadow.paste(blur, (off, off))
    depth = 0.3 if not s.inks.dark else 0.6
    shadow = shadow.point(lambda v: 255 - int(depth * v)).convert("RGB")
    ground = ImageChops.multiply(_cloth(s.inks, res, cx, cy, 0.55 * length), shadow)
    img = Image.composite(plate, ground, mask)
    if img.size[0] != s.work:
        img = img.resize((s.work, s.work), Image.Resampling.BILINEAR)
    s.img.paste(img)
    rows = np.nonzero(inside.max(axis=1) > 0.5)[0]
    cols = np.nonzero(inside.max(axis=0) > 0.5)[0]
    if not rows.size:
        return (0.0, s.top(), 1.0, 1.0)
    return compose.clip_box(
        (cols[0] / res, rows[0] / res, (cols[-1] + 1) / res, (rows[-1] + 1) / res)
    )


def bessel_zero(n: int, s: int) -> float:
    """The s-th positive zero of J_n (s from 1), found on the Bessel table."""
    table = fig._bessel(n)
    xs = np.linspace(0.0, fig.BESSEL_X, len(table))
    cross = np.nonzero((table[1:] * table[:-1] < 0) & (xs[1:] > 0.5))[0]
    i = int(cross[min(s - 1, len(cross) - 1)])
    return float(xs[i] - table[i] * (xs[i + 1] - xs[i]) / (table[i + 1] - table[i]))


def _drum_inks(inks: Inks, classical: bool) -> tuple[RGB, RGB, RGB, RGB]:
    """The head, the sand on it, the shell's lacquer and the chrome: on a dark cover a
    black head under pale sand; on a light one a white coated head under dark sand.
    The shell is the plate's colour, the cover's one saturated mass. Classical music
    rings a kettledrum: a copper bowl, a dark calf head, gold sand."""
    _, chroma, _ = rgb_to_oklch(inks.mass)
    if classical:
        gold = oklch_to_rgb(0.86, 0.12, 88.0)
        return oklch_to_rgb(0.2, 0.02, 60.0), gold, oklch_to_rgb(0.62, 0.12, 52.0), gold
    hue_src = inks.mass if chroma >= 0.06 else inks.accent
    lacquer = raster.vivid(hue_src, 0.5, max(min(rgb_to_oklch(hue_src)[1], 0.16), 0.02))
    chrome = oklch_to_rgb(0.9, 0.008, 250.0)
    if inks.dark:
        head = raster.tone(inks.mass, 0.16, min(chroma, 0.025))
        light, mark_chroma, _ = rgb_to_oklch(inks.mark)
        return head, raster.tone(inks.mark, max(light, 0.9), min(mark_chroma, 0.1)), lacquer, chrome
    head = raster.tone(inks.field, 0.95, 0.012)
    sand = raster.tone(inks.mass, 0.24, min(chroma, 0.06))
    return head, sand, lacquer, chrome


def drum(s: Sheet) -> compose.Box:
    """A drum seen from above at a slant, sand dancing on its head in the head's
    standing wave (Bessel modes at rest on the hoop): a spider's web of rings and
    spokes, or a curled figure where two modes ring together; the chrome hoop and
    lugs and the lacquered shell running off the foot of the frame."""
    res = min(s.work, 576)
    a, b, salt = s.key
    salt += int(s.rng.integers(4))
    radius = float(s.rng.uniform(0.4, 0.6))
    squash = float(s.rng.uniform(0.42, 0.58))  # the head's ellipse: the camera's slant
    ry = radius * squash
    wander = float(s.rng.uniform(-1.0, 1.0)) * max(radius - 0.4, 0.06)
    cx = 0.72 if s.column else 0.5 + wander
    if s.column:  # the CJK columns keep the right (the sheet is mirrored afterwards)
        radius = min(radius, 0.32)
        ry = radius * squash
    # drawn as it will be seen: with the title's band low, the whole drum stands above it
    # (the sheet is flipped afterwards, so it is drawn flipped here)
    whole = s.flipped and not s.column
    if whole:
        radius = 0.3 + 0.2 * (radius - 0.4)
        squash = 0.42 + 0.5 * (squash - 0.42)
        ry = radius * squash
        cy = 0.05 + 1.06 * ry
        foot = 0.64 - ry  # the shell's foot, on the axis
    else:
        cy = (0.05 if s.column else max(0.33, s.band + 0.03)) + 1.06 * ry + 0.02
        foot = 2.0
    t = _axis(res)
    hx = (t[None, :] - cx) / radius  # head coordinates: the hoop at r = 1
    hy = (t[:, None] - cy) / ry
    r = np.hypot(hx, hy)
    theta = np.arctan2(hy, hx)
    px = 1.0 / (res * ry)  # a pixel in head radii, across the squashed axis

    # the head's standing wave: one or two membrane modes, silent at the hoop
    n = (a + salt) % 6
    ring = 1 + (b + salt // 3) % 2 + s.detail(2)
    turn = np.float32(s.turn)
    height = bessel_zero_mode(n, ring, r, theta + turn)
    if (a + b + salt // 5) % 3:
        n2 = (n + 2 + (salt // 7) % 3) % 8
        height += np.float32(0.7) * bessel_zero_mode(
            n2, max(1, ring - 1 + salt % 2), r, theta - turn
        )
    head_in = np.clip((1.0 - r) / px * squash, 0.0, 1.0)
    height /= np.float32(max(float(np.sqrt(np.mean(height[head_in > 0.5] ** 2))), 1e-6))
    still = np.exp(-((height / 0.18) ** 2)) * _smooth((1.0 - r) / 0.04)
    draw = s.rng.random((res, res), dtype=F32)
    chance = 0.9 * still**1.3 + 0.015  # a few grains still in the air
    grains = np.where(draw < chance, 1.0 - 0.35 * draw / chance, 0.0) * head_in

    head, sand, lacquer, chrome = _drum_inks(s.inks, s.direction.genre == "classical")
    rgb = np.asarray(_cloth(s.inks, res, cx, cy + ry, 1.2 * radius), F32)

    # the shell: a lacquered cylinder from the head's front arc to the foot of the frame
    xc = np.clip(hx, -1.0, 1.0)
    front = np.sqrt(np.clip(1.0 - xc * xc, 0.0, 1.0))  # the arc, in head radii
    shell = (np.abs(hx) < 1.0) & (hy > 0) & (t[:, None] < foot + ry * front)
    shell_in = np.clip((1.0 - np.abs(hx)) * radius * res, 0.0, 1.0) * shell
    light = 0.3 + 0.55 * np.clip(0.35 - 0.65 * xc + 0.6 * front, 0.0, 1.0)
    light += 0.5 * np.exp(-(((xc + 0.42) / 0.07) ** 2))  # the lacquer's sheen
    lac = np.asarray(lacquer, F32)
    shell_rgb = np.clip(
        lac[None, None, :] * light[..., None] + 60 * np.maximum(light - 0.85, 0)[..., None], 0, 255
    )
    rgb += (shell_rgb - rgb) * shell_in[..., None]

    # the hoop's front face and the lugs, chrome
    hoop_h = 0.07 * radius / ry  # in head radii along y
    face = (np.abs(hx) < 1.035) & (hy > 1.035 * front) & (hy < 1.035 * front + hoop_h)
    chrome_v = np.asarray(chrome, F32)
    shine = (0.55 + 0.45 * np.clip(0.3 - 0.7 * xc + 0.4 * front, 0.0, 1.0))[..., None]
    rgb = np.where(face[..., None], chrome_v * shine, rgb)
    if whole:
        base = (foot - cy) / ry  # the foot's arc, in head radii
        low = (np.abs(hx) < 1.035) & (hy > base + front - hoop_h) & (hy < base + 1.035 * front)
        rgb = np.where(low[..., None], chrome_v * shine, rgb)
        below = (hy > base + front) & ~low
        fall = np.exp(-(((hy - base - front) * ry / 0.035) ** 2)) * np.clip(1.2 - np.abs(hx), 0, 1)
        rgb *= (1.0 - 0.35 * fall * below)[..., None]
    lugs = 10 if salt % 2 else 8
    tall = 0.12 * radius / ry
    for i in range(lugs):
        ang = 2 * np.pi * (i + 0.5) / lugs
        lx, ly = np.cos(ang), np.sin(ang)
        if ly < 0.12:
            continue
        top = ly * 1.035 + hoop_h + 0.06 * radius / ry
        width = 0.035 * np.sqrt(max(1.0 - lx * lx, 0.0)) + 0.008
        # only the lug's own patch of pixels: the rod from the hoop, the casing below
        c0 = max(int((cx + (lx - width) * radius) * res) - 1, 0)
        c1 = min(int((cx + (lx + width) * radius) * res) + 2, res)
        r0 = max(int((cy + (ly * 1.035 + hoop_h) * ry) * res) - 1, 0)
        r1 = min(int((cy + (top + 2 * tall) * ry) * res) + 2, res)
        if c0 >= c1 or r0 >= r1:
            continue
        px_, py_ = hx[:, c0:c1] - lx, hy[r0:r1]
        rod = (np.abs(px_) < width * 0.22) & (py_ > ly * 1.035 + hoop_h) & (py_ < top + 0.05)
        body = ((np.abs(px_) / width) ** 4 + ((py_ - top - tall) / tall) ** 4) < 1
        lit_lug = 0.6 + 0.4 * np.clip(1.0 - (px_ + 0.3 * width) / width, 0.0, 1.0)
        lit_lug = np.where(body & (np.abs(px_) > width * 0.8), 0.45, lit_lug)
        paint = (rod | body) & (shell_in[r0:r1, c0:c1] > 0.5)
        patch = rgb[r0:r1, c0:c1]
        patch[paint] = chrome_v[None, :] * np.broadcast_to(lit_lug, paint.shape)[paint][:, None]

    # the head, lit across, with its sand, and the hoop's top ring
    head_v = np.asarray(head, F32)
    glow = 0.9 + 0.14 * np.clip(-0.5 * hx - 0.5 * hy, -1.0, 1.0)
    head_rgb = head_v * glow[..., None]
    head_rgb += (np.asarray(sand, F32) - head_rgb) * np.minimum(grains, 1.0)[..., None]
    rgb += (head_rgb - rgb) * head_in[..., None]
    rim = np.clip(1.0 - np.abs(r - 1.02) / 0.018 / 1.0, 0.0, 1.0)
    rim_light = 0.5 + 0.5 * np.clip(-np.cos(theta + 0.8), 0.0, 1.0)
    rgb += (chrome_v * rim_light[..., None] - rgb) * rim[..., None]

    img = Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB")
    if img.size[0] != s.work:
        img = img.resize((s.work, s.work), Image.Resampling.BILINEAR)
    box = (cx - 1.04 * radius, cy - 1.04 * ry, cx + 1.04 * radius, min(foot + ry + 0.05, 1.0))
    if whole:  # drawn as seen; the style turns the sheet back
        img = img.transpose(Image.Transpose.FLIP_TOP_BOTTOM)
        box = (box[0], 1.0 - box[3], box[2], 1.0 - box[1])
    s.img.paste(img)
    return compose.clip_box(box)


def bessel_zero_mode(n: int, ring: int, r: np.ndarray, theta: np.ndarray) -> np.ndarray:
    """A membrane's (n, ring) mode, J_n(j r) cos(n theta) with j the ring-th zero of
    J_n, so the head rests at the hoop (r = 1)."""
    k = bessel_zero(n, ring)
    return fig.bessel(n, np.float32(k) * np.minimum(r, 1.0)) * np.cos(n * theta).astype(F32)
