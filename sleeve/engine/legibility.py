"""Legibility of the title on the pixels: the colour that reads against what is behind
it, and the treatments (knock-out, scrim, plate) added when none does."""

from __future__ import annotations

import numpy as np
from PIL import Image

from sleeve.engine.color import contrast_ratio, mix, relative_luminance
from sleeve.engine.direction import RGB, ArtDirection

MIN_CONTRAST = 4.5  # WCAG AA, what the title must reach on the pixels
TARGET = 5.5  # what placement aims for, so thumbnails (which blur edges) still pass
BUSY = 6.0  # edge energy under the title above which the art is knocked back
WHITE: RGB = (250, 250, 247)
BLACK: RGB = (14, 14, 18)


def _background_range(image: Image.Image, region: tuple[int, int, int, int]) -> tuple[float, float]:
    """Luminance of the darkest and lightest 2% of the background behind the title."""
    crop = image.crop(region)
    step = max(1, crop.size[0] // 256)
    if step > 1:
        crop = crop.resize(
            (crop.size[0] // step, max(1, crop.size[1] // step)), Image.Resampling.BOX
        )
    lum = _luminance(np.asarray(crop).reshape(-1, 3))
    low, high = np.percentile(lum, [2, 98])
    return float(low), float(high)


def _worst_contrast(color: RGB, low: float, high: float) -> float:
    """Contrast of `color` against the darkest and the lightest part of the background."""
    own = relative_luminance(color)
    return min(_ratio(own, low), _ratio(own, high))


def _ratio(a: float, b: float) -> float:
    light, dark = max(a, b), min(a, b)
    return (light + 0.05) / (dark + 0.05)


def _luminance(pixels: np.ndarray) -> np.ndarray:
    c = pixels.astype(float) / 255.0
    linear = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    return linear @ np.array([0.2126, 0.7152, 0.0722])


def _choose_color(direction: ArtDirection, low: float, high: float) -> tuple[RGB, float]:
    palette = direction.palette
    candidates = [palette.ink, palette.accent, WHITE, BLACK]
    scored = [
        (_worst_contrast(color, low, high), index, color) for index, color in enumerate(candidates)
    ]
    # prefer the palette's own colours when they are legible enough
    legible = [item for item in scored if item[0] >= TARGET]
    best = min(legible, key=lambda item: item[1]) if legible else max(scored)
    return best[2], best[0]


def _band(
    image: Image.Image, top: int, bottom: int, color: RGB, strength: float, feather: int
) -> Image.Image:
    """Blend a full-width horizontal band of `color` behind the title, with soft top and
    bottom edges (a scrim); strength 1 with no feather is a solid plate."""
    size = image.size[1]
    y0, y1 = max(0, top - feather), min(size, bottom + feather)
    rows = np.arange(y0, y1, dtype=float)
    ramp = np.ones_like(rows)
    if feather:
        ramp = np.clip(
            np.minimum(rows - (top - feather), (bottom + feather) - rows) / feather, 0, 1
        )
        ramp = ramp * ramp * (3 - 2 * ramp)
    alpha = (strength * ramp)[:, None, None]
    out = np.array(image)
    band = out[y0:y1].astype(np.float32) * (1 - alpha) + np.array(color, np.float32) * alpha
    out[y0:y1] = band.round().astype(np.uint8)
    return Image.fromarray(out)


def _dominant(image: Image.Image, region: tuple[int, int, int, int]) -> RGB:
    """The median colour behind the title: the art's own ground there (a style may
    paint its own paper rather than the palette's background)."""
    crop = image.crop(region).resize((48, 16), Image.Resampling.BOX)
    median = np.median(np.asarray(crop).reshape(-1, 3), axis=0)
    return (int(median[0]), int(median[1]), int(median[2]))


def make_legible(
    image: Image.Image,
    direction: ArtDirection,
    region: tuple[int, int, int, int],
    px: int,
    busy: float,
) -> tuple[Image.Image, RGB, str]:
    """The text colour for `region` and, when no colour reads at 4.5:1 against the
    darkest and lightest pixels there, the image with a scrim (then a plate) behind it.
    Busy art (shapes, lines) under the title is first knocked back to its own ground
    colour, so letters do not tangle with shapes even where the contrast passes."""
    treatment = "none"
    ground = _dominant(image, region)
    if busy >= BUSY:
        image = _band(image, region[1], region[3], ground, 0.9, int(px * 0.25))
        treatment = "knockout"
    color, worst = _choose_color(direction, *_background_range(image, region))
    if worst >= TARGET:
        return image, color, treatment
    # a scrim that pushes the ground further the way it already leans (light or dark)
    light_ground = relative_luminance(ground) > 0.25
    shade = mix(ground, WHITE if light_ground else BLACK, 0.5)
    image = _band(image, region[1], region[3], shade, 0.82, int(px * 0.8))
    color, worst = _choose_color(direction, *_background_range(image, region))
    if worst >= TARGET:
        return image, color, "scrim"
    plate = BLACK if relative_luminance(color) > 0.4 else WHITE
    if contrast_ratio(direction.palette.background, color) >= 7:
        plate = direction.palette.background
    return _band(image, region[1], region[3], plate, 1.0, 0), color, "plate"
