"""The printed and woven compositions of the spectrogram style: the song's
log-spectrogram pulled as a screenprint, or woven as a tapestry.

- halftone: time runs across the frame (off both its sides), frequency up the band
  (bass at the foot); each dot of a 45-degree screen is as big as the spectrum is
  loud there, so quiet passages print as a fine tint and loud ones close up into
  solid ink; the print stands as a skyline across the frame, towers as tall as the
  song is loud in each stretch of it, the highest at its loudest passage (never a
  single rounded mound: that read as lips or a UFO), its outline by dot size, never
  by blur. The song's loudest passage is overprinted in the second ink, a touch out
  of register: the cover's focal point, set on a third of the width.
- weave: plain weave hanging across the whole width the title leaves free, off the
  frame's sides (a small swatch read as unbalanced), warp threads the frequency
  bands, weft rows the song's time, each in one of three yarns (the band's level over
  the song, the moment's loudness): a tartan of the song, the loudest passage a woven
  stripe in the tip ink; it runs off the frame's edge away from the title and ends in
  a fringe toward it.

Dots and threads are crisp (anti-aliased, ink or none); every size draws the same
screen and cloth (pitches are fractions of the side)."""

from __future__ import annotations

import numpy as np

from sleeve.engine import signals
from sleeve.engine.styles.cover_parts.spectro_layouts import MARGIN, Canvas, Ink, cells, lit

SPOT, TIP = 0.62, 1.0  # the two inks' values (the colour table's spot and tip)


def _dots(
    c: Canvas, pitch: float, shift: tuple[float, float], size_at
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A 45-degree halftone screen: each pixel's coverage by its cell's dot, and the
    cell centre (x, y) the dot's size was read at. `size_at(x, y)` gives a dot's radius
    (fractions of the pitch) at its centre."""
    x, y = c.x - shift[0], c.y - shift[1]
    root = np.float32(np.sqrt(0.5))
    p, q = (x + y) * root / pitch, (x - y) * root / pitch
    cp, cq = np.floor(p) + 0.5, np.floor(q) + 0.5
    dist = np.hypot(p - cp, q - cq) * pitch  # from the cell's centre, fractions of the side
    cx = (cp + cq) * root * pitch + shift[0]
    cy = (cp - cq) * root * pitch + shift[1]
    radius = size_at(cx, cy) * pitch
    cover = np.clip((radius - dist) * c.res + 0.5, 0.0, 1.0) * (radius > 0)
    return cover.astype(np.float32), cx, cy


def halftone(c: Canvas, rng: np.random.Generator) -> Ink:
    """A screenprinted band of the log-spectrogram (see the module)."""
    fx0, fy0, fx1, fy1 = c.free
    frames = c.spec.shape[0]
    top = fy0 + MARGIN if fy0 > 0.0 else 0.0
    bottom = fy1 - MARGIN if fy1 < 1.0 else 1.0
    x0, x1 = fx0, (fx1 - MARGIN if fx1 < 1.0 else 1.0)
    room = bottom - top
    depth = room * rng.uniform(0.8, 0.92)  # most of the free part, standing on its foot
    band_bottom = bottom
    band_top = bottom - depth
    pitch = rng.uniform(1 / 56, 1 / 44)
    smooth = np.apply_along_axis(signals.smooth, 0, c.spec, 5)
    lo, hi = np.percentile(smooth, (5.0, 99.0))
    level = np.clip((smooth - lo) / max(float(hi - lo), 1e-6), 0.0, 1.0).astype(np.float32)
    loud = signals.smooth(c.spec.mean(axis=1), 8)
    crest = (loud - loud.min()) / max(float(np.ptp(loud)), 1e-6)
    # a skyline, not a mound: the song cut into blocks (towers) a few dots wide, each
    # as tall as its loudest moment, flat-topped; the quietest still stand tall
    towers = int(rng.integers(14, 22))
    block = np.minimum((np.arange(frames) * towers) // frames, towers - 1)
    sharp = signals.smooth(c.spec.mean(axis=1), 2)
    sharp = (sharp - sharp.min()) / max(float(np.ptp(sharp)), 1e-6)
    tall = np.array([sharp[block == k].max() for k in range(towers)])
    tall = (tall - tall.min()) / max(float(np.ptp(tall)), 1e-6)  # towers of every height
    crest = np.maximum(tall[block], crest)  # the loudest passage still the highest
    peak = int(np.argmax(loud)) / max(frames - 1, 1)
    # the loudest moment on a third of the width: the song's time slid to put it there
    third = (1 / 3, 2 / 3)[int(rng.integers(2))] + rng.uniform(-0.03, 0.03)
    span = x1 - x0
    width = 0.75  # of the song shown across the frame
    starts = [peak - (t - x0) / span * width for t in (third, 1.0 - third)]
    fits = [s for s in starts if 0.0 <= s <= 1.0 - width]  # the other third, if need be
    start = float(np.clip(fits[0] if fits else starts[0], 0.0, 1.0 - width))

    def song_time(x):
        return np.clip(start + (x - x0) / span * width, 0.0, 1.0)

    def freq(y):
        return np.clip((band_bottom - y) / depth, 0.0, 1.0)  # bass at the foot

    def edge(x, y):
        """The print's outline: each tower up to the song's loudness in its stretch (the
        highest at the loudest passage), flat-topped; it stands on a crisp ground line
        (a foot on the frame's edge bleeds): a skyline, never a floating lens."""
        v = freq(y)
        at = np.minimum((song_time(x) * frames).astype(np.intp), frames - 1)
        height = 0.5 + 0.5 * crest[at]
        shape = np.clip((height - v) / 0.06, 0.0, 1.0)
        return shape * ((y > band_top) & (y < band_bottom))

    def spot_size(x, y):
        v = cells(level, song_time(x), freq(y))
        v = 0.25 + 0.75 * np.clip(v, 0.0, 1.0)
        return 0.72 * np.sqrt(v * edge(x, y)) * ((x >= x0 - pitch) & (x <= x1 + pitch))

    # the loudest passage's tower (and a neighbour as loud) overprinted in the tip ink:
    # one lit tower, the focal point, not a soft glow that read as lips
    lit_tower = tall >= tall[block[min(int(peak * frames), frames - 1)]] * 0.97

    def tip_size(x, y):
        at = np.minimum((song_time(x) * frames).astype(np.intp), frames - 1)
        near = lit_tower[block[at]]
        size = np.zeros(np.broadcast_shapes(x.shape, y.shape), np.float32)
        if near.any():  # only the lit tower's cells are read (a tenth of the screen)
            xs, ys = np.broadcast_to(x, size.shape)[near], np.broadcast_to(y, size.shape)[near]
            v = np.clip((cells(level, song_time(xs), freq(ys)) - 0.3) / 0.5, 0.0, 1.0)
            size[near] = 0.62 * np.sqrt(v * edge(xs, ys))
        return np.where(size > 0.12, size, 0.0)

    spot, _, _ = _dots(c, pitch, (0.0, 0.0), spot_size)
    slip = pitch * rng.uniform(0.2, 0.35)
    tip, _, _ = _dots(c, pitch, (slip, -0.6 * slip), tip_size)
    if x1 < 1.0:  # a crisp end short of a title column
        cut = np.clip((x1 - c.x) * c.res + 0.5, 0.0, 1.0)
        spot, tip = spot * cut, tip * cut
    cover = np.maximum(spot, tip)
    cover = np.where(cover < 0.15, 0.0, cover)  # ink or none: no grey film between dots
    value = (SPOT * spot * (1 - tip) + TIP * tip) / np.maximum(cover, 1e-6)
    return lit(c, cover, value, (x0, band_top, x1, band_bottom), floor=0.0)


def _shades(values: np.ndarray, steps: int = 3) -> np.ndarray:
    """Values stretched to 0..1 and cut to a few even shades (a yarn per shade)."""
    lo, hi = np.percentile(values, (5.0, 95.0))
    unit = np.clip((values - lo) / max(float(hi - lo), 1e-6), 0.0, 1.0)
    return (np.round(unit * (steps - 1)) / (steps - 1)).astype(np.float32)


def weave(c: Canvas, rng: np.random.Generator) -> Ink:
    """The spectrogram woven as a hanging tapestry (see the module): plain weave across
    the free width, off the frame's sides, warp threads the frequency bands (bass on
    the left or right), weft rows the song's time from its top; each crossing shows
    the thread on top, the weft lit as loud as the spectrum is there, the loudest
    passage woven as a band in the tip ink; running off the frame's edge away from the
    title and ending in a fringe toward it."""
    fx0, fy0, fx1, fy1 = c.free
    frames = c.spec.shape[0]
    # the cloth across the whole free width, off the frame's own sides (a small swatch
    # in a corner read as unbalanced): crisp short of a title column only
    left = fx0 + MARGIN if fx0 > 0.0 else -0.01
    right = fx1 - MARGIN if fx1 < 1.0 else 1.01
    wide = right - left
    threads = int(round(wide / rng.uniform(1 / 40, 1 / 30)))
    pitch = wide / threads
    fringe = rng.uniform(0.045, 0.065)
    if fy0 > 0.0:  # the title on top: the cloth runs off the bottom, its fringe above
        top, bottom, tail = fy0 + 0.6 * MARGIN + fringe, 1.0, "top"
    elif fy1 < 1.0:
        top, bottom, tail = 0.0, fy1 - 0.6 * MARGIN - fringe, "bottom"
    else:
        top, bottom, tail = 0.0, 1.0, ""
    smooth = np.apply_along_axis(signals.smooth, 0, c.spec, 3)
    lo, hi = np.percentile(smooth, (5.0, 99.0))
    level = np.clip((smooth - lo) / max(float(hi - lo), 1e-6), 0.0, 1.0).astype(np.float32)
    loud = signals.smooth(c.spec.mean(axis=1), 6)
    peak = int(np.argmax(loud)) / max(frames - 1, 1)
    flip = rng.random() < 0.5
    u = (c.x - left) / pitch  # in threads
    v = (c.y - top) / pitch
    i, j = np.floor(u), np.floor(v)
    a, b = u - i - 0.5, v - j - 0.5  # across the warp, across the weft
    band = np.clip((i + 0.5) / threads, 0.0, 1.0)
    band = 1.0 - band if flip else band
    time = np.clip((c.y - top) / max(bottom - top, 1e-6), 0.0, 1.0)
    # a weaver's few yarns: the warp's shade each band's level over the song, the
    # weft's each moment's loudness, three shades each (a tartan of the song)
    yarn_band = _shades(level.mean(axis=0))
    yarn_time = _shades(level.mean(axis=1))
    by_band = yarn_band[np.clip(band * len(yarn_band), 0, len(yarn_band) - 1).astype(np.intp)]
    by_time = yarn_time[np.clip(time * frames, 0, frames - 1).astype(np.intp)]
    warp_up = (i + j) % 2 == 0
    across = np.where(warp_up, np.abs(a), np.abs(b))
    px = 1.0 / c.res
    thread = np.clip((0.42 * pitch - across * pitch) / px + 0.5, 0.0, 1.0)
    roundness = 1.0 - (2.0 * across) ** 2  # a thread's light across its width
    stripe = np.exp(-(((time - peak) / 0.06) ** 2))  # the loudest passage, a woven band
    weft = np.where(stripe > 0.5, TIP, 0.4 + 0.5 * by_time)
    warp = np.where(stripe > 0.5, 0.8, 0.4 + 0.4 * by_band)
    value = np.where(warp_up, warp, weft) * (0.85 + 0.15 * roundness)
    inside_x = (c.x > left) & (c.x < left + wide)
    cloth = thread * inside_x * ((c.y >= top) & (c.y <= bottom))
    if tail:  # the warp's loose ends, each its own length
        lengths = fringe * rng.uniform(0.75, 1.0, threads + 2)
        ends = lengths[np.clip(i, 0, threads + 1).astype(np.intp)]
        past = (top - c.y) if tail == "top" else (c.y - bottom)
        strand = np.clip((0.16 * pitch - np.abs(a) * pitch) / px + 0.5, 0.0, 1.0)
        loose = strand * inside_x * (past > 0) * (past < ends)
        cloth = np.maximum(cloth, loose)
        value = np.where(past > 0, 0.5, value)
    cloth = np.where(cloth < 0.33, 0.0, cloth)  # a gap finer than a pixel stays open
    box = (
        left,
        top - (fringe if tail == "top" else 0.0),
        left + wide,
        bottom + (fringe if tail == "bottom" else 0.0),
    )
    return lit(c, cloth, value, box, floor=0.0)
