"""The topographic style's quadrangle: a cropped detail of the song's terrain printed
as one survey sheet, with its furniture: a double neatline, a kilometre grid in the
accent, ticks and grid numbers in the collar (from the song's tempo and key, so two
songs never share a sheet), spot heights at the highest summits. The collar outside
the neatline is where the title sits.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine import fonts
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts.topo_inks import Inks

F32 = np.float32
BOXES = {  # the map's neatline (x0, y0, x1, y1, share of the side) for a title zone
    "top": (0.07, 0.4, 0.93, 0.93),
    "bottom": (0.07, 0.07, 0.93, 0.6),
    "right": (0.07, 0.07, 0.6, 0.93),
    "centre": (0.07, 0.07, 0.93, 0.93),
}
CELLS = 5  # grid squares along the neatline's longer side


def box(zone: str) -> tuple[float, float, float, float]:
    """The neatline's box for a title zone."""
    return BOXES[zone]


def _numbers(direction: ArtDirection) -> tuple[int, int]:
    """The sheet's first easting and northing: the tempo and the key's place."""
    key = direction.key if direction.key is not None else direction.seed % 12
    return int(round(direction.tempo_bpm)) * 3 % 900 + 100, 520 + key * 37 % 400


def sheet(
    img: np.ndarray, direction: ArtDirection, inks: Inks, zone: str, peaks: list[tuple]
) -> Image.Image:
    """The map `img` (float RGB, work px) cut to its neatline on the paper, with the
    grid, the ticks, the grid numbers and the spot heights at `peaks` ((x, y, metres),
    share of the side)."""
    work = img.shape[0]
    x0, y0, x1, y1 = (int(round(v * work)) for v in box(zone))
    out = np.empty_like(img)
    out[:] = np.asarray(inks.paper, F32)
    out[y0:y1, x0:x1] = img[y0:y1, x0:x1]
    canvas = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "RGB")
    draw = ImageDraw.Draw(canvas)
    line, accent = tuple(inks.line), tuple(inks.accent)
    thin = max(1, round(work / 700))
    step = max(x1 - x0, y1 - y0) / CELLS
    face = fonts.title_face("0123456789", "mono", 500.0).sized(max(6, round(work * 0.019)))
    east, north = _numbers(direction)
    for k in range(1, CELLS + 1):
        gx, gy = x0 + k * step, y1 - k * step
        if gx < x1 - 2:
            draw.line([(gx, y0), (gx, y1)], fill=accent, width=thin)
            draw.line([(gx, y1), (gx, y1 + 3 * thin)], fill=line, width=thin)
            draw.text((gx, y1 + 4 * thin), f"{east + k:03d}", fill=line, font=face, anchor="mt")
        if gy > y0 + 2:
            draw.line([(x0, gy), (x1, gy)], fill=accent, width=thin)
            draw.line([(x1, gy), (x1 + 3 * thin, gy)], fill=line, width=thin)
            draw.text((x1 + 4 * thin, gy), f"{north + k:03d}", fill=line, font=face, anchor="lm")
    for x, y, metres in peaks:
        px, py = x * work, y * work
        if not (x0 + 8 < px < x1 - 30 and y0 + 8 < py < y1 - 8):
            continue
        r = max(2.0, work * 0.007)
        draw.polygon([(px, py - r), (px - r, py + r * 0.8), (px + r, py + r * 0.8)], fill=line)
        draw.text((px + 1.6 * r, py), f"{metres}", fill=line, font=face, anchor="lm")
    draw.rectangle([x0, y0, x1, y1], outline=line, width=max(2, 3 * thin))
    pad = max(3, round(work * 0.012))
    draw.rectangle([x0 - pad, y0 - pad, x1 + pad, y1 + pad], outline=line, width=thin)
    return canvas


def summits(e: np.ndarray, count: int, height: int) -> list[tuple[float, float, int]]:
    """The `count` highest local summits of `e` (RES x RES) as (x, y, metres)."""
    from scipy import ndimage

    top = (e == ndimage.maximum_filter(e, size=15)) & (e > 0.3)
    ys, xs = np.nonzero(top)
    order = np.argsort(-e[ys, xs], kind="stable")[:count]
    n = e.shape[0]
    return [(xs[i] / n, ys[i] / n, int(round(float(e[ys[i], xs[i]]) * height))) for i in order]
