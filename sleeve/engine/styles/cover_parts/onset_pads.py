"""The onset grid's two hardware prints: the song's onsets (bars x 16 sixteenths, 0..1)
drawn as one instrument, set big, cropped by the frame and kept out of the title's
band. Each returns the focal box it drew in (fractions).

- pads: a drum machine's 4 x 4 pad grid, a pad a sixteenth of the busiest bar, every
  pad outlined, a played pad lit as big as its hit with a gloss across its top, the
  downbeat in the accent; run off the frame's far edge;
- loop: a circular step sequencer, a ring of 16 arc steps per bar, a played step
  filled out from its ring as far as its hit, a hub and a playhead over the
  downbeat; set whole and big in the art's band."""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.cover_parts.onset_marks import REST, Sheet, busiest

Box = tuple[float, float, float, float]
GLOSS = (255, 255, 255)


def _rounded(x0: float, y0: float, x1: float, y1: float, r: float) -> np.ndarray:
    """A rounded rectangle's outline as (n, 2) points (fractions)."""
    r = min(r, (x1 - x0) / 2, (y1 - y0) / 2)
    corners = (
        (x1 - r, y0 + r, -90),
        (x1 - r, y1 - r, 0),
        (x0 + r, y1 - r, 90),
        (x0 + r, y0 + r, 180),
    )
    pts = []
    for cx, cy, start in corners:
        a = np.radians(start + np.linspace(0, 90, 5))
        pts.append(np.stack([cx + r * np.cos(a), cy + r * np.sin(a)], 1))
    return np.concatenate(pts)


def _pad(sheet: Sheet, x0: float, y0: float, x1: float, y1: float, v: float, step: int) -> None:
    """One pad: its rim in the ink; played, a face as big as the hit and a gloss."""
    side = x1 - x0
    sheet.poly(_rounded(x0, y0, x1, y1, 0.12 * side), sheet.ink)
    inner = 0.07 * side
    sheet.poly(_rounded(x0 + inner, y0 + inner, x1 - inner, y1 - inner, 0.1 * side), sheet.field)
    if v < REST:
        return
    inset = 0.5 * (1.0 - (0.4 + 0.48 * v)) * side
    a, b, c, d = x0 + inset, y0 + inset, x1 - inset, y1 - inset
    sheet.poly(_rounded(a, b, c, d, 0.1 * side), sheet.colour(step, v, sheet.mass))
    shine = 0.08 * (c - a)
    sheet.poly(_rounded(a + shine, b + shine, c - shine, b + 0.3 * (d - b), 0.06 * side), GLOSS, 70)


def pads(sheet: Sheet, hits: np.ndarray, energy: np.ndarray) -> Box:
    """A 4 x 4 pad grid, the busiest bar read left to right and down, cropped by the
    frame's far edge so it reads as a machine too big for the sleeve."""
    rng = sheet.rng
    y0, y1 = sheet.band
    depth = y1 - y0
    side = float(np.clip(depth * rng.uniform(1.05, 1.3), 0.66, 0.9))
    pitch = side / 4
    left = float(rng.uniform(0.04, max(0.05, 0.96 - side)))
    top = y0 + 0.04 if sheet.top else y1 - 0.04 - side
    bar = hits[busiest(hits, 1)]
    gap = 0.09 * pitch
    for step in range(16):
        r, c = divmod(step, 4)
        x, y = left + c * pitch, top + r * pitch
        _pad(sheet, x + gap, y + gap, x + pitch - gap, y + pitch - gap, float(bar[step]), step)
    return (0.0, y0, 1.0, y1)


def _sector(cx: float, cy: float, r0: float, r1: float, a0: float, a1: float) -> np.ndarray:
    """An arc step: the ring between radii r0 and r1 from angle a0 to a1 (points)."""
    a = np.linspace(a0, a1, 7)
    outer = np.stack([cx + r1 * np.cos(a), cy + r1 * np.sin(a)], 1)
    inner = np.stack([cx + r0 * np.cos(a[::-1]), cy + r0 * np.sin(a[::-1])], 1)
    return np.concatenate([outer, inner])


def loop(sheet: Sheet, hits: np.ndarray, energy: np.ndarray) -> Box:
    """Rings of 16 arc steps, a bar each from the middle out: a rest a thin arc, a
    hit filled out from its ring as far as it is hard; a hub and a playhead in the
    ink over the downbeat; the whole loop set big in the art's band."""
    rng = sheet.rng
    y0, y1 = sheet.band
    depth = y1 - y0
    radius = float(rng.uniform(0.54, 0.62)) * depth
    cx = float(rng.uniform(0.5, 0.6))
    cy = (y0 + y1) / 2 + (0.02 if sheet.top else -0.02)
    rings = int(rng.integers(3, 5))
    bars = np.roll(hits, -busiest(hits, rings), axis=0)
    hub = 0.28 * radius
    pitch = (radius - hub) / rings
    span = 2 * np.pi / 16
    for r in range(rings):
        base = hub + r * pitch
        bar = bars[r % len(bars)]
        for step in range(16):
            a0 = -np.pi / 2 + step * span + 0.06 * span
            a1 = a0 + 0.88 * span
            v = float(bar[step])
            reach = 0.14 if v < REST else 0.3 + 0.58 * v
            colour = sheet.ink if v < REST else sheet.colour(step, v, sheet.mass)
            sheet.poly(_sector(cx, cy, base + 0.06 * pitch, base + reach * pitch, a0, a1), colour)
    sheet.disc(cx, cy, 0.7 * hub, sheet.ink)
    head = np.array(
        [[cx - 0.012, cy], [cx + 0.012, cy], [cx + 0.004, cy - radius], [cx - 0.004, cy - radius]]
    )
    sheet.poly(head, sheet.ink)
    return (0.0, y0, 1.0, y1)
