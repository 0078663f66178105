"""Ridgeline scenes: the two inks overprinted, the narrow strip and the road. Each
draws onto the canvas and returns its focal box (the title keeps out of it):

overprint: two stacks of the song's ridges printed in two inks on paper, each band a
screen tint stepping far to near, slightly out of register, a disc in the second ink;
the overlaps make a third colour (riso);
strip: a narrow strip of fine ridge lines framed on a large plain field, across the
width or a seeded part of it, the title in the field (the one line print left);
road: a road title's road to a vanishing point through the song's ridges, which lie
flat across it and rise either side as banded slopes, a sun on the horizon.
"""

from __future__ import annotations

from collections.abc import Callable

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import raster
from sleeve.engine.color import oklch_to_rgb, rgb_to_oklch
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.ridge_stack import (
    POINTS,
    Canvas,
    U,
    at,
    band,
    disc,
    lines,
    loudest,
    ridge,
    rows,
    sky,
)


def _tints(
    c: Canvas,
    count: int,
    spread: float,
    top: float,
    bottom: float,
    amp: float,
    dx: float,
    fade: tuple[float, float],
) -> Image.Image:
    """One ink's plate (L, 255 full ink): `count` of the song's ridges from `top` to
    `bottom`, each a flat screen tint from fade[0] (far) to fade[1] (near), shifted
    by dx; the plate ends level at `bottom`."""
    s = c.size
    plate = Image.new("L", (s, s), 0)
    draw = aggdraw.Draw(plate)
    h, kick = rows(c, count, spread)
    x = U * 1.1 - 0.05 + dx
    for i in range(count):
        t = i / max(count - 1, 1)
        base = top + (bottom - top) * (0.15 + 0.85 * t)
        ys = np.minimum(base - amp * (0.6 + 0.4 * kick[i]) * h[i], bottom)
        tint = int(255 * (fade[0] + (fade[1] - fade[0]) * t))
        crest = np.stack([x, ys], axis=1) * s
        ridge(draw, crest, np.stack([x, np.full(POINTS, bottom)], axis=1) * s, tint)
    draw.flush()
    return plate


def _print(c: Canvas, paper: tuple, plates: list[tuple[Image.Image, tuple]]) -> None:
    """Lay the plates on paper as inks that multiply (each lets the one under show)."""
    c.draw.flush()
    out = np.empty((c.size, c.size, 3), np.float32)
    out[:] = np.asarray(paper, np.float32) / 255.0
    for plate, ink in plates:
        cover = np.asarray(plate, np.float32)[:, :, None] / 255.0
        out *= 1.0 - cover * (1.0 - np.asarray(ink, np.float32) / 255.0)
    c.image.paste(Image.fromarray((out * 255.0 + 0.5).astype(np.uint8), "RGB"))
    c.draw = aggdraw.Draw(c.image)


def overprint(c: Canvas) -> Box:
    """Two inks on paper: the song's ridges as a stack of screen tints in the first
    ink, one big dune of them in the second slightly out of register, a disc of the
    second ink over the loudest stretch; the title on the plain paper."""
    rng, d = c.rng, c.direction
    hue_a = rgb_to_oklch(c.inks.near)[2] if rgb_to_oklch(c.inks.near)[1] > 0.02 else 250.0
    hue_b = rgb_to_oklch(c.inks.second)[2]
    ink_a = oklch_to_rgb(0.5, 0.14, hue_a)
    ink_b = raster.vivid(oklch_to_rgb(0.72, 0.16, hue_b), 0.72, 0.16)
    paper = oklch_to_rgb(0.95, 0.015, hue_b)
    amp = 0.14 + 0.1 * d.loudness
    if c.calm_top:
        top, bottom = c.room + 0.06 + amp, 0.95
    else:
        top, bottom = 0.08 + amp, 0.96 - c.room
    r = float(rng.uniform(0.07, 0.12))
    sx = float(np.clip(loudest(c) + rng.uniform(-0.15, 0.15), 0.15, 0.85))
    sy = max(top - amp * 0.5, (c.room if c.calm_top else 0.0) + r + 0.03)
    shift = float(rng.uniform(0.015, 0.04)) * float(rng.choice((-1.0, 1.0)))
    plate_a = _tints(c, lines(c, 5, 11), 2.6, top, bottom, amp * 0.7, 0.0, (0.25, 0.95))
    plate_b = _tints(c, lines(c, 3, 6), 1.0, top - 0.05, bottom, amp, shift, (0.85, 0.3))
    dot = aggdraw.Draw(plate_b)
    dot.ellipse(
        [(sx - r) * c.size, (sy - r) * c.size, (sx + r) * c.size, (sy + r) * c.size],
        aggdraw.Brush(230),
    )
    dot.flush()
    _print(c, paper, [(plate_b, ink_b), (plate_a, ink_a)])
    grey = np.asarray(plate_a, np.uint8) | np.asarray(plate_b, np.uint8)
    inked = np.nonzero(grey.max(axis=1) > 20)[0]
    y0 = float(inked[0]) / c.size if len(inked) else top
    return (0.0, max(0.0, y0 - 0.01), 1.0, bottom)


def strip(c: Canvas) -> Box:
    """A narrow strip of fine ridge lines (each filled with the field so near ones hide
    far ones) on a large plain field: across the width or a seeded part of it, high or
    low by the seed; the title in the field."""
    rng = c.rng
    count = lines(c, 16, 32)
    h, kick = rows(c, count, 1.4)
    tall = float(rng.uniform(0.22, 0.32))
    full = rng.random() < 0.4
    w = 1.04 if full else float(rng.uniform(0.6, 0.84))
    x0 = -0.02 if full else float(rng.choice((0.08, 0.92 - w)))
    lo, hi = (c.room + 0.06 + tall, 0.92) if c.calm_top else (0.08 + tall, 0.94 - c.room)
    bottom = float(rng.uniform(lo, max(lo, hi)))
    top = bottom - tall
    head = tall * 0.5
    x = x0 + w * U
    s = c.size
    for i in range(count):
        t = i / max(count - 1, 1)
        base = top + head + (bottom - top - head) * t
        crest = np.stack([x, base - head * kick[i] * h[i]], axis=1)
        foot = np.stack([x, np.full(POINTS, min(base + head, bottom + 0.005))], axis=1)
        ridge(c.draw, crest * s, foot * s, c.inks.bg, c.inks.ink, c.pen * (1.0 + 0.6 * t))
    return (max(0.0, x0), top, min(1.0, x0 + w), bottom + 0.01)


def road(c: Canvas) -> Box:
    """A road title: a road runs to a vanishing point through the song's ridges, which
    lie flat across it and rise either side as banded slopes (the loud ones highest),
    a sun on the horizon behind it: dark
    asphalt with white edge lines and a regular centre dash in the accent (reviewers
    read a pale road with dashes only on onsets as muddled). The seed and the song set
    the view: the horizon's height, where the road meets it and how far it bends (a
    loud song's road swings harder)."""
    rng = c.rng
    d = c.direction
    s = c.size
    if c.calm_top:
        horizon, end = c.room + float(rng.uniform(0.05, 0.22)), 1.02
    else:
        horizon, end = float(rng.uniform(0.08, 0.22)), 0.97 - c.room
    near_x = 0.5 + float(rng.uniform(-0.14, 0.14))
    vx = near_x + float(rng.uniform(-0.22, 0.22))
    bend = float(rng.uniform(-1.0, 1.0)) * (0.08 + 0.22 * d.energy)

    def centre(t: float | np.ndarray) -> float | np.ndarray:
        """The road's middle t of the way from the horizon (0) to the near edge (1)."""
        return vx + (near_x - vx) * t + bend * 4.0 * t * (1.0 - t)

    sky(c, horizon)
    r = float(rng.uniform(0.06, 0.1))
    disc(c, vx, horizon, min(r, horizon - c.room - 0.02) if c.calm_top else r, c.inks.sun)
    band(c, np.stack([U, np.full(POINTS, horizon)], axis=1), 1.05, c.inks.far)
    ramp = (c.inks.far, c.inks.near)
    count = lines(c, 18, 34)
    h, kick = rows(c, count, 3.0)
    width = float(rng.uniform(0.3, 0.42))  # the road's half-width at the near edge
    head = 0.16 + 0.08 * d.loudness
    ys = []
    for i in range(count):
        t = i / (count - 1)
        y = horizon + (end - horizon) * t**1.7
        ty = (y - horizon) / (end - horizon)
        half = 0.012 + width * ty
        off = np.abs(U - centre(ty)) - half  # distance from the road's edge
        bank = np.clip(off / 0.12, 0.0, 1.0) ** 1.5
        amp = head * (0.25 + 0.75 * t) * kick[i]
        crest = np.stack([U, y - amp * h[i] * bank - 0.004 * (off > 0)], axis=1)
        band(c, crest, 1.05, at(ramp, t), at(ramp, t * 0.6))
        ys.append((y, half, ty))
    near = width + 0.012
    tt = np.linspace(0.0, 1.0, 40)
    mid, halves, yy = centre(tt), 0.004 + near * tt, horizon + (end - horizon) * tt
    left = np.stack([mid - halves, yy], 1)
    right = np.stack([mid + halves, yy], 1)
    asphalt = raster.tone(c.inks.near, 0.2, 0.01)
    c.draw.polygon(
        (np.concatenate([left, right[::-1]]) * s).ravel().tolist(), aggdraw.Brush(asphalt)
    )
    # white edge lines and a regular centre dash make it a road at 64 px
    white = raster.pen((236, 234, 226), max(c.pen * 1.2, 1.0))
    for side in (-1, 1):
        edge_line = np.stack([mid + side * halves * 0.93, yy], 1) * s
        c.draw.line(edge_line.ravel().tolist(), white)
    accent = raster.vivid(d.palette.accent, 0.78, 0.16)
    for n, ((y, half, t1), (y2, _, t2)) in enumerate(zip(ys[:-1], ys[1:], strict=True)):
        if n % 2:
            dash = max(0.002, 0.035 * half)
            x1, x2 = float(centre(t1)), float(centre(t2))
            pts = [(x1 - dash) * s, y * s, (x1 + dash) * s, y * s]
            pts += [(x2 + dash * 1.4) * s, y2 * s, (x2 - dash * 1.4) * s, y2 * s]
            c.draw.polygon(pts, aggdraw.Brush(accent))
    return (0.0, horizon - head * 0.3, 1.0, min(1.0, end))


SCENES: dict[str, Callable[[Canvas], Box]] = {
    "overprint": overprint,
    "strip": strip,
    "road": road,
}
