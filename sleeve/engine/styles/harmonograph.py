"""Harmonograph: the damped Lissajous figure two pendulums draw when they swing at the
intervals of the track's key (a fifth is 3:2, a major third 5:4 ...).

the key's strongest intervals -> the frequency ratios; tempo -> the slight detuning
that makes the figure rotate as it decays; energy -> damping (busy songs decay
into dense cores); density -> how many traces; seed -> phases and the
composition: centred, large and whole, small in a wide field, or a
pair of figures.
"""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import compose, raster, signals
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, StyleInfo

STYLE = StyleInfo(
    name="harmonograph",
    family="graphic",
    fits=("classical", "jazz", "ambient", "folk", "electronic", "rnb"),
    music=True,
)

POINTS = 2400
LAYOUTS = ("centre", "large", "small", "pair")


def _figure(
    direction: ArtDirection, rng: np.random.Generator, ratio: tuple[int, int]
) -> np.ndarray:
    """(POINTS, 2) positions in -1..1 of one decaying figure."""
    p, q = ratio
    t = np.linspace(0, 40 * np.pi, POINTS)
    detune = 0.004 + 0.008 * min(direction.tempo_bpm, 180.0) / 180.0
    decay = np.log(12.0) / t[-1] * (0.7 + 0.8 * direction.energy) * rng.uniform(0.8, 1.2, 4)
    ph = rng.uniform(0, 2 * np.pi, 4)
    mix = rng.uniform(0.3, 0.9)
    # two pendulums per axis: the interval's two notes, each with a slightly detuned
    # twin, so the figure turns slowly as it decays
    x = np.sin(p * t + ph[0]) * np.exp(-decay[0] * t)
    x += mix * np.sin((p + detune) * t + ph[1]) * np.exp(-decay[1] * t)
    y = np.sin(q * t + ph[2]) * np.exp(-decay[2] * t)
    y += mix * np.sin((q - detune) * t + ph[3]) * np.exp(-decay[3] * t)
    out = np.stack([x, y], axis=1)
    return out / max(float(np.abs(out).max()), 1e-6)


def _draw(draw: aggdraw.Draw, pts: np.ndarray, centre, radius: float, size: int, pen) -> None:
    xy = (pts * radius + np.asarray(centre)) * size
    draw.line(xy.ravel().tolist(), pen)


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the harmonograph cover (RGB, size x size)."""
    rng = raster.rng_for(direction, "harmonograph")
    pal = direction.palette
    layout = compose.pick(rng, LAYOUTS, 1.0 - direction.density)
    ratios = signals.intervals(direction, 3)
    first = int(rng.integers(len(ratios)))  # which of the key's three strongest intervals
    dark = compose.dark_field(rgb_to_oklch(pal.background)[0])
    paper = raster.ground(pal.background, 0.13 if dark else 0.94, 0.025)
    inks = [
        raster.tone(c, 0.82 if dark else 0.35, 0.1 + 0.06 * direction.energy) for c in pal.colors
    ]
    hot = raster.vivid(pal.accent, 0.75 if dark else 0.55, 0.16)
    img = Image.new("RGB", (size, size), paper)
    draw = aggdraw.Draw(img)
    width = size * (0.0012 + 0.001 * (1 - direction.density))
    if layout == "centre":
        places = [((0.5, 0.5 + rng.uniform(-0.06, 0.06)), 0.34)]
    elif layout == "large":  # fills the frame, whole: a figure cut by the edge reads as a fault
        places = [((0.5 + rng.uniform(-0.03, 0.03), 0.5 + rng.uniform(-0.03, 0.03)), 0.43)]
    elif layout == "small":
        places = [(compose.thirds(rng, 0.03), 0.17)]
    else:
        a = compose.thirds(rng, 0.02)
        places = [(a, 0.2), ((1 - a[0], 1 - a[1]), 0.14)]
    traces = 1 + int(direction.density > 0.6)
    for k, (centre, radius) in enumerate(places):
        ratio = ratios[(k + first) % len(ratios)]
        for j in range(traces):
            pts = _figure(direction, rng, ratio)
            color = hot if (j == traces - 1 and k == 0) else inks[(j + k) % len(inks)]
            _draw(draw, pts, centre, radius * (1 - 0.06 * j), size, raster.pen(color, width, 230))
    draw.flush()
    (cx, cy), r = places[0]
    return Artwork(finish(img, direction, "harmonograph", 0.022), compose.around(cx, cy, r))
