"""The carving's mirror ball (a title naming one: Mirrorball Boogie was a faint sweep
of lines on plum, "an abstract field pasted on" for reviewers): a sphere tiled in
square facets, rows of them along its latitudes, each a flat tile lit from the upper
left in silver (the lead ink's hue), a few throwing back the accent or the second ink and a
few blazing white, with dark grout between, hung from a cord out of the frame.

Every count is in facets and every width in the ball's radius, so the ball is the
same at 1024 and 3000 px.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine import raster
from sleeve.engine.raster import RGB

ROWS = 15  # rows of facets pole to pole (11 read as a tiled beach ball)
GROUT = 0.09  # the grout's share of a facet
LIGHT = np.array((-0.45, -0.55, 0.7)) / np.linalg.norm((-0.45, -0.55, 0.7))
TINTED, GLINTS = 0.09, 0.05  # the shares of facets throwing back a colour, or white
WHITE = (250, 250, 246)


def ball(
    img: Image.Image,
    centre: tuple[float, float],
    r: float,
    inks: list[RGB],
    rng: np.random.Generator,
    cord: bool,
) -> None:
    """Draw the mirror ball of radius `r` at `centre` (fractions of the side) over
    `img`; `cord`: hang it from a cord up to the frame's top edge."""
    size = img.size[0]
    cx, cy = centre[0] * size, centre[1] * size
    rad = r * size
    if cord:  # drawn first: the ball hides its foot
        draw = ImageDraw.Draw(img)
        draw.line((cx, 0, cx, cy), fill=inks[0], width=max(1, round(rad * 0.025)))
    left, top = max(int(cx - rad) - 1, 0), max(int(cy - rad) - 1, 0)
    right, bottom = min(int(cx + rad) + 2, size), min(int(cy + rad) + 2, size)
    y, x = np.mgrid[top:bottom, left:right].astype(np.float32) + 0.5
    dx, dy = (x - cx) / rad, (y - cy) / rad
    d = np.hypot(dx, dy)
    cover = np.clip((1.0 - d) * rad + 0.5, 0.0, 1.0)  # anti-aliased rim
    dz = np.sqrt(np.clip(1.0 - d * d, 0.0, 1.0))
    lat = np.arcsin(np.clip(dy, -1.0, 1.0)) / np.pi + 0.5  # 0..1 pole to pole
    row_f = lat * ROWS
    row = np.minimum(row_f.astype(np.int32), ROWS - 1)
    # facets across the visible half of each row, fewer towards the poles (squares)
    mid = np.cos((row + 0.5) / ROWS * np.pi - np.pi / 2)
    cols = np.maximum(np.rint(ROWS * mid), 1.0)
    ring = np.sqrt(np.clip(1.0 - dy * dy, 1e-6, 1.0))
    lon = np.arcsin(np.clip(dx / ring, -1.0, 1.0)) / np.pi + 0.5
    col_f = lon * cols
    col = col_f.astype(np.int32)
    grout = (np.minimum(row_f % 1.0, 1.0 - row_f % 1.0) < GROUT / 2) | (
        np.minimum(col_f % 1.0, 1.0 - col_f % 1.0) < GROUT / 2
    )
    # each facet's tilt and what it throws back, from the seed (a fixed table)
    jitter = rng.uniform(-0.12, 0.12, (ROWS, ROWS + 1))
    pick = rng.random((ROWS, ROWS + 1))
    cell = (row, np.minimum(col, ROWS))
    # a flat tile is lit by its centre's normal: shade by the facet centre's position
    lat_c = ((row + 0.5) / ROWS - 0.5) * np.pi
    lon_c = ((col + 0.5) / cols - 0.5) * np.pi
    normal = (np.cos(lat_c) * np.sin(lon_c), np.sin(lat_c), np.cos(lat_c) * np.cos(lon_c))
    lit = sum(n * float(v) for n, v in zip(normal, LIGHT, strict=True))
    shade = np.clip(np.clip(lit, 0.0, 1.0) ** 1.6 + jitter[cell], 0.0, 1.0)
    dark = np.asarray(raster.tone(inks[0], 0.22, 0.02), np.float32)
    silver = np.asarray(raster.tone(inks[0], 0.9, 0.025), np.float32)
    rgb = dark + shade[..., None] * (silver - dark)
    chosen = pick[cell]
    rgb[chosen < TINTED] = inks[2]
    rgb[(chosen >= TINTED) & (chosen < 1.6 * TINTED)] = inks[1]
    rgb[(chosen > 1.0 - GLINTS) & (shade > 0.5)] = WHITE
    rgb[grout] = dark * 0.7
    rgb *= (0.55 + 0.45 * dz)[..., None]  # the rim falls away into the dark
    area = np.asarray(img.crop((left, top, right, bottom)), np.float32)
    out = area + cover[..., None] * (rgb - area)
    img.paste(Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), (left, top))
