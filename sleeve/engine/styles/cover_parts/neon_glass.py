"""What lies between the camera and a neon close-up: rain on the glass (beads that
each hold a blurred bit of the light behind them), and the film's way with a dim
yellow (turned amber, not olive). Float RGB pictures in 0..1."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from sleeve.engine import raster
from sleeve.engine.color import MUD_DEPTH, MUD_HUES, MUD_LIGHTNESS, MUD_TARGET


def unmuddied(picture: np.ndarray) -> np.ndarray:
    """The picture with its dim yellows (a yellow tube's halo fading into the dark)
    turned toward a deep amber, as color.unmuddied_hue turns one colour: a yellow
    glow dimming keeps its hue into olive, which reviewers read as mud."""
    lab = raster.srgb_to_oklab(np.clip(picture, 0.0, 1.0) * 255.0)
    lit, a, b = lab[..., 0], lab[..., 1], lab[..., 2]
    chroma, hue = np.hypot(a, b), np.degrees(np.arctan2(b, a)) % 360.0
    low, high = MUD_HUES
    band = (chroma >= 0.03) & (hue >= low) & (hue <= high)
    depth = np.clip((MUD_LIGHTNESS - lit) / MUD_DEPTH, 0.0, 1.0)
    edge = np.clip((high - hue) / 15.0, 0.0, 1.0)
    turned = np.radians(hue + (MUD_TARGET - hue) * depth * edge * band)
    lab = np.stack([lit, chroma * np.cos(turned), chroma * np.sin(turned)], axis=-1)
    return (raster.oklab_to_srgb(lab) / 255.0).astype(np.float32)


def wet_glass(rng: np.random.Generator, picture: np.ndarray, density: float) -> np.ndarray:
    """Rain on the glass between the viewer and the sign: beads that each hold a
    bright, blurred bit of the light behind them (dark over the dark wall, lit over
    the tubes), a few running down in trails, each with a white glint; more beads
    for a busier song (`density`, 0..1)."""
    res = picture.shape[0]
    beads = Image.new("L", (res, res), 0)
    glints = Image.new("L", (res, res), 0)
    d, g = ImageDraw.Draw(beads), ImageDraw.Draw(glints)
    for _ in range(int(36 + 40 * density)):
        x, y = rng.uniform(0.0, 1.0, 2) * res
        r = float(rng.uniform(0.007, 0.02)) * res
        d.ellipse((x - r, y - r * 1.15, x + r, y + r * 1.15), fill=255)
        if rng.random() < 0.18:  # a bead running down leaves a trail
            d.line(
                (x, y, x + rng.uniform(-1, 1) * r, y - rng.uniform(6, 14) * r), 150, max(1, int(r))
            )
        q = max(0.6, r * 0.3)
        g.ellipse((x - r * 0.45 - q, y - r * 0.6 - q, x - r * 0.45 + q, y - r * 0.6 + q), fill=255)
    m = raster.from_image(beads.filter(ImageFilter.GaussianBlur(res / 500)))[..., None]
    glint = raster.from_image(glints.filter(ImageFilter.GaussianBlur(res / 700)))[..., None]
    behind = raster.from_image(raster.fast_blur(raster.to_image(np.clip(picture, 0, 1)), res / 28))
    out = picture * (1 - 0.85 * m) + np.clip(behind * 1.8, 0, 1) * m
    return out + 0.6 * glint * m
