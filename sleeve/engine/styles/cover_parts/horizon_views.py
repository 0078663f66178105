"""The loudness horizon's wide views, each the song's loudness as one landform in a
few flat inks, keeping the title's band ('top' or 'bottom') calm and returning its
honest focal box:

still: a far shore on still water under a graded sky, low under the sky (or high
    over a lake), a pale far range the whole song and a dark near headland its loudest
    stretch, mist at their foot, both mirrored in the water, broken by level glints (a
    small sun over it only for a title naming the sun);
peak: the song as one huge cropped mountain or dune filling the lower two thirds, a
    paler range behind it, no sky object at all (snow on its head for a title naming
    snow);
lines: mountain ranges as flat layered silhouettes in atmospheric perspective under a
    graded sky, pale far ranges to a dark near one whose crest is the whole song, mist
    in each valley and a thin bright rim on every crest (one in the accent).
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import signals
from sleeve.engine.color import mix
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.horizon_forms import (
    CALM_TOP,
    XS,
    calm,
    curve,
    frame_of,
    ridge,
    stretch,
)
from sleeve.engine.styles.cover_parts.horizon_inks import Inks
from sleeve.engine.styles.cover_parts.horizon_sheet import Sheet
from sleeve.engine.styles.cover_parts.title_words import motifs

HAIR = 0.0022  # the horizon's hairline, a fraction of the side
SUN = 0.026  # a named sun's radius: small, never a halo


def _on(crest: np.ndarray, a: float, b: float, horizon: float) -> np.ndarray:
    """An edge that is `crest` between a and b (tapering into the water at an end
    inside the frame) and the horizon elsewhere."""
    taper = np.ones_like(XS)
    if a > 0.0:
        taper *= np.clip((XS - a) / 0.09, 0.0, 1.0) ** 0.7
    if b < 1.0:
        taper *= np.clip((b - XS) / 0.09, 0.0, 1.0) ** 0.7
    return horizon - (horizon - crest) * taper


def _glints(
    s: Sheet, rng: np.random.Generator, top: float, foot: float, colour: RGB, count: int
) -> None:
    """Short level glints on still water between `top` and `foot`, longer and wider
    apart nearer the viewer."""
    for _ in range(count):
        t = float(rng.random())
        y = top + (foot - top) * t**0.8
        x0 = float(rng.uniform(-0.1, 0.95))
        x1 = x0 + 0.03 + 0.22 * t * float(rng.random())
        w = 0.0018 + 0.002 * t
        s.polygon([x0, x1, x1, x0], [y, y, y + w, y + w], colour)


def still(d: ArtDirection, rng: np.random.Generator, s: Sheet, ink: Inks, band: str) -> Box:
    """A far shore on still water under a graded sky: a pale far range the whole
    song, a darker near headland the loudest stretch, mist at their foot, both
    mirrored in water that holds the sky's light, broken by level glints."""
    f = frame_of(d, rng)
    # low under a big sky (the title small in the sky), or high over a big lake
    if band == "top":
        horizon = 0.62 + 0.08 * (1.0 - f.high)
        room, floor = horizon - CALM_TOP - 0.03, 1.0
    else:
        horizon = 0.3 + 0.05 * f.high
        room, floor = horizon - 0.04, 1.0 - CALM_TOP - 0.02
    span = rng.uniform(0.55, 0.9)
    a, b = (0.0, span) if f.left else (1.0 - span, 1.0)
    if rng.random() < 0.3:  # an island out on the water, clear of both edges
        a = rng.uniform(0.06, 1.0 - span * 0.85 - 0.06)
        b = a + span * 0.85
    h = ridge(d, (0.0, 1.0), 14, 14, 1.1 + 0.3 * f.scale)
    if not f.left:
        h = h[::-1]
    far_h = calm(curve(d, stretch(d, rng, 0.6, 0.9), 10, 12), 6)
    tall = min(room, 0.1 + 0.08 * f.scale + 0.04 * f.high)
    song = np.interp((XS - a) / (b - a), XS, h)
    crest = _on(horizon - tall * (0.35 + 0.65 * song), a, b, horizon)
    far = horizon - tall * (0.25 + 0.3 * far_h)
    if ink.dark:  # dusk: the sky brightens to the horizon, the land is the night
        glow, land = mix(ink.mid, ink.mass, 0.2), mix(ink.field, (0, 0, 0), 0.45)
        distant = mix(ink.mid, ink.field, 0.25)
    else:  # day haze: the sky dims to the horizon, the land ink
        glow, land, distant = mix(ink.field, ink.mid, 0.7), ink.mass, mix(ink.mid, ink.mass, 0.2)
    sky_top = CALM_TOP if band == "top" else 0.0
    s.fog(sky_top, horizon, glow, 0.9)
    water = mix(glow, ink.field, 0.35)
    deep = ink.field if ink.dark else mix(ink.mid, ink.mass, 0.3)
    s.band(horizon, floor, water)
    s.fog(horizon, floor, deep, 0.75)
    s.band(floor, 1.0, mix(water, deep, 0.75))  # under a bottom title: the near water, even
    s.land(far, distant, horizon)
    s.fog(float(far.min()), horizon, glow, 0.45)
    s.land(crest, land, horizon)
    s.fog(horizon - tall * 0.3, horizon, glow, 0.55)  # mist at the shore's foot
    depth = min(tall * 0.95, floor - horizon - 0.03)
    mirror_far = horizon + (horizon - far) * depth / tall
    mirror = horizon + (horizon - crest) * depth / tall
    s.land(np.full_like(XS, horizon), mix(distant, water, 0.35), mirror_far)
    s.land(np.full_like(XS, horizon), mix(land, water, 0.4), mirror)
    y, gap = horizon + 0.006, 0.004
    while y < horizon + depth:  # the water's stillness: thin breaks, wider below
        s.band(y, y + 0.0016 + gap * 0.25, water)
        y += gap + 0.006
        gap *= 1.25
    _glints(s, rng, horizon + 0.01, floor - 0.02, glow, 10 + int(14 * d.energy))
    s.stroke(np.full_like(XS, horizon), HAIR, glow)
    top = float(crest.min())
    if "sun" in motifs(d.title):
        sx = float(np.clip(a + (b - a) * rng.uniform(0.2, 0.8), 0.15, 0.85))
        sy = top - rng.uniform(0.04, 0.08)
        if band == "top":
            sy = max(sy, CALM_TOP + SUN + 0.01)
        s.dot(sx, sy, SUN, ink.accent)
        for k in range(4):  # its track on the water
            w = SUN * (1.0 - 0.2 * k)
            s.polygon(
                [sx - w, sx + w, sx + w, sx - w],
                [*(2 * [horizon + 0.01 + 0.012 * k])] + [*(2 * [horizon + 0.014 + 0.012 * k])],
                ink.accent,
            )
        top = min(top, sy - SUN)
    elif rng.random() < 0.5:  # one lamp on the shore and its line on the water
        lx = float(np.clip(a + (b - a) * rng.uniform(0.15, 0.85), 0.06, 0.94))
        s.dot(lx, horizon - 0.008, 0.006, ink.accent)
        s.polygon(
            [lx - 0.002, lx + 0.002, lx + 0.002, lx - 0.002],
            [horizon + 0.004, horizon + 0.004, horizon + 0.07, horizon + 0.07],
            ink.accent,
        )
    return (0.0, top - 0.04, 1.0, min(floor, horizon + depth + 0.04))


def peak(d: ArtDirection, rng: np.random.Generator, s: Sheet, ink: Inks, band: str) -> Box:
    """One huge cropped mountain (a turbulent song) or dune (a calm one) filling the
    lower two thirds, its flanks as long as the song builds and fades, its ridge the
    song's loudness; a paler range behind. On a dark cover the land is the night and
    the sky the paler ink."""
    f = frame_of(d, rng)
    calmness = 1.0 - float(np.clip(d.turbulence, 0.0, 1.0))
    song = signals.smooth(signals.energy(d, 64), 3)
    build = float(np.clip(np.argmax(song) / 63.0, 0.2, 0.8))
    at = rng.uniform(0.56, 0.7) if f.left else rng.uniform(0.3, 0.44)
    reach = 0.55 + 0.35 * calmness  # the flanks run off the frame
    dist = np.where(
        at > XS,
        (at - XS) / (reach * (0.6 + 0.8 * build)),
        (XS - at) / (reach * (1.4 - 0.8 * build)),
    )
    env = np.clip(1.0 - dist, 0.0, 1.0) ** (0.9 + 0.8 * calmness)
    detail = ridge(d, stretch(d, rng, 0.3, 0.5), 8, 10, 1.2)
    summit = (CALM_TOP + 0.04 if band == "top" else 0.16) + 0.08 * (1.0 - f.high)
    # under a bottom title the mountain's foot is solid: the title sits on one ink
    valley = (0.8 if band == "top" else 0.56) + 0.06 * f.scale
    crest = valley - (valley - summit) * env * (0.8 + 0.2 * detail)
    far = ridge(d, (0.0, 1.0), 12, 14, 1.3)
    back = summit + 0.1 + 0.22 * (1.0 - far)
    if ink.dark:
        sky, land = mix(ink.mid, ink.mass, 0.22), ink.field  # a dusk sky over night land
        behind = mix(ink.mid, ink.field, 0.35)
    else:
        sky, behind, land = ink.field, ink.mid, ink.mass
    s.band(0.0, 1.0, sky)
    s.land(back, behind)
    s.fog(float(back.min()) + 0.02, valley + 0.1, sky, 0.7)
    s.land(crest, land)
    if "snow" in motifs(d.title):
        rag = calm(curve(d, stretch(d, rng, 0.2, 0.4), 3, 4), 2)
        line = float(crest.min()) + (valley - float(crest.min())) * 0.3 + 0.05 * (rag - 0.5)
        s.land(crest, ink.mass if ink.dark else ink.mid, np.maximum(line, crest))
    return (0.0, float(crest.min()) - 0.03, 1.0, 1.0)


def _jag(rng: np.random.Generator, rough: float) -> np.ndarray:
    """A seeded ridge line of straight flanks between random summits (0..1): two
    octaves of random heights joined by straight lines, the rock a song's curve lacks."""
    out = np.zeros_like(XS)
    for knots, amp in ((9, 1.0), (23, 0.45 * rough)):
        at = np.linspace(-0.05, 1.05, knots)
        out += amp * np.interp(XS, at, rng.random(knots))
    return (out - out.min()) / max(float(np.ptp(out)), 1e-6)


def lines(d: ArtDirection, rng: np.random.Generator, s: Sheet, ink: Inks, band: str) -> Box:
    """Ranges far to near as flat layered silhouettes in atmospheric perspective, a
    mountain print: under a graded sky each range one flat tone, the far ones pale
    into the air, the nearest the darkest and its crest the whole song; mist lying in
    each valley, a thin bright rim catching every crest (one in the accent)."""
    f = frame_of(d, rng)
    count = 4 + int(round(f.pace))
    if band == "top":
        sky_top, first, foot = CALM_TOP, CALM_TOP + 0.14 + 0.06 * (1.0 - f.high), 0.86
    else:
        sky_top, first, foot = 0.0, 0.16 + 0.06 * (1.0 - f.high), 1.0 - CALM_TOP - 0.02
    bases = first + (foot - first) * np.linspace(0.0, 1.0, count) ** 1.35
    step = (foot - first) / (count - 1)
    if ink.dark:  # dusk: the sky brightens to the horizon, the near land is the night
        glow, near = mix(ink.mid, ink.mass, 0.3), mix(ink.field, (0, 0, 0), 0.55)
        far, rim = mix(glow, near, 0.4), mix(ink.mass, ink.mid, 0.15)
    else:  # day haze: the far ranges pale into the sky, the near one the dark ink
        glow, near = mix(ink.field, ink.mid, 0.55), ink.mass
        far, rim = mix(ink.mid, ink.field, 0.2), ink.field
    accent = int(rng.integers(1, count - 1))
    edges = []
    for i in range(count):
        t = i / (count - 1)
        near_one = i == count - 1  # the nearest range: the whole song
        window = (0.0, 1.0) if near_one else stretch(d, rng, 0.35 + 0.3 * t, 0.55 + 0.3 * t)
        h = ridge(d, window, 14 if near_one else 24, 16, 1.5 + 0.5 * f.scale)
        if (i % 2 == 1) ^ f.left ^ (count % 2 == 0):
            h = h[::-1]
        rock = 0.28 if near_one else 0.6  # the far ranges mostly rock, the near the song
        h = (1.0 - rock) * h + rock * _jag(rng, 0.6 + 0.4 * f.scale)  # peaks, not hills
        tall = step * (1.6 + 1.0 * f.scale) * (0.8 + 0.5 * t)
        if near_one:  # clear of a bottom title, tall enough to hold the frame
            tall = min(tall * 1.2, bases[i] - first + 0.02)
        edges.append(bases[i] - 0.01 - tall * (0.15 + 0.85 * h))
    edges[-1] = np.minimum(edges[-1], foot - 0.04)
    top = float(min(e.min() for e in edges))
    s.fog(sky_top, float(bases[1]), glow, 0.95)  # the sky: paper above, the haze low
    for i, edge in enumerate(edges):
        t = i / (count - 1)
        tone = mix(far, near, t**1.5)
        s.land(edge, tone, 1.0)
        # a thin rim of light on the crest, faint on the far ranges
        lit = ink.accent if i == accent else mix(tone, rim, 0.35 + 0.45 * t)
        s.stroke(edge, 0.0018 + 0.0012 * t, lit)
        if i < count - 1:  # mist in the valley before the next range
            low = float(np.percentile(edge, 70))
            s.fog(low, max(low + 0.02, float(edges[i + 1].max())), glow, 0.45)
    return (0.0, top - 0.03, 1.0, 1.0 if band == "top" else foot + 0.03)
