"""Ridgeline: stacked ridges of the song's own energy curve ("Unknown Pleasures").

The energy curve -> the shape of every ridge (each a perturbed, scaled copy) and
the swell of the stack from back to front; the spectrum -> each ridge's own slice
(one frame per ridge, low frequencies in the middle); density -> number of ridges
and, with the seed, the layout (a block, a landscape bleeding off both edges or one,
a thin strip, or a tall column);
loudness -> amplitude; valence -> night (light lines on dark) or print (dark ink
on paper); doom, death and black metal -> bone and ash on black with one blood-red
ridge, never pastel; energy -> line weight; seed -> the block's place on an off-centre grid
(title band left calm), width (narrow .. wide), depth (deep .. a short band), spacing,
the peak's position, the line colours and the highlighted ridge.
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
    name="ridgeline",
    family="graphic",
    fits=("rock", "punk", "metal", "electronic", "ambient", "classical", "world"),
    music=True,
    # listed by 21 languages: at 1.6 it made 10-11 of 148 covers, which two reviewers
    # read as one layout repeated; at 1.1 it makes 5
    weight=1.1,
)

POINTS = 180  # samples along each ridge
LAYOUTS = ("block", "bleed", "column")
BLEEDS = ("full", "left", "right", "strip")  # how a landscape runs off the frame
GRIM = ("doom_metal", "death_metal", "black_metal", "funeral_doom", "sludge")


def _colors(direction: ArtDirection, rng: np.random.Generator) -> dict:
    """Background, line inks, ridge fills and the highlight colour."""
    pal = direction.palette
    night = direction.valence < 0.58 or rng.random() < 0.25
    mode = ("mono", "tinted", "filled")[int(rng.choice(3, p=(0.4, 0.3, 0.3)))]
    if direction.language.subgenre in GRIM or direction.genre == "metal":
        return _grim_colors(direction, mode == "filled")
    light, dark = (0.9, 0.14) if night else (0.26, 0.94)
    bg = raster.tone(pal.background, dark, 0.035 if night else 0.025)
    chroma = 0.05 if mode == "mono" else 0.13
    lines = [raster.tone(c, light, chroma) for c in pal.colors[:3]]
    if mode == "filled":  # layered hills: fills graded back to front, lines in bg colour
        levels = (0.24, 0.36, 0.5)
        fills = [raster.tone(c, levels[k], 0.09) for k, c in enumerate(pal.colors[:3])]
        if not night:
            fills = fills[::-1]
        lines = [raster.tone(pal.background, 0.96 if night else 0.18, 0.03)]
    else:
        fills = [bg]
    hot = raster.vivid(pal.accent, 0.74 if night else 0.56, 0.17)
    return {"bg": bg, "lines": lines, "fills": fills, "hot": hot, "mode": mode}


def _grim_colors(direction: ArtDirection, filled: bool) -> dict:
    """Doom, death and black metal: bone or ash lines (or ash hills) on near black,
    the highlighted ridge in the palette's reddest colour as dried blood; never pastel."""
    pal = direction.palette
    bg = raster.tone(pal.background, 0.1, 0.01)
    bone = raster.tone(pal.colors[0], 0.86, 0.015)
    red = min((*pal.colors, pal.accent), key=lambda c: _hue_gap(c, 25.0))
    hot = raster.tone(red, 0.46, 0.15, hue_shift=-_signed_gap(red, 25.0))
    if filled:  # ash hills, graded back to front, bone lines
        fills = [raster.tone(pal.background, lv, 0.008) for lv in (0.16, 0.24, 0.32)]
        return {"bg": bg, "lines": [bone], "fills": fills, "hot": hot, "mode": "filled"}
    lines = [bone, raster.tone(pal.colors[-1], 0.62, 0.01)]
    return {"bg": bg, "lines": lines, "fills": [bg], "hot": hot, "mode": "mono"}


def _signed_gap(color: tuple, hue: float) -> float:
    return (rgb_to_oklch(color)[2] - hue + 180.0) % 360.0 - 180.0


def _hue_gap(color: tuple, hue: float) -> float:
    return abs(_signed_gap(color, hue)) + (200.0 if rgb_to_oklch(color)[1] < 0.04 else 0.0)


def _resample(curve: np.ndarray, n: int) -> np.ndarray:
    return np.interp(np.linspace(0, 1, n), np.linspace(0, 1, len(curve)), curve)


def _smooth(v: np.ndarray, k: int) -> np.ndarray:
    pad = np.pad(v, k, mode="edge")
    return np.convolve(pad, np.ones(2 * k + 1) / (2 * k + 1), mode="valid")


def _ridges(direction: ArtDirection, rng: np.random.Generator, count: int) -> np.ndarray:
    """(count, POINTS) heights in about 0..1 (before amplitude), back ridge first."""
    curve = np.asarray(direction.energy_curve or (0.5,), dtype=np.float64)
    curve = (curve - curve.min()) / max(float(np.ptp(curve)), 0.08)
    base = _resample(curve, POINTS)
    x = np.linspace(0.0, 1.0, POINTS)
    centre = rng.uniform(0.3, 0.7)
    width = rng.uniform(0.12, 0.34)
    envelope = np.exp(-(((x - centre) / width) ** 2) * 0.5)  # calm edges, busy middle
    if rng.random() < 0.35:  # a second, smaller lobe
        c2 = centre + rng.choice((-1, 1)) * rng.uniform(0.18, 0.3)
        envelope = np.maximum(envelope, 0.6 * np.exp(-(((x - c2) / (width * 0.6)) ** 2) * 0.5))
    envelope = 0.06 + 0.94 * envelope
    swell = _resample(curve, count)  # the stack itself follows the song's arc
    slices = signals.spectrum(direction, count, POINTS // 3)  # one spectrum slice per ridge
    out = np.empty((count, POINTS))
    for i in range(count):
        shift = rng.normal(0.0, 0.035)
        stretch = rng.uniform(0.85, 1.15)
        xs = np.clip(centre + (x - centre) * stretch + shift, 0, 1)
        copy = np.interp(xs, x, base)
        wobble = _smooth(rng.normal(0.0, 1.0, POINTS), 4) * (0.08 + 0.12 * direction.turbulence)
        jag = _smooth(rng.normal(0.0, 1.0, POINTS), 1) * (0.01 + 0.04 * direction.turbulence)
        spectral = np.interp(np.abs(xs - centre) * 2, np.linspace(0, 1, POINTS // 3), slices[i])
        copy = 0.55 * copy + 0.45 * spectral
        h = copy * (0.55 + 0.45 * swell[i]) + wobble * (0.4 + copy) + jag
        out[i] = np.maximum(h, 0.0) * envelope
    return out


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the ridgeline cover (RGB, size x size)."""
    rng = raster.rng_for(direction, "ridgeline")
    col = _colors(direction, rng)
    count = int(round(22 + 46 * direction.density))
    calm_top = rng.random() < 0.5  # leave the top or the bottom band calm for the title
    left = rng.uniform(0.12, 0.26)
    right = 1.0 - rng.uniform(0.12, 0.26)
    if calm_top:
        top, bottom = rng.uniform(0.36, 0.44), rng.uniform(0.88, 0.92)
    else:
        top, bottom = rng.uniform(0.16, 0.22), rng.uniform(0.64, 0.7)
    persp = rng.uniform(0.0, 0.6)  # spacing grows towards the front
    layout = compose.pick(rng, LAYOUTS, direction.density)  # sparse songs: a block
    if layout == "block":  # narrow or wide, on an off-centre grid, deep or a short band
        width = float(rng.choice((rng.uniform(0.34, 0.5), rng.uniform(0.5, 0.76))))
        mid = float(np.clip(rng.choice((0.38, 0.5, 0.62)), 0.06 + width / 2, 0.94 - width / 2))
        left, right = mid - width / 2, mid + width / 2
        depth = (bottom - top) * float(rng.uniform(0.55, 1.0))
        top += (bottom - top - depth) * float(rng.choice((0.0, 0.5, 1.0)))
        bottom = top + depth
    elif layout == "bleed":  # a landscape running off both edges, or off one edge
        kind = str(rng.choice(BLEEDS))  # and ending inside the frame, or a thin strip
        left, right = -0.03, 1.03
        if kind == "left":
            right = float(rng.uniform(0.6, 0.8))
        elif kind == "right":
            left = float(rng.uniform(0.2, 0.4))
        elif kind == "strip":  # a short band, calm above and below
            depth = float(rng.uniform(0.18, 0.28))
            top += (bottom - top - depth) * float(rng.uniform(0.3, 0.7))
            bottom = top + depth
    elif layout == "column":  # a tall narrow stack to one side, the other side calm
        mid = float(rng.choice((0.32, 0.68))) + rng.uniform(-0.04, 0.04)
        half = rng.uniform(0.17, 0.23)
        left, right = mid - half, mid + half
        top, bottom = rng.uniform(0.1, 0.16), rng.uniform(0.86, 0.9)
    if layout != "bleed" and col["mode"] == "filled":  # filled hills cut square at both
        col = {**col, "mode": "mono", "fills": [col["bg"]]}  # sides read as a solid slab
    # loudness -> amplitude, relative to the stack's size (narrow columns stay lower)
    amp = (0.09 + 0.13 * direction.loudness) * min(bottom - top, 1.6 * (right - left)) / 0.5
    heights = _ridges(direction, rng, count)
    hot_row = int(np.argmax(heights.max(axis=1) * rng.uniform(0.7, 1.0, count)))

    bg = Image.new("RGB", (size, size), col["bg"])
    t = np.linspace(0, 1, count)
    t = (1 - persp) * t + persp * t**1.6
    baselines = top + amp * 0.6 + (bottom - top - amp * 0.6) * t
    xs = np.linspace(0.0, 1.0, POINTS)
    lut = raster.color_lut(col["lines"])
    fill_lut = raster.color_lut(col["fills"])
    draw = aggdraw.Draw(bg)
    pen_w = size * (0.0016 + 0.0014 * (1 - direction.density)) * (0.85 + 0.4 * direction.energy)
    for i in range(count):
        half = (right - left) / 2
        mid = (left + right) / 2
        px = (mid + (xs - 0.5) * 2 * half) * size
        py = (baselines[i] - amp * heights[i]) * size
        pts = np.empty(2 * POINTS)
        pts[0::2], pts[1::2] = px, py
        line = pts.tolist()
        base_y = baselines[i] * size + pen_w
        poly = [px[0], base_y, *line, px[-1], base_y]
        ink = tuple(int(v) for v in lut[int(t[i] * 255)])
        if i == hot_row and col["mode"] != "filled":
            ink = col["hot"]
        draw.polygon(poly, aggdraw.Brush(tuple(int(v) for v in fill_lut[int(t[i] * 255)])))
        draw.line(line, raster.pen(ink, pen_w * (1.6 if i == hot_row else 1.0)))
    draw.flush()
    img = raster.multiply(bg, raster.paper(raster.rng_for(direction, "ridge-paper"), 0.05))
    img = raster.vignette(img, 0.22, (rng.uniform(0.35, 0.65), (top + bottom) / 2))
    stack = (max(0.0, left), top, min(1.0, right), bottom)
    return Artwork(finish(img, direction, "ridge", 0.02), stack)
