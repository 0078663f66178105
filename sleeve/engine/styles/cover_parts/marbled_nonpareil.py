"""The nonpareil band: one broad band of combed marbling crossing the frame from edge
to edge on plain paper, its stripes drawn by a zigzag stick into chevrons and by a
fine comb into rows of small teardrops (the nonpareil), the band swelling where the
song is loud.

The song moves it: the band's width along its length (its energy curve), the comb's
fineness (its tempo), the band's tilt and place (the seed, its loudest moment).
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import compose
from sleeve.engine.direction import RGB, ArtDirection
from sleeve.engine.styles.cover_parts import marble_field as mf
from sleeve.engine.styles.cover_parts import marbled_cut as cut
from sleeve.engine.styles.cover_parts import marbled_patterns as pat
from sleeve.engine.styles.cover_parts import marbled_sheet as sheet

F = np.float32
HAIRLINE = 0.01  # the line of paper edging the band (share of the side)


def draw(
    d: ArtDirection,
    rng: np.random.Generator,
    size: int,
    coarse: int,
    colours: tuple[RGB, list[RGB]],
    side: str,
) -> tuple[np.ndarray, compose.Box]:
    """The band shaded at `size` (moves on a `coarse` grid) on plain paper, and its
    focus (the band within the art's box)."""
    ground, inks = colours
    box = sheet.art_box(d, side)
    start = cut.depth_of(box, side)
    room = 1.0 - start
    half = room * (0.3 + 0.1 * d.energy)  # the band's half width where it is loudest
    mid = start + room * rng.uniform(0.5, 0.56)
    slack = max(mid - start - half - 0.02, 0.0)  # the tilt keeps the band off the title
    tilt = float(np.arctan(2 * slack)) * rng.uniform(0.5, 1.0) * (1 if rng.random() < 0.5 else -1)
    f = mf.Field.grid(coarse)
    here_a = cut.along(side, f.x, f.y)
    here_b = cut.away(side, f.x, f.y)
    # the band's axis as `away` reads it, tilted across the frame
    axis = F(mid) + F(np.tan(tilt)) * (here_a - F(0.5))
    line = pat.energy_line(d, 64)
    swell = np.interp(np.clip(here_a, 0, 1) * 63, np.arange(64), 0.85 + 0.15 * (line - 0.3) / 1.3)
    width = F(half) * swell.astype(F)
    angle = float(np.arctan2(np.sin(tilt), np.cos(tilt)))  # along the band, in (along, away)
    if side == "right":  # along is y, away is 1 - x: the band runs down
        angle = np.pi / 2 - angle
    elif side.startswith("bottom"):
        angle = -angle
    pace = pat.fineness(d)
    tines = 1.0 / int(9 + 5 * pace)  # the fine comb: the nonpareil's teardrops
    zig = 1.0 / int(4 + 2 * pace)  # the zigzag stick's chevrons
    mf.breeze(f, rng, 0.003 + 0.006 * d.turbulence)
    mf.comb(f, angle + np.pi / 2, tines, rng.uniform(0, tines), tines * 1.4, tines * 0.3)
    mf.wave(f, angle, zig * 0.35, zig * 2, rng.uniform(0, 6.3), 0.8)
    bands = pat.stripes(rng, len(inks), rng.uniform(0.14, 0.2))
    u = mf.across(f, angle + np.pi / 2)  # stripes across the band, combed along it
    sd = np.abs(here_b - axis) - width  # under 0 inside the band
    art = cut.pattern(u, bands, size, ground, inks)
    sd_big = mf.upscale(sd.astype(F), size)
    paper = np.broadcast_to(np.asarray(ground, F), art.shape).copy()
    inside = cut.cover(sd_big + F(HAIRLINE))
    out = cut.lay(paper, art, inside)
    edge = cut.cover(sd_big) * (1 - inside)  # a line of the field ink round the band
    out = cut.lay(out, inks[0], edge)
    lo, hi = mid - half - abs(np.tan(tilt)) * 0.5, mid + half + abs(np.tan(tilt)) * 0.5
    focus = _box_of(side, max(lo, start), min(hi, 1.0))
    return out, compose.clip_box(focus)


def _box_of(side: str, lo: float, hi: float) -> compose.Box:
    """The cover's box between `lo` and `hi` as `away` reads it."""
    if side == "right":
        return 1.0 - hi, 0.0, 1.0 - lo, 1.0
    if side.startswith("bottom"):
        return 0.0, 1.0 - hi, 1.0, 1.0 - lo
    return 0.0, lo, 1.0, hi
