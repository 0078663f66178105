"""The xerox collage's burnt-out car under its smoke: a grey field (0 black .. 1
white) of silhouettes against a smoky sky, drawn small (a copier burns the detail
away), and the box of its subject, as mono_grain's scenes return.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from sleeve.engine import raster
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.base import Box

RES = 256  # the side the pictures are drawn at


def _sky(rng: np.random.Generator, light: float, smoke: float) -> Image.Image:
    """A pale sky mottled with smoke, lighter toward the horizon (L at RES)."""
    cloud = raster.fractal_noise(rng, cells=3, octaves=4, res=RES)
    ys = np.linspace(0.0, 1.0, RES, dtype=np.float32)[:, None]
    tone = light - smoke * (cloud - 0.3) - 0.25 * (1 - ys)
    return Image.fromarray((np.clip(tone, 0, 1) * 255).astype(np.uint8), "L")


def _done(img: Image.Image) -> np.ndarray:
    """The drawn picture softened a touch, as a grey field."""
    soft = img.filter(ImageFilter.BoxBlur(1))
    return np.asarray(soft, np.float32) / 255.0


def car(
    direction: ArtDirection, rng: np.random.Generator, _grid: object = None
) -> tuple[np.ndarray, Box]:
    """A burnt-out car on the street, flames out of its windows and a black column of
    smoke over it."""
    img = _sky(rng, 0.95, 0.3)
    arr = np.asarray(img, np.float32) / 255.0
    plume = raster.fractal_noise(rng, cells=4, octaves=4, res=RES)
    ys, xs = np.mgrid[0:RES, 0:RES].astype(np.float32) / RES
    cx = float(rng.uniform(0.4, 0.6))
    spread = 0.12 + 0.3 * (1 - ys)  # the smoke widens as it rises
    fade = np.clip((0.56 - ys) / 0.16, 0, 1)  # clear air round the car: its shape reads
    column = np.exp(-(((xs - cx - 0.15 * (1 - ys)) / spread) ** 2)) * fade
    arr = np.clip(arr - 0.5 * column * (0.3 + plume), 0, 1)  # a thin smoke: the car reads
    img = Image.fromarray((arr * 255).astype(np.uint8), "L")
    draw = ImageDraw.Draw(img)
    ground = RES * 0.8
    w = RES * float(rng.uniform(0.62, 0.74))
    x0 = RES * cx - w / 2
    draw.rectangle((0, ground, RES, RES), fill=120)
    body = (x0, ground - w * 0.26, x0 + w, ground - w * 0.06)
    draw.rounded_rectangle(body, radius=w * 0.05, fill=14)
    cabin = [(x0 + w * 0.2, body[1]), (x0 + w * 0.32, body[1] - w * 0.17)]
    cabin += [(x0 + w * 0.68, body[1] - w * 0.17), (x0 + w * 0.8, body[1])]
    draw.polygon(cabin, fill=14)
    for wx in (0.2, 0.8):  # the wheels
        r = w * 0.09
        draw.ellipse(
            (x0 + w * wx - r, ground - w * 0.06 - r, x0 + w * wx + r, ground - w * 0.06 + r), fill=8
        )
    roof = body[1] - w * 0.15
    for _ in range(11):  # tongues of fire out of the cabin, leaning with the smoke
        fx = x0 + w * float(rng.uniform(0.28, 0.72))
        half = w * float(rng.uniform(0.03, 0.08))
        tall = w * float(rng.uniform(0.12, 0.5)) * (1.2 - abs(fx - x0 - w / 2) / w * 2)
        lean = w * float(rng.uniform(0.0, 0.12))
        draw.polygon(
            [(fx - half, roof + w * 0.05), (fx + lean, roof - tall), (fx + half, roof + w * 0.05)]
            + [(fx + half * 0.4, roof - tall * 0.35)],
            fill=250,
        )
    draw.polygon(
        [(x0 + w * 0.35, body[1] - 2), (x0 + w * 0.38, body[1] - w * 0.13)]
        + [(x0 + w * 0.62, body[1] - w * 0.13), (x0 + w * 0.65, body[1] - 2)],
        fill=250,
    )  # the cabin's windows alight
    return _done(img), ((x0 - w * 0.05) / RES, 0.25, (x0 + w * 1.05) / RES, 0.82)
