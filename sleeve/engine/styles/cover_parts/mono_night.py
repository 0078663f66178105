"""Mono grain's night prints, three photographs of people and weather at night, each
one big form that reads at 64 px: rain on a night window (a street's lights out of
focus across the whole pane, smeared down the wet glass, droplets and runs in front),
a night street (one figure under a lamp, its pool of light and a long shadow) and a
crowd's raised hands black against stage light.

Same contract as mono_prints: a grey tone field at RES, a focal box and an optional
spot mask; the title's band (`side`) stays calm (black glass, black ground, the
crowd's black mass)."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine import raster
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.mono_scenes import RES, Grid, energy_line

Print = tuple[np.ndarray, Box, np.ndarray | None]


def _blur(field: np.ndarray, radius: float) -> np.ndarray:
    """A float field blurred by `radius` RES pixels."""
    return raster.from_image(raster.fast_blur(raster.to_image(np.clip(field, 0, 1)), radius))


def _free(side: str) -> tuple[float, float]:
    """The rows (top, bottom) the subject may fill: the part the title leaves."""
    return (0.4, 1.0) if side == "top" else (0.0, 0.62)


def _box(x0: float, y0: float, x1: float, y1: float) -> Box:
    """A focal box clipped to the cover, never empty."""
    x0, y0 = min(max(x0, 0.0), 0.95), min(max(y0, 0.0), 0.95)
    return (float(x0), float(y0), float(max(min(x1, 1.0), x0 + 0.05)),
            float(max(min(y1, 1.0), y0 + 0.05)))  # fmt: skip


def _span(lo: float, hi: float) -> tuple[int, int]:
    """The pixel columns (or rows) of the print from `lo` to `hi` (fractions of the
    side), clipped to it: where a light or its smear can reach."""
    return int(np.clip(np.floor(lo * RES), 0, RES)), int(np.clip(np.ceil(hi * RES) + 1, 0, RES))


def rain(
    direction: ArtDirection, rng: np.random.Generator, g: Grid, side: str, light: bool
) -> Print:
    """Rain on a night window, the whole pane: a street's lights far out of focus
    behind it (many soft discs with brighter rims, spread across the width, bigger and
    brighter low down where the street is, smeared into streaks down the wet glass),
    beads of water that carry the lights, and runs trickling down; the denser the song,
    the more lights; the more it drives, the more runs."""
    top, bottom = _free(side)
    n = 16 + round(18 * direction.density)
    lights = np.zeros((RES, RES), np.float32)
    streaks = np.zeros((RES, RES), np.float32)
    cols = rng.permutation(n)  # one light per column of the pane, jittered: spread out
    street = top + (bottom - top) * float(rng.uniform(0.55, 0.7))
    xs, ys = [], []
    for k in range(n):
        x = (cols[k] + float(rng.uniform(0.1, 0.9))) / n
        near = float(rng.random())
        r = 0.03 + 0.1 * near**1.5
        y = top + (bottom - top) * (0.08 + 0.84 * float(rng.random()) ** (1.3 - 0.6 * near))
        y = float(np.clip(y, top + r * 0.5, bottom - r * 0.4))
        (xa, xb), (ya, yb) = _span(x - r, x + r), _span(y - r, y + r)  # the disc's pixels
        d = np.sqrt((g.x[:, xa:xb] - x) ** 2 + (g.y[ya:yb] - y) ** 2) / r
        disc = np.clip((1 - d) * 5, 0, 1) * (0.65 + 0.35 * np.clip(d, 0, 1) ** 5)
        # bright enough to read at 64 px (Velvet's dim discs were a grey murk)
        level = float(rng.uniform(0.35, 0.7)) * (0.5 + 0.7 * near)
        lights[ya:yb, xa:xb] += disc * level
        if rng.random() < 0.45:  # the light smeared down the wet glass
            xa, xb = _span(x - r * 1.4, x + r * 1.4)  # the smear's columns (4 widths)
            ya = _span(y, 1.0)[0]
            sx = np.exp(-(((g.x[:, xa:xb] - x) / (r * 0.35)) ** 2))
            sy = np.clip((g.y[ya:] - y) / 0.35, 0, 1)
            streaks[ya:, xa:xb] += sx * np.exp(-3 * sy) * (g.y[ya:] > y) * level * 0.6
        xs.append(x)
        ys.append(y)
    glow = _blur(lights, 20)
    haze = np.exp(-(((g.y - street) / 0.3) ** 2))  # the street's sodium haze behind
    tone = 0.03 + 0.04 * g.fog + 0.1 * haze + 0.8 * np.clip(lights, 0, 1.0) + 0.35 * glow
    tone = tone + _blur(streaks, 3)
    # beads of water on the glass: each catches the lights behind it, lit on its upper
    # edge; in the dark they are only their glint
    beads = Image.new("L", (RES, RES), 0)
    glints = Image.new("L", (RES, RES), 0)
    bd, gd = ImageDraw.Draw(beads), ImageDraw.Draw(glints)
    for _ in range(320 + round(220 * direction.density)):
        x, y = rng.random() * RES, rng.random() * RES
        r = RES * float(rng.uniform(0.003, 0.012))
        bd.ellipse((x - r, y - r, x + r, y + r), fill=255)
        gd.ellipse((x - r * 0.5, y - r * 0.75, x + r * 0.1, y - r * 0.25), fill=255)
    bead, glint = raster.from_image(beads), raster.from_image(glints)
    tone = tone * (1 - bead) + (0.05 + 1.3 * glow + 0.3 * lights + 0.15 * haze) * bead
    tone = tone + glint * (0.3 + 0.8 * glow)
    # runs: wandering trails from the top, each a cleared line with a bright edge
    runs = Image.new("L", (RES, RES), 0)
    rdraw = ImageDraw.Draw(runs)
    for _ in range(5 + round(9 * direction.energy)):
        x, y = rng.random() * RES, rng.uniform(-0.1, 0.5) * RES
        pts = [(x, y)]
        while y < RES:
            y += RES * 0.02
            x += rng.normal(0, 1.6)
            pts.append((x, y))
        rdraw.line(pts, fill=255, width=int(rng.integers(2, 6)))
    run = raster.from_image(runs)
    tone = tone * (1 - 0.6 * run) + run * (0.12 + 0.9 * glow + 0.1 * haze)
    calm = np.clip((g.y - top) / 0.04, 0, 1) * np.clip((bottom - g.y) / 0.04, 0, 1)
    tone = tone * (0.3 + 0.7 * calm)  # the title's glass darker, its lights dim
    spot = np.clip(lights * 1.2, 0, 1)
    return tone, _box(0.0, max(min(ys) - 0.1, top), 1.0, min(max(ys) + 0.1, bottom)), spot


def lamp(
    direction: ArtDirection, rng: np.random.Generator, g: Grid, side: str, light: bool
) -> Print:
    """A night street: one lamp on its post, its cone of light through a thin haze
    onto wet ground, a lone figure standing just off the pool's centre and its long
    shadow thrown away from the lamp across the pool. The taller the song's energy
    the taller the lamp; the figure small or near as the seed says."""
    top, bottom = _free(side)
    s = 1.0 if rng.random() < 0.5 else -1.0  # which side of the lamp the figure stands
    lx = float(rng.uniform(0.3, 0.45)) if s > 0 else float(rng.uniform(0.55, 0.7))
    ground = bottom - (0.1 if side == "top" else 0.06) - float(rng.uniform(0.0, 0.05))
    head = top + 0.04 + 0.1 * (1 - direction.energy) * float(rng.uniform(0.5, 1.0))
    near = rng.random() < 0.4
    h = (ground - head) * (0.6 if near else 0.42)  # the figure's height
    fx = lx + s * float(rng.uniform(0.03, 0.07))
    haze = 0.03 + 0.04 * g.fog
    # the cone: widening from the head down to the ground, soft at its sides
    t = np.clip((g.y - head) / (ground - head), 0, 1)
    half = 0.02 + 0.24 * t
    cone = np.exp(-(((g.x - lx) / half) ** 2)) * (g.y > head) * (g.y < ground + 0.01)
    tone = haze + (0.45 + 0.15 * g.fog) * cone
    pool = np.exp(-(((g.x - lx) / 0.3) ** 2 + ((g.y - ground) / 0.07) ** 2))
    wet = (g.y > ground) * (0.02 + 0.02 * g.fog)  # the ground: dark, a sheen in the pool
    tone = np.where(g.y > ground, wet + 1.1 * pool, tone)
    reflect = np.exp(-(((g.x - lx) / 0.015) ** 2)) * np.clip((g.y - ground) / 0.04, 0, 1)
    tone = tone + 0.35 * reflect * np.exp(-np.clip(g.y - ground, 0, 1) / 0.15) * (g.y > ground)
    bulb = np.exp(-((g.x - lx) ** 2 + (g.y - head) ** 2) / 0.012**2)
    glow = np.exp(-((g.x - lx) ** 2 + (g.y - head) ** 2) / 0.06**2)
    tone = tone + 1.4 * bulb + 0.35 * glow
    img = raster.to_image(np.clip(tone, 0, 1))
    draw = ImageDraw.Draw(img)
    post = lx - s * 0.03  # the post stands behind the light, on the far side
    draw.line((post * RES, ground * RES, post * RES, (head - 0.005) * RES), fill=4, width=3)
    draw.line((post * RES, (head - 0.005) * RES, lx * RES, (head - 0.005) * RES), fill=4, width=3)
    # the shadow: from the feet away from the lamp, longer the nearer the lamp's foot
    reach = 0.35 + 0.2 * float(rng.random())
    fy = ground + 0.012
    w = h * 0.12
    draw.polygon(
        [
            (fx * RES - w * RES, fy * RES),
            (fx * RES + w * RES, fy * RES),
            ((fx + s * reach) * RES + w * 2.5 * RES, (fy + 0.07) * RES),
            ((fx + s * reach) * RES - w * 0.5 * RES, (fy + 0.08) * RES),
        ],
        fill=6,
    )
    _figure(draw, fx * RES, fy * RES, h * RES)
    tone = raster.from_image(img)
    spot = np.clip(bulb * 1.5 + 0.4 * glow, 0, 1)
    return tone, _box(lx - 0.26, head - 0.05, lx + 0.26, min(bottom, ground + 0.1)), spot


def _figure(draw: ImageDraw.ImageDraw, x: float, foot: float, h: float) -> None:
    """A standing figure in a long coat, black, its feet at (x, foot), `h` tall (px)."""
    head = h * 0.13
    draw.ellipse((x - head * 0.42, foot - h, x + head * 0.42, foot - h + head), fill=2)
    draw.polygon(
        [
            (x - h * 0.1, foot - h + head * 1.05),
            (x + h * 0.1, foot - h + head * 1.05),
            (x + h * 0.13, foot - h * 0.22),
            (x + h * 0.06, foot),
            (x - h * 0.06, foot),
            (x - h * 0.13, foot - h * 0.22),
        ],
        fill=2,
    )


def crowd(
    direction: ArtDirection, rng: np.random.Generator, g: Grid, side: str, light: bool
) -> Print:
    """A crowd's raised hands black against stage light: a row of heads and shoulders
    along the foot of the free part (the title's band below it, black; or above it,
    dark over the lights), arms and open hands reaching up into the beams, as many
    as the song is loud, the beams fanning from one bright source behind them."""
    top, bottom = _free(side)
    line = (0.74 if side == "top" else 0.5) + float(rng.uniform(-0.03, 0.03))
    sx = float(rng.uniform(0.3, 0.7))
    sy = line - float(rng.uniform(0.02, 0.1))
    ang = np.arctan2(g.y - sy, g.x - sx)
    d = np.sqrt((g.x - sx) ** 2 + (g.y - sy) ** 2)
    count = 5 + int(rng.integers(5))
    phase = float(rng.uniform(0, np.pi))
    beams = np.clip(np.cos(ang * count + phase), 0, 1) ** 3 * np.exp(-d / 0.5)
    source = np.exp(-d / 0.14)
    low = 0.72 if light else 0.03
    tone = low + (1 - low) * np.clip(0.55 * beams + 0.9 * source + 0.06 * g.fog, 0, 1)
    if side == "top":  # the lights fade before the title's band
        tone = tone * np.clip((g.y - top + 0.08) / 0.12, 0.15 if not light else 1, 1)
    big = RES * 2
    img = raster.to_image(np.clip(tone, 0, 1)).resize((big, big), Image.Resampling.BILINEAR)
    draw = ImageDraw.Draw(img)
    dark = 3 if not light else 20
    song = energy_line(direction, 16)
    heads = 5 + int(rng.integers(3))
    reach_top = 1.0
    for k in range(heads):
        x = (k + 0.5 + rng.uniform(-0.3, 0.3)) / heads
        y = line + float(rng.uniform(-0.015, 0.02))
        r = float(rng.uniform(0.07, 0.09))
        draw.ellipse(((x - r * 0.8) * big, (y - r) * big, (x + r * 0.8) * big, (y + r) * big), dark)
        draw.ellipse(((x - r * 2.2) * big, (y + r * 0.8) * big, (x + r * 2.2) * big,
                      (y + r * 4) * big), dark)  # fmt: skip
        if k % 2 == 0 or rng.random() < float(song[int(x * (RES - 1))]):
            hand_top = _arm(draw, rng, x, y, r, big, dark, top)
            reach_top = min(reach_top, hand_top)
    draw.rectangle((0, (line + 0.03) * big, big, big), fill=dark)
    tone = raster.from_image(img.resize((RES, RES), Image.Resampling.BOX))
    spot = np.clip(source * 1.2 + beams * 0.5, 0, 1) * (tone > 0.2)
    return tone, _box(0.0, max(min(reach_top, sy - 0.1), top), 1.0, min(line + 0.08, bottom)), spot


def _arm(
    draw: ImageDraw.ImageDraw, rng: np.random.Generator, x: float, y: float, r: float,
    big: int, shade: int, ceiling: float,
) -> float:  # fmt: skip
    """One arm raised from a shoulder beside the head at (x, y), an open hand or a fist
    at its end (cover fractions, drawn at `big`); returns the hand's top."""
    s = 1.0 if rng.random() < 0.5 else -1.0
    bx, by = x + s * r * 1.5, y + r * 1.5
    length = float(rng.uniform(0.28, 0.38))
    a = -np.pi / 2 + s * float(rng.uniform(0.05, 0.45))
    hx, hy = bx + np.cos(a) * length, max(by + np.sin(a) * length, ceiling + 0.05)
    draw.line((bx * big, by * big, hx * big, hy * big), fill=shade, width=int(r * 0.75 * big))
    p = r * 0.5  # the palm's half-size
    draw.ellipse(((hx - p) * big, (hy - p * 1.2) * big, (hx + p) * big, (hy + p) * big), shade)
    if rng.random() < 0.7:  # an open hand: fingers spread
        for f in range(5):
            fa = a + (f - 2) * 0.32 + (0.5 if f == 0 else 0.0) * -s
            fl = p * (2.0 if 0 < f < 4 else 1.5)
            ex, ey = hx + np.cos(fa) * fl, hy + np.sin(fa) * fl
            draw.line(
                (hx * big, hy * big, ex * big, ey * big), fill=shade, width=int(p * 0.5 * big)
            )
    return hy - p * 2.2


PRINTS = {"rain": rain, "lamp": lamp, "crowd": crowd}
