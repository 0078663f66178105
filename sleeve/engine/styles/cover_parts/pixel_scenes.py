"""Pixel sort's neon city sorted as a whole: a city at night whose lit windows run
down in long vertical streaks (rain on glass, neon on a wet street). The song shapes
it: the energy curve sets the towers' heights; the density, how many towers. (The
sunset's bands sorted below one hard edge are retired; pixel_melts has the sunset.)
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import raster, signals
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts import pixel_ops as ops
from sleeve.engine.styles.cover_parts import pixel_sources as ps


def _towers(
    x: np.ndarray, y: np.ndarray, heights: np.ndarray, street: float, gap: float
) -> np.ndarray:
    """A row of towers standing on the street, one per height (fractions of the side),
    side by side with a thin gap: a mask."""
    count = len(heights)
    slot = np.minimum((x * count).astype(np.intp), count - 1)
    within = x * count - slot
    top = street - heights[slot]
    return (y >= top) & (y < street) & (within > gap) & (within < 1.0 - gap)


def _windows(res: int, rng: np.random.Generator, share: float) -> np.ndarray:
    """A grid of window cells (about 5 by 7 px at 288, a pixel apart), `share` lit."""
    pitch_x, pitch_y = max(3, res // 48), max(4, res // 36)
    cols, rows = np.arange(res) % pitch_x, np.arange(res) % pitch_y
    cell = (cols[None, :] < pitch_x - 1) & (rows[:, None] < pitch_y - 1)
    on = rng.random((res // pitch_y + 1, res // pitch_x + 1)) < share
    lit = np.repeat(np.repeat(on, pitch_y, axis=0), pitch_x, axis=1)[:res, :res]
    return cell & lit


def _ground(inks: ps.Inks) -> ps.RGB:
    """The towers' and the water's ink: the solid, or a mid grey on a light sky (light
    mono stays light)."""
    return inks.sky[2] if rgb_to_oklch(inks.sky[0])[0] > 0.7 else inks.solid


def _neons(inks: ps.Inks) -> tuple[np.ndarray, ...]:
    """The windows' lights: the hot colour, a second neon where the inks have one, and
    the light tip."""
    sky = inks.sky[1]
    second = raster.vivid(sky, 0.78, 0.2) if rgb_to_oklch(sky)[1] > 0.05 else inks.hot[1]
    return tuple(ps._rgb(c) for c in (inks.hot[0], second, inks.hot[1]))


def neon_city(
    d: ArtDirection, rng: np.random.Generator, res: int, lo: float, hi: float
) -> ps.Source:
    """A city at night in the rows lo..hi: two rows of towers (their heights the
    song's energy across them) on a night sky, lit windows in the neons, the skyline
    mirrored dimly in a wet street. The subject is the lit windows."""
    inks = ps.inks_for(d)
    x, y = ps._grid(res)
    street = lo + rng.uniform(0.7, 0.78) * (hi - lo)
    room = street - lo - 0.12  # clear sky over the towers
    sky = ps._paint(np.clip(y / street, 0, 1) ** 1.5, (inks.sky[0], inks.sky[0], inks.sky[1]))
    count = 8 + int(round(6 * d.density))
    level = signals.energy(d, count)
    back = _towers(x + 0.5 / count, y, room * (0.45 + 0.5 * level[::-1]), street, 0.04)
    front = _towers(x, y, room * (0.2 + 0.6 * level), street, 0.08)
    solid = ps._rgb(_ground(inks))
    haze = 0.7 * solid + 0.3 * ps._rgb(inks.sky[1])
    img = np.where(back[..., None], haze, sky)
    img = np.where(front[..., None], solid, img)
    lights = _neons(inks)
    pick = rng.choice(len(lights), size=(res, res), p=(0.5, 0.3, 0.2))
    glow = np.stack(lights)[pick]
    share = 0.08 + 0.14 * d.energy
    lit = _windows(res, rng, share) & (front | back)
    img = np.where(lit[..., None], glow, img)
    below = y >= street
    k = np.clip((2 * street - y) * res, 0, res - 1).astype(np.intp)[:, 0]  # the mirror row
    mirror = img[k]
    img = np.where(below[..., None], 0.25 * mirror + 0.75 * solid, img)
    centre = (0.5, (lo + street) / 2, (street - lo) / 2)
    return ps._grain(rng, img.astype(np.float32), res, lit, centre, street)


def rain(
    img: np.ndarray, lit: np.ndarray, reach: np.ndarray, end: int, passes: int = 3
) -> tuple[np.ndarray, np.ndarray]:
    """Each column's lit runs streaked downwards (up to `passes` one below another),
    each sorted light to dark and stretched `reach` (px per column) further, fading
    toward its end and never past row `end`: the streaked picture and where it changed."""
    a, todo = img.swapaxes(0, 1).copy(), lit.T.copy()
    n, m = todo.shape
    cols = np.arange(m)[None, :]
    for _ in range(passes):
        start, run = ops.threshold_runs(a, todo, m // 6)
        if not run.any():
            break
        length = np.minimum(run + reach, end - start).astype(np.intp)
        run = np.where(length > run, run, 0)
        streak = ops.smear(a, start, run, np.maximum(length, 1))
        j = cols - start[:, None]
        tail = (j - run[:, None]) / np.maximum(length - run, 1)[:, None]
        fade = np.where(j < run[:, None], 1.0, np.clip(1.0 - tail, 0.0, 1.0) ** 0.8)
        fade = np.where((j >= 0) & (j < length[:, None]) & (run > 0)[:, None], fade, 0.0)
        a = a + fade[..., None].astype(np.float32) * (streak - a)
        todo &= cols >= (start + np.maximum(length, run) + 1)[:, None]
    out = a.swapaxes(0, 1)
    return out, np.abs(out - img).sum(axis=-1) > 0.02
