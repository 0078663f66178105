"""Aura: a gradient mesh of soft colour blobs over a deep field, with film grain.

mood -> palette (lightness from valence, chroma from energy), density -> blob
count, tempo -> edge softness, energy curve -> blob sizes and path, turbulence
-> how much the blobs are warped. Blobs mix in OKLab with their chroma kept, so
overlaps glow instead of turning grey.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageChops

from sleeve.engine import raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB
from sleeve.engine.styles.base import Artwork, StyleInfo

STYLE = StyleInfo(
    name="aura",
    family="image",
    fits=("ambient", "rnb", "pop", "lofi", "electronic", "classical", "synthwave", "folk"),
)

RES = 320  # the mesh is computed at this resolution and scaled up
LAYOUTS = ("sweep", "orbit", "horizon", "scatter", "corner")


def _curve_at(direction: ArtDirection, t: float) -> float:
    curve = direction.energy_curve or (0.5,)
    return float(np.interp(t, np.linspace(0, 1, len(curve)), curve))


def _colors(direction: ArtDirection, rng: np.random.Generator) -> tuple[RGB, list[RGB]]:
    """Background and blob colours: the palette's hues at luminous tones."""
    pal = direction.palette
    v, e = direction.valence, direction.energy
    bg_hue = rgb_to_oklch(pal.background)[2]
    bg_light = 0.16 + 0.5 * v * v
    murky = 60.0 <= bg_hue <= 130.0 and bg_light < 0.7  # dark yellows turn olive
    bg = raster.tone(pal.background, bg_light, 0.025 if murky else None, min_chroma=0.03)
    lit = 0.56 + 0.22 * v
    chroma = 0.1 + 0.1 * e
    blobs = []
    for c in pal.colors:
        hue = rgb_to_oklch(c)[2]
        light = lit + rng.choice((-0.2, -0.08, 0.04, 0.14))
        if 80.0 <= hue <= 125.0:  # yellows only stay clean when they are light
            light = max(light, 0.84)
        blobs.append(raster.tone(c, light, chroma * rng.uniform(0.85, 1.3)))
    return bg, blobs


def _layout(direction: ArtDirection, rng: np.random.Generator, n: int) -> np.ndarray:
    """Blob centres and radii (fractions of the side), shape (n, 3)."""
    kind = LAYOUTS[int(rng.integers(len(LAYOUTS)))]
    angle = rng.uniform(0, 2 * np.pi)
    cx, cy = rng.uniform(0.35, 0.65, 2)
    out = np.zeros((n, 3))
    for i in range(n):
        t = (i + rng.uniform(0.2, 0.8)) / n
        e = _curve_at(direction, t)
        if kind == "sweep":  # along a line through the middle, lifted by the energy
            s = t - 0.5
            x = cx + s * 0.9 * np.cos(angle) - (e - 0.5) * 0.4 * np.sin(angle)
            y = cy + s * 0.9 * np.sin(angle) + (e - 0.5) * 0.4 * np.cos(angle)
        elif kind == "orbit":  # around a centre, louder sections further out
            a = angle + 2 * np.pi * t
            x, y = cx + (0.18 + 0.2 * e) * np.cos(a), cy + (0.18 + 0.2 * e) * np.sin(a)
        elif kind == "horizon":  # a low ridge that follows the song, calm sky above
            x, y = 0.05 + 0.9 * t, 0.92 - 0.4 * e + rng.normal(0, 0.04)
        elif kind == "corner":  # radiating from one corner
            a = t * np.pi / 2
            ox, oy = np.round([cx, cy])
            r = 0.3 + 0.6 * e
            x, y = ox + r * np.cos(a) * (1 - 2 * ox), oy + r * np.sin(a) * (1 - 2 * oy)
        else:
            x, y = rng.uniform(0.05, 0.95, 2)
        radius = (0.14 + 0.3 * e) * (5.0 / (n + 2)) ** 0.5 * rng.uniform(0.8, 1.25)
        out[i] = (x, y, radius)
    return out


def _mesh(direction: ArtDirection, rng: np.random.Generator) -> np.ndarray:
    """The colour field in OKLab at RES x RES: soft-max weighted control points."""
    bg, colors = _colors(direction, rng)
    n = 4 + round(direction.density * 6)
    points = _layout(direction, rng, n)
    # slow songs melt into wide gradients, fast ones get tighter colour edges
    sigma = float(np.clip(0.2 - (direction.tempo_bpm - 70.0) / 1000.0, 0.11, 0.21))
    c = (np.arange(RES, dtype=np.float32) + 0.5) / RES
    warp = 0.05 + 0.25 * direction.turbulence
    xs = c[None, :] + warp * (raster.fractal_noise(rng, 2, 3, res=RES) - 0.5)
    ys = c[:, None] + warp * (raster.fractal_noise(rng, 2, 3, res=RES) - 0.5)
    bg_lab = raster.srgb_to_oklab(np.asarray(bg, dtype=np.float64)).astype(np.float32)
    bg_w = 0.35 + 0.5 * (1.0 - direction.density)
    total = np.full((RES, RES), bg_w, dtype=np.float32)
    lab = bg_lab[None, None, :] * total[..., None]
    chroma = total * float(np.hypot(bg_lab[1], bg_lab[2]))
    order = rng.permutation(len(colors))
    for i, (x, y, r) in enumerate(points):
        col_rgb = colors[order[i % len(order)]]
        col = raster.srgb_to_oklab(np.asarray(col_rgb, dtype=np.float64)).astype(np.float32)
        s = sigma * (r / 0.25) ** 0.5
        w = np.exp(-((xs - x) ** 2 + (ys - y) ** 2) / (2 * s * s)) * rng.uniform(4.0, 12.0)
        lab += col[None, None, :] * w[..., None]
        chroma += float(np.hypot(col[1], col[2])) * w
        total += w
    lab /= total[..., None]
    chroma /= total
    scale = chroma / np.maximum(np.hypot(lab[..., 1], lab[..., 2]), 1e-4)
    lab[..., 1:] *= np.clip(scale, 1.0, 3.0)[..., None]
    return lab


def _bloom(direction: ArtDirection, rng: np.random.Generator, img: Image.Image) -> Image.Image:
    """A luminous core in the accent hue, screened on: light from inside the mesh."""
    size = img.size[0]
    x, y = rng.uniform(0.25, 0.75, 2)
    core = raster.tone(direction.palette.accent, 0.72, 0.13)
    field = 1.0 - raster.radial_field((x, y), 0.45 + 0.2 * direction.brightness, res=128)
    field = field * field * (3 - 2 * field) * (0.25 + 0.35 * direction.brightness)
    light = raster.map_field(field, raster.color_lut([(0, 0, 0), core]), size)
    return ImageChops.screen(img, light)


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the aura cover (RGB, size x size)."""
    rng = raster.rng_for(direction, "aura")
    lab = _mesh(direction, rng)
    small = Image.fromarray(np.clip(raster.oklab_to_srgb(lab) + 0.5, 0, 255).astype(np.uint8))
    img = small.resize((size, size), Image.Resampling.BICUBIC)
    img = _bloom(direction, rng, img)
    img = raster.vignette(img, 0.18 + 0.15 * direction.loudness, tuple(rng.uniform(0.4, 0.6, 2)))
    grained = raster.grain(
        img, raster.rng_for(direction, "aura-grain"), 0.03 + 0.025 * direction.energy
    )
    return Artwork(grained, None)
