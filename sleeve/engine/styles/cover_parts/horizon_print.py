"""The loudness horizon's linocut, cut as vector strokes on the canvas (cheap at any
size): a sky in the tint carved with rows of tapering gouges, bands of land in the key
ink each parted from the one behind by a carved outline and carved in its own pattern.
Every gouge is a lens: pointed at both ends, widest in the middle, as a V-tool leaves it.
Edges are arrays over horizon_land.XS in fractions of the side."""

from __future__ import annotations

from dataclasses import dataclass

import aggdraw
import numpy as np

from sleeve.engine.raster import RGB
from sleeve.engine.styles.cover_parts.horizon_land import XS, Canvas

CUTS = ("contour", "ticks", "stipple", "solid")  # the patterns a band can be carved in
_T = np.linspace(0.0, 1.0, 10)
_SWELL = np.sin(np.pi * _T) ** 0.8  # a gouge's width along its length


@dataclass(frozen=True)
class Block:
    """A linocut's inks: the paper, the sky's tint and the land's key (the darkest)."""

    paper: RGB
    tint: RGB
    key: RGB


def _lens(c: Canvas, x0: float, x1: float, ys: np.ndarray, half: float, colour: RGB) -> None:
    """A gouge from x0 to x1 along `ys` (10 points), `half` its widest half-width."""
    xs = x0 + (x1 - x0) * _T
    w = half * _SWELL
    c.poly(np.r_[xs, xs[::-1]], np.r_[ys - w, (ys + w)[::-1]], colour)


def _runs(rng: np.random.Generator, length: tuple[float, float], gap: tuple[float, float]):
    """Dashes across the cover: (start, end) pairs, seeded lengths and gaps."""
    x = -rng.uniform(0.0, length[1])
    while x < 1.0:
        end = x + rng.uniform(*length)
        yield x, end
        x = end + rng.uniform(*gap)


def sky(
    c: Canvas,
    rng: np.random.Generator,
    block: Block,
    horizon: float,
    gap: float,
    calm: tuple[float, float],
) -> None:
    """The sky in the tint, carved in rows of gouges `gap` apart from the calm rows
    down to `horizon`, thin and sparse high up, wide and close near the horizon (the
    sky pales towards the land)."""
    c.poly(np.array([-0.01, 1.01, 1.01, -0.01]), np.array([-0.01, -0.01, 1.01, 1.01]), block.tint)
    bend, phase = rng.uniform(9.0, 15.0), rng.uniform(0.0, 6.3)
    y = gap * rng.uniform(0.3, 1.0)
    while y < horizon + 0.02:
        if not calm[0] - 0.01 <= y <= calm[1] + 0.03:
            t = float(np.clip(y / max(horizon, 0.05), 0.0, 1.0)) ** 2
            for x0, x1 in _runs(rng, (0.06, 0.18 + 0.3 * t), (0.03, 0.03 + 0.2 * (1.0 - t))):
                xs = x0 + (x1 - x0) * _T
                ys = y + 0.004 * np.sin(xs * bend + phase) + rng.uniform(-0.002, 0.002)
                _lens(c, x0, x1, ys, 0.46 * gap * t * rng.uniform(0.6, 1.0), block.paper)
        y += gap


def band(
    c: Canvas,
    rng: np.random.Generator,
    block: Block,
    crest: np.ndarray,
    cut: str,
    gap: float,
    reach: float,
    calm: tuple[float, float],
) -> None:
    """One band of land under `crest` in the key ink, a carved outline just under its
    crest, carved below it in the pattern `cut` (CUTS) down to `reach` under the crest,
    the `calm` rows (the title's) left flat."""
    under = np.r_[crest[0], crest, crest[-1], 1.05, 1.05]
    c.poly(np.r_[-0.01, XS, 1.01, 1.01, -0.01], under, block.key)
    c.line(XS, crest + 0.0035, block.paper, 0.0045)
    at = lambda x: np.interp(x, XS, crest)  # noqa: E731
    clear = lambda y: not calm[0] - 0.01 <= y <= calm[1] + 0.01  # noqa: E731
    off = gap * 0.9
    row = 0
    paper = aggdraw.Brush(block.paper)
    while off < reach:
        if cut == "contour":
            for x0, x1 in _runs(rng, (0.05, 0.16), (0.02, 0.07)):
                xs = x0 + (x1 - x0) * _T
                ys = at(xs) + off
                if clear(float(ys.max())):
                    _lens(c, x0, x1, ys, 0.2 * gap * rng.uniform(0.7, 1.1), block.paper)
        elif cut in ("ticks", "stipple"):
            step = gap * 0.75
            x = (row % 2) * step / 2 - step
            while x < 1.0 + step:
                jx = x + rng.uniform(-0.15, 0.15) * step
                y = float(at(jx)) + off
                if clear(y):
                    if cut == "ticks":  # a short upright nick
                        h = gap * 0.32 * rng.uniform(0.7, 1.1)
                        w = gap * 0.09
                        c.poly(
                            np.array([jx, jx + w, jx, jx - w]),
                            np.array([y - h, y, y + h, y]),
                            block.paper,
                        )
                    else:  # a round dot
                        r = gap * 0.12 * rng.uniform(0.7, 1.1)
                        box = [(jx - r) * c.size, (y - r) * c.size, (jx + r) * c.size]
                        c.draw.ellipse([*box, (y + r) * c.size], paper)
                x += step
        else:
            return
        off += gap
        row += 1
