"""The lone oak: a bare, wind-bent tree on a hill under a storm sky. The hill is ruled
along its own curve, heavier down its flank; the tree's limbs fork and taper from a
thick trunk, solid ink on paper (a black silhouette against a pale glow on a deep
field), bent by the wind the louder the song is."""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import signals
from sleeve.engine.styles.cover_parts.engrave_hatch import Plate, rules, smooth_mask, stroke
from sleeve.engine.styles.cover_parts.engrave_sky import spacing, storm, vignette

Box = tuple[float, float, float, float]
DEPTH = 7  # forks from the trunk to the twigs


def _limbs(
    rng: np.random.Generator,
    draw: aggdraw.Draw,
    at: tuple[float, float],
    turn: float,
    size: float,
) -> list[tuple[float, float]]:
    """Draw the tree from its foot `at` (pixels), `size` the trunk's length (pixels),
    `turn` the wind's lean (radians), its forks drawn from rng; returns the twigs'
    tips."""
    brush = aggdraw.Brush(255)
    tips: list[tuple[float, float]] = []
    # a stack of limbs: start, angle (0 up), length, width, depth
    stack = [(at, 0.0, size, size * 0.24, 0)]
    while stack:
        (x, y), angle, length, width, depth = stack.pop()
        bend = angle + turn * (depth + 1) / DEPTH
        ex = x + length * np.sin(bend)
        ey = y - length * np.cos(bend)
        tip = width * 0.62
        nx, ny = np.cos(bend), np.sin(bend)  # across the limb
        draw.polygon(
            [
                x - nx * width / 2,
                y - ny * width / 2,
                ex - nx * tip / 2,
                ey - ny * tip / 2,
                ex + nx * tip / 2,
                ey + ny * tip / 2,
                x + nx * width / 2,
                y + ny * width / 2,
            ],
            brush,
        )
        draw.ellipse((ex - tip / 2, ey - tip / 2, ex + tip / 2, ey + tip / 2), brush)
        if depth == DEPTH:
            tips.append((ex, ey))
            continue
        forks = 2 if rng.random() < 0.8 else 3
        spread = float(rng.uniform(0.35, 0.65))
        for k in range(forks):
            side = (k / (forks - 1) - 0.5) * 2.0
            angle_k = bend + side * spread + float(rng.normal(0.0, 0.12))
            ratio = float(rng.uniform(0.66, 0.8)) * (1.0 if depth else 0.9)
            stack.append(((ex, ey), angle_k, length * ratio, tip, depth + 1))
    return tips


def draw(plate: Plate) -> Box:
    """The sky, the hill and the oak; returns the oak's box (fractions)."""
    rng = plate.rng
    d = plate.direction
    side = plate.side
    dark = plate.inks.dark
    y0, y1 = plate.art_span()
    h = y1 - y0
    s = spacing(plate)
    hx = float(rng.uniform(0.25, 0.75))
    crest = y1 - h * float(rng.uniform(0.22, 0.4))
    plate.focus((0.0, y0, 1.0, y1))  # the title's band is left alone
    storm(plate, (hx, crest - 0.3 * h), 0.12)  # a glow behind the crown
    x, y = plate.grid()
    loud = np.interp(x, np.linspace(0.0, 1.0, 40), signals.energy(d, 40)).astype(np.float32)
    rise = np.exp(-(((x - hx) / float(rng.uniform(0.35, 0.5))) ** 2))
    top = y1 - (y1 - crest) * rise - 0.02 * h * (loud - 0.5) - 0.04 * h
    hill = smooth_mask(top - y, side)
    plate.erase(hill)
    down = np.clip((y - top) / (0.3 * h), 0.0, 1.0)
    tone = (0.65 - 0.5 * down) if dark else (0.3 + 0.6 * down)
    plate.ink(rules(plate, tone * hill, s * 0.9, 0.0, (crest - top) * 0.8))
    plate.ink(stroke(top - y, side, max(1.5 / side, 0.003)))
    # the oak, as tall as most of the sky, bent by the wind the louder the song
    lean = float(rng.choice((-1.0, 1.0))) * (0.1 + 0.35 * d.energy)
    foot = (hx * side, (crest + 0.01) * side)
    seed = int(rng.integers(2**32))
    # laid out once to measure it, then drawn as tall as the sky allows
    probe = _limbs(np.random.default_rng(seed), aggdraw.Draw("L", (1, 1)), foot, lean, 100.0)
    rise = foot[1] - min(p[1] for p in probe)
    trunk = 100.0 * (crest - y0 - float(rng.uniform(0.05, 0.1))) * side / rise
    img = Image.new("L", (side, side), 0)
    ink = aggdraw.Draw(img)
    tips = _limbs(np.random.default_rng(seed), ink, foot, lean, trunk)
    ink.flush()
    rows, cols = plate.window
    tree = np.asarray(img, np.float32)[rows, cols] * (1.0 / 255.0)
    plate.erase(tree)
    if not dark:
        plate.ink(tree)
    vignette(plate)
    plate.focus(None)
    xs = [hx * side] + [p[0] for p in tips]
    ys = [p[1] for p in tips]
    return (
        max(0.0, min(xs) / side - 0.02),
        max(y0, min(ys) / side - 0.02),
        min(1.0, max(xs) / side + 0.02),
        min(y1, crest + 0.05),
    )
