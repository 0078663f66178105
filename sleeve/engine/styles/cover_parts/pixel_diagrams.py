"""Pixel sort's diagrams for the light, figure-free genres (IDM, glitch, techno): a
barcode band on a pale field, a few of its rows sorted into tone ramps and its bars
melting down in sorted drips; and a grid of tones whose later columns are sorted, the
raw data beside its sorted self. The song sets the bars, the cells and the drips.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from sleeve.engine import signals
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts import pixel_ops as ops
from sleeve.engine.styles.cover_parts import pixel_sources as ps
from sleeve.engine.styles.cover_parts.pixel_scenes import rain

Rng = np.random.Generator


@dataclass(frozen=True)
class Diagram:
    """A diagram's source, the drawn (sorted) picture and its focal box."""

    source: ps.Source
    art: np.ndarray
    focal: tuple[float, float, float, float]


def _tones(d: ArtDirection) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The paper, the ink, the grey between and the one accent (float RGB): light mono
    on a light field, the ink turned light on a dark one."""
    inks = ps.inks_for(d)
    paper = inks.sky[0]
    light = rgb_to_oklch(paper)[0] > 0.6
    ink = inks.solid if light else inks.hot[1]
    grey = inks.sky[2]
    return ps._rgb(paper), ps._rgb(ink), ps._rgb(grey), ps._rgb(inks.hot[0])


def _bars(d: ArtDirection, rng: Rng, width: int, unit: int) -> tuple[np.ndarray, np.ndarray]:
    """A barcode `width` px wide: per column, which bar (-1 a gap) and its level
    (0 grey, 1 ink, 2 the accent): bar widths from 1 to 4 units, loud passages inked
    more often."""
    level = signals.energy(d, 64)
    bar_of = np.full(width, -1)
    kind = np.zeros(width, np.intp)
    x, i = 0, 0
    while x < width:
        w = unit * int(rng.choice((1, 1, 2, 3, 4)))
        e = level[min(63, x * 64 // width)]
        bar_of[x : x + w] = i
        kind[x : x + w] = 1 if rng.random() < 0.4 + 0.5 * e else 0
        x += w + unit * int(rng.choice((1, 1, 2, 3)))
        i += 1
    hits = signals.resample(signals.onsets(d, 32), width) * (bar_of >= 0)
    accent = bar_of == bar_of[int(np.argmax(hits))]
    kind[accent] = 2
    return bar_of, kind


def barcode(d: ArtDirection, rng: Rng, res: int, lo: float, hi: float) -> Diagram:
    """A barcode band across a pale field in the rows lo..hi: a few of its rows sorted
    sideways into tone ramps (cut on the hits), its bars below melting down in sorted
    drips that reach as the song is loud, fading to the paper."""
    paper, ink, grey, red = _tones(d)
    span = hi - lo
    x0 = int(res * rng.uniform(0.07, 0.13))
    x1 = res - int(res * rng.uniform(0.07, 0.13))
    top = int(res * (lo + span * rng.uniform(0.1, 0.18)))
    bottom = top + int(res * span * rng.uniform(0.26, 0.34))
    bar_of, kind = _bars(d, rng, x1 - x0, max(2, res // 96))
    cols = np.zeros(res, np.intp) - 1
    cols[x0:x1] = np.where(bar_of >= 0, kind, -1)
    colour = np.stack((grey, ink, red))[np.maximum(cols, 0)]
    rows = np.arange(res)[:, None]
    subject = (rows >= top) & (rows < bottom) & (cols >= 0)[None, :]
    shade = 0.82 + 0.18 * rng.random((res, 1))  # scan lines: threads for the sort
    fill = np.where(cols[None, :, None] == 2, colour[None], colour[None] * shade[..., None])
    img = np.where(subject[..., None], fill, paper[None, None, :]).astype(np.float32)
    src = ps._grain(rng, img, res, subject, ((x0 + x1) / 2 / res, (top + bottom) / 2 / res, 0.3), 1)
    art = _ramps(d, rng, src.img, (x0, x1), (top, bottom))
    end = int(hi * res)
    reach = ops.reach(d, rng, res, 0.08 * span, 0.55 * span) * res
    melt = subject & (rows >= top + int(0.7 * (bottom - top)))
    art, changed = rain(art, melt, reach.astype(np.intp), end, passes=1)
    ys = np.flatnonzero(changed.any(axis=1))
    foot = max(bottom, int(ys.max()) + 1 if len(ys) else bottom) / res
    return Diagram(src, art, (x0 / res, top / res, x1 / res, foot))


def _ramps(
    d: ArtDirection, rng: Rng, img: np.ndarray, xs: tuple[int, int], ys: tuple[int, int]
) -> np.ndarray:
    """One to three slices of the band's rows, each sorted sideways (bright to dark,
    or the other way) into a ramp of its bars' tones; the slices sit on the hits."""
    (x0, x1), (top, bottom) = xs, ys
    height = bottom - top
    hits = np.flatnonzero(signals.onsets(d, 12) > 0.6)
    count = int(np.clip(len(hits), 1, 3))
    at = hits[:count] if len(hits) else np.array([int(rng.integers(12))])
    out = img.copy()
    for a in at:
        s0 = top + int(a / 12 * 0.6 * height)
        s1 = min(bottom, s0 + max(2, int(height * rng.uniform(0.06, 0.14))))
        band = out[s0:s1, x0:x1]
        k = 0 if rng.random() < 0.5 else 2
        turned = ops.to_axis(band, k)
        n, m = turned.shape[:2]
        whole = np.full(n, m)
        done = ops.smear(turned, np.zeros(n, np.intp), whole, whole)
        out[s0:s1, x0:x1] = ops.from_axis(done, k)
    return out


def _cells(d: ArtDirection, rng: Rng, rows: int, cols: int) -> np.ndarray:
    """The grid's tones (rows, cols) in four steps 0..3 (paper to ink), evenly spread:
    a cell a sixteenth, its onset strength, a little of the energy under it and a
    touch of the seed, ranked (the strongest cell first of its step's ties)."""
    hits = signals.onsets(d, rows * cols).reshape(rows, cols)
    level = signals.energy(d, cols)[None, :]
    raw = 0.6 * hits + 0.15 * level + 0.3 * rng.random((rows, cols))
    rank = np.argsort(np.argsort(raw, axis=None, kind="stable"), kind="stable")
    return rank.reshape(rows, cols)


def grid(d: ArtDirection, rng: Rng, res: int, lo: float, hi: float) -> Diagram:
    """A grid of tones on a pale field in the rows lo..hi, a cell a sixteenth of the
    song: the columns left of a cut as the song has them, those right of it sorted
    light to dark down each column, the strongest hit the one red cell."""
    paper, ink, grey, red = _tones(d)
    rows, cols = int(rng.integers(6, 9)), int(rng.integers(9, 14))
    rank = _cells(d, rng, rows, cols)
    cut = int(cols * rng.uniform(0.35, 0.6))
    hot = np.unravel_index(int(np.argmax(rank[:, :cut])), rank[:, :cut].shape)
    tone = rank * 4 // rank.size
    tone[:, cut:] = np.sort(tone[:, cut:], axis=0)
    span = hi - lo
    x0 = int(res * rng.uniform(0.08, 0.14))
    x1 = res - int(res * rng.uniform(0.08, 0.14))
    top = int(res * (lo + span * rng.uniform(0.06, 0.14)))
    pitch = min((x1 - x0) / cols, (res * (lo + span * 0.94) - top) / rows)
    x1, bottom = x0 + int(pitch * cols), top + int(pitch * rows)
    x, y = np.meshgrid(np.arange(res), np.arange(res))
    cx, cy = ((x - x0) / pitch).astype(np.intp), ((y - top) / pitch).astype(np.intp)
    inside = (x >= x0) & (x < x1) & (y >= top) & (y < bottom)
    gap = max(1, int(pitch * 0.12))
    cell = inside & ((x - x0) % pitch < pitch - gap) & ((y - top) % pitch < pitch - gap)
    t = tone[np.clip(cy, 0, rows - 1), np.clip(cx, 0, cols - 1)][..., None]
    steps = np.stack((paper * 0.93, (paper + grey) / 2, grey, ink))
    fill = steps[t[..., 0]]
    is_hot = (cy == hot[0]) & (cx == hot[1])
    fill = np.where(is_hot[..., None], red, fill)
    img = np.where(cell[..., None], fill, paper).astype(np.float32)
    rule = (np.abs(x - (x0 + cut * pitch - gap / 2)) < max(1, res // 288)) & (y >= top - res // 40)
    img = np.where((rule & (y < bottom + res // 40))[..., None], red, img)
    centre = ((x0 + x1) / 2 / res, (top + bottom) / 2 / res, 0.3)
    src = ps._grain(rng, img, res, cell, centre, 1.0)
    return Diagram(src, src.img, (x0 / res, top / res, x1 / res, bottom / res))


def disc(d: ArtDirection, rng: Rng, res: int, lo: float, hi: float) -> Diagram:
    """A disc of pixel cells on a pale field in the rows lo..hi, its cells' tones the
    song's energy round it, mostly ink, some grey, one or two red: its foot melting down
    in sorted drips that reach as the song is loud, fading to the paper."""
    paper, ink, grey, red = _tones(d)
    span = hi - lo
    r = span * rng.uniform(0.24, 0.3)
    cx = rng.uniform(0.36, 0.64)
    cy = lo + span * 0.06 + r
    x, y = ps._grid(res)
    inside = np.hypot(x - cx, y - cy) < r
    cell = max(2, res // 48)
    cy_, cx_ = np.arange(res)[:, None] // cell, np.arange(res)[None, :] // cell
    seed = rng.random((res // cell + 1, res // cell + 1))
    angle = (np.arctan2(y - cy, x - cx) + np.pi) / (2 * np.pi)
    level = signals.energy(d, 64)[np.minimum((angle * 64).astype(np.intp), 63)]
    t = 0.55 * seed[cy_, cx_] + 0.45 * level
    fill = np.where((t > 0.32)[..., None], ink, grey)
    fill = np.where((seed[cy_, cx_] > 0.99)[..., None], red, fill)
    img = np.where(inside[..., None], fill, paper).astype(np.float32)
    src = ps._grain(rng, img, res, inside, (float(cx), float(cy), float(r)), 1.0)
    reach = ops.reach(d, rng, res, 0.1 * span, 0.6 * span) * res
    melt = inside & (y > cy + rng.uniform(0.1, 0.45) * r)
    art, changed = rain(src.img, melt, reach.astype(np.intp), int(hi * res), passes=1)
    ys = np.flatnonzero(changed.any(axis=1))
    foot = max(cy + r, (ys.max() + 1) / res if len(ys) else 0.0)
    return Diagram(src, art, (cx - r, cy - r, cx + r, float(foot)))
