"""Figures of the spectrogram style that are objects, not plots: the song's spectrum
folded into a thing that could hang in a gallery.

- sun: a radial burst filling the free part; time runs round the circle (mirrored,
  so it has no seam), each wedge ray as long as that moment is loud and lit along its
  length by the bands, bass at the glowing core, the rays running off the frame;
- light-paint: a long exposure of a swung light: one thin glowing thread per band
  group sweeping across the frame, the gaps between threads as wide as the bands are
  loud, so the bundle swells and thins with the music.

Edges are crisp (anti-aliased) except the light painting's glow."""

from __future__ import annotations

import numpy as np
from PIL import Image
from scipy import ndimage

from sleeve.engine import signals
from sleeve.engine.styles.cover_parts.spectro_layouts import (
    MARGIN,
    Canvas,
    Ink,
    Spec,
    cells,
    changes,
    coverage,
    lit,
)


def _loudness(spec: Spec, k: int = 4) -> np.ndarray:
    """Each frame's mean level, smoothed, in 0..1: half its share of the loudest frame,
    half its own swing stretched (so a steady song still gets a middle width)."""
    loud = signals.smooth(spec.mean(axis=1), k)
    swing = (loud - loud.min()) / max(float(np.ptp(loud)), 1e-6)
    return 0.5 * loud / max(float(loud.max()), 1e-6) + 0.5 * swing


def _centre(free: tuple, half_w: float, half_h: float, rng: np.random.Generator) -> tuple:
    """A centre for a whole shape of the given half sizes, off-centre in the free part."""
    fx0, fy0, fx1, fy1 = free
    slack_x = max(0.0, (fx1 - fx0) / 2 - MARGIN - half_w)
    slack_y = max(0.0, (fy1 - fy0) / 2 - MARGIN - half_h)
    cx = (fx0 + fx1) / 2 + rng.choice((-1.0, 1.0)) * slack_x * rng.uniform(0.5, 1.0)
    cy = (fy0 + fy1) / 2 + slack_y * rng.uniform(-1.0, 1.0)
    return cx, cy


def sun(c: Canvas, rng: np.random.Generator) -> Ink:
    """A radial burst (see the module): a whole glowing core in the free part and
    wedge rays that widen outward and run off the frame's edges; toward the title each
    ray stops a margin short of it, so the rays there end on one calm line."""
    fx0, fy0, fx1, fy1 = c.free
    w, h = fx1 - fx0, fy1 - fy0
    core = (min(w, h) / 2 - MARGIN) * rng.uniform(0.3, 0.38)
    cx = (fx0 + fx1) / 2 + rng.choice((-1.0, 1.0)) * w * rng.uniform(0.05, 0.2)
    cy = (fy0 + fy1) / 2 + h * rng.uniform(-0.08, 0.08)
    rays = int(rng.choice((36, 44, 52)))
    duty = rng.uniform(0.42, 0.58)  # how much of each ray's pitch the wedge fills
    turn = rng.uniform(0, 2 * np.pi)
    dx, dy = c.x - cx, c.y - cy
    dist = np.sqrt(dx * dx + dy * dy)
    ang = (np.arctan2(dy, dx) + turn) % (2 * np.pi) / (2 * np.pi)
    pos = ang * np.float32(rays)
    ray = np.minimum(pos.astype(np.intp), rays - 1)
    mid = (np.arange(rays) + 0.5) / rays  # each ray's own place round the circle
    u_ray = 0.5 - 0.5 * np.cos(2 * np.pi * mid)  # mirrored time: no seam
    theta = mid * 2 * np.pi - turn  # each ray's own direction
    cos, sin = np.cos(theta), np.sin(theta)
    room_ray = np.full(rays, 0.9)  # off the frame's edges, short of the title's
    for edge, inward, along in ((fx0, cx - fx0, -cos), (fy0, cy - fy0, -sin)) + (
        (fx1, fx1 - cx, cos),
        (fy1, fy1 - cy, sin),
    ):
        if 0.0 < edge < 1.0:
            short = (inward - MARGIN) / np.maximum(along, 1e-3)
            room_ray = np.where(along > 1e-3, np.minimum(room_ray, short), room_ray)
    loud = _loudness(c.spec, 2)
    flux = np.abs(np.diff(c.spec, axis=0, prepend=c.spec[:1])).sum(axis=1)
    flux = flux / max(float(flux.max()), 1e-6)  # how much each moment changes: spikes
    reach = np.interp(u_ray, np.linspace(0, 1, len(loud)), 0.55 * loud + 0.45 * flux)
    start = core * 1.18
    room_ray = np.maximum(room_ray, start + 0.02)
    end_ray = start + (room_ray - start) * (0.3 + 0.7 * reach**1.3)
    u = u_ray.astype(np.float32)[ray]
    room = room_ray.astype(np.float32)[ray]
    end = end_ray.astype(np.float32)[ray]
    band = np.clip((dist - start) / np.maximum(room - start, 1e-3), 0.0, 0.9999)
    value = cells(changes(c.spec), u, band) ** 1.1
    value = value * (1.0 - 0.35 * band)  # the rays dim toward their tips
    pitch = dist * 2 * np.pi / rays  # a ray's pitch at this distance
    off = np.abs(pos - np.floor(pos) - np.float32(0.5)) * pitch  # from the ray's axis
    half = np.maximum(duty / 2 * pitch, 1.0 / c.res)
    inset = np.minimum(np.minimum(half - off, end - dist), dist - start)
    cover = coverage(c, inset)
    disc = coverage(c, core - dist)
    value = np.where(disc > 0, 0.8 + 0.2 * (1 - dist / core), value)
    cover = np.maximum(cover, disc)
    return lit(c, cover, value, c.free, floor=0.3)


def light_paint(c: Canvas, rng: np.random.Generator) -> Ink:
    """A long exposure of glowing frequency threads (see the module) sweeping across
    the frame and off both its sides."""
    fx0, fy0, fx1, fy1 = c.free
    tall = fy1 - fy0
    frames, bands = c.spec.shape
    count = int(rng.integers(7, 12))
    groups = np.array_split(np.arange(bands), count)
    level = np.stack([c.spec[:, g].mean(axis=1) for g in groups], axis=1)  # (frames, count)
    level = np.apply_along_axis(signals.smooth, 0, level, 3)
    level = level / max(float(level.max()), 1e-6)
    u = np.clip((c.x[0] - fx0) / (fx1 - fx0), 0.0, 1.0)
    if rng.random() < 0.5:
        u = 1.0 - u
    frame_at = np.linspace(0.0, 1.0, frames)
    at = np.stack([np.interp(u, frame_at, level[:, k]) for k in range(count)])  # (count, res)
    gaps = 0.06 + at**2
    gaps = gaps / gaps.sum(axis=0, keepdims=True) ** 0.7  # swells, never pinched shut (lips)
    offs = np.cumsum(gaps, axis=0)
    offs = offs - offs.mean(axis=0, keepdims=True)
    spread = tall * rng.uniform(0.7, 0.95) / max(float(np.ptp(offs, axis=0).max()), 1e-6)
    waves = rng.uniform(0.4, 0.9)
    mid = np.sin(2 * np.pi * waves * u + rng.uniform(0, 2 * np.pi))
    rise = rng.choice((-1.0, 1.0)) * rng.uniform(0.0, 0.25) * (2 * u - 1)
    ys = offs * spread + (0.5 + 0.28 * mid + rise)[None, :] * tall
    low, high = float(ys.min()), float(ys.max())
    room = tall - 2 * MARGIN
    if high - low > room:  # keep the whole bundle inside the free part
        ys = low + (ys - low) * room / (high - low)
        high = low + room
    ys = ys + (fy0 + MARGIN - low) + rng.uniform(0, 1) * max(0.0, room - (high - low))
    res = c.res
    k = np.empty((res, res), np.float32)
    index = np.arange(count, dtype=np.float32)
    for col in range(res):  # the threads are sorted top to bottom in every column
        k[:, col] = np.interp(c.y[:, 0], ys[:, col], index)
    near = np.rint(k).astype(np.intp)
    cols = np.arange(res)[None, :]
    slope = np.gradient(ys, axis=1) * res
    dist = np.abs(c.y - ys[near, cols]) / np.sqrt(1.0 + slope[near, cols] ** 2)
    bright = at[near, cols]
    thick = (0.0016 + 0.0034 * bright) * max(1.0, 256 / res)
    line = coverage(c, thick / 2 - dist) * (0.45 + 0.55 * bright)
    small = max(res // 4, 8)
    glow = np.asarray(Image.fromarray(line.astype(np.float32), "F").resize((small, small)))
    glow = ndimage.gaussian_filter(glow, small * 0.012)
    glow = np.asarray(Image.fromarray(glow, "F").resize((res, res), Image.Resampling.BILINEAR))
    halo = 0.22 if c.dark else 0.0  # light glows on a dark field; on paper, clean lines
    value = np.maximum(line, np.minimum(1.8 * glow, halo))  # threads stay apart
    cover = (value > 0.02).astype(np.float32)
    box = (fx0, float(ys.min()) - 0.04, fx1, float(ys.max()) + 0.04)  # and the glow
    return lit(c, cover, value, box, floor=0.0)
