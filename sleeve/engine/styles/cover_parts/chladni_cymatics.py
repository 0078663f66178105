"""Chladni's sand figures as in Hans Jenny's Cymatics photographs: a plate rung in the
sum of two square-plate modes (cosine pairs), the plate's colours and
the focal box the compositions (chladni_scenes) report; the sand itself is heaped and
lit in chladni_relief.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from sleeve.engine import compose, raster
from sleeve.engine.color import oklch_to_rgb, rgb_to_oklch
from sleeve.engine.direction import RGB
from sleeve.engine.styles.cover_parts.chladni_layouts import Sheet

F32 = np.float32
BLUED = oklch_to_rgb(0.47, 0.14, 250.0)  # a blued steel plate: it reads lit in the dark


@dataclass(frozen=True)
class Figure:
    """A square plate's standing wave: the cosine pairs summed, each (n, m, weight),
    the pair's sign in the weight."""

    modes: tuple[tuple[float, float, float], ...]


def square_figure(a: int, b: int, salt: int, detail: int) -> Figure:
    """Two square-plate modes of even numbers (the figure keeps the square's symmetry,
    and no crosshair runs through its centre), the main one 4..10 by 8..16 lines, a
    second of other numbers rung weaker, so the figure is dense lace, not an X and an O."""
    n = 4 + 2 * ((a + salt) % 3) + 2 * (detail // 2)
    m = n + 4 + 2 * ((b + salt // 3) % 2)  # n and n + 2 ruled a grid
    n2 = max(2, n - 2 + 4 * ((salt // 7) % 2))
    m2 = m + 2 * (1 + (a + b) % 2)
    sign = 1.0 if (a + b + salt) % 2 else -1.0
    weight = 0.65 + 0.1 * ((salt // 11) % 3)  # weaker, one pair ruled a grid
    return Figure(((n, m, sign), (n2, m2, weight * -sign)))


def wave(figure: Figure, u: np.ndarray, v: np.ndarray) -> np.ndarray:
    """The plate's standing wave at (u, v), plate halves from its centre."""
    total = np.zeros(np.broadcast_shapes(u.shape, v.shape), F32)
    xs, ys = F32(np.pi) * (u + 1) / 2, F32(np.pi) * (v + 1) / 2
    for n, m, w in figure.modes:
        pair = np.cos(n * xs) * np.cos(m * ys) + np.sign(w) * np.cos(m * xs) * np.cos(n * ys)
        total += F32(abs(w)) * pair
    return total


def colours(s: Sheet, steel: bool = True) -> tuple[RGB, ...]:
    """The ground, the plate and the sand. A dark mood: a near-black ground, a deep
    plate of the palette's hue a clear step lighter, pale sand (gold for classical); a
    light one: a deep plate on the paper; a vivid field stays the ground (a brass
    plate on yellow); children's songs: white sand on a primary plate on paper."""
    inks = s.inks
    if inks.plate:  # the song's material (chladni_material)
        return inks.plate
    if s.joy:
        return inks.field, inks.mass, raster.tone(inks.field, 0.99, 0.008)
    _, chroma, _ = rgb_to_oklch(inks.mass)
    light, mark_chroma, hue = rgb_to_oklch(inks.mark)
    if s.direction.genre == "classical" and mark_chroma > 0.06 and 60 <= hue <= 110:
        grains = raster.tone(inks.mark, 0.86, min(mark_chroma, 0.12))
    else:
        grains = raster.tone(inks.mark if light > 0.6 else inks.field, 0.95, 0.012)
    field_chroma = rgb_to_oklch(inks.field)[1]
    if inks.dark and field_chroma < raster.VIVID_FIELD:
        ground = raster.tone(inks.field, 0.08, min(field_chroma, 0.02))
        if chroma >= 0.04:
            return ground, raster.tone(inks.mass, 0.27, min(chroma, 0.1)), grains
        # a grey palette's plate: near black for hard music, else blued steel (a black
        # plate vanished in the dark at 64 px, a mid grey one read as a screensaver)
        if s.stark or not steel:
            return ground, raster.tone(inks.mass, 0.11, 0.0), grains
        _, tint, hue = rgb_to_oklch(inks.accent)  # steel tempered to the second ink's hue
        return ground, oklch_to_rgb(0.47, 0.14, hue) if tint > 0.04 else BLUED, grains
    if field_chroma >= raster.VIVID_FIELD:
        hue = rgb_to_oklch(inks.field)[2]
        if 30 <= hue <= 130:  # deep yellow goes olive: a brass plate a little warmer
            return inks.field, oklch_to_rgb(0.36, 0.075, hue - 22), grains
        return inks.field, raster.tone(inks.field, 0.36, 0.09), grains
    deep = 0.27 if chroma >= 0.04 else 0.11
    return inks.field, raster.tone(inks.mass, deep, min(chroma, 0.11)), grains


def focal(s: Sheet, box: tuple[float, float, float, float]) -> compose.Box:
    """The figure's box on the cover, kept out of the title's band (or the column)."""
    x0, y0, x1, y1 = box
    top = 0.0 if s.column else s.band
    left = 0.4 if s.column else 0.0
    return compose.clip_box((max(x0, left), max(y0, top), min(x1, 1.0), min(y1, 1.0)))
