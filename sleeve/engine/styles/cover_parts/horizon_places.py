"""The loudness horizon's places, keeping the title's band calm and returning their
honest focal box:

coast: a coast seen from above at night, the song its shoreline running the full
    height: dark water, a pale surf line and its faint echoes out to sea, the land on
    the right, the song's onsets the lit towns along the shore;
lone: one odd thing (a house, a pole on its wire, a boat), big enough to read in a
    thumbnail and dark against a graded sky, on a wide horizon that the song barely
    lifts, where the song is loudest; mist on the horizon, furrowed ground or glinting
    water.
"""

from __future__ import annotations

import dataclasses

import numpy as np

from sleeve.engine import signals
from sleeve.engine.color import mix
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.horizon_forms import (
    CALM_TOP,
    XS,
    frame_of,
    loudest,
    ridge,
)
from sleeve.engine.styles.cover_parts.horizon_inks import Inks
from sleeve.engine.styles.cover_parts.horizon_sheet import Sheet

THINGS = ("house", "pole", "boat")


def coast(d: ArtDirection, rng: np.random.Generator, s: Sheet, ink: Inks, band: str) -> Box:
    """Drawn lying down (the shore a crest, the land under it) and stood up: the song
    from the bottom of the cover to its top, the land to the right."""
    f = frame_of(d, rng)
    h = ridge(d, (0.0, 1.0), round(8 + 10 * (1.0 - d.turbulence)), 14, 1.1)
    shore = 0.8 + 0.06 * f.high - (0.3 + 0.14 * f.scale) * h
    # lying x is the standing cover's height from the bottom: the title's rows are open
    # water, the shore kept right of a left-set title there
    rows = 1.0 - XS
    title = rows < CALM_TOP + 0.06 if band == "top" else rows > 1.0 - CALM_TOP - 0.06
    wiggle = 0.72 + 0.5 * (shore - shore.min()) * (shore > shore.min())
    shore = signals.smooth(np.where(title, np.maximum(shore, wiggle), shore), 10, "edge")
    land = ink.mid if ink.dark else ink.mass
    # the shelf: the sea paling in flat steps towards the shore, weight, not lines
    for k, off in enumerate((0.1, 0.045)):
        shelf = shore - off - 0.006 * np.sin(XS * (7 + 4 * k) + k)
        s.land(shelf, mix(ink.field, ink.mid, 0.3 + 0.3 * k), shore)
    for k, off in enumerate((0.075, 0.022)):  # the swell's lines out at sea
        s.stroke(shore - off - 0.004 * np.sin(XS * (9 + 3 * k) + k), 0.0016, ink.mid)
    s.land(shore, land)
    s.stroke(shore - 0.004, 0.004, ink.mass if ink.dark else ink.mid)
    hits = signals.resample(signals.onsets(d, 96), len(XS))
    for i in np.flatnonzero(hits > np.percentile(hits, 70)):
        if title[i] or rng.random() < 0.4:
            continue
        for _ in range(1 + int(3 * hits[i] * rng.random())):  # a town: a few lamps
            s.dot(
                float(XS[i]) + rng.uniform(-0.01, 0.01),
                float(shore[i]) + rng.uniform(0.012, 0.06),
                rng.uniform(0.0025, 0.0045),
                ink.accent,
            )
    s.turned()
    free = (0.0, 1.0 - CALM_TOP) if band == "bottom" else (CALM_TOP, 1.0)
    return (float(shore.min()) - 0.09, free[0], 1.0, free[1])


def _house(s: Sheet, x: float, y: float, size: float, ink: Inks) -> float:
    """A small gabled house standing on (x, y); returns its top."""
    w, wall = size, size * 0.62
    s.polygon(
        [x - w / 2, x + w / 2, x + w / 2, x - w / 2],
        [y - wall, y - wall, y + 0.004, y + 0.004],
        ink.mass,
    )
    roof = y - wall - size * 0.5
    s.polygon([x - w * 0.58, x, x + w * 0.58], [y - wall + 0.001, roof, y - wall + 0.001], ink.mass)
    win = size * 0.16
    wx, wy = x + w * 0.12, y - wall * 0.62
    s.polygon([wx, wx + win, wx + win, wx], [wy, wy, wy + win, wy + win], ink.accent)
    return roof


def _pole(s: Sheet, x: float, y: float, size: float, ink: Inks, left: bool) -> float:
    """A telegraph pole on (x, y), its wire sagging away to the frame's edge."""
    tall, w = size * 2.4, max(0.003, size * 0.07)
    top = y - tall
    s.polygon(
        [x - w / 2, x + w / 2, x + w / 2, x - w / 2], [top, top, y + 0.004, y + 0.004], ink.mass
    )
    arm = size * 0.45
    s.polygon(
        [x - arm, x + arm, x + arm, x - arm],
        [top + 0.01, top + 0.01, top + 0.015, top + 0.015],
        ink.mass,
    )
    end = 0.0 if left else 1.0
    sag = np.clip((XS - x) / (end - x), 0.0, 1.0) if end != x else np.zeros_like(XS)
    wire = top + 0.0125 + size * 0.5 * np.sin(np.pi * sag) * 0.6 + sag * 0.03
    on = (x >= XS) if left else (x <= XS)
    s.stroke(np.where(on, wire, np.nan), 0.003, ink.mass)
    s.dot(x + (arm if left else -arm), top + 0.008, 0.0035, ink.accent)
    return top


def _boat(s: Sheet, x: float, y: float, size: float, ink: Inks) -> float:
    """A small sailing boat afloat on (x, y): a hull, a mast and its sail."""
    w = size * 1.1
    s.polygon(
        [x - w / 2, x + w / 2, x + w * 0.36, x - w * 0.38],
        [y - size * 0.16, y - size * 0.16, y + size * 0.08, y + size * 0.08],
        ink.mass,
    )
    mast = y - size * 1.5
    s.polygon(
        [x + 0.002, x + 0.002, x + w * 0.42], [mast, y - size * 0.22, y - size * 0.22], ink.accent
    )
    s.polygon(
        [x - 0.0015, x - 0.002, x - w * 0.3],
        [mast + size * 0.2, y - size * 0.22, y - size * 0.22],
        ink.mass,
    )
    return mast


def lone(d: ArtDirection, rng: np.random.Generator, s: Sheet, ink: Inks, band: str) -> Box:
    """A wide horizon the song barely lifts under a graded sky, one odd thing on it
    where the song is loudest, big enough to read in a thumbnail and dark against the
    light; mist lying along the horizon, the near ground furrowed (or still water
    with glints under a boat)."""
    f = frame_of(d, rng)
    thing = THINGS[int(rng.integers(len(THINGS)))]
    if band == "top":
        horizon = 0.64 + 0.1 * (1.0 - f.high)
        sky_top, floor = CALM_TOP, 1.0
    else:
        horizon = 0.36 + 0.06 * f.high
        sky_top, floor = 0.0, 1.0 - CALM_TOP - 0.02
    h = ridge(d, (0.0, 1.0), 16, 16, 1.0)
    at = 0.22 + 0.56 * loudest(d)  # kept off the frame's edges
    if not f.left:
        h, at = h[::-1], 1.0 - at
    if ink.dark:  # dusk: the sky brightens to the horizon, the land and thing are night
        glow, land = mix(ink.mid, ink.mass, 0.35), mix(ink.field, (0, 0, 0), 0.5)
    else:  # day haze: the sky dims to the horizon, the land and thing the dark ink
        glow, land = mix(ink.field, ink.mid, 0.75), ink.mass
    s.fog(sky_top, horizon, glow, 0.95)
    boat = thing == "boat"
    crest = np.full_like(XS, horizon) if boat else horizon - (0.01 + 0.025 * f.scale) * h
    ground = mix(land, glow, 0.3) if boat else land
    s.land(crest, ground, 1.0)
    furrow = mix(land, glow, 0.22)
    if boat:  # the still water: the sky's light on it near the horizon, glints nearer
        s.fog(horizon, min(floor, horizon + 0.2), glow, 0.6, down=True)
        for _ in range(8 + int(10 * d.energy)):
            t = float(rng.random())
            y = horizon + 0.01 + (floor - horizon - 0.03) * t**0.8
            x0 = float(rng.uniform(-0.1, 0.95))
            x1 = x0 + 0.04 + 0.25 * t * float(rng.random())
            w = 0.002 + 0.002 * t
            s.polygon([x0, x1, x1, x0], [y, y, y + w, y + w], glow)
    else:  # furrows running off to the horizon, wider apart nearer
        y, gap = horizon + 0.012, 0.008
        while y < floor - 0.02:
            s.stroke(crest + (y - horizon), 0.0015 + gap * 0.12, furrow)
            y += gap
            gap *= 1.3
    s.fog(horizon - 0.025, horizon + 0.07, glow, 0.55)  # mist lying on the horizon
    s.fog(horizon + 0.02, horizon + 0.1, glow, 0.5, down=True)
    y = float(np.interp(at, XS, crest))
    reach = {"house": 1.15, "pole": 1.95, "boat": 1.55}[thing]  # its height per size
    ceiling = (CALM_TOP + 0.03) if band == "top" else 0.04
    size = min(0.15 + 0.07 * f.scale, (y - ceiling) / reach)
    silhouette = dataclasses.replace(ink, mass=land)
    if thing == "house":
        top = _house(s, at, y, size, silhouette)
    elif thing == "pole":
        top = _pole(s, at, y, size * 0.8, silhouette, at > 0.5)
    else:
        top = _boat(s, at, y + 0.01, size, silhouette)
    pad = 0.05
    return (at - size - pad, top - pad, at + size + pad, min(floor, y + 0.12))
