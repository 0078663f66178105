"""Streamline prints: a few dozen bold, tapered lines that never cross, drawn as the
level lines of one stream function (a flow's streamlines are exactly those), like a
screen-printed op-art sheet or a risograph line print: each line swells near the
focal structure and thins to a hairline towards the frame's edge and the title's
band, where it stops; runs of neighbouring lines in the lead and second inks (about
60/30), the accent for the focal structure alone.

Compositions (each one focal structure): the current (a river of lines crossing the
frame on a slant, its crest the song's energy curve, the loud part the highest, one
accent line at its heart, the rest of the frame bare) and the blaze (only for a title
naming fire: nested tongues of a flame made of dense lines, hottest at the core).
flow_prints and flow_scenes draw their pictures with the same lines (draw). The song
drives the field: energy how turbulent it is and how big the structure, tempo how many
lines, density how heavy each is.

Geometry is in fractions of the side, y down.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from sleeve.engine import raster, signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB

Box = tuple[float, float, float, float]
NOISE_RES = 96  # the turbulence, computed small and scaled up smoothly
FORMS = ("current", "blaze")
FADE = 0.16  # the lines thin out over this much of the side before the title's band


def noise(rng: np.random.Generator, size: int, cells: int) -> np.ndarray:
    """Smooth value noise (size x size, about -0.5..0.5)."""
    small = raster.fractal_noise(rng, cells=cells, octaves=2, res=NOISE_RES) - 0.5
    img = Image.fromarray(small.astype(np.float32), "F")
    return np.asarray(img.resize((size, size), Image.Resampling.BILINEAR), dtype=np.float32)


def spacing(direction: ArtDirection) -> float:
    """Bold lines across the frame: a slow song's about 14, a fast one's 32 (the
    fine prints' 70 to 160 read as a grey mat at 64 px)."""
    return 14.0 + 18.0 * signals.pace(direction)


def upscale(field: np.ndarray, size: int) -> np.ndarray:
    """A smooth field computed small, scaled up to size x size (bilinear)."""
    if field.shape[0] == size:
        return field
    img = Image.fromarray(field.astype(np.float32, copy=False), "F")
    return np.asarray(img.resize((size, size), Image.Resampling.BILINEAR), dtype=np.float32)


def stream(
    name: str, direction: ArtDirection, rng: np.random.Generator, size: int, calm: Box
) -> tuple[np.ndarray, tuple[float, float] | None, Box]:
    """The stream function (size x size), the current's heart (x, y) or None (the
    blaze), and the focal box, for the composition `name`; the structure sits away
    from the `calm` box (the title's band)."""
    x, y = raster.pixel_grid(size)
    energy = float(np.clip(direction.energy, 0.0, 1.0))
    turb = 0.25 * energy + 0.15 * float(direction.turbulence)
    warp = noise(rng, size, 2 + int(energy > 0.6))
    top, bottom = (calm[3], 1.0) if calm[1] < 0.1 else (0.0, calm[1])  # the free room
    mid_y = (top + bottom) / 2
    fit = min(1.0, (bottom - top) / 0.7)  # a deep title's room: a smaller structure
    if name == "current":
        curve = np.asarray(signals.resample(signals.energy(direction, 64), 256), dtype=float)
        curve = signals.smooth(signals.smooth(curve, 41), 41)  # no kinks: clean lines
        curve = (curve - curve.min()) / max(float(np.ptp(curve)), 1e-6)
        amp = (0.1 + 0.14 * energy) * fit
        peak = float(np.argmax(curve)) / (len(curve) - 1)
        # the seed turns the river (in and out by other edges), bends it and crops it
        tilt = float(rng.choice((-1.0, 1.0)) * rng.uniform(0.1, 0.55)) * fit
        bend = float(rng.uniform(-0.5, 0.5)) * fit
        wide = float(rng.uniform(0.75, 1.35))
        pivot = 0.5 + float(rng.uniform(-0.15, 0.15))
        cos, sin = np.cos(tilt), np.sin(tilt)
        along = (x - pivot) * cos - (y - mid_y) * sin
        across = (y - mid_y) * cos + (x - pivot) * sin
        wave = np.interp(np.clip(along + 0.5, 0.0, 1.0), np.linspace(0, 1, len(curve)), curve)
        # the river's centre rises over the loud part and it widens there, its lines
        # fanning out, and pinches where the song is quiet (its lines there thinner)
        centre = bend * along * along - amp * (wave - 0.5)
        psi = (across - centre) / (wide * (0.45 + 0.9 * wave)) + turb * 0.1 * warp
        u = peak - 0.5  # the loud part the highest: the heart on the river there
        v = bend * u * u - amp * 0.5
        hx, heart = pivot + u * cos + v * sin, mid_y - u * sin + v * cos
        focal = (0.0, max(top + 0.06, heart - 0.3), 1.0, min(bottom - 0.06, heart + 0.3))
        return psi, (float(np.clip(hx, 0.15, 0.85)), float(heart)), focal
    cx = 0.5 + float(rng.uniform(-0.08, 0.08))  # the flame's foot, near the middle
    # the blaze: nested tongues, round at the foot, widest a third up, licking to a tip
    base = 0.94 if calm[1] < 0.1 else min(0.9, calm[1] - 0.07)
    top = calm[3] + 0.06 if calm[1] < 0.1 else 0.06
    h = np.clip((base - y) / (base - top), 0.0, 1.0)
    belly = 0.25  # widest here, an oval below, tapering to the tip above
    t = np.clip((h - belly) / (1.0 - belly), 0.0, 1.0)
    half = 0.012 + 0.27 * (1.0 - t**1.5) ** 1.3  # round shoulders, a licking tip
    flick = noise(rng, size, 5) * (0.3 + 0.7 * energy)  # tongues licking higher up
    lick = 0.16 * h**1.3 * (warp + flick)
    sway = 0.05 * h**2 * np.sin(2 * np.pi * (0.6 + signals.pace(direction)) * h)
    across = np.abs(x - cx - sway - lick) / half
    foot = base - belly * (base - top)
    drop = np.clip((y - foot) / (base - foot), 0.0, None)
    psi = np.sqrt(across * across + drop * drop)
    return psi, None, (cx - 0.3, top, cx + 0.3, base)


def river(direction: ArtDirection) -> tuple[int, float]:
    """The current's river: how many lines either side of its heart line (a slow,
    sparse song's 3, a fast, dense one's 10) and how wide it runs (psi, about a third
    of the side, wider when loud)."""
    energy = float(np.clip(direction.energy, 0.0, 1.0))
    return 3 + int(4.0 * signals.pace(direction) + 3.0 * direction.density), 0.3 + 0.14 * energy


def per_unit(psi: np.ndarray, count: float) -> float:
    """Lines per unit of psi for about `count` lines across the frame (psi's middle
    nine-tenths spread over them; an eddy's log core would swallow a plain range)."""
    lo, hi = np.percentile(psi[::8, ::8], (5, 95))
    return float(count / max(float(hi - lo), 1e-6))


def taper(
    size: int, centre: tuple[float, float], reach: float, calm: Box, thin: float = 0.45
) -> np.ndarray:
    """Each line's width along it (size x size, 0..1): full near the focal `centre`,
    down to `thin` a `reach` away and beyond, and to nothing over FADE before the
    `calm` band (the lines stop short of the title)."""
    x, y = raster.pixel_grid(size)
    d2 = (x - centre[0]) ** 2 + (y - centre[1]) ** 2
    swell = thin + (1.0 - thin) * np.exp(-d2 / (reach * reach))
    _, y0, _, y1 = calm
    gap = np.where(y0 < 0.1, y - y1, y0 - y)  # distance from the band, into the art
    return (swell * np.clip(gap / FADE, 0.0, 1.0) ** 0.8).astype(np.float32)


def draw(
    img: Image.Image,
    psi: np.ndarray,
    lines: float,
    weight: float,
    inks: list[RGB],
    calm: Box,
    rng: np.random.Generator,
    nested: float | None = None,
    focus: tuple[float, float] | None = None,
    width: np.ndarray | None = None,
    river: int = 0,
    period: int = 0,
    inks_at: np.ndarray | None = None,
) -> None:
    """Draw the level lines of `psi` (`lines` per unit of psi) on `img` as clean lines
    `weight` px wide times `width` (the taper, per pixel), in runs of 2..5 lines of
    the lead ink (about 60%) or the second; faded out over the `calm` band (the full
    width). `nested` (the blaze): the inks by level instead, the first inside, no line
    past psi = `nested`. `focus` (x, y): the line through that point in the accent;
    `river` > 0 keeps only that many lines either side of it (a river of lines).
    `period` > 0: psi wraps round by that many lines (an angle: the sun's rays, the
    whirlpool's arms); `inks_at` (size x size, 0..2): each pixel's ink, instead of the runs."""
    size = img.size[0]
    f = (psi * np.float32(lines)).astype(np.float32, copy=False)
    gx, gy = np.empty_like(f), np.empty_like(f)  # central differences (np.gradient's,
    gx[:, 1:-1] = f[:, 2:] - f[:, :-2]  # at a third of its cost)
    gy[1:-1] = f[2:] - f[:-2]
    gx[:, 0], gx[:, -1], gy[0], gy[-1] = gx[:, 1], gx[:, -2], gy[1], gy[-2]
    if period:  # across the angle's cut the lines run on: the step taken the short way
        for g in (gx, gy):
            g -= np.float32(period) * np.rint(g / np.float32(period))
    grad = np.hypot(gx, gy, out=gx)
    grad *= 0.5
    grad += np.float32(1e-6)  # level steps per px
    floor = np.floor(f)
    frac = np.subtract(f, floor, out=gy)
    dist = np.minimum(frac, 1.0 - frac)
    dist /= grad  # px to the nearest line
    wide = np.float32(weight) if width is None else (width * np.float32(weight))
    if nested is None:  # converging lines narrow to half their spacing, then stop
        gap = np.reciprocal(grad, out=grad)  # px between neighbouring lines
        wide = np.minimum(wide, 0.5 * gap)
        least = np.float32(np.clip(size / 300.0, 1.0, 2.5))  # a thumbnail keeps more
        fade = np.clip((gap - least) / least, 0.0, 1.0)
        cover = np.clip(wide / 2 + np.float32(0.5) - dist, 0.0, 1.0) * fade
    else:  # the blaze's dense lines merge into an even tone where crowded
        cover = np.clip(wide / 2 + np.float32(0.5) - dist, 0.0, 1.0)
        tone = np.minimum(grad * wide, 1.0)  # the ink's share where crowded
        crowd = np.reciprocal(grad, out=grad)
        crowd /= wide + np.float32(1.5)  # lines closer than a line: an even tone
        np.clip(crowd - 1.0, 0.0, 1.0, out=crowd)
        cover += (1.0 - crowd) * (tone - cover)
    if width is not None:  # a line thinned to nothing ends there, no hairline left
        cover *= np.minimum(width * np.float32(8.0), np.float32(1.0))
    if inks_at is not None:  # each pixel's ink given: no runs to number (a tenth of it)
        code = inks_at.astype(np.uint8, copy=False)
        palette = [v for ink in inks[:3] for v in ink]
    else:
        index = np.rint(f).astype(np.int32)  # the nearest line's number
        if period:
            index %= period
        group = np.floor_divide(index, int(rng.integers(2, 6)))
        low = int(group.min())
        count = int(group.max()) - low + 1
        ink_of = np.where(rng.random(count) < 0.62, 0, 1).astype(np.uint8)
        code = ink_of[group - low] * 2
        if focus is not None:  # the focal line in the accent
            at = int(index[int(focus[1] * (size - 1)), int(focus[0] * (size - 1))])
            code[index == at] = 4
            if river:
                cover *= np.abs(index - at) <= river
        palette = [v for ink in inks[:3] for v in (*ink, *ink)]
    if nested is not None:  # the core, the body, the tongues; nothing outside
        code = (np.minimum(psi / nested * 3.0, 2.0).astype(np.uint8) * 2).astype(np.uint8)
        cover *= f < np.floor(lines * nested) + 0.5  # a clean edge, between lines
    y = (np.arange(size, dtype=np.float32) + 0.5) / size
    _, y0, _, y1 = calm
    inside = np.minimum(y - y0, y1 - y) / 0.05
    cover *= (1.0 - np.clip(inside + 1.0, 0.0, 1.0))[:, None]
    mask = Image.fromarray((cover * 255.0 + 0.5).astype(np.uint8), "L")
    paint = Image.fromarray(code.astype(np.uint8, copy=False), "P")
    paint.putpalette(palette)
    img.paste(paint.convert("RGB"), (0, 0), mask)
