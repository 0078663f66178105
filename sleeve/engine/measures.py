"""Offline quality measures for covers: distance between images, colour, contrast and
title legibility (all numpy; each well under 40 ms at 1024 px)."""

from __future__ import annotations

import numpy as np
from PIL import Image
from scipy.ndimage import binary_dilation, uniform_filter

from sleeve.engine.legibility import char_contrasts
from sleeve.engine.raster import srgb_to_oklab
from sleeve.engine.title_layout import TitleLayout


def dhash(image: Image.Image) -> int:
    """64-bit difference hash: is each pixel of a 9x8 grey thumbnail brighter than the
    next one to its right."""
    small = image.resize((9, 8), Image.Resampling.LANCZOS, reducing_gap=2.0)  # box-reduce first
    grey = np.asarray(small.convert("L"), float)
    bits = (grey[:, 1:] > grey[:, :-1]).flatten()
    return int("".join("1" if bit else "0" for bit in bits), 2)


def hamming(a: int, b: int) -> int:
    """Number of differing bits."""
    return bin(a ^ b).count("1")


SILHOUETTE_SIDE = 32


def silhouette(image: Image.Image) -> np.ndarray:
    """The cover's figure against its ground, blind to colour and polarity: which cells
    of a 32 x 32 thumbnail stand further (OKLab) from its median colour than half of
    them do. A recoloured composition, light on dark or dark on light, keeps it."""
    side = SILHOUETTE_SIDE
    small = image.convert("RGB").resize((side, side), Image.Resampling.BOX)
    lab = srgb_to_oklab(np.asarray(small, float))
    far = np.linalg.norm(lab - np.median(lab.reshape(-1, 3), axis=0), axis=-1)
    return far > max(0.05, float(np.percentile(far, 50)))


def silhouette_distance(a: np.ndarray, b: np.ndarray) -> float:
    """The share of cells where two silhouettes differ (0 the same figure)."""
    return float((a != b).mean())


def ssim(a: Image.Image, b: Image.Image, size: int = 256) -> float:
    """Structural similarity of two images as 256x256 grey (7x7 windows)."""
    x = np.asarray(a.convert("L").resize((size, size), Image.Resampling.BILINEAR), float)
    y = np.asarray(b.convert("L").resize((size, size), Image.Resampling.BILINEAR), float)
    c1, c2 = (0.01 * 255) ** 2, (0.03 * 255) ** 2
    mx, my = uniform_filter(x, 7), uniform_filter(y, 7)
    vx = uniform_filter(x * x, 7) - mx * mx
    vy = uniform_filter(y * y, 7) - my * my
    cxy = uniform_filter(x * y, 7) - mx * my
    index = ((2 * mx * my + c1) * (2 * cxy + c2)) / ((mx**2 + my**2 + c1) * (vx + vy + c2))
    return float(index.mean())


PAIR_SIDE = 64  # the pair's structural similarity is judged at thumbnail size


def pair_similarity(a: Image.Image, b: Image.Image) -> float:
    """Structural similarity of a track's two covers as a listener sees them side by
    side in a list (SSIM at PAIR_SIDE px). At 256 px a preview and its full-size
    cover differed by up to 0.39 (grain averages out at full size, and flat fields
    then read as alike); at 64 px by at most 0.07, so previews predict the cover."""
    return ssim(a, b, PAIR_SIDE)


def colourfulness(image: Image.Image) -> float:
    """Hasler-Süsstrunk colourfulness; below about 15 reads as dull."""
    rgb = np.asarray(image.convert("RGB").resize((256, 256)), float)
    rg = rgb[..., 0] - rgb[..., 1]
    yb = (rgb[..., 0] + rgb[..., 1]) / 2 - rgb[..., 2]
    return float(np.hypot(rg.std(), yb.std()) + 0.3 * np.hypot(rg.mean(), yb.mean()))


def rms_contrast(image: Image.Image) -> float:
    """Standard deviation of luminance in 0..1; below about 0.08 is flat."""
    return float(np.asarray(image.convert("L").resize((256, 256)), float).std() / 255)


def _lab(image: Image.Image) -> np.ndarray:
    rgb = np.asarray(image.convert("RGB").resize((64, 64)), float) / 255
    linear = np.where(rgb <= 0.04045, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4)
    xyz = (
        linear
        @ np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]]).T
    )
    xyz /= np.array([0.9505, 1.0, 1.089])
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
    return np.stack(
        [116 * f[..., 1] - 16, 500 * (f[..., 0] - f[..., 1]), 200 * (f[..., 1] - f[..., 2])],
        axis=-1,
    )


def palette_distance(a: Image.Image, b: Image.Image) -> float:
    """ΔE76 between the mean CIELAB colours of two images."""
    return float(np.linalg.norm(_lab(a).reshape(-1, 3).mean(0) - _lab(b).reshape(-1, 3).mean(0)))


def lightness_and_warmth(image: Image.Image) -> tuple[float, float]:
    """Mean CIELAB lightness (0..100) and warmth (mean a* + b*, higher is warmer)."""
    lab = _lab(image).reshape(-1, 3)
    return float(lab[:, 0].mean()), float(lab[:, 1].mean() + lab[:, 2].mean())


def _luminance(pixels: np.ndarray) -> np.ndarray:
    c = pixels / 255.0
    linear = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    return linear @ np.array([0.2126, 0.7152, 0.0722])


def title_contrast(image: Image.Image, layout: TitleLayout, thumbnail: int = 256) -> float:
    """The worst per-character WCAG contrast of the title at thumbnail size: each
    quarter of a character's slice of its line (_char_slices) has its letter pixels
    compared with a thin ring beside them, the character reading at the median of its
    quarters (the legibility probe where the layout has character boxes; a colour
    emoji is read by its sticker rim, the title's colour, against the ground)."""
    if layout.char_boxes:
        stickers = set(layout.sticker_boxes)
        letters = [box for box in layout.char_boxes if box not in stickers]
        contrasts = char_contrasts(image, layout.mask, letters, thumbnail)
        if stickers:
            # a colour emoji reads by its sticker's rim, drawn in the title's colour,
            # against the ground: its own colours on a ground of the same hue had
            # measured 1.0:1 (the moon of 🌙✨💔 on a dusk gradient)
            rims = image.convert("RGB")
            rims.paste(layout.color, mask=layout.mask)
            contrasts += char_contrasts(rims, layout.mask, layout.sticker_boxes, thumbnail)
        return min(contrasts, default=0.0)
    scale = thumbnail / image.size[0]
    small = np.asarray(
        image.convert("RGB").resize((thumbnail, thumbnail), Image.Resampling.BOX), float
    )
    coverage = np.asarray(layout.mask.resize((thumbnail, thumbnail), Image.Resampling.BOX))
    mask = coverage > 160
    ring = binary_dilation(coverage > 20, iterations=2) & ~(coverage > 20)
    lum = _luminance(small)
    worst = float("inf")
    for x0, y0, x1, y1 in _char_slices(layout):
        top, bottom = int(y0 * scale), int(np.ceil(y1 * scale)) + 1
        left, right = int(x0 * scale), max(int(x0 * scale) + 1, int(np.ceil(x1 * scale)))
        # each quarter of the character against the ring beside it: a title that a
        # cut in the ground turns from dark to light mid-letter reads on both sides
        # (one mean for the whole letter had put Frostgrave Hymn at 1.2:1)
        cells = []
        for r0, r1 in _halves(top, bottom):
            for c0, c1 in _halves(left, right):
                letters = mask[r0:r1, c0:c1]
                near = (slice(max(0, r0 - 2), r1 + 2), slice(max(0, c0 - 2), c1 + 2))
                around = ring[near]
                if letters.sum() < 2 or around.sum() < 2:
                    continue
                fg, bg = lum[r0:r1, c0:c1][letters].mean(), lum[near][around].mean()
                cells.append((max(fg, bg) + 0.05) / (min(fg, bg) + 0.05))
        if cells:
            worst = min(worst, float(np.median(cells)))
    return worst if worst != float("inf") else 0.0


def _halves(start: int, stop: int) -> tuple[tuple[int, int], tuple[int, int]]:
    middle = (start + stop) // 2
    return (start, max(middle, start + 1)), (middle, stop)


def _char_slices(layout: TitleLayout) -> list[tuple[int, int, int, int]]:
    """One box per main-title character: the layout's own, else each line's box cut
    into as many equal slices as it has characters."""
    if layout.char_boxes:
        return list(layout.char_boxes)
    slices = []
    for (x0, y0, x1, y1), count in zip(layout.boxes, layout.chars, strict=True):
        edges = np.linspace(x0, x1, count + 1).astype(int) if count else []
        slices += [(a, y0, max(a + 1, b), y1) for a, b in zip(edges[:-1], edges[1:], strict=True)]
    return slices


def letter_height(layout: TitleLayout, thumbnail: int = 64) -> float:
    """How tall the title's letters stand at `thumbnail` px: the median ink height of
    the characters of its largest line (capitals, or x-height for a lowercase title),
    so a store's 64 px tile can be judged for size, not only contrast."""
    coverage = np.asarray(layout.mask) > 127
    per_line: dict[tuple[int, int], list[int]] = {}
    for x0, y0, x1, y1 in _char_slices(layout):
        rows = np.flatnonzero(coverage[max(0, y0) : y1, max(0, x0) : x1].any(axis=1))
        if rows.size:
            per_line.setdefault((y0, y1), []).append(int(rows[-1] - rows[0] + 1))
    heights = [float(np.median(h)) for h in per_line.values()]
    return max(heights, default=0.0) * thumbnail / layout.mask.size[0]
