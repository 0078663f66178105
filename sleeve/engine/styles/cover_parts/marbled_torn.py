"""The torn sheet: a marbled sheet in a big peacock pattern (a few motifs across the
frame, never a small all-over repeat; the bouquet's wide waves read as tiger stripes
and brush marks, not marbling, two reviewers, round 9) laid over the cover and torn off
along a rough line by the title, the paper's white core showing at the tear and the
plain field under it holding the title.

The song moves it: the pattern's pull (its energy curve) and fineness (its tempo),
the tear's roughness (its turbulence); the seed the pattern, the tear's tilt.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import compose, raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import RGB, ArtDirection
from sleeve.engine.styles.cover_parts import marble_field as mf
from sleeve.engine.styles.cover_parts import marbled_cut as cut
from sleeve.engine.styles.cover_parts import marbled_patterns as pat
from sleeve.engine.styles.cover_parts import marbled_sheet as sheet

F = np.float32
SCALE = (0.42, 0.55)  # the pattern's scale against a full-bleed sheet's (a few motifs)
CORE = (0.004, 0.012)  # the torn paper's white core (share of the side)
SHADOW = 0.018  # the sheet's shadow on the field below its torn edge


def tear(d: ArtDirection, rng: np.random.Generator, size: int, at: float) -> np.ndarray:
    """The tear's line (as `away` reads it) at each of `size` places along the edge:
    at `at`, tilted by the seed, rough at every scale (rougher for turbulent music)."""
    a = (np.arange(size) + 0.5) / size
    line = at + rng.uniform(-0.04, 0.04) * (a - 0.5)
    for freq, amp in ((1.5, 0.016), (4, 0.009), (11, 0.004), (29, 0.002), (71, 0.001)):
        amp *= 1.0 + 0.8 * d.turbulence
        line += amp * np.sin(2 * np.pi * freq * a + rng.uniform(0, 2 * np.pi))
    line += rng.normal(0, 0.0007, size)  # the fibres
    return line.astype(F)


def draw(
    d: ArtDirection,
    rng: np.random.Generator,
    size: int,
    coarse: int,
    colours: tuple[RGB, list[RGB]],
    side: str,
) -> tuple[np.ndarray, compose.Box]:
    """The torn sheet shaded at `size` (its pattern's moves on a `coarse` grid), and
    its focus (the sheet)."""
    ground, inks = cut.dark_led(d, colours)
    box = sheet.art_box(d, side)
    start = cut.depth_of(box, side)
    f = mf.Field.grid(coarse)
    scale = rng.uniform(*SCALE)
    g = mf.Field((f.x - F(0.5)) * F(scale) + F(0.5), (f.y - F(0.5)) * F(scale) + F(0.5), f.px)
    angle = pat.comb_angle(d, rng)
    bands = pat.combed(g, d, rng, len(inks), "peacock", angle)
    art = cut.pattern(mf.across(g, angle), bands, size, ground, inks)
    x, y = raster.pixel_grid(size)
    b = cut.away(side, x, y)
    line = tear(d, rng, size, start - 0.015)
    core = line + F(rng.uniform(*CORE)) + np.abs(tear(d, rng, size, 0.0))
    line_at, core_at = (line[:, None], core[:, None]) if side == "right" else (line, core)
    field = np.broadcast_to(np.asarray(ground, F), art.shape).copy()
    shade = np.clip(F(1) - (line_at - b) / F(SHADOW), 0, 1) * (b < line_at)
    field *= (F(1) - F(0.22) * shade * shade)[..., None]
    white = raster.tone((250, 248, 242), 0.96 if rgb_to_oklch(ground)[0] < 0.9 else 0.995, 0.01)
    out = cut.lay(field, white, cut.cover(line_at - b))
    out = cut.lay(out, art, cut.cover(core_at - b))
    return out, compose.clip_box(box)
