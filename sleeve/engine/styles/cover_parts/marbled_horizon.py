"""The horizon: ink drawn as sea and sky, for a title that names the sea.

Below a straight horizon the bath's stripes run to the viewer, thin far off and wide near, a
wavy stick lifting them into swells (higher where the song is loud); above it a few
bands of ink lie along the horizon as a sunset, combed gently into clouds, and the
sky over them is plain paper for the title at the top.

The song moves it: the swells along the sea (its energy curve), the stripes' fineness
(its tempo), the horizon's height and the sky's bands (the seed).
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import compose
from sleeve.engine.direction import RGB, ArtDirection
from sleeve.engine.styles.cover_parts import marble_field as mf
from sleeve.engine.styles.cover_parts import marbled_cut as cut
from sleeve.engine.styles.cover_parts import marbled_patterns as pat
from sleeve.engine.styles.cover_parts import marbled_sheet as sheet
from sleeve.engine.styles.cover_parts.marbled_sheet import CLEAR

F = np.float32


def water_bands(rng: np.random.Generator, inks: int, surface: float, d: ArtDirection) -> mf.Bands:
    """The bath's stripes below `surface` (clear paper above): the field ink wide, the
    second and a thin accent between, each parted by a hairline of paper; about
    60/30/10, finer for faster music."""
    field, second, accent = pat.roles(inks)
    step = 0.036 - 0.01 * pat.fineness(d)
    bounds, ring_inks = [surface], [CLEAR]
    at, k = surface, 0
    while at < 1.6:
        ink = field if k % 2 == 0 else (accent if k % 6 == 3 and accent != second else second)
        width = step * (rng.uniform(0.9, 1.3) if ink == field else rng.uniform(0.35, 0.6))
        if ink == accent:
            width *= 0.5
        at += width
        bounds.append(at)
        ring_inks.append(ink)
        at += step * 0.12  # a hairline of paper between the inks
        bounds.append(at)
        ring_inks.append(CLEAR)
        k += 1
    return mf.Bands(np.array(bounds, F), np.array([*ring_inks, field]))


def sky_bands(rng: np.random.Generator, inks: int, room: float) -> mf.Bands:
    """The sunset's bands by the horizon (coordinate: the height over it), widest and
    closest at the horizon, thinner and further apart up to `room`, in the second ink
    and the accent."""
    field, second, accent = pat.roles(inks)
    bounds, ink_list = [rng.uniform(0.012, 0.022)], [CLEAR]
    width, gap, k = room * 0.22, room * 0.06, 0
    while bounds[-1] + gap + width < room:
        ink_list.append(CLEAR)
        bounds.append(bounds[-1] + gap)
        ink_list.append(accent if k == 1 and accent != second else second)
        bounds.append(bounds[-1] + width)
        width *= rng.uniform(0.45, 0.6)
        gap *= 1.5
        k += 1
    return mf.Bands(np.array(bounds, F), np.array([*ink_list, CLEAR]))


def draw(
    d: ArtDirection,
    rng: np.random.Generator,
    size: int,
    coarse: int,
    colours: tuple[RGB, list[RGB]],
    side: str,
) -> tuple[np.ndarray, compose.Box]:
    """The sea and sky shaded at `size` (moves on a `coarse` grid), and the focus
    (the sunset and the sea)."""
    ground, inks = colours
    bx0, by0, bx1, by1 = sheet.art_box(d, side)
    level = by0 + (1 - by0) * rng.uniform(0.3, 0.42)
    f = mf.Field.grid(coarse)
    here_y = f.y.copy()
    line = pat.energy_line(d, 64)
    swell = np.interp(np.clip(f.x, 0, 1) * 63, np.arange(64), line).astype(F)
    deep = np.clip(f.y - F(level), 0, None)
    for length, amp in ((rng.uniform(0.3, 0.45), 0.08), (rng.uniform(0.12, 0.16), 0.025)):
        phase = rng.uniform(0, 2 * np.pi)
        f.y -= F(amp) * deep * swell * np.sin(f.x * F(2 * np.pi / length) + F(phase))
    sea_u = np.clip(f.y - F(level), 0, None) ** F(0.7)  # far stripes thin, near ones wide
    sky = mf.Field(f.x.copy(), here_y.copy(), f.px)
    passes = rng.uniform(0.2, 0.32)  # a stylus drawn up and down: long cloud arches
    mf.gelgit(sky, np.pi / 2, passes, rng.uniform(0, passes), 0.025, passes * 0.6)
    room = level - by0 - 0.02
    sky_u = F(level) - sky.y
    water = water_bands(rng, len(inks), 0.0, d)
    water = mf.Bands(water.bounds * F(1.7), water.inks)  # a few bold stripes, not a texture
    out = cut.pattern(sky_u, sky_bands(rng, len(inks), room), size, ground, inks)
    sea = cut.pattern(sea_u, water, size, ground, inks)
    below = cut.cover(mf.upscale((F(level) - here_y).astype(F), size))
    out = cut.lay(out, sea, below)
    return out, compose.clip_box((bx0, level - room, bx1, by1))
