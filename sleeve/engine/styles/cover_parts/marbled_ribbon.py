"""The marbled ribbon: a tall strip of combed marbling falling like a banner down the
cover beside the title, swaying gently, narrowing where it turns, its end cut into a
swallowtail; the rest plain paper. It hangs from the top edge beside the title, or
from a thin rod below a title too wide to pass.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from sleeve.engine import compose, raster
from sleeve.engine.direction import ArtDirection
from sleeve.engine.runs import is_rtl
from sleeve.engine.styles.cover_parts import marble_field as mf
from sleeve.engine.styles.cover_parts import marbled_calm as calm
from sleeve.engine.styles.cover_parts import marbled_layouts as lay
from sleeve.engine.styles.cover_parts import marbled_patterns as pat
from sleeve.engine.styles.cover_parts import marbled_sheet as sheet
from sleeve.engine.styles.cover_parts.marbled_sheet import CLEAR
from sleeve.engine.styles.cover_parts.marbled_window import PAPER
from sleeve.engine.typography import margin_for

F = np.float32
GAP = 0.06  # the least paper between the ribbon and the title's block


def _cut(
    cx: float, w: float, top: float, end: float, sway: tuple[float, float, float], fork: float
) -> Callable[[int], np.ndarray]:
    """The ribbon's coordinate at a size (over 0 inside): a strip round `cx` swaying
    (amplitude, wavelength, phase), narrowing where it turns, from `top` to `end`
    (either way up), its `end` forked `fork` deep."""
    amp, wave, phase = sway

    def at(size: int) -> np.ndarray:
        x, y = raster.pixel_grid(size)
        t = (y - F(top)) / F(end - top)  # 0 at the fixed end, 1 at the fork
        turn = np.sin(y * F(2 * np.pi / wave) + F(phase))
        mid = F(cx) + F(amp) * turn * t
        half = F(w) * (F(0.78) + F(0.22) * np.abs(np.cos(y * F(2 * np.pi / wave) + F(phase))))
        dx = np.abs(x - mid)
        body = half - dx
        tail = (F(1) - t) * F(abs(end - top)) - F(fork) * (F(1) - dx / half)
        return np.minimum(np.minimum(body, tail), t * F(abs(end - top))).astype(F)

    return at


def ribbon(
    f: mf.Field, d: ArtDirection, rng: np.random.Generator, inks: int, side: str
) -> tuple[lay.Layers, compose.Box]:
    """A combed sheet (gel-git, shawl, curl or peacock) seen through a swaying banner
    beside the title (at the song's loudest moment across where it can hang)."""
    width, _ = sheet.title_block(d)
    margin = margin_for(d.layout)
    x0, _, x1, _ = calm.title_box(side, (width, 0.1), margin, is_rtl(d.title))
    w = rng.uniform(0.09, 0.12)
    loud = pat.peaks(pat.energy_line(d), 1)[0][0]
    free = (x1 + GAP + w, 1 - 0.08 - w) if x0 < 0.5 else (0.08 + w, x0 - GAP - w)
    rod = False
    if free[1] - free[0] < 0:  # a wide title: the ribbon hangs in the art's box
        free = (0.15 + w, 0.85 - w)
        _, by0, _, by1 = sheet.art_box(d, side)
        rod = not side.startswith("bottom")  # under a title: it hangs from a rod
        top, end = (by0 + 0.01, by1 - 0.03) if rod else (-0.02, by1 - 0.02)
    else:
        top, end = -0.02, rng.uniform(0.8, 0.9)
    cx = free[0] + (free[1] - free[0]) * float(np.clip(loud + rng.uniform(-0.1, 0.1), 0, 1))
    sway = (rng.uniform(0.02, 0.04), rng.uniform(0.45, 0.7), rng.uniform(0, 2 * np.pi))
    cut = _cut(cx, w, top, end, sway, w * rng.uniform(0.9, 1.3))
    kind = ("gelgit", "shawl", "curl", "peacock")[int(rng.integers(4))]
    fine = mf.Field(f.x * 1.5, f.y * 1.5, f.px * 1.5)
    layers, _ = lay.combed_sheet(fine, d, rng, inks, side, kind)
    reach = w + sway[0]
    focus = (cx - reach, top, cx + reach, end)
    layers = [*layers, (cut, PAPER)]
    if rod:
        layers.append((_rod(cx, top, w * 1.35), mf.Bands(np.array([0.0]), np.array([0, CLEAR]))))
    return layers, compose.clip_box(focus)


def _rod(cx: float, y: float, half: float) -> Callable[[int], np.ndarray]:
    """A thin rod across the ribbon's top, in the field ink (under 0 on it)."""

    def at(size: int) -> np.ndarray:
        x, yy = raster.pixel_grid(size)
        return np.maximum(np.abs(x - F(cx)) - F(half), np.abs(yy - F(y)) - F(0.006)).astype(F)

    return at
