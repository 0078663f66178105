"""The forest: dark pines in ranks under a storm sky, sometimes a moon (small, or
huge and low behind the trees): a far treeline in fine grey rules, a middle rank in
heavier rules rising out of the mist, and a few huge pines in front, solid ink (on a
deep field the far ranks catch the pale light and the near ones stand as black
silhouettes), framing the picture, standing at one side, or gone (a clearing). The
song's loudness along the width sets the pines' heights, its density how close they
stand; the seed raises or lowers the treeline."""

from __future__ import annotations

from dataclasses import dataclass, replace

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import signals
from sleeve.engine.styles.cover_parts.engrave_hatch import Plate, rules, stroke
from sleeve.engine.styles.cover_parts.engrave_sky import moon, spacing, storm, vignette

Box = tuple[float, float, float, float]
Gaps = tuple[float, float]  # an open stretch of the width with no pines (fractions)


@dataclass(frozen=True)
class Rank:
    """One rank of pines: its foot (share of the picture's height from its top), the
    pines' heights (shares of the picture's height), their pitch (share of the side),
    and its ink on paper and on a deep field."""

    foot: float
    low: float
    high: float
    pitch: float
    ink: float
    pale: float


RANKS = (
    Rank(0.66, 0.14, 0.24, 0.035, 0.42, 0.42),
    Rank(0.9, 0.3, 0.46, 0.075, 0.68, 0.12),
    Rank(1.15, 0.95, 1.25, 0.36, 1.0, 0.0),
)


def _pine(rng: np.random.Generator, x: float, foot: float, height: float) -> list[float]:
    """A pine's outline (fractions): a spire of drooping tiers, jagged by the seed."""
    tiers = int(rng.integers(7, 11))
    apex = foot - height
    right: list[tuple[float, float]] = [(x, apex)]
    for j in range(1, tiers + 1):
        t = j / tiers
        y = apex + height * 0.88 * t**0.9
        reach = height * 0.2 * t * float(rng.uniform(0.8, 1.2))
        right.append((x + reach, y + 0.04 * height))  # a bough's drooping tip
        right.append((x + 0.45 * reach, y))  # back in toward the trunk
    right.append((x + 0.012 * height, foot))
    left = [(2 * x - px + 0.004 * float(rng.normal()), py) for px, py in reversed(right[1:])]
    return [v for point in right + left for v in point]


def _rank(plate: Plate, rank: Rank, loud: np.ndarray, gaps: Gaps) -> np.ndarray:
    """The coverage (window) of one rank's pines, their heights leaning on the song's
    loudness where they stand, none standing in the open stretch of the width."""
    rng = plate.rng
    side = plate.side
    y0, y1 = plate.art_span()
    h = y1 - y0
    img = Image.new("L", (side, side), 0)
    draw = aggdraw.Draw(img)
    draw.settransform((side, 0, 0, 0, side, 0))
    brush = aggdraw.Brush(255)
    x = -float(rng.uniform(0.0, rank.pitch))
    while x < 1.0 + rank.pitch:
        if gaps[0] < x < gaps[1]:
            x += rank.pitch * float(rng.uniform(0.7, 1.3))
            continue
        at = float(np.interp(x, np.linspace(0.0, 1.0, len(loud)), loud))
        height = h * float(rng.uniform(rank.low, rank.high)) * (0.75 + 0.45 * at)
        height = min(height, rank.foot * h - 0.06)  # the crown clear of the picture's edge
        draw.polygon(_pine(rng, x, y0 + rank.foot * h, height), brush)
        x += rank.pitch * float(rng.uniform(0.7, 1.3))
    draw.flush()
    rows, cols = plate.window
    return np.asarray(img, np.float32)[rows, cols] * (1.0 / 255.0)


def ranks(plate: Plate) -> tuple[tuple[Rank, ...], Gaps]:
    """This song's ranks and the near rank's open stretch: busier music plants the
    pines closer (more of them), the seed raises or lowers the far treeline and
    crops the near pines: framing both edges, standing at one side, or none at all
    (a clearing with the far ranks alone); a loud song's near pines are taller."""
    rng = plate.rng
    d = plate.direction
    crowd = (1.45 - 0.8 * d.density) * float(rng.uniform(0.8, 1.2))
    horizon = float(rng.uniform(-0.14, 0.06))
    far = tuple(
        replace(r, foot=r.foot + horizon * (1.0 - 0.4 * k), pitch=r.pitch * crowd)
        for k, r in enumerate(RANKS[:2])
    )
    near = RANKS[2]
    crop = str(rng.choice(("frame", "side", "clear"), p=(0.4, 0.4, 0.2)))
    tall = 0.85 + 0.3 * d.energy
    near = replace(near, low=near.low * tall, high=near.high * tall, pitch=near.pitch * crowd)
    if crop == "clear":
        return far, (-1.0, 2.0)
    if crop == "side":
        cut = float(rng.uniform(0.3, 0.45))
        return (*far, near), (cut, 2.0) if rng.random() < 0.5 else (-1.0, 1.0 - cut)
    return (*far, near), (0.22 + 0.06 * float(rng.random()), 0.72 + 0.06 * float(rng.random()))


def draw(plate: Plate) -> Box:
    """The sky, its moon (on paper, sometimes none) and the ranks, far to near; returns
    the pines' box."""
    rng = plate.rng
    side = plate.side
    dark = plate.inks.dark
    y0, y1 = plate.art_span()
    h = y1 - y0
    s = spacing(plate)
    radius = 0.055 + 0.02 * float(rng.random())
    mx, my = float(rng.uniform(0.22, 0.78)), y0 + radius + 0.05 + h * float(rng.uniform(0, 0.12))
    lit = dark or rng.random() < 0.45  # a deep field keeps its moon: its one light at 64 px
    if lit and rng.random() < 0.35:  # a huge moon rising low behind the trees
        radius *= 2.0
        my = y0 + h * float(rng.uniform(0.4, 0.5))
    plate.focus((0.0, y0, 1.0, y1))  # the title's band is left alone
    storm(plate, (mx, my) if lit else (mx, my + 0.3 * h), 1.6 * radius if lit else 0.0)
    if lit:
        moon(plate, mx, my, radius)
    loud = signals.smooth(signals.energy(plate.direction, 48), 2)
    chosen, gaps = ranks(plate)
    for k, rank in enumerate(chosen):
        foot = y0 + rank.foot * h
        # work on the rows the rank may reach only
        plate.focus((0.0, max(y0, foot - 1.2 * rank.high * h - 0.01), 1.0, min(y1, foot + 0.01)))
        _, y = plate.grid()
        trees = _rank(plate, rank, loud, gaps if k == 2 else (2.0, 2.0))
        plate.erase(trees)
        fog = np.clip((y - (foot - 0.14 * h)) / (0.14 * h), 0.0, 1.0) if k < 2 else 0.0
        tone = rank.pale + fog * (0.45 - rank.pale) if dark else rank.ink * (1.0 - fog)
        if k < 2:  # the far ranks in level rules, finer the farther
            plate.ink(rules(plate, tone * trees, s * (0.7 + 0.15 * k), 0.0))
        elif not dark:  # solid, its boughs scratched with a few drooping pale rules
            plate.ink(trees)
            plate.erase(rules(plate, 0.1 * trees, s * 1.5, -0.45))
        edge = stroke(trees - 0.5, side, 2.0 / side) if dark and k == 2 else 0.0
        plate.ink(0.7 * edge * (y < y1 - 0.2 * h))
    plate.focus((0.0, y0, 1.0, y1))
    vignette(plate)
    plate.focus(None)
    apex = y0 + h * (chosen[1].foot - chosen[1].high)
    return (0.0, max(y0, apex), 1.0, y1)
