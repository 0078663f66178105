"""The paper a marbled sheet is lifted onto: fine fibres laid along the sheet, a hair
lighter and darker, over the whole cover (the ink takes the paper's grain), so the
marbling reads as printed on laid paper, not as a flat digital fill."""

from __future__ import annotations

import numpy as np
from PIL import Image

FIBRE = 2.5  # the fibres' strength (levels of 255, either way)
STRETCH = 10  # a fibre's length against its width


def fibre(image: Image.Image, rng: np.random.Generator) -> Image.Image:
    """`image` with the paper's fibres pressed into it: noise stretched along the
    sheet (long thin streaks), at any size the same look."""
    size = image.size[0]
    rows, cols = max(8, size // 2), max(4, size // (2 * STRETCH))
    streaks = Image.fromarray(rng.standard_normal((rows, cols)).astype(np.float32), "F")
    grain = np.array(streaks.resize((size, size), Image.Resampling.BILINEAR), np.float32)
    arr = np.asarray(image.convert("RGB"), np.float32)
    arr += (FIBRE * np.clip(grain, -2.5, 2.5))[..., None]
    return Image.fromarray(np.clip(arr + 0.5, 0, 255).astype(np.uint8), "RGB")
