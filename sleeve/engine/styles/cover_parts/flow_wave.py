"""Flow field's great wave (after Hokusai), in flow_lines' level lines.

A tall wave hatched in lines along its face, its lip curling over in a spiral of lines, a small
peak of lines far off in the trough, a low swell in front and a small sun (the
accent) in the sky behind. The
song's energy sets how tall the wave stands and how big its curl, the tempo how many
lines, the seed which way it breaks and where the crest and the far peak sit.

It draws on `img` and returns the focal box (the crest and its curl), in fractions
of the side, y down; `calm` is the title's band, which the lines fade out before.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from sleeve.engine import compose, raster, signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB
from sleeve.engine.styles.cover_parts import flow_lines, flow_room

Box = tuple[float, float, float, float]


NO_BAND: Box = (0.0, -2.0, 1.0, -1.0)  # a band off the frame: flow_lines.draw fades nothing


def _window(size: int, cx: float, cy: float, half: float) -> tuple[int, int, int]:
    """A square of pixels round (cx, cy) reaching `half` each way: its left, top, side."""
    return int((cx - half) * size), int((cy - half) * size), int(2 * half * size) + 2


def _grid(size: int, left: int, top: int, side: int) -> tuple[np.ndarray, np.ndarray]:
    """Pixel centres of a window, in fractions of the cover's side (a row, a column)."""
    steps = np.arange(side, dtype=np.float32) + np.float32(0.5)
    return ((left + steps) / size)[None, :], ((top + steps) / size)[:, None]


def _skylines(
    x: np.ndarray, rng: np.random.Generator, top: float, bottom: float, energy: float, front: float
) -> tuple[list[np.ndarray], tuple[float, float, float]]:
    """The far sea with its peak, the great wave and the low swell in front (each a
    skyline, 1 x size, back to front), and the crest (x, y) with its height."""
    room = bottom - top
    tall = room * (0.6 + 0.25 * energy) * float(rng.uniform(0.78, 1.05))
    crest_x = 0.5 - front * float(rng.uniform(-0.08, 0.26))
    crest_y = bottom - tall
    sea = top + room * float(rng.uniform(0.6, 0.84))
    peak_x = crest_x + front * float(rng.uniform(0.24, 0.34))
    peak = room * float(rng.uniform(0.1, 0.16))
    far = sea - peak * np.clip(1.0 - np.abs(x - peak_x) / (1.5 * peak + 0.04), 0.0, 1.0) ** 1.3
    ahead = (x - crest_x) * front  # > 0 in front of the crest
    width = np.where(ahead > 0, 0.1 + 0.04 * energy, 0.42)
    wave = bottom - tall * np.exp(-((ahead / width) ** 2))
    swell = bottom - room * 0.1 * (1.0 + np.cos(2 * np.pi * (x * 2.2 + float(rng.random())))) / 2
    return [far, wave, swell], (crest_x, crest_y, tall)


def _sun(
    img: Image.Image,
    rng: np.random.Generator,
    skies: list[np.ndarray],
    ink: RGB,
    where: tuple[float, float, float, float],
) -> None:
    """A small sun (the accent) in the sky behind the crest, the sea in front of it
    (drawn in its own window: a full-frame disc cost a seventh of the wave)."""
    size = img.size[0]
    around, top, bottom, tall = where
    r = (bottom - top) * float(rng.uniform(0.06, 0.09))
    sx = float(np.clip(around + rng.uniform(-0.08, 0.08), 0.12, 0.88))
    sy = max(top + r + 0.05, bottom - tall - r * float(rng.uniform(0.5, 1.5)))
    left, upper, side = _window(size, sx, sy, r + 2.0 / size)
    x, y = _grid(size, left, upper, side)
    land = np.min(np.concatenate(skies, axis=0), axis=0)
    cols = np.clip(np.arange(left, left + side), 0, size - 1)
    cover = np.clip(0.5 - (np.hypot(x - sx, y - sy) - r) * size, 0.0, 1.0)
    cover *= np.clip((land[cols][None, :] - y) * size + 0.5, 0.0, 1.0)
    mask = Image.fromarray((cover * 255.0 + 0.5).astype(np.uint8), "L")
    img.paste(Image.new("RGB", mask.size, ink), (left, upper), mask)


def _lip(size: int, lip: tuple[float, float, float, float]) -> tuple:
    """The curl's window (left, top, side), its grid's rows, the distance from the
    lip's centre, the angle round it (turns) and how far inside the lip each pixel is."""
    lx, ly, curl, front = lip
    left, upper, side = _window(size, lx, ly, curl * 1.05)
    x, y = _grid(size, left, upper, side)
    dx, dy = (x - lx) * np.float32(front), y - ly
    r = np.sqrt(dx * dx + dy * dy) + np.float32(1e-4)
    inside = np.clip((curl - r) * size + 0.5, 0.0, 1.0)
    spin = np.arctan2(dy, dx) / np.float32(2 * np.pi)
    return (left, upper, side), y, r, spin, inside


def _hollowed(width: np.ndarray, window: tuple[int, int, int], inside: np.ndarray) -> None:
    """The face's lines taken out of `width` under the curl."""
    size = width.shape[0]
    left, upper, side = window
    y0, x0 = max(upper, 0), max(left, 0)
    y1, x1 = min(upper + side, size), min(left + side, size)
    width[y0:y1, x0:x1] *= 1.0 - inside[y0 - upper : y1 - upper, x0 - left : x1 - left]


def _curl(
    img: Image.Image,
    lip: tuple,
    curl: float,
    arms: int,
    weight: float,
    inks: list[RGB],
    calm: Box,
    rng: np.random.Generator,
) -> None:
    """The lip: a spiral of lines round a hollow, drawn in its own window (a full-frame
    spiral cost a third of the wave)."""
    (left, upper, side), y, r, spin, inside = lip
    spiral = (spin - np.float32(0.55) * np.log(r / np.float32(curl))) * np.float32(arms)
    hollow = np.clip((r - 0.18 * curl) / (0.1 * curl), 0.0, 1.0)
    foam = inside * hollow * flow_room.fade(y, calm)
    window = img.crop((left, upper, left + side, upper + side))
    code = np.zeros((side, side), dtype=np.uint8)
    flow_lines.draw(
        window, spiral, 1.0, weight, inks, NO_BAND, rng, width=foam, period=arms, inks_at=code
    )
    img.paste(window, (left, upper))


def wave(
    img: Image.Image, direction: ArtDirection, rng: np.random.Generator, inks: list[RGB], calm: Box
) -> Box:
    """The great wave: its face hatched in lines, its lip a spiral of foam lines."""
    size = img.size[0]
    x, y = raster.pixel_grid(size)
    top, bottom = flow_room.room(calm)
    energy = float(np.clip(direction.energy, 0.0, 1.0))
    front = float(rng.choice((-1.0, 1.0)))  # which way it breaks
    skies, (cx, cy, tall) = _skylines(x, rng, top, bottom, energy, front)
    gap = max((1.0 / (12.0 + 14.0 * signals.pace(direction))) * (bottom - top), 5.0 / size)
    psi = np.full((size, size), -1e3, dtype=np.float32)
    ink = np.ones((size, size), dtype=np.uint8)
    width = np.zeros((size, size), dtype=np.float32)
    for k, (sky, spacing) in enumerate(zip(skies, (0.6 * gap, gap, 0.8 * gap), strict=True)):
        sky32 = sky.astype(np.float32)
        over = y >= sky32
        psi = np.where(over, (y - sky32) / np.float32(spacing) - np.float32(0.5), psi)
        ink[over] = 1 if k != 1 else 0
        width[over] = 0.7 if k == 0 else 1.0
    curl = tall * (0.26 + 0.08 * energy)  # the lip's radius
    lx, ly = cx + front * 0.9 * curl, cy + curl
    weight = max(1.5, gap * size * (0.45 + 0.15 * direction.density))
    width *= flow_room.fade(y, calm)
    _sun(img, rng, skies, inks[2], (cx - front * 0.3, top, bottom, tall))
    lip = _lip(size, (lx, ly, curl, front))
    _hollowed(width, lip[0], lip[4])
    flow_lines.draw(img, psi, 1.0, weight, inks, calm, rng, width=width, inks_at=ink)
    _curl(img, lip, curl, 3 + int(2 * energy), weight * 1.1, inks, calm, rng)
    y0 = max(top + 0.06, cy - 0.06)
    return compose.clip_box(
        (min(cx, lx) - curl - 0.08, y0, max(cx, lx) + curl + 0.08, cy + tall * 0.6)
    )
