"""Ridgeline's city seen from other places than the street (round 18: one skyline under
one ridge read as a template on three city titles). Each draws onto the canvas and
returns its focal box:

city-strip: the city a thin lit strip along the foot of a huge night sky, the song's
ridges hanging over it as banks of cloud lit from below by the city (a few for a
sparse song, more for a busy one; the lowest and farthest brightest);
city-tower: one tower close up, seen from its foot (its sides leaning in), its floors
the song's ridges: each floor's windows lit where its stretch of the song is loud; it
stands to a side, seen from the other (its roof leaning, a side face showing), as tall
as the song is loud, among as many darker neighbours as the song is busy;
city-canyon: from a rooftop down a street canyon to its vanishing point, the blocks
either side as tall as the song is loud along the street (its start near, its end
far), their lit windows in perspective, the street's light trails below;
city-grid: the city from the air, a tilted grid of dark blocks between lit streets,
the song's energy curve as the river winding through it, the blocks' lights as dense
as the song is loud in their row.
"""

from __future__ import annotations

from collections.abc import Callable

import aggdraw
import numpy as np

from sleeve.engine import raster, signals
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.ridge_stack import POINTS, Canvas, U, at, busy, region, rows
from sleeve.engine.styles.cover_parts.ridge_town import (
    Night,
    antennas,
    count,
    curve,
    fill,
    night,
    outline,
    rain,
    sky,
    skyline,
    windows,
)
from sleeve.engine.styles.cover_parts.title_words import motifs

TOWER_SPAN = 0.76  # the least width of the tower's focal box (share of the side)
LIT_FROM = (
    0.1  # a window is lit where its floor's level passes this (a calm tower still shows light)
)


def _poly(c: Canvas, pts: np.ndarray, colour, opacity: int = 255) -> None:
    """Fill a polygon (n, 2) given in side fractions."""
    c.draw.polygon((pts * c.size).ravel().tolist(), aggdraw.Brush(colour, opacity))


def _beacon(c: Canvas, ink: Night, x: float, y: float) -> None:
    """An aviation light at (x, y), side fractions."""
    r = max(0.006 * c.size, 1.2)
    px, py = x * c.size, y * c.size
    c.draw.ellipse([px - r, py - r, px + r, py + r], aggdraw.Brush(ink.beacon))


def _weather(c: Canvas, ink: Night) -> None:
    """Rain over a rain title's city."""
    if "rain" in motifs(c.direction.title):
        rain(c, ink)


def city_strip(c: Canvas) -> Box:
    """A thin city under a sky of the song's ridges as clouds lit from below (see the
    module)."""
    rng, d = c.rng, c.direction
    ink = night(c)
    top, low = region(c, 0.03)
    base = low if not c.calm_top else 1.0
    tall = float(rng.uniform(0.08, 0.14))
    sky(c, ink, base - tall * 0.5)
    n = 3 + int(round(4 * busy(c))) + int(rng.integers(0, 2))
    h, kick = rows(c, n, float(rng.uniform(2.2, 3.4)))
    horizon = base - tall * 1.1
    ceil = top + 0.02
    x = U * 1.06 - 0.03
    # far banks (low, near the city's light) first; the near ones hang from the top
    for i in range(n):
        t = i / max(n - 1, 1)  # 0 far .. 1 near
        under = horizon - (horizon - ceil) * (0.12 + 0.88 * t**1.3)
        lobes = (0.05 + 0.14 * t) * kick[i] * signals.smooth(h[i], 2) ** 1.6
        edge = under + lobes
        body = at((ink.glow, ink.haze, ink.top), 0.25 + 0.75 * t)
        crest = np.stack([x, edge], axis=1)
        roof = np.stack([x[::-1], np.full(POINTS, -0.02)], axis=1)
        _poly(c, np.concatenate([crest, roof]), body)
        rim = at((ink.lamp, ink.line), t)
        width = max(c.pen * (2.2 - 1.4 * t), 0.9)
        c.draw.line((crest * c.size).ravel().tolist(), raster.pen(rim, width, 200))
    level = signals.smooth(signals.energy(d, POINTS), 2)
    span = float(rng.uniform(0.6, 1.0))
    blocks = skyline(c, curve(c, level, span), base, tall, count(c, 30, 60, span), horizon)
    fill(c, outline(blocks, base, 1.03), ink.black)
    windows(c, blocks, base, ink, 0.2 + 0.2 * d.energy)
    antennas(c, blocks, ink, ink.black, 2)
    if base < 1.0:
        fill(c, [0.0, base - 0.002, 1.0, base - 0.002, 1.0, 1.01, 0.0, 1.01], ink.black)
    _weather(c, ink)
    return (0.0, ceil, 1.0, base)


def city_tower(c: Canvas) -> Box:
    """One tower close up from its foot, its floors the song's ridges (see the
    module): where it stands, which way its roof leans (the side it is seen from), how
    tall, how many floors and which neighbours flank it all by the song and the seed."""
    rng, d = c.rng, c.direction
    ink = night(c)
    top, low = region(c, 0.02)
    base = 1.02 if c.calm_top else low
    side = float(rng.choice((-1.0, 1.0)))  # the side the tower stands to
    cx = 0.5 + side * float(rng.uniform(0.04, 0.24))
    half = float(rng.uniform(0.13, 0.2)) + 0.08 * (1.0 - d.density)  # a sparse song's broad
    lean = float(rng.uniform(0.45, 0.8))  # the roof's width over the foot's
    skew = -side * float(rng.uniform(0.03, 0.12))  # seen from the open side, the roof leans in
    roof = top + 0.02 + 0.18 * (1.0 - d.loudness) + float(rng.uniform(0.0, 0.06))
    sky(c, ink, base)
    # the neighbours: the song's loud sections as lower, darker blocks either side,
    # as many as the song is busy (none for a sparse slow one)
    level = signals.smooth(signals.energy(d, 24), 1)
    many = int(round(3 * busy(c))) + int(rng.integers(0, 2))
    for n in range(many):
        where = -side if n % 2 == 0 else side
        k = n // 2
        inner = cx + where * (half + 0.03 + 0.22 * k)
        width = float(rng.uniform(0.14, 0.3))
        outer = inner + where * width
        loud = float(level[int(rng.integers(0, 24))])
        nh = roof + (base - roof) * (0.25 + 0.45 * (1.0 - loud) + 0.1 * k)
        _poly(
            c,
            np.array(
                [
                    [inner, base],
                    [inner + where * 0.02, nh],
                    [outer, nh - where * skew],
                    [outer, base],
                ]
            ),
            raster.tone(ink.black, 0.11 - 0.03 * k),
        )
    fill(c, [0.0, base, 1.0, base, 1.0, 1.03, 0.0, 1.03], ink.black)
    floors = 8 + int(round(22 * busy(c)))
    h, kick = rows(c, floors, float(rng.uniform(1.4, 2.6)))
    cols = 7 + int(round(3 * d.density)) + int(rng.integers(0, 3))
    t = np.linspace(0.0, 1.0, floors + 1)
    close = 1.1 + 0.6 * float(rng.random())  # how steeply the floors close up
    ys = base - (base - roof) * (1.0 - (1.0 - t) ** close)

    def edge(y: float, side: float) -> float:
        k = (base - y) / (base - roof)
        return cx + skew * k + side * half * (1.0 - (1.0 - lean) * k)

    # its side face, seen from the open side: darker, narrowing to the roof
    face = -side * half * 0.35
    _poly(
        c,
        np.array(
            [
                [edge(base, -side), base],
                [edge(roof, -side), roof],
                [edge(roof, -side) + face * lean, roof + 0.01],
                [edge(base, -side) + face, base],
            ]
        ),
        raster.tone(ink.black, 0.06),
    )
    _poly(
        c,
        np.array(
            [
                [edge(base, -1), base],
                [edge(roof, -1), roof],
                [edge(roof, 1), roof],
                [edge(base, 1), base],
            ]
        ),
        ink.black,
    )
    warm, cold = ink.window, ink.lamp
    for i in range(floors):
        y0, y1 = ys[i + 1], ys[i]  # the floor's top and bottom
        gap = 0.22 * (y1 - y0)
        row = np.interp(np.linspace(0, 1, cols), U, h[i]) * kick[i]
        for k in range(cols):
            if row[k] < LIT_FROM:
                continue
            a0, a1 = k / cols + 0.12 / cols, (k + 1) / cols - 0.12 / cols
            lb, rb = edge(y1 - gap, -1), edge(y1 - gap, 1)
            lt, rt = edge(y0 + gap, -1), edge(y0 + gap, 1)
            quad = np.array(
                [
                    [lb + (rb - lb) * a0, y1 - gap],
                    [lt + (rt - lt) * a0, y0 + gap],
                    [lt + (rt - lt) * a1, y0 + gap],
                    [lb + (rb - lb) * a1, y1 - gap],
                ]
            )
            glow = at((cold, warm), float(rng.random()))
            _poly(c, quad, glow, int(200 + 55 * min(row[k], 1.0)))
    # the crown: a mast and its light
    mast = roof - float(rng.uniform(0.03, 0.08))
    mx = cx + skew
    c.draw.line(
        [mx * c.size, roof * c.size, (mx + skew * 0.1) * c.size, mast * c.size],
        raster.pen(ink.black, max(c.pen * 1.6, 1.2)),
    )
    _beacon(c, ink, mx + skew * 0.1, mast)
    _weather(c, ink)
    # the tower itself is the picture's focus (the vignette centres on it)
    x0 = min(edge(base, -1), edge(base, -side) + face, edge(roof, -1)) - 0.02
    x1 = max(edge(base, 1), edge(base, -side) + face, edge(roof, 1)) + 0.02
    # reported at least TOWER_SPAN wide round it: the tower and its neighbours are one mass
    mid = float(np.clip((x0 + x1) / 2, TOWER_SPAN / 2, 1 - TOWER_SPAN / 2))
    span = max(x1 - x0, TOWER_SPAN)
    return (max(mid - span / 2, 0.0), mast - 0.02, min(mid + span / 2, 1.0), min(base, 1.0))


def city_canyon(c: Canvas) -> Box:
    """From a rooftop down a street canyon, the blocks as tall as the song is loud
    along it (see the module)."""
    rng, d = c.rng, c.direction
    ink = night(c)
    top, low = region(c, 0.03)
    vx = float(rng.uniform(0.36, 0.64))
    vy = top + (low - top) * float(rng.uniform(0.25, 0.45))
    street = float(rng.uniform(0.5, 0.8))  # the street's half-width
    eye = float(rng.uniform(1.1, 1.6))  # the camera's height over the street
    sky(c, ink, vy + 0.05)

    def at_(x: float, z: float, y: float) -> tuple[float, float]:
        return vx + x / z * 0.35, vy + (eye - y) / z * 0.35

    level = signals.smooth(signals.energy(d, 48), 1)
    many = 7 + int(round(6 * busy(c)))
    cuts = 0.45 * (40.0 / 0.45) ** np.linspace(0.0, 1.0, many + 1)  # depth of each block's face
    share = 0.12 + 0.2 * d.energy
    ceiling = 1.0
    for side in (-1.0, 1.0):
        for k in reversed(range(many)):
            z0, z1 = cuts[k], cuts[k + 1]
            song = float(level[int(k / many * 47)])
            tall = eye * (0.4 + 1.6 * song) * float(rng.uniform(0.85, 1.15))
            x0, x1 = side * street, side * (street + 1.2)
            shade = raster.tone(ink.black, 0.08 + 0.05 * (k % 2))
            face = [at_(x0, z0, 0), at_(x0, z0, tall), at_(x1, z0, tall), at_(x1, z0, 0)]
            wall = [at_(x0, z0, 0), at_(x0, z0, tall), at_(x0, z1, tall), at_(x0, z1, 0)]
            roof = [at_(x0, z0, tall), at_(x0, z1, tall), at_(x1, z1, tall), at_(x1, z0, tall)]
            _poly(c, np.array(face), raster.tone(ink.black, 0.05))
            _poly(c, np.array(wall), shade)
            if tall < eye:
                _poly(c, np.array(roof), raster.tone(ink.haze, 0.3))
            ceiling = min(ceiling, at_(x0, z0, tall)[1])
            # the wall's lit windows in perspective
            storeys = min(14, max(1, int(tall / 0.12)))
            bays = min(8, max(1, int((z1 - z0) / (0.12 * z0**0.5))))
            lit = rng.random((storeys, bays)) < share
            for f, b in zip(*np.nonzero(lit), strict=True):
                za = z0 + (z1 - z0) * (b + 0.2) / bays
                zb = z0 + (z1 - z0) * (b + 0.8) / bays
                ya, yb = (f + 0.3) * tall / storeys, (f + 0.75) * tall / storeys
                win = [at_(x0, za, ya), at_(x0, za, yb), at_(x0, zb, yb), at_(x0, zb, ya)]
                _poly(c, np.array(win), at((ink.window, ink.lamp), float(rng.random())))
            if k == 1 and side > 0:
                bx, by = at_(x0 + side * 0.3, (z0 + z1) / 2, tall)
                _beacon(c, ink, bx, by - 0.01)
    # the street: dark from its far end in the glow, two light trails down it
    street_pts = [
        at_(-street, 40.0, 0),
        at_(street, 40.0, 0),
        at_(street, 0.3, 0),
        at_(-street, 0.3, 0),
    ]
    _poly(c, np.array(street_pts), raster.tone(ink.black, 0.1))
    z = np.geomspace(0.45, 40.0, 60)
    for lane, colour in ((-0.25, ink.lamp), (0.25, (226, 52, 40))):
        pts = np.array([at_(lane * street, zz, 0.02) for zz in z])
        for w, a in ((4.0, 50), (1.4, 230)):
            c.draw.line((pts * c.size).ravel().tolist(), raster.pen(colour, max(c.pen * w, 1.0), a))
    _weather(c, ink)
    return (0.0, top, 1.0, low)


def city_grid(c: Canvas) -> Box:
    """The city from the air: a tilted grid of blocks between lit streets, the song's
    energy as a river winding through it (see the module)."""
    rng, d, s = c.rng, c.direction, c.size
    ink = night(c)
    c.draw.rectangle([0, 0, s, s], aggdraw.Brush(ink.black))
    angle = float(rng.uniform(12.0, 34.0)) * float(rng.choice((-1.0, 1.0)))
    cs, sn = np.cos(np.radians(angle)), np.sin(np.radians(angle))
    n = 9 + int(round(8 * busy(c)))
    cell = 1.6 / n
    level = signals.smooth(signals.energy(d, POINTS), 4)
    loud = signals.smooth(signals.energy(d, n), 0)
    # the river: the energy curve across the city's rows (local coordinates)
    v = np.linspace(-0.8, 0.8, POINTS)
    river_u = -0.45 + 0.9 * level * (0.6 + 0.4 * float(rng.random()))
    wide = 0.05 + 0.04 * float(rng.random())

    def to_frame(u: np.ndarray, w: np.ndarray) -> np.ndarray:
        return np.stack([0.5 + u * cs - w * sn, 0.5 + u * sn + w * cs], axis=-1)

    road = raster.tone(ink.line, 0.42)
    _poly(c, to_frame(np.array([-0.9, 0.9, 0.9, -0.9]), np.array([-0.9, -0.9, 0.9, 0.9])), road)
    gap = cell * (0.14 + 0.1 * float(rng.random()))
    towers: list[tuple[float, float, float]] = []
    for i in range(n):
        for j in range(n):
            u0, w0 = -0.8 + j * cell + gap / 2, -0.8 + i * cell + gap / 2
            u1, w1 = u0 + cell - gap, w0 + cell - gap
            mid = np.interp((w0 + w1) / 2, v, river_u)
            if abs((u0 + u1) / 2 - mid) < wide + cell * 0.4:
                continue  # the river runs here
            tone = raster.tone(ink.black, 0.08 + 0.1 * float(rng.random()))
            _poly(c, to_frame(np.array([u0, u1, u1, u0]), np.array([w0, w0, w1, w1])), tone)
            dots = int(rng.binomial(6, 0.2 + 0.6 * float(loud[i])))
            for _ in range(dots):
                p = to_frame(np.array(rng.uniform(u0, u1)), np.array(rng.uniform(w0, w1)))
                r = max(0.0035 * s, 0.8)
                box = [p[0] * s - r, p[1] * s - r, p[0] * s + r, p[1] * s + r]
                c.draw.ellipse(box, aggdraw.Brush(ink.window))
            centre = to_frame(np.array((u0 + u1) / 2), np.array((w0 + w1) / 2))
            towers.append((float(loud[i]), float(centre[0]), float(centre[1])))
    left = to_frame(river_u - wide, v)
    right = to_frame(river_u + wide, v)
    water = raster.tone(ink.top, 0.14)
    _poly(c, np.concatenate([left, right[::-1]]), water)
    for bank in (left, right):
        c.draw.line((bank * s).ravel().tolist(), raster.pen(ink.lamp, max(c.pen, 1.0), 200))
    # the tallest blocks, in the song's loud rows, in the frame: their aviation lights
    top, low = region(c, 0.0)
    seen = [t for t in towers if 0.05 < t[1] < 0.95 and top + 0.03 < t[2] < low - 0.03]
    for k in np.argsort([-t[0] - 0.3 * rng.random() for t in seen])[:3]:
        _beacon(c, ink, seen[k][1], seen[k][2])
    # the title's band sinks into the night
    shade = aggdraw.Brush(ink.black, 34)
    for k in range(6):
        if c.calm_top:
            c.draw.rectangle([0, 0, s, (top - 0.02 * k) * s], shade)
        else:
            c.draw.rectangle([0, (low + 0.02 * k) * s, s, s], shade)
    _weather(c, ink)
    return (0.0, top, 1.0, low)


VIEWS: dict[str, Callable[[Canvas], Box]] = {
    "city-strip": city_strip,
    "city-tower": city_tower,
    "city-canyon": city_canyon,
    "city-grid": city_grid,
}
