"""Wood type: a letterpress poster's carved blocks (bands, a sunburst, a bullseye,
stacked chevrons) in two or three inks on cream stock, with worn, uneven ink and a
little misregistration. The title (set by the typography in a slab or poster face)
gets the calm band the blocks leave.

energy -> the composition (calm: bands and bullseye; loud: sunburst and chevrons);
the energy curve -> how thick each band or ring is (one per section of the song);
density -> how many blocks; loudness -> how hard the ink is pressed (wear); tempo
-> how many rays or chevrons; seed -> which inks, which way things face, where
the open band is.
"""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import compose, raster, signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, StyleInfo

STYLE = StyleInfo(
    name="wood_type",
    family="graphic",
    fits=("folk", "world", "rock", "jazz", "pop", "hiphop"),
)

LAYOUTS = ("bands", "bullseye", "sunburst", "chevrons")


def _star(cx: float, cy: float, r: float) -> list[float]:
    pts = []
    for k in range(10):
        a = -np.pi / 2 + k * np.pi / 5
        rr = r if k % 2 == 0 else r * 0.42
        pts += [cx + rr * np.cos(a), cy + rr * np.sin(a)]
    return pts


def _draw(direction: ArtDirection, size: int) -> Artwork:
    """The wood-type art at `size`, before the finish."""
    rng = raster.rng_for(direction, "wood")
    pal = direction.palette
    layout = compose.pick(rng, LAYOUTS, direction.energy)
    paper = raster.ground(pal.background, 0.93, 0.03)
    inks = [
        raster.vivid(pal.colors[0], 0.5, 0.16),
        raster.tone(pal.colors[1 % len(pal.colors)], 0.3, 0.08),
        raster.vivid(pal.accent, 0.62, 0.17),
    ]
    img = Image.new("RGB", (size, size), paper)
    draw = aggdraw.Draw(img)
    s = size
    open_top = rng.random() < 0.5  # the title's band
    y0, y1 = (0.36, 0.93) if open_top else (0.07, 0.64)
    focal = (0.06, y0, 0.94, y1)
    if layout == "bands":  # bars as thick as the song's sections are loud, a row of stars
        n = 2 + round(3 * direction.density)
        song = signals.energy(direction, n)
        weights = 0.5 + song
        gap = 0.35 * (y1 - y0) / n
        heights = weights / weights.sum() * (y1 - y0 - gap * n)
        stars_first = rng.random() < 0.5
        y = y0 + (gap if stars_first else 0.0)
        for i in range(n):
            draw.rectangle(
                (0.06 * s, y * s, 0.94 * s, (y + heights[i]) * s), aggdraw.Brush(inks[i % 2])
            )
            y += heights[i] + gap
        stars = 4 if direction.tempo_bpm >= 90 else 3  # the beats of a bar
        yy = y0 + gap * 0.45 if stars_first else y1 - gap * 0.55
        for k in range(stars):
            x = 0.06 + (k + 0.5) * 0.88 / stars
            draw.polygon(_star(x * s, yy * s, gap * 0.5 * s), aggdraw.Brush(inks[2]))
    elif layout == "bullseye":  # rings as wide as the song's sections are loud
        reach = (y1 - y0) / 2 * (0.75 + 0.55 * direction.energy)
        cx, cy = rng.uniform(0.2, 0.8), (y0 + y1) / 2 + rng.uniform(-0.05, 0.05)
        rings = 3 + round(4 * direction.density)
        widths = 0.4 + signals.energy(direction, rings)
        edges = np.cumsum(widths[::-1]) / widths.sum() * reach
        for i in range(rings, 0, -1):
            r = float(edges[i - 1])
            draw.ellipse(
                ((cx - r) * s, (cy - r) * s, (cx + r) * s, (cy + r) * s),
                aggdraw.Brush(inks[i % 2] if i > 1 else inks[2]),
            )
        focal = compose.around(cx, cy, reach)
    elif layout == "sunburst":
        cx, cy = rng.uniform(0.3, 0.7), y1
        rays = int(np.clip(round(direction.tempo_bpm / 8), 10, 22))
        for k in range(rays):
            if k % 2:
                continue
            a0 = np.pi + np.pi * k / rays
            a1 = np.pi + np.pi * (k + 1) / rays
            R = 1.4
            draw.polygon(
                [
                    cx * s,
                    cy * s,
                    (cx + R * np.cos(a0)) * s,
                    (cy + R * np.sin(a0)) * s,
                    (cx + R * np.cos(a1)) * s,
                    (cy + R * np.sin(a1)) * s,
                ],
                aggdraw.Brush(inks[0]),
            )
        r = 0.12 + 0.08 * direction.density
        draw.ellipse(
            ((cx - r) * s, (cy - r) * s, (cx + r) * s, (cy + r) * s), aggdraw.Brush(inks[2])
        )
        if not open_top:
            draw.flush()
            img = img.transpose(Image.Transpose.FLIP_TOP_BOTTOM)
            draw = aggdraw.Draw(img)
        focal = (0.0, 0.36, 1.0, 1.0) if open_top else (0.0, 0.0, 1.0, 0.64)
    else:  # chevrons marching across the band, one per beat of a bar or two
        n = int(np.clip(round(direction.tempo_bpm / 30), 3, 7))
        w = 0.88 / n
        t = w * (0.35 + 0.25 * direction.density)
        h = min(y1 - y0, 0.45)
        top = y0 + ((y1 - y0) - h) / 2
        flip = rng.random() < 0.5
        for i in range(n):
            x = 0.06 + i * w
            xs = [x, x + t, x + w, x + t, x, x + w - t]
            if flip:
                xs = [2 * x + w - v for v in xs]
            ys = [top, top, top + h / 2, top + h, top + h, top + h / 2]
            pts = [v * s for pair in zip(xs, ys, strict=True) for v in pair]
            draw.polygon(pts, aggdraw.Brush(inks[2] if i == n - 1 else inks[i % 2]))
    draw.flush()
    # worn ink: paper shows through where the block was pressed lightly
    wear = raster.fractal_noise(rng, cells=24, octaves=2, res=256)
    light = np.clip((wear - (0.75 - 0.2 * (1 - direction.loudness))) * 4, 0, 1)
    base_img = Image.new("RGB", (size, size), paper)
    img = raster.blend(img, base_img, raster.upscale(light.astype(np.float32) * 0.6, size))
    img = raster.multiply(img, raster.paper(raster.rng_for(direction, "wood-paper"), 0.1))
    return Artwork(img, focal)


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the cover (RGB, size x size): the art at up to raster.work_size, the
    finish (grain) at full size."""
    art = _draw(direction, raster.work_size(size))
    image = finish(raster.to_size(art.image, size), direction, "wood", 0.03)
    return Artwork(image, art.focal)
