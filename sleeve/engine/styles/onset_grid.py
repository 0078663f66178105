"""Onset grid: the song's rhythm as a step sequencer, sixteen steps to a bar.

onsets -> each cell's size (the strongest hit in its sixteenth); tempo and
density -> how many bars are shown; downbeats in the accent; seed -> the mark
(squares, dots or bars), whether the grid lies across or stands up,
and where the block sits (the rest is empty).
"""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import compose, raster, signals
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, StyleInfo

STYLE = StyleInfo(
    name="onset_grid",
    family="graphic",
    fits=("electronic", "hiphop", "pop", "punk", "rock", "world"),
    music=True,
)

MARKS = ("square", "dot", "bar")
STEPS = 16


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the onset-grid cover (RGB, size x size)."""
    rng = raster.rng_for(direction, "onsets")
    pal = direction.palette
    mark = compose.pick(rng, MARKS, direction.energy)
    bars = int(np.clip(round(6 + 14 * direction.density + rng.integers(-2, 3)), 4, 20))
    hits = signals.onsets(direction, bars * STEPS).reshape(bars, STEPS)
    dark = compose.dark_field(rgb_to_oklch(pal.background)[0]) or direction.energy > 0.6
    paper = raster.tone(pal.background, 0.11 if dark else 0.94, 0.015)
    ink = raster.tone(pal.background, 0.88 if dark else 0.18, 0.02)
    beat = raster.vivid(pal.colors[0], 0.7 if dark else 0.55, 0.14)
    hot = raster.vivid(pal.accent, 0.75 if dark else 0.58, 0.2)
    standing = rng.random() < 0.35
    cols, rows = (bars, STEPS) if standing else (STEPS, bars)
    span = rng.uniform(0.62, 0.84)
    cell = span / max(cols, rows * 0.9)
    w, h = cell * cols, cell * rows
    x0 = float(rng.choice((0.08, 1 - 0.08 - w, (1 - w) / 2)))
    y0 = float(rng.choice((0.08, 1 - 0.08 - h))) if h < 0.7 else (1 - h) / 2
    img = Image.new("RGB", (size, size), paper)
    draw = aggdraw.Draw(img)
    px = cell * size
    for b in range(bars):
        for s in range(STEPS):
            v = float(hits[b, s])
            if v < 0.05:
                continue
            c, r = (b, s) if standing else (s, b)
            color = hot if s == 0 else beat if s % 4 == 0 else ink
            x, y = (x0 + c * cell) * size, (y0 + r * cell) * size
            k = np.sqrt(v) * 0.88
            cxp, cyp = x + px / 2, y + px / 2
            if mark == "square":
                half = px * k / 2
                draw.rectangle(
                    (cxp - half, cyp - half, cxp + half, cyp + half), aggdraw.Brush(color)
                )
            elif mark == "dot":
                half = px * k / 2
                draw.ellipse((cxp - half, cyp - half, cxp + half, cyp + half), aggdraw.Brush(color))
            else:
                bw = px * 0.36
                if standing:
                    draw.rectangle(
                        (x, cyp - bw / 2, x + px * k, cyp + bw / 2), aggdraw.Brush(color)
                    )
                else:
                    draw.rectangle(
                        (cxp - bw / 2, y + px * (1 - k), cxp + bw / 2, y + px), aggdraw.Brush(color)
                    )
    draw.flush()
    focal = (x0, y0, min(1.0, x0 + w), min(1.0, y0 + h))
    return Artwork(finish(img, direction, "onsets", 0.02), focal)
