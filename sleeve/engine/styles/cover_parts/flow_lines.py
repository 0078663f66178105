"""Streamline prints: thousands of fine, evenly spaced lines that never cross, drawn
as the level lines of one stream function (a flow's streamlines are exactly those), so
every line is clean and parallel to its neighbours, like a long-exposure light
painting or a plotter print. Runs of neighbouring lines are grouped into ribbons in
three or four inks (about 60/30/10), a few ribbons filled solid with clean edges.

Compositions (each one focal structure): the current (a steady flow swelling over the
song's energy curve: the loud part is the wave's crest), the eddy (the flow wound
round one eye, a solid disc of the accent), the parting (the flow splitting round a
solid sun) and the blaze (only for a title naming fire: nested tongues of a flame
made of dense lines, hottest at the core). The song drives the field: energy how
turbulent it is, tempo how tight the lines are, density how heavy each line is.
The title's band is calm: the lines fade out before it.

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
FORMS = ("current", "eddy", "parting", "blaze")


def _noise(rng: np.random.Generator, size: int, cells: int) -> np.ndarray:
    """Smooth value noise (size x size, about -0.5..0.5)."""
    small = raster.fractal_noise(rng, cells=cells, octaves=2, res=NOISE_RES) - 0.5
    img = Image.fromarray(small.astype(np.float32), "F")
    return np.asarray(img.resize((size, size), Image.Resampling.BILINEAR), dtype=np.float32)


def spacing(direction: ArtDirection) -> float:
    """Lines per side: a slow song's lines loose (about 70), a fast one's tight (160)."""
    return 70.0 + 90.0 * signals.pace(direction)


def stream(
    name: str, direction: ArtDirection, rng: np.random.Generator, size: int, calm: Box
) -> tuple[np.ndarray, tuple[float, float, float] | None, Box]:
    """The stream function (size x size), the solid disc (x, y, r) or None (the
    current's: its crest, radius 0), and the focal box, for the composition `name`;
    the disc and the structure sit away from the `calm` box (the title's band)."""
    x, y = raster.pixel_grid(size)
    energy = float(np.clip(direction.energy, 0.0, 1.0))
    turb = 0.25 * energy + 0.15 * float(direction.turbulence)
    warp = _noise(rng, size, 2 + int(energy > 0.6))
    top, bottom = (calm[3], 1.0) if calm[1] < 0.1 else (0.0, calm[1])  # the free room
    mid_y = (top + bottom) / 2
    fit = min(1.0, (bottom - top) / 0.7)  # a deep title's room: a smaller structure
    if name == "current":
        curve = np.asarray(signals.resample(signals.energy(direction, 64), 256), dtype=float)
        curve = signals.smooth(signals.smooth(curve, 41), 41)  # no kinks: clean lines
        curve = (curve - curve.min()) / max(float(np.ptp(curve)), 1e-6)
        wave = np.interp(x[0], np.linspace(0, 1, len(curve)), curve).astype(np.float32)
        amp = (0.16 + 0.18 * energy) * fit
        peak = float(np.argmax(curve)) / (len(curve) - 1)
        fall = np.exp(-(((y - mid_y) / 0.3) ** 2))
        tilt = float(rng.uniform(-0.12, 0.12)) * (x - 0.5)
        lift = y + tilt - amp * (wave[None, :] - 0.5) * fall + turb * 0.16 * warp
        psi = 1.2 * np.sqrt(np.clip(lift - mid_y + 0.45, 0.0, None) + 0.01)  # opening below
        focal = (max(0.0, peak - 0.3), mid_y - 0.25, min(1.0, peak + 0.3), mid_y + 0.25)
        crest = (float(np.clip(peak, 0.15, 0.85)), mid_y + 0.04 - amp * 0.5, 0.0)
        return psi, crest, focal
    cx = float(rng.choice((0.36, 0.5, 0.64)) + rng.uniform(-0.04, 0.04))
    cy = mid_y + float(rng.uniform(-0.04, 0.04))
    dx, dy = x - cx, y - cy
    r2 = dx * dx + dy * dy
    if name == "eddy":
        core = (0.045 + 0.03 * energy) * fit
        twist = 0.05 + 0.05 * (1.0 - signals.pace(direction))  # slow: near rings
        turn = float(rng.choice((0.0, np.pi)) + rng.uniform(-0.5, 0.5))  # where it opens
        drift = 0.35 * (np.cos(turn) * dy - np.sin(turn) * dx)
        psi = drift + twist * np.log(r2 + core * core) + turb * 0.12 * warp
        return psi, (cx, cy, core * 0.9), (cx - 0.28, cy - 0.28, cx + 0.28, cy + 0.28)
    if name == "parting":
        r = (0.12 + 0.06 * energy) * fit
        turn = float(rng.uniform(-0.4, 0.4))  # the current's slant
        across, along = np.cos(turn) * dy - np.sin(turn) * dx, np.cos(turn) * dx + np.sin(turn) * dy
        flow = across * (1.0 - r * r / np.maximum(r2, 1e-6))
        wake = turb * 0.3 * warp * np.clip((along + r) / 0.4, 0.0, 1.0)  # calm upstream
        psi = flow + wake
        return psi, (cx, cy, r), (cx - r * 1.8, cy - r * 1.8, cx + r * 1.8, cy + r * 1.8)
    # the blaze: nested tongues, round at the foot, widest a third up, licking to a tip
    base = 0.94 if calm[1] < 0.1 else min(0.9, calm[1] - 0.07)
    top = calm[3] + 0.06 if calm[1] < 0.1 else 0.06
    h = np.clip((base - y) / (base - top), 0.0, 1.0)
    belly = 0.25  # widest here, an oval below, tapering to the tip above
    t = np.clip((h - belly) / (1.0 - belly), 0.0, 1.0)
    half = 0.012 + 0.27 * (1.0 - t**1.5) ** 1.3  # round shoulders, a licking tip
    flick = _noise(rng, size, 5) * (0.3 + 0.7 * energy)  # tongues licking higher up
    lick = 0.16 * h**1.3 * (warp + flick)
    sway = 0.05 * h**2 * np.sin(2 * np.pi * (0.6 + signals.pace(direction)) * h)
    across = np.abs(x - cx - sway - lick) / half
    foot = base - belly * (base - top)
    drop = np.clip((y - foot) / (base - foot), 0.0, None)
    psi = np.sqrt(across * across + drop * drop)
    return psi, None, (cx - 0.3, top, cx + 0.3, base)


def draw(
    img: Image.Image,
    psi: np.ndarray,
    lines: float,
    weight: float,
    inks: list[RGB],
    calm: Box,
    rng: np.random.Generator,
    solid: float = 0.25,
    nested: float | None = None,
    focus: tuple[float, float] | None = None,
) -> None:
    """Draw the level lines of `psi` (`lines` per unit of psi) on `img` as clean lines
    `weight` px wide, in ribbons of 4..12 lines: `solid` of them filled with the second
    ink (or the accent), their lines cut in the field's colour, the rest lines of the
    lead ink (or the second); faded out over the `calm` band (the
    full width). `nested` (the blaze): the inks by level instead, the first inside, no
    line past psi = `nested`. `focus` (x, y): only the ribbon through that point
    filled, in the accent, the rest lines in the lead ink, none above it."""
    size = img.size[0]
    f = (psi * np.float32(lines)).astype(np.float32, copy=False)
    gx, gy = np.empty_like(f), np.empty_like(f)  # central differences (np.gradient's,
    gx[:, 1:-1] = f[:, 2:] - f[:, :-2]  # at a third of its cost)
    gy[1:-1] = f[2:] - f[:-2]
    gx[:, 0], gx[:, -1], gy[0], gy[-1] = gx[:, 1], gx[:, -2], gy[1], gy[-2]
    grad = np.hypot(gx, gy, out=gx)
    grad *= 0.5
    grad += np.float32(1e-6)  # level steps per px
    floor = np.floor(f)
    frac = np.subtract(f, floor, out=gy)
    dist = np.minimum(frac, 1.0 - frac)
    dist /= grad  # px to the nearest line
    cover = np.clip(np.float32(weight / 2 + 0.5) - dist, 0.0, 1.0, out=dist)
    tone = np.minimum(grad * np.float32(weight), 1.0)  # the ink's share where crowded
    crowd = np.reciprocal(grad, out=grad)
    crowd *= np.float32(1.0 / (weight + 1.5))  # lines closer than a line: an even tone
    np.clip(crowd - 1.0, 0.0, 1.0, out=crowd)
    cover += (1.0 - crowd) * (tone - cover)
    group = np.floor_divide(floor.astype(np.int32), int(rng.integers(4, 13)))
    low = int(group.min())
    count = int(group.max()) - low + 1
    keys = rng.random((2, count))
    filled = keys[1] < solid  # solid ribbons in the second ink or the accent
    ink_of = np.where(filled, np.where(keys[0] < 0.7, 1, 2), np.where(keys[0] < 0.75, 0, 1))
    if focus is not None:  # one accent ribbon on the crest: the focal structure
        at = int(group[int(focus[1] * (size - 1)), int(focus[0] * (size - 1))]) - low
        filled = np.arange(count) == at
        ink_of = np.where(filled, 2, 0)
        cover *= group >= at + low  # a swell of lines under the crest, bare sky above
    code = (ink_of * 2 + filled).astype(np.uint8)[group - low]  # ink and fill per pixel
    if nested is not None:  # the core, the body, the tongues; nothing outside
        code = (np.minimum(psi / nested * 3.0, 2.0).astype(np.uint8) * 2).astype(np.uint8)
        cover *= f < np.floor(lines * nested) + 0.5  # a clean edge, between lines
    weight_map = np.where(code & 1, 1.0 - cover, cover)  # a filled ribbon: lines cut out
    y = (np.arange(size, dtype=np.float32) + 0.5) / size
    _, y0, _, y1 = calm
    inside = np.minimum(y - y0, y1 - y) / 0.05
    weight_map *= (1.0 - np.clip(inside + 1.0, 0.0, 1.0))[:, None]
    mask = Image.fromarray((weight_map * 255.0 + 0.5).astype(np.uint8), "L")
    paint = Image.fromarray(code, "P")
    paint.putpalette([v for ink in inks[:3] for v in (*ink, *ink)])
    img.paste(Image.composite(paint.convert("RGB"), img, mask))


def disc(img: Image.Image, at: tuple[float, float, float], ink: RGB) -> None:
    """A solid, anti-aliased disc (the eddy's eye, the parting's sun), drawn in its box."""
    size = img.size[0]
    cx, cy, r = (v * size for v in at)
    x0, y0 = max(0, int(cx - r - 2)), max(0, int(cy - r - 2))
    x1, y1 = min(size, int(cx + r + 3)), min(size, int(cy + r + 3))
    if x1 <= x0 or y1 <= y0:
        return
    y, x = np.mgrid[y0:y1, x0:x1].astype(np.float32) + 0.5
    a = np.clip(0.5 - (np.sqrt((x - cx) ** 2 + (y - cy) ** 2) - r), 0.0, 1.0)
    mask = Image.fromarray((a * 255.0 + 0.5).astype(np.uint8), "L")
    img.paste(Image.new("RGB", mask.size, ink), (x0, y0), mask)
