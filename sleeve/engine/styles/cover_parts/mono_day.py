"""Mono grain's day print for bright and summery songs (bossa, pop, children's, a
high-key palette): summer rain on still water seen at a low angle, rings spreading
from the drops across a pale surface, big and open near the foot, small and flat far
off, the sky's light lying on the water. A light picture, never a night or a doom
form.

Same contract as mono_prints: a grey tone field at RES, a focal box and an optional
spot mask; the title's band (`side`) stays calm (bare pale water or sky)."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine import raster
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.mono_scenes import RES, Grid, energy_line

Print = tuple[np.ndarray, Box, np.ndarray | None]
SCALE = 2  # the rings are drawn at twice RES and scaled down: anti-aliased


def ripples(
    direction: ArtDirection, rng: np.random.Generator, g: Grid, side: str, light: bool
) -> Print:
    """Summer rain on a pond: a far bank's soft dark line high up (or low, under a
    title on top), the water below it pale with the sky, and rings spreading from the
    drops, flattened by the low angle, larger and bolder nearer; the denser the song,
    the more drops, the louder, the bolder the rings."""
    top, bottom = (0.4, 1.0) if side == "top" else (0.0, 0.62)
    bank = top + 0.04 + 0.06 * float(rng.random()) if side == "top" else 0.1
    base = 0.84 if light else 0.5
    # the water: the sky's light, paler far off, a shade darker near; soft mottling
    depth = np.clip((g.y - bank) / (1.0 - bank), 0.0, 1.0)
    tone = base + 0.1 * (1.0 - depth) ** 2 - 0.08 * depth + 0.05 * (g.fog - 0.5)
    # the far bank: a soft band of trees, the song's loudness its skyline
    song = _curve(direction)
    crest = bank - 0.035 - 0.07 * song[None, :]
    trees = np.clip((g.y - crest) * RES / 3.0, 0, 1) * np.clip((bank - g.y) * RES / 2.0, 0, 1)
    above = g.y < bank
    sky = 0.92 + 0.05 * (g.fog - 0.5)
    tone = np.where(above, sky, tone)
    tone = tone * (1 - trees) + (base - 0.45) * trees
    # the bank's reflection, dark on the water close under it, fading
    tone = tone - 0.3 * np.exp(-np.clip(g.y - bank, 0, 1) / 0.05) * (g.y >= bank)
    # the drops' rings, drawn big and scaled down
    big = RES * SCALE
    dark = Image.new("L", (big, big), 0)
    lite = Image.new("L", (big, big), 0)
    dd, ld = ImageDraw.Draw(dark), ImageDraw.Draw(lite)
    count = 9 + round(12 * direction.density)
    heavy = 0.7 + 0.6 * direction.loudness
    lo = max(bank + 0.03, top + 0.02)
    ys = lo + (bottom - lo) * rng.random(count)
    ys[0] = lo + (bottom - lo) * float(rng.uniform(0.55, 0.75))  # one drop near, large
    xs = (rng.permutation(count) + rng.uniform(0.1, 0.9, count)) / count  # spread across
    order = np.argsort(ys)
    for i in order:
        y, x = float(ys[i]), float(xs[i])
        near = (y - bank) / max(bottom - bank, 1e-3)
        r = (0.02 + 0.2 * near**1.5) * float(rng.uniform(0.6, 1.1)) * (1.5 if i == 0 else 1.0)
        flat = 0.22 + 0.2 * near
        rings = 2 + int(rng.integers(3))
        width = max(1, round(big * (0.0015 + 0.0035 * near) * heavy))
        for k in range(rings):
            rr = r * (1.0 - 0.28 * k)
            box = ((x - rr) * big, (y - rr * flat) * big, (x + rr) * big, (y + rr * flat) * big)
            dd.ellipse(box, outline=255, width=width)
            off = width * 1.2
            lbox = (box[0] + off, box[1] + off, box[2] - off, box[3] - off)
            if lbox[2] > lbox[0] and lbox[3] > lbox[1]:
                ld.ellipse(lbox, outline=255, width=max(1, width // 2))
        dd.ellipse(((x - 0.004) * big, (y - 0.002) * big, (x + 0.004) * big, (y + 0.002) * big),
                   fill=255)  # fmt: skip
    ring = raster.from_image(dark.resize((RES, RES), Image.Resampling.BOX))
    shine = raster.from_image(lite.resize((RES, RES), Image.Resampling.BOX))
    water = (~above).astype(np.float32)
    tone = tone - 0.42 * ring * water + 0.18 * shine * water
    # under a bottom title the near water is bare and even
    if side != "top":
        calm = np.clip((0.62 - g.y) / 0.04, 0, 1)
        tone = tone * calm + (base + 0.1) * (1 - calm)
    return np.clip(tone, 0.0, 1.0), _box(0.0, max(bank - 0.1, top), 1.0, bottom), None


def _curve(direction: ArtDirection) -> np.ndarray:
    """The song's energy across the print (RES points), 0..1, broadly smoothed."""
    line = np.asarray(energy_line(direction, 24), np.float32)
    return (line - line.min()) / max(float(np.ptp(line)), 1e-3)


def _box(x0: float, y0: float, x1: float, y1: float) -> Box:
    return (float(x0), float(y0), float(x1), float(max(y1, y0 + 0.05)))


PRINTS = {"ripples": ripples}
