"""The onset grid's mirror ball: a big faceted ball hung in the dark, tilted toward the
viewer, its facets in the mass colour (the lit side) and the field's shadow, and the
song's bars across it: a facet row a bar, a facet column a sixteenth, a played step's
facet flashing in the ink (the accent on the downbeats). The hardest hits throw
four-pointed glints into the room and the downbeats a long ray of light."""

from __future__ import annotations

import numpy as np

from sleeve.engine import raster
from sleeve.engine.color import blend, rgb_to_oklch
from sleeve.engine.raster import RGB
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.onset_marks import KEEP_OUT, TURN, Sheet, busiest

FLASH = 0.55  # a hit this hard flashes its facet
LIGHT = np.array([-0.45, -0.55, 0.7])  # from the upper left, toward the viewer


def _glint(sheet: Sheet, x: float, y: float, r: float, colour: RGB) -> None:
    """A four-pointed star."""
    a = np.linspace(0, 2 * np.pi, 9)[:-1]
    rad = np.where(np.arange(8) % 2 == 0, r, r * 0.22)
    sheet.poly(np.stack([x + rad * np.sin(a), y - rad * np.cos(a)], 1), colour)


def ball(sheet: Sheet, hits: np.ndarray) -> Box:
    """The ball (module docstring), hung from its wire (none through a title above).
    Returns the focal box (the ball and its glints)."""
    rng = sheet.rng
    first, last = sheet.band
    if rng.random() < 0.45:  # close up: a huge ball cropped by the frame's corner
        r = float(rng.uniform(0.36, 0.44))
        cx = float(rng.uniform(0.7, 0.84))
        cy = (
            last - r * float(rng.uniform(0.55, 0.8))
            if sheet.top
            else r * float(rng.uniform(0.2, 0.6))
        )
        cy = max(cy, first + r + 0.02) if sheet.top else min(cy, last - r - 0.03)
    else:
        r = float(rng.uniform(0.22, 0.27))
        cy = (first + last) / 2 + (0.02 if sheet.top else -0.01)
        cy = float(np.clip(cy, first + r + 0.03, last - r - 0.03)) if sheet.top else cy
        cx = float(rng.uniform(0.5, 0.66))
    tilt = float(rng.uniform(0.3, 0.5))  # radians, the top toward the viewer
    rows = int(rng.choice((11, 12, 13)))
    bars = rows
    first_bar = busiest(hits, bars)
    grid = np.resize(np.roll(hits, -first_bar, axis=0), (bars, 16))
    lit = sheet.mass if sheet.mass != sheet.ink else blend(sheet.field, sheet.ink, 0.55)
    shadow = blend(sheet.field, lit, 0.4)
    flash = sheet.ink
    if rgb_to_oklch(sheet.field)[0] >= 0.6:  # a light or vivid field: an ink ball, lit white
        lit, shadow = sheet.ink, blend(sheet.field, sheet.ink, 0.6)
        flash = raster.tone(sheet.field, 0.97, 0.02)
    if not sheet.top:  # the wire, up out of the frame (never through a title above)
        sheet.line(np.array([(cx, cy - r), (cx, -0.01)]), 0.006, sheet.ink)
    sheet.box(cx - 0.018, cy - r - 0.025, cx + 0.018, cy - r + 0.01, sheet.ink)
    sheet.disc(cx, cy, r, sheet.field)
    lat = np.linspace(-np.pi / 2, np.pi / 2, rows + 1)
    lon = np.linspace(-np.pi, np.pi, 33)  # 16 facets across the visible half
    spin = float(rng.uniform(0, np.pi / 16))
    ct, st = np.cos(tilt), np.sin(tilt)
    glints: list[tuple[float, float, float, RGB]] = []
    gap = 0.14
    dl, dn = (lat[1] - lat[0]) * gap, np.pi / 32 * gap
    la = np.stack([lat[:-1] + dl, lat[:-1] + dl, lat[1:] - dl, lat[1:] - dl], -1)  # (rows, 4)
    lo = np.stack([lon[:-1] + dn, lon[1:] - dn, lon[1:] - dn, lon[:-1] + dn], -1) + spin
    la, lo = la[:, None, :], lo[None, :, :]  # every facet's four corners: (rows, 32, 4)
    px, py, pz = np.cos(la) * np.sin(lo), -np.sin(la) + 0 * lo, np.cos(la) * np.cos(lo)
    y2, z2 = py * ct + pz * st, -py * st + pz * ct
    normals = np.stack([px.mean(-1), y2.mean(-1), z2.mean(-1)], -1)
    shades = normals @ LIGHT
    corners = np.stack([cx + r * px, cy + r * y2], -1)  # (rows, 32, 4, 2)
    for i, j in zip(*np.nonzero(normals[..., 2] > 0.05), strict=True):
        step = (int(j) - 8) % 16  # the visible half reads 0..15 left to right
        v = float(grid[i % bars, step])
        if v >= FLASH or (step == 0 and v >= TURN):
            colour = sheet.colour(step, v, flash)
            if len(glints) < 24:
                glints.append((float(normals[i, j, 0]), float(normals[i, j, 1]), v, colour))
        else:
            colour = lit if shades[i, j] > 0.0 else shadow
        sheet.poly(corners[i, j], colour)
    for nx, ny, v, colour in glints:  # thrown out along the facet's normal
        d = float(np.hypot(nx, ny)) or 1.0
        reach = float(rng.uniform(r * 1.2, r + 0.45))
        gx, gy = cx + nx / d * reach, cy + ny / d * reach
        size = r * (0.1 + 0.14 * v)
        if not (0.02 < gx < 0.98 and first + size < gy < last - size):
            continue
        _glint(sheet, gx, gy, size, colour)
    box = (cx - r * 2.4, max(first, cy - r * 2.4), min(1.0, cx + r * 2.4), min(last, cy + r * 2.4))
    if sheet.top:
        box = (box[0], max(box[1], KEEP_OUT), box[2], box[3])
    return (max(box[0], 0.0), box[1], box[2], box[3])
