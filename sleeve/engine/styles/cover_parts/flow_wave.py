"""Flow field's great wave (after Hokusai), in flow_lines' level lines: a tall wave
hatched in lines along its face, its lip curling over in a spiral of lines, a small
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
from sleeve.engine.styles.cover_parts import flow_lines

Box = tuple[float, float, float, float]


def _room(calm: Box) -> tuple[float, float]:
    """The free room's top and bottom (the frame less the title's band)."""
    return (calm[3], 1.0) if calm[1] < 0.1 else (0.0, calm[1])


def _band(size: int, calm: Box) -> np.ndarray:
    """Each row's width factor (size x 1): nothing in the title's band."""
    y = (np.arange(size, dtype=np.float32) + 0.5) / size
    _, y0, _, y1 = calm
    gap = y - y1 if y0 < 0.1 else y0 - y
    return (np.clip(gap / flow_lines.FADE, 0.0, 1.0) ** 0.8).astype(np.float32)[:, None]


def _skylines(
    x: np.ndarray, rng: np.random.Generator, top: float, bottom: float, energy: float, front: float
) -> tuple[list[np.ndarray], tuple[float, float, float]]:
    """The far sea with its peak, the great wave and the low swell in front (each a
    skyline, 1 x size, back to front), and the crest (x, y) with its height."""
    room = bottom - top
    tall = room * (0.6 + 0.25 * energy) * float(rng.uniform(0.9, 1.05))
    crest_x = 0.5 - front * float(rng.uniform(0.02, 0.16))
    crest_y = bottom - tall
    sea = top + room * 0.72
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
    grid: tuple[np.ndarray, np.ndarray],
    skies: list[np.ndarray],
    lip: np.ndarray,
    ink: RGB,
    where: tuple[float, float, float, float],
) -> None:
    """A small sun (the accent) in the sky behind the crest, the sea and the curl in
    front of it."""
    x, y = grid
    around, top, bottom, tall = where
    r = (bottom - top) * float(rng.uniform(0.06, 0.09))
    sx = float(np.clip(around + rng.uniform(-0.08, 0.08), 0.12, 0.88))
    sy = max(top + r + 0.05, bottom - tall - r * float(rng.uniform(0.5, 1.5)))
    land = np.min(np.concatenate(skies, axis=0), axis=0)[None, :]
    cover = np.clip(0.5 - (np.hypot(x - sx, y - sy) - r) * img.size[0], 0.0, 1.0)
    cover *= np.clip((land - y) * img.size[0] + 0.5, 0.0, 1.0) * (1.0 - lip)
    mask = Image.fromarray((cover * 255.0 + 0.5).astype(np.uint8), "L")
    img.paste(Image.new("RGB", img.size, ink), (0, 0), mask)


def wave(
    img: Image.Image, direction: ArtDirection, rng: np.random.Generator, inks: list[RGB], calm: Box
) -> Box:
    """The great wave: its face hatched in lines, its lip a spiral of foam lines."""
    size = img.size[0]
    x, y = raster.pixel_grid(size)
    top, bottom = _room(calm)
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
    dx, dy = (x - lx) * front, y - ly
    r = np.sqrt(dx * dx + dy * dy) + np.float32(1e-4)
    lip = np.clip((curl - r) * size + 0.5, 0.0, 1.0)  # inside the curl
    weight = max(1.5, gap * size * (0.45 + 0.15 * direction.density))
    band = _band(size, calm)
    _sun(img, rng, (x, y), skies, lip, inks[2], (cx - front * 0.3, top, bottom, tall))
    flow_lines.draw(
        img, psi, 1.0, weight, inks, calm, rng, width=width * (1 - lip) * band, inks_at=ink
    )
    arms = 3 + int(2 * energy)
    spin = np.arctan2(dy, dx) / np.float32(2 * np.pi)
    spiral = (spin - np.float32(0.55) * np.log(r / np.float32(curl))) * np.float32(arms)
    hollow = np.clip((r - 0.18 * curl) / (0.1 * curl), 0.0, 1.0)
    foam = lip * hollow * band
    flow_lines.draw(
        img, spiral, 1.0, weight * 1.1, inks, calm, rng, width=foam, period=arms,
        inks_at=np.zeros((size, size), dtype=np.uint8),
    )  # fmt: skip
    y0 = max(top + 0.06, cy - 0.06)
    return compose.clip_box(
        (min(cx, lx) - curl - 0.08, y0, max(cx, lx) + curl + 0.08, cy + tall * 0.6)
    )
