"""What a title names, drawn in Swiss flats (after Herbert Matter's tourism posters and
Müller-Brockmann's concert posters), each into a `swiss_layouts.Frame`, returning the
focal box: peaks (a mountain: one huge leaning triangle sliced level into strata)
and waves (the sea: level wave bands). The energy curve sets the strata and the
heights, the onsets the gaps and the wave phases, the tempo the counts.
"""

from __future__ import annotations

import math

import aggdraw
import numpy as np

from sleeve.engine import signals
from sleeve.engine.color import oklch_to_rgb, rgb_to_oklch
from sleeve.engine.raster import RGB, brush
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.swiss_layouts import Frame, inks, slices

# the crest that catches a dawn light on the sea
GLINT: RGB = oklch_to_rgb(0.88, 0.12, 82.0)
# the dawn sky's steps above the paper, high to low: pale gold, apricot (then the accent)
GLOW: tuple[RGB, RGB] = (oklch_to_rgb(0.9, 0.08, 80.0), oklch_to_rgb(0.8, 0.12, 62.0))


def _ground(f: Frame) -> tuple[float, float, float, float]:
    """Left, right, top and base of a scene standing on the bottom: the canvas foot, or
    the title zone's grid line when the title sits under the art."""
    x0, y0, x1, y1 = f.art
    s = float(f.size)
    right = x1 if f.edge == "right" else s
    return 0.0, right, y0, (y1 if f.edge == "bottom" else s)


def _light(f: Frame) -> RGB:
    """The lightest ink: the paper, or the ink on a night's dark paper."""
    return f.paper if rgb_to_oklch(f.paper)[0] > 0.5 else f.ink


def peaks(draw: aggdraw.Draw, f: Frame, rng: np.random.Generator) -> Box:
    """A mountain as one huge triangle standing on the base, its summit across the
    cover where the song peaks, its flanks cropped by the canvas, sliced level into
    strata: one a beat (the tempo counts them), each as deep as the energy curve
    there from the foot up, with paper between them as heavy as the onsets; black,
    the summit in the flat colour and one stratum in the second (three ranks of
    clip-art triangles had read as a sticker); one flank steep, one long."""
    left, right, top, base = _ground(f)
    width, tall = right - left, base - top
    main, second = inks(f)
    place = float(np.argmax(f.curve)) / max(1, len(f.curve) - 1)
    ax = left + width * (0.25 + 0.5 * place + float(rng.uniform(-0.08, 0.08)))
    h = tall * float(rng.uniform(0.86, 1.0))
    # one flank steep, the other long (an even pyramid had read as a monument)
    steep, long = h * float(rng.uniform(0.45, 0.7)), h * float(rng.uniform(1.2, 1.9))
    west, east = (steep, long) if rng.random() < 0.5 else (long, steep)
    n = int(np.clip(f.steps + 4 + int(rng.integers(-1, 2)), 6, 11))
    depth = 0.5 + slices(f.curve, n)
    depth = depth / depth.sum() * h
    hits = signals.resample(np.asarray(f.onsets, float), n)
    hits = (hits - hits.min()) / max(1e-6, float(np.ptp(hits)))
    band = int(rng.integers(1, max(2, n - 2)))
    y = base + 2.0
    for k in range(n):
        gap = float(depth[k]) * (0.08 + 0.22 * float(hits[k])) if k else 0.0
        low, high = y - gap, y - float(depth[k])
        if k == n - 1:
            high = base - h
        lo, hi = (low - base + h) / h, (high - base + h) / h  # 0 at the summit, 1 at the foot
        colour = main if k == n - 1 else second if k == band else f.ink
        pts = (ax - west * lo, low, ax - west * hi, high, ax + east * hi, high, ax + east * lo, low)
        draw.polygon(pts, brush(colour))
        y = high
    return f.fraction((ax - west, base - h, ax + east, base))


def waves(draw: aggdraw.Draw, f: Frame, rng: np.random.Generator) -> Box:
    """The sea as level wave bands from a high horizon down to the base, back to
    front, alternating sea blue and turquoise under a light sky (swiss_geometry's sea
    colours), the band at the loudest onset a light crest; a title that names a dawn
    gets a sky warming in flat steps down to the horizon. The energy curve sets each
    band's depth, the energy the swell, the tempo the wavelength, the onsets where each
    wave crests."""
    left, right, top, base = _ground(f)
    width, tall = right - left, base - top
    main, second = f.flats[0], f.flats[1]
    # the crest that catches the light: pale gold under a dawn sky (a paper-coloured
    # band had cut a hole in the sea), else the accent
    light = GLINT if f.dawn else f.accent
    count = int(np.clip(f.steps + 3, 6, 10))
    horizon = top + tall * float(rng.uniform(0.12, 0.3))
    if f.dawn:  # room in the sky for the light
        horizon = top + tall * float(rng.uniform(0.4, 0.5))
    depth = 0.5 + slices(f.curve, count)
    depth = depth / depth.sum() * (base - horizon)
    hits = signals.resample(f.onsets, count)
    loud = int(np.argmax(hits + rng.uniform(0, 0.01, count)))
    phase = np.cumsum(0.6 + 2.0 * hits)
    wave = width / (1.2 + 0.45 * f.steps)
    xs = np.linspace(left - 2.0, right + 2.0, 96)
    if f.dawn:  # early light: the sky warms in flat steps down to the horizon (no
        # sun disc: reviewers counted a sun on a horizon on 12 to 18 covers)
        sky = horizon - top
        for share, colour in ((0.62, GLOW[0]), (0.36, GLOW[1]), (0.16, f.accent)):
            band = horizon - sky * share
            draw.rectangle((left - 2.0, band, right + 2.0, horizon + 4.0), brush(colour))
    # past the canvas foot, or on the title zone's line above a title; each band runs
    # down only under the next one's crest, so one edge meets the foot (the stacked
    # bands' edges there had left a hairline over the title)
    foot = base if f.edge == "bottom" else base + 2.0
    crests, y = [], horizon
    for k in range(count):
        amp = float(depth[k]) * (0.12 + 0.3 * f.energy)
        crests.append(y + amp * np.sin(2.0 * math.pi * xs / wave + float(phase[k])))
        y += float(depth[k])
    for k, crest in enumerate(crests):
        colour = light if k == loud else (main if k % 2 == 0 else second)
        under = crests[k + 1][::-1] + 2.0 if k + 1 < count else np.full(xs.size, foot)
        pts = np.column_stack((np.concatenate((xs, xs[::-1])), np.concatenate((crest, under))))
        draw.polygon(pts.ravel().tolist(), brush(colour))
    sky = horizon - (horizon - top if f.dawn else float(depth[0]))
    return f.fraction((left, sky, right, base))
