"""The risograph's mountain range: the song's loudness as three ridges layered to a
far horizon, like a national-park riso poster.

Flat inks that overprint cleanly (screened ranges met in moire mush, "muddy where
the halftones meet"): the far ridge the second ink, the middle the lead, the near
both, their overprint a third, darker colour; the range stands on a still lake that
mirrors it in ruled lines thinning with depth (no sun: with one it read as the
landscape's twin). The sky stays bare paper. Each ridge is a slice
of the energy curve roughened by the seed; the energy lifts the peaks, the seed
picks the horizon and the slices.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts.riso_shapes import (
    RES,
    Plates,
    Rng,
    Sheet,
    blank,
    fill,
    grid,
    hush,
)

LAYERS = 3


def _profile(d: ArtDirection, rng: Rng, layer: int) -> np.ndarray:
    """One ridge's height (0..1) at every plate column: a slice of the energy curve
    plus a seeded jagged walk, finer for the nearer ridges and for a louder song."""
    curve = signals.energy(d, 64).astype(np.float64)
    start = int(rng.integers(0, 32))
    song = np.interp(np.linspace(0, 1, RES), np.linspace(0, 1, 32), curve[start : start + 32])
    steps = round(8 + 26 * d.energy) + 14 * layer  # a loud song's crests are jagged
    walk = np.cumsum(rng.normal(0, 1, steps))
    walk = (walk - walk.min()) / max(float(np.ptp(walk)), 1e-6)
    jag = np.interp(np.linspace(0, 1, RES), np.linspace(0, 1, steps), walk)
    return (0.5 * song + 0.5 * jag).astype(np.float32)


def ridges(d: ArtDirection, rng: Rng, sheet: Sheet) -> Plates:
    """Three ridges of the song's loudness layered to a horizon away from the title,
    flat in two inks and their overprint, mirrored in a lake in ruled lines."""
    x, y = grid()
    x0, y0, x1, y1 = sheet.area
    span = y1 - y0
    top = y0 + span * rng.uniform(0.1, 0.26)  # the far peaks: sky above for the sun
    tall = (0.6 + 0.6 * d.energy) * rng.uniform(0.8, 1.15)  # a loud song stands taller
    slope = span * rng.uniform(0.12, 0.3) * float(rng.choice((-1, 1)))  # the range falls
    fall = slope * (np.linspace(0, 1, RES) - 0.5)  # away to one side
    crests = []
    for layer in range(LAYERS):  # far to near: each lower, and taller for its nearness
        base = top + span * (0.45 + 0.17 * layer) + fall * (1 - 0.4 * layer)
        crests.append(base - span * (0.36 + 0.08 * layer) * tall * _profile(d, rng, layer))
    # the range stands on a still lake and is mirrored in it as ruled lines, no sun
    # (with a flat sun over three ranges it read as the landscape's twin, "riso
    # landscape #9 and riso ridges #44 read alike")
    lake = y0 + span * rng.uniform(0.56, 0.66)
    crests = [y0 + (crest - y0) * (lake - y0) / span for crest in crests]
    cols = np.arange(RES)
    masks = [fill(y - crest[cols][None, :]) * (y < lake) for crest in crests]
    far, mid, near = masks
    b = np.maximum(far * (1 - mid), near)
    a = mid
    rows = np.clip(np.round(2 * lake * RES - 1 - np.arange(RES)).astype(np.int64), 0, RES - 1)
    depth = np.clip((y - lake) / max(y1 - lake, 1e-3), 0, 1)
    ruled = ((y - lake) * RES / (3 + 5 * depth)) % 1 < 0.55 - 0.25 * depth  # thinning lines
    below = (y >= lake) & ruled
    a = np.maximum(a, a[rows, :] * below)
    b = np.maximum(b, b[rows, :] * below)
    c = blank()
    ridge = float(min(crest.min() for crest in crests))
    plates = [hush(p.astype(np.float32), sheet.zone) for p in (a, b, c)]
    return plates, (0.0, max(ridge, 0.0), 1.0, y1)  # the art ends at the area's foot
