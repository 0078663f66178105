"""The risograph's ripples: the song as rings spreading from one point, like a drop in
still water or a dub echo, radius as time (ART-DIRECTION, "music made visible").

One ring per bar-long step of the song, out from a point the seed puts at a corner,
an edge or a thirds point of the area, so the rings sweep across the sheet as arcs
rather than sit as a centred target. Each band is as thick as the song is loud at
that step (a quiet intro prints hairlines, a drop prints fat bands): a musician sees
the song's build and fall (6 to 15 rings, more for a faster song). The lead ink
prints the bands, all heavier for a loud song; the second a bold flat disc at the
source, wider for a loud start,
and a screened glow round it fading out (riso dots between the nearer rings); the
rings the onsets hit hardest print in the third ink, offset a little, so they
overprint the lead.

A busy song (and, by the seed, some others) drops a second stone: a second set of
rings from the far side of the area in the third ink, at its own pitch, each band as
thick as the onsets hit at its step, so the two ripples cross and overprint in a
moire of a third colour (reviewers saw the one ripple as the same picture on ten
tracks).
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts.riso_posters import _within, inside
from sleeve.engine.styles.cover_parts.riso_shapes import (
    Plates,
    Rng,
    Sheet,
    blank,
    fill,
    grid,
    hush,
)

SOURCES = ("corner", "edge", "thirds")
TWO_STONES = 0.25  # the chance of a second ripple for a sparse song (more when busy)


def source(d: ArtDirection, rng: Rng, sheet: Sheet) -> tuple[float, float]:
    """Where the rings spread from: a corner of the area (quarter arcs), the middle of
    its foot or a side (half arcs), or a thirds point (whole rings, off-centre)."""
    x0, y0, x1, y1 = sheet.area
    kind = SOURCES[int(rng.choice(3, p=(0.4, 0.35, 0.25)))]
    left = bool(rng.random() < 0.5)
    if kind == "corner":
        return (x0 + 0.04 if left else x1 - 0.04), y1 - 0.04
    if kind == "edge":
        if rng.random() < 0.5:
            return x0 + (x1 - x0) * rng.uniform(0.35, 0.65), y1
        return (x0 if left else x1), y0 + (y1 - y0) * rng.uniform(0.45, 0.7)
    return (x0 + (x1 - x0) * (1 / 3 if left else 2 / 3), y0 + (y1 - y0) * rng.uniform(0.45, 0.62))


def rings(d: ArtDirection, rng: Rng, sheet: Sheet) -> Plates:
    """The song's loudness as rings spreading from one point (module docstring)."""
    x, y = grid()
    x0, y0, x1, y1 = sheet.area
    cx, cy = source(d, rng, sheet)
    far = max(np.hypot(cx - u, cy - v) for u in (x0, x1) for v in (y0, y1))
    steps = 6 + round(7 * np.clip((d.tempo_bpm - 70) / 90, 0, 1)) + int(rng.integers(3))
    loud = signals.energy(d, steps).astype(np.float32)
    hits = signals.onsets(d, steps * 4).reshape(steps, 4).max(axis=1)
    pitch = far * rng.uniform(0.9, 1.05) / (steps + 2.2)
    r = np.sqrt((x - cx) ** 2 + (y - cy) ** 2)
    heavy = 0.7 + 0.6 * d.energy  # a loud song prints heavier bands and a bigger source
    core = pitch * (1.2 + 0.9 * float(loud[0])) * heavy  # the source: a bold disc
    a, c = blank(), blank()
    strong = hits >= np.quantile(hits, 0.75)
    for i in range(steps):
        inner = core + pitch * (i + 0.35)
        width = min(
            pitch * (0.08 + 0.72 * float(loud[i])) * heavy, pitch * 0.9
        )  # quiet: a hairline
        band = fill(np.minimum(r - inner, inner + width - r))
        a = np.maximum(a, band)
        if strong[i] and i > 0:  # the hardest-hit rings echo in the third ink
            shift = pitch * 0.22
            c = np.maximum(c, fill(np.minimum(r - inner - shift, inner + width - r - shift)))
    glow = np.clip(1 - (r - core) / (far * 0.45), 0, 1) * 0.3 * (r > core)
    b = np.maximum(fill(core - r), glow.astype(np.float32))
    if rng.random() < TWO_STONES + 0.4 * d.density:  # a second ripple crosses the first
        c, stone = _second(d, rng, sheet, (cx, cy), pitch)
        b = np.maximum(b * (1 - stone), stone)  # its source: a disc in the second ink
    keep = inside(sheet)
    plates = [hush((p * keep).astype(np.float32), sheet.zone) for p in (a, b, c)]
    reach = core + pitch * steps * 0.6
    box = (cx - reach, cy - reach, cx + reach, cy + reach)
    return plates, _within(box, sheet)


def _second(
    d: ArtDirection, rng: Rng, sheet: Sheet, first: tuple[float, float], pitch: float
) -> tuple[np.ndarray, np.ndarray]:
    """A second ripple for the third ink, from the side of the area across from the
    first source, at 0.6 to 0.85 or 1.2 to 1.5 of its pitch (so the two beat into a
    moire): one band per step, as thick as the onsets hit there. Returns the rings
    and the disc at its source."""
    x, y = grid()
    x0, y0, x1, y1 = sheet.area
    cx = x1 - (first[0] - x0) + rng.uniform(-0.08, 0.08)
    if abs(cx - first[0]) < 0.3:  # the first sat mid-way: the second at a side
        cx = x0 if first[0] > (x0 + x1) / 2 else x1
    cy = y0 + (y1 - y0) * rng.uniform(0.2, 0.8)
    step = pitch * (rng.uniform(0.6, 0.85) if rng.random() < 0.5 else rng.uniform(1.2, 1.5))
    r = np.sqrt((x - cx) ** 2 + (y - cy) ** 2)
    far = max(np.hypot(cx - u, cy - v) for u in (x0, x1) for v in (y0, y1))
    count = int(far / step) + 1
    hits = signals.onsets(d, count * 4).reshape(count, 4).max(axis=1)
    hits = hits / max(float(hits.max()), 1e-6)
    core = step * 0.9
    out = blank()
    for i in range(count):
        inner = core + step * (i + 0.35)
        width = step * (0.1 + 0.45 * float(hits[i]))
        out = np.maximum(out, fill(np.minimum(r - inner, inner + width - r)))
    return out, fill(core - r)
