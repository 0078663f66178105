"""The grain-gradient compositions made of light rather than solids, each on a plain
gradient with no horizon: an eclipse (a dark disc with a glowing rim), an arched
portal with light falling through it, a single column of light, and an aurora-like
colour field with one tiny sphere for scale.

Each takes a Canvas, the Colours, the Stage and the seed's generator, places itself
off-centre and out of the title's band, and returns its focal box. Edges that carry
the shape are crisp; glows and light are grainy and soft.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import compose
from sleeve.engine.styles.cover_parts.grain_objects import GRID, ball, mix, unit
from sleeve.engine.styles.cover_parts.grain_scenes import REGION, Canvas, Colours, Stage

F32 = np.float32


def _away(cv: Canvas, st: Stage) -> np.ndarray:
    """1 outside the title's band, fading to 0 across its edge (light keeps out)."""
    top, bottom = REGION[st.side]
    edge = (cv.y - top + 0.06) if st.side == "top" else (bottom + 0.06 - cv.y)
    return np.clip(edge / 0.12, 0, 1)


def eclipse(cv: Canvas, c: Colours, st: Stage, rng: np.random.Generator) -> compose.Box:
    """A dark disc eclipsing a light: a soft grainy corona around it and a thin crisp
    crescent of light on the rim where the light is about to break out."""
    top, bottom = REGION[st.side]
    r = float(rng.uniform(0.15, 0.24))
    cx = float(np.clip(rng.choice(GRID), r + 0.1, 0.9 - r))
    cy = float(rng.uniform(top + r + 0.05, max(top + r + 0.05, bottom - r - 0.05)))
    d = np.sqrt((cv.x - cx) ** 2 + (cv.y - cy) ** 2)
    spread = r * float(rng.uniform(0.25, 0.55))
    corona = np.exp(-np.clip(d - r, 0, None) / spread) * _away(cv, st)
    glow = c.lit if not c.light_field else mix(c.lit, c.near, 0.6)
    cv.lay(cv.noisy(corona * 0.95, 0.9), glow)
    lx, ly = unit(st.lx, st.ly)
    disc = cv.disc(cx, cy, r)
    inner = cv.disc(cx - lx * r * 0.05, cy - ly * r * 0.05, r * 0.985)
    cv.lay(cv.alpha(disc), c.lit)
    body = c.dark if not c.light_field else mix(c.dark, c.shadow, 0.5)
    cv.lay(cv.alpha(inner), cv.ramp(body, c.dark, cv.noisy(np.clip(d / r, 0, 1) * 0.5)))
    return compose.around(cx, cy, r * 1.15)


def _arch(cv: Canvas, cx: float, bottom: float, w: float, h: float) -> np.ndarray:
    """An arched opening's signed distance (a rectangle under a half circle)."""
    spring = bottom - h + w / 2
    rect = np.minimum(w / 2 - np.abs(cv.x - cx), np.minimum(bottom - cv.y, cv.y - spring))
    return np.maximum(rect, w / 2 - np.sqrt((cv.x - cx) ** 2 + (cv.y - spring) ** 2))


def portal(cv: Canvas, c: Colours, st: Stage, rng: np.random.Generator) -> compose.Box:
    """An arched portal cut in a plain wall, bright inside, its depth shown on one
    side, and its light falling out of it across the field as a long soft shaft."""
    top, bottom = REGION[st.side]
    w = float(rng.uniform(0.16, 0.26))
    h = min(w * float(rng.uniform(1.6, 2.3)), (bottom - top) * 0.8)
    cx = float(np.clip(rng.choice(GRID + (0.2, 0.8)), w / 2 + 0.08, 0.92 - w / 2))
    sill = top + h + float(rng.uniform(0.0, max(0.0, bottom - top - h) * 0.5))
    sd = _arch(cv, cx, sill, w, h)
    lx = float(np.sign(st.lx))
    below = np.clip(cv.y - sill + h * 0.3, 0, None)
    shear = -lx * float(rng.uniform(0.3, 0.9))
    shaft = _arch(cv, cx + shear * below, sill + below * 0.9, w * (1 + below * 2.5), h)
    fade = np.clip(1 - (cv.y - sill) / 0.45, 0, 1) * (cv.y > sill - h * 0.3) * _away(cv, st)
    light = mix(c.lit, (255, 255, 255), 0.45) if c.light_field else c.lit
    cv.lay(cv.noisy(np.clip(shaft * cv.res * 0.08, 0, 1) * fade * 0.6, 0.8), light)
    cv.lay(cv.alpha(sd), cv.shade(c, np.clip(0.6 + 0.4 * (cv.y - (sill - h)) / h, 0, 1), 1.0))
    depth = w * float(rng.uniform(0.06, 0.1))
    inner = _arch(cv, cx + lx * depth, sill + depth * 0.4, w, h)
    cv.lay(cv.alpha(np.minimum(sd, -inner)), cv.ramp(c.far, c.shadow, np.full_like(sd, 0.6)))
    return (cx - w / 2 - depth, sill - h, cx + w / 2 + depth, sill)


def column(cv: Canvas, c: Colours, st: Stage, rng: np.random.Generator) -> compose.Box:
    """One column of light falling from the edge away from the title, crisp-sided,
    brightest at its core and fading as it reaches into the frame, in a wide haze."""
    top, bottom = REGION[st.side]
    w = float(rng.uniform(0.07, 0.15))
    cx = float(rng.choice(GRID + (0.42, 0.58))) + float(rng.uniform(-0.03, 0.03))
    reach = float(rng.uniform(0.6, 0.9)) * (bottom - top)
    start, end = (1.0, 1.0 - reach) if st.side == "top" else (0.0, reach)
    along = np.clip((cv.y - start) / (end - start), 0, 1)
    fade = np.clip(1.15 - along**1.6, 0, 1)
    across = np.clip(np.abs(cv.x - cx) / (w / 2), 0, 1)
    haze = np.exp(-(((cv.x - cx) / (w * 2.2)) ** 2)) * fade * _away(cv, st)
    light = c.lit if not c.light_field else mix(c.lit, c.near, 0.5)
    cv.lay(cv.noisy(haze * 0.5, 0.8), light)
    core = cv.shade(c, np.clip(1.05 - 0.55 * across**2, 0, 1) * (0.55 + 0.45 * fade), 0.6)
    lo, hi = min(start, end), max(start, end)
    sides = np.minimum(w / 2 - np.abs(cv.x - cx), np.minimum(cv.y - lo, hi - cv.y) + 0.2)
    cv.lay(cv.alpha(sides) * np.clip(fade * 1.4, 0, 1), core)
    return (cx - w, lo, cx + w, hi)


def aurora(cv: Canvas, c: Colours, st: Stage, rng: np.random.Generator) -> compose.Box:
    """A wide aurora-like colour field: two or three soft curtains of the palette's
    colours waving across the frame, sharp at their lower hem and fading upwards, and
    one tiny crisp sphere below them for scale."""
    top, bottom = REGION[st.side]
    for k, colour in enumerate(
        (c.lit, c.accent, mix(c.lit, c.accent, 0.5))[: int(rng.integers(2, 4))]
    ):
        hem = top + (bottom - top) * float(rng.uniform(0.3, 0.75))
        amp, freq = float(rng.uniform(0.04, 0.12)), float(rng.uniform(4, 9))
        curve = hem + amp * np.sin(freq * cv.x + float(rng.uniform(0, 6.3)))
        curve = curve + 0.03 * np.sin(freq * 2.7 * cv.x + k)
        height = float(rng.uniform(0.08, 0.2))
        above = (curve - cv.y) / height
        veil = np.where(above > 0, np.exp(-above * 2.2), np.exp(-((above * height / 0.015) ** 2)))
        streaks = 0.75 + 0.25 * np.sin(
            cv.x * float(rng.uniform(60, 110)) + 3 * np.sin(cv.x * 7 + k)
        )
        cv.lay(cv.noisy(veil * streaks * 0.8 * _away(cv, st), 0.9), colour)
    r = float(rng.uniform(0.03, 0.045))
    cx = float(rng.choice(GRID + (0.2, 0.8)))
    cy = (bottom - r - 0.04) if st.side == "top" else (bottom - r - 0.02)
    ball(cv, c, st, cx, cy, r)
    return compose.around(cx, cy, r * 2.5)
