"""Grain gradient: a soft, grainy colour field with one quiet mark in a lot of space.

valence and the palette -> the field's colours (dark or light, low chroma);
energy -> which composition (a low horizon under a hairline that traces the
song, a glowing orb, two orbs meeting, a beam, an eclipse's ring of light, a
mesh of warped colour) and how hard the field bends; density -> the mark's size
(negative space is the rest); seed -> where it sits on the thirds and which mark
(often none: the field alone; else a thin ring, a wide arc or the song's line).
"""

from __future__ import annotations

import aggdraw
import numpy as np

from sleeve.engine import compose, raster, signals
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, StyleInfo

STYLE = StyleInfo(
    name="grain_gradient",
    family="image",
    fits=("ambient", "rnb"),
)

RES = 192
SCENES = ("horizon", "orb", "duo", "beam", "eclipse", "mesh")
MARKS = ("none", "ring", "arc", "song")


def _field(scene: str, rng: np.random.Generator, at: tuple[float, float]) -> np.ndarray:
    """The gradient's scalar field in 0..1 (0 = the field colour, 1 = the glow)."""
    c = (np.arange(RES, dtype=np.float32) + 0.5) / RES
    x, y = c[None, :], c[:, None]
    cx, cy = at
    if scene == "horizon":
        t = np.exp(-(((y - cy) / rng.uniform(0.2, 0.36)) ** 2)) + 0.0 * x
    elif scene == "orb":
        t = np.exp(-((x - cx) ** 2 + (y - cy) ** 2) / rng.uniform(0.06, 0.16))
    elif scene == "beam":
        t = np.exp(-(((x - cx) / rng.uniform(0.16, 0.3)) ** 2)) * (0.4 + 0.6 * y)
    elif scene == "duo":  # two orbs meeting, one each side of the point
        dx, dy = rng.uniform(0.12, 0.22), rng.uniform(-0.12, 0.12)
        t = np.exp(-((x - cx + dx) ** 2 + (y - cy + dy) ** 2) / 0.05)
        t = np.maximum(t, 0.8 * np.exp(-((x - cx - dx) ** 2 + (y - cy - dy) ** 2) / 0.03))
    elif scene == "mesh":  # warped colour, no centre
        t = raster.fractal_noise(rng, cells=2, octaves=3, res=RES) + 0.0 * x * y
    else:
        d = np.sqrt((x - cx) ** 2 + (y - cy) ** 2)
        t = np.exp(-(((d - 0.16) / 0.06) ** 2))
    warp = raster.fractal_noise(rng, cells=2, octaves=2, res=RES)
    t = t * (0.7 + 0.6 * warp) + 0.35 * raster.linear_field(rng.uniform(0, 360), RES)
    return np.clip(t / max(float(t.max()), 1e-6), 0.0, 1.0)


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the grain-gradient cover (RGB, size x size)."""
    rng = raster.rng_for(direction, "grain-gradient")
    pal = direction.palette
    dark = compose.dark_field(rgb_to_oklch(pal.background)[0])
    scene = compose.pick(rng, SCENES, direction.energy)
    at = compose.thirds(rng, 0.05)
    if scene == "horizon":
        at = (at[0], float(rng.uniform(0.55, 0.72)))
    lo, hi = (0.12, 0.58) if dark else (0.95, 0.64)
    chroma = 0.06 + 0.1 * direction.energy
    stops = [
        raster.tone(pal.background, lo, chroma * 0.6),
        raster.tone(pal.colors[0], (lo + hi) / 2, chroma),
        raster.tone(pal.colors[1 % len(pal.colors)], hi, chroma * 1.2),
    ]
    field = _field(scene, rng, at)
    img = raster.map_field(field, raster.color_lut(stops), size)
    # one quiet mark (or none): the field is the subject
    mark = compose.pick(rng, MARKS)
    r = 0.05 + 0.08 * direction.density
    ink = raster.tone(pal.accent, 0.9 if dark else 0.3, 0.04 + 0.07 * direction.energy)
    draw = aggdraw.Draw(img)
    cx, cy, rp = at[0] * size, at[1] * size, r * size
    if mark == "ring":
        draw.ellipse((cx - rp, cy - rp, cx + rp, cy + rp), aggdraw.Pen(ink, max(1.5, rp * 0.08)))
    elif mark == "arc":  # a hairline arc of a circle much larger than the cover
        big = size * rng.uniform(0.55, 0.9)
        ox, oy = cx + big * rng.choice((-1.0, 1.0)) * 0.8, cy + big * 0.7
        draw.ellipse(
            (ox - big, oy - big, ox + big, oy + big), aggdraw.Pen(ink, max(1.5, size * 0.003))
        )
    elif mark == "song":  # a hairline across the cover that rises with the song
        song = signals.smooth(signals.energy(direction, 96), 3)
        xs = np.linspace(0.08, 0.92, len(song)) * size
        ys = (at[1] - 0.14 * (song - float(song.mean()))) * size
        path = [float(v) for pair in zip(xs, ys, strict=True) for v in pair]
        draw.line(path, aggdraw.Pen(ink, max(1.0, size * 0.0025)))
    draw.flush()
    img = raster.glow(img, size * 0.03, 0.25)
    img = finish(img, direction, "grain-gradient", 0.045 + 0.03 * direction.turbulence)
    if mark in ("none", "arc"):  # the field is the subject: nothing to keep out of
        return Artwork(img, None)
    if mark == "song":
        return Artwork(img, (0.05, at[1] - 0.12, 0.95, at[1] + 0.12))
    return Artwork(img, compose.around(at[0], at[1], r * 1.4))
