"""Chladni's plates: square or round plates, each ringing in one symmetric mode (its
numbers from the song's loudest bands and key), with sand heaped crisply on its nodal
lines. The figure is the cover, never a badge: each composition is drawn with the
title's band at the top (the style flips and mirrors the sheet afterwards), keeps that
band quiet and returns its focal box:

- fullbleed: the plate is the whole cover, its figure big and off-centre below the
  title, cropped by the frame;
- series: two or three tall panels of one plate ringing higher and higher, side by side
  and running off the frame on every side (the sand quiet under the title), a diagram
  of the song's frequencies;
- pale: dark sand on a giant pale plate rising from the foot, its rim an arc across the
  frame.

Retired: the whole plate boxed in the middle (an app icon) and the atlas grid of small
plates (a sheet of badges), and the huge closeup's glowing rings on black (the same
picture as the water's). Pale sand on a near-black plate; gold sand for classical
music, white sand on a bright primary for children's songs. Lines are a distance field
(amplitude over slope), so they keep one width and read at 64 px.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image

from sleeve.engine import compose, raster, signals
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import RGB
from sleeve.engine.styles.cover_parts import chladni_figures as fig
from sleeve.engine.styles.cover_parts import chladni_modes as modes
from sleeve.engine.styles.cover_parts.chladni_layouts import Sheet

F32 = np.float32
PLATE_RES = 640  # the plates' working side: at 768 the pale plate cost 0.54x the reference


@dataclass(frozen=True)
class Disc:
    """One plate on the sheet: centre and half width (fractions of the cover), round
    or square, the mode it rings in, and whether it runs past the frame on every side
    (no edge in sight: the whole cover is plate)."""

    centre: tuple[float, float]
    half: float
    round: bool
    mode: modes.PlateMode
    edgeless: bool = False


def plate_inks(s: Sheet) -> tuple[RGB, RGB, RGB]:
    """The plate, its sand and its rim: a near-black plate (a bright primary for
    children's songs), pale sand (gold for classical), a rim lit a little."""
    inks = s.inks
    if s.joy:
        return inks.mass, raster.tone(inks.field, 0.98, 0.01), raster.tone(inks.mass, 0.8, 0.1)
    _, chroma, _ = rgb_to_oklch(inks.mass)
    plate = raster.tone(inks.mass, 0.07 if s.inks.dark else 0.17, min(chroma, 0.03))
    light, mark_chroma, hue = rgb_to_oklch(inks.mark)
    gold = s.direction.genre == "classical" and mark_chroma > 0.06 and 60 <= hue <= 110
    if gold:
        sand = raster.tone(inks.mark, 0.86, min(mark_chroma, 0.12))
    else:
        sand = raster.tone(inks.mark if light > 0.6 else inks.field, 0.95, 0.015)
    return plate, sand, raster.tone(plate, 0.5, min(chroma, 0.03))


def amplitude(disc: Disc, u: np.ndarray, v: np.ndarray) -> np.ndarray:
    """The plate's standing wave at (u, v), in plate halves from its centre."""
    if disc.round:
        n, k = disc.mode.n, disc.mode.k
        r, theta = np.hypot(u, v), np.arctan2(v, u)
        spin = np.cos(n * (theta + F32(np.pi / 2)))  # mirror symmetric left to right
        return fig.bessel(n, F32(k) * r) * spin + F32(disc.mode.mix) * fig.bessel(0, F32(k) * r)
    n, m, sign = disc.mode.n, disc.mode.m, disc.mode.sign
    xs, ys = F32(np.pi) * (u + 1) / 2, F32(np.pi) * (v + 1) / 2
    return np.cos(n * xs) * np.cos(m * ys) + sign * np.cos(m * xs) * np.cos(n * ys)


def sand(
    disc: Disc, u: np.ndarray, v: np.ndarray, width: float, rng: np.random.Generator
) -> np.ndarray:
    """The sand (0..1) heaped on the plate's nodal lines at (u, v), in plate halves from
    its centre; `width` is the line's half width in pixels."""
    wave = amplitude(disc, u, v)
    gy, gx = np.gradient(wave)
    slope = np.hypot(gx, gy)
    floor = F32(0.05 * float(np.median(slope)) + 1e-6)
    dist = np.abs(wave) / np.sqrt(slope**2 + floor**2)  # pixels to the nearest line
    line = np.clip((width - dist) / max(0.35 * width, 0.6) + 0.5, 0.0, 1.0)
    grain = rng.random(dist.shape, dtype=F32)
    line *= 0.72 + 0.28 * grain  # sand, not ink: grains catch the light unevenly
    scatter = grain < 0.05 * np.exp(-((dist / (3.5 * width)) ** 2))
    return np.maximum(line, F32(0.8) * scatter.astype(F32))


def _grid(res: int, box: tuple[int, int, int, int], centre, half: float):
    """(u, v) over the pixel box (x0, y0, x1, y1) in plate halves from `centre` (px)."""
    x0, y0, x1, y1 = box
    u = (np.arange(x0, x1, dtype=F32) + 0.5 - centre[0]) / F32(half)
    v = (np.arange(y0, y1, dtype=F32) + 0.5 - centre[1]) / F32(half)
    return np.broadcast_to(u[None, :], (y1 - y0, x1 - x0)), np.broadcast_to(
        v[:, None], (y1 - y0, x1 - x0)
    )


def _lay(view: np.ndarray, body: np.ndarray, grains: np.ndarray, inks, lit: bool = True) -> None:
    """The plate (lit softly from the top left, unless `lit` is off: side by side panels
    of one plate) and its sand onto `view` in place."""
    plate, colour, _ = (np.asarray(c, F32) for c in inks)
    h, w = body.shape
    if not lit:
        view += (plate - view) * body[..., None]
        view += (colour - view) * (grains * body)[..., None]
        return
    light = (
        1.08
        - 0.16
        * (np.linspace(0, 1, w, dtype=F32)[None, :] + np.linspace(0, 1, h, dtype=F32)[:, None])
        / 2
    )
    view += (np.minimum(plate * light[..., None], 255) - view) * body[..., None]
    view += (colour - view) * (grains * body)[..., None]


def field(s: Sheet) -> RGB:
    """The field the plates stand on: a dark night is lifted to charcoal, so the
    near-black plate's edge reads at 64 px; paper and vivid fields stay."""
    _, chroma, _ = rgb_to_oklch(s.inks.field)
    if s.inks.dark and chroma < raster.VIVID_FIELD:
        return raster.tone(s.inks.field, 0.25, min(chroma, 0.03))
    return s.inks.field


def _canvas(s: Sheet, res: int) -> np.ndarray:
    """The field as a float canvas."""
    return np.broadcast_to(np.asarray(field(s), F32), (res, res, 3)).copy()


def _place(s: Sheet, rgb: np.ndarray) -> None:
    img = Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB")
    if img.size[0] != s.work:
        img = img.resize((s.work, s.work), Image.Resampling.BILINEAR)
    s.img.paste(img)


def _round(s: Sheet) -> bool:
    """Whether the plate is round (the key and seed choose; ambient leans round)."""
    a, b, salt = s.key
    return (a + b + salt) % 5 < (3 if s.direction.genre == "ambient" else 2)


def _mode(s: Sheet, shift: int, is_round: bool, detail: int) -> modes.PlateMode:
    a, b, salt = s.key
    pick = modes.round_mode if is_round else modes.square_mode
    return pick(a + shift, b + 2 * shift, salt, detail)


def _quiet(s: Sheet, res: int, box: tuple[int, int, int, int]) -> np.ndarray:
    """The sand's weight over the pixel box: thin in the title's band."""
    x0, y0, x1, y1 = box
    return np.asarray(s.quiet(res, 0.0), F32)[y0:y1, x0:x1]


def fullbleed(s: Sheet) -> compose.Box:
    """The plate is the whole cover: its figure rung two steps finer, centred off the
    middle below the title's band and cropped by the frame (see module)."""
    res = min(s.work, PLATE_RES)
    is_round = _round(s)
    disc = Disc((0.5, 0.5), 0.0, is_round, _mode(s, 0, is_round, 2 + s.detail(1)))
    side = float(s.rng.choice([-1.0, 1.0]))
    centre = (
        0.5 + side * float(s.rng.uniform(0.12, 0.24)),
        s.band + (1 - s.band) * float(s.rng.uniform(0.45, 0.7)),
    )
    if s.column:  # CJK columns on the left of the drawn sheet: the figure on the right
        centre = (0.72, centre[1] - s.band / 2)
    half = float(s.rng.uniform(0.42, 0.58)) * res
    box = (0, 0, res, res)
    u, v = _grid(res, box, (centre[0] * res, centre[1] * res), half)
    rgb = _canvas(s, res)
    grains = sand(disc, u, v, max(0.011 * res, 1.2), s.rng) * _quiet(s, res, box)
    _lay(rgb, np.ones((res, res), F32), grains, plate_inks(s))
    _place(s, rgb)
    return _focal(s)


def _focal(s: Sheet) -> compose.Box:
    """The picture's box: below the title's band, or right of CJK columns."""
    return compose.clip_box((0.4, 0.0, 1.0, 1.0) if s.column else (0.0, s.band, 1.0, 1.0))


GUTTER = 0.02  # the field between two panels of the series (share of the side)


def series(s: Sheet) -> compose.Box:
    """Two or three tall panels of one plate, side by side and running off the frame's
    sides, top and foot, each rung higher than the last (the song's loudest bands, low to
    high): a diagram of its frequencies, not a sheet of icons (see module)."""
    res = min(s.work, PLATE_RES)
    count = 2 + int(s.rng.random() < 0.35 + 0.4 * s.direction.energy)
    is_round = _round(s)
    # the panels stand below the title; the plate runs on, unbroken, under it (a field
    # band read as a title plate, the gutters as lines through the title); a joyful
    # print keeps its paper there
    top = int((s.band + 0.03) * res) if not s.column else 0
    crop = float(s.rng.uniform(0.1, 0.45))  # how far the first panel runs off the frame
    width = (1.0 + crop - GUTTER * (count - 1)) / count
    beat = round(s.direction.tempo_bpm / 4)  # the pulse rings the plate too
    bands = sorted(b + beat for b in signals.dominant_bands(s.direction, count, bands=24))
    rgb = _canvas(s, res)
    inks = plate_inks(s)
    if not s.joy:
        rgb[:top] = np.asarray(inks[0], F32)
    rung: list[modes.PlateMode] = []
    for i, shift in enumerate([*bands, *range(beat + 24, beat + 48)]):
        mode = _mode(s, shift, is_round, min(len(rung), 2))
        if mode in rung:
            continue
        rung.append(mode)
        left = ((len(rung) - 1) * (width + GUTTER) - crop) * res
        x0, x1 = max(int(left), 0), min(res, int(left + width * res))
        box = (x0, top, x1, res)
        centre = (left + width * res / 2, (s.band + (1.0 - s.band) * 0.45) * res)
        u, v = _grid(res, box, centre, width * res / 2)
        disc = Disc((0.5, 0.5), 0.0, is_round, mode)
        grains = sand(disc, u, v, max(0.008 * res, 1.0), s.rng) * _quiet(s, res, box)
        _lay(rgb[top:, x0:x1], np.ones(u.shape, F32), grains, inks, lit=False)
        if len(rung) == count or i > 40:
            break
    _place(s, rgb)
    return _focal(s)


def pale(s: Sheet) -> compose.Box:
    """Dark sand on a giant pale plate rising from the foot, off-centre, its rim an arc
    across the frame: the plate's light against a dark field (see module)."""
    res = min(s.work, PLATE_RES)
    is_round = True  # a round plate's rim makes the arc (a square's straight edge: a header)
    disc = Disc((0.5, 0.5), 0.0, is_round, _mode(s, 1, is_round, 2 + s.detail(1)))
    cx = 0.5 + float(s.rng.choice([-1.0, 1.0])) * float(s.rng.uniform(0.1, 0.22))
    half = float(s.rng.uniform(0.6, 0.74))
    cy = min(1.0 + half - (1.0 - s.band) * 0.95, 0.98)  # the rim just under the title
    if s.column:  # CJK columns on the left of the drawn sheet: the plate on the right
        cx, cy = 0.4 + half, 0.5
    box = (0, 0, res, res)
    u, v = _grid(res, box, (cx * res, cy * res), half * res)
    edge = (np.hypot(u, v) if is_round else np.maximum(np.abs(u), np.abs(v))) - 1.0
    body = np.clip(0.5 - edge * half * res, 0.0, 1.0)
    plate, grain, _ = plate_inks(s)
    gold = min(rgb_to_oklch(grain)[1], 0.1)  # classical music's gold sand: a brass plate
    light, ink = raster.tone(grain, 0.88, gold), raster.tone(plate, 0.2, 0.03)
    outside = raster.tone(plate, 0.16, 0.03)
    if s.joy:  # coloured sand on a paper plate standing on the print's primary
        light, ink, outside = raster.tone(s.inks.field, 0.97, 0.01), plate, plate
    elif rgb_to_oklch(s.inks.field)[1] >= raster.VIVID_FIELD:
        # the language's vivid field stays the cover's colour, the plate a pale tint of it
        lit = 0.97 if rgb_to_oklch(s.inks.field)[0] > 0.75 else 0.86  # a yellow's: cream
        outside, light = s.inks.field, raster.tone(s.inks.field, lit, 0.12)
    rgb = np.broadcast_to(np.asarray(outside, F32), (res, res, 3)).copy()
    grains = sand(disc, u, v, max(0.011 * res, 1.2), s.rng) * _quiet(s, res, box)
    grains *= np.clip(-edge * half * res - 3.0, 0.0, 1.0)
    _lay(rgb, body, grains, (light, ink, light))
    _place(s, rgb)
    if s.column:
        return _focal(s)
    top = max(cy - half, s.band)
    return compose.clip_box((cx - half, top, cx + half, 1.0))
