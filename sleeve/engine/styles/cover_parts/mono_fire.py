"""Mono grain's fire print for doom and death metal: one great fire drawn like a
woodcut, rising from the foot of the frame or behind a black skyline of pines or
broken walls (always so under a bottom title), sparks climbing into black.

The fire is a crown of smooth pointed tongues in three nested tones (a grey edge, a
pale flesh, a white heart), each leaning and curling with the song's churn; their
heights follow its energy curve across the frame: the loud passages burn highest."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine import raster
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.mono_scenes import RES, Grid, energy_line, pine

Print = tuple[np.ndarray, Box, np.ndarray | None]


def _skyline(direction: ArtDirection, rng: np.random.Generator, base: float) -> np.ndarray:
    """A black skyline standing in the fire at `base` (fraction of the side): a row
    of pines (black metal's) or a ruin's broken walls; 1 where it stands."""
    big = RES * 2
    img = Image.new("L", (big, big), 0)
    draw = ImageDraw.Draw(img)
    y = base * big
    draw.rectangle((0, y, big, big), fill=255)
    kind = "pines" if direction.language.subgenre == "black_metal" or rng.random() < 0.4 else "ruin"
    if kind == "pines":
        for _ in range(int(18 + 20 * direction.density)):
            h = rng.uniform(0.06, 0.2) * big
            pine(draw, rng.random() * big, y + 2, h, 255, width=0.2, tiers=6)
    else:  # broken walls: ragged tops, here and there a tall shard of a gable
        x = 0.0
        while x < big:
            w = rng.uniform(0.04, 0.16) * big
            h = rng.uniform(0.02, 0.12) * big * (2.2 if rng.random() < 0.2 else 1.0)
            n = int(rng.integers(3, 7))
            tops = [(x + w * i / (n - 1), y - h * rng.uniform(0.3, 1.0)) for i in range(n)]
            draw.polygon([(x, y), *tops, (x + w, y)], fill=255)
            x += w * rng.uniform(0.8, 1.1)
    return raster.from_image(img.resize((RES, RES), Image.Resampling.BOX))


def _tongues(
    direction: ArtDirection, rng: np.random.Generator, g: Grid, base: float, reach: float
) -> np.ndarray:
    """The heat of one great fire: smooth pointed tongues side by side, tallest in
    the middle and where the song is loud, leaning and curling as they climb; 0
    outside, rising to 1 at the white heart low in each tongue."""
    song = energy_line(direction, 16)
    centre = float(rng.uniform(0.4, 0.6))
    span = float(rng.uniform(0.72, 0.9))
    count = 7 + round(5 * direction.density)
    heat = np.zeros((RES, RES), np.float32)
    xs = centre + span * (np.linspace(-0.5, 0.5, count) + rng.uniform(-0.25, 0.25, count) / count)
    for index, x0 in enumerate(xs):
        side = (x0 - centre) / (span / 2)
        loud = float(song[int(np.clip(x0, 0, 0.999) * RES)])
        tall = reach * (1 - 0.45 * side**2) * (0.72 + 0.28 * loud) * rng.uniform(0.85, 1.05)
        if index % 2:  # the tongues between are shorter: a ragged crown
            tall *= float(rng.uniform(0.55, 0.8))
        wide = span / count * rng.uniform(0.9, 1.3)
        u = (base - g.y) / tall  # 0 at the roots, 1 at the tip
        lean = (0.5 + 0.9 * direction.turbulence) * wide
        phase = rng.uniform(0, 2 * np.pi)
        cx = x0 + lean * np.sin(phase + 3.2 * u) * np.clip(u, 0, 1) ** 1.4 + 0.25 * wide * side * u
        half = wide * np.sqrt(np.clip(1 - u, 0, 1)) * (1.1 - 0.35 * np.clip(u, 0, 1))
        inside = 1 - np.abs(g.x - cx) / np.maximum(half, 1e-4)
        h = np.where((u > -0.2) & (u < 1), inside * (1 - np.clip(u, 0, 1)) ** 0.45, 0)
        heat = np.maximum(heat, h.astype(np.float32))
    return heat


def fire(
    direction: ArtDirection, rng: np.random.Generator, g: Grid, side: str, light: bool
) -> Print:
    """One great fire, drawn like a woodcut: a crown of smooth pointed tongues in three
    nested tones (grey edge, pale flesh, white heart), tallest where the song is loud,
    leaning with its churn, sparks rising into black; the band above (or the ground
    below) stays black for the title."""
    standing = side == "bottom" or rng.random() < 0.5  # a skyline in front of the fire
    if side == "top":
        base, ceiling = (0.9 if standing else 1.04), 0.42
    else:
        base, ceiling = 0.64, 0.05
    heat = _tongues(direction, rng, g, base, base - ceiling)
    soft = 1.5 / RES / 0.05  # an anti-aliased contour, about a pixel and a half
    tone = np.full((RES, RES), 0.015, np.float32)
    for level, value in ((0.0, 0.42), (0.3, 0.72), (0.58, 1.0)):  # edge, flesh, heart
        step = np.clip((heat - level - 0.02) / soft + 0.5, 0, 1)
        tone = tone + (value - tone) * step
    flame = (heat > 0.02).astype(np.float32)
    glow = raster.from_image(raster.fast_blur(raster.to_image(flame), 40))
    tone = np.maximum(tone, 0.015 + 0.45 * glow * (0.8 + 0.4 * g.fog))  # lit smoke
    sparks = Image.new("L", (RES, RES), 0)
    draw = ImageDraw.Draw(sparks)
    top_rows = np.nonzero(flame.mean(axis=1) > 0.01)[0]
    top = top_rows.min() / RES if top_rows.size else ceiling
    for _ in range(int(14 + 30 * direction.energy)):  # embers above the crown
        x = float(rng.uniform(0.15, 0.85)) * RES
        y = float(rng.uniform(max(ceiling, top - 0.12), top + 0.12)) * RES
        r = float(rng.uniform(0.6, 1.8))
        draw.ellipse((x - r, y - r * 2.2, x + r, y + r * 2.2), int(rng.uniform(150, 255)))
    tone = np.maximum(tone, raster.from_image(sparks))
    if side == "top":  # the band above: smoke, black and even
        tone = tone * np.clip((g.y - 0.36) / 0.04, 0, 1)
    if standing:
        stand = _skyline(direction, rng, base)
        tone = tone * (1 - stand) + 0.012 * stand
    y0 = max(min(top, float(max(ceiling, top - 0.12))), 0.36 if side == "top" else 0.0)
    y1 = 1.0 if side == "top" else 0.66
    return tone, (0.0, float(y0), 1.0, float(max(y1, y0 + 0.05))), None
