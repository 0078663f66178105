"""Letters filled with liquid chrome: a glyph mask becomes a mirror-polished solid
(each stroke swollen into a round tube from its distance to the edge, the surface
rippled a little as poured metal is) that reflects a world: a bright sky over a hard
horizon line, a dark ground under it, a softbox window and a dark wall on one side.
Each pixel shows what its surface normal mirrors, so the horizon line bends round
every stroke (a flat gradient down the line was the word-processor "chrome" of the
80s), the shoulders turned down go dark, the edges darkest, and a hard specular
highlight sits where the surface faces the light. The reflection is grey, toned
through the metal's colours."""

from __future__ import annotations

import numpy as np
from PIL import Image
from scipy.ndimage import distance_transform_edt, gaussian_filter

from sleeve.engine.color import mix
from sleeve.engine.styles.cover_parts.chrome_metal import Metal

ROUND = 0.15  # the tube's profile softened over this share of the stroke's half width
# a wide stroke's (shaped at a coarser scale): at ROUND its shoulder broke into a column
# of black holes down Brick by Brick's giant B, mirroring the ground
WIDE_ROUND = 0.3
# the poured ripple's height, a share of its cell: at 0.35 its dips faced the dark
# ground and every stacked title came out spotted with black holes, like rust
SWELL = 0.12
RIPPLE = (6, 12)  # the poured metal's ripple grid (fixed: no draw depends on the size)
LINE = 0.045  # the horizon line's width in reflected elevation
SHINE = 90  # the specular highlight's hardness (Blinn exponent)
TONE = 0.55  # how far the grey reflection takes on the metal's colours
COARSE = 6  # a stroke's half width (px) from which its tube is shaped at a coarser scale
BICUBIC = Image.Resampling.BICUBIC


def plate(
    glyphs: Image.Image,
    metal: Metal,
    energy: float,
    light: tuple[float, float],
    lift: float = 0.0,
    ripple: np.ndarray | None = None,
) -> Image.Image:
    """The glyphs (an L mask) as chrome: RGBA, padded a few pixels on every side.
    `light` points from the letters toward the light (unit vector, y down: it sets the
    highlight and the side of the window); `energy` raises the horizon and the
    ripple; `lift` (0..1) lightens the reflection's darks (small letters, a
    sticker's); `ripple` (RIPPLE floats) shapes the poured surface (a flat one without)."""
    pad = 3
    m = np.pad(np.asarray(glyphs, np.float32) / 255.0, pad)
    inked = m > 0  # the reflection is worked out only where there is metal
    nx, ny, nz = (n[inked] for n in _normals(m, ripple, 0.08 + 0.08 * energy))
    rx, ry = 2 * nz * nx, 2 * nz * ny  # the mirrored view ray (orthographic camera)
    horizon = -0.16 + 0.1 * float(np.clip(energy, 0, 1))
    side = 1.0 if light[0] >= 0 else -1.0
    value = _world(rx, ry + horizon, side)
    lx, ly = light
    half = np.array([lx, ly, 1.7], np.float32)
    half /= np.linalg.norm(half)
    spec = np.clip(nx * half[0] + ny * half[1] + nz * half[2], 0, 1) ** SHINE
    value = np.clip(value + 2 * spec, 0, 1) * np.clip(nz * 1.5 - 0.05, 0, 1)  # dark edges
    value = lift * 0.5 + (1 - lift * 0.5) * value
    stops = np.linspace(0, 1, 256, dtype=np.float32)
    grey = ((6, 6, 9), (38, 40, 46), (120, 124, 132), (208, 212, 218), (255, 255, 255))
    tones = (metal.outline, metal.ground_dark, mix(metal.ground_low, metal.sky_low, 0.3),
             metal.sky_low, metal.horizon)  # fmt: skip
    keys = np.array([mix(g, t, TONE) for g, t in zip(grey, tones, strict=True)], np.float32)
    at = (0.0, 0.2, 0.5, 0.8, 1.0)
    lut = np.stack([np.interp(stops, at, keys[:, c]) for c in range(3)], -1).astype(np.uint8)
    rgba = np.zeros((*m.shape, 4), np.uint8)
    rgba[inked, :3] = lut[(value * 255).astype(np.uint8)]
    rgba[..., 3] = np.clip(m * 255, 0, 255)
    return Image.fromarray(rgba, "RGBA")


def _normals(m: np.ndarray, ripple: np.ndarray | None, depth: float) -> tuple:
    """The surface's unit normals (x, y, z toward the viewer): each stroke a round
    tube as wide as the stroke is (its half width from the distance transform),
    softened, with the poured ripple on top."""
    edge = np.abs(np.diff(m, axis=0)).sum() + np.abs(np.diff(m, axis=1)).sum()
    f = int(np.clip(m.sum() / max(1.0, edge) / COARSE, 1, 3))  # a wide stroke's tube: coarser
    small = m if f == 1 else np.asarray(Image.fromarray(m, "F").reduce(f))
    inside = small > 0.5
    d = distance_transform_edt(inside).astype(np.float32)
    half = float(np.percentile(d[inside], 97)) if inside.any() else 1.0
    t = np.clip(d / max(half, 1.0), 0, 1)
    profile = np.sqrt(1 - (1 - t) ** 2)
    soft = ROUND if f == 1 else WIDE_ROUND
    h = gaussian_filter(profile, max(0.7, half * soft), truncate=2.5) * half  # float:
    # 8-bit heights step into terraces on a big letter
    if ripple is not None:  # as steep on any size of letter
        grid = Image.fromarray(ripple.astype(np.float32), "F")
        wave = np.asarray(grid.resize((small.shape[1], small.shape[0]), Image.Resampling.BICUBIC))
        cell = min(small.shape[1] / RIPPLE[1], small.shape[0] / RIPPLE[0])
        h = h + wave * depth * min(half, SWELL * cell) * small
    if f > 1:
        h = np.asarray(Image.fromarray(h * f, "F").resize((m.shape[1], m.shape[0]), BICUBIC))
    gy, gx = np.gradient(h)
    norm = np.sqrt(gx * gx + gy * gy + 1)
    return -gx / norm, -gy / norm, 1 / norm


def _world(rx: np.ndarray, e: np.ndarray, side: float) -> np.ndarray:
    """What the chrome mirrors, by the reflected ray's sideways share `rx` and its
    elevation `e` (negative up): a sky brightest at the horizon, a hard bright
    horizon line, a dark ground lifting far off; a bright softbox window high on the
    light's side, a dark wall on the other."""
    sky = 1.0 - 0.8 * np.clip(-e / 0.8, 0, 1) ** 0.8
    window = (e < -0.5) & (e > -0.72) & (np.abs(rx - 0.3 * side) < 0.5)
    sky = np.maximum(sky, window.astype(np.float32))
    sky = sky * (1 - 0.55 * np.clip((-rx * side - 0.35) / 0.05, 0, 1))
    ground = 0.03 + 0.35 * np.clip((e - LINE) / 1.2, 0, 1) ** 1.2
    return np.where(e < 0, sky, np.where(e < LINE, 1.0, ground))
