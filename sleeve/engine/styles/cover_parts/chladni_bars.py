"""Chladni's bars: a long plate (Chladni rang bars and strips as well as squares and
discs) running through the whole cover, edge to edge, its sand a chain of the square
figure's cells along it. Drawn with the title's band at the top (the style flips and
mirrors the sheet afterwards), each keeps that band quiet and returns its focal box:

- frieze: one level bar across the cover under the title, its height and its place
  the song's;
- sash: one bar crossing the cover on a slant, rising to one side, cut by both edges.

A band and a slant read at 64 px where every round plate read as the same disc.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import compose, signals
from sleeve.engine.styles.cover_parts import chladni_cymatics as cy
from sleeve.engine.styles.cover_parts.chladni_layouts import Sheet

F32 = np.float32
BAR_LINE = 0.024  # a bar's sand line half width, in the bar's half heights
SWEEP = 1.0  # the loudest stretch rings at LOW + SWEEP times the bar's own numbers
LOW = 0.8  # the quietest stretch rings this much of them: big open knots


def _figure(a: int, b: int, salt: int, detail: int) -> cy.Figure:
    """A bar's figure: two square pairs of even numbers, coarser than the whole plate's
    (the bar is a third as tall), so each cell of the chain reads as one knot of sand;
    the second of other numbers and the other sign, rung weaker."""
    n = 2 + 2 * ((a + salt) % 2) + 2 * (detail // 2)
    m = n + 2 + 2 * ((b + salt // 3) % 2)
    sign = 1.0 if (a + b + salt) % 2 else -1.0
    weight = 0.35 + 0.1 * ((salt // 11) % 3)
    return cy.Figure(False, ((n, m, sign), (n + 2 * (1 + salt % 2), m + 2, -sign * weight)))


def _bar(s: Sheet, cx: float, cy_: float, half: float, angle: float, span: float) -> None:
    """Lay one bar of half height `half` through (cx, cy_) at `angle` (radians, the
    bar rising to the right for a positive angle), long enough to pass both edges;
    `span` is its length in the picture. The bar is the song's timeline, as a sweep on
    a real plate: where the song is loud the plate rings higher, its cells smaller and
    the sand denser; where it is quiet, big open knots and fewer grains."""
    res = min(s.work, cy.RES)
    axis = (np.arange(res, dtype=F32) + F32(0.5)) / F32(res)
    dx, dy = (axis - F32(cx))[None, :], (axis - F32(cy_))[:, None]
    c, sn = F32(np.cos(angle)), F32(np.sin(angle))
    u = (dx * c - dy * sn) / F32(half)  # along the bar, in half heights
    v = (dx * sn + dy * c) / F32(half)  # across it
    reach = 0.5 * span / half + 2.0
    along = np.linspace(-reach, reach, 1024)
    when = np.clip(along * half / span + 0.5, 0.0, 1.0)
    curve = signals.smooth(signals.energy(s.direction, 96), 6)
    pitch = LOW + SWEEP * np.interp(when, np.linspace(0.0, 1.0, 96), curve)
    phase = np.concatenate([[0.0], np.cumsum(0.5 * (pitch[1:] + pitch[:-1]) * np.diff(along))])
    phase -= np.interp(0.0, along, phase)
    swept = np.interp(u, along, phase).astype(F32)
    tight = np.interp(u, along, pitch).astype(F32)
    figure = _figure(*s.key, s.detail(2))
    w = cy.wave(figure, swept, v * tight)
    half_px = half * res
    on = np.clip((1.0 - np.abs(v)) * F32(half_px) + F32(0.5), 0.0, 1.0).astype(F32)
    seed = int(s.rng.integers(1 << 30))
    laid = cy.sand(w, half_px / tight.mean(), seed, BAR_LINE)
    loud = (tight - F32(LOW)) / F32(SWEEP)
    keep = (
        np.random.default_rng(seed + 1).random(laid.shape, dtype=F32) < F32(0.6) + F32(0.4) * loud
    )
    cy.print_plate(s, on, laid * keep * (on > 0.99))


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
    if s.column:  # beside the columns: steeper, rising through the right
        angle = float(np.radians(62.0))
        _bar(s, 0.72, 0.5, half, angle, 1.0 / np.sin(angle))
        return cy.focal(s, (0.4, 0.0, 1.0, 1.0))
    rise = 0.5 * np.tan(angle)  # the axis's rise from the cover's centre to its right edge
    lift = half / np.cos(angle) + rise  # the upper edge above the centre at the right edge
    low, high = s.band + 0.05 + lift, 0.97 - rise
    centre = float(s.rng.uniform(low, max(low, high)))
    _bar(s, 0.5, centre, half, angle, 1.0 / np.cos(angle))
    return cy.focal(s, (0.0, centre - lift, 1.0, min(1.0, centre + lift)))
