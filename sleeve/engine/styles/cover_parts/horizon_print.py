"""The loudness horizon as a screen print: the painted landscape pulled down to a few
flat inks (every soft gradient a stack of solid bands, as a travel poster prints its
sky), the inks spread in value from a deep key ink to a pale one so the picture reads
at 64 px; nothing soft is left."""

from __future__ import annotations

import numpy as np
from PIL import Image

from sleeve.engine import raster
from sleeve.engine.color import rgb_to_oklch

INKS = 5  # flat inks a print pulls (the paper grain comes from the finish)
DEEPEST = 0.16  # the key ink is at least this dark (OKLab lightness)
PALEST = 0.88  # and the palest ink at least this light
SHARP = 400  # covers up to this side are printed at their own size
PRINTED = 0.62  # bigger ones at this share of it, then scaled up
SAMPLE = 192  # the inks are found on the picture at this side (the cut is slow)


def screen_print(img: Image.Image, inks: int = INKS) -> Image.Image:
    """`img` in `inks` flat colours, no dither: `inks` - 2 by median cut plus the
    picture's brightest and darkest (a moon, lit windows, a grove: too small to keep),
    their lightness stretched so the darkest is at most DEEPEST and the palest at least
    PALEST (hue and chroma kept): a misty picture becomes a bold one in its own colours."""
    rgb = img.convert("RGB")
    sample = rgb.resize((SAMPLE, SAMPLE), Image.Resampling.BOX) if rgb.width > SAMPLE else rgb
    cut = sample.quantize(inks - 2, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    used = int(np.asarray(cut).max()) + 1
    table = np.array(cut.getpalette() or [], np.int64)[: 3 * used].reshape(-1, 3)
    colours: list[raster.RGB] = [(int(r), int(g), int(b)) for r, g, b in table]
    colours.extend(_extremes(sample))
    lit = np.array([rgb_to_oklch(c)[0] for c in colours])
    lo, hi = float(lit.min()), float(lit.max())
    new_lo, new_hi = min(lo, DEEPEST), max(hi, PALEST)
    spread = (lit - lo) / max(hi - lo, 1e-3)
    stretched = new_lo + spread * (new_hi - new_lo)
    tones = [raster.tone(c, float(t)) for c, t in zip(colours, stretched, strict=True)]
    table_image = Image.new("P", (1, 1))
    table_image.putpalette([v for c in colours for v in c])
    flat = rgb.quantize(palette=table_image, dither=Image.Dither.NONE)
    flat.putpalette([v for c in tones for v in c])
    return flat.convert("RGB")


def print_side(size: int) -> int:
    """The side to draw and print a `size` cover at: the cover's own up to SHARP px,
    above it PRINTED of it (scaled up bilinearly, which also anti-aliases the inks'
    thresholded edges; flat inks lose nothing)."""
    return size if size <= SHARP else max(SHARP, round(size * PRINTED))


def _extremes(img: Image.Image) -> tuple[raster.RGB, raster.RGB]:
    """The mean colours of the picture's brightest and darkest few pixels: its light
    and its key (a grove of trees, a city's towers, too small for the cut to keep)."""
    px = np.asarray(img, np.float32).reshape(-1, 3)
    luma = px @ np.array([0.299, 0.587, 0.114], np.float32)
    light = px[luma >= np.percentile(luma, 99.6)].mean(axis=0)
    key = px[luma <= np.percentile(luma, 0.4)].mean(axis=0)
    return (int(light[0]), int(light[1]), int(light[2])), (int(key[0]), int(key[1]), int(key[2]))
