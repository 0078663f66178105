"""The line composition of the spectrogram style: a waterfall of crisp spectrum slices
in perspective (Unknown Pleasures), near slices hiding far ones. Edges are crisp;
nothing fades."""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.cover_parts.spectro_layouts import (
    MARGIN,
    Canvas,
    Ink,
    cells,
    coverage,
    lit,
)


def waterfall(c: Canvas, rng: np.random.Generator) -> Ink:
    """Spectrum slices (frequency across, loudness up) stacked far to near in
    perspective: far slices narrow, close together and dim, near ones wide and bright;
    each ridge is a crisp line whose body hides the slices behind it. The stack sits
    whole in the free part, or its near slices run off both sides."""
    fx0, fy0, fx1, fy1 = c.free
    n = int(np.clip(round(22 + 30 * c.density + rng.uniform(-6, 6)), 16, 56))
    wide = rng.random() < 0.6  # the near slices run off the frame's sides: a close mesh
    w_near = rng.uniform(1.15, 1.4) if wide else rng.uniform(0.8, 0.92) * (fx1 - fx0)
    w_far = w_near * rng.uniform(0.45, 0.75)
    cx = (
        (fx0 + fx1) / 2
        if wide
        else (fx0 + fx1) / 2 + rng.uniform(-1, 1) * max(0.0, (fx1 - fx0 - w_near) / 2 - MARGIN)
    )
    height = fy1 - fy0 - 2 * MARGIN
    amp = height * rng.uniform(0.18, 0.3)
    y_far = fy0 + MARGIN + amp
    y_near = fy1 - MARGIN
    if fy1 >= 1.0 and wide and rng.random() < 0.5:
        y_near = 1.0 + amp * 0.3  # the nearest slices sink past the bottom edge
    times = np.linspace(0, 1, n)
    if rng.random() < 0.5:
        times = times[::-1]
    thick = max(0.005, 1.5 / c.res)
    value = np.zeros((c.res, c.res), np.float32)
    cover = np.zeros((c.res, c.res), np.float32)
    hidden = np.full((c.res,), 9.0, np.float32)  # the highest body drawn so far (near first)
    x = c.x[0]
    for k in range(n - 1, -1, -1):  # near first: a far slice shows only above it
        d = k / (n - 1)
        w = w_far + (w_near - w_far) * d
        base = y_far + (y_near - y_far) * d**1.3
        a = amp * (0.55 + 0.45 * d)
        f = (x - (cx - w / 2)) / w  # frequency across the slice
        on = (f >= 0) & (f <= 1)
        lift = cells(c.spec, np.full_like(f, times[k]), np.clip(np.abs(2 * f - 1), 0, 1))
        taper = np.clip(np.sin(np.pi * np.clip(f, 0, 1)), 0, 1) ** 0.6  # quiet ends: a pulsar
        top = np.where(on, base - a * lift * taper, 9.0).astype(np.float32)
        near_line = coverage(c, thick / 2 - np.abs(c.y - top[None, :]))
        near_line = near_line * (c.y < hidden[None, :] + thick / 2)
        tone = 0.5 + 0.5 * d
        value = np.where(near_line > cover, tone, value)
        cover = np.maximum(cover, near_line)
        hidden = np.minimum(hidden, top)
    box = (cx - w_near / 2, float(hidden.min()) - thick, cx + w_near / 2, y_near + thick)
    return lit(c, cover, value, box, floor=0.0)
