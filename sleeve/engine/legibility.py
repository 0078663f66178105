"""Legibility of the title measured per character on the pixels, and what is done when
placement alone does not give it: the colour that reads, then a feathered shade that
follows the letters, then an outline. No plate: that is for styles that design one.

Targets (WCAG ratios per character): the main title 3:1 (large display type), the
qualifiers and other small text 4.5:1."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PIL import Image, ImageFilter
from scipy.ndimage import binary_dilation

from sleeve.engine.color import mix, relative_luminance
from sleeve.engine.direction import RGB, ArtDirection

MAIN_MIN, SMALL_MIN = 3.0, 4.5
HEADROOM = 1.35  # aimed for at full size, so thumbnails (which blur edges) still pass
WHITE: RGB = (250, 250, 247)
BLACK: RGB = (14, 14, 18)
Box = tuple[int, int, int, int]


_C = np.arange(256) / 255.0
_LINEAR = np.where(_C <= 0.04045, _C / 12.92, ((_C + 0.055) / 1.055) ** 2.4)


def _luminance(pixels: np.ndarray) -> np.ndarray:
    """WCAG relative luminance of 8-bit sRGB pixels (a lookup table, no powers)."""
    linear = _LINEAR[pixels]
    return linear[..., 0] * 0.2126 + linear[..., 1] * 0.7152 + linear[..., 2] * 0.0722


def _ratio(a: float | np.ndarray, b: float | np.ndarray):
    return (np.maximum(a, b) + 0.05) / (np.minimum(a, b) + 0.05)


def char_contrasts(
    image: Image.Image, mask: Image.Image, boxes: Sequence[Box], thumbnail: int | None = None
) -> list[float]:
    """WCAG contrast of each character box: its letter pixels against a thin ring
    around the letters, on the image scaled to `thumbnail` pixels (full size if None)."""
    side = thumbnail or image.size[0]
    scale = side / image.size[0]
    if thumbnail:
        image = image.resize((side, side), Image.Resampling.BOX)
        mask = mask.resize((side, side), Image.Resampling.BOX)
    lum = _luminance(np.asarray(image.convert("RGB")))
    coverage = np.asarray(mask)
    letters, inked = coverage > 160, coverage > 20
    out = []
    for x0, y0, x1, y1 in boxes:
        top, left = max(0, int(y0 * scale) - 3), max(0, int(x0 * scale) - 1)
        bottom, right = int(np.ceil(y1 * scale)) + 3, int(np.ceil(x1 * scale)) + 1
        ink = inked[top:bottom, left:right]
        ring = binary_dilation(ink, iterations=2) & ~ink
        inside = letters[top:bottom, left:right]
        if inside.sum() < 2 or ring.sum() < 2:
            continue
        window = lum[top:bottom, left:right]
        out.append(float(_ratio(window[inside].mean(), window[ring].mean())))
    return out


def _ring_levels(image: Image.Image, mask: Image.Image, boxes: Sequence[Box]) -> np.ndarray:
    """Per character, the luminance of the darkest and lightest tenth of the pixels
    just around its letters (where the letters are about to be drawn)."""
    if not boxes:
        return np.zeros((0, 2))
    ox = max(0, min(b[0] for b in boxes) - 8)
    oy = max(0, min(b[1] for b in boxes) - 8)
    region = (ox, oy, max(b[2] for b in boxes) + 8, max(b[3] for b in boxes) + 8)
    lum = _luminance(np.asarray(image.crop(region).convert("RGB")))
    inked = np.asarray(mask.crop(region)) > 20
    levels = []
    for bx0, by0, bx1, by1 in boxes:
        x0, y0, x1, y1 = bx0 - ox, by0 - oy, bx1 - ox, by1 - oy
        top, left = max(0, y0 - 4), max(0, x0 - 2)
        ink = inked[top : y1 + 4, left : x1 + 2]
        ring = binary_dilation(ink, iterations=3) & ~ink
        if ring.sum() < 2:
            continue
        levels.append(np.percentile(lum[top : y1 + 4, left : x1 + 2][ring], [10, 90]))
    return np.array(levels).reshape(-1, 2)


def _worst(color: RGB, levels: np.ndarray) -> float:
    if not len(levels):
        return 21.0
    own = relative_luminance(color)
    return float(_ratio(own, levels).min())


def _pick(candidates: Sequence[RGB], main: np.ndarray, small: np.ndarray) -> tuple[RGB, float]:
    """The first candidate that meets both targets with headroom; else the one that
    comes closest. Returns the colour and its margin (>= 1 meets the targets)."""
    scored = []
    for color in candidates:
        margin = min(
            _worst(color, main) / (MAIN_MIN * HEADROOM),
            _worst(color, small) / (SMALL_MIN * HEADROOM),
        )
        if margin >= 1:
            return color, margin
        scored.append((margin, color))
    margin, color = max(scored)
    return color, margin


def _halo(mask: Image.Image, px: int) -> Image.Image:
    """A soft shade shape that follows the letters: the glyph mask grown and feathered
    (computed at quarter size for speed)."""
    small = mask.resize((max(1, mask.width // 4), max(1, mask.height // 4)), Image.Resampling.BOX)
    grow = max(3, int(px * 0.12) | 1)
    small = small.filter(ImageFilter.MaxFilter(min(grow, 9)))
    small = small.point(lambda v: 255 if v > 24 else 0).filter(ImageFilter.GaussianBlur(px / 14))
    return small.resize(mask.size, Image.Resampling.BILINEAR)


def make_legible(
    image: Image.Image,
    direction: ArtDirection,
    mask: Image.Image,
    main_boxes: Sequence[Box],
    small_boxes: Sequence[Box],
    px: int,
) -> tuple[Image.Image, RGB, str, RGB | None]:
    """The image (shaded where needed), the text colour, the treatment ("none",
    "shade" or "outline") and the outline colour (None without one)."""
    palette = direction.palette
    candidates = [palette.ink, palette.accent, WHITE, BLACK]
    main, small = _ring_levels(image, mask, main_boxes), _ring_levels(image, mask, small_boxes)
    color, margin = _pick(candidates, main, small)
    if margin >= 1:
        return image, color, "none", None
    light_text = relative_luminance(color) > 0.3
    away = BLACK if light_text else WHITE
    halo = _halo(mask, px)
    ground = _ground(image, mask)
    for strength in (0.5, 0.7, 0.88):
        shade = mix(ground, away, 0.75)
        alpha = halo.point(lambda v, s=strength: int(v * s))
        shaded = Image.composite(Image.new("RGB", image.size, shade), image, alpha)
        main, small = (
            _ring_levels(shaded, mask, main_boxes),
            _ring_levels(shaded, mask, small_boxes),
        )
        color, margin = _pick([color, WHITE if light_text else BLACK], main, small)
        if margin >= 1:
            return shaded, color, "shade", None
    return shaded, color, "outline", away


def _ground(image: Image.Image, mask: Image.Image) -> RGB:
    """The median colour of the art under the title's box."""
    box = mask.getbbox() or (0, 0, *image.size)
    crop = image.crop(box).resize((32, 8), Image.Resampling.BOX)
    median = np.median(np.asarray(crop.convert("RGB")).reshape(-1, 3), axis=0)
    return (int(median[0]), int(median[1]), int(median[2]))
