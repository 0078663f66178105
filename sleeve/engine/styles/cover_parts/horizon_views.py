"""The loudness horizon's poster views: three pictures, each one graphic idea that
reads at 64 px, printed in flat inks on a horizon_poster.Sheet. Each keeps the
title's band ('top': the sky's flat zenith; 'bottom': the nearest land's flat ink)
calm and returns its honest focal box. The song's loudness draws every edge
(horizon_forms.ridge), its Frame moves the horizon, the landmark's scale and side.

erg: a wide dune sea at dusk, broad swells split into a sunlit and a shadowed face,
    under a huge low sun or moon sitting on the far dunes;
ranges: four or five flat ranges receding and paling, a huge sun or moon half
    behind the farthest, a pale ring round it;
peak: one great mountain, the song's loudest stretch its summit, snow on its head,
    its faces lit and shadowed, a huge light at its shoulder, dark hills at its foot.
At night every view is deep blue, teal or violet, the song's onsets its stars.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from sleeve.engine import signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.horizon_forms import (
    CALM_TOP,
    _windows,
    calm,
    curve,
    frame_of,
    ridge,
)
from sleeve.engine.styles.cover_parts.horizon_land import XS
from sleeve.engine.styles.cover_parts.horizon_poster import Poster, Sheet

TITLE_FOOT = 1.0 - CALM_TOP - 0.02  # a bottom title's rows start here
LEAST = 0.15  # the sun or moon's least radius: never a small disc in an empty field
RINGED = 0.35  # the share of prints whose light has its pale ring


def _stars(
    d: ArtDirection,
    rng: np.random.Generator,
    s: Sheet,
    p: Poster,
    below: float,
    band: str,
    moon: tuple[float, float, float],
) -> None:
    """The song's onsets as stars above `below` (the strongest the biggest), none in a
    top title's rows nor on the moon and its ring."""
    if not p.night:
        return
    n = int(60 + 120 * d.density)
    xs = rng.random(n)
    ys = rng.random(n) ** 1.1 * below
    hits = np.sort(signals.onsets(d, n))[::-1][rng.permutation(n)]
    for x, y, h in zip(xs, ys, hits, strict=True):
        if band == "top" and y < CALM_TOP + 0.02:
            continue
        if (x - moon[0]) ** 2 + (y - moon[1]) ** 2 < (moon[2] * 1.5) ** 2:
            continue
        s.dot(float(x), float(y), 0.0016 + 0.0045 * float(h) ** 2, p.star)


def _light(s: Sheet, p: Poster, x: float, y: float, r: float, rng: np.random.Generator) -> None:
    """The huge sun or moon, with its pale ring on a third of the prints (a reviewer
    read the ringed sun on every cover as one stock picture)."""
    if rng.random() < RINGED:
        s.ring(x, y, r * 1.16, r * 1.34, p.ring)
    s.disc(x, y, r, p.light)


def _room(y: float, r: float, band: str) -> tuple[float, float]:
    """The light's centre and radius kept huge (at least LEAST) with its ring clear
    of a top title's rows (or of the frame's top): smaller first, then lower."""
    ceiling = CALM_TOP + 0.03 if band == "top" else 0.03
    r = float(np.clip((y - ceiling) / 1.34, LEAST, r))
    return max(y, ceiling + 1.34 * r), r


def _sky(s: Sheet, p: Poster, band: str, horizon: float) -> None:
    start = CALM_TOP + 0.02 if band == "top" else 0.04
    s.sky(p.sky, start, horizon)


def ranges(d: ArtDirection, rng: np.random.Generator, s: Sheet, p: Poster, band: str) -> Box:
    """Flat ranges receding and paling into the sky, a huge light half behind the
    farthest: the whole song far off, ever shorter stretches of it nearer."""
    f = frame_of(d, rng)
    n = len(p.land)
    if band == "top":
        back, front, amps = 0.6 - 0.06 * f.high, 0.97, (0.16, 0.2)
    else:
        back, front, amps = 0.36 + 0.06 * f.high, TITLE_FOOT - 0.03, (0.22, 0.14)
    grow = 0.8 + 0.45 * f.scale
    tops = []
    for i in range(n):
        t = i / (n - 1)
        window = (0.0, 1.0) if i == 0 else _windows(d, rng, 0.75 / (i + 1), 0.95 / (i + 1))
        h = ridge(d, window, 9 + 4 * i, 12 + 4 * i, 1.9 - 0.5 * t)  # peaks, not waves
        if (i % 2 == 1) ^ f.left:
            h = h[::-1]
        base = back + (front - back) * t
        rise = grow * (amps[0] + (amps[1] - amps[0]) * t) * h
        room = base - (CALM_TOP + 0.03 if band == "top" else 0.03)
        tops.append(base - rise * min(1.0, room / max(float(rise.max()), 1e-6)))
    x = rng.uniform(0.62, 0.76) if f.left else rng.uniform(0.24, 0.38)
    # its lower part behind the ranges, never all of it: sat on the lowest near crest
    y = min(float(np.interp(x, XS, top)) for top in tops) + rng.uniform(-0.06, 0.0)
    sat, r = _room(y, rng.uniform(0.2, 0.27), band)
    tops = [top + (sat - y) for top in tops]  # a light pushed down takes the land down
    back, y = back + (sat - y), sat
    if band != "top":  # the title's ground stays the nearest ink
        tops[-1] = np.minimum(tops[-1], TITLE_FOOT - 0.01)
    _sky(s, p, band, back)
    _stars(d, rng, s, p, back, band, (x, y, r))
    _light(s, p, x, y, r, rng)
    for i, top in enumerate(tops):
        s.land(top, p.land[i])
    highest = min(float(tops[0].min()), y - r * 1.34)
    return (0.0, highest - 0.02, 1.0, 1.0 if band == "top" else TITLE_FOOT - 0.02)


def peak(d: ArtDirection, rng: np.random.Generator, s: Sheet, p: Poster, band: str) -> Box:
    """One great mountain: the song's loudest stretch shapes its summit and flanks,
    snow down to a ragged line, lit and shadowed faces, a huge light at its shoulder,
    a pale far range behind and dark hills at its foot."""
    f = frame_of(d, rng)
    px = rng.uniform(0.56, 0.66) if f.left else rng.uniform(0.34, 0.44)
    if band == "top":
        summit, foot = CALM_TOP + 0.07 + 0.04 * (1 - f.high), 0.86
    else:
        summit, foot = 0.08 + 0.04 * (1 - f.high), TITLE_FOOT - 0.06
    # the flanks are the song: the left one as steep as it builds, the right one as it
    # fades; a turbulent song's summit an alp, a calm one's a dome
    song = signals.smooth(signals.energy(d, 64), 3)
    build = float(np.clip(np.argmax(song) / 63.0, 0.15, 0.85))
    left_w = 0.32 + 0.4 * build
    right_w = 0.32 + 0.4 * (1.0 - build)
    dist = np.where(px > XS, (px - XS) / left_w, (XS - px) / right_w)
    bend = 1.5 - 0.8 * float(np.clip(d.turbulence, 0.0, 1.0))
    env = np.clip(1.0 - dist, 0.0, 1.0) ** bend
    detail = ridge(d, _windows(d, rng, 0.3, 0.5), 6, 8, 1.2)
    crest = foot - (foot - summit) * env * (0.78 + 0.22 * detail)
    snow_line = float(crest.min()) + (foot - float(crest.min())) * (0.3 + 0.1 * f.scale)
    rag = calm(curve(d, _windows(d, rng, 0.2, 0.4), 3, 4), 2)
    snow = snow_line + 0.05 * (rag - 0.5)
    side = 1.0 if f.left else -1.0  # the light on the far side from the loud stretch
    lx = px - side * rng.uniform(0.24, 0.3)
    r = rng.uniform(0.16, 0.21)
    far = foot - 0.2 - 0.12 * ridge(d, (0.0, 1.0), 14, 16, 1.3)
    # risen over the far range by most of its face; pushed down for a title, the far
    # range sinks with it
    ly = min(
        float(crest.min()) + r * rng.uniform(0.5, 0.9), float(np.interp(lx, XS, far)) - 0.3 * r
    )
    sat, r = _room(ly, r, band)
    far, ly = far + (sat - ly), sat
    _sky(s, p, band, float(far.mean()))
    _stars(d, rng, s, p, float(far.min()), band, (lx, ly, r))
    _light(s, p, lx, ly, r, rng)
    s.land(far, p.land[0])
    sun_left = lx < px
    s.land(crest, p.land[len(p.land) // 2], p.lit[len(p.land) // 2], sun_left, 0.9, 0.55)
    s.land(crest, p.snow[1], p.snow[0], sun_left, 0.9, 0.55, floor=snow)
    hill = foot - 0.02 - 0.06 * ridge(d, _windows(d, rng, 0.4, 0.6), 10, 12, 1.1)
    near = foot + 0.05 - 0.05 * ridge(d, _windows(d, rng, 0.3, 0.5), 10, 12, 1.0)
    s.land(hill, p.land[-2])
    s.land(near if band == "top" else np.minimum(near, TITLE_FOOT - 0.01), p.land[-1])
    top = min(float(crest.min()), ly - r * 1.34)
    return (0.0, top - 0.02, 1.0, 1.0 if band == "top" else TITLE_FOOT - 0.02)


def erg(d: ArtDirection, rng: np.random.Generator, s: Sheet, p: Poster, band: str) -> Box:
    """A wide dune sea: broad swells of the song, each split down its crest into a lit
    face and a shadowed one, nearer swells bigger and darker, a huge low light sitting
    on the farthest dunes."""
    f = frame_of(d, rng)
    n = len(p.land)
    if band == "top":
        horizon, front = 0.6 - 0.05 * f.high, 0.95
    else:
        horizon, front = 0.4 + 0.05 * f.high, TITLE_FOOT - 0.05
    x = rng.uniform(0.58, 0.72) if f.left else rng.uniform(0.28, 0.42)
    y, r = _room(horizon + 0.05 - 0.05 * f.high, rng.uniform(0.2, 0.26), band)
    horizon = max(horizon, y - 0.05 + 0.05 * f.high)  # the dunes keep the light's foot
    _sky(s, p, band, horizon)
    _stars(d, rng, s, p, horizon, band, (x, y, r))
    _light(s, p, x, y, r, rng)
    sun_left = x < 0.5
    for i in range(n):
        t = i / max(1, n - 1)
        window = (0.0, 1.0) if i == 0 else _windows(d, rng, 0.12, 0.22)
        h = calm(ridge(d, window, 24, 28, 1.0), 24)
        if i % 2:
            h = h[::-1]
        base = horizon + 0.03 + (front - horizon - 0.03) * t**1.15
        amp = 0.035 + 0.15 * t**1.1 * (0.8 + 0.4 * f.scale)
        crest = base - amp * h
        if band != "top" and i == n - 1:
            s.land(np.minimum(crest, TITLE_FOOT - 0.01), p.sand[i])
        else:
            rim = (0.02 + 0.04 * t, 0.025 + 0.06 * t)
            s.land(crest, p.sand[i], p.sun_sand[i], sun_left, rim=rim)
    return (0.0, y - r * 1.34 - 0.02, 1.0, 1.0 if band == "top" else TITLE_FOOT - 0.02)


View = Callable[[ArtDirection, np.random.Generator, Sheet, Poster, str], Box]

VIEWS: dict[str, View] = {"erg": erg, "ranges": ranges, "peak": peak}
