"""Flow field's gestures: one movement across the frame drawn in streamlines, much
empty ground round it.

- the sweep: a single huge stroke crossing the frame, a bundle of bold parallel lines
  that swells and thins with the song's energy, a few hairline echoes beside it; a
  calm song's only (flow_more: a loud song's, broad and churned, read as generic
  stripes);
- the funnel: a current pouring into one point, every line of its broad middle
  converging there, the outer lines bending past it, thinner, across the whole room.

Each draws on `img` in three inks and returns the focal box (fractions of the side,
y down); `calm` is the title's band, which the lines thin out before.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from sleeve.engine import signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts import flow_lines, flow_room
from sleeve.engine.styles.cover_parts.flow_streams import (
    FIELD,
    _axes,
    _calm,
    _count,
    _curve,
    _faint,
    _field,
)
from sleeve.engine.styles.cover_parts.flow_weather import _disc

ECHO = 0.3  # the sweep's echoes: their spacing grows this much slower than inside it
# how loud and driving a song is (its drive from LOUD[0] to LOUD[1]); only a song under
# LOUD[0] gets the sweep (flow_more)
LOUD = (0.42, 0.67)


def loudness(direction: ArtDirection) -> float:
    """How loud and driving the song is (0.6 energy, 0.4 pace): 0 up to LOUD[0], 1
    from LOUD[1] (Thunderstruck Highway, 150 BPM hard rock, is 1)."""
    drive = 0.6 * flow_room.energy(direction) + 0.4 * signals.pace(direction)
    return float(np.clip((drive - LOUD[0]) / (LOUD[1] - LOUD[0]), 0.0, 1.0))


def sweep(
    img: Image.Image, direction: ArtDirection, rng: np.random.Generator, inks: list[RGB], calm: Box
) -> Box:
    """The sweep: one stroke across the frame on a slant, its course a gentle S (psi
    the distance across it in its own half widths), its width the song's energy along
    it (a quiet passage a thin neck, the loudest a swell); ten to twenty bold lines
    inside, its two middle lines in the accent, hairline echoes fading beside it."""
    size = img.size[0]
    n = max(size // 2, 16)
    x, y, top, bottom, energy = _field(n, direction, calm)
    room = bottom - top
    angle = float(rng.uniform(0.25, 0.6) * rng.choice((-1.0, 1.0)))
    mid = (top + bottom) / 2 + float(rng.uniform(-0.1, 0.1)) * room
    u, v = _axes(x, y, angle, 0.5, mid)
    waves = float(rng.uniform(0.45, 0.9))
    phase = float(rng.uniform(0.0, 2 * np.pi))
    bend = room * float(rng.uniform(0.1, 0.2))
    course = np.float32(bend) * np.sin(np.float32(2 * np.pi * waves) * u + np.float32(phase))
    song = _curve(direction, 64)
    along = np.clip((u + 0.75) / 1.5, 0.0, 1.0)
    thick = room * (0.19 + 0.08 * energy) * float(rng.uniform(0.9, 1.15))
    half = (thick * (0.55 + 0.45 * np.interp(along, np.linspace(0, 1, 64), song))).astype(
        np.float32
    )
    across = (v - course) / half
    out = np.abs(across) - np.float32(1.0)
    psi = np.where(out > 0, np.sign(across) * (1.0 + ECHO * out), across).astype(np.float32)
    # lines per half width, its rim between two lines (one line is one ink all along)
    lines = round(float(rng.uniform(3.0, 4.5)) + 2.0 * energy) + 0.5
    echo = np.exp(-np.clip(out, 0.0, None) / np.float32(3.0))
    width = np.where(out > 0, 0.5 * echo * flow_room.clearing(out, 0.3, 0.6), 1.0)
    width = width.astype(np.float32)
    width = flow_lines.upscale(width, size) * _calm(size, calm)
    weight = max(1.5, size * float(half.mean()) / lines * 0.6)
    full = flow_lines.upscale(psi, size)
    rim = np.abs(full)
    codes = np.where(rim < 1.5 / lines, 2, np.where(rim > 1.0, 1, 0)).astype(np.uint8)
    flow_lines.draw(
        img, full, lines, weight, _faint(img, inks), calm, rng, width=width, inks_at=codes
    )
    return _box(angle, mid, bend, thick, top, bottom, calm)


def _box(
    angle: float, mid: float, bend: float, thick: float, top: float, bottom: float, calm: Box
) -> Box:
    """The sweep's focal box: its band where it crosses the free room."""
    us = np.linspace(-0.8, 0.8, 64)
    c, s = np.cos(angle), np.sin(angle)
    reach = bend + thick
    xs = np.concatenate([0.5 + us * c - d * s for d in (-reach, reach)])
    ys = np.concatenate([mid + us * s + d * c for d in (-reach, reach)])
    keep = (xs > 0.0) & (xs < 1.0) & (ys > top) & (ys < bottom)
    xs, ys = (xs[keep], ys[keep]) if keep.any() else (xs, ys)
    return flow_room.focal(
        (float(xs.min()), float(ys.min()), float(xs.max()), float(ys.max())), calm
    )


UPSTREAM = 0.32  # how far the funnel's bold current reaches back from its sink


def funnel(
    img: Image.Image, direction: ArtDirection, rng: np.random.Generator, inks: list[RGB], calm: Box
) -> Box:
    """The funnel: a current curving in from any side with a sink in it (psi = v + a
    u^2 - q theta / 2 pi, theta taken from upstream so its cut lies behind the sink); the
    lines of the middle of the current bold, converging into the point, an accent dot
    there; the outer lines thinner, bending past across the whole room. A louder song's
    sink swallows more."""
    size = img.size[0]
    n = max(size // 2, 16)
    x, y, top, bottom, energy = _field(n, direction, calm)
    room = bottom - top
    angle = float(rng.uniform(0.0, 2 * np.pi))  # the current from any side
    ahead = float(rng.uniform(-0.15, 0.3))  # the sink along the current from the middle
    sx = float(np.clip(0.5 + np.cos(angle) * ahead + rng.uniform(-0.2, 0.2), 0.2, 0.8))
    mid = (top + bottom) / 2 + np.sin(angle) * ahead + rng.uniform(-0.2, 0.2) * room
    sy = float(np.clip(mid, top + 0.22 * room, bottom - 0.22 * room))
    # the bold current comes in from upstream: room for it, not cut off by an edge
    ux, uy = sx - np.cos(angle) * UPSTREAM, sy - np.sin(angle) * UPSTREAM
    sx = float(np.clip(sx + max(0.05 - ux, 0.0) - max(ux - 0.95, 0.0), 0.2, 0.8))
    sy += max(top + 0.05 - uy, 0.0) - max(uy - bottom + 0.05, 0.0)
    sy = float(np.clip(sy, top + 0.22 * room, bottom - 0.22 * room))
    u, v = _axes(x, y, angle, sx, sy)
    count = _count(direction, size, 26.0, 40.0) * float(rng.uniform(0.9, 1.1))
    # a broad current into the sink, louder songs' broader (a narrow spike read as a
    # corner object, round 21)
    swallowed = round(count * max(room, 0.4) * (0.85 + 0.3 * energy + float(rng.uniform(0.0, 0.4))))
    q = np.float32(swallowed / count)
    theta = np.arctan2(-v, -u)  # 0 upstream, the cut (+-pi) behind the sink
    arc = np.float32(rng.uniform(-0.7, 0.7))  # the current curving in as it comes
    psi = (v + arc * u * u - q * theta / np.float32(2 * np.pi)).astype(np.float32)
    psi += np.float32(flow_room.turbulence(direction, 0.004)) * flow_lines.noise(rng, n, 2)
    inner = np.clip((q / 2 - np.abs(psi)) * np.float32(count / 2.0), 0.0, 1.0)
    inner *= np.clip(0.5 - u * np.float32(40.0), 0.0, 1.0)  # none behind the sink
    # the current beside it bends past across the whole room, thinner (ending a little
    # off the bold lines left a spike in a corner of empty ground, round 21)
    width = flow_lines.upscale(np.float32(FIELD) + np.float32(1.0 - FIELD) * inner, size)
    width = width * _calm(size, calm)
    full = flow_lines.upscale(psi, size)
    ink = np.where(inner > 0.5, 0, 1).astype(np.uint8)  # chosen small: a float upscale less
    codes = np.asarray(Image.fromarray(ink, "L").resize((size, size), Image.Resampling.NEAREST))
    weight = max(1.5, size / count * 0.55)
    flow_lines.draw(
        img,
        full,
        count,
        weight,
        _faint(img, inks, 0.35),  # its current beside it reads at 64 px
        calm,
        rng,
        width=width,
        inks_at=codes,
        period=max(swallowed, 1),
    )
    _disc(img, (sx, sy), 0.03, inks[2])  # a sink that reads at 64 px
    reach = q * 0.9
    return flow_room.focal((sx - reach, sy - reach * 0.8, sx + reach, sy + reach * 0.8), calm)
