"""Shared raster building blocks for styles: seeds, gradients, noise, blur, grain.

Pure functions. Conventions:
- fields ("float arrays") are float32 in 0..1, shape (h, w) or (h, w, 3);
- smooth things (gradients, noise, vignettes) are computed at a small fixed
  resolution and scaled up, so they cost the same at any size and keep the
  same composition at 1024 and 3000;
- geometry is given as fractions of the side (see ``scaled``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from functools import lru_cache

import aggdraw
import numpy as np
from PIL import Image, ImageChops, ImageFilter

from sleeve.engine.color import oklch_to_rgb, rgb_to_oklch, unmuddied_hue
from sleeve.engine.direction import ArtDirection

RGB = tuple[int, int, int]
FIELD_RES = 256  # default resolution of smooth fields before upscaling


# ---------------------------------------------------------------- seeds, sizes


def rng_for(direction: ArtDirection, salt: str) -> np.random.Generator:
    """A numpy Generator seeded from the direction's seed and a salt (never the size)."""
    digest = hashlib.blake2b(f"{direction.seed}:{salt}".encode(), digest_size=16).digest()
    return np.random.default_rng(int.from_bytes(digest, "little"))


def work_size(size: int, cap: int = 1536) -> int:
    """The side to compute a per-pixel field at: the cover's, up to `cap` (bigger
    exports are scaled up from it, under the grain that the finish adds at full size)."""
    return min(size, cap)


def to_size(img: Image.Image, size: int) -> Image.Image:
    """Scale an image drawn at work_size up to the cover's side (bicubic)."""
    if img.size == (size, size):
        return img
    return img.resize((size, size), Image.Resampling.BICUBIC)


def pen(color: RGB, width: float, opacity: int = 255) -> aggdraw.Pen:
    """An anti-aliased pen; a line thinner than a pixel is drawn one pixel wide and as
    much fainter, so a small render keeps the tone of a large one."""
    if width >= 1.0:
        return aggdraw.Pen(color, width, opacity)
    return aggdraw.Pen(color, 1.0, max(1, round(opacity * width)))


def brush(color: RGB, opacity: int = 255) -> aggdraw.Brush:
    """A solid fill for aggdraw shapes."""
    return aggdraw.Brush(tuple(color), opacity)


def scaled(size: int, fraction: float) -> int:
    """A length in pixels for a fraction of the side, at least 1."""
    return max(1, round(size * fraction))


# ---------------------------------------------------------------- conversions


def to_image(arr: np.ndarray) -> Image.Image:
    """A float (h, w[, 3]) array in 0..1 (or a uint8 array) to a PIL image (L or RGB)."""
    if arr.dtype != np.uint8:
        arr = (np.clip(arr, 0.0, 1.0) * 255.0 + 0.5).astype(np.uint8)
    return Image.fromarray(arr, "RGB" if arr.ndim == 3 else "L")


def from_image(img: Image.Image) -> np.ndarray:
    """A PIL image to a float32 array in 0..1 ((h, w) for L, (h, w, 3) otherwise)."""
    if img.mode not in ("L", "RGB"):
        img = img.convert("RGB")
    return np.asarray(img, dtype=np.float32) * (1.0 / 255.0)


def rgbf(color: RGB) -> np.ndarray:
    """An 8-bit colour as a float32 array of 3 in 0..1."""
    return np.asarray(color, dtype=np.float32) / 255.0


def upscale(field: np.ndarray, size: int, smooth: bool = True) -> np.ndarray:
    """Resize a float (h, w) field to (size, size) with PIL (bicubic or nearest)."""
    if field.shape == (size, size):
        return field.astype(np.float32, copy=False)
    img = Image.fromarray(field.astype(np.float32, copy=False), "F")
    method = Image.Resampling.BICUBIC if smooth else Image.Resampling.NEAREST
    return np.asarray(img.resize((size, size), method), dtype=np.float32)


def upscale_rgb(img: Image.Image, size: int) -> Image.Image:
    """Resize an RGB image to (size, size) bilinearly (for small smooth renders)."""
    if img.size == (size, size):
        return img
    return img.resize((size, size), Image.Resampling.BILINEAR)


# ---------------------------------------------------------------- colour lookup tables


def tone(
    color: RGB,
    lightness: float | None = None,
    chroma: float | None = None,
    hue_shift: float = 0.0,
) -> RGB:
    """Re-tone a colour in OKLCH: keep its hue, set lightness and/or chroma.

    Styles use it to take a palette's hues at the lightness and saturation they
    need (luminous blobs, deep inks) without muddy olive or maroon tones. A colour
    keeps its character: a grey stays grey (its hue is noise; raising its chroma
    turned greys mauve and pink) and a muted colour may gain at most 2.5 times its
    chroma (a tan does not become lime). A yellow taken dark turns toward red-orange
    (color.unmuddied_hue) instead of olive.
    """
    lit, src, hue = rgb_to_oklch(color)
    lit = lit if lightness is None else lightness
    wanted = min(src if chroma is None else chroma, chroma_room(src))
    hue = (hue + hue_shift) % 360.0
    if lightness is not None:  # a yellow taken dark turns red-orange, not olive
        hue = unmuddied_hue(lit, wanted, hue)
    return oklch_to_rgb(lit, wanted, hue % 360.0)


def chroma_room(chroma: float) -> float:
    """The most chroma a colour of this chroma may be re-toned to: its own for a
    near-grey (below 0.01), rising to 2.5 times its own from 0.04."""
    gain = 1.0 + 1.5 * min(max((chroma - 0.01) / 0.03, 0.0), 1.0)
    return chroma * gain


def ground(color: RGB, lightness: float, chroma: float) -> RGB:
    """A style's field from the palette's background: a vivid background (OKLCH
    chroma 0.09 or more: neon, gold, primaries) stays as the language chose it;
    a quieter one is re-toned to the paper or night the style wants."""
    if rgb_to_oklch(color)[1] >= VIVID_FIELD:
        return color
    return tone(color, lightness, chroma)


VIVID_FIELD = 0.09


def vivid(color: RGB, lightness: float, chroma: float) -> RGB:
    """``tone`` for flat, saturated fills: yellows and limes are lifted to at least
    L 0.82 (a dark yellow reads as olive or mud)."""
    hue = rgb_to_oklch(color)[2]
    if 75.0 <= hue <= 130.0:
        lightness = max(lightness, 0.84)
    return tone(color, lightness, chroma)


def srgb_to_oklab(rgb: np.ndarray) -> np.ndarray:
    """8-bit sRGB values (..., 3) in 0..255 to OKLab (..., 3)."""
    c = np.asarray(rgb, dtype=np.float64) / 255.0
    lin = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    m1 = np.array(
        [
            [0.4122214708, 0.5363325363, 0.0514459929],
            [0.2119034982, 0.6806995451, 0.1073969566],
            [0.0883024619, 0.2817188376, 0.6299787005],
        ]
    )
    m2 = np.array(
        [
            [0.2104542553, 0.7936177850, -0.0040720468],
            [1.9779984951, -2.4285922050, 0.4505937099],
            [0.0259040371, 0.7827717662, -0.8086757660],
        ]
    )
    return np.cbrt(lin @ m1.T) @ m2.T


def oklab_to_srgb(lab: np.ndarray) -> np.ndarray:
    """OKLab (..., 3) to sRGB floats in 0..255 (out-of-gamut values clipped)."""
    m1 = np.array(
        [
            [1.0, 0.3963377774, 0.2158037573],
            [1.0, -0.1055613458, -0.0638541728],
            [1.0, -0.0894841775, -1.2914855480],
        ]
    )
    m2 = np.array(
        [
            [4.0767416621, -3.3077115913, 0.2309699292],
            [-1.2684380046, 2.6097574011, -0.3413193965],
            [-0.0041960863, -0.7034186147, 1.7076147010],
        ]
    )
    lin = np.clip(((lab @ m1.T) ** 3) @ m2.T, 0.0, 1.0)
    c = np.where(lin <= 0.0031308, lin * 12.92, 1.055 * lin ** (1 / 2.4) - 0.055)
    return c * 255.0


def color_lut(
    stops: Sequence[RGB], positions: Sequence[float] | None = None, n: int = 256
) -> np.ndarray:
    """A (n, 3) uint8 colour table through the stops, interpolated in OKLab (no mud).

    positions: where each stop sits in 0..1 (evenly spaced when None).
    """
    stops_arr = np.asarray(stops, dtype=np.float64).reshape(-1, 3)
    if len(stops_arr) == 1:
        return np.repeat(stops_arr.astype(np.uint8), n, axis=0)
    pos = np.linspace(0, 1, len(stops_arr)) if positions is None else np.asarray(positions)
    lab = srgb_to_oklab(stops_arr)
    t = np.linspace(0, 1, n)
    out = np.stack([np.interp(t, pos, lab[:, k]) for k in range(3)], axis=1)
    return (oklab_to_srgb(out) + 0.5).astype(np.uint8)


def apply_lut(field: np.ndarray, lut: np.ndarray) -> np.ndarray:
    """Map a float field in 0..1 through a colour table: (h, w) -> (h, w, 3) uint8."""
    idx = np.clip(field * (len(lut) - 1) + 0.5, 0, len(lut) - 1).astype(np.intp)
    return lut[idx]


def map_field(field: np.ndarray, lut: np.ndarray, size: int) -> Image.Image:
    """Colour a small float field through a table and scale it to an RGB image of size."""
    return upscale_rgb(Image.fromarray(apply_lut(field, lut), "RGB"), size)


# ---------------------------------------------------------------- gradients


def pixel_grid(res: int) -> tuple[np.ndarray, np.ndarray]:
    """Pixel-centre coordinates in 0..1, shapes (1, res) and (res, 1)."""
    c = (np.arange(res, dtype=np.float32) + 0.5) / res
    return c[None, :], c[:, None]


def linear_field(angle_deg: float, res: int = FIELD_RES) -> np.ndarray:
    """A 0..1 ramp across the square along angle_deg (0 = left to right, 90 = top down)."""
    x, y = pixel_grid(res)
    a = np.radians(angle_deg)
    dx, dy = np.cos(a), np.sin(a)
    t = (x - 0.5) * dx + (y - 0.5) * dy
    half = 0.5 * (abs(dx) + abs(dy))
    return ((t / half) * 0.5 + 0.5).astype(np.float32)


def radial_field(
    center: tuple[float, float] = (0.5, 0.5), radius: float = 0.7, res: int = FIELD_RES
) -> np.ndarray:
    """Distance from center divided by radius, clipped to 0..1 (0 at the centre)."""
    x, y = pixel_grid(res)
    d = np.sqrt((x - center[0]) ** 2 + (y - center[1]) ** 2) / max(radius, 1e-6)
    return np.clip(d, 0.0, 1.0).astype(np.float32)


def linear_gradient(
    size: int,
    stops: Sequence[RGB],
    angle_deg: float = 90.0,
    positions: Sequence[float] | None = None,
) -> Image.Image:
    """A multi-stop linear gradient image (RGB, size x size)."""
    return map_field(linear_field(angle_deg), color_lut(stops, positions), size)


def radial_gradient(
    size: int,
    stops: Sequence[RGB],
    center: tuple[float, float] = (0.5, 0.5),
    radius: float = 0.7,
    positions: Sequence[float] | None = None,
) -> Image.Image:
    """A multi-stop radial gradient image; the first stop sits at the centre."""
    return map_field(radial_field(center, radius), color_lut(stops, positions), size)


# ---------------------------------------------------------------- noise


def value_noise(rng: np.random.Generator, cells: int = 8, res: int = FIELD_RES) -> np.ndarray:
    """Smooth value noise in 0..1, (res, res), with about `cells` bumps per side."""
    lattice = rng.random((cells + 2, cells + 2)).astype(np.float32)
    coords = np.arange(res, dtype=np.float32) * (cells / res)
    i = coords.astype(np.intp)
    f = coords - i
    f = f * f * (3.0 - 2.0 * f)
    rows = lattice[i] * (1 - f)[:, None] + lattice[i + 1] * f[:, None]  # (res, cells+2)
    return rows[:, i] * (1 - f)[None, :] + rows[:, i + 1] * f[None, :]


def fractal_noise(
    rng: np.random.Generator,
    cells: int = 4,
    octaves: int = 4,
    persistence: float = 0.5,
    res: int = FIELD_RES,
) -> np.ndarray:
    """Sum of value-noise octaves (doubling frequency), normalised to 0..1. (Summed
    per octave, not as one matrix product: numpy's BLAS threads spin on a product
    this small, which cost more CPU than it saved.)"""
    total = np.zeros((res, res), dtype=np.float32)
    amp, norm = 1.0, 0.0
    for o in range(octaves):
        total += amp * value_noise(rng, cells * 2**o, res)
        norm += amp
        amp *= persistence
    total /= norm
    lo, hi = float(total.min()), float(total.max())
    return (total - lo) / max(hi - lo, 1e-6)


# ---------------------------------------------------------------- blur, glow


def fast_blur(img: Image.Image, radius: float, factor: int | None = None) -> Image.Image:
    """Gaussian blur of `radius` px done at 1/factor size, then scaled back up.

    factor defaults to about radius / 3 (1..16): big blurs cost the same at any size.
    """
    w, h = img.size
    if factor is None:
        factor = int(min(16, max(1, radius / 3)))
    if factor <= 1:
        return img.filter(ImageFilter.GaussianBlur(radius))
    small = img.resize((max(1, w // factor), max(1, h // factor)), Image.Resampling.BOX)
    small = small.filter(ImageFilter.GaussianBlur(radius / factor))
    return small.resize((w, h), Image.Resampling.BILINEAR)


def glow(img: Image.Image, radius: float, strength: float = 0.6) -> Image.Image:
    """Add a soft bloom: screen a blurred copy over the image. The copy is blurred at
    about 1 / (radius / 2.5) of the size and takes its strength before it is scaled
    back up (the same bloom as a full-size pass, in a fraction of the time)."""
    factor = int(min(16, max(1, round(radius / 2.5))))
    w, h = img.size
    halo = img.reduce(factor, box=(0, 0, w // factor * factor, h // factor * factor))
    halo = halo.filter(ImageFilter.GaussianBlur(radius / factor))
    if strength < 1.0:
        halo = halo.point([round(v * strength) for v in range(256)] * len(halo.getbands()))
    if factor > 1:
        halo = halo.resize(img.size, Image.Resampling.BILINEAR)
    return ImageChops.screen(img, halo)


# ---------------------------------------------------------------- texture, vignette


def grain(
    img: Image.Image,
    rng: np.random.Generator,
    amount: float = 0.04,
    tile: int = 256,
    mono: bool = True,
) -> Image.Image:
    """Film grain: add tiled gaussian noise (amount = std dev in 0..1) to an RGB image."""
    w, h = img.size
    bands = 1 if mono else 3
    noise = rng.normal(128.0, amount * 255.0, (tile, tile, bands))
    noise = np.clip(noise, 0, 255).astype(np.uint8)
    noise = np.tile(noise, (-(-h // tile), -(-w // tile), 1))[:h, :w]
    layer = Image.fromarray(noise[:, :, 0], "L") if mono else Image.fromarray(noise, "RGB")
    if mono:
        layer = Image.merge("RGB", (layer, layer, layer))
    return ImageChops.add(img.convert("RGB"), layer, 1.0, -128)


def paper(rng: np.random.Generator, strength: float = 0.08, res: int = 512) -> np.ndarray:
    """A paper-texture multiplier field (res, res) in about (1 - strength)..1.

    Soft mottling plus fine horizontal fibres; apply with ``multiply(img, field)``,
    which scales it to the image.
    """
    mottle = upscale(fractal_noise(rng, cells=6, octaves=4), res)
    fibre = rng.random((res, res // 3)).astype(np.float32)  # stretched: horizontal fibres
    fibre = np.asarray(Image.fromarray(fibre, "F").resize((res, res), Image.Resampling.BILINEAR))
    speck = rng.random((res, res)).astype(np.float32)
    tex = 0.5 * mottle + 0.3 * fibre + 0.2 * speck
    return 1.0 - strength * tex


def vignette_field(
    strength: float = 0.35, center: tuple[float, float] = (0.5, 0.5), res: int = FIELD_RES
) -> np.ndarray:
    """A multiplier field in (1 - strength)..1, darker towards the corners."""
    d = radial_field(center, 0.75, res)
    return 1.0 - strength * (d * d * (3.0 - 2.0 * d))


def vignette(
    img: Image.Image, strength: float = 0.35, center: tuple[float, float] = (0.5, 0.5)
) -> Image.Image:
    """Darken an RGB image towards its corners."""
    mask = _vignette_mask(strength, center, img.size)
    return Image.composite(img, Image.new("RGB", img.size), mask)


@lru_cache(maxsize=8)
def _vignette_mask(
    strength: float, center: tuple[float, float], size: tuple[int, int]
) -> Image.Image:
    """vignette's mask (L) at a size: it depends on nothing else, so it is kept."""
    return to_image(vignette_field(strength, center)).resize(size, Image.Resampling.BILINEAR)


def multiply(img: Image.Image, factor: np.ndarray) -> Image.Image:
    """Multiply an RGB image by a (h, w) float field in 0..1 (1 keeps it)."""
    mask = to_image(factor)
    if mask.size != img.size:
        mask = mask.resize(img.size, Image.Resampling.BILINEAR)
    return ImageChops.multiply(img, Image.merge("RGB", (mask, mask, mask)))


def blend(a: Image.Image, b: Image.Image, mask: np.ndarray) -> Image.Image:
    """Mix two RGB images: mask (h, w) float 0..1 selects b."""
    mask_img = Image.fromarray((np.clip(mask, 0, 1) * 255).astype(np.uint8), "L")
    return Image.composite(b, a, mask_img)
