"""Pixel sort's source pictures and inks: a procedural image (a bold gradient orb, a
sunset, chrome bands, big flat shapes) to be sorted, in the genre's colours: neon and
chrome for hyperpop, light mono with one red for IDM and glitch, dark mono for techno,
the palette otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from sleeve.engine import raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB

SOURCES = ("orb", "sunset", "chrome", "shapes")
NEON = ("hyperpop", "digicore")
LIGHT_MONO = ("idm", "glitch", "experimental")
DARK_MONO = ("techno", "minimal", "industrial")
NEON_INKS: tuple[RGB, ...] = ((255, 0, 229), (0, 255, 209), (255, 245, 0))
CHROME: tuple[RGB, ...] = (
    (18, 19, 24),
    (92, 96, 108),
    (236, 238, 244),
    (140, 144, 156),
    (250, 250, 252),
)


@dataclass(frozen=True)
class Inks:
    """A source's colours: the field (dark to light), the hot subject colour (the orb,
    the sun, the lead shape) and the chrome ramp."""

    field: tuple[RGB, ...]
    hot: tuple[RGB, ...]
    chrome: tuple[RGB, ...]


def inks_for(direction: ArtDirection) -> Inks:
    """The genre's inks: neon + chrome, light mono + one red, dark mono, or the palette."""
    pal = direction.palette
    tags = (direction.language.subgenre, direction.genre)
    vivid = raster.vivid
    if any(t in NEON for t in tags):
        turn = direction.seed % 3  # which neon leads
        neon = NEON_INKS[turn:] + NEON_INKS[:turn]
        deep = raster.tone(neon[0], 0.18, 0.1)
        return Inks(
            (deep, neon[0], (192, 192, 200), (250, 250, 255)), (neon[1], (255, 255, 255)), CHROME
        )
    if any(t in LIGHT_MONO for t in tags):
        red = (255, 59, 31)
        return Inks(
            ((250, 250, 248), (232, 232, 230), (154, 154, 154), (20, 20, 20)),
            (red, (255, 150, 120)),
            ((24, 24, 24), (120, 120, 120), (246, 246, 244), (90, 90, 90), (255, 255, 255)),
        )
    dark = any(t in DARK_MONO for t in tags) or (
        direction.genre == "electronic" and _lightness(pal.background) < 0.3
    )
    if dark:
        spot = (
            vivid(pal.accent, 0.62, 0.2) if rgb_to_oklch(pal.accent)[1] > 0.08 else (189, 189, 189)
        )
        return Inks(
            ((4, 4, 4), (26, 26, 26), (70, 70, 70), (189, 189, 189)),
            (spot, (230, 230, 230)),
            ((6, 6, 6), (50, 50, 50), (200, 200, 200), (30, 30, 30), (160, 160, 160)),
        )
    field = (
        raster.tone(pal.background, 0.16, 0.05),
        pal.colors[0],
        pal.colors[1 % len(pal.colors)],
        raster.tone(pal.colors[-1], 0.94, 0.04),
    )
    tinted = (field[0], pal.colors[0], (246, 244, 240), field[2], (255, 255, 255))  # palette chrome
    return Inks(field, (vivid(pal.accent, 0.72, 0.2), (255, 248, 236)), tinted)


def _lightness(colour: RGB) -> float:
    return rgb_to_oklch(colour)[0]


def _grid(res: int) -> tuple[np.ndarray, np.ndarray]:
    c = (np.arange(res, dtype=np.float32) + 0.5) / res
    return c[None, :], c[:, None]


def _paint(field: np.ndarray, stops: tuple[RGB, ...]) -> np.ndarray:
    """A 0..1 field through a colour ramp, as float RGB."""
    return raster.apply_lut(field, raster.color_lut(stops)).astype(np.float32) / 255.0


def source(
    kind: str, inks: Inks, rng: np.random.Generator, res: int
) -> tuple[np.ndarray, np.ndarray, tuple[float, float, float]]:
    """The source picture (res, res, 3) in 0..1, the mask of its subject (the orb, sun
    or lead shape) and where that subject is (x, y, radius)."""
    x, y = _grid(res)
    cx, cy = rng.uniform(0.3, 0.7), rng.uniform(0.3, 0.55)
    r = rng.uniform(0.18, 0.3)
    d = np.sqrt((x - cx) ** 2 + (y - cy) ** 2)
    subject = d < r
    if kind == "orb":
        back = _paint(
            np.clip(raster.linear_field(rng.uniform(0, 360), res) * 0.8, 0, 1), inks.field[:3]
        )
        orb = _paint(np.clip(d / r, 0, 1) ** 1.5, (inks.hot[1], inks.hot[0], inks.field[1]))
        img = np.where(subject[..., None], orb, back)
    elif kind == "sunset":
        cy, r = rng.uniform(0.42, 0.6), rng.uniform(0.14, 0.24)
        horizon = cy + r * rng.uniform(0.0, 0.6)
        d = np.sqrt((x - cx) ** 2 + (y - cy) ** 2)
        subject = (d < r) & (y < horizon)
        sky = _paint(
            np.clip(y / horizon, 0, 1) + 0 * x, (inks.field[0], inks.field[1], inks.field[2])
        )
        sun = _paint(np.clip((y - (cy - r)) / (2 * r), 0, 1) + 0 * x, (inks.hot[1], inks.hot[0]))
        sea = _paint(
            np.clip((y - horizon) / (1 - horizon), 0, 1) + 0 * x, (inks.field[1], inks.field[0])
        )
        img = np.where(subject[..., None], sun, np.where((y < horizon)[..., None], sky, sea))
    elif kind == "chrome":
        noise = raster.fractal_noise(rng, cells=3, octaves=3, res=res)
        across = (y + 0 * x, x + 0 * y, (x + y) / 1.4, d * 1.6)[int(rng.integers(4))]
        bands = 0.5 + 0.5 * np.sin(2 * np.pi * (across * rng.uniform(1.2, 2.6) + 0.35 * noise))
        img = _paint(bands, inks.chrome)  # rolling, slanted or ringed chrome
        subject &= rng.random() < 0.6  # with the hot orb, or chrome alone
        img = np.where(
            subject[..., None], _paint(np.clip(d / r, 0, 1), (inks.hot[1], inks.hot[0])), img
        )
    else:
        img, subject = _shapes(inks, rng, x, y, subject, d < r * 0.55)
    grit = raster.fractal_noise(rng, cells=48, octaves=1, res=res)[..., None] - 0.5
    img = np.clip(img * (1.0 + 0.08 * grit), 0.0, 1.0)  # a fine texture for the streaks
    return img.astype(np.float32), subject, (float(cx), float(cy), float(r))


def _shapes(
    inks: Inks,
    rng: np.random.Generator,
    x: np.ndarray,
    y: np.ndarray,
    disc: np.ndarray,
    hole: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """Big flat shapes: one to three tall bars, a wedge rising or hanging (or none), and
    the round subject, a disc or a ring. Returns the picture and the subject's mask."""
    ink = [np.asarray(c, np.float32) / 255.0 for c in inks.field]
    img = _paint(np.clip(y * 0.6 + 0 * x, 0, 1), inks.field[:2])
    for i in range(int(rng.integers(1, 4))):
        bx, bw = rng.uniform(0.02, 0.8), rng.uniform(0.05, 0.28)
        bar = (x >= bx) & (x <= bx + bw) & (y >= rng.uniform(0.0, 0.4))
        img = np.where(bar[..., None], ink[2 + i % 2], img)
    tip, side = rng.uniform(0.2, 0.8), rng.random()
    if side < 0.7:
        wedge = (
            (y > 0.45 + 0.9 * np.abs(x - tip)) if side < 0.35 else (y < 0.6 - 0.9 * np.abs(x - tip))
        )
        img = np.where(wedge[..., None], ink[3], img)
    subject = disc & ~hole if rng.random() < 0.3 else disc
    img = np.where(subject[..., None], _paint(y + 0 * x, (inks.hot[1], inks.hot[0])), img)
    return img, subject
