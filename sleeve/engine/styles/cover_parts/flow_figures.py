"""Flow field's small figures alone in a wide field, drawn in flow_lines' level lines:

- the feather: one feather lying on a slant, its barbs lines sweeping out from the
  shaft (the accent) toward the tip, the vane split once or twice, one side wider;
- the plume: smoke rising the full height from below the room, close straight lines
  at its foot that widen, sway and curl as they climb, the curl as strong as the song
  is loud (the incense before it, a stick in a bowl, read as a cliche).

The seed sets where the figure sits and which way it leans, the energy its curl, the
tempo how many lines. Each draws on `img` and returns the focal box, in fractions of
the side, y down; `calm` is the title's band, which the lines fade out before.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from sleeve.engine import raster, signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB
from sleeve.engine.styles.cover_parts import flow_lines, flow_room, flow_scenes

Box = tuple[float, float, float, float]


def feather(
    img: Image.Image, direction: ArtDirection, rng: np.random.Generator, inks: list[RGB], calm: Box
) -> Box:
    """A feather on a slant: barbs as lines swept toward the tip, a split or two (its
    fields computed at half the side, then scaled up)."""
    size = img.size[0]
    half_side = max(size // 2, 16)
    x, y = raster.pixel_grid(half_side)
    top, bottom = flow_room.room(calm)
    room = bottom - top
    energy = float(np.clip(direction.energy, 0.0, 1.0))
    length = min(room * float(rng.uniform(0.8, 0.92)) * (0.95 + 0.25 * energy), 0.95)
    # a calm song's feather lies near upright, a loud one's is blown over
    lean = float(rng.choice((-1.0, 1.0))) * np.radians(float(rng.uniform(18, 28)) + 24 * energy)
    ux, uy = float(np.sin(lean)), float(-np.cos(lean))  # along the shaft, base to tip
    mid_x = float(rng.choice((0.42, 0.58)) + rng.uniform(-0.06, 0.06))  # off-centre
    mid_y = (top + bottom) / 2
    bx, by = mid_x - ux * length / 2, mid_y - uy * length / 2
    dx, dy = x - bx, y - by
    u = (dx * ux + dy * uy) / length  # 0 at the quill's foot, 1 at the tip
    v = dx * -uy + dy * ux  # across, in sides
    bend = float(rng.uniform(0.08, 0.14)) * float(rng.choice((-1.0, 1.0)))
    d = v - bend * u * u * length
    side = d > 0
    wide = length * float(rng.uniform(0.17, 0.21))
    half = np.where(side, wide, wide * float(rng.uniform(0.6, 0.8)))
    t = np.clip((u - 0.2) / 0.8, 0.0, 1.0)
    w = half * np.minimum(t / 0.3, 1.0) ** 0.6 * np.sqrt(np.clip(1.0 - t**4, 0.0, 1.0))
    gap = length / (20.0 + 14.0 * signals.pace(direction))
    reach = u - 0.6 * np.abs(d) / length  # where along the shaft a barb starts
    psi = reach * np.float32(length / gap)
    split = np.ones_like(psi)
    for _ in range(int(rng.integers(1, 3))):  # the vane split: a notch between barbs
        at, on = float(rng.uniform(0.4, 0.8)), bool(rng.random() < 0.5)
        notch = (side == on) & (np.abs(reach - at) < gap / length) & (np.abs(d) > 0.3 * w)
        split = np.where(notch, 0.0, split)
    psi += (0.3 + 0.6 * energy) * (np.abs(d) / length) ** 2 * 6.0  # the barbs curve out
    edge = np.clip((w - np.abs(d)) * half_side / 2.0, 0.0, 1.0)
    width = _up(edge * split * (t > 0), size) * flow_room.band(size, calm)
    ink = _doubled(side, size)  # the wider side the second ink, the narrow the lead
    weight = max(1.5, gap * size * 0.5)
    flow_lines.draw(img, _up(psi, size), 1.0, weight, inks, calm, rng, width=width, inks_at=ink)
    shaft = np.abs(d) - np.maximum(np.float32(1.2 / size), length * 0.012 * (1.2 - u))
    shaft = np.where((u > 0) & (u < 0.98), shaft, np.float32(1.0))
    solid = _up(flow_scenes._soft(shaft, half_side), size)
    flow_scenes._fill(img, solid * flow_room.band(size, calm), inks[2])
    ends = [(bx, by), (bx + ux * length, by + uy * length)]
    xs, ys = [p[0] for p in ends], [p[1] for p in ends]
    return flow_room.focal(
        (min(xs) - wide * 0.6, min(ys) - 0.03, max(xs) + wide * 0.6, max(ys) + 0.03), calm
    )


def plume(
    img: Image.Image, direction: ArtDirection, rng: np.random.Generator, inks: list[RGB], calm: Box
) -> Box:
    """A plume of smoke rising the room's full height from below it: straight, close
    lines at the foot that sway, widen and curl as they climb (the fields computed
    at half the side, then scaled up)."""
    size = img.size[0]
    x, y = raster.pixel_grid(max(size // 2, 16))
    top, bottom = flow_room.room(calm)
    energy = float(np.clip(direction.energy, 0.0, 1.0))
    x0 = float(rng.choice((0.38, 0.62)) + rng.uniform(-0.06, 0.06))
    foot = bottom + 0.02
    h = np.clip((foot - y) / (foot - top), 0.0, 1.0)
    phase = float(rng.uniform(0, 2 * np.pi))
    turns = 0.7 + 0.6 * energy + float(rng.uniform(-0.2, 0.3))
    lean = float(rng.choice((-1.0, 1.0))) * float(rng.uniform(0.08, 0.16))
    sway = (0.05 + 0.06 * energy) * np.sin(2 * np.pi * turns * h + phase) * h**1.2
    axis = x0 + sway + lean * h * h
    spread = 0.025 + (0.2 + 0.08 * energy) * h**1.3
    warp = flow_lines.noise(rng, max(size // 2, 16), 3)
    across = (x - axis) / spread
    curl = (0.4 + 0.6 * energy) * h**2 * np.sin(3.0 * across + 6.0 * h + phase)  # curling
    psi = across + curl + 1.4 * h**1.5 * warp
    lines = 3.0 + 1.5 * signals.pace(direction)
    fade = np.clip((1.0 - h) * 3.0, 0.0, 1.0)
    width = _up((np.abs(across) < 1.3) * fade, size) * flow_room.band(size, calm)
    ink = _doubled(np.abs(across) > 0.6, size)
    weight = max(1.5, size * 0.3 / (2.6 * lines) * 0.8)
    flow_lines.draw(img, _up(psi, size), lines, weight, inks, calm, rng, width=width, inks_at=ink)
    reach = 0.22 + 0.1 * energy
    return flow_room.focal((x0 - reach, top + 0.04, x0 + reach, bottom), calm)


def _up(field: np.ndarray, size: int) -> np.ndarray:
    """A field computed at half the side, scaled up to size x size (float32)."""
    return flow_lines.upscale(np.asarray(field, dtype=np.float32), size)


def _doubled(mask: np.ndarray, size: int) -> np.ndarray:
    """A half-side mask as size x size ink codes (each cell repeated 2 x 2)."""
    codes = np.repeat(np.repeat(mask.astype(np.uint8), 2, axis=0), 2, axis=1)
    full = np.zeros((size, size), dtype=np.uint8)
    full[: min(size, codes.shape[0]), : min(size, codes.shape[1])] = codes[:size, :size]
    return full
