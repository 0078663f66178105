"""The loudness horizon's woodblock marks: a sky pulled in a few flat bands (the
block's steps, never a pastel ramp) and a hill's cut lines (the carver's grooves
following a crest down its flank)."""

from __future__ import annotations

import numpy as np

from sleeve.engine.color import mix
from sleeve.engine.raster import RGB
from sleeve.engine.styles.cover_parts.horizon_sheet import Sheet
from sleeve.engine.styles.cover_parts.horizon_skies import Sky


def stepped_sky(s: Sheet, sky: Sky, top: float, low: float, steps: int = 5) -> None:
    """The zenith ink down to `top` (the title's calm), then `steps` flat bands, each
    a step nearer the glow, the last meeting the land at `low`."""
    s.band(0.0, 1.0, sky.zenith)
    edges = top + (low - top) * np.linspace(0.0, 1.0, steps + 1) ** 0.7
    for i in range(steps):
        s.band(float(edges[i]), 1.0, mix(sky.zenith, sky.glow, ((i + 1) / steps) ** 1.3))


def grooves(
    s: Sheet, crest: np.ndarray, foot: float, colour: RGB, count: int, width: float
) -> None:
    """`count` cut lines following `crest` down the land to `foot`, closer near the
    crest (a hill's roundness), none in the last hundredth above `foot`."""
    for k in range(1, count + 1):
        line = crest + (foot - crest) * (k / (count + 1)) ** 1.5
        s.stroke(np.where(line < foot - 0.01, line, np.nan), width, colour)
