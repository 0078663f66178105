"""Harmonograph: the damped Lissajous figure two pendulums draw when they swing at the
intervals of the track's key (a fifth is 3:2, a major third 5:4 ...).

the key's strongest intervals -> the frequency ratios; tempo -> the slight detuning
that makes the figure rotate as it decays; energy -> damping (busy songs decay
into dense cores); density -> how many traces; seed -> phases and the
composition: centred, large and whole, small in a wide field, or a pair or trio of
figures on a diagonal, a row or a column; each tilted and squashed its own way,
sized and placed on an off-centre grid.
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
from sleeve.engine.styles.cover_parts import calm_zone

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


def _draw(draw: aggdraw.Draw, pts: np.ndarray, place: tuple, size: int, pen) -> None:
    """One figure at its place: (centre, radius, turn in radians, x stretch)."""
    centre, radius, turn, stretch = place
    c, s_ = np.cos(turn), np.sin(turn)
    shaped = pts * np.array([stretch, 1.0 / stretch])
    turned = shaped @ np.array([[c, s_], [-s_, c]])
    xy = (turned * radius + np.asarray(centre)) * size
    draw.line(xy.ravel().tolist(), pen)


def _places(layout: str, rng: np.random.Generator) -> list[tuple]:
    """Where the figures hang: (centre, radius, turn, stretch) each, the first the
    main one. The seed moves them on an off-centre grid and sets their sizes, the
    pair's (or trio's) line (diagonal, a row, a column) and each figure's tilt and
    squash."""

    def shape() -> tuple[float, float]:
        return float(rng.choice((0.0, rng.uniform(-0.5, 0.5)))), float(rng.uniform(0.78, 1.22))

    if layout == "centre":
        r = float(rng.uniform(0.26, 0.36))
        centre = (0.5 + rng.uniform(-0.08, 0.08), 0.5 + rng.uniform(-0.08, 0.08))
        return [(centre, r, *shape())]
    if layout == "large":  # fills the frame, whole: a figure cut by the edge reads as a fault
        return [((0.5 + rng.uniform(-0.03, 0.03), 0.5 + rng.uniform(-0.03, 0.03)), 0.43, 0.0, 1.0)]
    if layout == "small":
        r = float(rng.uniform(0.1, 0.2))
        spots = (0.25, 0.35, 0.65, 0.75)
        centre = tuple(float(v) for v in rng.choice(spots, 2) + rng.uniform(-0.03, 0.03, 2))
        return [(centre, r, *shape())]
    line = int(rng.integers(3))  # diagonal, row, column
    count = 3 if rng.random() < 0.3 else 2
    big = float(rng.uniform(0.13, 0.22))
    along = np.linspace(0.22, 0.78, count) if count == 3 else np.array([0.3, 0.7])
    across = float(rng.choice((0.3, 0.5, 0.7)))
    out = []
    for k, a in enumerate(along if rng.random() < 0.5 else along[::-1]):
        x, y = ((a, a), (a, across), (across, a))[line]
        if line == 0 and rng.random() < 0.5:
            y = 1 - y
        r = big * (1.0 if k == 0 else float(rng.uniform(0.5, 0.85)))
        r = min(r, 0.5 / count - 0.02) if line else r
        out.append(((float(x), float(y)), r, *shape()))
    return out


def _clear_of(places: list[tuple], band: str) -> list[tuple]:
    """The figures moved (together) off the title's band, each kept whole."""
    top = min(c[1] - r for c, r, *_ in places)
    bottom = max(c[1] + r for c, r, *_ in places)
    shift = max(0.0, 0.36 - top) if band == "top" else min(0.0, 0.64 - bottom)
    return [
        ((c[0], float(np.clip(c[1] + shift, r + 0.03, 0.97 - r))), r, *rest)
        for c, r, *rest in places
    ]


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
    width = size * (0.0012 + 0.001 * (1 - direction.density)) * (0.8 + 0.5 * direction.energy)
    places = _places(layout, rng)
    if layout in ("small", "pair"):
        band = calm_zone.title_band(direction, raster.rng_for(direction, "harmonograph-zone"))
        places = _clear_of(places, band)
    traces = 1 + int(direction.density > 0.6)
    for k, place in enumerate(places):
        ratio = ratios[(k + first) % len(ratios)]
        for j in range(traces):
            pts = _figure(direction, rng, ratio)
            color = hot if (j == traces - 1 and k == 0) else inks[(j + k) % len(inks)]
            trace = (place[0], place[1] * (1 - 0.06 * j), *place[2:])
            _draw(draw, pts, trace, size, raster.pen(color, width, 230))
    draw.flush()
    boxes = np.array([compose.around(*centre, r) for centre, r, *_ in places])
    focal = compose.clip_box((*boxes[:, :2].min(axis=0), *boxes[:, 2:].max(axis=0)))
    return Artwork(finish(img, direction, "harmonograph", 0.022), focal)
