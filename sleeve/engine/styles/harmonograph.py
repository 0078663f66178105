"""Harmonograph: one bold figure drawn by two pendulums swinging at the intervals of
the song's key.

The damped Lissajous figure (a fifth is 3:2, a major third 5:4 ...) has a hierarchy
of lines: a heavy stroke (the interval's closed Lissajous curve, what the pendulums
would draw without friction) over the fine decaying trace.

the key's strongest intervals -> the frequency ratios; tempo -> the slight detuning
that makes the figure rotate as it decays; energy -> damping and the heavy stroke's
weight; density -> a second fine trace; the genre's palette -> the field (its own
ground, or for a colourful palette one of its colours as a flat field) and the inks;
seed -> phases and the composition: huge and cropped by a corner, half off one side
edge, or large and whole on an off-centre third; each tilted and squashed its own way
and kept off the title's band.
"""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import compose, raster, signals
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.raster import RGB
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts import calm_zone

STYLE = StyleInfo(
    name="harmonograph",
    family="graphic",
    fits=("classical", "jazz", "ambient", "folk", "electronic", "rnb"),
    music=True,
)

POINTS = 1800
LAYOUTS = ("third", "edge", "corner")  # calm .. loud


def _figure(
    direction: ArtDirection, rng: np.random.Generator, ratio: tuple[int, int]
) -> np.ndarray:
    """(POINTS, 2) positions in -1..1 of one decaying figure."""
    p, q = ratio
    t = np.linspace(0, 24 * np.pi, POINTS)
    detune = 0.004 + 0.008 * min(direction.tempo_bpm, 180.0) / 180.0
    decay = np.log(8.0) / t[-1] * (0.7 + 0.8 * direction.energy) * rng.uniform(0.8, 1.2, 4)
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


def _loop(ratio: tuple[int, int], rng: np.random.Generator) -> np.ndarray:
    """(720, 2) positions of the undamped, closed Lissajous curve of the interval: the
    figure the pendulums would trace without friction, the heavy stroke."""
    p, q = ratio
    t = np.linspace(0, 2 * np.pi, 720)
    return np.stack([np.sin(p * t + rng.uniform(0, np.pi)), np.sin(q * t)], axis=1)


def _draw(draw: aggdraw.Draw, pts: np.ndarray, place: tuple, size: int, pen) -> None:
    """One figure at its place: (centre, radius, turn in radians, x stretch)."""
    centre, radius, turn, stretch = place
    c, s_ = np.cos(turn), np.sin(turn)
    shaped = pts * np.array([stretch, 1.0 / stretch])
    turned = shaped @ np.array([[c, s_], [-s_, c]])
    xy = (turned * radius + np.asarray(centre)) * size
    draw.line(xy.ravel().tolist(), pen)


def place(layout: str, band: str, rng: np.random.Generator) -> tuple:
    """Where the one figure hangs: (centre, radius, turn, stretch). 'corner' is huge and
    cropped by a corner away from the title's band, 'edge' half off the left or right
    edge, 'third' large and whole on an off-centre third; each clear of the band."""
    turn = float(rng.choice((0.0, rng.uniform(-0.6, 0.6))))
    stretch = float(rng.uniform(0.8, 1.2))
    away = 1.0 if band == "top" else -1.0  # the figure's side of the frame, vertically
    if layout == "corner":
        r = float(rng.uniform(0.48, 0.58))
        x = float(rng.choice((0.2, 0.8)) + rng.uniform(-0.05, 0.05))
    elif layout == "edge":
        r = float(rng.uniform(0.4, 0.46))
        x = float(rng.choice((0.05, 0.95)) + rng.uniform(-0.03, 0.03))
    else:
        r = float(rng.uniform(0.26, 0.3))
        x = float(rng.choice((0.36, 0.64)) + rng.uniform(-0.04, 0.04))
    spread = abs(np.sin(turn)) * stretch + abs(np.cos(turn)) / stretch  # its height / r
    # the top (or bottom) of the figure stops short of the title's band: a big one
    # runs off the opposite edge instead, its centre in the frame, shrunk if need be
    y = float(np.clip(0.5 + away * (r * spread - 0.13 + rng.uniform(0.0, 0.03)), 0.1, 0.9))
    r = min(r, (abs(y - 0.5) + 0.14) / spread)
    return (x, y), r, turn, stretch


def _field(direction: ArtDirection, rng: np.random.Generator) -> RGB:
    """The genre's field: its own background (vivid kept, a quiet one with a little of
    its colour), or for a colourful palette one of its colours as a flat field."""
    pal = direction.palette
    lit, chroma, _ = rgb_to_oklch(pal.background)
    colourful = [c for c in pal.colors if rgb_to_oklch(c)[1] >= 0.08]
    if colourful and rng.random() < 0.45:
        return raster.vivid(colourful[int(rng.integers(len(colourful)))], 0.58, 0.15)
    dark = compose.dark_field(lit)
    return raster.ground(pal.background, 0.17 if dark else 0.93, min(max(chroma, 0.03), 0.06))


def _inks(direction: ArtDirection, field: RGB) -> tuple[list[RGB], RGB]:
    """The fine inks (the palette's colours, set off the field) and the heavy one (the
    accent, or bone or ink where the accent would sink into a colour field)."""
    pal = direction.palette
    lit, chroma, hue = rgb_to_oklch(field)
    light_lines = lit < 0.62
    fine = [raster.tone(c, 0.86 if light_lines else 0.3, 0.09) for c in pal.colors]
    heavy = raster.vivid(pal.accent, 0.8 if light_lines else 0.45, 0.17)
    h_lit, h_chroma, h_hue = rgb_to_oklch(heavy)
    near = min(abs(h_hue - hue), 360 - abs(h_hue - hue)) < 40 and min(chroma, h_chroma) > 0.05
    if near or abs(h_lit - lit) < 0.3:
        heavy = raster.tone(field, 0.97 if light_lines else 0.16, 0.02)
    return fine, heavy


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the harmonograph cover (RGB, size x size)."""
    rng = raster.rng_for(direction, "harmonograph")
    layout = compose.pick(rng, LAYOUTS, direction.energy)
    ratios = signals.intervals(direction, 3)
    ratio = ratios[int(rng.integers(len(ratios)))]  # one of the key's three strongest
    field = _field(direction, rng)
    fine, heavy = _inks(direction, field)
    band = calm_zone.title_band(direction, raster.rng_for(direction, "harmonograph-zone"))
    where = place(layout, band, rng)
    img = Image.new("RGB", (size, size), field)
    draw = aggdraw.Draw(img)
    thin = size * (0.0016 + 0.0008 * (1 - direction.density))
    traces = 1 + int(direction.density > 0.6)
    pts = _figure(direction, rng, ratio)
    for j in range(traces):
        trace = pts if j == 0 else _figure(direction, rng, ratio)
        shape = (where[0], where[1] * (1 - 0.05 * j), *where[2:])
        _draw(draw, trace, shape, size, raster.pen(fine[j % len(fine)], thin, 215))
    bold = size * (0.012 + 0.012 * direction.energy)
    _draw(draw, _loop(ratio, rng), where, size, raster.pen(heavy, bold, 255))
    draw.flush()
    (cx, cy), r, *_ = where
    focal = compose.around(cx, cy, r * 1.1)
    return Artwork(finish(img, direction, "harmonograph", 0.022), focal)
