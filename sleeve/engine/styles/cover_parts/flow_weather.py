"""Flow field's weather, for a title that names it, in flow_lines' level lines:

- the snow: wind streaming over a snowfield, its lines hugging the drifts (a gentle
  windward slope, a steep lee) and flattening higher up, broken into long streaks of
  drifting snow, flakes carried on it, a moon above; louder, a stronger gale;
- the rain: slanted rain in dashed lines over still water, the water's lines ringed
  where drops land; louder, a steeper slant and longer streaks;
- the moonlit sea: a moon over a calm sea, rings of light round it, its path on the
  water a column of broken bright lines widening toward the viewer.

The seed sets where the subject sits and which way the wind blows, the energy its
strength, the tempo how many lines. Each draws on `img` and returns the focal box, in
fractions of the side, y down; `calm` is the title's band, which the lines fade out
before.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine import raster, signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB
from sleeve.engine.styles.cover_parts import flow_lines, flow_room

Box = tuple[float, float, float, float]


def _dashes(along: np.ndarray, index: np.ndarray, period: float, duty: float, rng) -> np.ndarray:  # type: ignore[no-untyped-def]
    """Each line broken into streaks `period` long (in the units of `along`), `duty` of
    it drawn, tapered at both ends; each line's streaks shifted by its own phase."""
    low = int(index.min())
    phase = rng.random(int(index.max()) - low + 1).astype(np.float32)
    pos = np.mod(along / np.float32(period) + phase[index - low], np.float32(1.0))
    taper = np.float32(0.2 * duty)
    return np.clip(np.minimum(pos, np.float32(duty) - pos) / taper, 0.0, 1.0)


def _disc(
    img: Image.Image, centre: tuple[float, float], r: float, ink: RGB, floor: float = 2.0
) -> None:
    """A solid disc (anti-aliased by drawing at four times the size in a window), cut
    off below `floor` (a moon setting behind the sea's horizon)."""
    size = img.size[0]
    cx, cy = centre
    left, top = int((cx - r) * size) - 2, int((cy - r) * size) - 2
    side = int(2 * r * size) + 5
    mask = Image.new("L", (side * 4, side * 4), 0)
    ox, oy = (cx * size - left) * 4, (cy * size - top) * 4
    rr = r * size * 4
    draw = ImageDraw.Draw(mask)
    draw.ellipse((ox - rr, oy - rr, ox + rr, oy + rr), fill=255)
    cut = (floor * size - top) * 4
    if cut < side * 4:
        draw.rectangle((0, max(cut, 0), side * 4, side * 4), fill=0)
    mask = mask.resize((side, side), Image.Resampling.BOX)
    img.paste(Image.new("RGB", (side, side), ink), (left, top), mask)


def _moon(rng: np.random.Generator, x: float, top: float, low: float, r: float) -> tuple:
    """A moon (x, y, r) high in the sky between `top` and `low`, on a third."""
    my = float(np.clip(top + (low - top) * rng.uniform(0.3, 0.55), top + r + 0.05, low - r))
    return x, my, r


def _clear(x: np.ndarray, y: np.ndarray, moon: tuple, halo: float) -> np.ndarray:
    """0 within `halo` radii of the moon, 1 past it (the lines stop short of it)."""
    mx, my, r = moon
    size = x.shape[1]
    return np.clip((np.hypot(x - mx, y - my) - r * halo) * size * 0.5, 0.0, 1.0)


def _drifts(x: np.ndarray, rng: np.random.Generator, wind: float, bottom: float, room: float):  # type: ignore[no-untyped-def]
    """The snowfield's surface (1 x size, y down): two or three drifts, each a gentle
    slope up the wind and a steep lee; and the highest crest's x."""
    surface = np.full_like(x, bottom - room * float(rng.uniform(0.12, 0.18)))
    best, crest = 0.0, 0.5
    for _ in range(int(rng.integers(2, 4))):
        cx = float(rng.uniform(0.1, 0.9))
        tall = room * float(rng.uniform(0.08, 0.24))
        u = (x - cx) * wind / float(rng.uniform(0.18, 0.3))  # > 0 downwind
        bump = np.exp(-(np.where(u < 0, 0.5 * u, 2.2 * u) ** 2))
        surface = surface - tall * bump
        if tall > best:
            best, crest = tall, cx
    return surface.astype(np.float32), crest


def wind_over(
    surface: np.ndarray,
    y: np.ndarray,
    bottom: float,
    room: float,
    rng: np.random.Generator,
    energy: float,
) -> np.ndarray:
    """The wind's stream function over a ground whose top is `surface` (1 x size, y
    down): its lines hug the ground and flatten higher up, gusts bending them more
    for a loud song."""
    size = surface.shape[1]
    lift = 1.0 - np.exp(-np.maximum(surface - y, 0.0) / np.float32(room * 0.3))
    air = (bottom - y) - (bottom - surface) * (1.0 - lift)
    warp = flow_lines.upscale(flow_lines.noise(rng, max(size // 4, 16), 3), size)
    return (air + (0.004 + 0.02 * energy) * warp * lift).astype(np.float32)


def snow(
    img: Image.Image, direction: ArtDirection, rng: np.random.Generator, inks: list[RGB], calm: Box
) -> Box:
    """Wind streaming over a snowfield: lines hugging the drifts, broken into streaks
    of drifting snow, flakes on the wind, a moon above (the lines' fields computed at
    half the side, then scaled up)."""
    size = img.size[0]
    top, bottom = flow_room.room(calm)
    room = bottom - top
    energy = flow_room.energy(direction)
    wind = float(rng.choice((-1.0, 1.0)))
    xf = raster.pixel_grid(size)[0]
    full, crest = _drifts(xf, rng, wind, bottom, room)
    x, y = raster.pixel_grid(max(size // 2, 16))
    surface = np.interp(x[0], xf[0], full[0]).astype(np.float32)[None, :]
    height = surface - y  # above the snow, in sides
    air = wind_over(surface, y, bottom, room, rng, energy)
    count = min(flow_lines.spacing(direction) * 0.9, size / 7.0)
    lines = count / room
    index = np.floor(air * np.float32(lines) + np.float32(0.5)).astype(np.int32)
    streak = _dashes(x * wind, index, 0.55 - 0.25 * energy, 0.55 + 0.35 * energy, rng)
    moon = _moon(rng, 1.0 - crest + float(rng.uniform(-0.08, 0.08)), top, float(surface.min()),
                 room * (0.07 + 0.04 * (1.0 - energy)))  # fmt: skip
    low = calm[1] > 1.0 - SHALLOW  # a shallow title band at the foot: set on the snow
    _ground(img, full, calm, inks[0], through=low)
    depth = (y - surface) / np.float32(0.028)  # the lee: lines under the surface
    lee = np.clip(1.0 - depth / 4.0, 0.0, 1.0) * (depth > 0.5) * 0.7
    above = height > 0
    width = np.where(above, streak * _clear(x, y, moon, 1.5), lee) * flow_room.band(
        x.shape[1], calm
    )
    psi = np.where(above, air * np.float32(lines), depth - np.float32(1000.5))
    low = int(index.min())
    lead = np.where(rng.random(int(index.max()) - low + 1) < 0.62, 0, 1).astype(np.uint8)
    code = np.where(above, lead[index - low], 1)  # the lee in the second ink
    weight = max(1.5, size / count * (0.3 + 0.12 * direction.density))
    flow_lines.draw(
        img, _up(psi, size), 1.0, weight, inks, calm, rng, width=_up(width, size),
        inks_at=_doubled(code, size),
    )  # fmt: skip
    _disc(img, moon[:2], moon[2], inks[2])
    _flakes(img, rng, direction, full, calm, inks[0])
    mx, my, r = moon
    box = (min(mx - r, crest - 0.2) - 0.04, my - r - 0.04, max(mx + r, crest + 0.2) + 0.04, bottom)
    return flow_room.focal(box, calm, 0.04, 0.02)


def _flakes(
    img: Image.Image,
    rng: np.random.Generator,
    direction: ArtDirection,
    surface: np.ndarray,
    calm: Box,
    ink: RGB,
) -> None:
    """Snowflakes on the wind: round dots above the snow, more for a faster song."""
    size = img.size[0]
    top, bottom = flow_room.room(calm)
    n = int(18 + 30 * signals.pace(direction))
    fx, fy = rng.random(n), top + 0.03 + rng.random(n) * (bottom - top - 0.03)
    r = (0.003 + 0.007 * rng.random(n) ** 2) * size
    draw = ImageDraw.Draw(img)
    for px, py, pr in zip(fx, fy, r, strict=True):
        ground = float(surface[0, min(int(px * size), size - 1)])
        if py < ground - 0.02:
            cx, cy = px * size, py * size
            draw.ellipse((cx - pr, cy - pr, cx + pr, cy + pr), fill=ink)


SHALLOW = 0.32  # a title band at the foot this deep is set on the snowfield, not cut off


def _edge(size: int, calm: Box) -> np.ndarray:
    """Each row's cover (size x 1): 1 out of the title's band, 0 in it and a margin
    before it, a clean edge between (a fade read as fog)."""
    y = (np.arange(size, dtype=np.float32) + 0.5) / size
    _, y0, _, y1 = calm
    gap = (y - y1 if y0 < 0.1 else y0 - y) - np.float32(0.03)
    return np.clip(gap * size + 0.5, 0.0, 1.0).astype(np.float32)[:, None]


def _ground(
    img: Image.Image, surface: np.ndarray, calm: Box, ink: RGB, through: bool = False
) -> None:
    """The ground under `surface` (1 x size, y down) laid flat in `ink`, ending in a
    clean edge before the title's band, or `through` it to the frame's foot (the
    snowfield: a title set on the snow, not on a hard dark band under it)."""
    size = img.size[0]
    y = raster.pixel_grid(size)[1]
    cover = np.clip((y - surface) * size + 0.5, 0.0, 1.0)
    if not through:
        cover = cover * _edge(size, calm)
    img.paste(Image.new("RGB", img.size, ink), (0, 0), _mask(cover))


def _up(field: np.ndarray, size: int) -> np.ndarray:
    """A field computed at half the side, scaled up to size x size (float32)."""
    return flow_lines.upscale(np.asarray(field, dtype=np.float32), size)


def _doubled(codes: np.ndarray, size: int) -> np.ndarray:
    """Half-side ink codes as size x size (each cell repeated)."""
    small = Image.fromarray(codes.astype(np.uint8), "L")
    return np.asarray(small.resize((size, size), Image.Resampling.NEAREST))


def _mask(cover: np.ndarray) -> Image.Image:
    return Image.fromarray((np.clip(cover, 0.0, 1.0) * 255.0 + 0.5).astype(np.uint8), "L")


def rain(
    img: Image.Image, direction: ArtDirection, rng: np.random.Generator, inks: list[RGB], calm: Box
) -> Box:
    """Slanted rain in dashed lines over still water ringed where drops land (the
    fields computed at half the side, then scaled up)."""
    size = img.size[0]
    x, y = raster.pixel_grid(max(size // 2, 16))
    top, bottom = flow_room.room(calm)
    room = bottom - top
    energy = flow_room.energy(direction)
    shore = top + room * float(rng.uniform(0.56, 0.68))
    slant = float(rng.choice((-1.0, 1.0))) * (0.1 + 0.4 * energy)
    count = min(16.0 + 16.0 * signals.pace(direction), size / 6.0)
    warp = flow_lines.noise(rng, x.shape[1], 2)
    across = (x - slant * y + (0.006 + 0.01 * energy) * warp) * np.float32(count)
    index = np.floor(across + np.float32(0.5)).astype(np.int32)
    streak = _dashes(y, index, 0.2 + 0.16 * energy, 0.55 + 0.25 * energy, rng)
    sky = np.clip((shore - 0.025 - y) * x.shape[1], 0.0, 1.0)
    psi_water, rings, focal = _water(x, y, rng, shore, bottom, direction)
    water = y > shore
    psi = np.where(water, psi_water, across).astype(np.float32)
    width = np.where(water, 1.6, streak * sky) * flow_room.band(
        x.shape[1], calm
    )  # the water bolder
    ink = np.where(water, np.where(rings, 2, 1), 0)
    weight = max(1.5, size / count * (0.13 + 0.06 * direction.density))
    flow_lines.draw(
        img, _up(psi, size), 1.0, weight, inks, calm, rng, width=_up(width, size),
        inks_at=_doubled(ink, size),
    )  # fmt: skip
    return flow_room.focal(focal, calm, 0.04, 0.02)


def _water(x, y, rng: np.random.Generator, shore: float, bottom: float, direction: ArtDirection):  # type: ignore[no-untyped-def]
    """The water's level lines below the shore (closer toward the horizon), ringed
    round a few drops (ellipses seen at a low angle): the field, where rings are, and
    the box round the biggest ring."""
    deep = np.clip((y - shore) / max(bottom - shore, 0.05), 0.0, 1.0)
    rows = 8.0 + 6.0 * signals.pace(direction)
    psi = np.sqrt(deep) * np.float32(rows)
    nearest = np.full(psi.shape, np.inf, dtype=np.float32)
    drops = int(rng.integers(2, 5))
    big = None
    for k in range(drops):
        dy = shore + (bottom - shore) * float(rng.uniform(0.3, 0.75))
        dx = float(rng.uniform(0.15, 0.85))
        reach = (0.24 if k == 0 else float(rng.uniform(0.07, 0.12))) * (0.6 + (dy - shore))
        far = np.hypot((x - dx) / reach, (y - dy) / (reach * 0.28)).astype(np.float32)
        nearest = np.minimum(nearest, far)
        if k == 0:
            big = (dx - reach, dy - reach * 0.28, dx + reach, dy + reach * 0.28)
    rings = nearest < 1.0
    psi = np.where(rings, nearest * np.float32(3.0 + 2.0 * float(direction.energy)) + 0.5, psi)
    return psi, rings, big


def moonlit(
    img: Image.Image, direction: ArtDirection, rng: np.random.Generator, inks: list[RGB], calm: Box
) -> Box:
    """A moon over a calm sea: rings of light round it, its path a column of broken
    bright lines on the water (the fields computed at half the side, then scaled up)."""
    size = img.size[0]
    x, y = raster.pixel_grid(max(size // 2, 16))
    top, bottom = flow_room.room(calm)
    room = bottom - top
    energy = flow_room.energy(direction)
    horizon = top + room * float(rng.uniform(0.5, 0.62))
    side = float(rng.choice((0.34, 0.66)) + rng.uniform(-0.06, 0.06))
    moon = _moon(rng, side, top, horizon, room * (0.08 + 0.05 * (1.0 - energy)))
    if rng.random() < 0.6 * (1.0 - energy):  # a calm song's moon big, setting in the sea
        moon = (side, horizon - room * 0.06, room * (0.15 + 0.05 * float(rng.random())))
    mx, my, r = moon
    deep = np.clip((y - horizon) / max(bottom - horizon, 0.05), 0.0, 1.0)
    rows = 9.0 + 9.0 * signals.pace(direction)
    swell = (0.05 + 0.12 * energy) * np.sin(x * np.float32(14.0) + deep * 9.0) * deep
    sea = (np.sqrt(deep) + swell / rows * 3.0) * np.float32(rows)
    path = np.abs(x - mx) < r * (0.9 + 2.6 * deep)
    glints = _dashes(x, np.floor(sea + 0.5).astype(np.int32), 0.05, 0.6, rng)
    gap = 0.42 * min(r, 0.07)  # the rings of light, five past the moon's clear edge
    halo = np.hypot(x - mx, y - my) / np.float32(gap)
    reach = 1.35 * r / gap + 5.0
    rings = (halo < reach) & (y < horizon)
    psi = np.where(y > horizon, sea, np.where(rings, halo, -1e3)).astype(np.float32)
    width = np.where(y > horizon, np.where(path, glints, 0.7), np.clip(reach - halo, 0.0, 1.0))
    width = (
        width * np.maximum(_clear(x, y, moon, 1.35), y > horizon) * flow_room.band(x.shape[1], calm)
    )
    ink = np.where(path & (y > horizon), 2, np.where(y > horizon, 1, 0))
    weight = max(1.5, size * (bottom - horizon) / rows * (0.6 + 0.2 * direction.density))
    flow_lines.draw(
        img, _up(psi, size), 1.0, weight, inks, calm, rng, width=_up(width, size),
        inks_at=_doubled(ink, size),
    )  # fmt: skip
    _disc(img, (mx, my), r, inks[2], horizon)
    out = 1.35 * r + 5.0 * gap
    return flow_room.focal((mx - out, my - out, mx + out, bottom), calm, 0.04, 0.02)
