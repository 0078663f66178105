"""The song's own sign, hung where a title names nothing a sign can draw (a bar's
stock palm, crown, cocktail, bolt or star read as clip-art: "the alley with one
icon", round-14 reviewers): its loudness bent as a sign, in a drawing's sign units.

levels: the loudness as a row of upright tubes, mirrored about a silence line or
standing on a base tube like a meter, in a rimmed panel on some songs; burst: the
loudness as spokes round a hub tube, or as concentric arcs for a sparse song. How
many bars or spokes, how they stand and the rim are the song's and its seed's."""

from __future__ import annotations

import numpy as np

from sleeve.engine import signals
from sleeve.engine.styles.cover_parts.neon_shapes import Drawing, Stroke, arc

NAMES = ("levels", "burst")
CALM = 0.04  # a song whose loudness varies less than this may bend its burst as arcs


def _heights(music: np.ndarray, n: int) -> np.ndarray:
    """The song's loudness as `n` heights (0.2..1), stretched to their full range."""
    env = signals.resample(np.asarray(music, np.float64), n)
    span = float(env.max() - env.min())
    return 0.2 + 0.8 * (env - env.min()) / max(span, 1e-6)


def _panel(x0: float, y0: float, x1: float, y1: float) -> Stroke:
    """A rounded panel's rim tube round the box (sign units)."""
    r = 0.18 * min(x1 - x0, y1 - y0)
    pts = np.concatenate(
        [
            arc(x1 - r, y0 + r, r, 270, 360, 8),
            arc(x1 - r, y1 - r, r, 0, 90, 8),
            arc(x0 + r, y1 - r, r, 90, 180, 8),
            arc(x0 + r, y0 + r, r, 180, 270, 8),
        ]
    )
    return Stroke(pts, 2, True)


def levels(rng: np.random.Generator, music: np.ndarray) -> Drawing:
    """The song's loudness as upright tubes: 7 to 15 bars (a busier song more),
    mirrored about its silence line or standing on a base tube, the loudest in a
    second colour; a rimmed panel round them on about half the songs."""
    spread = float(np.std(music))
    n = int(np.clip(7 + round(rng.integers(0, 5) + 30 * spread), 7, 15))
    h = _heights(music, n)
    peak = np.quantile(h, 0.8)
    xs = np.linspace(-1.0, 1.0, n)
    mirrored = rng.random() < 0.5
    out = []
    for x, e in zip(xs, h, strict=True):
        ends = ((x, -0.6 * e), (x, 0.6 * e)) if mirrored else ((x, 0.55), (x, 0.55 - 1.2 * e))
        out.append(Stroke(np.array(ends), 1 if e >= peak else 0))
    if not mirrored:  # the meter's base
        out.append(Stroke(np.array([(-1.12, 0.72), (1.12, 0.72)]), 2))
    if rng.random() < 0.5:
        out.append(_panel(-1.3, -0.85, 1.3, 0.88))
    return out


def burst(rng: np.random.Generator, music: np.ndarray) -> Drawing:
    """The song's loudness round a hub tube: 14 to 26 spokes, each as long as its
    stretch of the song is loud, turned by the seed; or for a calm, even song, 4 to
    6 concentric arcs, each sweeping as far as its stretch is loud."""
    spread = float(np.std(music))
    turn = float(rng.uniform(0.0, 360.0))
    if spread < CALM and rng.random() < 0.6:
        n = 4 + int(rng.integers(0, 3))
        out = [Stroke(arc(0.0, 0.0, 0.22, 0, 360, 32), 1, True)]
        for k, e in enumerate(_heights(music, n)):
            start = turn + 70.0 * k
            sweep = 60.0 + 270.0 * float(e)
            pts = arc(0.0, 0.0, 0.38 + 0.62 * (k + 0.5) / n, start, start + sweep, 40)
            out.append(Stroke(pts, 1 if e >= 0.9 else 0))
        return out
    n = int(np.clip(14 + rng.integers(0, 7) + round(40 * spread), 14, 26))
    h = _heights(music, n)
    peak = np.quantile(h, 0.8)
    out = []
    for k, e in enumerate(h):
        a = np.radians(turn + 360.0 * k / n)
        ray = np.array([(np.cos(a), np.sin(a))]) * [[0.36], [0.42 + 0.58 * e]]
        out.append(Stroke(ray, 1 if e >= peak else 0))
    out.append(Stroke(arc(0.0, 0.0, 0.3, 0, 360, 48), 2, True))
    return out


DRAWINGS = {"levels": levels, "burst": burst}
