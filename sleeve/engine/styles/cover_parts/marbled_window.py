"""A combed marbled sheet seen only through one shape laid on plain paper, as a
bookbinder lays it: a disc (a round label cut from the sheet) or a torn band along
the cover's edge (the marbled spine of a book), the rest plain paper for the title.

The shape is one more layer over the sheet: clear paper everywhere outside it (a
coordinate under 0 outside), its edge shaded at the cover's size (a torn edge frayed
by a little noise along it).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from sleeve.engine import compose, raster
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts import marble_field as mf
from sleeve.engine.styles.cover_parts import marbled_drops as drops
from sleeve.engine.styles.cover_parts import marbled_layouts as lay
from sleeve.engine.styles.cover_parts import marbled_patterns as pat
from sleeve.engine.styles.cover_parts import marbled_sheet as sheet
from sleeve.engine.styles.cover_parts.marbled_sheet import CLEAR

SHAPES = ("disc", "band")
PAPER = mf.Bands(np.array([0.0]), np.array([CLEAR, CLEAR]))  # clear paper where u < 0
FINER = 1.3  # the sheet seen through the shape combed this much finer than full-bleed
TEAR = 0.006  # how far a torn edge frays (share of the side)


def _disc(c: tuple[float, float], r: float) -> Callable[[int], np.ndarray]:
    """The disc's coordinate at a size: its radius less the distance from its centre."""

    def at(size: int) -> np.ndarray:
        x, y = raster.pixel_grid(size)
        return (np.float32(r) - np.sqrt((x - c[0]) ** 2 + (y - c[1]) ** 2)).astype(np.float32)

    return at


def _torn(edge: float, toward: str, rng: np.random.Generator) -> Callable[[int], np.ndarray]:
    """A band from the cover's `toward` edge ("top", "bottom", "left") to `edge`, its
    inner edge torn: a slow wander and a fine fray along it."""
    slow = rng.standard_normal(7)
    fine = rng.standard_normal(96)

    def at(size: int) -> np.ndarray:
        x, y = raster.pixel_grid(size)
        along, depth = (y, x) if toward == "left" else (x, y)
        t = along.ravel()
        wander = np.interp(t, np.linspace(0, 1, 7), slow) * 0.012
        fray = np.interp(t, np.linspace(0, 1, 96), fine) * TEAR
        line = (np.float32(edge) + wander + fray).astype(np.float32)
        line = line.reshape(along.shape)
        if toward == "bottom":
            return (depth - line).astype(np.float32)
        return (line - depth).astype(np.float32)

    return at


def window(
    f: mf.Field, d: ArtDirection, rng: np.random.Generator, inks: int, side: str
) -> tuple[lay.Layers, compose.Box]:
    """A combed sheet (gel-git, shawl, curl or peacock: the seed and the music pick)
    seen through a disc at the song's loud moment or a torn band along the edge away
    from the title; the rest plain paper."""
    kinds = ("gelgit", "shawl", "curl", "peacock")
    weights = np.array([0.1 + 0.2 * d.energy, 0.35, 0.15 + 0.3 * d.turbulence, 0.35])
    kind = kinds[int(rng.choice(4, p=weights / weights.sum()))]
    box = sheet.art_box(d, side)
    bx0, by0, bx1, by1 = box
    shape = SHAPES[int(rng.random() < 0.45 + 0.2 * d.energy)]
    if shape == "disc":  # toward the far edge, cropped by it where it is big
        loud = pat.peaks(pat.energy_line(d), 1)[0][0]
        far = rng.uniform(0.5, 0.7)
        c = (bx0 + (bx1 - bx0) * (0.3 + 0.4 * loud), by0 + (by1 - by0) * far)
        if side.startswith("bottom"):
            c = (c[0], by1 - (by1 - by0) * far)
        r = min(rng.uniform(0.27, 0.36), drops.room(c, box))
        cut, focus = _disc(c, r), compose.around(c[0], c[1], r)
    else:
        toward = {"top": "bottom", "bottom": "top", "right": "left"}.get(side.split("-")[0])
        toward = toward or "bottom"
        depth = rng.uniform(0.5, 0.7) * (by1 - by0 if toward != "left" else bx1 - bx0)
        edge = {"bottom": 1.0 - depth, "top": depth, "left": depth}[toward]
        cut = _torn(edge, toward, rng)
        focus = {
            "bottom": (0.0, edge, 1.0, 1.0),
            "top": (0.0, 0.0, 1.0, edge),
            "left": (0.0, 0.0, edge, 1.0),
        }[toward]
    fine = mf.Field(f.x * FINER, f.y * FINER, f.px * FINER)  # paper, not a swatch
    layers, _ = lay.combed_sheet(fine, d, rng, inks, side, kind)
    return [*layers, (cut, PAPER)], compose.clip_box(focus)
