"""The cartouche: an engraved seascape in a ruled plate under a flat spot-colour panel
that holds the title (the yellow label idiom): a sky of ruled lines clouded by the
seed, a headland whose ridge is the song's loudness, cross-hatched, and a sea of rules
drawn closer toward the horizon whose waves swell where the song is loud."""

from __future__ import annotations

import numpy as np

from sleeve.engine import raster, signals
from sleeve.engine.styles.cover_parts.engrave_hatch import (
    COARSE,
    Plate,
    rules,
    smooth_mask,
    stroke,
)

Box = tuple[float, float, float, float]
MARGIN = 0.07  # the plate's inset from the frame's sides


def _panel(plate: Plate) -> None:
    """The title's band as a flat panel from the frame's edge, closed by a double rule."""
    side = plate.side
    _, y = plate.grid()
    depth = plate.band - 0.025
    edge = depth - y if plate.top else y - (1.0 - depth)  # positive inside the panel
    plate.flat[:] = np.clip(edge * side + 0.5, 0.0, 1.0)  # one column, across the width
    line = max(1.5 / side, 0.004)
    plate.ink(stroke(edge, side, line))
    plate.ink(stroke(edge + 0.012, side, line * 0.45))


def draw(plate: Plate) -> Box:
    """The panel, the ruled plate and its seascape; returns the plate's box."""
    _panel(plate)
    side = plate.side
    rng = plate.rng
    d = plate.direction
    y0, y1 = plate.art_span()
    box = (MARGIN, y0 + 0.035, 1.0 - MARGIN, y1 - 0.06)
    bx0, by0, bx1, by1 = box
    plate.focus((bx0 - 0.01, by0 - 0.01, bx1 + 0.01, by1 + 0.01))
    x, y = plate.grid()
    oval = bool(rng.random() < 0.4)  # an oval medallion, else a ruled rectangle
    dist = _outline(x, y, box, oval)
    # the frame: a heavy rule and a hairline inside it
    line = max(1.5 / side, 0.004)
    plate.ink(stroke(dist, side, line * 2.0))
    plate.ink(stroke(dist + 0.012, side, line * 0.5))
    inner = (bx0 + 0.018, by0 + 0.018, bx1 - 0.018, by1 - 0.018)
    ix0, iy0, ix1, iy1 = inner
    field = smooth_mask(_outline(x, y, inner, oval), side)
    horizon = iy0 + (iy1 - iy0) * float(rng.uniform(0.4, 0.55))
    spacing = 0.0095 - 0.0025 * d.density
    # the sky: rules heavier toward the top, clouded by a soft noise the seed draws
    t = np.clip((y - iy0) / max(horizon - iy0, 1e-3), 0.0, 1.0)
    cloud = plate.up(raster.fractal_noise(rng, cells=3, octaves=3, res=COARSE))
    sky_tone = (0.12 + 0.5 * (1.0 - t) ** 1.6) * (0.35 + 0.9 * np.clip(cloud - 0.3, 0.0, 1.0))
    if plate.inks.dark:  # a pale ink draws light: a night sky keeps few, fine rules
        sky_tone = sky_tone * 0.4
    plate.ink(rules(plate, sky_tone * field * (y < horizon), spacing * 0.9, 0.0))
    # the sea: rules closing toward the horizon, their waves the loudness along x
    curve = signals.smooth(signals.energy(d, 96), 2)
    loud = np.interp(x, np.linspace(ix0, ix1, 96), curve)
    near = np.clip((y - horizon) / max(iy1 - horizon, 1e-3), 0.0, 1.0)
    depth = 0.09 * np.log1p(near * 8.0)  # perspective: rules crowd near the horizon
    k = np.floor(depth / spacing + 0.5)  # each rule its own phase and swell
    freq = (50.0 - 24.0 * near) * (1.0 + 0.35 * np.sin(k * 1.31))
    wave = (0.0008 + 0.0028 * near) * (0.2 + loud) * np.sin(x * freq + k * 2.39996)
    sea_tone = 0.16 + 0.4 * near
    sea = field * (y >= horizon)
    # the rules' spacing on the page: depth runs slower than y toward the viewer
    grad = np.maximum(0.72 / (1.0 + 8.0 * near) / max(iy1 - horizon, 1e-3), 0.05)
    plate.ink(rules(plate, sea_tone * sea, spacing, 0.0, depth - y + wave, grad))
    _headland(plate, field, horizon, inner, spacing, curve)
    plate.focus(None)
    return box


def _outline(x: np.ndarray, y: np.ndarray, box: Box, oval: bool) -> np.ndarray:
    """Signed distance (share of the side, negative inside) to a box or its oval."""
    x0, y0, x1, y1 = box
    if not oval:
        return np.maximum(np.maximum(x0 - x, x - x1), np.maximum(y0 - y, y - y1))
    rx, ry = (x1 - x0) / 2, (y1 - y0) / 2
    r = np.hypot((x - (x0 + x1) / 2) / rx, (y - (y0 + y1) / 2) / ry)
    return (r - 1.0) * min(rx, ry)


def _headland(
    plate: Plate,
    field: np.ndarray,
    horizon: float,
    inner: Box,
    spacing: float,
    curve: np.ndarray,
) -> None:
    """A headland on one side whose ridge is the song's loudness, falling to the sea,
    cross-hatched darker in its shade."""
    side = plate.side
    rng = plate.rng
    ix0, iy0, ix1, iy1 = inner
    x, y = plate.grid()
    left = bool(rng.random() < 0.5)
    u = (x - ix0) / (ix1 - ix0)
    u = u if left else 1.0 - u  # 0 at the headland's side
    reach = float(rng.uniform(0.45, 0.7))
    fall = np.clip(1.0 - u / reach, 0.0, 1.0) ** 0.6
    ridge = np.interp(u, np.linspace(0, reach, len(curve)), curve)
    height = (horizon - iy0) * 0.85 * fall * (0.5 + 0.5 * ridge) * (fall > 0)
    top = horizon - height
    sd = (top - y) * (fall > 0) + (1.0 - (fall > 0)) * 1.0
    land = smooth_mask(sd, side) * (y < horizon) * field
    plate.erase(land)
    shade = np.clip(0.4 + 0.6 * (y - top) / np.maximum(height, 1e-3), 0.0, 1.0)
    plate.ink(rules(plate, (0.35 + 0.5 * shade) * land, spacing * 0.85, 0.6 if left else -0.6))
    deep = np.clip(shade - 0.55, 0.0, 1.0) * 1.8 * land
    plate.ink(rules(plate, deep, spacing * 0.85, -0.5 if left else 0.5))
    line = max(1.5 / side, 0.003)
    plate.ink(stroke(np.where(fall > 0, sd, 1.0), side, line) * field * (y <= horizon + 0.002))
