"""Chladni's framings that move the plate's scale and place (round 17: three covers in
four were one disc centred on plain ground). Drawn with the title's band at the top
(the style flips and mirrors the sheet afterwards), each keeps that band dark or bare
and returns its focal box:

- lamp: the sand over the whole cover, the plate's edge out of frame: black metal lit
  by one hard lamp, the figure's centre off the cover's axis, the sand falling into the
  dark under the title;
- dome: a giant round plate rising from a bottom corner, cropped by two edges of the
  frame, its rim one bold arc, the figure's petals fanning out from the corner, the
  title in the bare ground above the arc;
- suite: the song's sections as a row of plates along one baseline, each as big as its
  section is loud and ringing finer as it is louder, so the row is the song's shape.
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
    reach = 0.15 + 0.07 * loud + float(s.rng.uniform(0.0, 0.04))
    glow = relief.pool(RES, cx, cy_, reach)
    glow = np.minimum(glow * F32(1.4), F32(1.0)) * _calm(s)  # a hard lamp: one hot spot
    azimuth = float(-np.pi / 2 + s.rng.uniform(-0.8, 0.8))  # the lamp hangs above
    light = relief.Light(azimuth, glow, 1.0, 0.06)
    on = np.ones((RES, RES), F32)
    f = 1.8 * reach
    if s.inks.material in ("gel", "blueprint", "slate"):  # the song's plate, dark past the lamp
        _print(s, relief.photograph(height, on, light, s.inks.plate))
        return cy.focal(s, (cx - f, cy_ - f, cx + f, cy_ + f))
    ground, metal, sand = cy.colours(s)
    black = raster.tone(metal, 0.2, min(rgb_to_oklch(metal)[1], 0.03))
    _print(s, relief.photograph(height, on, light, (ground, black, sand)))
    return cy.focal(s, (cx - f, cy_ - f, cx + f, cy_ + f))


def dome(s: Sheet) -> compose.Box:
    """A giant round plate rising from a bottom corner (see the module): its centre
    by the corner, its rim an arc just under the title's band, its petals fanning
    out from the corner; a loud song's plate rises higher and wider."""
    a, b, salt = s.key
    loud = float(np.clip(s.direction.energy, 0.0, 1.0))
    # the key and the seed set where along the bottom it rises: a corner to a third in
    cx = -0.06 + 0.4 * ((a + b + salt) % 5) / 4 + float(s.rng.uniform(-0.03, 0.03))
    halves = loudness(s.direction, 2)
    if (halves[0] > halves[1]) == s.flips[1]:  # it rises on the louder half's side
        cx = 1.0 - cx
    cy_ = 1.0 + float(s.rng.uniform(-0.04, 0.1)) - 0.06 * loud
    # the rim's top clears the title's band; a quiet song's stands lower
    half = (cy_ - s.band - 0.04) * (0.82 + 0.18 * loud)
    if s.column:
        cx, cy_, half = 0.98, 1.02, 0.62
    axis = _axis()
    u, v = ((axis - F32(cx)) / F32(half))[None, :], ((axis - F32(cy_)) / F32(half))[:, None]
    r, theta = np.hypot(u, v), np.arctan2(v, u) + F32(s.turn)
    n = 5 + (a + salt) % 5
    rings = 5 + (b + salt // 5) % 2 + s.detail(2)
    k = float(np.mean(plate_modes.bessel_zeros(n, rings + 1)[-2:]))
    wave = _rosette(n, k, r, theta, 0.55 + 0.15 * ((a + b) % 3))
    on = np.clip((1.0 - r) * F32(half * RES) + F32(0.5), 0.0, 1.0).astype(F32)
    density = relief.ridges(wave, LINE * half * RES) * (on > 0.99)
    height = relief.heap(density, int(s.rng.integers(1 << 30)), 0.3 if s.stark else 0.45)
    hot = (cx + 0.4 * half, cy_ - 0.45 * half)
    glow = relief.pool(RES, *hot, 0.7 * half) * _calm(s)
    glow = F32(0.95) + F32(0.05) * glow if _bright(s) else glow
    azimuth = float(-np.pi / 2 + s.rng.uniform(-0.6, 0.6))
    light = relief.Light(azimuth, glow, 0.5 if _bright(s) else 1.0, 0.4)
    _print(s, relief.photograph(height, on, light, scenes.brass(s), s.inks.sheen))
    return cy.focal(s, (cx - half, cy_ - half, cx + half, cy_ + half))


STEADY = 0.03  # a song whose sections' loudness differs less has no suite to show


def loudness(direction: ArtDirection, count: int) -> np.ndarray:
    """The song's loudness in `count` equal sections (0..1)."""
    return signals.energy(direction, 12 * count, False).reshape(count, 12).mean(axis=1)


def changes(direction: ArtDirection) -> bool:
    """Whether the song's sections differ in loudness enough for a row of plates to
    show it (a steady loop's plates came out alike: a row of buttons)."""
    return float(np.ptp(loudness(direction, 4))) >= STEADY


def sections(s: Sheet, count: int) -> np.ndarray:
    """The song's loudness in `count` equal sections, stretched to its own range
    (0 the quietest section, 1 the loudest)."""
    parts = loudness(s.direction, count)
    return ((parts - parts.min()) / max(float(np.ptp(parts)), STEADY)).clip(0, 1).astype(F32)


def suite(s: Sheet) -> compose.Box:
    """The song's sections as a row of round plates on one baseline (see the module):
    each plate as wide as its section is loud and ringing more circles, all in the
    song's own n-fold figure, so quiet openings and loud choruses read along the row."""
    a, b, salt = s.key
    count = 3 + (salt + a) % 2
    levels = sections(s, count)
    room = 1.0 - s.band
    gap = 0.05
    weights = (
        0.3 + 0.7 * levels**1.3
    )  # the loudest section's plate two or three times the quietest's
    widths = weights / weights.sum() * (0.94 - gap * (count - 1))
    widths = np.minimum(widths, room - 0.08)
    span = float(widths.sum() + gap * (count - 1))
    left = 0.5 - span / 2
    base = min(0.97, s.band + 0.04 + (room - 0.04 + float(widths.max())) / 2)
    n = 5 + (a + salt) % 4
    axis = _axis()
    wave = np.zeros((RES, RES), F32)
    on = np.zeros((RES, RES), F32)
    width = np.full((RES, RES), F32(2.0))
    x = left
    boxes = []
    for i, (w, level) in enumerate(zip(widths, levels, strict=True)):
        half = float(w) / 2
        cx, cy_ = x + half, base - half
        if s.column:
            cx, cy_ = 0.4 + 0.6 * (i + 0.5) / count, 0.5
        x += float(w) + gap
        u, v = ((axis - F32(cx)) / F32(half))[None, :], ((axis - F32(cy_)) / F32(half))[:, None]
        r, theta = np.hypot(u, v), np.arctan2(v, u) + F32(s.turn + i * 0.4)
        inside = r < 1.02
        rings = 1 + round(3 * float(level))  # a quiet section's plate rings open
        k = float(np.mean(plate_modes.bessel_zeros(n, rings + 1)[-2:]))
        figure = _rosette(n, k, r, theta, 0.45 + 0.2 * float(level))
        wave = np.where(inside, figure, wave)
        width = np.where(inside, F32(LINE * 1.7 * half * RES), width)
        on = np.maximum(on, np.clip((1.0 - r) * F32(half * RES) + F32(0.5), 0.0, 1.0))
        boxes.append((cx - half, cy_ - half, cx + half, cy_ + half))
    density = relief.ridges(wave, width) * (on > 0.99)
    height = relief.heap(density, int(s.rng.integers(1 << 30)), 0.4 if s.stark else 0.7)
    loudest = boxes[int(np.argmax(levels))]
    glow = relief.pool(RES, (loudest[0] + loudest[2]) / 2, base - 0.2, 0.45) * _calm(s)
    glow = F32(0.95) + F32(0.05) * glow if _bright(s) else F32(0.35) + F32(0.65) * glow
    light = relief.Light(float(-np.pi / 2 - 0.5), glow, 0.5 if _bright(s) else 1.0, 0.4)
    _print(s, relief.photograph(height, on.astype(F32), light, scenes.brass(s), s.inks.sheen))
    x0, y0 = min(bx[0] for bx in boxes), min(bx[1] for bx in boxes)
    x1, y1 = max(bx[2] for bx in boxes), max(bx[3] for bx in boxes)
    return cy.focal(s, (x0, y0, x1, y1))
