"""Mono grain's leaden sky: a low black land (the song's curve its skyline) under a
vast ceiling of heavy cloud banks pressing down, one pale seam of light left at the
horizon, and one small lone form standing in it (a bare tree or a figure). For doom,
funeral doom and drone, and for a title naming the sky or clouds.

Same contract as mono_prints: a grey tone field at RES, a focal box and no spot; the
title's band (`side`) stays calm (the darkest cloud, or the black land)."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine import raster
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.mono_scenes import RES, Grid, energy_line

Print = tuple[np.ndarray, Box, np.ndarray | None]


def _clouds(rng: np.random.Generator, turbulence: float) -> np.ndarray:
    """Cloud banks: noise stretched wide (layered, flat-bottomed), 0..1 at RES."""
    field = raster.fractal_noise(rng, cells=3, octaves=4, res=128)
    wide = np.asarray(
        Image.fromarray(field[:, : 128 // (3 - round(turbulence))], "F").resize(
            (RES, RES), Image.Resampling.BICUBIC
        )
    )
    return np.clip(wide, 0, 1).astype(np.float32)


def sky(
    direction: ArtDirection, rng: np.random.Generator, g: Grid, side: str, light: bool
) -> Print:
    """The leaden sky: the louder the song, the lower and darker the ceiling; the
    horizon's seam is brightest where the song is quietest; the seed sets where the
    lone form stands and which it is."""
    hz = (0.8 if side == "top" else 0.66) + float(rng.uniform(-0.03, 0.03))
    clouds = _clouds(rng, direction.turbulence)
    above = np.clip((hz - g.y) / hz, 0, 1)  # 0 at the horizon, 1 at the top
    weight = 0.55 + 0.4 * direction.loudness  # how dark the ceiling presses
    seam = np.exp(-(((g.y - hz + 0.035) / (0.03 + 0.03 * (1 - direction.energy))) ** 2))
    base = 0.18 + 0.5 * np.exp(-above * (3.0 + 3.0 * weight))  # pale low, dark high
    banks = 0.6 * (clouds - 0.5) * (0.5 + above)  # heavy rolls, sharper up high
    tone = base + banks + 0.55 * seam * (1.1 - clouds)
    song = energy_line(direction, 24)[None, :]
    land_line = hz - 0.03 * song
    land = np.clip((g.y - land_line) * RES / 1.2 + 0.5, 0, 1)
    ground = 0.03 + 0.03 * g.fog
    tone = tone * (1 - land) + ground * land
    x = float(rng.uniform(0.22, 0.4) if rng.random() < 0.5 else rng.uniform(0.6, 0.78))
    foot = float(land_line[0, int(x * RES)]) + 0.004
    big = RES * 2
    img = Image.new("L", (big, big), 0)
    draw = ImageDraw.Draw(img)
    h = (0.1 + 0.06 * direction.density) * big
    if rng.random() < 0.5:  # a bare tree, a few crooked limbs
        _limb(draw, rng, x * big, foot * big, -np.pi / 2, h * 0.45, h * 0.08, 0)
    else:  # a lone figure, very small: a head on a long coat
        fh, px, py = h * 0.45, x * big, foot * big
        draw.ellipse((px - fh * 0.07, py - fh, px + fh * 0.07, py - fh * 0.84), fill=255)
        coat = [(-0.12, 0.0), (-0.09, -0.82), (0.09, -0.82), (0.12, 0.0)]
        draw.polygon([(px + fh * u, py + fh * v) for u, v in coat], fill=255)
    form = raster.from_image(img.resize((RES, RES), Image.Resampling.BOX))
    tone = tone * (1 - form) + 0.02 * form
    if light:  # an overcast day: the same sky, lifted and softened
        tone = 0.35 + 0.62 * tone
    box = (max(x - 0.2, 0.0), max(hz - 0.3, 0.0), min(x + 0.2, 1.0), min(hz + 0.06, 1.0))
    return np.clip(tone, 0, 1.1).astype(np.float32), box, None


def _limb(
    draw: ImageDraw.ImageDraw, rng: np.random.Generator, x: float, y: float, angle: float,
    length: float, width: float, depth: int,
) -> None:  # fmt: skip
    """A limb of the lone tree and, recursively, its forks."""
    x1, y1 = x + length * np.cos(angle), y + length * np.sin(angle)
    draw.line((x, y, x1, y1), fill=255, width=max(1, round(width)))
    if depth >= 4:
        return
    for k in (-1, 1):
        turn = k * rng.uniform(0.3, 0.75)
        _limb(
            draw,
            rng,
            x1,
            y1,
            angle + turn,
            length * rng.uniform(0.55, 0.75),
            width * 0.65,
            depth + 1,
        )


PRINTS = {"sky": sky}
