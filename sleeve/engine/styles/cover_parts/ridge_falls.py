"""Ridgeline's upright ridges. It draws onto the canvas and returns its focal box (the
title keeps out of it):

falls: the ridges standing upright, the song running down each from the title's band
to the frame's far edge: a few heavy ones for a slow, sparse song, many fine ones for
a fast, dense one; each pushed sideways by its spectrum slice and its stretch's
strongest onset, filled so each hides the ones behind it, the loudest in the spot ink;
spanning the frame or crowded to its side, straight or slanting, by the seed.
"""

from __future__ import annotations

from collections.abc import Callable

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import signals
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.ridge_genres import is_hard
from sleeve.engine.styles.cover_parts.ridge_paint import line_inks
from sleeve.engine.styles.cover_parts.ridge_stack import (
    Canvas,
    U,
    at,
    busy,
    region,
    ridge,
    rows,
    smooth_rows,
)


def _paint(c: Canvas, columns: list[np.ndarray], weights: np.ndarray, loud: int) -> None:
    """Paint the columns (x, y crests, the far one first), each band filled to the
    right of its crest (hiding the ones behind it), then its line; the loudest in the
    spot ink."""
    inks = line_inks(c)
    s, count = c.size, len(columns)
    for i, crest in enumerate(columns):
        t = i / max(count - 1, 1)
        line = crest * s
        base = np.stack([np.full(len(line), 1.05 * s), line[:, 1]], axis=1)
        edge = inks.spot if i == loud else at(inks.edge, t)
        weight = weights[i] * (1.5 if i == loud else 1.0)
        ridge(c.draw, line, base, at(inks.fill, t), edge, max(c.pen * weight, 0.9))


def _emerge(c: Canvas, edge: float, way: float) -> None:
    """Fade the columns into the field over a tenth of the side from `edge` (a side
    fraction; way 1 downward, -1 upward), so they come out of the calm band rather
    than stop at a cut."""
    s = c.size
    y = (np.arange(s) + 0.5) / s
    fade = np.clip(1.0 - (y - edge) * way / 0.12, 0.0, 1.0) ** 1.5
    mask = Image.fromarray((np.repeat(fade[:, None], s, 1) * 255).astype(np.uint8), "L")
    c.draw.flush()
    c.image.paste(c.inks.bg, (0, 0, s, s), mask)
    c.draw = aggdraw.Draw(c.image)


def falls(c: Canvas) -> Box:
    """The upright ridges (see the module): columns from the left (the far one) to
    the right (the near one), each swinging left where the song is loud."""
    rng, d = c.rng, c.direction
    top, bottom = region(c, 0.0)
    top, bottom = (top, 1.03) if c.calm_top else (-0.03, bottom)
    busier = busy(c)
    count = int(round(4 + 10 * busier))
    h, kick = rows(c, count, float(rng.uniform(1.6, 2.6)))
    # long flowing columns, not a scribble: the wobble smoothed out
    h = smooth_rows(h, 10)
    h /= np.maximum(h.max(axis=1, keepdims=True), 1e-6)
    # the song runs from the far column to the near one: each swings with its own
    # stretch of the song's loudness (a quiet stretch hangs nearly straight, the loud
    # one swings widest), so the columns draw the song's arc across the frame
    level = signals.energy(d, count * 8, stretch=False).reshape(count, 8).mean(axis=1)
    level = 0.38 + 0.62 * (level / max(float(level.max()), 1e-6)) ** 2.0
    own = signals.smooth(signals.energy(d, count * 24, stretch=False), 2).reshape(count, 24)
    own = (own - own.min()) / max(float(np.ptp(own)), 0.1)
    along = np.stack([np.interp(U, np.linspace(0.0, 1.0, 24), row) for row in own])
    h = 0.55 * h + 0.45 * along
    h = h / np.maximum(h.max(axis=1, keepdims=True), 1e-6) * level[:, None]
    # by the seed the columns stand across the whole frame or crowd to its near side
    # (each band is filled to the right of its crest: crowded to the left, the near
    # band filled the rest as a blank panel), and fall straight or slant; the gaps
    # between them open where the song is loud (the columns' own stretches, in turn)
    width = 1.0 if rng.random() < 0.45 else float(rng.uniform(0.62, 0.85))
    start = 1.0 - width
    slant = float(rng.choice((-1.0, 1.0))) * float(rng.uniform(0.0, 0.14))
    gap = width / (count + 1.5)
    amp = gap * (2.4 + 1.6 * d.loudness)
    step = np.concatenate([[0.0], np.cumsum(0.7 + level[1:])])
    step /= max(float(step[-1]), 1e-6)
    lefts = start + 0.02 + amp + (width - 0.04 - amp - abs(slant)) * step
    lefts += max(-slant, 0.0)
    ys = top + (bottom - top) * U
    lean = slant * U
    columns = [np.stack([lefts[i] + lean - amp * kick[i] * h[i], ys], axis=1) for i in range(count)]
    weights = (1.6 + 3.0 * (1.0 - busier)) * (0.6 + 0.4 * kick)
    if is_hard(d):  # a stark print: the hard genres' lines heavier
        weights = weights * 1.3
    _paint(c, columns, weights, int(np.argmax(kick * h.max(axis=1))))
    _emerge(c, top if c.calm_top else bottom, 1.0 if c.calm_top else -1.0)
    return (0.0, max(0.0, top), 1.0, min(1.0, bottom))


FALLS: dict[str, Callable[[Canvas], Box]] = {"falls": falls}
