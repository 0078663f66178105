"""Flow field's confluence, a streamline print for flow_lines: two rivers of lines
pour in from the upstream edge (two sources in a stream) and run on side by side as
one, each in its own ink, the seam between them in the accent; the louder half of the
song the wider river, the merged river rising and falling with the energy curve
downstream. (The dipole's field lines between two poles and the summit's wind over a
hump are retired: reviewers read the dipole as more lines round a disc, and the summit
came back as the same stripes over a hump; the range's hatched hills replace it.)

It returns the stream function (res x res), its focal mark and the focal box, in
fractions of the side, y down; `calm` is the title's band, the structure kept off it.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from sleeve.engine import compose, raster, signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB
from sleeve.engine.styles.cover_parts import flow_lines

Box = tuple[float, float, float, float]
FIGURES = ("confluence",)


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


def paint(
    img: Image.Image,
    name: str,
    direction: ArtDirection,
    rng: np.random.Generator,
    inks: list[RGB],
    calm: Box,
) -> Box:
    """Draw the figure `name` on `img` in the lead, second and accent `inks` (flow_lines'
    bold tapered lines); returns the focal box. The smooth field is computed at half
    the side and scaled up."""
    size = img.size[0]
    half = max(size // 2, 16)
    energy = float(np.clip(direction.energy, 0.0, 1.0))
    warp = flow_lines.noise(rng, half, 2 + int(energy > 0.6))
    if name != "confluence":
        raise ValueError(name)
    psi, bare, seam, box = confluence(direction, rng, half, calm, warp)
    psi = flow_lines.upscale(psi, size)
    river = flow_lines.river(direction)[0]  # lines each side of the seam
    lines = min(river / (0.36 + 0.16 * energy), size / 5.0)
    weight = max(2.0, size / lines / 2.0 * (0.42 + 0.16 * direction.density))
    width = flow_lines.taper(size, seam, 0.55, calm, 0.55) * flow_lines.upscale(bare, size)
    flow_lines.draw(img, psi, lines, weight, inks, calm, rng, None, seam, width, river, split=True)
    return compose.clip_box(box)
