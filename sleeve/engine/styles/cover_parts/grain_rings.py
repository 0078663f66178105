"""The grain gradient's glow ring: one small white-hot mark (a heart for a title that
names one, else a four-point sparkle) held in a soft duotone ring of light, the ring
in the second colour, the field round the mark in the first, thinning into grain. It takes
the Plane and the seed's generator and returns a Scene; the ring keeps out of the
title's band (v < 0.34).
"""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.cover_parts.grain_scenes import BAND, Plane, Scene, smooth
from sleeve.engine.styles.cover_parts.grain_silhouettes import outline_mask

F32 = np.float32


def _u(rng: np.random.Generator, a: float, b: float) -> float:
    return float(rng.uniform(a, b))


def ring(pl: Plane, rng: np.random.Generator) -> Scene:
    """A soft ring of light (radius about a quarter of the frame) off the middle, its
    inside a calm dark gap round a small crisp white-hot mark: a heart when the title
    names one, else a four-point sparkle, tilted a little. A lively song's ring is
    wider."""
    big = _u(rng, 0.22, 0.27) + 0.04 * pl.energy
    uc = _u(rng, 0.34, 0.41) if rng.random() < 0.5 else _u(rng, 0.59, 0.66)  # off the middle
    vc = max(_u(rng, 0.6, 0.66), BAND + 0.04 + big)
    mark = _u(rng, 0.09, 0.12)
    tilt = _u(rng, -0.25, 0.25)
    width = _u(rng, 0.14, 0.22) * big
    dots = pl.dots(rng)
    d = np.hypot(pl.u - uc, pl.v - vc)
    band = np.exp(-(((d - 0.72 * big) / width) ** 2))
    inner = np.exp(-d / (0.2 * big))
    outer = np.exp(-np.maximum(d - big, 0) / 0.1)
    light = 0.15 + 0.1 * outer + 0.2 * pl.grainy(inner, dots, 0.35)
    light = light + 0.55 * pl.grainy(band, dots, 0.35)
    x, y = _heart() if "heart" in pl.motifs else _sparkle()
    cos, sin = np.cos(tilt), np.sin(tilt)
    across, down = uc + mark * (x * cos - y * sin), _down(pl, vc) + mark * (x * sin + y * cos)
    outline = list(zip(across, down, strict=True))
    cover = outline_mask(pl, [outline], [], 0.6)
    light = np.clip(light, 0, 1) * (1 - cover) + cover  # the mark white-hot
    mix = smooth(0.35 * big, 0.65 * big, d) * (1 - smooth(0.95 * big, 1.3 * big, d))
    span = big + 0.04
    return Scene(light.astype(F32), mix.astype(F32), (uc - span, vc - span, uc + span, vc + span))


def _down(pl: Plane, v: float) -> float:
    """A plane v as a fraction down the frame."""
    return v if pl.top else 1 - v


def _heart() -> tuple[np.ndarray, np.ndarray]:
    """A heart's outline about the origin (x across, y down, about 1 wide)."""
    t = np.linspace(0, 2 * np.pi, 120, endpoint=False)
    x = 16 * np.sin(t) ** 3 / 17
    y = -(13 * np.cos(t) - 5 * np.cos(2 * t) - 2 * np.cos(3 * t) - np.cos(4 * t)) / 17
    return x, y + 0.1


def _sparkle() -> tuple[np.ndarray, np.ndarray]:
    """A four-point sparkle (an astroid with a soft waist) about the origin."""
    t = np.linspace(0, 2 * np.pi, 160, endpoint=False)
    x = np.sign(np.cos(t)) * np.abs(np.cos(t)) ** 2.6
    y = np.sign(np.sin(t)) * np.abs(np.sin(t)) ** 2.6
    return 1.1 * x, 1.1 * y
