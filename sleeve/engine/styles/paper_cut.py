"""Paper cut: stacked sheets of coloured paper, each cut along a contour, casting
soft shadows on the sheets behind.

dynamics (the spread of the energy curve) -> number of sheets; the language's
palette -> the hue the sheets start from; valence -> a nudge in colour
temperature (cool blues and violets .. warm ochres and corals); the energy curve
-> the skyline of the front hills; turbulence -> how ragged the cuts are; seed ->
the scene (rolling hills, a sun over hills, topographic islands, ripples,
diagonal bands waved by the song, tall columns as high as its sections), its
orientation, where the peaks sit, the light's direction and an optional window
frame cut in the front sheet.

The scalar field whose contours are the cuts is computed at FIELD (a fixed
resolution) and scaled up; the cut edges are anti-aliased at full size.
"""

from __future__ import annotations

import numpy as np
from PIL import Image
from scipy import ndimage

from sleeve.engine import raster
from sleeve.engine.color import oklch_to_rgb, rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.raster import RGB
from sleeve.engine.styles.base import Artwork, StyleInfo

STYLE = StyleInfo(
    name="paper_cut",
    family="image",
    fits=("folk", "world", "classical", "ambient", "jazz", "lofi", "pop"),
    weight=0.55,  # listed by many languages, it was the most used style of the set
)

FIELD = 256  # resolution of the contour field and the shadows
SCENES = ("hills", "sun", "islands", "ripples", "diagonal", "columns")
SCENE_WEIGHTS = (0.16, 0.12, 0.2, 0.16, 0.2, 0.16)


def _dynamics(direction: ArtDirection) -> float:
    curve = np.asarray(direction.energy_curve or (0.5,), dtype=np.float64)
    spread = float(np.quantile(curve, 0.9) - np.quantile(curve, 0.1))
    return float(np.clip(spread / 0.55, 0.0, 1.0))


def _colors(
    direction: ArtDirection, rng: np.random.Generator, n: int, accent: int | None
) -> np.ndarray:
    """n sheet colours (back to front) as float RGB 0..1, shape (n, 3); sheet `accent`
    takes the palette's accent."""
    pal = direction.palette
    v = direction.valence
    warmth = float(np.clip((v - 0.25) / 0.5, 0, 1))
    warm_hue = 70.0 - 25.0 * rng.random()  # cream and ochre at the back
    cool_hue = 215.0 + 45.0 * rng.random()  # ice blue .. periwinkle at the back
    target = cool_hue + (warm_hue + 360.0 - cool_hue) * warmth
    hues = [rgb_to_oklch(c)[2] for c in (*pal.colors, pal.accent)]
    base_hue = hues[int(rng.integers(len(hues)))]
    d = ((target % 360.0 - base_hue + 180.0) % 360.0) - 180.0
    hue0 = base_hue + 0.2 * d  # the language's palette leads, the mood nudges
    # warm: peach, coral, terracotta to burgundy as the sheets darken (never brown);
    # cool: towards indigo or teal
    sign = -1.0 if warmth > 0.5 or rng.random() < 0.5 else 1.0
    spread = rng.uniform(20.0, 75.0) * sign
    light_back = 0.93 - 0.1 * (1 - v)
    light_front = 0.34 + 0.16 * v
    chroma = 0.07 + 0.07 * direction.energy
    out = []
    for i in range(n):
        t = i / max(n - 1, 1)
        light = light_back + (light_front - light_back) * t**0.85
        c = chroma * (0.55 + 0.6 * np.sin(np.pi * (0.1 + 0.9 * t)))
        hue = hue0 + spread * t
        if 60.0 <= hue % 360.0 <= 125.0 and light < 0.75:  # dark yellow is mud: go red
            hue = hue - 45.0 * (0.75 - light) / 0.4
        elif 90.0 < hue % 360.0 <= 145.0:  # pale lime reads sickly: keep it cream
            hue = hue - (hue % 360.0 - 90.0)
        out.append(oklch_to_rgb(light, c, hue))
    if accent is not None:
        lit = float(np.clip(rgb_to_oklch(out[accent])[0], 0.55, 0.85))
        hue = rgb_to_oklch(pal.accent)[2]
        loud = 0.09 if 90.0 <= hue <= 150.0 else max(0.1, chroma * 1.5)  # no neon lime
        out[accent] = raster.vivid(pal.accent, lit, loud)
    return np.asarray(out, dtype=np.float32) / 255.0


def _grid() -> tuple[np.ndarray, np.ndarray]:
    c = (np.arange(FIELD, dtype=np.float32) + 0.5) / FIELD
    return c[None, :], c[:, None]


def _stretched_noise(rng: np.random.Generator, cells: int) -> np.ndarray:
    """Fractal noise stretched sideways: long horizontal undulations."""
    n = raster.fractal_noise(rng, cells=cells, octaves=4, res=FIELD)[: FIELD // 3]
    img = Image.fromarray(n, "F").resize((FIELD, FIELD), Image.Resampling.BICUBIC)
    return np.asarray(img, dtype=np.float32) - 0.5


def _field(direction: ArtDirection, rng: np.random.Generator, scene: str) -> np.ndarray:
    """The height field (FIELD, FIELD) in about 0..1: its contours are the cuts."""
    x, y = _grid()
    rough = 0.04 + 0.1 * direction.turbulence
    if scene in ("hills", "sun"):
        curve = np.asarray(direction.energy_curve or (0.5,), dtype=np.float32)
        xs = np.linspace(0, 1, len(curve), dtype=np.float32)
        sky = np.interp(x[0], xs, ndimage.uniform_filter1d(curve, 5)).astype(np.float32)[None, :]
        if rng.random() < 0.5:
            sky = sky[:, ::-1]
        horizon = rng.uniform(0.4, 0.5) if scene == "sun" else rng.uniform(0.12, 0.3)
        depth = horizon + (1 - horizon) * y
        ridge = 0.28 * (sky - float(sky.mean())) * (1.2 - y)
        return depth - ridge + (0.12 + rough) * 1.6 * _stretched_noise(rng, 3)
    noise = raster.fractal_noise(rng, cells=2, octaves=4, res=FIELD) - 0.5
    if scene == "islands":
        cx, cy = rng.uniform(0.3, 0.7, 2)
        peak = np.exp(-((x - cx) ** 2 + (y - cy) ** 2) / (2 * 0.22**2))
        cx2, cy2 = rng.uniform(0.15, 0.85, 2)
        peak2 = 0.6 * np.exp(-((x - cx2) ** 2 + (y - cy2) ** 2) / (2 * 0.13**2))
        mound = 0.8 * np.maximum(peak, peak2) + rough * 3.0 * noise
        return mound if rng.random() < 0.4 else 1.0 - mound  # a raised mound or a hollow
    curve = np.asarray(direction.energy_curve or (0.5,), dtype=np.float32)
    if scene == "diagonal":  # sheets cut in bands across the square, waved by the song
        along = raster.linear_field(float(rng.uniform(20, 70)), FIELD)
        across = raster.linear_field(float(rng.uniform(110, 160)), FIELD)
        song = np.interp(across, np.linspace(0, 1, len(curve)), curve)
        return along + 0.12 * (song - float(curve.mean())) + rough * 1.5 * noise
    if scene == "columns":  # tall sheets like curtains or reeds, as high as the sections
        song = np.interp(x[0], np.linspace(0, 1, len(curve)), curve)[None, :]
        sway = 0.05 * np.sin(x * rng.uniform(8, 20) + rng.uniform(0, 6.3))
        return (1 - y) * 0.8 + 0.35 * (song - float(curve.mean())) + sway + rough * noise
    cx, cy = rng.uniform(0.25, 0.75), rng.uniform(0.2, 0.8)
    r = np.sqrt((x - cx) ** 2 + (y - cy) ** 2)
    return r * 1.2 + rough * 2.0 * noise


def _thresholds(
    field: np.ndarray, n: int, rng: np.random.Generator, back: float, front: float
) -> np.ndarray:
    """n - 1 cut levels, unevenly spaced; `back` is the share of the back sheet and
    1 - `front` about that of the front one (flat sheets are where a title can sit)."""
    lo, hi = np.quantile(field, [back, front])
    steps = rng.uniform(0.6, 1.4, n - 1)
    levels = np.cumsum(steps) / steps.sum()
    return (lo + (hi - lo) * (levels - levels[0] * 0.7)).astype(np.float32)


def _window(
    field: np.ndarray, rng: np.random.Generator, top: float
) -> tuple[np.ndarray, tuple[float, float, float]]:
    """Cut a round or arched window in a front sheet that covers the edges; returns the
    new field and the window's centre and radius."""
    x, y = _grid()
    cx, cy = 0.5 + rng.uniform(-0.06, 0.06), rng.uniform(0.62, 0.65)  # calm band on top
    r = rng.uniform(0.26, 0.3)
    if rng.random() < 0.5:  # circle
        d = np.sqrt((x - cx) ** 2 + (y - cy) ** 2) - r
    else:  # arch: a half circle on a rectangle
        dy = np.maximum(cy - y, 0)
        d = np.maximum(np.sqrt((x - cx) ** 2 + dy**2) - r * 0.85, y - (cy + r * 0.9))
    return np.maximum(field, top + 0.04 + d * 4.0), (cx, cy, r)


def _sun(
    rng: np.random.Generator, window: tuple[float, float, float] | None
) -> tuple[float, float, float]:
    """Centre and radius (fractions) of the paper sun (or moon), inside the window."""
    if window is None:
        return rng.uniform(0.25, 0.75), rng.uniform(0.3, 0.36), rng.uniform(0.08, 0.12)
    cx, cy, r = window
    x = cx + r * rng.uniform(-0.45, 0.45)
    return x, cy - r * rng.uniform(0.35, 0.5), r * rng.uniform(0.2, 0.28)


def _sun_color(direction: ArtDirection) -> RGB:
    """A pale moon for sad songs; the accent as a sun when it is warm, else coral."""
    if direction.valence < 0.45:
        return raster.tone(direction.palette.background, 0.95, 0.03)
    hue = rgb_to_oklch(direction.palette.accent)[2]
    if hue < 100.0 or hue > 320.0:
        return raster.vivid(direction.palette.accent, 0.78, 0.14)
    return oklch_to_rgb(0.78, 0.14, 45.0)


def _draw(direction: ArtDirection, size: int) -> Artwork:
    """The paper-cut art at `size`, before the finish."""
    rng = raster.rng_for(direction, "paper_cut")
    scene = SCENES[int(rng.choice(len(SCENES), p=SCENE_WEIGHTS))]
    n = 4 + round(_dynamics(direction) * 6)  # sheets
    field = _field(direction, rng, scene)
    if scene in ("islands", "ripples", "diagonal"):
        field = np.rot90(field, int(rng.integers(4))).copy()
    back = {"sun": 0.4, "hills": 0.22}.get(scene, 0.1)
    thr = _thresholds(field, n, rng, back, 0.93 if scene in ("sun", "hills") else 0.84)
    if scene in ("hills", "sun") and rng.random() < 0.15:
        field, window = _window(field, rng, float(thr[-1]))
    else:
        window = None
    sun = _sun(rng, window) if scene == "sun" else None
    accent = int(rng.integers(1, n - 1)) if not sun and rng.random() < 0.65 else None
    colors = _colors(direction, rng, n, accent)

    # the sun: an accent disc on the back sheet (sheet 0.5), anti-aliased at full size
    sun_low = np.zeros((FIELD, FIELD), dtype=np.float32)
    if sun:
        x, y = _grid()
        sun_low = np.clip((sun[2] - np.hypot(x - sun[0], y - sun[1])) * FIELD + 0.5, 0, 1)
        sun_low *= field < thr[0]
    # shadows at FIELD: blurred, shifted sheet count minus the sheet a pixel lies on
    count = (field[None] >= thr[:, None, None]).sum(axis=0) + 0.7 * sun_low
    ang = rng.uniform(0.6, 1.2) if rng.random() < 0.7 else rng.uniform(1.9, 2.5)
    off = FIELD * 0.008
    blurred = ndimage.gaussian_filter(count.astype(np.float32), FIELD * 0.007)
    lit = ndimage.shift(blurred, (off * np.sin(ang), off * np.cos(ang)), order=1, mode="nearest")
    grad = np.hypot(*np.gradient(field)) / (size / FIELD)  # field units per output pixel

    f = raster.upscale(field, size)
    g = raster.upscale(grad.astype(np.float32), size)
    # nearest cut level per pixel (from a table over the field's range), then how far
    # the pixel is covered by the sheet above that cut: anti-aliased edges
    lo, hi = float(field.min()), float(field.max())
    steps = np.linspace(lo, hi, 4096, dtype=np.float32)
    mid = (thr[1:] + thr[:-1]) / 2
    near_lut = np.searchsorted(mid, steps).astype(np.uint8)
    near = near_lut[np.clip((f - lo) * (4095 / (hi - lo)), 0, 4095).astype(np.uint16)]
    sheet = np.clip((f - thr[near]) / np.maximum(g, 1e-5) + 0.5, 0.0, 1.0)
    sheet += near
    lut = raster.color_lut([tuple(c) for c in (colors * 255).round()], None, 1024)
    lut = np.minimum(lut.astype(np.float32) * 1.08, 255).astype(np.uint8)  # room for light
    img = Image.fromarray(lut[(sheet * (1023 / (n - 1))).astype(np.uint16)], "RGB")
    if sun:
        sky = np.clip(1.0 - sheet, 0.0, 1.0) * raster.upscale(sun_low, size)
        sun_img = Image.new("RGB", img.size, _sun_color(direction))
        img = Image.composite(sun_img, img, raster.to_image(sky))
        sheet += 0.7 * sky
    b = raster.upscale(lit, size) - sheet
    shade = 1.0 - 0.45 * np.clip(b, 0, 1) - 0.08 * np.clip(b, -1, 0)
    tex = raster.paper(raster.rng_for(direction, "paper-tex"), 0.07, res=512)
    tex = tex * raster.upscale(raster.vignette_field(0.16), 512)
    shade *= raster.upscale(tex, size)
    img = raster.multiply(img, shade / 1.08)
    return Artwork(img, None)


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the cover (RGB, size x size): the art at up to raster.work_size, the
    finish (grain) at full size."""
    art = _draw(direction, raster.work_size(size, 1200))  # soft paper edges: 1200 px is enough
    image = finish(raster.to_size(art.image, size), direction, "paper", 0.018)
    return Artwork(image, art.focal)
