"""The marbled endpaper: the cover as a bound book, its boards covered in a combed
marbled sheet edge to edge, a plain leather spine down the side away from the title,
and a printed paper label plate (ruled inside its edge) where the title is set.
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
from sleeve.engine.styles.cover_parts.marbled_window import PAPER
from sleeve.engine.typography import margin_for

F = np.float32
PAD = 0.045  # the plate's paper round the title's block (share of the side)
RULE = 0.0025  # the plate's rule's half width
INSET = 0.012  # the rule's distance inside the plate's edge
SPINE = 0.13  # the spine's width


def _plate(box: tuple[float, float, float, float]) -> Callable[[int], np.ndarray]:
    """The plate's coordinate (under 0 inside) at a size."""
    x0, y0, x1, y1 = box
    cx, cy, hw, hh = (x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) / 2, (y1 - y0) / 2

    def at(size: int) -> np.ndarray:
        x, y = raster.pixel_grid(size)
        return np.maximum(np.abs(x - F(cx)) - F(hw), np.abs(y - F(cy)) - F(hh)).astype(F)

    return at


def _rule(plate: Callable[[int], np.ndarray]) -> Callable[[int], np.ndarray]:
    """The rule inside the plate's edge (under 0 on it)."""
    return lambda size: (np.abs(plate(size) + F(INSET)) - F(RULE)).astype(F)


def _spine(left: bool) -> Callable[[int], np.ndarray]:
    """The spine along the left or right edge (under 0 on it)."""

    def at(size: int) -> np.ndarray:
        x, y = raster.pixel_grid(size)
        u = x - F(SPINE) if left else F(1 - SPINE) - x
        return np.broadcast_to(u, (size, size)).astype(F)

    return at


def endpaper(
    f: mf.Field, d: ArtDirection, rng: np.random.Generator, inks: int, side: str
) -> tuple[lay.Layers, compose.Box]:
    """Marbled boards (gel-git, shawl, curl or peacock), the spine in the field ink on
    the side away from the title, the label plate round the title with its rule."""
    width, depth = sheet.title_block(d)
    x0, y0, x1, y1 = calm.title_box(side, (width, depth), margin_for(d.layout), is_rtl(d.title))
    box = (max(x0 - PAD, 0.04), max(y0 - PAD, 0.04), min(x1 + PAD, 0.96), min(y1 + PAD, 0.96))
    kind = ("gelgit", "shawl", "curl", "peacock")[int(rng.integers(4))]
    layers, _ = lay.combed_sheet(f, d, rng, inks, side, kind)
    left = (x0 + x1) / 2 > 0.5
    field, _, accent = pat.roles(inks)
    plate = _plate(box)
    solid = mf.Bands(np.array([0.0]), np.array([field, -1]))
    gilt = mf.Bands(np.array([0.0]), np.array([accent, -1]))
    edge = SPINE + 0.006
    layers += [
        (_spine(left), solid),
        (lambda size: np.abs(_spine(left)(size) + F(0.012)) - F(0.002), gilt),
        (plate, PAPER),
        (_rule(plate), solid),
    ]
    focus = sheet.art_box(d, side)
    focus = (max(focus[0], edge), focus[1], focus[2], focus[3]) if left else focus
    return layers, compose.clip_box(focus)
