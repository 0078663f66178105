"""Flow field's pure streamline pictures for a title naming nothing: dense plotter
lines whose density, weight and direction make one big form that reads at 64 px.

- the gyre: a current wound into one to three vortices (a vortex street when loud);
- the meander: a river of crowded bold lines winding across sparse hairlines, narrow
  where the song is loud;
- the lee: a current parting round an empty shape (the song's energy round its
  outline), a turbulent wake behind it;
- the bloom: domes of bold lines swelling out of a field of hairlines, their outline
  the song's energy taken round a circle.

The music moves the layout: the seed and the song's peak where the form sits, the
energy its scale, the tempo how many lines, the seed the current's direction. Each
draws on `img` and returns the focal box (fractions of the side, y down); `calm` is
the title's band, which the lines fade out before.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from sleeve.engine import raster, signals
from sleeve.engine.color import mix
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts import flow_lines, flow_room
from sleeve.engine.styles.cover_parts.flow_weather import _disc


def _curve(direction: ArtDirection, n: int, smooth: int = 8) -> np.ndarray:
    """The energy curve at n points, smoothed over n / `smooth`, stretched to 0..1."""
    curve = np.asarray(signals.resample(signals.energy(direction, 64), n), dtype=float)
    window = max(3, n // smooth) | 1
    curve = signals.smooth(signals.smooth(curve, window), window)
    return (curve - curve.min()) / max(float(np.ptp(curve)), 1e-6)


def _peak(direction: ArtDirection) -> float:
    """Where the song is loudest, 0..1 along it."""
    return float(np.argmax(_curve(direction, 32))) / 31.0


def _axes(
    x: np.ndarray, y: np.ndarray, angle: float, cx: float = 0.5, cy: float = 0.5
) -> tuple[np.ndarray, np.ndarray]:
    """Coordinates along the current (u) and across it (v), about (cx, cy)."""
    c, s = np.float32(np.cos(angle)), np.float32(np.sin(angle))
    dx, dy = x - np.float32(cx), y - np.float32(cy)
    return dx * c + dy * s, dy * c - dx * s


def _angle(rng: np.random.Generator, direction: ArtDirection, steep: float = 1.0) -> float:
    """The current's direction (radians): near level for a calm song, steeper when
    loud (times `steep`), either way by the seed; one in four runs down the frame."""
    tilt = float(rng.uniform(0.05, 0.25) + 0.35 * flow_room.energy(direction)) * steep
    tilt *= float(rng.choice((-1.0, 1.0)))
    return tilt + (np.pi / 2 if rng.random() < 0.25 else 0.0)


def _count(direction: ArtDirection, size: int, low: float, high: float) -> float:
    """Lines across the frame: more for a fast song, never closer than 4 px."""
    return min(low + (high - low) * signals.pace(direction), size / 4.0)


def _faint(img: Image.Image, inks: list[RGB], share: float = 0.6) -> list[RGB]:
    """The inks with the second pulled toward the field (its hairlines recede)."""
    size = img.size[0]
    return [inks[0], mix(img.getpixel((size // 2, size - 1)), inks[1], share), inks[2]]


def gyre(
    img: Image.Image, direction: ArtDirection, rng: np.random.Generator, inks: list[RGB], calm: Box
) -> Box:
    """The gyre: a current wound into vortices (psi = v + sum k ln r: closed whorls
    inside a current's straight lines), one big whorl for a calm song, a street of two
    or three turning in turn for a loud one; bold and in the lead ink round the eyes."""
    size = img.size[0]
    half = max(size // 2, 16)
    x, y = raster.pixel_grid(half)
    top, bottom = flow_room.room(calm)
    room = bottom - top
    energy = flow_room.energy(direction)
    angle = _angle(rng, direction)
    eyes = 1 + int(energy > 0.4 + rng.uniform(-0.15, 0.15)) + int(energy > 0.72)
    mid = (top + bottom) / 2
    lead = 0.3 + 0.4 * _peak(direction)
    if eyes == 1:
        centres = [(float(rng.uniform(0.3, 0.7)), mid + float(rng.uniform(-0.1, 0.1)) * room)]
        centres[0] = (0.6 * centres[0][0] + 0.4 * lead, centres[0][1])
    else:
        step = 0.62 / (eyes - 1)
        start = 0.5 - 0.31 + float(rng.uniform(-0.05, 0.05))
        off = 0.11 * room * float(rng.choice((-1.0, 1.0)))
        c, s = np.cos(angle), np.sin(angle)
        centres = []
        for k in range(eyes):
            along = start + step * k - 0.5
            across = off * (1 if k % 2 else -1)
            centres.append((0.5 + along * c - across * s, mid + along * s + across * c))
    centres = [(cx, float(np.clip(cy, top + 0.1, bottom - 0.1))) for cx, cy in centres]
    strength = room * (0.2 + 0.1 * (1.0 - energy)) / np.sqrt(eyes) * float(rng.uniform(0.9, 1.1))
    _, v = _axes(x, y, angle, 0.5, mid)
    psi = v + np.zeros_like(x * y)
    signs = [1.0 if k % 2 == 0 else -1.0 for k in range(eyes)]
    for (cx, cy), sign in zip(centres, signs, strict=True):
        r = np.hypot(x - np.float32(cx), y - np.float32(cy)) + np.float32(2e-3)
        psi += np.float32(sign * strength) * np.log(r)
    psi += np.float32(0.006) * flow_lines.noise(rng, half, 3)
    near = np.full(psi.shape, 9.0, dtype=np.float32)
    for cx, cy in centres:
        near = np.minimum(near, np.hypot(x - np.float32(cx), y - np.float32(cy)))
    count = _count(direction, size, 40.0, 64.0)
    weight = max(1.5, size / count * 0.5)
    core = np.exp(-((near / np.float32(2.2 * strength)) ** 2))  # bold round the eyes
    dark = sum(img.getpixel((size // 2, size // 2))) < 240  # hairlines vanish on black
    floor = 0.35 if dark else 0.2
    width = flow_lines.upscale(floor + (1.0 - floor) * core, size) * flow_room.band(size, calm)
    full = flow_lines.upscale(psi, size)
    lead = np.zeros(full.shape, dtype=np.uint8)  # one ink: density and weight draw the whorls
    flow_lines.draw(img, full, count, weight, inks, calm, rng, width=width, inks_at=lead)
    for cx, cy in centres:
        _disc(img, (cx, cy), max(0.012, strength * 0.12), inks[2])
    xs = [c[0] for c in centres]
    ys = [c[1] for c in centres]
    reach = strength * 1.3
    return flow_room.focal(
        (min(xs) - reach, min(ys) - reach, max(xs) + reach, max(ys) + reach), calm
    )


def meander(
    img: Image.Image, direction: ArtDirection, rng: np.random.Generator, inks: list[RGB], calm: Box
) -> Box:
    """The meander: psi = asinh((v - c(u)) / w(u)), lines crowded into a river that
    winds across the frame (c the song's energy curve, w narrow where it is loud),
    bold and in the lead ink inside the river, hairlines in the second outside; its
    middle line, the current's core, in the accent."""
    size = img.size[0]
    half = max(size // 2, 16)
    x, y = raster.pixel_grid(half)
    top, bottom = flow_room.room(calm)
    room = bottom - top
    energy = flow_room.energy(direction)
    angle = _angle(rng, direction, 0.6)
    mid = (top + bottom) / 2 + float(rng.uniform(-0.14, 0.14)) * room
    u, v = _axes(x, y, angle, 0.5, mid)
    curve = _curve(direction, 128, 10)
    if rng.random() < 0.5:
        curve = curve[::-1]
    at = np.clip((u + 0.75) / 1.5, 0.0, 1.0)
    loud = np.interp(at, np.linspace(0, 1, 128), curve).astype(np.float32)
    bends = 0.5 + 1.3 * signals.pace(direction) + float(rng.uniform(-0.2, 0.2))
    phase = float(rng.uniform(0, 2 * np.pi))
    amp = room * (0.07 + 0.2 * energy)
    centre = np.float32(amp) * np.sin(np.float32(2 * np.pi * bends) * u + np.float32(phase))
    centre += np.float32(0.3 * amp) * (loud - 0.5)
    span = room * (0.14 + 0.08 * (1.0 - energy))
    wide = np.float32(span) * (1.25 - 0.7 * loud)
    across = (v - centre) / wide
    psi = (np.arcsinh(across) + 0.15 * across).astype(np.float32)  # hairlines far off
    count = 2.5 + 1.5 * signals.pace(direction)  # lines per unit of psi
    river = np.exp(-((across / 2.2) ** 2))
    width = flow_lines.upscale(0.2 + 0.8 * river, size) * flow_room.band(size, calm)
    weight = max(1.5, 0.55 * size * span / (count * 1.15))  # half the river's spacing
    full = flow_lines.upscale(psi, size)
    rim = np.arcsinh(2.5) + 0.375
    codes = np.where(np.abs(full) < np.float32(rim), 0, 1).astype(np.uint8)
    codes[np.abs(full) < np.float32(0.5 / count)] = 2  # the core's line in the accent
    flow_lines.draw(
        img, full, count, weight, _faint(img, inks), calm, rng, width=width, inks_at=codes
    )
    cx = 0.2 + 0.6 * _peak(direction)
    return flow_room.focal((cx - 0.25, mid - 0.22 * room, cx + 0.25, mid + 0.22 * room), calm)


def _outline(direction: ArtDirection, phi: np.ndarray, lobes: float, depth: float) -> np.ndarray:
    """A closed outline's radius factor at angles `phi` (radians): the song's energy
    taken round the circle, `depth` deep, and `lobes` gentle lobes."""
    curve = _curve(direction, 96, 6)
    ring = np.concatenate([curve, curve[::-1]])  # the song out and back: a closed loop
    ring = signals.smooth(np.concatenate([ring, ring, ring]), 6)[len(ring) : 2 * len(ring)]
    at = (phi / (2 * np.pi)) % 1.0
    shape = np.interp(at, np.linspace(0, 1, len(ring)), ring).astype(np.float32)
    return (1.0 - depth + depth * shape + 0.04 * np.cos(lobes * phi)).astype(np.float32)


def lee(
    img: Image.Image, direction: ArtDirection, rng: np.random.Generator, inks: list[RGB], calm: Box
) -> Box:
    """The lee: a current parting round an empty shape (psi = v - v / rho^2, rho the
    distance in the shape's own radii), its lines crowding and bold at the flanks, a
    wake of turbulence streaming behind; a second, smaller shape beside it downstream
    for some songs (a pair of islands); the lines hugging them in the accent."""
    size = img.size[0]
    half = max(size // 2, 16)
    x, y = raster.pixel_grid(half)
    top, bottom = flow_room.room(calm)
    room = bottom - top
    energy = flow_room.energy(direction)
    angle = _angle(rng, direction, 0.5)
    radius = room * (0.16 + 0.08 * (1.0 - energy)) * float(rng.uniform(0.9, 1.15))
    cx = float(rng.choice((0.34, 0.5, 0.62)) + rng.uniform(-0.05, 0.05))
    cy = (top + bottom) / 2 + float(rng.uniform(-0.08, 0.08)) * room
    long = float(rng.uniform(1.0, 1.9))  # a pebble to a long reef along the current
    bodies = [(cx, cy, radius, long)]
    if rng.random() < 0.45:  # a smaller island downstream, off to one side
        r2 = radius * float(rng.uniform(0.5, 0.7))
        off = float(rng.choice((-1.0, 1.0))) * (radius + r2 * 1.8)
        c, s = np.cos(angle), np.sin(angle)
        along = radius * long * 0.6 + r2
        bx = float(np.clip(cx + along * c - off * s, 0.15, 0.85))
        by = float(np.clip(cy + along * s + off * c, top + r2 + 0.04, bottom - r2 - 0.04))
        bodies.append((bx, by, r2, 1.0))
    _, v = _axes(x, y, angle, cx, cy)
    psi = v.astype(np.float32)
    near = np.full(psi.shape, 9.0, dtype=np.float32)  # rho of the nearest shape
    wake = np.zeros_like(psi)
    for bx, by, r, stretch in bodies:
        bu, bv = _axes(x, y, angle, bx, by)
        outline = _outline(direction, np.arctan2(bv, bu), 3.0, 0.35)
        rho = np.hypot(bu / np.float32(stretch), bv) / (np.float32(r) * outline)
        psi -= bv / np.maximum(rho, np.float32(1.0)) ** 2  # the body's rim a streamline
        near = np.minimum(near, rho)
        behind = np.clip(bu / (r * 4.0), 0.0, 1.0) * np.exp(-((bv / (r * 1.3)) ** 2))
        wake = np.maximum(wake, behind)
    psi += np.float32(radius * (0.5 + 0.8 * energy)) * wake * flow_lines.noise(rng, half, 5)
    count = _count(direction, size, 30.0, 48.0)  # bold enough to read at 64 px
    flank = np.exp(-(((near - 1.0) / 0.7) ** 2)) * (near >= 1.0)
    width = flow_lines.upscale((0.3 + 0.7 * np.maximum(flank, 0.8 * wake)).astype(np.float32), size)
    outside = flow_lines.upscale((near >= 1.0).astype(np.float32), size)
    width = width * np.clip((outside - 0.5) * 4.0, 0.0, 1.0) * flow_room.band(size, calm)
    weight = max(1.5, size / count * 0.5)
    full = flow_lines.upscale(psi.astype(np.float32), size)
    codes = (np.abs(full) > radius * 0.9).astype(np.uint8)  # by line: those round it the lead
    codes[np.abs(full) < np.float32(1.0 / count)] = 2  # the lines hugging it in the accent
    flow_lines.draw(
        img, full, count, weight, _faint(img, inks), calm, rng, width=width, inks_at=codes
    )
    xs = [b[0] - b[2] * b[3] * 1.35 for b in bodies] + [b[0] + b[2] * b[3] * 1.35 for b in bodies]
    ys = [b[1] - b[2] * b[3] * 1.35 for b in bodies] + [b[1] + b[2] * b[3] * 1.35 for b in bodies]
    return flow_room.focal((min(xs), min(ys), max(xs), max(ys)), calm)


def bloom(
    img: Image.Image, direction: ArtDirection, rng: np.random.Generator, inks: list[RGB], calm: Box
) -> Box:
    """The bloom: level lines across the frame swelling over domes (psi = v - sum h
    sqrt(1 - rho^2)), bold in the lead ink inside their outlines (the song's energy
    taken round a circle), hairlines outside: one big dome, sometimes cropped by the
    frame's edge, with up to two small ones beside it for a livelier song, the
    smallest in the accent."""
    size = img.size[0]
    half = max(size // 3, 16)  # smooth fields: a third of the side is enough
    x, y = raster.pixel_grid(half)
    top, bottom = flow_room.room(calm)
    room = bottom - top
    energy = flow_room.energy(direction)
    angle = _angle(rng, direction, 0.4)
    radius = room * (0.3 + 0.14 * energy) * float(rng.uniform(0.9, 1.1))
    crop = rng.random() < 0.35  # set big against a side, cut by the frame
    peak = _peak(direction)
    cx = (0.18 if peak < 0.5 else 0.82) if crop else 0.35 + 0.3 * peak
    cx += float(rng.uniform(-0.05, 0.05))
    cy = float(
        np.clip((top + bottom) / 2 + rng.uniform(-0.06, 0.06) * room, top + 0.1, bottom - 0.1)
    )
    if crop:
        radius *= 1.25
    domes = [(cx, cy, radius)]
    small = int(rng.random() < 0.3 + 0.5 * energy) + int(rng.random() < 0.5 * energy)
    turn = float(rng.uniform(0, 2 * np.pi))
    for k in range(small):  # smaller domes round the big one, just clear of it
        r = radius * float(rng.uniform(0.28, 0.45)) * (0.8 if k else 1.0)
        at = turn + k * float(rng.uniform(0.8, 1.6))
        sx = float(np.clip(cx + (radius + r * 1.4) * np.cos(at), 0.1, 0.9))
        sy = float(np.clip(cy + (radius + r * 1.4) * np.sin(at), top + r, bottom - r))
        if np.hypot(sx - cx, sy - cy) > radius + r * 1.15:  # pushed back onto it: none
            domes.append((sx, sy, r))
    lobes = float(rng.integers(2, 4))
    psi = np.zeros(np.broadcast_shapes(x.shape, y.shape), dtype=np.float32)
    inside = np.zeros_like(psi)
    accent = np.zeros_like(psi)
    for k, (dx, dy, r) in enumerate(domes):
        u, v = _axes(x, y, angle, dx, dy)
        rho = np.hypot(u, v) / (np.float32(r) * _outline(direction, np.arctan2(v, u), lobes, 0.26))
        psi -= np.float32(r * (0.5 + 0.4 * energy)) * np.sqrt(np.clip(1.0 - rho * rho, 0.0, None))
        within = np.clip((1.0 - rho) * 30.0, 0.0, 1.0)
        inside = np.maximum(inside, within)
        if k and k == len(domes) - 1:
            accent = within
    psi += _axes(x, y, angle, cx, cy)[1] + np.float32(0.005) * flow_lines.noise(rng, half, 2)
    count = _count(direction, size, 40.0, 64.0)
    width = flow_lines.upscale((0.18 + 0.82 * inside).astype(np.float32), size)
    width = width * flow_room.band(size, calm)
    ink = np.where(accent > 0.5, 2, np.where(inside > 0.5, 0, 1)).astype(np.uint8)
    codes = np.asarray(Image.fromarray(ink, "L").resize((size, size), Image.Resampling.NEAREST))
    weight = max(1.5, size / count * 0.5)
    full = flow_lines.upscale(psi, size)
    flow_lines.draw(
        img, full, count, weight, _faint(img, inks), calm, rng, width=width, inks_at=codes
    )
    xs = [d[0] - d[2] for d in domes] + [d[0] + d[2] for d in domes]
    ys = [d[1] - d[2] for d in domes] + [d[1] + d[2] for d in domes]
    return flow_room.focal((min(xs), min(ys), max(xs), max(ys)), calm)
