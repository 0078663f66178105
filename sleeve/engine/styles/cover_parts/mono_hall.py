"""Mono grain's hall: a great hall in one-point perspective, two rows of columns
running to a blown-out doorway at the end, a throne (or an altar) black in its light,
shafts of light falling from high windows on one side. For a title that names a
king, a crown or a cathedral, and for orchestral and cinematic music.

Same contract as mono_prints: a grey tone field at RES, a focal box and no spot; the
title's band (`side`) stays calm (the vault's black, or the floor's)."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine import raster
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.mono_scenes import RES, Grid, energy_line
from sleeve.engine.styles.cover_parts.title_words import motifs

Print = tuple[np.ndarray, Box, np.ndarray | None]


def _blur(field: np.ndarray, radius: float) -> np.ndarray:
    """A float field blurred by `radius` RES pixels."""
    return raster.from_image(raster.fast_blur(raster.to_image(np.clip(field, 0, 1)), radius))


def _throne(draw: ImageDraw.ImageDraw, x: float, foot: float, h: float, fill: int) -> None:
    """A throne seen from the front, black, its feet at (x, foot), `h` tall (px): a
    tall back with three points, arms, a seat on a step."""
    w = 0.55 * h
    draw.rectangle((x - 0.8 * w, foot - 0.08 * h, x + 0.8 * w, foot), fill=fill)  # the step
    draw.rectangle((x - 0.5 * w, foot - 0.45 * h, x + 0.5 * w, foot - 0.08 * h), fill=fill)
    draw.rectangle((x - 0.34 * w, foot - 0.92 * h, x + 0.34 * w, foot - 0.4 * h), fill=fill)
    for k in (-1, 0, 1):  # the crown of the back
        px = x + k * 0.26 * w
        top = foot - (1.0 if k == 0 else 0.94) * h
        draw.polygon([(px - 0.08 * w, foot - 0.9 * h), (px, top), (px + 0.08 * w, foot - 0.9 * h)],
                     fill=fill)  # fmt: skip


def _figure(draw: ImageDraw.ImageDraw, x: float, foot: float, h: float, fill: int) -> None:
    """A lone standing figure in a long coat, black, `h` tall (px), feet at (x, foot)."""
    w = 0.2 * h
    draw.polygon([(x - 0.5 * w, foot - 0.78 * h), (x + 0.5 * w, foot - 0.78 * h),
                  (x + 0.75 * w, foot), (x - 0.75 * w, foot)], fill=fill)  # fmt: skip
    draw.ellipse((x - 0.3 * w, foot - h, x + 0.3 * w, foot - 0.8 * h), fill=fill)


def hall(
    direction: ArtDirection, rng: np.random.Generator, g: Grid, side: str, light: bool
) -> Print:
    """The great hall: the more the song fills out (density), the more columns; the
    louder, the brighter the doorway's glare; the energy curve sets how far each pair
    of columns stands from the last (the hall's rhythm); the seed the vanishing point,
    the window side and the width."""
    vy = (0.6 if side == "top" else 0.4) + float(rng.uniform(-0.03, 0.03))
    vx = float(rng.uniform(0.3, 0.7))
    if rng.random() < 0.35:  # seen from one aisle: one colonnade runs off the frame
        vx = float(rng.choice([0.2, 0.8]) + rng.uniform(-0.05, 0.05))
    vaulted = rng.random() < 0.5  # round arches spanning the hall, a tunnel to the light
    wide = float(rng.uniform(0.5, 0.85))  # half the nave's width at the nearest pair
    # the slower the song, the fewer and the further apart the columns
    pairs = 4 + round(3 * direction.density + 3 * min(direction.tempo_bpm, 170) / 170)
    song = energy_line(direction, 16)
    steps = 0.6 + song[np.linspace(0, RES - 1, pairs).astype(int)]
    depth = 1.0 + np.cumsum(steps / steps.mean() * 0.75)  # each pair's distance
    glare = 0.7 + 0.3 * direction.loudness
    d = np.sqrt(((g.x - vx) * 1.3) ** 2 + (g.y - vy) ** 2)
    haze = 0.12 + 0.25 * g.fog + glare * np.exp(-((d / (0.3 + 0.15 * direction.brightness)) ** 1.2))
    door_w, door_h = 0.045 + 0.025 * rng.random(), 0.17 + 0.06 * rng.random()
    arch = np.sqrt((g.x - vx) ** 2 + ((g.y - (vy - door_h + door_w)) * 0.8) ** 2) < door_w
    door = ((np.abs(g.x - vx) < door_w) & (g.y > vy - door_h + door_w) & (g.y < vy + 0.01)) | arch
    tone = np.maximum(haze, np.where(door, 1.1, 0.0))
    floor = np.clip((g.y - vy) / (1.0 - vy), 0, 1)
    vault = np.clip((vy - g.y) / vy, 0, 1)
    tone = tone * (1 - 0.85 * np.maximum(floor, vault) ** 1.4)
    shine = np.exp(-(((g.x - vx) / (0.04 + 0.3 * floor)) ** 2)) * floor  # the polished floor
    tone = tone + 0.4 * glare * shine * (1 - floor) ** 0.7
    window = 1.0 if rng.random() < 0.5 else -1.0
    if not light:  # shafts of light from high windows, falling across the nave
        across = (g.x - vx) * 0.8 + window * (g.y - vy) * 0.6
        shafts = np.clip(np.sin(across * 30 + rng.uniform(0, 6)), 0, 1) ** 6
        tone = tone + 0.2 * shafts * (1 - vault) * np.exp(-((g.x - vx - window * 0.2) ** 2) / 0.08)
    big = RES * 2
    img = Image.new("L", (big, big), 0)
    draw = ImageDraw.Draw(img)
    # a throne where the title names a king or a crown (else half the halls), else a
    # lone figure walking toward the light, or no one
    crown = "crown" in motifs(direction.title) or rng.random() < 0.5
    if crown:
        _throne(draw, vx * big, (vy + 0.01) * big, 0.08 * big, 255)
    elif rng.random() < 0.6:
        z = float(depth[len(depth) // 3])
        _figure(draw, (vx + rng.uniform(-0.25, 0.25) * wide / z) * big,
                (vy + (1.0 - vy + 0.3) / z) * big, 0.36 / z * big, 255)  # fmt: skip
    for z in depth[::-1]:  # far to near, so near columns hide far ones
        half_w = 0.085 / z
        for s in (-1, 1):
            cx = vx + s * wide / z
            foot, head = vy + (1.0 - vy + 0.3) / z, vy - (vy + 0.3) / z
            draw.rectangle(((cx - half_w) * big, head * big, (cx + half_w) * big, foot * big),
                           fill=255)  # fmt: skip
            cap = 1.5 * half_w  # the capital and the plinth, wider than the shaft
            for y, h in ((head + 0.6 * (foot - head) * 0.0, 0.04 / z), (foot - 0.05 / z, 0.05 / z)):
                draw.rectangle(((cx - cap) * big, y * big, (cx + cap) * big, (y + h) * big),
                               fill=255)  # fmt: skip
        if vaulted:  # the arch from this pair's capitals over the hall
            head, r = vy - (vy + 0.3) / z, wide / z - 0.085 / z
            t = np.linspace(0, np.pi, 40)
            ring = [(vx + r * np.cos(a), head - r * np.sin(a)) for a in t]
            out = r + 0.17 / z
            top = head - r - 0.14 / z
            ring += [(vx - out, head), (vx - out, top), (vx + out, top), (vx + out, head)]
            draw.polygon([(x * big, y * big) for x, y in ring], fill=255)
    mask = raster.from_image(img.resize((RES, RES), Image.Resampling.BOX))
    dark = 0.025 + 0.04 * g.fog
    tone = tone * (1 - mask) + dark * mask
    if light:  # a pale hall in haze: everything lifted, the columns soft grey
        tone = 0.42 + 0.58 * tone
    box = (vx - 0.32, vy - 0.3, vx + 0.32, vy + 0.3)
    return np.clip(tone, 0, 1.2), _clip(box), None


def _pointed(u: np.ndarray) -> np.ndarray:
    """A pointed (gothic) arch's rise across its span (u 0..1): vertical at the springs,
    a point at the apex."""
    return (1 - np.abs(2 * u - 1)) ** 0.55


def nave(
    direction: ArtDirection, rng: np.random.Generator, g: Grid, side: str, light: bool
) -> Print:
    """A gothic nave, not the classical hall: pointed arcades down both sides, the
    aisles' light through them, lancets high in the clerestory, a rose window blazing
    at the far end. The slower the song, the fewer and deeper the bays (a doom song's
    nave is long and slow); the energy curve spaces them; the seed the vanishing point,
    the lit aisle, and whether one figure stands in the nave."""
    vy = (0.64 if side == "top" else 0.46) + float(rng.uniform(-0.04, 0.04))
    vx = float(rng.uniform(0.32, 0.68))
    wide = float(rng.uniform(0.42, 0.62))
    bays = 3 + round(5 * min(direction.tempo_bpm, 170) / 170 + 2 * direction.density)
    song = energy_line(direction, 16)
    steps = 0.5 + song[np.linspace(0, RES - 1, bays).astype(int)]
    depth = np.concatenate([[0.55], 1.0 + np.cumsum(steps / steps.mean() * 0.9)])
    glare = 0.75 + 0.25 * direction.loudness
    r0 = 0.1 + 0.04 * direction.brightness  # the rose window
    ry = vy - 0.06 - 0.02 * rng.random()
    rose = np.sqrt((g.x - vx) ** 2 + (g.y - ry) ** 2)
    haze = (
        0.06
        + 0.18 * g.fog
        + glare * 0.7 * np.exp(-((rose / (0.22 + 0.1 * direction.brightness)) ** 1.3))
    )
    tone = np.maximum(haze, np.where(rose < r0, 1.1, 0.0))
    floor = np.clip((g.y - vy) / (1.0 - vy), 0, 1)
    vault = np.clip((ry - r0 - 0.04 - g.y) / max(ry - r0 - 0.04, 0.05), 0, 1)
    tone = tone * (1 - 0.8 * floor**1.3) * (1 - 0.9 * vault**0.8)
    tone = (
        tone
        + 0.3
        * glare
        * np.exp(-(((g.x - vx) / (0.05 + 0.3 * floor)) ** 2))
        * floor
        * (1 - floor) ** 0.7
    )
    big = RES * 2
    lit = Image.new("L", (big, big), 0)  # the aisles' light, seen through the arcades
    mask = Image.new("L", (big, big), 0)  # black stone
    glow, stone = ImageDraw.Draw(lit), ImageDraw.Draw(mask)
    bright = 1 if rng.random() < 0.5 else -1  # the sunlit aisle

    def at(z: np.ndarray | float, s: float) -> np.ndarray | float:
        return vx + s * wide / z

    def height(z: np.ndarray | float, k: float) -> np.ndarray | float:
        """The screen y at depth z of a point k storeys up (0: the floor, 1: the vault)."""
        return vy + (1.0 - vy + 0.25) / z - k * 1.9 / z

    u = np.linspace(0, 1, 24)
    for i in range(len(depth) - 2, -1, -1):  # far bays first
        z0, z1 = depth[i], depth[i + 1]
        for s in (-1, 1):
            x0, x1 = at(z0, s), at(z1, s)
            wall = [
                (x0, height(z0, 1.6)),
                (x1, height(z1, 1.6)),
                (x1, height(z1, 0)),
                (x0, height(z0, 0)),
            ]
            stone.polygon([(x * big, y * big) for x, y in wall], fill=255)
            pier0, pier1 = 0.05 / z0, 0.05 / z1
            a, b = x0 - s * pier0, x1 + s * pier1  # the opening between the piers
            zz = z0 + (z1 - z0) * u
            xs = a + (b - a) * u
            spring = height(zz, 0.42)
            top = spring - 0.3 / zz * _pointed(u)
            arch = list(zip(xs, top, strict=True)) + [(b, height(z1, 0)), (a, height(z0, 0))]
            pts = [(x * big, y * big) for x, y in arch]
            if i == 0:  # the nearest bay is the pier's mass, framing the picture
                continue
            stone.polygon(pts, fill=0)
            glow.polygon(pts, fill=230 if s == bright else 110)
            c0, c1 = a + (b - a) * 0.38, a + (b - a) * 0.62  # a lancet in the clerestory
            v = np.linspace(0, 1, 12)
            lx = c0 + (c1 - c0) * v
            lz = z0 + (z1 - z0) * (0.38 + 0.24 * v)
            lancet = list(zip(lx, height(lz, 0.78) - 0.12 / lz * _pointed(v), strict=True))
            lancet += [(c1, height(lz[-1], 0.6)), (c0, height(lz[0], 0.6))]
            pts = [(x * big, y * big) for x, y in lancet]
            stone.polygon(pts, fill=0)
            glow.polygon(pts, fill=255 if s == bright else 150)
    cx, cy, line = vx * big, ry * big, max(2, round(0.006 * big))
    rr = r0 * big
    for k in range(12):  # the rose window's tracery: spokes, a ring of foils, a hub
        a = np.pi * k / 6
        stone.line([(cx + 0.3 * rr * np.cos(a), cy + 0.3 * rr * np.sin(a)),
                    (cx + rr * np.cos(a), cy + rr * np.sin(a))], fill=255, width=line)  # fmt: skip
        fx, fy, fr = (
            cx + 0.68 * rr * np.cos(a + np.pi / 12),
            cy + 0.68 * rr * np.sin(a + np.pi / 12),
            0.16 * rr,
        )
        stone.ellipse((fx - fr, fy - fr, fx + fr, fy + fr), outline=255, width=line)
    for k in (0.3, 1.0):
        stone.ellipse(
            (cx - k * rr, cy - k * rr, cx + k * rr, cy + k * rr), outline=255, width=line + 1
        )
    if rng.random() < 0.5:  # one figure in the nave, small against the light
        z = float(depth[min(2, len(depth) - 1)])
        _figure(stone, (vx + rng.uniform(-0.15, 0.15) * wide / z) * big, height(z, 0) * big,
                0.32 / z * big, 255)  # fmt: skip
    shine = raster.from_image(lit.resize((RES, RES), Image.Resampling.BOX))
    tone = np.maximum(tone, 0.9 * _blur(shine, 1.5) * (0.6 + 0.4 * g.fog))
    black = raster.from_image(mask.resize((RES, RES), Image.Resampling.BOX))
    tone = tone * (1 - black) + (0.02 + 0.04 * g.fog) * black
    if light:
        tone = 0.42 + 0.58 * tone
    box = (vx - 0.3, ry - r0 - 0.15, vx + 0.3, vy + 0.25)
    return np.clip(tone, 0, 1.2), _clip(box), None


def _clip(box: tuple[float, float, float, float]) -> Box:
    """A focal box clipped to the cover."""
    x0, y0, x1, y1 = box
    return (max(x0, 0.0), max(y0, 0.0), min(x1, 1.0), min(y1, 1.0))


PRINTS = {"hall": hall, "nave": nave}
