"""The spectrogram style's reflection: the song's spectrum as a mountain range over a
horizon and its reflection in still water, printed in a few clean tone bands.

The range's crest is the loudest stretch's spectrum (bass at one end, treble at the
other, cropped boldly to the frame's own edges: its instruments' bodies the peaks);
inside it the stretch rises from the horizon to the crest, its loud passages the
brighter strata (snow on the peaks where the stretch ends loud). The spectrum is
smoothed at the display scale and cut into flat tones (TONES, INKS: a screenprint's
separations, no speckle). Below the horizon the range hangs mirrored and dimmer, broken
into ripples that widen and thin toward the title until the water is calm."""

from __future__ import annotations

import numpy as np
from scipy import ndimage

from sleeve.engine.styles.cover_parts.spectro_layouts import MARGIN, Canvas, Ink, cells, lit

TONES = (0.3, 0.5, 0.72)  # the levels where the print steps up a tone
INKS = (0.34, 0.66, 1.0)  # the tones themselves (0 is the field)
WATER = 0.75  # the reflection's tones, a share of the range's


def _window(spec: np.ndarray, share: float) -> np.ndarray:
    """The loudest `share` of the song (its frames)."""
    frames = spec.shape[0]
    width = max(8, int(frames * share))
    total = np.convolve(spec.mean(axis=1), np.ones(width), mode="valid")
    start = int(np.argmax(total))
    return spec[start : start + width]


def _bands(level: np.ndarray) -> np.ndarray:
    """A smooth 0..1 level cut into the flat tones, each step an anti-aliased edge."""
    grad = np.hypot(*np.gradient(level)) + 1e-4
    out = np.zeros_like(level)
    for step, ink, prev in zip(TONES, INKS, (0.0,) + INKS[:-1], strict=True):
        edge = np.clip((level - step) / grad + 0.5, 0.0, 1.0)  # pixels past the step
        out = out + (ink - prev) * edge
    return out


def reflection(c: Canvas, rng: np.random.Generator) -> Ink:
    """The spectrum's range of light over a horizon and in the water (see the module)."""
    fx0, fy0, fx1, fy1 = c.free
    top = fy0 + MARGIN if fy0 > 0.0 else 0.0
    bottom = fy1 - MARGIN if fy1 < 1.0 else 1.0
    h = bottom - top
    spec = _window(c.spec, float(rng.uniform(0.45, 0.9)))
    spec = ndimage.gaussian_filter(spec, (spec.shape[0] * 0.05, 1.2), mode="nearest")
    spec = spec / max(float(np.percentile(spec, 99.0)), 1e-6)
    sky = float(rng.uniform(0.55, 0.7)) if fy1 >= 1.0 else float(rng.uniform(0.62, 0.78))
    horizon = top + h * sky  # the water sits toward the frame's edge, not the title
    rise = (horizon - top) * float(rng.uniform(0.9, 1.05))
    u = np.clip((c.x - fx0) / max(fx1 - fx0, 1e-6), 0.0, 0.9999)[0]
    # the crest: the stretch's spectrum (bass at one end, treble at the other), its
    # instruments' bodies the peaks; the song's passages the strata inside it
    prof = ndimage.gaussian_filter1d(spec.mean(axis=0), 1.5, mode="nearest")
    prof = (prof - prof.min()) / max(float(np.ptp(prof)), 1e-6)
    if rng.random() < 0.5:
        prof, spec = prof[::-1], spec[:, ::-1]
    ridge = 0.3 + 0.7 * np.interp(u, np.linspace(0, 1, len(prof)), prof) ** 1.3  # (res,)
    deep = min(0.6 * rise, bottom - horizon)  # the reflection keeps above the title
    i0 = int(np.clip((horizon - rise) * c.res - 1, 0, c.res))  # drawn only over its rows
    i1 = int(np.clip((horizon + deep) * c.res + 2, i0, c.res))
    y = c.y[i0:i1]
    above = (horizon - y) / (rise * ridge[None, :])  # 0 at the horizon, 1 at the crest
    mirror = (y - horizon) / (deep * ridge[None, :])
    v = np.where(above >= 0, above, mirror)
    inside = v < 1.0
    time = np.clip(v, 0.0, 0.9999)  # the stretch rises from the horizon to the crest
    level = cells(np.ascontiguousarray(spec, np.float32), time, np.broadcast_to(u, v.shape))
    # the range is solid in the first tone; its loud bands rise through the brighter ones
    level = 0.32 + 0.68 * np.clip(level, 0.0, 1.0) * (0.45 + 0.55 * np.clip(v, 0.0, 1.0))
    level = np.where(inside, level, 0.0)
    ink = _bands(level)
    period = float(rng.uniform(0.016, 0.02))  # a ripple's depth near the horizon
    fall = np.maximum(y - horizon, 0.0)
    phase = np.log1p(0.25 * fall / period) / 0.25 + 0.2 * np.sin(7.0 * c.x + 3.0 * y)
    ripple = 0.5 + 0.5 * np.cos(2 * np.pi * phase)  # ripples widen down the water
    still = np.clip(fall / max(deep, 1e-6), 0.0, 1.0)
    edge = np.clip((ripple - 0.15 - 0.55 * still) / 0.12, 0.0, 1.0)  # a few pixels' edge
    water = (y > horizon) * edge * WATER
    value = np.zeros((c.res, c.res), np.float32)
    value[i0:i1] = np.where(y <= horizon, ink, ink * water)
    cover = (value > 0.0).astype(np.float32)
    box = (fx0, top, fx1, bottom)
    return lit(c, cover, value, box, floor=0.0)
