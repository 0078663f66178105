"""The onset grid's two step-sequencer prints: the song's onsets (bars x 16 sixteenths,
0..1) drawn as one instrument, set big, cropped by the frame and kept out of the
title's band. Each returns the focal box it drew in (fractions).

- panel: a step sequencer's panel, the bar's 16 tall keys grouped in fours on a
  faceplate (two rows of eight, or one row under 120 BPM), an LED over each, a played
  key lit as big as its hit;
- loop: a circular step sequencer, a ring of 16 arc steps per bar, a played step
  filled out from its ring as far as its hit, a rest a dot, a hub and a playhead over the
  downbeat; set whole and big in the art's band."""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.cover_parts.onset_marks import REST, Sheet, busiest, typical

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


def _pad(sheet: Sheet, box: Box, v: float, step: int, on_plate: bool = False) -> None:
    """One pad or key: its rim in the ink (the field's on the panel's plate); played, a
    face as big as the hit (the mass colour, the field's on the plate) and a gloss."""
    x0, y0, x1, y1 = box
    rim, inside = (sheet.field, sheet.ink) if on_plate else (sheet.ink, sheet.field)
    side = min(x1 - x0, y1 - y0)
    sheet.poly(_rounded(x0, y0, x1, y1, 0.12 * side), rim)
    inner = 0.07 * side
    sheet.poly(_rounded(x0 + inner, y0 + inner, x1 - inner, y1 - inner, 0.1 * side), inside)
    if v < REST:
        return
    inset = 0.5 * (1.0 - (0.4 + 0.48 * v)) * side
    a, b, c, d = x0 + inset, y0 + inset, x1 - inset, y1 - inset
    face = sheet.colour(step, v, sheet.field if on_plate else sheet.mass)  # reads on the plate
    sheet.poly(_rounded(a, b, c, d, 0.1 * side), face)
    if on_plate and sum(face) < sum(sheet.ink):  # a dark key on a pale plate: no shine
        return
    shine = 0.08 * min(c - a, d - b)
    sheet.poly(_rounded(a + shine, b + shine, c - shine, b + 0.3 * (d - b), 0.06 * side), GLOSS, 70)


def panel(sheet: Sheet, hits: np.ndarray, energy: np.ndarray) -> Box:
    """A step sequencer's hardware panel: the typical bar's 16 step keys grouped in fours
    on a faceplate, an LED over each key lit as big as its hit; a song under 120 BPM
    gets one row of tall keys running off the side (a close look at the machine), a
    faster one two rows of eight."""
    rng = sheet.rng
    y0, y1 = sheet.band
    depth = y1 - y0
    rows = 1 if sheet.tempo < 120 else 2
    pitch = float(rng.uniform(0.125, 0.14) if rows == 1 else rng.uniform(0.118, 0.132))
    left = float(rng.uniform(0.03, 0.06))
    led = 0.05
    key_h = (depth - 0.11 - rows * led - 0.03 * (rows - 1)) / rows
    start = y0 + 0.06 if sheet.top else y0 + 0.03  # clear of a deep title's descenders
    plate = _rounded(left - 0.02, start - 0.03, 1.1, start + rows * (key_h + led) + 0.06, 0.03)
    sheet.poly(plate, sheet.ink)  # the machine's faceplate, running off the side
    bar = hits[typical(hits)]
    gap = 0.1 * pitch
    for step in range(16):
        row, col = divmod(step, 16 // rows)
        x = left + col * pitch + 0.35 * pitch * (col // 4)
        if x > 1.0:  # off the frame
            continue
        y = start + row * (key_h + led + 0.03)
        v = float(bar[step])
        if v >= REST:
            dot = sheet.colour(step, v, sheet.field)
            sheet.disc(x + pitch / 2, y + led / 2, 0.006 + 0.012 * v, dot)
        else:
            sheet.ring(x + pitch / 2, y + led / 2, 0.012, sheet.field, max(1.0, 0.004 * sheet.size))
        key = (x + gap / 2, y + led, x + pitch - gap / 2, y + led + key_h)
        _pad(sheet, key, v, step, on_plate=True)
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
    cx = float(rng.uniform(0.38, 0.46))  # the wheel's sits right of the middle
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
            if v < REST:  # a rest: a small dot where its step would light
                mid, at = base + 0.3 * pitch, (a0 + a1) / 2
                sheet.disc(cx + mid * np.cos(at), cy + mid * np.sin(at), 0.07 * pitch, sheet.ink)
                continue
            reach = 0.3 + 0.58 * v
            colour = sheet.colour(step, v, sheet.mass)
            sheet.poly(_sector(cx, cy, base + 0.06 * pitch, base + reach * pitch, a0, a1), colour)
    sheet.disc(cx, cy, 0.7 * hub, sheet.ink)
    head = np.array(
        [[cx - 0.012, cy], [cx + 0.012, cy], [cx + 0.004, cy - radius], [cx - 0.004, cy - radius]]
    )
    sheet.poly(head, sheet.ink)
    return (0.0, y0, 1.0, y1)
