"""Ridgeline stacks: the Unknown-Pleasures plot itself and the pictures a title names
made of it. Every one is a stack of the song's ridges (one spectrum slice per ridge,
back to front, near ridges hiding far ones), each ridge kicked by the onsets of its
stretch of the song:

pulsar: the plot as a print, 40-80 ridges in one of two framings (FRAMES): the
classic centred block with a margin of field all round, or the terrain close up, its
loud middle filling the width and running off both sides;
skyline: a city title's skyline whose towers are the song's loudness, filled with its
ridges, the field cut back round them;
road: a road title's road to a vanishing point, the ridges rising either side of it
as banks and flat across it, a lane dash on every other row.
"""

from __future__ import annotations

from collections.abc import Callable

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import raster, signals
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.ridge_stack import (
    POINTS,
    Canvas,
    U,
    busy,
    line_ink,
    lines,
    ridge,
    rows,
)
from sleeve.engine.styles.cover_parts.title_words import motifs


def paint(
    c: Canvas, i: int, count: int, crest: np.ndarray, foot: np.ndarray, fill: RGB | None = None
) -> None:
    """One ridge of a stack (side fractions): filled (the field or `fill`) so it hides
    those behind it, its crest in the line ink or the stack's hues, heavier near."""
    t = i / max(count - 1, 1)
    s = c.size
    ink = line_ink(c, t)
    ridge(c.draw, crest * s, foot * s, fill or c.inks.bg, ink, c.pen * (0.9 + 0.6 * t))


# the plot's framings (one the seed picks): block, the classic centred stack with a
# margin of field round it; crop, the terrain close up, running off both sides
FRAMES = ("block", "crop")


def treatment(direction: ArtDirection) -> str:
    """The plot's framing for the track: its own seeded draw, so that layout_of names
    it without drawing."""
    return FRAMES[int(raster.rng_for(direction, "ridge-plot").integers(len(FRAMES)))]


def pulsar(c: Canvas) -> Box:
    """The song as the plot: 40-80 ridges (more for busier, faster songs), the loud
    middle of each swelling, in one of two framings (FRAMES); the title in the calm
    strip."""
    rng = c.rng
    d = c.direction
    crop = treatment(d) == "crop"
    count = lines(c, 40, 80)
    h, kick = rows(c, count, 1.0)
    head = 0.12 + 0.06 * d.loudness  # how high the loudest ridge rises
    if c.calm_top:
        y0, y1 = c.room + 0.03 + head, 0.93
    else:
        y0, y1 = 0.05 + head, 0.95 - c.room
    cx = 0.5 + float(rng.uniform(-0.04, 0.04))
    half = float(rng.uniform(0.3, 0.36))
    if crop:  # close up: the loud middle of the plot fills the width
        cx = 0.5 + float(rng.uniform(-0.12, 0.12))
    for i in range(count):
        t = i / (count - 1)
        base = y0 + (y1 - y0) * t
        if crop:
            x = U * 1.04 - 0.02
            row = np.interp(cx + (x - 0.5) * half * 2, U, h[i])
        else:
            x, row = cx + (U - 0.5) * 2 * half, h[i]
        crest = np.stack([x, base - head * kick[i] * row], axis=1)
        foot = np.full(POINTS, min(base + head + 0.02, 1.05))  # deep enough to hide
        paint(c, i, count, crest, np.stack([x, foot], axis=1))
    x0, x1 = (0.0, 1.0) if crop else (cx - half, cx + half)
    return (max(0.0, x0), y0 - head, min(1.0, x1), min(1.0, y1 + 0.01))


def _towers(c: Canvas, base: float, top: float) -> list[tuple[float, float, float]]:
    """The skyline: (x0, x1, top y) per tower, left to right, their heights the song's
    loudness in order (the loud stretches are the tall towers); a seeded crop of a
    wider city (towers cut by the frame) and a seeded spread of widths."""
    rng = c.rng
    # a few broad blocks or a dense downtown, by the seed and the song's pace
    n = int(9 + round(9 * busy(c)) + rng.integers(0, 5))
    if rng.random() < 0.4:
        n = int(5 + round(3 * busy(c)))
    level = signals.energy(c.direction, n)
    level = (level - level.min()) / max(float(np.ptp(level)), 1e-6)  # the loudest tops out
    widths = rng.uniform(0.45, 1.6, n) if rng.random() < 0.5 else rng.uniform(0.8, 1.2, n)
    edges = np.concatenate([[0.0], np.cumsum(widths)]) / widths.sum()
    zoom = float(rng.uniform(1.0, 1.45))  # a crop: the frame cuts the outer towers
    edges = 0.5 + (edges - 0.5) * zoom + float(rng.uniform(-0.08, 0.08)) * (zoom - 1.0) * 2
    out = []
    for k in range(n):
        # the song leads, the seed staggers the roofline (a flat stretch of the song
        # made a flat roofline, a single loud spike one needle over a low strip)
        tall = 0.3 + 0.7 * (0.65 * float(level[k]) + 0.35 * float(rng.random()))
        out.append((float(edges[k]), float(edges[k + 1]), base - (base - top) * tall))
    return out


def _heights(c: Canvas) -> tuple[float]:
    """How much of the frame the city takes, by the seed and the song's loudness:
    a low skyline under a big sky, or towers filling the frame."""
    return (float(np.clip(c.rng.uniform(0.45, 0.75) + 0.15 * c.direction.loudness, 0.45, 0.88)),)


def skyline(c: Canvas) -> Box:
    """A city title: a skyline whose towers rise and fall with the song's loudness,
    filled with 44-88 of its ridges (the field round them cut back), a moon for a
    night title; the title in the sky above or on the calm ground below."""
    d = c.direction
    s = c.size
    share = max(_heights(c)[0], 0.72)  # low, the lined towers read as the plot
    if c.calm_top:
        base = 1.0
        top = base - (base - c.room - 0.08) * share
    else:  # the towers stand on the calm ground the title sits on, up to the top
        base = 0.97 - c.room
        top = base - (base - 0.05) * max(share, 0.85)
    towers = _towers(c, base, top)
    count = lines(c, 44, 88)
    h, kick = rows(c, count, 2.6)
    body = _body(c)
    head = 0.07 + 0.04 * d.loudness
    y0 = min(t[2] for t in towers) + head * 0.5
    for i in range(count):
        row = y0 + (base - y0) * i / (count - 1)
        x = U * 1.04 - 0.02
        crest = np.stack([x, row - head * kick[i] * h[i]], axis=1)
        foot = np.stack([x, np.full(POINTS, min(row + 0.2, base + 0.05))], axis=1)
        paint(c, i, count, crest, foot, body)
    mask = Image.new("L", (s, s), 255)
    cut = aggdraw.Draw(mask)
    hole = aggdraw.Brush(0)
    for x0, x1, y in towers:
        cut.rectangle([x0 * s, y * s, x1 * s + 1, base * s], hole)
        if x1 - x0 > 0.07 and c.rng.random() < 0.35:  # a spire on a broad tower
            mid, w = (x0 + x1) / 2, max(0.004, 1.2 / s)
            cut.rectangle([(mid - w) * s, (y - 0.06) * s, (mid + w) * s, y * s], hole)
    cut.rectangle([0, base * s, s, s], hole)
    # a crisp roofline: each tower's outline (its inner half survives the cut)
    edge_pen = raster.pen(line_ink(c, 0.0), max(c.pen * 2.4, 1.6))
    for x0, x1, y in towers:
        c.draw.line([x0 * s, base * s, x0 * s, y * s, x1 * s, y * s, x1 * s, base * s], edge_pen)
    if "night" in motifs(d.title):  # a moon in the cut-back sky
        r, mx = float(c.rng.uniform(0.045, 0.07)), float(c.rng.uniform(0.15, 0.85))
        my = min(t[2] for t in towers) - r - 0.04
        if my - r > (c.room + 0.02 if c.calm_top else 0.02):
            box = [(mx - r) * s, (my - r) * s, (mx + r) * s, (my + r) * s]
            cut.ellipse(box, hole)
            c.draw.ellipse(box, aggdraw.Brush(line_ink(c, 1.0)))
    cut.flush()
    c.cutout.append((mask, c.inks.bg))
    return (0.0, min(t[2] for t in towers) - 0.065, 1.0, base)


def _body(c: Canvas) -> RGB:
    """The towers' face behind their lines: a step off the field (lighter at night,
    darker on paper), so the skyline reads as one solid shape at 64 px."""
    light, chroma, _ = rgb_to_oklch(c.inks.bg)
    step = 0.09 if light < 0.55 else -0.14
    return raster.tone(c.inks.bg, light + step, chroma)


def road(c: Canvas) -> Box:
    """A road title: a road runs to a vanishing point through the song's ridges, which
    lie flat across it and rise either side as banks (the loud stretches highest): dark
    asphalt with white edge lines and a regular centre dash in the accent (reviewers
    read a pale road with dashes only on onsets as muddled). The seed and the song set
    the view: the horizon's height, where the road meets it and how far it bends (a
    loud song's road swings harder)."""
    rng = c.rng
    d = c.direction
    s = c.size
    if c.calm_top:
        horizon, end = c.room + float(rng.uniform(0.05, 0.22)), 1.02
    else:
        horizon, end = float(rng.uniform(0.08, 0.22)), 0.97 - c.room
    near_x = 0.5 + float(rng.uniform(-0.14, 0.14))
    vx = near_x + float(rng.uniform(-0.22, 0.22))
    bend = float(rng.uniform(-1.0, 1.0)) * (0.08 + 0.22 * d.energy)

    def centre(t: float | np.ndarray) -> float | np.ndarray:
        """The road's middle t of the way from the horizon (0) to the near edge (1)."""
        return vx + (near_x - vx) * t + bend * 4.0 * t * (1.0 - t)

    count = lines(c, 18, 34)
    h, kick = rows(c, count, 3.0)
    width = float(rng.uniform(0.3, 0.42))  # the road's half-width at the near edge
    head = 0.16 + 0.08 * d.loudness
    ys = []
    for i in range(count):
        t = i / (count - 1)
        y = horizon + (end - horizon) * t**1.7
        ty = (y - horizon) / (end - horizon)
        half = 0.012 + width * ty
        off = np.abs(U - centre(ty)) - half  # distance from the road's edge
        bank = np.clip(off / 0.12, 0.0, 1.0) ** 1.5
        amp = head * (0.25 + 0.75 * t) * kick[i]
        crest = np.stack([U, y - amp * h[i] * bank - 0.004 * (off > 0)], axis=1)
        foot = np.stack([U, np.full(POINTS, min(y + 0.25, 1.05))], axis=1)
        paint(c, i, count, crest, foot)
        ys.append((y, half, ty))
    near = width + 0.012
    tt = np.linspace(0.0, 1.0, 40)
    mid, halves, yy = centre(tt), 0.004 + near * tt, horizon + (end - horizon) * tt
    left = np.stack([mid - halves, yy], 1)
    right = np.stack([mid + halves, yy], 1)
    light = rgb_to_oklch(c.inks.bg)[0]
    asphalt = raster.tone(c.inks.bg, 0.2 if light > 0.5 else 0.3, 0.01)  # dark on paper
    c.draw.polygon(
        (np.concatenate([left, right[::-1]]) * s).ravel().tolist(), aggdraw.Brush(asphalt)
    )
    # white edge lines and a regular centre dash make it a road at 64 px
    white = raster.pen((236, 234, 226), max(c.pen * 1.2, 1.0))
    for side in (-1, 1):
        edge_line = np.stack([mid + side * halves * 0.93, yy], 1) * s
        c.draw.line(edge_line.ravel().tolist(), white)
    accent = raster.vivid(d.palette.accent, 0.78, 0.16)
    for n, ((y, half, t1), (y2, _, t2)) in enumerate(zip(ys[:-1], ys[1:], strict=True)):
        if n % 2:
            dash = max(0.002, 0.035 * half)
            x1, x2 = float(centre(t1)), float(centre(t2))
            pts = [(x1 - dash) * s, y * s, (x1 + dash) * s, y * s]
            pts += [(x2 + dash * 1.4) * s, y2 * s, (x2 - dash * 1.4) * s, y2 * s]
            c.draw.polygon(pts, aggdraw.Brush(accent))
    return (0.0, horizon - head * 0.3, 1.0, min(1.0, end))


SCENES: dict[str, Callable[[Canvas], Box]] = {"pulsar": pulsar, "skyline": skyline, "road": road}
