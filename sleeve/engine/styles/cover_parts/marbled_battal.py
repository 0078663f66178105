"""The battal: ebru's stone sheet, pressed stones round a clear drop that holds the title.

Drops of two or three inks fall one after another until they fill the bath, each
pressing the earlier ones into polygons with fine veins of paper between; last a great
drop of clear water falls where the title goes and pushes every stone aside, so the
title stands on bare paper in a ring of pressed stones.

The song moves it: how many stones and how big (its tempo), how they sway (its
turbulence), one big accent stone at its loudest moment; the seed where each falls.
Every drop is undone per pixel, newest first (at most LARGEST px, then scaled up).
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from sleeve.engine import compose, raster
from sleeve.engine.direction import RGB, ArtDirection
from sleeve.engine.runs import is_rtl
from sleeve.engine.styles.cover_parts import marble_field as mf
from sleeve.engine.styles.cover_parts import marbled_calm as calm
from sleeve.engine.styles.cover_parts import marbled_cut as cut
from sleeve.engine.styles.cover_parts import marbled_patterns as pat
from sleeve.engine.styles.cover_parts import marbled_sheet as sheet
from sleeve.engine.typography import margin_for

F = np.float32
VEIN = 0.004  # half a vein of paper between two stones, where no later drop pressed it
FILL = 2.4  # the stones' area against the bath's: they fill it and press each other
LARGEST = 400  # the largest side the stones are drawn at (then scaled up)
CLEARING = 0.05  # bare paper kept round the title's block inside the clear drop
Drop = tuple[float, float, float]  # centre x, y and radius


def clear_drop(d: ArtDirection, side: str) -> tuple[Drop, float]:
    """The clear drop round the title's block: its centre by the cover's edge the
    title stands at, its radius reaching past the block's far corners, and its stretch
    along that edge (a wide title: an oval drop, as a comb draws it out)."""
    x0, y0, x1, y1 = calm.title_box(
        side, sheet.title_block(d), margin_for(d.layout), is_rtl(d.title)
    )
    if side == "right":
        c, stretch = (1.02, (y0 + y1) / 2), float(np.clip((y1 - y0) / (x1 - x0) / 2, 1, 1.7))
        sx, sy = 1.0, stretch
    else:
        top = side.startswith("top")
        c = ((x0 + x1) / 2, -0.02 if top else 1.02)
        stretch = float(np.clip((x1 - x0) / (y1 - y0) / 2, 1, 1.7))
        sx, sy = stretch, 1.0
    corners = [(x, y) for x in (x0, x1) for y in (y0, y1)]
    r = max(np.hypot((x - c[0]) / sx, (y - c[1]) / sy) for x, y in corners) + CLEARING
    return (float(c[0]), float(c[1]), float(r)), stretch


def stones(d: ArtDirection, rng: np.random.Generator, side: str) -> list[Drop]:
    """The stones in the order they fall: big ones first, smaller as the bath fills
    (faster music: more, smaller stones), the last a big one at the song's loud
    moment in the art's box."""
    pace = pat.fineness(d)
    big = 0.13 - 0.04 * pace
    out: list[Drop] = []
    area = 0.0
    while area < FILL * 1.2:
        share = min(area / (FILL * 1.2), 1.0)
        r = big * (1.0 - 0.55 * share) * rng.uniform(0.75, 1.15)
        out.append((float(rng.uniform(-0.08, 1.08)), float(rng.uniform(-0.08, 1.08)), r))
        area += np.pi * r * r
    bx0, by0, bx1, by1 = sheet.art_box(d, side)
    loud = pat.peaks(pat.energy_line(d), 1)[0][0]
    if side == "right":
        at = (bx0 + (bx1 - bx0) * rng.uniform(0.35, 0.65), by0 + (by1 - by0) * (0.25 + 0.5 * loud))
    else:
        at = (bx0 + (bx1 - bx0) * (0.25 + 0.5 * loud), by0 + (by1 - by0) * rng.uniform(0.45, 0.6))
    out.append((float(at[0]), float(at[1]), big * 1.35))
    return out


def draw(
    d: ArtDirection,
    rng: np.random.Generator,
    size: int,
    coarse: int,
    colours: tuple[RGB, list[RGB]],
    side: str,
) -> tuple[np.ndarray, compose.Box]:
    """The stone sheet shaded at `size` round the title's clear drop, and its focus
    (the big stone)."""
    del coarse  # every drop is undone at the drawing size (crisp veins)
    full, size = size, min(size, LARGEST)
    ground, inks = cut.dark_led(d, colours)
    fall = stones(d, rng, side)
    n = len(inks)
    # the field ink most stones, the accent fewest, the inks between share the rest
    share = np.array([0.42] + [0.4 / max(n - 2, 1)] * (n - 2) + [0.18]) if n > 2 else [0.6, 0.4]
    ink_of = rng.choice(n, len(fall), p=np.asarray(share) / np.sum(share))
    ink_of[-1] = n - 1  # the loud stone in the accent
    field = 0
    (cx, cy, cr), stretch = clear_drop(d, side)
    sx, sy = (1.0, stretch) if side == "right" else (stretch, 1.0)
    x, y = raster.pixel_grid(size)
    f = mf.Field(np.broadcast_to(x, (size, size)).copy(), np.repeat(y, size, 1), 1.0 / size)
    mf.breeze(f, rng, 0.006 + 0.02 * d.turbulence)  # the sheet swayed as it was lifted
    ex, ey = (f.x - F(cx)) / F(sx), (f.y - F(cy)) / F(sy)
    de = np.sqrt(ex * ex + ey * ey)
    clear_sd = de - F(cr)  # the clear drop, last to fall
    k = np.sqrt(np.maximum(F(1) - F(cr * cr) / np.maximum(de * de, F(1e-12)), 0))
    px, py = (F(cx) + ex * k * F(sx)).ravel(), (F(cy) + ey * k * F(sy)).ravel()
    ids = np.full(size * size, -1, np.int32)
    depth = np.full(size * size, 1.0, F)
    live = np.flatnonzero(clear_sd.ravel() > F(-3.0 / size))  # not deep in the clear drop
    px, py = px[live], py[live]
    near = np.full(live.size, 1.0, F)  # how close each pixel came to a newer stone's rim
    for n in range(len(fall) - 1, -1, -1):  # newest first
        sx_, sy_, r = fall[n]
        dx, dy = px - F(sx_), py - F(sy_)
        dist = np.sqrt(dx * dx + dy * dy)
        hit = dist < F(r)
        if hit.any():  # the vein runs both sides of the rim: no hard edge between inks
            ids[live[hit]] = n
            depth[live[hit]] = np.minimum(F(r) - dist[hit], near[hit])
            rest = ~hit
            live, dx, dy, dist, near = live[rest], dx[rest], dy[rest], dist[rest], near[rest]
        np.minimum(near, dist - F(r), out=near)
        kk = np.sqrt(np.maximum(F(1) - F(r * r) / np.maximum(dist * dist, F(1e-12)), 0))
        px, py = F(sx_) + dx * kk, F(sy_) + dy * kk
    table = cut.colours(ground, inks)
    stone_ink = np.where(ids >= 0, ink_of[np.maximum(ids, 0)], field)
    out = table[stone_ink].reshape(size, size, 3)
    vein = cut.cover((depth - F(VEIN)).reshape(size, size))
    vein[ids.reshape(size, size) < 0] = 0.0
    out = cut.lay(out, ground, vein)
    out = cut.lay(out, ground, cut.cover(clear_sd))
    if size < full:  # drawn smaller and scaled up: a hundred drops undone per pixel
        img = Image.fromarray(np.clip(out + 0.5, 0, 255).astype(np.uint8), "RGB")
        out = np.asarray(img.resize((full, full), Image.Resampling.BICUBIC), F)
    bx, by, br = fall[-1]
    return out, compose.clip_box(compose.around(bx, by, 1.6 * br))
