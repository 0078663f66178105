"""Loudness horizon: the smoothed loudness curve as three to five layered ridges, back
layers hazed into the sky and soft, front ones sharp in one of the palette's hues;
onsets as stars; sometimes a small sun or moon, or a still lake mirroring the land.

the energy curve -> every ridge (each a smoother, shifted reading of it);
brightness -> a lighter sky; onsets -> the stars; turbulence -> sharp peaks or soft
dunes; density -> how many layers; seed -> horizon height, soft dunes, land or
sharp peaks, a lake, a sun, a moon or none.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine import compose, raster, signals
from sleeve.engine.color import oklch_to_rgb, rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.raster import RGB
from sleeve.engine.styles.base import Artwork, StyleInfo

STYLE = StyleInfo(
    name="loudness_horizon",
    family="image",
    fits=("rock", "ambient", "classical", "folk", "electronic", "world", "metal"),
    music=True,
)

SCENES = ("lake", "dunes", "sun", "moon", "peaks")


def _land_colors(
    direction: ArtDirection, rng: np.random.Generator, dark: bool, haze: RGB
) -> list[RGB]:
    """Far (hazed towards the sky) to near ridge colours in one of the palette's hues;
    a dark hue in the yellows is moved towards teal or red (dark yellow reads as mud)."""
    pal = direction.palette
    base = (pal.colors[0], pal.colors[1 % len(pal.colors)], pal.accent)[int(rng.integers(3))]
    hue = rgb_to_oklch(base)[2]
    if 45.0 <= hue <= 115.0:
        hue = hue + (90.0 if rng.random() < 0.5 else -60.0)
    near = oklch_to_rgb(0.16 if dark else 0.34, 0.06 + 0.05 * direction.energy, hue)
    mid = oklch_to_rgb(0.35 if dark else 0.55, 0.08, hue + rng.uniform(-25, 25))
    return [haze, mid, near]


def _draw(direction: ArtDirection, size: int) -> Artwork:
    """The loudness-horizon art at `size`, before the finish."""
    rng = raster.rng_for(direction, "horizon")
    pal = direction.palette
    scene = compose.pick(rng, SCENES, direction.turbulence)
    if scene == "sun" and direction.valence < 0.5:  # a setting sun only for bright songs
        scene = "lake"
    dark = compose.dark_field(rgb_to_oklch(pal.background)[0])
    layers = 3 + round(2 * direction.density)
    # loud songs raise the land (more earth, less sky); calm ones leave a wide sky
    horizon = float(np.clip(0.42 + 0.3 * direction.loudness + rng.uniform(-0.1, 0.1), 0.36, 0.8))
    sky_top = raster.tone(pal.background, 0.12 + 0.35 * direction.brightness if dark else 0.7, 0.05)
    sky_low = raster.tone(pal.colors[0], 0.35 + 0.4 * direction.brightness if dark else 0.92, 0.07)
    img = raster.linear_gradient(size, [sky_top, sky_low], 90.0, (0.0, horizon))
    haze = raster.tone(sky_low, None, None)
    lut = raster.color_lut(_land_colors(direction, rng, dark, haze), (0.0, 0.45, 1.0))
    lut[:24] = lut[24]  # the farthest ridge stands a little out of the haze
    x = np.linspace(0.0, 1.0, 512)
    ys = (np.arange(size, dtype=np.float32) + 0.5) / size
    peaks = scene == "peaks" or direction.turbulence > 0.7
    focal: compose.Box | None = None
    if scene == "sun":  # a big low sun behind the ridges, half set
        sx, sr = rng.uniform(0.2, 0.8), rng.uniform(0.07, 0.16)
        sy = horizon - 0.16 - sr * rng.uniform(0.0, 0.5)
        disc = Image.new("L", (size, size), 0)
        box = ((sx - sr) * size, (sy - sr) * size, (sx + sr) * size, (sy + sr) * size)
        ImageDraw.Draw(disc).ellipse(box, 255)
        sun = raster.vivid(pal.accent, 0.8 if dark else 0.68, 0.14)
        img.paste(Image.new("RGB", (size, size), sun), (0, 0), disc)
        focal = (0.0, max(0.0, sy - sr), 1.0, 1.0)  # the sun and the land; the sky is free
    top = 1.0
    for i in range(layers):
        t = i / max(1, layers - 1)
        k = 1 + round((1 - t) * 18 + (0 if peaks else 6) + (14 if scene == "dunes" else 0))
        start = rng.uniform(0.0, 0.5) * (1 - t)
        window = signals.energy(direction, 1024)[
            int(start * 1024) : int((start + 0.5 + 0.5 * t) * 1024)
        ]
        rough = signals.smooth(rng.normal(0.0, 1.0, 512), 3 + round(6 * (1 - direction.turbulence)))
        song = signals.resample(window, 512)
        detail = song - signals.smooth(song, 60)  # where the song changes, the land rises
        wave = 0.45 * signals.smooth(song, k) + 1.4 * signals.smooth(detail, k // 2 + 1)
        wave += rough * (0.04 + 0.12 * direction.turbulence)
        reach = (0.1 + 0.22 * direction.loudness) * (0.5 + 0.5 * t)
        ridge = horizon - 0.16 * (1 - t) + 0.02 * i - reach * (wave - 0.3)
        top = min(top, float(ridge.min()))
        ridge_px = np.interp(np.linspace(0, 1, size), x, ridge).astype(np.float32)
        soft = 1.0 + (1 - t) * size * 0.006
        colour = tuple(int(v) for v in lut[int(t * 255)])
        mask = np.clip((ys[:, None] - ridge_px[None, :]) * size / soft + 0.5, 0, 1)
        img = raster.blend(img, Image.new("RGB", (size, size), colour), mask)
    if focal is None:  # the land is the subject; the sky above it is for the title
        focal = (0.0, float(np.clip(top, 0.0, 0.95)), 1.0, 1.0)
    if scene == "lake":  # the land mirrored in still water, ripples from the onsets
        img = _lake(img, direction, float(np.clip(horizon + 0.08, 0.5, 0.85)))
        focal = (0.0, float(np.clip(top, 0.0, 0.9)), 1.0, 1.0)
    if scene == "moon":
        mx, my = rng.uniform(0.2, 0.8), horizon - rng.uniform(0.25, 0.35)
        r = (0.04 + 0.05 * (1 - direction.density)) * size
        disc = Image.new("L", (size, size), 0)
        ImageDraw.Draw(disc).ellipse(
            (mx * size - r, my * size - r, mx * size + r, my * size + r), 255
        )
        moon = raster.tone(pal.accent, 0.9 if dark else 0.6, 0.08)
        img.paste(Image.new("RGB", (size, size), moon), (0, 0), disc)
        focal = compose.around(mx, my, 0.12)
    if dark and scene != "sun":  # onsets as stars in the upper sky
        hits = signals.onsets(direction, 96)
        stars = rng.random((96, 2)) * np.array([1.0, horizon * 0.7])
        draw = ImageDraw.Draw(img)
        for (sx, sy), v in zip(stars, hits, strict=True):
            if v > 0.3:
                rr = max(0.6, size * 0.0018 * v)
                draw.ellipse(
                    (sx * size - rr, sy * size - rr, sx * size + rr, sy * size + rr),
                    fill=(235, 232, 225),
                )
    return Artwork(img, focal)


def _lake(img: Image.Image, direction: ArtDirection, water: float) -> Image.Image:
    """Below `water` (a fraction of the side) the picture above it, mirrored, darker,
    each row shifted a little sideways (more where the song has onsets)."""
    arr = np.asarray(img).copy()
    size = arr.shape[0]
    w = int(water * size)
    rows = np.arange(w, size)
    src = np.clip(2 * w - rows, 0, size - 1)
    hits = signals.resample(signals.onsets(direction, 64), len(rows))
    shift = (np.sin(rows * 0.9) * size * 0.004 * (0.3 + hits)).astype(np.intp)
    cols = (np.arange(size)[None, :] + shift[:, None]) % size
    arr[w:] = (arr[src[:, None], cols] * 0.72).astype(np.uint8)
    arr[w : w + max(1, size // 400)] = arr[w - 1]
    return Image.fromarray(arr, "RGB")


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the cover (RGB, size x size): the art at up to raster.work_size, the
    finish (grain) at full size."""
    art = _draw(direction, raster.work_size(size))
    image = finish(raster.to_size(art.image, size), direction, "horizon", 0.03)
    return Artwork(image, art.focal)
