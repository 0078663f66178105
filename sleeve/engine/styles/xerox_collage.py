"""Xerox collage: photocopied scraps pasted crooked on newsprint: hard-threshold noise
'photos' with torn edges, a fluoro block, tape, black blobs. Punk's cut-and-paste.

energy -> how many scraps and how crooked; loudness -> the copier's contrast
(threshold); the palette's accent -> the one fluoro ink (pink or yellow when the
palette has none); seed -> the arrangement: a stack in the middle, a scatter, a
diagonal strip, or one giant scrap cropped by the edge.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageChops, ImageDraw

from sleeve.engine import compose, raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish, halftone
from sleeve.engine.styles.base import Artwork, StyleInfo

STYLE = StyleInfo(
    name="xerox_collage",
    family="image",
    fits=("punk", "rock", "hiphop", "metal", "electronic"),
)

ARRANGEMENTS = ("stack", "scatter", "strip", "giant")
FLUORO = ((255, 62, 165), (255, 242, 0))


def _torn(w: int, h: int, rng: np.random.Generator, ragged: float) -> Image.Image:
    """An L mask of a w x h scrap with torn, jittered edges."""
    pts = []
    for (x0, y0), (x1, y1) in (
        ((0, 0), (w, 0)),
        ((w, 0), (w, h)),
        ((w, h), (0, h)),
        ((0, h), (0, 0)),
    ):
        for t in np.linspace(0, 1, 12, endpoint=False):
            jitter = rng.normal(0, ragged * min(w, h))
            nx, ny = (y1 - y0), -(x1 - x0)
            norm = max(1.0, float(np.hypot(nx, ny)))
            pts.append(
                (x0 + (x1 - x0) * t + jitter * nx / norm, y0 + (y1 - y0) * t + jitter * ny / norm)
            )
    mask = Image.new("L", (w, h), 0)
    ImageDraw.Draw(mask).polygon(pts, fill=255)
    return mask


def _copy(rng: np.random.Generator, w: int, h: int, contrast: float) -> Image.Image:
    """A photocopied 'photo': thresholded noise, screened."""
    field = raster.fractal_noise(rng, cells=int(rng.integers(2, 5)), octaves=4, res=96)
    tone = np.clip((field - 0.5) * contrast + 0.5, 0, 1)
    small = raster.to_image(tone).resize((w, h), Image.Resampling.BILINEAR)
    return halftone(Image.merge("RGB", (small, small, small)), 0.5, 40.0)


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the xerox-collage cover (RGB, size x size)."""
    rng = raster.rng_for(direction, "xerox")
    pal = direction.palette
    arrangement = compose.pick(rng, ARRANGEMENTS, direction.energy)
    dark_sheet = rng.random() < 0.35
    sheet = (18, 18, 18) if dark_sheet else raster.tone(pal.background, 0.93, 0.012)
    img = Image.new("RGB", (size, size), sheet)
    accent_c = rgb_to_oklch(pal.accent)[1]
    fluoro = pal.accent if accent_c > 0.15 else FLUORO[int(rng.integers(2))]
    contrast = 2 + 6 * direction.loudness
    count = {"giant": 2, "stack": 3, "strip": 5, "scatter": 6}[arrangement] + round(
        2 * direction.energy
    )
    boxes = []
    cx, cy = compose.thirds(rng, 0.05)
    for i in range(count):
        if arrangement == "giant" and i == 0:
            w, h = rng.uniform(0.7, 0.95), rng.uniform(0.6, 0.8)
            x, y = rng.uniform(-0.2, 0.3), rng.uniform(-0.1, 0.3)
        elif arrangement == "strip":
            t = i / max(1, count - 1)
            w, h = rng.uniform(0.2, 0.35), rng.uniform(0.18, 0.3)
            x, y = 0.05 + 0.6 * t, 0.6 - 0.45 * t
        elif arrangement == "stack":
            w, h = rng.uniform(0.35, 0.6), rng.uniform(0.3, 0.5)
            x, y = cx - w / 2 + rng.normal(0, 0.05), cy - h / 2 + rng.normal(0, 0.05)
        else:
            w, h = rng.uniform(0.15, 0.4), rng.uniform(0.12, 0.35)
            x, y = rng.uniform(0, 1 - w), rng.uniform(0, 1 - h)
        wp, hp = max(4, int(w * size)), max(4, int(h * size))
        scrap = _copy(rng, wp, hp, contrast)
        if i == count - 1 or rng.random() < 0.2:  # the fluoro one, printed over
            scrap = ImageChops.multiply(scrap, Image.new("RGB", scrap.size, fluoro))
        mask = _torn(wp, hp, rng, 0.01 + 0.02 * direction.energy)
        angle = rng.normal(0, 3 + 8 * direction.energy)
        scrap = scrap.rotate(angle, expand=True, resample=Image.Resampling.BILINEAR)
        mask = mask.rotate(angle, expand=True, resample=Image.Resampling.BILINEAR)
        img.paste(scrap, (int(x * size), int(y * size)), mask)
        boxes.append((x, y, x + w, y + h))
    draw = ImageDraw.Draw(img, "RGBA")
    for _ in range(1 + round(2 * direction.energy)):  # tape
        x, y = rng.uniform(0.1, 0.8), rng.uniform(0.1, 0.8)
        w, h = rng.uniform(0.1, 0.18), 0.035
        draw.rectangle(
            (x * size, y * size, (x + w) * size, (y + h) * size), fill=(235, 225, 190, 120)
        )
    x0 = float(np.clip(min(b[0] for b in boxes), 0, 1))
    y0 = float(np.clip(min(b[1] for b in boxes), 0, 1))
    x1 = float(np.clip(max(b[2] for b in boxes), 0, 1))
    y1 = float(np.clip(max(b[3] for b in boxes), 0, 1))
    return Artwork(finish(img, direction, "xerox", 0.045), (x0, y0, x1, y1))
