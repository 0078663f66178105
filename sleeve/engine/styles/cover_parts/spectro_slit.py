"""The spectrogram style's slit: the whole song as one narrow strip of its spectrogram
in a wide, empty field (a small object in a wide space, as Raster-Noton and Kompakt
sleeves set it). The strip stands upright on a line of a thirds grid, off centre, run
off the frame's far edge; where it stops short of the title it stands on a hairline
rule drawn edge to edge (it had stopped mid-frame over an empty field: "unfinished",
round-17 reviewers of Pulse Width); time runs down it, frequency across it. The song's quiet
passages cut it into blocks (its sections: the rhythm of the strip), each block as
wide as its section is loud (a quiet intro a narrow slit, the drop a broad slab: the
song's shape at a glance, even at 64 px), a hairline keeps the blocks on one axis,
and on a night field a faint light spills round it, as through a door left ajar.
Each block is printed in flat inks (tip, deep spot, spot), one stripe per band group,
each stripe as wide at each moment as its share of the song's sound, so the stripes
sway with the song on crisp edges (its blurred cells read as "a blurred strip")."""

from __future__ import annotations

import numpy as np
from scipy import ndimage

from sleeve.engine.styles.cover_parts.spectro_layouts import (
    MARGIN,
    Canvas,
    Ink,
    coverage,
    lit,
)

WIDTH = (0.18, 0.25)  # the strip's width, sparse to dense songs (a share of the side)
SWELL = (0.55, 1.25)  # a block's width, its quietest to its loudest section (of WIDTH)
GAP = 0.03  # a cut between two sections (a share of the side)
CUTS = (1, 5)  # how many sections break the strip, steady to restless songs
THREAD = 0.0025  # the hairline's half-width (a share of the side)
RULE = 0.0035  # the half-width of the rule the strip stands on (a share of the side)
RULE_INK = 0.55  # the rule's tone (0 the field, 1 the tip): a hairline, not a bar
SPILL = 0.05  # how far the light spills from the strip on a dark field
GROUPS = (3, 6)  # band groups striping a block, sparse to dense songs
SWING = 3.0  # how far the stripes sway with the song, beyond its own shares
INKS = np.array([1.0, 0.45, 0.78], np.float32)  # tip, deep spot, spot: stripe by stripe


def _cuts(loud: np.ndarray, rng: np.random.Generator, energy: float) -> np.ndarray:
    """Where along the song (0..1) its quiet passages cut the strip: the deepest dips of
    the smoothed loudness, a few (more for a restless song), never two close together."""
    lo, hi = CUTS
    count = int(np.clip(round(lo + (hi - lo) * energy + rng.uniform(-0.6, 0.6)), lo, hi))
    smooth = ndimage.gaussian_filter1d(loud, len(loud) * 0.02, mode="nearest")
    dips = [
        i
        for i in range(1, len(smooth) - 1)
        if smooth[i] <= smooth[i - 1] and smooth[i] <= smooth[i + 1]
    ]
    dips = sorted(dips, key=lambda i: smooth[i])
    chosen: list[float] = []
    for i in dips:
        at = i / (len(smooth) - 1)
        if 0.08 < at < 0.92 and all(abs(at - a) > 0.12 for a in chosen):
            chosen.append(at)
        if len(chosen) == count:
            break
    for at in rng.permutation(np.linspace(0.15, 0.85, 15)):  # a steady song: by seed
        if len(chosen) == count:
            break
        if all(abs(at - a) > 0.12 for a in chosen):  # (a full strip takes fewer)
            chosen.append(float(at))
    return np.sort(np.asarray(chosen))


def _halves(loud: np.ndarray, cuts: np.ndarray, width: float) -> np.ndarray:
    """(sections,) each block's half-width: as wide as its section is loud, from the
    quietest section's (SWELL[0] of the width) to the loudest's (SWELL[1]); a song of
    even sections keeps an even strip."""
    edges = np.concatenate(([0.0], cuts, [1.0])) * (len(loud) - 1)
    level = np.array(
        [
            loud[int(a) : max(int(b), int(a) + 1)].mean()
            for a, b in zip(edges[:-1], edges[1:], strict=True)
        ]
    )
    spread = float(np.ptp(level))
    rel = (level - level.min()) / spread if spread > 0.02 * max(float(level.max()), 1e-6) else 0.6
    return width / 2 * (SWELL[0] + (SWELL[1] - SWELL[0]) * np.broadcast_to(rel, level.shape))


def band_ends(spec: np.ndarray, groups: int) -> np.ndarray:
    """(frames, groups - 1) where each band group ends across the strip (0..1): the
    bands cut into `groups` runs, low to high, each as wide at each moment as its share
    of the song's sound then (swayed SWING times wider), held steady over a few frames
    (smooth, crisp curves)."""
    runs = np.array_split(np.arange(spec.shape[1]), groups)
    energy = np.stack([spec[:, r].sum(axis=1) for r in runs], axis=1) + 1e-3
    energy = ndimage.gaussian_filter1d(energy, spec.shape[0] * 0.015, axis=0, mode="nearest")
    ends = np.cumsum(energy, axis=1) / energy.sum(axis=1, keepdims=True)
    # each end swung SWING times as far from its mean as the song moves it (a steady
    # song's stripes stood straight), kept in order and inside the block
    ends = ends.mean(axis=0) + SWING * (ends - ends.mean(axis=0))
    ends = np.maximum.accumulate(np.clip(ends, 0.0, 1.0), axis=1)
    return np.ascontiguousarray(ends[:, :-1], np.float32)


def stripe_index(ends: np.ndarray, t: np.ndarray, v: np.ndarray, step: np.ndarray) -> np.ndarray:
    """The stripe each pixel falls in, fractional across its anti-aliased edges: the
    count of the band groups' ends (`ends` at time t, interpolated) left of v, each
    edge ramped over `step` (one pixel in v)."""
    frames = ends.shape[0]
    at = np.clip(t * (frames - 1), 0.0, frames - 1.0)
    lo = np.minimum(at.astype(np.intp), frames - 2)
    w = at - lo
    index = np.zeros(np.broadcast_shapes(t.shape, v.shape), np.float32)
    for k in range(ends.shape[1]):
        edge = ends[lo, k] * (1 - w) + ends[lo + 1, k] * w
        index += np.clip((v - edge) / step + 0.5, 0.0, 1.0)
    return index


def _frame(c: Canvas, rng: np.random.Generator) -> tuple[float, float, float, float]:
    """The strip's axis (x), its width and its two ends down the frame (fractions of the
    side): on a thirds line off centre, run off the frame's edge where the free part
    meets it, ending a margin short of the title."""
    fx0, fy0, fx1, fy1 = c.free
    width = WIDTH[0] + (WIDTH[1] - WIDTH[0]) * c.density * float(rng.uniform(0.8, 1.2))
    at = fx0 + (fx1 - fx0) * float(rng.choice((0.25, 1 / 3, 2 / 3, 0.75)))
    start = fy0 + MARGIN if fy0 > 0.0 else -0.01
    end = fy1 - MARGIN if fy1 < 1.0 else 1.01
    return at, width, start, end


def slit(c: Canvas, rng: np.random.Generator) -> Ink:
    """The song as a narrow strip of its spectrogram in a wide field (see the module)."""
    at, width, start, end = _frame(c, rng)
    night = c.dark and not c.printed
    # drawn only on the columns the strip (and its spill of light) can reach
    reach = width * SWELL[1] * 0.6 + (5 * SPILL if night else 0.0) + 2.0 / c.res
    j0 = int(np.clip(np.floor((at - reach) * c.res), 0, c.res))
    j1 = int(np.clip(np.ceil((at + reach) * c.res), j0, c.res))
    along, across = c.y, c.x[:, j0:j1]  # (res, 1) and (1, cols)
    t = np.clip((along - start) / (end - start), 0.0, 1.0)
    rising = rng.random() < 0.5  # the song may run up the strip or down it
    if rising:
        t = 1.0 - t
    spec = ndimage.gaussian_filter(c.spec, (c.spec.shape[0] * 0.006, 0.8), mode="nearest")
    loud = spec.mean(axis=1)
    flip = rng.random() < 0.5
    cuts = _cuts(loud, rng, c.energy)
    half = _halves(loud, cuts, width)[np.searchsorted(cuts, t)]  # each block's half-width
    v = np.clip((across - (at - half)) / (2 * half), 0.0, 1.0)
    if flip:
        v = 1.0 - v  # the bass on either side
    groups = int(GROUPS[0] + round((GROUPS[1] - GROUPS[0]) * c.density))
    stripe = stripe_index(band_ends(spec, groups), t, v, 1.0 / (2 * half * c.res))
    inks = np.roll(INKS, int(rng.integers(len(INKS))))
    tone = np.interp(stripe, np.arange(groups), np.resize(inks, groups)).astype(np.float32)
    # inside the strip: a crisp box per section, cut at the song's quiet passages
    length = coverage(c, np.minimum(along - start, end - along))  # (res, 1)
    inset = np.minimum(half - np.abs(across - at), np.minimum(along - start, end - along))
    span = end - start
    for cut in cuts:
        where = start + span * (1.0 - cut if rising else cut)
        inset = np.minimum(inset, np.abs(along - where) - GAP / 2)
    body = coverage(c, inset)
    part = body * tone
    thread = coverage(c, THREAD - np.abs(across - at)) * length
    part = np.maximum(part, 0.42 * thread)
    shape = np.maximum(body, thread)
    feet = [y for y in (start, end) if 0.0 < y < 1.0]  # where it stops short of the title
    if night:  # a faint light spills round the strip
        off = np.clip(np.abs(across - at) - half, 0.0, None)
        part = np.maximum(part, 0.22 * np.exp(-off / SPILL) * length)
        shape = np.maximum(shape, (part > 0.02).astype(np.float32))
    value = np.zeros((c.res, c.res), np.float32)
    cover = np.zeros((c.res, c.res), np.float32)
    value[:, j0:j1], cover[:, j0:j1] = part, shape
    for foot in feet:  # the strip stands on a rule run across the frame, edge to edge
        rule = coverage(c, RULE - np.abs(c.y - foot)) * np.ones_like(c.x)
        value, cover = np.maximum(value, RULE_INK * rule), np.maximum(cover, rule)
    half = width * SWELL[1] / 2 + (3 * SPILL if night else 0.0)
    box = (at - half, max(start - RULE, 0.0), at + half, min(end + RULE, 1.0))
    if feet:  # the rule is art too: edge to edge
        box = (0.0, box[1], 1.0, box[3])
    return lit(c, cover.astype(np.float32), value.astype(np.float32), box, floor=0.0)
