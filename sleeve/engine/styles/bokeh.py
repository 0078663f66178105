"""Bokeh: out-of-focus city lights through a rainy window at night.

energy -> how many lights and how big the glow; density -> how much of the cover
they fill; valence -> warm lamp light or cold sodium and neon; seed -> the scene:
a street band of lights low in the frame, the whole window of drops and streaks,
one lamp with a few lights, or traffic lights running away in perspective.
"""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import Image, ImageChops

from sleeve.engine import compose, raster
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, StyleInfo

STYLE = StyleInfo(
    name="bokeh",
    family="image",
    fits=("lofi", "electronic", "rnb", "jazz", "hiphop", "pop"),
)

SCENES = ("street", "window", "lamp", "traffic")
LOW = 2  # the lights are drawn at 1/LOW size (they are slightly defocused anyway)


def _lights(scene: str, rng: np.random.Generator, count: int) -> tuple[np.ndarray, np.ndarray]:
    """Centres (count, 2) in 0..1 and radii (count,) as fractions of the side."""
    if scene == "street":
        band = rng.uniform(0.55, 0.75)
        xy = np.stack([rng.random(count), band + rng.normal(0, 0.07, count)], 1)
        r = rng.uniform(0.015, 0.05, count) * rng.choice((1.0, 2.2), count, p=(0.8, 0.2))
    elif scene == "lamp":
        xy = np.stack([rng.random(count), rng.random(count)], 1)
        r = rng.uniform(0.01, 0.04, count)
    elif scene == "traffic":
        t = rng.random(count) ** 1.6
        x0, y0 = rng.uniform(0.55, 0.85), rng.uniform(0.45, 0.6)
        xy = np.stack(
            [
                x0 + (0.05 - x0) * t + rng.normal(0, 0.02, count),
                y0 + 0.4 * t + rng.normal(0, 0.03, count),
            ],
            1,
        )
        r = 0.008 + 0.07 * t
    else:
        xy = rng.random((count, 2))
        r = rng.uniform(0.01, 0.04, count) * rng.choice((1.0, 2.5), count, p=(0.8, 0.2))
    return xy, r


def _draw(direction: ArtDirection, size: int) -> Artwork:
    """The bokeh art at `size`, before the finish."""
    rng = raster.rng_for(direction, "bokeh")
    pal = direction.palette
    scene = compose.pick(rng, SCENES, 1 - direction.density)
    night_top = raster.tone(pal.background, 0.1, 0.03)
    night_low = raster.tone(pal.colors[0], 0.22, 0.05)
    img = raster.linear_gradient(size, [night_top, night_low], 90.0)
    warm = direction.valence > 0.45
    glow_a = raster.tone(pal.accent, 0.78, 0.14, 0.0)
    glow_b = raster.tone((255, 158, 44) if warm else pal.colors[1 % len(pal.colors)], 0.74, 0.13)
    count = 14 + round(50 * direction.density)
    xy, radii = _lights(scene, rng, count)
    low = max(16, size // LOW)
    layer = Image.new("RGB", (low, low), (0, 0, 0))
    draw = aggdraw.Draw(layer)
    for (x, y), r in zip(xy, radii, strict=True):
        colour = glow_a if rng.random() < 0.4 else glow_b
        alpha = int(rng.uniform(60, 170))
        rp = r * low
        box = (x * low - rp, y * low - rp, x * low + rp, y * low + rp)
        rim = aggdraw.Pen(colour, max(1.0, rp * 0.08), min(255, alpha + 50))  # a lens's bright rim
        draw.ellipse(box, rim, aggdraw.Brush(colour, alpha))
    focal: compose.Box | None = None
    if scene == "lamp":
        lx, ly = compose.thirds(rng, 0.04)
        for k, a in ((0.22, 50), (0.12, 90), (0.05, 220)):
            rp = k * low
            draw.ellipse(
                (lx * low - rp, ly * low - rp, lx * low + rp, ly * low + rp),
                aggdraw.Brush(glow_b, a),
            )
        focal = compose.around(lx, ly, 0.2)
    draw.flush()
    layer = raster.fast_blur(layer, max(1.0, low * (0.002 + 0.004 * (1 - direction.energy))))
    img = ImageChops.screen(img, layer.resize((size, size), Image.Resampling.BILINEAR))
    img = raster.glow(img, size * 0.02, 0.3 + 0.3 * direction.energy)
    # rain on the glass: streaks and a few sharp drops
    draw = aggdraw.Draw(img)
    streak = raster.pen((220, 225, 235), size * 0.001, 32)
    for _ in range(12 + round(30 * direction.turbulence)):
        x, y = rng.random(), rng.uniform(-0.1, 0.9)
        length = rng.uniform(0.05, 0.2)
        draw.line(
            (x * size, y * size, (x + 0.01 * rng.normal()) * size, (y + length) * size), streak
        )
    drop = aggdraw.Brush((230, 232, 240), 90)
    for _ in range(40 if scene == "window" else 12):
        x, y, r = rng.random(), rng.random(), rng.uniform(0.002, 0.007) * size
        draw.ellipse((x * size - r, y * size - r, x * size + r, y * size + r), drop)
    draw.flush()
    if focal is None and scene in ("street", "traffic"):
        focal = (
            0.0,
            float(np.clip(xy[:, 1].min(), 0, 1)),
            1.0,
            float(np.clip(xy[:, 1].max(), 0, 1)),
        )
    return Artwork(img, focal)


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the cover (RGB, size x size): the art at up to raster.work_size, the
    finish (grain) at full size."""
    art = _draw(direction, raster.work_size(size))
    image = finish(raster.to_size(art.image, size), direction, "bokeh", 0.035)
    return Artwork(image, art.focal)
