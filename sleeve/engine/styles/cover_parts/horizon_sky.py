"""The loudness horizon's skies and lights: a graded sky with a glow round a low sun
or moon (computed small in OKLab, scaled up: the finish grains it), the sun's or
moon's disc (the print's spot ink), and stars whose brightness is the song's onsets."""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import raster, signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB
from sleeve.engine.styles.cover_parts.horizon_land import Canvas

RES = 192  # the sky's own resolution: a smooth field needs no more


def sky(
    size: int,
    top: RGB,
    glow: RGB,
    horizon: float,
    light: tuple[float, float, float] | None = None,
    halo: RGB | None = None,
    below: RGB | None = None,
) -> Image.Image:
    """A size x size sky: `top` at the zenith easing to `glow` at `horizon` (0 top, 1
    foot), `below` under it (the glow when None); `light` (x, y, radius) adds a soft
    halo of `halo` round the sun or moon."""
    y = (np.arange(RES, dtype=np.float64)[:, None] + 0.5) / RES
    x = (np.arange(RES, dtype=np.float64)[None, :] + 0.5) / RES
    lab_top, lab_glow = raster.srgb_to_oklab(np.array([top, glow], np.float64))
    lab_below = raster.srgb_to_oklab(np.array(below or glow, np.float64))
    t = np.clip(y / max(horizon, 1e-3), 0.0, 1.0) ** 3.2  # a flat sky, its glow low
    lab = lab_top + (lab_glow - lab_top) * t[..., None]
    lab = np.where((y > horizon)[..., None], lab_below, lab) * np.ones((1, RES, 1))
    if light is not None:
        lx, ly, lr = light
        d2 = ((x - lx) ** 2 + ((y - ly) * 1.3) ** 2) / max(lr * 2.6, 1e-3) ** 2
        g = (np.exp(-d2 * 2.2) * 0.85 + np.exp(-d2 * 0.45) * 0.3)[..., None]
        g = np.clip(g, 0.0, 1.0) * (y <= horizon + 0.02)[..., None]
        lab_halo = raster.srgb_to_oklab(np.array(halo or glow, np.float64))
        lab = lab + (lab_halo - lab) * g
    rgb = np.clip(raster.oklab_to_srgb(lab) + 0.5, 0, 255).astype(np.uint8)
    return Image.fromarray(rgb, "RGB").resize((size, size), Image.Resampling.BILINEAR)


def disc(c: Canvas, x: float, y: float, r: float, colour: RGB) -> None:
    """A flat anti-aliased disc (a sun, a full moon): the cover's focal light, printed
    in its own spot ink (c.spot) so the print's few inks never merge it into the sky."""
    c.spot = colour
    s = c.size
    c.draw.ellipse(((x - r) * s, (y - r) * s, (x + r) * s, (y + r) * s), aggdraw.Brush(colour))


def stars(
    d: ArtDirection,
    rng: np.random.Generator,
    c: Canvas,
    below: float,
    colour: RGB,
    calm: tuple[float, float] | None = None,
    moon: tuple[float, float] | None = None,
) -> None:
    """Stars over the sky above `below`: as many as the song is dense, the brightest
    the song's strongest onsets; fainter and fewer in the `calm` rows (the title's);
    none in the glow round the `moon` (x, y), where they would read as specks."""
    n = int(40 + 100 * d.density)
    xs = rng.random(n)
    ys = rng.random(n) ** 1.3 * below * 0.96
    hits = np.sort(signals.onsets(d, n))[::-1]
    sizes = 0.0008 + 0.0026 * hits[rng.permutation(n)] ** 2
    s = c.size
    lit = raster.srgb_to_oklab(np.array(colour, np.float64))
    for x, y, r in zip(xs, ys, sizes, strict=True):
        if moon is not None and (x - moon[0]) ** 2 + (y - moon[1]) ** 2 < 0.22**2:
            continue
        if calm is not None and calm[0] <= y <= calm[1]:
            if rng.random() < 0.8:
                continue
            r *= 0.5
        # faint stars keep their size but lose light, so a thumbnail is not speckled
        fade = float(np.clip(r / 0.003, 0.6, 1.0))
        col = tuple(int(v) for v in np.clip(raster.oklab_to_srgb(lit * [fade, 1, 1]), 0, 255))
        r = max(r, 0.7 / s)
        c.draw.ellipse(((x - r) * s, (y - r) * s, (x + r) * s, (y + r) * s), aggdraw.Brush(col))
