"""Chladni's bars: a long plate (Chladni rang bars and strips as well as squares and
discs) running through the whole cover, edge to edge, its sand a chain of the square
figure's cells along it. The bar is the song's timeline: along it the plate sweeps with
the energy curve, big open knots where the song is quiet, small dense cells where it is
loud, so the loud stretch shows where it falls. Drawn with the title's band at the top
(the style flips and mirrors the sheet afterwards), each keeps that band quiet and
returns its focal box:

- frieze: one level bar across the cover under the title, its height and its place
  the song's;
- sash: one bar crossing the cover on a slant, rising to one side, cut by both edges.

A band and a slant read at 64 px where every round plate read as the same disc.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from sleeve.engine import compose, signals
from sleeve.engine.styles.cover_parts import chladni_cymatics as cy
from sleeve.engine.styles.cover_parts.chladni_layouts import Sheet

F32 = np.float32
BAR_LINE = 0.024  # a bar's sand line half width, in the bar's half heights
SWEEP = 1.1  # the loudest stretch rings at LOW + SWEEP times the bar's own numbers
LOW = 0.7  # the quietest stretch rings this much of them: big open knots


def _figure(a: int, b: int, salt: int) -> cy.Figure:
    """A bar's figure: two square pairs, coarser than the whole plate's (the bar is a
    third as tall), so each cell of the chain reads as one knot of sand, never 2 by 4
    (a cross and a ring: noughts and crosses); the second of other numbers and the
    other sign, rung weaker. (The song's loudness tightens it along the bar, see _bar.)"""
    n = 3 + (a + salt) % 3
    m = n + 2 + (b + salt // 3) % 2
    sign = 1.0 if (a + b + salt) % 2 else -1.0
    weight = 0.35 + 0.1 * ((salt // 11) % 3)
    return cy.Figure(False, ((n, m, sign), (n + 2 + salt % 2, m + 1, -sign * weight)))


def _bar(s: Sheet, cx: float, cy_: float, half: float, angle: float, span: float) -> None:
    """Lay one bar of half height `half` through (cx, cy_) at `angle` (radians, the
    bar rising to the right for a positive angle), long enough to pass both edges;
    `span` is its length in the picture. The bar is the song's timeline, as a sweep on
    a real plate: where the song is loud the plate rings higher, its cells smaller and
    the sand denser; where it is quiet, big open knots and fewer grains. The bar is
    laid level in its own strip (only its own pixels), then turned onto the cover."""
    res = min(s.work, cy.RES)
    half_px = half * res
    wide, tall = int(np.ceil((span + 2 * half + 0.06) * res)), int(np.ceil(2 * half_px)) + 4
    u = ((np.arange(wide, dtype=F32) + F32(0.5) - F32(wide / 2)) / F32(half_px))[None, :]
    v = ((np.arange(tall, dtype=F32) + F32(0.5) - F32(tall / 2)) / F32(half_px))[:, None]
    when = np.clip(u * F32(half / span) + F32(0.5), 0.0, 1.0)
    curve = signals.smooth(signals.energy(s.direction, 96), 6)
    pitch = (LOW + SWEEP * np.interp(when, np.linspace(0.0, 1.0, 96), curve)).astype(F32)
    step = np.diff(u[0], prepend=u[0, 0])
    swept = np.cumsum(0.5 * (pitch[0] + np.roll(pitch[0], 1)) * step).astype(F32)[None, :]
    swept -= F32(np.interp(0.0, u[0], swept[0]))  # the figure's centre at the bar's
    w = cy.wave(_figure(*s.key), swept, v * pitch)
    inner = np.abs(v) < F32(1.0 - 0.5 / half_px)  # sand only on the plate, not its rim
    seed = int(s.rng.integers(1 << 30))
    laid = cy.sand(w, half_px / float(pitch.mean()), seed, BAR_LINE)
    loud = (pitch - F32(LOW)) / F32(SWEEP)
    keep = np.random.default_rng(seed + 1).random(w.shape, dtype=F32) < F32(0.5) + F32(0.45) * loud
    strip = Image.fromarray((laid * keep * inner * F32(255)).astype(np.uint8), "L")
    strip = strip.rotate(np.degrees(angle), Image.Resampling.NEAREST, expand=True)
    grains = Image.new("L", (res, res), 0)
    grains.paste(strip, (round(cx * res - strip.size[0] / 2), round(cy_ * res - strip.size[1] / 2)))
    # the plate itself straight on the cover: its across coordinate from every pixel
    axis = (np.arange(res, dtype=F32) + F32(0.5)) / F32(res)
    sin, cos = F32(np.sin(angle)), F32(np.cos(angle))
    across = (axis - F32(cx))[None, :] * sin + (axis - F32(cy_))[:, None] * cos
    plate = np.clip((F32(half) - np.abs(across)) * F32(res) + F32(0.5), 0.0, 1.0)
    cy.print_plate(s, plate, np.asarray(grains, F32) / F32(255))


def frieze(s: Sheet) -> compose.Box:
    """One level bar across the whole cover under the title's band: tall or slim, high
    or low by the seed, a chain of the figure's cells along it."""
    half = float(s.rng.uniform(0.15, 0.22))
    low, high = s.band + 0.08 + half, 0.91 - half
    centre = float(s.rng.uniform(low, max(low, high)))
    if s.column:  # beside the columns: a standing bar
        x = float(s.rng.uniform(0.6, 0.78))
        _bar(s, x, 0.5, half, np.pi / 2, 1.0)
        return cy.focal(s, (x - half, 0.0, x + half, 1.0))
    _bar(s, 0.5, centre, half, 0.0, 1.0)
    return cy.focal(s, (0.0, centre - half, 1.0, centre + half))


def sash(s: Sheet) -> compose.Box:
    """One bar crossing the cover on a slant (up to 18..30 degrees, less under a deep
    title), rising to the right, its upper edge clear of the title's band and its axis
    inside the cover at both edges, high or low by the seed."""
    half = float(s.rng.uniform(0.14, 0.19))
    steepest = np.arctan(max(0.14, 0.9 - s.band - 1.06 * half))  # room under the title
    angle = min(float(np.radians(s.rng.uniform(18.0, 30.0))), float(steepest))
    if s.column:  # beside the columns: steep, rising through the right, clear of them
        angle = float(np.radians(72.0))
        _bar(s, 0.74, 0.5, half, angle, 1.0 / np.sin(angle))
        return cy.focal(s, (0.4, 0.0, 1.0, 1.0))
    rise = 0.5 * np.tan(angle)  # the axis's rise from the cover's centre to its right edge
    lift = half / np.cos(angle) + rise  # the upper edge above the centre at the right edge
    low, high = s.band + 0.05 + lift, 0.97 - rise
    centre = float(s.rng.uniform(low, max(low, high)))
    _bar(s, 0.5, centre, half, angle, 1.0 / np.cos(angle))
    return cy.focal(s, (0.0, centre - lift, 1.0, min(1.0, centre + lift)))
