"""The grain-gradient compositions: one luminous event in a deep field, each with
its own skeleton (where the light is, how the frame crops it).

A horizon of light across the frame, a glow through frosted or reeded glass on a
third, sunlight through a window falling on a wall, a colour field split by a
lit seam, a path of glints on water, a blurred sun low in a corner and a light
leak burning in from a side edge. Each takes the Plane and the seed's generator
and returns a Scene; the field always falls off away from the light, and the
light keeps out of the title's band (v < 0.34).
"""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.cover_parts.grain_scenes import BAND, Plane, Scene, bloom, smooth

F32 = np.float32


def horizon(pl: Plane, rng: np.random.Generator) -> Scene:
    """A horizon of light: a thin bright line low in the frame, the sky glowing above
    it where the light set and a deep ground below, the line's brightness swelling
    with the song's energy curve (an ECM-like fog landscape)."""
    vh = float(rng.uniform(0.58, 0.74))
    us = float(rng.uniform(0.22, 0.5))
    dv = pl.v - vh
    spread = 0.3 + 0.15 * pl.energy
    swell = (0.55 + 0.45 * np.exp(-(((pl.u - us) / spread) ** 2))) * (0.8 + 0.35 * pl.along(pl.u))
    sky = 0.14 + 0.56 * swell * np.exp(np.minimum(dv, 0) / float(rng.uniform(0.12, 0.2)))
    ground = 0.06 + 0.36 * swell * np.exp(-np.maximum(dv, 0) / 0.05)
    line = np.exp(-((dv / 0.011) ** 2)) * swell
    light = np.where(dv < 0, sky, ground) + 0.5 * line
    mix = 0.75 * smooth(vh - 0.01, vh + 0.08, pl.v)
    return Scene(light, mix, (0.0, vh - 0.26, 1.0, min(1.0, vh + 0.14)))


def frosted(pl: Plane, rng: np.random.Generator) -> Scene:
    """A glow through frosted (or reeded) glass on a third: a tall soft light, as of
    a lit doorway behind the pane, its edges lost in the glass's mottle."""
    u0 = float(rng.uniform(0.24, 0.36))
    v0 = float(rng.uniform(0.62, 0.72))
    rx = float(rng.uniform(0.07, 0.11)) + 0.04 * pl.energy
    ry = float(rng.uniform(0.2, 0.28))
    d = (np.abs((pl.u - u0) / rx) ** 4 + np.abs((pl.v - v0) / ry) ** 4) ** 0.25
    glass = 0.85 + 0.3 * pl.noise(rng, 9)
    if rng.random() < 0.5:  # reeded glass: fine vertical flutes bend the light
        flutes = float(rng.integers(12, 20))
        glass = glass * (0.9 + 0.16 * np.sin(np.float32(np.pi * flutes) * pl.u) ** 2)
    near = np.exp(-np.hypot(pl.u - u0, pl.v - v0) / 0.5)
    light = 0.14 + 0.24 * near + (0.6 * bloom(d, 1.1) * glass) * pl.calm(0.12, 0.4)
    return Scene(light, 0.35 * pl.v, (u0 - 1.8 * rx, v0 - 1.4 * ry, u0 + 1.8 * rx, v0 + 1.4 * ry))


def _soft(d: np.ndarray, edge: np.ndarray) -> np.ndarray:
    """0 outside, 1 inside a signed distance d, across a penumbra `edge` wide."""
    x = np.clip(0.5 + d / (2 * edge), 0, 1)
    return x * x * (3 - 2 * x)


def window(pl: Plane, rng: np.random.Generator) -> Scene:
    """Sunlight through a tall window falling slanted on a wall: a large skewed patch
    of light in two panes with the mullion's soft shadow between them (or in slats
    through half-open blinds), widening,
    dimming and blurring as it falls away from the window (a penumbra grows with
    distance), running off the far edge, the wall in shade around it."""
    a0 = float(rng.uniform(0.26, 0.4))
    w = float(rng.uniform(0.44, 0.6))
    b0 = float(rng.uniform(0.36, 0.46))
    k = float(rng.choice((-1.0, 1.0))) * float(rng.uniform(0.35, 0.7))
    t = np.maximum(pl.v - b0, 0)
    width = w * (1 + float(rng.uniform(0.3, 0.7)) * t)
    s = (pl.u - a0 - k * (pl.v - b0)) / width
    edge = (0.03 + 0.04 * (1 - pl.energy) + 0.1 * t) / width
    patch = _soft(np.minimum(s, 1 - s), edge) * smooth(b0 - 0.05, b0 + 0.05, pl.v)
    if rng.random() < 0.5:  # the mullion's shadow between two panes
        bar = float(rng.uniform(0.4, 0.6))
        patch = patch * (1 - _soft(0.05 - np.abs(s - bar), edge))
    else:  # half-open blinds: slats of light, tilted, blurring with distance
        slats = float(rng.uniform(9.0, 14.0))
        phase = ((pl.v - b0 + float(rng.uniform(-0.3, 0.3)) * (pl.u - a0)) * slats) % 1
        open_ = float(rng.uniform(0.3, 0.4))
        patch = patch * _soft(open_ - np.abs(phase - 0.5), (0.035 + 0.12 * t) * slats) * 1.3
    cu, cv = a0 + w / 2 + k * 0.3, b0 + 0.3
    near = np.exp(-np.hypot(pl.u - cu, pl.v - cv) / 0.45)
    light = 0.12 + 0.3 * near + 0.6 * patch * np.exp(-t / 0.9) * (0.6 + 0.4 * near)
    far = w * (1 + 0.5 * (1 - b0))
    xs = (a0, a0 + w, a0 + k * (1 - b0), a0 + far + k * (1 - b0))
    return Scene(light, 0.4 * (1 - near), (min(xs), b0, max(xs), 1.0))


def seam(pl: Plane, rng: np.random.Generator) -> Scene:
    """A colour field split by a soft seam off the middle: one side lit, falling off
    away from the seam, the other in shade, and a line of light along the seam from
    the far edge, fading before the title's band."""
    us = float(rng.uniform(0.3, 0.42))
    tilt = float(rng.uniform(-0.18, 0.18))
    bend = float(rng.uniform(-0.07, 0.07))
    line = us + tilt * (pl.v - 0.5) + bend * np.sin(np.float32(np.pi) * pl.v)
    side = pl.u - line
    du = np.abs(side)
    vp = float(rng.uniform(0.7, 0.95))
    swell = (0.5 + 0.5 * np.exp(-(((pl.v - vp) / 0.35) ** 2))) * pl.calm()
    thin = 0.035 + 0.035 * pl.energy
    lit = 0.2 * np.exp(-np.maximum(side, 0) / 0.28) * smooth(-0.06, 0.06, side)
    lit = lit * pl.calm(0.0, 0.6)
    glow = 0.5 * np.exp(-du / thin) + 0.25 * np.exp(-du / 0.14)
    light = 0.14 + 0.1 * np.exp(-du / 0.4) + lit + glow * swell
    mix = smooth(-0.07, 0.07, side)
    return Scene(light, mix, (us - 0.2, BAND, us + 0.3, 1.0))


def glitter(pl: Plane, rng: np.random.Generator) -> Scene:
    """Low sun on water, the sun itself out of frame: a path of glints widening
    towards the viewer off the middle, under a faint lit haze on the water line;
    louder music breaks the water into more glints."""
    vh = float(rng.uniform(0.42, 0.52))
    up = float(rng.uniform(0.26, 0.4))
    depth = np.clip((pl.v - vh) / (1 - vh), 0, 1)
    width = 0.04 + 0.2 * depth
    path = np.exp(-(((pl.u - up) / width) ** 2)) * smooth(vh - 0.01, vh + 0.03, pl.v)
    at = np.arange(pl.res, dtype=F32) * F32(0.16)  # glints stretched along the water
    col, part = at.astype(np.intp), (at % 1)[None, :]
    noise = pl.noise(rng, 56)
    waves = noise[:, col] * (1 - part) + noise[:, col + 1] * part
    cut = 0.72 - 0.14 * pl.energy
    glints = np.clip((waves - cut) / (1 - cut), 0, 1) ** 1.5
    haze = np.exp(-(((pl.v - vh) / 0.08) ** 2)) * np.exp(-(((pl.u - up) / 0.45) ** 2))
    light = 0.1 + 0.16 * np.exp(-np.hypot(pl.u - up, pl.v - vh) / 0.5) + 0.3 * haze
    light = light + path * (0.25 + 0.9 * glints)
    mix = 0.6 * smooth(vh, vh + 0.05, pl.v)
    return Scene(light, mix, (up - 0.3, vh - 0.1, up + 0.3, 1.0))


def low_sun(pl: Plane, rng: np.random.Generator) -> Scene:
    """A blurred sun low in a corner, partly cropped by the frame, its bloom filling
    the near quarter and a faint flare streaking across."""
    u0 = float(rng.uniform(0.08, 0.24))
    v0 = float(rng.uniform(0.86, 0.98))
    r = float(rng.uniform(0.1, 0.14)) + 0.04 * pl.energy
    d = np.hypot(pl.u - u0, (pl.v - v0) * 1.08)
    flare = np.exp(-(((pl.v - v0) / 0.01) ** 2)) * np.exp(-np.abs(pl.u - u0) / 0.45)
    light = 0.03 + 0.36 * np.exp(-d / 0.36) + 0.66 * bloom(d, r) + 0.22 * pl.energy * flare
    mix = 0.5 * np.clip(1 - d, 0, 1)
    return Scene(light * pl.calm(-0.3, 0.5) ** 0.3, mix, (0.0, v0 - 0.42, u0 + 0.42, 1.0))


def leak(pl: Plane, rng: np.random.Generator) -> Scene:
    """A light leak on a dark edge: warm light burning in from a side, in streaks
    that follow the song's energy, fading out before the title's band."""
    w = float(rng.uniform(0.1, 0.18)) + 0.06 * pl.energy
    slant = float(rng.uniform(-0.25, 0.25))
    u = np.maximum(pl.u + slant * (pl.v - 1), 0)
    streaks = 0.55 + 0.3 * pl.noise(rng, 6)[:, :1] + 0.3 * pl.along(pl.v, 3)
    burn = np.exp(-u / w) * streaks * pl.calm(0.2, 0.7)
    light = 0.07 + 0.14 * np.exp(-pl.u / 0.7) + 0.85 * burn
    mix = np.clip(1.4 * np.exp(-u / (0.6 * w)) * pl.calm(0.2, 0.7), 0, 1)
    return Scene(light, mix, (0.0, 0.4, 0.5, 1.0))
