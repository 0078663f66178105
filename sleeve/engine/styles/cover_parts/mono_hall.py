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


def hall(
    direction: ArtDirection, rng: np.random.Generator, g: Grid, side: str, light: bool
) -> Print:
    """The great hall: the more the song fills out (density), the more columns; the
    louder, the brighter the doorway's glare; the energy curve sets how far each pair
    of columns stands from the last (the hall's rhythm); the seed the vanishing point,
    the window side and the width."""
    vy = (0.6 if side == "top" else 0.4) + float(rng.uniform(-0.03, 0.03))
    vx = float(rng.uniform(0.36, 0.64))
    wide = float(rng.uniform(0.5, 0.85))  # half the nave's width at the nearest pair
    pairs = 5 + round(6 * direction.density)
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
    crown = "crown" in motifs(direction.title) or direction.language.subgenre != "doom_metal"
    if crown:
        _throne(draw, vx * big, (vy + 0.01) * big, 0.08 * big, 255)
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
    mask = raster.from_image(img.resize((RES, RES), Image.Resampling.BOX))
    dark = 0.025 + 0.04 * g.fog
    tone = tone * (1 - mask) + dark * mask
    if light:  # a pale hall in haze: everything lifted, the columns soft grey
        tone = 0.42 + 0.58 * tone
    box = (vx - 0.32, vy - 0.3, vx + 0.32, vy + 0.3)
    return np.clip(tone, 0, 1.2), _clip(box), None


def _clip(box: tuple[float, float, float, float]) -> Box:
    """A focal box clipped to the cover."""
    x0, y0, x1, y1 = box
    return (max(x0, 0.0), max(y0, 0.0), min(x1, 1.0), min(y1, 1.0))


PRINTS = {"hall": hall}
