"""The fireworks: bursts over a town's roofs at night, engraved. The sky is ruled
dense (faint on a deep field); each burst is a chrysanthemum of rays that droop as
they fall, scraped white out of the sky on paper (drawn in the pale ink on a deep
field), their tips sparks in the accent ink. The bursts stand where the song is
loudest, as many as its peaks, the loudest the widest; the roofs below are a solid
silhouette against the town's haze, their ridge following the song's loudness."""

from __future__ import annotations

import numpy as np

from sleeve.engine import signals
from sleeve.engine.styles.cover_parts.engrave_gothic import cover, ribbon
from sleeve.engine.styles.cover_parts.engrave_hatch import Plate, rules, stroke
from sleeve.engine.styles.cover_parts.engrave_sky import spacing, vignette

Box = tuple[float, float, float, float]
Burst = tuple[float, float, float]  # centre x, centre y, radius (fractions)


def bursts(plate: Plate, count: int) -> list[Burst]:
    """Up to `count` bursts at the song's loudest moments along the width (peaks at
    least a fifth of the width apart), the loudest the widest, high in the sky."""
    d = plate.direction
    rng = plate.rng
    loud = signals.smooth(signals.energy(d, 40), 2)
    y0, y1 = plate.art_span()
    h = y1 - y0
    out: list[Burst] = []
    for i in np.argsort(-loud):
        x = 0.1 + 0.8 * i / (len(loud) - 1)
        if any(abs(x - bx) < 0.2 for bx, _, _ in out):
            continue
        radius = h * (0.2 + 0.2 * float(loud[i])) * (1.0 if not out else 0.6)  # one dominates
        cy = y0 + radius + 0.03 + h * float(rng.uniform(0.0, 0.18))
        out.append((x, min(cy, y0 + 0.55 * h), radius))
        if len(out) == count:
            break
    return out


def _rays(plate: Plate, burst: Burst, count: int, width: float) -> tuple[np.ndarray, list]:
    """One burst's rays (coverage, the window's shape) and their tips (fractions):
    each ray runs out from the centre and droops at its end, thinning as it goes."""
    rng = plate.rng
    cx, cy, radius = burst
    tips = []
    shapes = []
    turn = float(rng.uniform(0, 2 * np.pi))
    t = np.linspace(0.1, 1.0, 10)
    half = 0.5 * width * (1.0 - 0.75 * t)  # thinning toward its end
    for k in range(count):
        a = turn + 2 * np.pi * k / count + float(rng.normal(0, 0.05))
        reach = radius * float(rng.uniform(0.75, 1.05))
        xs = cx + np.cos(a) * reach * t
        ys = cy + np.sin(a) * reach * t + 0.35 * radius * t**3  # the fall at its end
        shapes.append(ribbon(xs, ys, half))
        tips.append((float(xs[-1]), float(ys[-1])))
    return cover(plate, shapes), tips


def _roofs(plate: Plate, top: float) -> np.ndarray:
    """The town's silhouette (coverage, the window's shape): pitched roofs and a few
    towers, their heights leaning on the song's loudness where they stand."""
    rng = plate.rng
    x, y = plate.grid()
    _, y1 = plate.art_span()
    loud = np.interp(x, np.linspace(0, 1, 32), signals.energy(plate.direction, 32))
    edges = np.cumsum(rng.uniform(0.04, 0.1, 30))
    house = np.searchsorted(edges, x)
    height = rng.uniform(0.35, 1.0, 31)[house] * (0.5 + 0.7 * loud)
    left = np.concatenate([[0.0], edges])[house]
    right = edges[np.minimum(house, 29)]
    mid = 0.5 * (left + right)
    pitch = (0.5 * (right - left) - np.abs(x - mid)) * 0.9  # a gable's rise
    ridge = top + (y1 - top) * (1.0 - 0.55 * height) - pitch
    return np.clip((y - ridge) * plate.side + 0.5, 0.0, 1.0).astype(np.float32)


def draw(plate: Plate) -> Box:
    """The night sky, the bursts and the roofs; returns the bursts' box."""
    rng = plate.rng
    d = plate.direction
    side = plate.side
    dark = plate.inks.dark
    y0, y1 = plate.art_span()
    h = y1 - y0
    s = spacing(plate)
    plate.focus((0.0, y0, 1.0, y1))  # the title's band is left alone
    x, y = plate.grid()
    high = np.clip((y1 - y) / h, 0.0, 1.0)
    count = 1 + int(round(2.4 * d.energy * float(rng.uniform(0.7, 1.2))))
    found = bursts(plate, count)
    glow = np.zeros_like(high * x)
    for cx, cy, radius in found:
        glow = np.maximum(glow, np.exp(-np.hypot(x - cx, y - cy) / (0.6 * radius)))
    haze = (1.0 - high) ** 3  # the town's lights on the haze above its roofs
    sky = (
        (0.05 + 0.1 * high + 0.35 * haze + 0.6 * glow)
        if dark
        else (0.5 + 0.35 * high) * (1.0 - 0.25 * glow)
    )
    plate.ink(rules(plate, sky, s * 0.9, 0.0))
    sparks = []
    for k, burst in enumerate(found):
        rays = 18 + int(22 * d.density) + int(rng.integers(0, 8))
        lines, tips = _rays(plate, burst, rays, 0.006 + 0.004 * (k == 0))
        if dark:
            plate.ink(lines)
        else:
            plate.erase(np.clip(lines * 2.5, 0.0, 1.0))  # the rays scraped with a margin
            plate.ink(0.8 * lines * (lines < 0.99))  # their edge engraved
        sparks += tips
    top = y1 - h * float(rng.uniform(0.22, 0.32))
    _sparks(plate, sparks, top + 0.3 * (y1 - top))
    plate.focus((0.0, top, 1.0, y1))
    town = _roofs(plate, top)
    plate.erase(town)
    if dark:
        plate.ink(stroke(town - 0.5, side, 1.5 / side))
    else:
        plate.ink(town)
    plate.focus((0.0, y0, 1.0, y1))
    vignette(plate)
    plate.focus(None)
    left = min(cx - r for cx, _, r in found)
    right = max(cx + r for cx, _, r in found)
    upper = min(cy - r for _, cy, r in found)
    lower = max(cy + r for _, cy, r in found)
    return (max(0.0, left), max(y0, upper), min(1.0, right), min(y1, lower))


def _sparks(plate: Plate, tips: list[tuple[float, float]], floor: float) -> None:
    """A small spark at each ray's end, in the accent ink, between the picture's top
    and `floor` (none on the roofs)."""
    side = plate.side
    r = 0.0055
    top = plate.art_span()[0] + r
    for tx, ty in tips:
        c0, c1 = (min(max(int(v * side), 0), side) for v in (tx - 2 * r, tx + 2 * r + 1 / side))
        r0, r1 = (min(max(int(v * side), 0), side) for v in (ty - 2 * r, ty + 2 * r + 1 / side))
        if not top < ty < floor or c1 <= c0 or r1 <= r0:
            continue
        xs = (np.arange(c0, c1, dtype=np.float32) + 0.5) / side
        ys = (np.arange(r0, r1, dtype=np.float32)[:, None] + 0.5) / side
        dot = np.clip((r - np.hypot(xs - tx, ys - ty)) * side + 0.5, 0.0, 1.0)
        part = plate.spot[r0:r1, c0:c1]
        np.maximum(part, dot, out=part)
