"""Three more streamline prints for flow_lines, each a different picture at 64 px:

- the confluence: two rivers of lines pour in from the upstream edge (two sources in
  a stream) and run on side by side as one, each in its own ink, the seam between
  them in the accent; the louder half of the song the wider river, the merged river
  rising and falling with the energy curve downstream;
- the dipole: field lines between two poles (a source and a sink: every line a
  circle through both), like iron filings round a magnet; the poles' distance from
  the key's first interval, their sizes from the song's opening and closing energy;
- the summit: wind over one landform, its skyline the song's energy curve, the lines
  hugging it low and flattening higher up, lee waves behind its peak.

Each returns the stream function (res x res), its focal mark and the focal box, in
fractions of the side, y down; `calm` is the title's band, the structure kept off it.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from sleeve.engine import compose, raster, signals
from sleeve.engine.color import mix
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB
from sleeve.engine.styles.cover_parts import flow_lines

Box = tuple[float, float, float, float]
FIGURES = ("confluence", "dipole", "summit")


def _room(calm: Box) -> tuple[float, float]:
    """The free room's top and bottom (the frame less the title's band)."""
    return (calm[3], 1.0) if calm[1] < 0.1 else (0.0, calm[1])


def _curve(direction: ArtDirection, n: int = 256) -> np.ndarray:
    """The energy curve, smoothed twice (clean lines) and stretched to 0..1."""
    curve = np.asarray(signals.resample(signals.energy(direction, 64), n), dtype=float)
    curve = signals.smooth(signals.smooth(curve, 31), 31)
    return (curve - curve.min()) / max(float(np.ptp(curve)), 1e-6)


def confluence(
    direction: ArtDirection, rng: np.random.Generator, res: int, calm: Box, warp: np.ndarray
) -> tuple[np.ndarray, np.ndarray, tuple[float, float], Box]:
    """Two rivers of lines, apart upstream (a wedge of bare land between them that
    closes at the confluence), one river downstream; returns psi (0 on the seam
    between them), where lines may run (0 inside the wedge: the seam starts where the
    rivers meet), the seam's point (the line through it in the accent) and the focal
    box."""
    x, y = raster.pixel_grid(res)
    top, bottom = _room(calm)
    fit = min(1.0, (bottom - top) / 0.7)
    energy = float(np.clip(direction.energy, 0.0, 1.0))
    turn = float(rng.choice((0.0, np.pi)) + rng.uniform(-0.5, 0.5))  # which way, slant
    cos, sin = np.cos(turn), np.sin(turn)
    mid_y = (top + bottom) / 2 + float(rng.uniform(-0.06, 0.06)) * fit
    along, across = (x - 0.5) * cos + (y - mid_y) * sin, (y - mid_y) * cos - (x - 0.5) * sin
    curve = _curve(direction)
    half = len(curve) // 2
    first, second = float(curve[:half].mean()), float(curve[half:].mean())
    share = float(np.clip(0.5 + 1.2 * (first - second), 0.3, 0.7))  # louder half: wider
    join = float(rng.uniform(-0.05, 0.2))  # where they meet, along the flow
    wedge = (0.2 + 0.1 * energy) * fit * float(rng.uniform(0.8, 1.2))
    open_ = np.clip((join - along) / (join + 0.55), 0.0, 1.0) ** 1.4
    k = np.maximum(wedge * open_, 1e-3)
    # the merged river downstream rises and falls with the song
    wave = np.interp(np.clip(along + 0.5, 0.0, 1.0), np.linspace(0, 1, len(curve)), curve)
    amp = (0.06 + 0.08 * energy) * fit
    s = across + amp * (wave - 0.5) * (1.0 - open_)
    s = s + (0.02 + 0.05 * energy) * warp * (1.0 - open_)  # the joined water churns
    spread = np.sign(s) * np.maximum(np.abs(s) - k, 0.0) + 0.005 * s  # apart round the wedge
    psi = spread / np.where(spread < 0, share, 1.0 - share)
    bare = np.clip((np.abs(s) - k) / 0.01 + 1.0, 0.0, 1.0)  # 0 inside the wedge
    u = join + 0.12
    px, py = 0.5 + u * cos, mid_y + u * sin
    box = (0.0, max(top + 0.04, mid_y - 0.32), 1.0, min(bottom - 0.04, mid_y + 0.32))
    return psi.astype(np.float32), bare.astype(np.float32), (float(px), float(py)), box


def dipole(
    direction: ArtDirection, rng: np.random.Generator, res: int, calm: Box, warp: np.ndarray
) -> tuple[np.ndarray, tuple[float, float, float, float, float, float], Box]:
    """A source and a sink (psi: the angle between them, 2 pi round each pole); returns
    psi, the two poles (x, y, r, x, y, r) and the focal box."""
    x, y = raster.pixel_grid(res)
    top, bottom = _room(calm)
    fit = min(1.0, (bottom - top) / 0.7)
    energy = float(np.clip(direction.energy, 0.0, 1.0))
    p, q = signals.intervals(direction, 1)[0]
    apart = (0.2 + 0.3 * float(np.clip(np.log2(max(p / q, q / p)), 0.0, 1.0))) * fit
    apart *= float(rng.uniform(0.9, 1.15))
    angle = float(rng.choice((0.0, 0.5, -0.5, np.pi / 2)) + rng.uniform(-0.2, 0.2))
    if abs(np.sin(angle)) > 0.8:  # standing poles: only in a deep room
        angle *= 0.5 if fit < 0.9 else 1.0
    cx = 0.5 + float(rng.uniform(-0.12, 0.12))
    cy = (top + bottom) / 2 + float(rng.uniform(-0.06, 0.06)) * fit
    dx, dy = np.cos(angle) * apart / 2, np.sin(angle) * apart / 2
    ax, ay, bx, by = cx - dx, cy - dy, cx + dx, cy + dy
    # arg((z - a) / (z - b)): the circles through both poles
    ux, uy, vx, vy = x - ax, y - ay, x - bx, y - by
    psi = np.arctan2(uy * vx - ux * vy, ux * vx + uy * vy)
    psi = psi + (0.1 + 0.35 * energy) * warp  # a loud song's field shivers
    curve = _curve(direction, 32)
    r_a = (0.035 + 0.05 * float(curve[:8].mean())) * (0.8 + 0.5 * energy)
    r_b = (0.035 + 0.05 * float(curve[-8:].mean())) * (0.8 + 0.5 * energy)
    reach = apart / 2 + 0.22
    box = (cx - reach, max(top + 0.04, cy - reach), cx + reach, min(bottom - 0.04, cy + reach))
    return psi.astype(np.float32), (ax, ay, r_a, bx, by, r_b), box


def summit(
    direction: ArtDirection, rng: np.random.Generator, res: int, calm: Box, warp: np.ndarray
) -> tuple[np.ndarray, np.ndarray, Box]:
    """Wind over a landform whose skyline is the energy curve (the loud part the
    highest); returns psi, the skyline (res heights, y down) and the focal box."""
    x, y = raster.pixel_grid(res)
    top, bottom = _room(calm)
    energy = float(np.clip(direction.energy, 0.0, 1.0))
    curve = np.asarray(signals.resample(signals.energy(direction, 64), res), dtype=float)
    curve = signals.smooth(signals.smooth(curve, res // 14 | 1), res // 14 | 1)  # a few peaks
    curve = (curve - curve.min()) / max(float(np.ptp(curve)), 1e-6)
    if rng.random() < 0.5:  # the song read right to left: the wind the other way
        curve = curve[::-1]
    hump = np.sin(np.linspace(0.0, np.pi, res)) ** 0.6  # the land falls off at the sides
    land = (0.35 + 0.65 * curve) * (0.5 + 0.5 * hump)  # no dip reaches the foot
    base = bottom - 0.03  # the foot: the frame's, or the top of a title's band below
    tall = (0.2 + 0.16 * energy) * float(rng.uniform(0.85, 1.15)) * (bottom - top) / 0.75
    sky = base - tall * land  # the skyline (y); the land fills down to the frame's edge
    ground = (base - sky)[None, :].astype(np.float32)  # the land's height at each x
    ceiling = base - top + 0.05
    height = base - y  # above the foot
    lift = np.clip((ceiling - height) / (ceiling - ground), 0.0, 1.0) ** 1.3
    psi = height - ground * lift  # 0 on the skyline, flat towards the top
    peak = int(np.argmax(land))
    down = np.clip((x - peak / res) * (1.0 if peak < res // 2 else -1.0), 0.0, None)
    lee = np.sin(down * (18.0 + 12.0 * signals.pace(direction))) * np.exp(-down / 0.35)
    psi = psi + (0.02 + 0.03 * energy) * lee * lift + (0.01 + 0.03 * energy) * warp * lift
    crest = float(sky[peak])
    # the land across the frame, its crest and the lines hugging it
    box = (0.0, max(top + 0.04, crest - 0.16), 1.0, base)
    return psi.astype(np.float32), sky.astype(np.float32), box


def paint(
    img: Image.Image,
    name: str,
    direction: ArtDirection,
    rng: np.random.Generator,
    inks: list[RGB],
    calm: Box,
) -> Box:
    """Draw the figure `name` on `img` in the lead, second and accent `inks` (flow_lines'
    bold tapered lines); returns the focal box. The smooth fields are computed at half
    the side and scaled up (the dipole's angle, cut between its poles, at full size)."""
    size = img.size[0]
    half = max(size // 2, 16)
    energy = float(np.clip(direction.energy, 0.0, 1.0))
    warp = flow_lines.noise(rng, half, 2 + int(energy > 0.6))
    count = min(flow_lines.spacing(direction), size / 6.0)
    weight = max(2.0, size / count * (0.42 + 0.16 * direction.density))
    if name == "confluence":
        psi, bare, seam, box = confluence(direction, rng, half, calm, warp)
        psi = flow_lines.upscale(psi, size)
        river = flow_lines.river(direction)[0]  # lines each side of the seam
        lines = min(river / (0.36 + 0.16 * energy), size / 5.0)
        weight = max(2.0, size / lines / 2.0 * (0.42 + 0.16 * direction.density))
        width = flow_lines.taper(size, seam, 0.55, calm, 0.55) * flow_lines.upscale(bare, size)
        flow_lines.draw(
            img, psi, lines, weight, inks, calm, rng, None, seam, width, river, split=True
        )
        return compose.clip_box(box)
    if name == "dipole":
        psi, poles, box = dipole(direction, rng, size, calm, flow_lines.upscale(warp, size))
        around = max(12, int(round(count * 1.1)))  # lines leaving each pole
        width = flow_lines.taper(size, ((box[0] + box[2]) / 2, (box[1] + box[3]) / 2), 0.45, calm)
        flow_lines.draw(
            img, psi, around / (2 * np.pi), weight, inks, calm, rng, width=width, period=around
        )
        flow_lines.disc(img, poles[:3], inks[2])
        flow_lines.disc(img, poles[3:], inks[2])
        return compose.clip_box(box)
    psi, sky, box = summit(direction, rng, half, calm, warp)
    psi = flow_lines.upscale(psi, size)
    lines = flow_lines.per_unit(psi, count)
    crest = (float(np.argmin(sky)) + 0.5) / len(sky), float(sky.min()) - 0.04  # above the peak
    width = flow_lines.taper(size, crest, 0.5, calm, 0.5)
    lead = [inks[0], inks[0], inks[2]]  # the wind in the lead ink, one accent line
    flow_lines.draw(img, psi, lines, weight, lead, calm, rng, focus=crest, width=width)
    _land(img, sky, mix(img.getpixel((size // 2, 0)), inks[1], 0.6))
    return compose.clip_box(box)


def _land(img: Image.Image, sky: np.ndarray, ink: RGB) -> None:
    """The landform below its skyline (`sky`: heights, y down, across the side), solid
    in `ink` with an anti-aliased edge."""
    size = img.size[0]
    at = (np.arange(size, dtype=np.float32) + 0.5) / size
    edge = np.interp(at, (np.arange(len(sky)) + 0.5) / len(sky), sky) * size
    rows = np.arange(size, dtype=np.float32)[:, None] + 0.5
    cover = np.clip(rows - edge[None, :] + 0.5, 0.0, 1.0)
    top = max(0, int(edge.min()) - 1)
    mask = Image.fromarray((cover[top:] * 255.0 + 0.5).astype(np.uint8), "L")
    img.paste(Image.new("RGB", mask.size, ink), (0, top), mask)
