"""Bokeh's two-colour grade: the scene's light mapped through a duotone (near-black, the
genre's second colour, its first light burning to white) with the mid-tones crushed, so
a few big bright discs stand on near-black and still read at 64 px."""

from __future__ import annotations

import numpy as np

LUMA = np.array([0.299, 0.587, 0.114], np.float32)


def grade(art: np.ndarray, c: dict, keep: float = 0.3) -> np.ndarray:
    """`art` (H, W, 3 floats) graded: luminance through a crushed curve into a ramp from
    the sky's near-black through the second light (dark) to the first light and white;
    `keep` of the discs' own colour survives."""
    lum = art @ LUMA
    flat = lum.ravel()
    k = int(flat.size * 0.997)
    top = float(np.clip(np.partition(flat, k)[k], 0.45, 0.85))  # a dim scene lifted
    t = np.clip((lum - 0.06) / (top - 0.06), 0.0, 1.0) ** 1.7
    shadow = np.asarray(c["sky"], np.float32) * 0.55 + 0.015  # above the subject's ink
    second = np.asarray(c["lights"][1], np.float32) * 0.42
    first = np.asarray(c["lights"][0], np.float32)
    white = first * 0.4 + 0.6
    stops = np.array([0.0, 0.35, 0.7, 1.0], np.float32)
    cols = np.stack([shadow, second, first, white])
    ramp = np.stack([np.interp(t, stops, cols[:, k]) for k in range(3)], -1)
    own = art * (t / np.maximum(lum, 0.02))[..., None]
    return np.clip(ramp * (1 - keep) + own * keep, 0.0, 1.2).astype(np.float32)
