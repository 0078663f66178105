"""Flow field's pure streamline pictures for a title naming nothing: dense plotter
lines whose density, weight and direction make one big form that reads at 64 px.

- the gyre: a current wound into vortices: one huge whorl by a corner, a pair, or a
  row of small eddies (a loud song's mostly);
- the meander: a river looping back on itself, lines parallel to its course, crowded
  and bold inside it, hairlines off it;
- the bloom: one huge dome of bold lines swelling out of a field of hairlines, cut by
  the frame, its outline the song's energy taken round a circle.

The music and the seed move the layout: the form's kind, scale, place, crop and
direction, the lines' count and weight. Each draws on `img` and returns the focal
box (fractions of the side, y down); `calm` is the title's band, which the lines
thin out before, to hairlines."""

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

# the least line width, as a share of the form's own, of the current a street of eddies,
# the funnel and the bloom run across the whole room with (the lines faded to nothing
# off the form left one object in a corner of empty ground, a reviewer, round 21)
FIELD = 0.4


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


def _calm(size: int, calm: Box) -> np.ndarray:
    """The title band's fade for the streams, over half again flow_lines.FADE and
    steeper: the lines are hairlines well before the title, never a hard band under it."""
    return flow_room.band(size, calm) ** 2


def _field(
    side: int, direction: ArtDirection, calm: Box
) -> tuple[np.ndarray, np.ndarray, float, float, float]:
    """A form's working grid (side x side), the free room's top and bottom and the
    song's energy: what every streamline form starts from."""
    x, y = raster.pixel_grid(side)
    top, bottom = flow_room.room(calm)
    return x, y, top, bottom, flow_room.energy(direction)


def _eyes(
    rng: np.random.Generator, kind: str, angle: float, top: float, bottom: float
) -> tuple[list[tuple[float, float]], float]:
    """The gyre's eyes and their strength: for the "corner" one huge whorl, its eye
    near a corner of the free room and cut by the frame; for the "row" a vortex
    street of five to seven small eddies along the current, turning in turn."""
    room = bottom - top
    mid = (top + bottom) / 2
    if kind == "corner":  # by a side of the frame, or by its foot or head off the title
        if rng.random() < 0.6:
            cx = float(rng.choice((0.17, 0.83)) + rng.uniform(-0.05, 0.05))
            cy = float(rng.uniform(top + 0.2 * room, bottom - 0.2 * room))
        else:
            cx = float(rng.uniform(0.2, 0.8))
            cy = top + 0.22 * room if top < 0.01 else bottom - 0.22 * room
        return [(cx, cy)], room * float(rng.uniform(0.42, 0.62))
    eyes = int(rng.integers(5, 8))
    slant = angle + float(rng.uniform(-0.3, 0.3))  # a street aslant the current
    c, s = np.cos(slant), np.sin(slant)
    off = 0.12 * room * float(rng.choice((-1.0, 1.0)))
    lift = float(rng.uniform(-0.1, 0.1)) * room  # through the room's middle, not its foot
    reach = float(rng.uniform(0.8, 1.0))  # the street's length, and where it starts
    shift = float(rng.uniform(-0.5, 0.5)) * (1.0 - reach)
    centres = []
    for k in range(eyes):
        along = reach * (k / (eyes - 1) - 0.5) + shift
        across = off * (1 if k % 2 else -1) + lift
        centres.append((0.5 + along * c - across * s, mid + along * s + across * c))
    strength = max(room, 0.3) * 0.13 * float(rng.uniform(0.85, 1.15))  # read at 64 px
    keep = 0.12 * room  # whole eddies, off the frame's edge and the title
    return [(cx, float(np.clip(cy, top + keep, bottom - keep))) for cx, cy in centres], strength


def gyre(
    img: Image.Image,
    direction: ArtDirection,
    rng: np.random.Generator,
    inks: list[RGB],
    calm: Box,
    kind: str = "corner",
) -> Box:
    """The gyre: a current wound into vortices (psi = v + sum k ln r: closed whorls
    inside a current's straight lines) as _eyes sets them for `kind`; few heavy lines
    round one huge whorl ("corner"), more along a street of eddies ("row"), whose
    current runs on across the whole room; bold round the eyes."""
    size = img.size[0]
    half = max(size // 2, 16)
    x, y, top, bottom, _ = _field(half, direction, calm)
    angle = _angle(rng, direction)
    centres, strength = _eyes(rng, kind, angle, top, bottom)
    eyes = len(centres)
    _, v = _axes(x, y, angle, 0.5, (top + bottom) / 2)
    psi = v + np.zeros_like(x * y)
    near = np.full(psi.shape, 9.0, dtype=np.float32)
    for k, (cx, cy) in enumerate(centres):
        r = np.hypot(x - np.float32(cx), y - np.float32(cy)) + np.float32(2e-3)
        psi += np.float32((1.0 if k % 2 == 0 else -1.0) * strength) * np.log(r)
        near = np.minimum(near, r)
    psi += np.float32(flow_room.turbulence(direction, 0.006)) * flow_lines.noise(rng, half, 3)
    base = (12.0 if eyes == 1 else 34.0) * float(rng.uniform(0.85, 1.2))
    count = _count(direction, size, base, base * 1.5)
    weight = max(1.5, size / count * (0.62 if eyes == 1 else 0.55))
    reach = 0.9 if eyes == 1 else 2.5  # the current thins away from the eyes
    core = np.exp(-((near / np.float32(reach * strength)) ** 2))  # bold round the eyes
    if eyes > 1:  # the street's current runs on across the whole room, never to nothing
        core = np.float32(FIELD) + np.float32(1.0 - FIELD) * core
    width = flow_lines.upscale(core, size) * _calm(size, calm)
    full = flow_lines.upscale(psi, size)
    lead = np.zeros(full.shape, dtype=np.uint8)  # one ink: density and weight draw the whorls
    flow_lines.draw(img, full, count, weight, inks, calm, rng, width=width, inks_at=lead)
    for cx, cy in centres:
        _disc(img, (cx, cy), max(0.01, strength * 0.1), inks[2])
    xs = [c[0] for c in centres]
    ys = [c[1] for c in centres]
    reach = strength * (0.8 if eyes == 1 else 1.3)
    return flow_room.focal(
        (min(xs) - reach, min(ys) - reach, max(xs) + reach, max(ys) + reach), calm
    )


def _path(direction: ArtDirection, rng: np.random.Generator, room: float) -> np.ndarray:
    """The loops' course (n x 2, along and across the current, about 0): a prolate
    trochoid, its loops turning back on themselves (two to four, more for a faster
    song, wider for a louder one), its swing the song's energy curve."""
    pace = signals.pace(direction)
    loops = int(np.clip(round(2 + 2 * pace + rng.uniform(-0.6, 0.6)), 2, 4))
    t = np.linspace(-np.pi, np.pi, 48 * loops) * loops
    step = 1.5 / (2 * np.pi * loops)  # the course spans one and a half sides
    loop = step * float(rng.uniform(1.6, 2.6) + 1.2 * flow_room.energy(direction))
    along = step * t + loop * np.sin(t)
    across = room * float(rng.uniform(0.2, 0.3)) * np.cos(t) * float(rng.choice((-1.0, 1.0)))
    curve = np.interp(np.linspace(0, 1, len(t)), np.linspace(0, 1, 64), _curve(direction, 64))
    across += room * 0.12 * (curve - 0.5)
    return np.stack([along, across], axis=1)


def _oxbow(direction: ArtDirection, rng: np.random.Generator, room: float) -> np.ndarray:
    """The oxbow's course (n x 2, along and across, about 0): a sine-generated river
    (its heading tight * sin s, with a Kinoshita skew: a real meander's goose-necks),
    its bends' tightness the song's energy along it (its loud passages loops closing
    on themselves, its quiet ones open bends), how many bends cross the frame the tempo
    (one to three), their size, lean and the side the first bulges to the seed."""
    waves = float(np.clip(0.45 + 0.9 * signals.pace(direction) + rng.uniform(-0.3, 0.3), 0.4, 1.4))
    omega = 1.25 + 0.75 * flow_room.energy(direction) + float(rng.uniform(-0.2, 0.2))
    skew = float(rng.uniform(0.012, 0.03) * rng.choice((-1.0, 1.0)))  # the bends' lean
    s = np.linspace(-np.pi, np.pi, 640) * (waves + 2.0)  # a bend more each side, off the frame
    curve = signals.resample(_curve(direction, 64), len(s))
    tight = np.clip(omega * (0.7 + 0.6 * curve), 0.7, 2.3)
    phase = s + float(rng.uniform(0.0, 2 * np.pi))
    heading = tight * np.sin(phase) + tight**3 * skew * np.cos(3 * phase)
    ds = float(s[1] - s[0])
    along, across = np.cumsum(np.cos(heading)) * ds, np.cumsum(np.sin(heading)) * ds
    middle = np.abs(s) <= np.pi * waves
    reach = max(float(np.ptp(along[middle])), float(np.ptp(across[middle])), 1e-6)
    scale = float(rng.uniform(0.75, 1.0)) * max(room, 0.75) / reach  # bends fill the frame
    along = (along - (along[middle].max() + along[middle].min()) / 2) * scale
    across = (across - (across[middle].max() + across[middle].min()) / 2) * scale
    return np.stack([along, across], axis=1)[::4]


def _distance(u: np.ndarray, v: np.ndarray, path: np.ndarray) -> np.ndarray:
    """The distance from each point (u, v) to the polyline `path`."""
    best = np.full(np.broadcast_shapes(u.shape, v.shape), np.inf, dtype=np.float32)
    a, b = path[:-1].astype(np.float32), path[1:].astype(np.float32)
    for (ax, ay), (bx, by) in zip(a, b, strict=True):
        dx, dy = bx - ax, by - ay
        t = np.clip(((u - ax) * dx + (v - ay) * dy) / (dx * dx + dy * dy + 1e-12), 0.0, 1.0)
        np.minimum(best, np.hypot(u - ax - t * dx, v - ay - t * dy), out=best)
    return best


def meander(
    img: Image.Image,
    direction: ArtDirection,
    rng: np.random.Generator,
    inks: list[RGB],
    calm: Box,
    kind: str = "loops",
) -> Box:
    """The meander: a river looping back on itself (_path) drawn as lines parallel to
    its course (psi = asinh(d / w), d the distance to it), crowded and bold inside
    the river, hairlines off it; its course in the accent. The "loops" kind winds
    across the frame, narrow; the "oxbow" a wide river's goose-neck bends (_oxbow),
    cut by the frame. Seed and music set its loops, slope, place and width."""
    size = img.size[0]
    n = max(min(size // 2, 160), 16)  # a smooth field: computed small
    x, y, top, bottom, energy = _field(n, direction, calm)
    room = bottom - top
    oxbow = kind == "oxbow"
    angle = _angle(rng, direction, 0.6 if oxbow else 1.4)
    angle += float(rng.choice((0.0, np.pi))) if oxbow else 0.0  # the loop either side
    mid = (top + bottom) / 2 + float(rng.uniform(-0.12, 0.12)) * room
    ox = 0.5 + float(rng.uniform(-0.25, 0.25) if oxbow else rng.uniform(-0.1, 0.1))
    u, v = _axes(x, y, angle, ox, mid)
    path = _oxbow(direction, rng, room) if oxbow else _path(direction, rng, room)
    span = room * (0.06 + 0.05 * (1.0 - energy)) * float(rng.uniform(0.8, 1.25))
    span *= 1.6 if oxbow else 1.0
    across = _distance(u, v, path) / np.float32(span)
    count = (1.6 + 1.6 * signals.pace(direction)) * float(rng.uniform(0.8, 1.2))
    psi = np.arcsinh(across) + 0.15 * across  # hairlines far off
    psi = (psi + 0.5 / count).astype(np.float32)  # no line on the course's crease: a pair
    river = np.exp(-((across / 2.2) ** 2))
    banks = flow_room.clearing(across, 3.0, 2.5)  # the river through empty ground
    width = flow_lines.upscale((0.15 + 0.85 * river) * banks, size) * _calm(size, calm)
    weight = max(1.5, size * span / count * float(rng.uniform(0.5, 0.8)))
    full = flow_lines.upscale(psi, size)
    rim = np.arcsinh(2.5) + 0.375
    codes = np.where(full < np.float32(rim), 0, 1).astype(np.uint8)
    codes[full < np.float32(1.5 / count)] = 2  # the course's banks in the accent
    flow_lines.draw(
        img, full, count, weight, _faint(img, inks), calm, rng, width=width, inks_at=codes
    )
    c, s = np.cos(angle), np.sin(angle)
    xs = ox + path[:, 0] * c - path[:, 1] * s
    ys = mid + path[:, 0] * s + path[:, 1] * c
    inside = (xs > 0.02) & (xs < 0.98) & (ys > top) & (ys < bottom)
    xs, ys = (xs[inside], ys[inside]) if inside.any() else (xs, ys)
    return flow_room.focal(
        (float(xs.min()), float(ys.min()), float(xs.max()), float(ys.max())), calm
    )


def _outline(direction: ArtDirection, phi: np.ndarray, lobes: float, depth: float) -> np.ndarray:
    """A closed outline's radius factor at angles `phi` (radians): the song's energy
    taken round the circle, `depth` deep, and `lobes` gentle lobes."""
    curve = _curve(direction, 96, 6)
    ring = np.concatenate([curve, curve[::-1]])  # the song out and back: a closed loop
    ring = signals.smooth(np.concatenate([ring, ring, ring]), 6)[len(ring) : 2 * len(ring)]
    at = (phi / (2 * np.pi)) % 1.0
    shape = np.interp(at, np.linspace(0, 1, len(ring)), ring).astype(np.float32)
    return (1.0 - depth + depth * shape + 0.04 * np.cos(lobes * phi)).astype(np.float32)


def bloom(
    img: Image.Image, direction: ArtDirection, rng: np.random.Generator, inks: list[RGB], calm: Box
) -> Box:
    """The bloom: level lines across the frame swelling over one huge dome (psi = v - h
    sqrt(1 - rho^2)), bold in the lead ink inside its outline (the song's energy taken
    round a circle), thinner lines across the rest of the room; big, leaning to a side
    (the song's loudest half's, or the seed's) or rising from the edge away from the
    title, the innermost rings round its eye in the accent. (A mid-sized dome in the
    room read as a striped blob.)"""
    size = img.size[0]
    half = max(size // 3, 16)  # smooth fields: a third of the side is enough
    x, y, top, bottom, energy = _field(half, direction, calm)
    room = bottom - top
    angle = _angle(rng, direction, 0.4)
    left = _peak(direction) < 0.5 if rng.random() < 0.5 else rng.random() < 0.5
    # big and near the room's middle, leaning to a side: a dome pushed into a corner of
    # an empty field read as a ball cut by the frame (round 21)
    cx = (0.32 if left else 0.68) + float(rng.uniform(-0.08, 0.08))
    radius = max(room, 0.42) * float(rng.uniform(0.62, 0.8))  # a thin room: a wide low dome
    cy = float(np.clip((top + bottom) / 2 + rng.uniform(-0.1, 0.1) * room, top + 0.1, bottom - 0.1))
    if rng.random() < 0.4 or room < 0.42:  # rising from the frame's outer edge, off the title
        cx = float(rng.uniform(0.35, 0.65))
        cy = top + 0.25 * room if top < 0.01 else bottom - 0.25 * room
    u, v = _axes(x, y, angle, cx, cy)
    lobes = float(rng.integers(2, 4))
    rho = np.hypot(u, v) / (np.float32(radius) * _outline(direction, np.arctan2(v, u), lobes, 0.26))
    psi = v - np.float32(radius * (0.5 + 0.4 * energy)) * np.sqrt(
        np.clip(1.0 - rho * rho, 0.0, None)
    )
    psi += np.float32(flow_room.turbulence(direction, 0.005)) * flow_lines.noise(rng, half, 2)
    inside = np.clip((1.0 - rho) * 30.0, 0.0, 1.0)
    count = _count(direction, size, 30.0, 46.0)
    # the level lines run on across the whole room, thinner (round 21: a few hairlines
    # round it, then bare ground, left a ball in a corner of an empty field)
    width = flow_lines.upscale(np.float32(FIELD) + np.float32(1.0 - FIELD) * inside, size)
    width = width * _calm(size, calm)
    # its crown the innermost rings round the dome's eye, in the accent (a disc at the
    # outline's middle sat off the rings' eye: a misprinted patch, round 18)
    eye = float(psi[inside > 0.5].min()) if (inside > 0.5).any() else 0.0
    crown = (inside > 0.5) & (psi < eye + 2.5 / count)
    ink = np.where(crown, 2, np.where(inside > 0.5, 0, 1)).astype(np.uint8)
    codes = np.asarray(Image.fromarray(ink, "L").resize((size, size), Image.Resampling.NEAREST))
    weight = max(1.5, size / count * 0.5)
    full = flow_lines.upscale(psi.astype(np.float32), size)
    flow_lines.draw(
        img, full, count, weight, _faint(img, inks, 0.35), calm, rng, width=width, inks_at=codes
    )
    return flow_room.focal((cx - radius, cy - radius, cx + radius, cy + radius), calm)
