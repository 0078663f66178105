"""Chladni's compositions, each a different anchor, crop and scale of the figure so
that no two read as one disc in the middle at thumbnail size:

- catalogue: a small precise figure with a hairline rim, off-centre in a wide field;
- rise: half a big figure rising from the edge opposite the title, fine luminous lines
  (gold for classical) and a double rim on a deep field;
- rhythm: a row of small plates, each ringing a step further (the song's progression),
  one of them in the second colour;
- ribbon: a dark band across the frame, a slice of a huge figure's sand in it;
- sand: the whole cover a dark plate, a figure bigger than the frame in fine sand, its
  lit heart off-centre, fading toward the title;
- cells: half a figure cut by a side edge, the wave's two signs as flat colours;
- sector: a huge figure centred on a corner, only a wedge of it cut out: a fan.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PIL import Image

from sleeve.engine import compose, raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import RGB, ArtDirection
from sleeve.engine.styles.cover_parts import chladni_figures as fig
from sleeve.engine.styles.cover_parts import chladni_modes as modes
from sleeve.engine.styles.cover_parts.calm_zone import subject_y

Key = tuple[int, int, int]


@dataclass(frozen=True)
class Inks:
    """A cover's colours: the calm field, a deep plate, luminous sand for the plate,
    an ink that reads on the field, a second colour, whether the field is dark and
    whether it is vivid (a vivid field stays the cover's ground: neon, gold, primaries)."""

    field: RGB
    deep: RGB
    glow: RGB
    ink: RGB
    second: RGB
    dark: bool
    vivid: bool


@dataclass(frozen=True)
class Sheet:
    """What every composition draws with: the working image (drawn on in place), the
    direction, the style's generator, the title's band, the colours, the modes' key,
    the figure's turn and the line weight (a fraction of the cover)."""

    img: Image.Image
    direction: ArtDirection
    rng: np.random.Generator
    side: str
    inks: Inks
    key: Key
    turn: float
    weight: float

    @property
    def work(self) -> int:
        """The working image's side in pixels."""
        return self.img.size[0]

    def fill(self, colour: RGB) -> None:
        """Flood the whole working image with `colour`."""
        self.img.paste(colour, (0, 0, self.work, self.work))

    def away(self, offset: float) -> float:
        """A centre `offset` from the middle, away from the title's band."""
        return subject_y(self.side, offset)

    def edge(self, overshoot: float) -> float:
        """The y of the edge opposite the title's band, pushed `overshoot` beyond it."""
        return 1.0 + overshoot if self.side == "top" else -overshoot


def _pick(rng: np.random.Generator, options: tuple[float, ...], direction: ArtDirection) -> float:
    """One of a few positions, moved along by the song's tempo and the seed."""
    beat = int(direction.tempo_bpm // 16) if direction.tempo_bpm else 0
    return options[(int(rng.integers(len(options))) + beat) % len(options)]


def _size(rng: np.random.Generator, lo: float, hi: float, direction: ArtDirection) -> float:
    """A size in lo..hi: louder music draws it bigger, the seed moves it."""
    return lo + (hi - lo) * (0.6 * direction.energy + 0.4 * float(rng.random()))


def catalogue(s: Sheet) -> compose.Box:
    """A small plate with a hairline rim, off-centre in a wide field: a specimen in an
    acoustics catalogue; a dark plate of luminous lines on light or vivid ground,
    luminous lines alone on a dark one."""
    work = s.work
    r = _size(s.rng, 0.15, 0.18, s.direction)
    cx = _pick(s.rng, (0.28, 0.72), s.direction) + float(s.rng.uniform(-0.03, 0.03))
    cy = s.away(float(s.rng.uniform(0.12, 0.2)))
    plate = (cx, cy, r)
    area = fig.box(plate, work, 1.06)
    d = fig.wave(modes.figure(s.key, s.rng, 1), s.turn, plate, area, work)
    disc = fig.disc(plate, area, work)
    on_plate = not s.inks.dark or s.inks.vivid
    if on_plate:
        fig.paste(s.img, s.inks.deep, area, disc)
    ring = fig.rim((cx, cy, r * 1.05), area, work, s.weight * 0.5)
    fig.paste(s.img, s.inks.deep if on_plate else s.inks.glow, area, ring)
    fig.paste(s.img, s.inks.glow, area, fig.lines(d, s.weight, work) * disc)
    return compose.around(cx, cy, r * 1.06)


def rise(s: Sheet) -> compose.Box:
    """Half a big plate rising from the edge opposite the title, a shade off its
    ground, in luminous lines (gold on deep colour for classical) with a double rim;
    dark lines on a pale plate for a light mood."""
    work, inks = s.work, s.inks
    if s.direction.genre == "classical":
        ground, dome, ink = (
            inks.deep,
            raster.tone(inks.deep, rgb_to_oklch(inks.deep)[0] + 0.06),
            inks.glow,
        )
    elif inks.vivid:
        ground, dome, ink = inks.field, inks.deep, inks.glow
    elif inks.dark:
        ground, dome, ink = raster.tone(inks.deep, 0.1), inks.deep, inks.glow
    else:
        ground, dome, ink = inks.field, raster.tone(inks.second, 0.9, 0.035), inks.ink
    s.fill(ground)
    r = _size(s.rng, 0.5, 0.58, s.direction)
    cx = 0.5 + _pick(s.rng, (-0.1, 0.0, 0.1), s.direction)
    cy = s.edge(float(s.rng.uniform(0.0, 0.06)))
    plate = (cx, cy, r)
    area = fig.box(plate, work, 1.08)
    d = fig.wave(modes.figure(s.key, s.rng, 2), s.turn, plate, area, work)
    disc = fig.disc(plate, area, work)
    fig.paste(s.img, dome, area, disc)
    rims = np.maximum(
        fig.rim(plate, area, work, s.weight * 0.5),
        fig.rim((cx, cy, r * 1.06), area, work, s.weight * 0.3),
    )
    fig.paste(s.img, ink, area, np.maximum(fig.lines(d, s.weight, work) * disc, rims))
    return compose.around(cx, cy, r * 1.06)


def rhythm(s: Sheet) -> compose.Box:
    """A row of small plates, each ringing a step further than the one before (the
    song's progression), one of them in the second colour."""
    work = s.work
    count = 3 + int(s.rng.integers(3))
    pitch = 0.84 / count
    r = pitch * float(s.rng.uniform(0.36, 0.42))
    cy = s.away(float(s.rng.uniform(0.1, 0.2)))
    odd = int(s.rng.integers(count))
    a, b, salt = s.key
    for i in range(count):
        plate = (0.08 + pitch * (i + 0.5), cy, r)
        area = fig.box(plate, work)
        d = fig.wave(
            modes.figure((a + i, b + 2 * i, salt), s.rng, min(2, i // 2)),
            s.turn + i * 0.4,
            plate,
            area,
            work,
        )
        disc = fig.disc(plate, area, work)
        fig.paste(s.img, s.inks.second if i == odd else s.inks.deep, area, disc)
        ink = s.inks.deep if i == odd else s.inks.glow
        fig.paste(s.img, ink, area, fig.lines(d, s.weight * 0.7, work) * disc)
    return compose.around(0.5, cy, 0.43, r)


def ribbon(s: Sheet) -> compose.Box:
    """A dark band across the whole frame, holding a slice of a huge figure's sand:
    the nodal lines run out of the frame on both sides."""
    work = s.work
    if s.inks.dark and not s.inks.vivid:
        s.fill(raster.tone(s.inks.deep, 0.1))
    half = float(s.rng.uniform(0.13, 0.17))
    cy = s.away(float(s.rng.uniform(0.08, 0.14)))
    area = (0, round((cy - half) * work), work, round((cy + half) * work))
    s.img.paste(s.inks.deep, area)
    r = _size(s.rng, 0.55, 0.8, s.direction)
    plate = (float(s.rng.uniform(0.3, 0.7)), cy + float(s.rng.uniform(-0.05, 0.05)), r)
    d = fig.wave(modes.figure(s.key, s.rng, 2), s.turn, plate, area, work)
    fig.paste(s.img, s.inks.glow, area, fig.sand(d, s.weight * 1.1, work, s.rng))
    return compose.around(0.5, cy, 0.5, half)


def _fade(side: str, ys: np.ndarray) -> np.ndarray:
    """A column (rows of ys, fractions of the cover) from 0 in the title's band to 1
    well away from it."""
    into = ys - 0.24 if side == "top" else 0.76 - ys
    return np.clip(into / 0.24, 0.0, 1.0)[:, None] ** 2


def sand(s: Sheet) -> compose.Box:
    """The whole cover a dark plate, a pool of light on the figure's heart, which sits
    off-centre on a third; the figure bigger than the frame in fine sand, thinning
    toward its edge and fading out before the title's band: a photograph of a plate."""
    work = s.work
    base = s.inks.field if s.inks.dark or s.inks.vivid else s.inks.deep
    grains = s.inks.ink if s.inks.vivid else s.inks.glow
    r = _size(s.rng, 0.62, 0.74, s.direction)
    cx = _pick(s.rng, (0.28, 0.72), s.direction) + float(s.rng.uniform(-0.04, 0.04))
    cy = s.away(float(s.rng.uniform(0.14, 0.22)))
    plate = (cx, cy, r)
    small = max(8, work // 8)  # the light is smooth: drawn small and scaled up
    light = np.exp(-(fig.radius((cx, cy, 0.75), (0, 0, small, small), small) ** 2)) * 0.7
    light *= _fade(s.side, (np.arange(small, dtype=np.float32) + 0.5) / small)
    ground = Image.new("RGB", (small, small), base)
    ground.paste(raster.tone(base, rgb_to_oklch(base)[0] + 0.08), (0, 0), raster.to_image(light))
    s.img.paste(ground.resize((work, work), Image.Resampling.BILINEAR))
    x0, y0, x1, y1 = fig.box(plate, work, 1.1)
    if s.side == "top":  # no sand is drawn in the title's band
        y0 = max(y0, round(0.24 * work))
    else:
        y1 = min(y1, round(0.76 * work))
    area = (x0, y0, x1, y1)
    d = fig.wave(modes.figure(s.key, s.rng, 2), s.turn, plate, area, work)
    thin = np.clip((1.1 - fig.radius(plate, area, work)) * 2.5, 0.0, 1.0)  # the far side
    fade = _fade(s.side, (np.arange(area[1], area[3], dtype=np.float32) + 0.5) / work)
    fig.paste(s.img, grains, area, fig.sand(d, s.weight * 1.2, work, s.rng, thin * fade))
    y0, y1 = (0.24, 1.0) if s.side == "top" else (0.0, 0.76)
    return (0.0, y0, 1.0, y1)


def cells(s: Sheet) -> compose.Box:
    """Half a figure cut by a side edge, the wave's two signs printed as flat cells in
    two colours, a fine rim around it."""
    work = s.work
    r = _size(s.rng, 0.4, 0.46, s.direction)
    cx = _pick(s.rng, (-0.02, 1.02), s.direction)
    cy = s.away(float(s.rng.uniform(0.14, 0.18)))
    plate = (cx, cy, r)
    area = fig.box(plate, work, 1.06)
    d = fig.wave(modes.figure(s.key, s.rng, 1), s.turn, plate, area, work)
    disc = fig.disc(plate, area, work)
    first = s.inks.glow if s.inks.dark else s.inks.deep
    fig.paste(s.img, s.inks.second, area, disc)
    fig.paste(s.img, first, area, fig.cells(d, work) * disc)
    fig.paste(s.img, first, area, fig.rim((cx, cy, r * 1.05), area, work, s.weight * 0.4))
    return compose.around(cx, cy, r * 1.06)


def sector(s: Sheet) -> compose.Box:
    """A huge figure centred on a corner opposite the title, only a wedge of it cut out
    (a fan of 45 to 65 degrees off the bottom or top edge, short of the title's band),
    luminous lines on a deep plate: a slice of the plate, like a cut of cake."""
    work = s.work
    if s.inks.dark and not s.inks.vivid:
        s.fill(raster.tone(s.inks.deep, 0.11))
    r = _size(s.rng, 0.86, 0.98, s.direction)
    right = _pick(s.rng, (0.0, 1.0), s.direction) > 0.5
    cx, cy = (1.02 if right else -0.02), s.edge(0.02)
    lo = float(s.rng.uniform(0.04, 0.14))
    hi = min(lo + float(s.rng.uniform(0.8, 1.1)), math.asin(min(1.0, 0.68 / r)))
    plate = (cx, cy, r)
    reach, top = r * math.cos(lo), r * math.sin(hi)
    x0, x1 = (1.0 - reach, 1.0) if right else (0.0, reach)
    y0, y1 = (1.0 - top, 1.0) if s.side == "top" else (0.0, top)
    area = (
        math.floor(x0 * work),
        math.floor(y0 * work),
        math.ceil(x1 * work),
        math.ceil(y1 * work),
    )
    xs = (np.arange(area[0], area[2], dtype=np.float32) + 0.5) / work - cx
    ys = (np.arange(area[1], area[3], dtype=np.float32) + 0.5) / work - cy
    across = -xs[None, :] if right else xs[None, :]  # along the edge, into the frame
    up = -ys[:, None] if s.side == "top" else ys[:, None]  # off the edge, into the frame
    below = -across * np.float32(math.sin(lo)) + up * np.float32(math.cos(lo))
    above = across * np.float32(math.sin(hi)) - up * np.float32(math.cos(hi))
    wedge = np.clip(np.minimum(below, above) * work + 0.5, 0.0, 1.0) * fig.disc(plate, area, work)
    d = fig.wave(modes.figure(s.key, s.rng, 2), s.turn, plate, area, work)
    fig.paste(s.img, s.inks.deep, area, wedge)
    line = np.maximum(fig.lines(d, s.weight * 1.2, work), fig.rim(plate, area, work, s.weight))
    fig.paste(s.img, s.inks.glow, area, line * wedge)
    return (x0, y0, x1, y1)


DRAW = {
    "catalogue": catalogue,
    "rise": rise,
    "rhythm": rhythm,
    "ribbon": ribbon,
    "sand": sand,
    "cells": cells,
    "sector": sector,
}
