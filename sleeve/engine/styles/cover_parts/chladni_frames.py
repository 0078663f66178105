"""Chladni's framings that move the plate's scale and place (round 17: three covers in
four were one disc centred on plain ground). Drawn with the title's band at the top
(the style flips and mirrors the sheet afterwards), each keeps that band dark or bare
and returns its focal box:

- lamp: the sand over the whole cover, the plate's edge out of frame: black metal lit
  by one hard lamp, the figure's centre off the cover's axis, the sand falling into the
  dark under the title;
- dome: a giant round plate rising from the bottom across the whole width like a
  horizon, its rim one wide arc, seen close (a few huge nodal lines, a flat horizon) or
  whole (a rounder one) by the song, the title above the arc (the style gives it only
  to titles at the top: hung from the top it was one more disc over a title);
- field: the whole cover one square plate from above, wider than the frame, the
  figure's centre (where its mirror axes cross) below the title and off the axis,
  the title on the bare plate; the tempo sets how much of the plate the frame sees.

Retired (round 19, an art director's 4/10): the suite, the song's sections as a row of
small plates along one baseline (biscuits on a table).
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from sleeve.engine import compose, raster, signals
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts import chladni_cymatics as cy
from sleeve.engine.styles.cover_parts import chladni_figures as fig
from sleeve.engine.styles.cover_parts import chladni_modes as plate_modes
from sleeve.engine.styles.cover_parts import chladni_relief as relief
from sleeve.engine.styles.cover_parts import chladni_scenes as scenes
from sleeve.engine.styles.cover_parts.chladni_layouts import Sheet

F32 = np.float32
RES = 384  # the side the plate is photographed at, whatever the cover's
LINE = 0.014  # a sand ridge's half width, in plate halves


def _axis() -> np.ndarray:
    return (np.arange(RES, dtype=F32) + F32(0.5)) / F32(RES)


def _print(s: Sheet, img: Image.Image) -> None:
    if img.size[0] != s.work:
        img = img.resize((s.work, s.work), Image.Resampling.BICUBIC)
    s.img.paste(img)


def _calm(s: Sheet) -> np.ndarray:
    return np.ascontiguousarray(s.quiet(RES, 0.0)).astype(F32)


def _bright(s: Sheet) -> bool:
    return s.joy or rgb_to_oklch(s.inks.field)[1] >= raster.VIVID_FIELD


def _rosette(
    n: int, k: float, r: np.ndarray, theta: np.ndarray, second: float, ring: float = 0.2
) -> np.ndarray:
    """A round plate's figure: n diameters, their double (`second`) and the ring mode
    (`ring`) at one wavenumber: petals and lace, or with neither a web of spokes and
    circles."""
    wave = fig.bessel(n, F32(k) * r) * np.cos(n * theta)
    if second:
        wave += F32(second) * fig.bessel(2 * n, F32(k) * r) * np.cos(2 * n * theta)
    return wave + F32(ring) * fig.bessel(0, F32(k) * r)


def lamp(s: Sheet) -> compose.Box:
    """The sand over the whole cover on black metal under one hard lamp (see the
    module): the figure's centre below the title and off the axis, the plate bigger
    than the frame, the light pooled on the centre and falling to dark all round."""
    a, b, salt = s.key
    loud = float(np.clip(s.direction.energy, 0.0, 1.0))
    room = 1.0 - s.band
    cx = 0.5 + float(s.rng.uniform(0.1, 0.22)) * (1 if s.rng.random() < 0.5 else -1)
    cy_ = s.band + room * float(s.rng.uniform(0.45, 0.62))
    if s.column:
        cx, cy_ = 0.72, 0.5
    far = max(np.hypot(x - cx, y - cy_) for x in (0.0, 1.0) for y in (0.0, 1.0))
    half = float(far) * 1.02  # the plate's edge just out of frame at its far corner
    axis = _axis()
    u, v = ((axis - F32(cx)) / F32(half))[None, :], ((axis - F32(cy_)) / F32(half))[:, None]
    r, theta = np.hypot(u, v), np.arctan2(v, u) + F32(s.turn)
    n = 4 + (a + salt) % 5
    rings = 4 + (b + salt // 5) % 2 + s.detail(2)  # the frame sees the inner rings big
    k = float(np.mean(plate_modes.bessel_zeros(n, rings + 1)[-2:]))
    # one order, a trace of the ring mode: a web of spokes and circles, the classic
    # figure round a star (with the double order the big rings broke into loose loops)
    wave = _rosette(n, k, r, theta, 0.22, 0.08 + 0.04 * (b % 3))  # petals, never a wheel
    density = relief.ridges(wave, LINE * 1.2 * half * RES)  # bold at a thumbnail
    height = relief.heap(density, int(s.rng.integers(1 << 30)), 0.5 if s.stark else 0.85)
    # a lamp wide enough that the sand reads to the frame's far edges (round 19: a
    # small hot spot on black left half the cover an empty void)
    reach = 0.26 + 0.08 * loud + float(s.rng.uniform(0.0, 0.04))
    glow = relief.pool(RES, cx, cy_, reach)
    glow = np.minimum(glow * F32(1.4), F32(1.0)) * _calm(s)  # a hard lamp: one hot spot
    azimuth = float(-np.pi / 2 + s.rng.uniform(-0.8, 0.8))  # the lamp hangs above
    light = relief.Light(azimuth, glow, 1.0, 0.2)
    on = np.ones((RES, RES), F32)
    f = 2.0 * reach  # the sand reads to the frame's edges, not only in the lamp's pool
    if s.inks.material in ("gel", "blueprint", "slate"):  # the song's plate, dark past the lamp
        _print(s, relief.photograph(height, on, light, s.inks.plate))
        return cy.focal(s, (cx - f, cy_ - f, cx + f, cy_ + f))
    ground, metal, sand = cy.colours(s)
    black = raster.tone(metal, 0.2, min(rgb_to_oklch(metal)[1], 0.03))
    _print(s, relief.photograph(height, on, light, (ground, black, sand)))
    return cy.focal(s, (cx - f, cy_ - f, cx + f, cy_ + f))


def dome(s: Sheet) -> compose.Box:
    """A giant round plate rising across the whole width like a horizon (see the
    module): its centre far past the edge opposite the title, its rim one wide, shallow
    arc from side to side under the title's band; the song sets the scale, a close
    crop of a few huge nodal lines (a flat horizon) or more of the pattern (a rounder
    one), and where along the width its crown stands."""
    a, b, salt = s.key
    loud = float(np.clip(s.direction.energy, 0.0, 1.0))
    # round 21: the dome from a bottom corner read as "a disc off the top, title
    # below" like the sweep; a horizon across the width is its own picture
    close = ((a + b + salt) % 4) / 3  # 0: more of the pattern, 1: a close crop
    half = 0.95 + 0.75 * close + float(s.rng.uniform(-0.05, 0.15))
    halves = loudness(s.direction, 2)
    lean = float(s.rng.uniform(0.04, 0.2))
    cx = 0.5 + (lean if (halves[0] > halves[1]) != s.flips[1] else -lean)
    crown = s.band - 0.02 + 0.06 * (1.0 - loud)  # a quiet song's horizon lies lower
    cy_ = crown + half
    if s.column:
        cx, cy_, half = 0.98, 1.02, 0.62
    axis = _axis()
    u, v = ((axis - F32(cx)) / F32(half))[None, :], ((axis - F32(cy_)) / F32(half))[:, None]
    r, theta = np.hypot(u, v), np.arctan2(v, u) + F32(s.turn)
    n = 5 + (a + salt) % 4  # the Bessel tables hold no higher order's zeros
    rings = 5 + (b + salt // 5) % 2 + s.detail(2) + round(2 * close)  # seen: the outer few
    k = float(np.mean(plate_modes.bessel_zeros(n, rings + 1)[-2:]))
    wave = _rosette(n, k, r, theta, 0.55 + 0.15 * ((a + b) % 3))
    on = np.clip((1.0 - r) * F32(half * RES) + F32(0.5), 0.0, 1.0).astype(F32)
    width = LINE * min(half, 1.3) * RES  # a close crop's sand no coarser than a thumb's
    density = relief.ridges(wave, width) * (on > 0.99)
    height = relief.heap(density, int(s.rng.integers(1 << 30)), 0.3 if s.stark else 0.45)
    hot = (cx + 0.3 if cx < 0.5 else cx - 0.3, crown + 0.22)  # the lamp over the crown
    glow = relief.pool(RES, *hot, 0.75) * _calm(s)
    glow = F32(0.95) + F32(0.05) * glow if _bright(s) else glow
    azimuth = float(-np.pi / 2 + s.rng.uniform(-0.6, 0.6))
    light = relief.Light(azimuth, glow, 0.5 if _bright(s) else 1.0, 0.4)
    _print(s, relief.photograph(height, on, light, scenes.brass(s), s.inks.sheen))
    return cy.focal(s, (cx - half, cy_ - half, cx + half, cy_ + half))


def loudness(direction: ArtDirection, count: int) -> np.ndarray:
    """The song's loudness in `count` equal sections (0..1)."""
    return signals.energy(direction, 12 * count, False).reshape(count, 12).mean(axis=1)


SLOW, FAST = 70.0, 150.0  # tempi (BPM) at which the field's plate is seen closest, widest


def field(s: Sheet) -> compose.Box:
    """The whole cover one square plate from above (see the module): the plate wider
    than the frame, the figure's centre below the title and off the axis, a slow
    song's plate seen close (a few big cells), a fast one's wider (more, smaller
    cells); the sand thins out to bare plate in the title's band."""
    pace = float(np.clip((s.direction.tempo_bpm - SLOW) / (FAST - SLOW), 0.0, 1.0))
    half = 0.66 - 0.2 * pace + float(s.rng.uniform(-0.03, 0.03))
    room = 1.0 - s.band
    cx = 0.5 + float(s.rng.uniform(0.08, 0.2)) * (1 if s.rng.random() < 0.5 else -1)
    cy_ = s.band + room * float(s.rng.uniform(0.42, 0.58))
    if s.column:
        cx, cy_ = 0.7, 0.5
    axis = _axis()
    u, v = ((axis - F32(cx)) / F32(half))[None, :], ((axis - F32(cy_)) / F32(half))[:, None]
    figure = cy.square_figure(*s.key, s.detail(1))
    density = relief.ridges(cy.wave(figure, u, v), LINE * 1.6 * half * RES) * _calm(s)
    height = relief.heap(density, int(s.rng.integers(1 << 30)), 0.4 if s.stark else 0.5)
    pool = relief.pool(RES, cx, cy_, 0.42 + 0.1 * float(s.direction.energy))
    glow = F32(0.95) + F32(0.05) * pool if _bright(s) else F32(0.7) + F32(0.3) * pool
    azimuth = float(-np.pi / 2 + s.rng.uniform(-0.7, 0.7))  # the lamp above the plate
    light = relief.Light(azimuth, glow, 0.5 if _bright(s) else 1.0, 0.4)
    on = np.ones((RES, RES), F32)
    colours, sheen = scenes.brass(s), s.inks.sheen
    if _bright(s):  # a vivid field or paper stays itself: the sand that reads most on it
        ground = colours[0]
        ink = max(colours[1:], key=lambda c: abs(sum(c) - sum(ground)))
        colours, sheen = (ground, ground, ink), (0.95, 0.05, 4.0)
    _print(s, relief.photograph(height, on, light, colours, sheen))
    return cy.focal(s, (cx - 0.42, cy_ - 0.42, cx + 0.42, cy_ + 0.42))
