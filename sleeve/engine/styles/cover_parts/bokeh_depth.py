"""Bokeh scenes built on depth: a few huge foreground lights cropped by the frame with
a line of far, small, sharp lights behind them (near), and a tunnel of lights
converging on a point off-centre, with a few star glints (tunnel).

Lights are rows as in bokeh_lights (x, y, radius, colour index, opacity)."""

from __future__ import annotations

import numpy as np

from sleeve.engine import compose
from sleeve.engine.styles.cover_parts.bokeh_lights import RES, Box, light_field, light_rows

# where the foreground cluster sits: corners and edge middles (x, y), off the frame
ANCHORS = (
    (-0.06, -0.06),
    (1.06, -0.06),
    (-0.06, 1.06),
    (1.06, 1.06),
    (-0.1, 0.5),
    (1.1, 0.5),
    (0.5, 1.1),
)


def near(rng: np.random.Generator, n: int, k: int, band: str) -> tuple[np.ndarray, Box]:
    """Two to four huge lights overlapping just in front of the lens, cut by a corner
    or an edge away from the title's band; behind them far lights, small and sharp,
    in a level or sloping line across the frame or a town's patch on the other side:
    near against far."""
    top = band == "top"
    choices = [i for i, (_, y) in enumerate(ANCHORS) if not (y < 0 if top else y > 1)]
    ax, ay = ANCHORS[int(rng.choice(choices))]
    count = int(rng.integers(2, 5))  # one alone would be lamp-edge's giant
    big = rng.uniform(0.16, 0.3, count) * (1.25 if count == 2 else 1.0)
    toward = np.array([0.5 - ax, 0.5 - ay])
    toward /= np.linalg.norm(toward)
    reach = rng.uniform(0.05, 0.35, count)
    spread = rng.normal(0, 0.14, count)
    x = ax + toward[0] * reach - toward[1] * spread
    y = ay + toward[1] * reach + toward[0] * spread
    ci = rng.permutation(np.arange(count) % k)
    rows = [light_rows(x, y, big, ci, rng.uniform(0.6, 0.85, count))]
    # far lights, clear of the title's band: a level line, a slope, or a patch
    far = 16 + n // 2
    fy = rng.uniform(0.45, 0.62) if top else rng.uniform(0.38, 0.55)
    kind = int(rng.choice(3, p=(0.4, 0.3, 0.3)))
    if kind == 2:  # a town's patch on the side away from the near lights
        px = 0.72 if ax < 0.5 else 0.28
        fx = px + rng.normal(0, 0.12, far)
        fline = fy + rng.normal(0, 0.04, far)
    else:
        fx = rng.uniform(0.0, 1.0, far)
        slope = rng.uniform(-0.25, 0.25) if kind == 1 else 0.0
        fline = fy + slope * (fx - 0.5) + rng.normal(0, 0.01, far)
        fline += 0.04 * np.sin(fx * rng.uniform(2, 6))
    rows.append(
        light_rows(
            fx,
            fline,
            rng.uniform(0.004, 0.014, far),
            rng.integers(0, k, far),
            1.0,
        )
    )
    pts = np.stack([x, y], 1)
    lo = np.clip((pts - big[:, None]).min(0), 0, 1)
    hi = np.clip((pts + big[:, None]).max(0), 0, 1)
    return np.concatenate(rows), compose.clip_box((lo[0], lo[1], hi[0], hi[1]), 0.05)


def tunnel(rng: np.random.Generator, n: int, k: int, band: str) -> tuple[np.ndarray, Box]:
    """A tunnel of lights converging on a point off-centre, away from the title's
    band: rings of lights round the vanishing point, each ring wider and its lights
    bigger and softer as it nears the lens, the outer ones cut by the frame, the far
    end a crowd of pinpoints; the title's band left nearly dark (the tunnel's mouth
    is open there)."""
    vx = float(rng.choice((0.3, 0.7)) + rng.uniform(-0.06, 0.06))
    vy = float(rng.uniform(0.6, 0.7) if band == "top" else rng.uniform(0.3, 0.4))
    squash = rng.uniform(0.75, 1.0)  # a wide, low tunnel or a round one
    rows = []
    rings = 8 + int(round(n / 16))
    for j in range(rings):
        reach = 0.05 * 1.42**j
        count = 7 + 2 * j
        ang = rng.uniform(0, 2 * np.pi) + 2 * np.pi * np.arange(count) / count
        ang = ang + rng.normal(0, 0.08, count)
        at = reach * rng.uniform(0.8, 1.2, count)  # rings, loosely: lamps on a curved wall
        x = vx + at * np.cos(ang)
        y = vy + squash * at * np.sin(ang)
        r = (0.008 + 0.1 * np.minimum(at, 1.2) ** 1.3) * rng.uniform(0.7, 1.3, count)
        rows.append(light_rows(x, y, r, rng.integers(0, k, count), rng.uniform(0.55, 0.95, count)))
    far = 12 + n // 4
    rows.append(
        light_rows(
            vx + rng.normal(0, 0.03, far),
            vy + rng.normal(0, 0.025, far),
            rng.uniform(0.003, 0.008, far),
            rng.integers(0, k, far),
            1.0,
        )
    )
    out = np.concatenate(rows)
    calm = (out[:, 1] < 0.3) if band == "top" else (out[:, 1] > 0.7)
    out = out[~calm | (rng.random(len(out)) < 0.1)]
    return out, compose.around(vx, vy, 0.3, 0.24)


def glints(rng: np.random.Generator, rows: np.ndarray, count: int) -> np.ndarray:
    """A few of the lights picked as star glints: (count, 5) rows at the same
    places, longer rays, full opacity."""
    pick = rng.choice(len(rows), min(count, len(rows)), replace=False)
    out = rows[pick].copy()
    out[:, 2] = rng.uniform(0.03, 0.07, len(out))
    out[:, 4] = 1.0
    return out


def star_field(rows: np.ndarray, colours: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Four-pointed star glints (thin crossed rays fading out, a bright core) summed
    as light, as light_field sums discs."""

    def star(dx: np.ndarray, dy: np.ndarray, rp: float, x: float, y: float) -> np.ndarray:
        w = max(0.6, 0.05 * rp)
        ax, ay = np.abs(dx), np.abs(dy)
        rays = np.exp(-((dy / w) ** 2)) * np.clip(1 - ax / rp, 0, 1) ** 2
        rays = rays + np.exp(-((dx / w) ** 2)) * np.clip(1 - ay / rp, 0, 1) ** 2
        core = np.exp(-((dx * dx + dy * dy) / (3 * w) ** 2))
        return rays + core

    return light_field(rows, colours, RES, star)
