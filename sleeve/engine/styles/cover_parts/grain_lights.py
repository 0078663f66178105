"""The grain-gradient compositions: one designed shape of light in a grainy field,
each with its own skeleton (what the shape is, where its mass sits, how it meets
the frame and the title).

A disc melting into grain on a hard horizon, a soft gradient cut by a hard arch
or half-disc, an aura orb with a crisp core on a third, a lit doorway throwing a
long patch of light across the floor, an eclipse's ring of corona, a stage spot's
cone falling on a pool of light, and two colour beams crossing as through a
prism. Each takes the Plane and the seed's generator and returns a Scene; the
shape keeps out of the title's band (v < 0.34) and its edge is crisp, the light
around it thinning into grain.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.cover_parts.grain_scenes import Plane, Scene, smooth

F32 = np.float32


def _u(rng: np.random.Generator, a: float, b: float) -> float:
    return float(rng.uniform(a, b))


def horizon(pl: Plane, rng: np.random.Generator) -> Scene:
    """A crisp disc standing on a hard horizon off the middle: a big low sun, its
    lower part melting into grain as it meets the line and its broken reflection on
    the dark water below, or a small high moon over a low horizon with a long
    column of glints running down to the viewer (the water breaking into more
    glints where the song's energy curve is loud); the sky brightens towards the
    line."""
    moon = bool(rng.random() < 0.45)
    if moon:
        yh = _u(rng, 0.74, 0.8) if pl.top else _u(rng, 0.52, 0.6)
        r = _u(rng, 0.055, 0.08) + 0.015 * pl.energy
        high = (0.44 + r, yh - 0.2) if pl.top else (0.16, yh - 0.22)
        yc = _u(rng, *high)
    else:
        yh = _u(rng, 0.66, 0.74) if pl.top else _u(rng, 0.5, 0.58)
        r = _u(rng, 0.12, 0.17) + 0.03 * pl.energy
        yc = yh - _u(rng, -0.2, 0.6) * r
        if pl.top:
            yc = max(yc, 0.42 + r)
    uc = _u(rng, 0.28, 0.4)
    fall = _u(rng, 0.22, 0.36)
    dots = pl.dots(rng)
    rows = pl.noise(rng, 40)[:, :1]  # the water's broken lines
    u, y = pl.u, pl.y
    d = np.hypot(u - uc, y - yc)
    halo = np.exp(-np.maximum(d - r, 0) / (0.2 if moon else 0.11))
    sky = 0.22 + 0.3 * pl.grainy(np.exp(-np.maximum(yh - y, 0) / fall), dots, 0.25) + 0.18 * halo
    melt = 0.5 * smooth(yc, yc + 1.4 * r, y) if moon else smooth(yc - r, yh + 0.01, y)
    keep = dots > 0.9 * melt**1.6  # the lower disc thins into sand
    disc = pl.edge(r - d) * (0.98 - 0.22 * melt) * keep
    sky = np.maximum(sky, disc)
    dy = np.maximum(y - yh, 0)
    spread, reach = (0.6 * r + 0.12 * dy, 0.6) if moon else (0.7 * r + 0.4 * dy, 0.2)
    column = np.exp(-(((u - uc) / spread) ** 2)) * np.exp(-dy / reach)
    loud = pl.along(np.clip(dy / (1.0 - yh), 0, 1))  # the song's energy, near to far
    glints = np.clip((rows - 0.65 + 0.4 * loud) * 3, 0, 1)
    shine = 0.8 if moon else 0.55
    ground = 0.04 + 0.1 * np.exp(-dy / 0.08) + shine * column * pl.grainy(glints, dots, 0.5)
    below = pl.edge(y - yh)
    light = sky * (1 - below) + ground * below
    wide = 0.16 if moon else r + 0.12
    box = pl.ybox(uc - wide, yc - r - 0.05, uc + wide, min(1.0, yh + 0.12))
    return Scene(light, 0.85 * below, box)


ARCH_CUTS = ("arch", "half", "corner", "side")
ARCH_ODDS = {True: (0.35, 0.2, 0.2, 0.25), False: (0.0, 0.0, 0.5, 0.5)}  # by title above


def arch(pl: Plane, rng: np.random.Generator) -> Scene:
    """A soft gradient cut by one hard shape: an arch or a half-disc standing on the
    bottom edge off the middle (with the title above), a great quarter-disc swung
    from the corner across from the title, or a half-disc rising from a side edge;
    inside it the same grainy light runs the other way, in the second colour,
    brightest along the cut where the field is darkest."""
    cut = ARCH_CUTS[int(rng.choice(4, p=ARCH_ODDS[pl.top]))]
    uc = _u(rng, 0.3, 0.42)
    rad = _u(rng, 0.19, 0.26) + 0.03 * pl.energy
    tall = _u(rng, 0.08, 0.2) if cut == "arch" else 0.0
    cu = _u(rng, -0.08, 0.04)
    if cut == "corner":
        rad, cv = _u(rng, 0.48, 0.6) + 0.04 * pl.energy, _u(rng, 0.97, 1.08)
        cu = cu + _u(rng, 0.0, 0.14)
    elif cut == "side":
        rad, cv = _u(rng, 0.25, 0.31) + 0.02 * pl.energy, _u(rng, 0.62, 0.69)
    dots = pl.dots(rng)
    u, v = pl.u, pl.v
    if cut in ("arch", "half"):
        spring = 1.0 - tall  # where the round top meets the straight sides
        dist = np.hypot(u - uc, np.minimum(v - spring, 0))
        crown = spring - rad
        outside = 0.2 + 0.48 * pl.grainy(smooth(0.25, 1.05, v) ** 1.4, dots)
        inside = 0.28 + 0.7 * pl.grainy(smooth(1.0, crown - 0.02, v) ** 1.2, dots)
        box = (uc - rad - 0.04, crown - 0.04, uc + rad + 0.04, 1.0)
    else:  # a disc centred on the frame's edge: the light runs round it
        dist = np.hypot(u - cu, cv - v)
        outside = 0.2 + 0.36 * pl.grainy(smooth(rad, rad + 0.8, dist) ** 1.2, dots)
        inside = 0.28 + 0.7 * pl.grainy(smooth(0.0, rad + 0.02, dist) ** 1.6, dots)
        box = (0.0, cv - rad - 0.04, cu + rad + 0.04, min(1.0, cv + rad + 0.04))
    shape = pl.edge(rad - dist)
    light = outside * (1 - shape) + inside * shape
    return Scene(light, shape, box)


def orb(pl: Plane, rng: np.random.Generator) -> Scene:
    """One aura orb on a third: a crisp white-hot core, a thin ring of light around
    it, and a wide aura thinning into grain and turning to the second colour at its
    rim."""
    uc = _u(rng, 0.3, 0.38)
    yc = _u(rng, 0.6, 0.68) if pl.top else _u(rng, 0.32, 0.4)
    core = _u(rng, 0.05, 0.075) + 0.025 * pl.energy
    aura = _u(rng, 0.27, 0.35)
    ring = core * _u(rng, 1.5, 1.9)
    dots = pl.dots(rng)
    d = np.hypot(pl.u - uc, pl.y - yc)
    soft = np.clip(1 - (d - core) / aura, 0, 1) ** 1.7
    light = 0.22 + 0.1 * np.exp(-d / 0.6) + 0.58 * pl.grainy(soft, dots, 0.4)
    light = light + 0.22 * np.exp(-(((d - ring) / 0.0045) ** 2))
    light = np.maximum(light, pl.edge(core - d, 1.5))
    mix = 0.9 * smooth(core, core + aura * 0.8, d)
    reach = 0.75 * aura + core
    return Scene(light, mix, pl.ybox(uc - reach, yc - reach, uc + reach, yc + reach))


def doorway(pl: Plane, rng: np.random.Generator) -> Scene:
    """A tall lit doorway (square or arched) on a third of a dark wall, the light
    pouring out across the floor towards the viewer in a long widening patch, at
    times cut by the long shadow of someone standing in it."""
    uc = _u(rng, 0.3, 0.4)
    w = _u(rng, 0.12, 0.16) + 0.03 * pl.energy
    yf = _u(rng, 0.74, 0.8) if pl.top else _u(rng, 0.5, 0.56)
    h = min(_u(rng, 0.34, 0.42), yf - 0.4) if pl.top else _u(rng, 0.34, 0.42)
    arched = bool(rng.random() < 0.5)
    spread = _u(rng, 0.35, 0.8)
    skew = float(rng.choice((-1.0, 1.0))) * _u(rng, 0.2, 0.9)
    figure = bool(rng.random() < 0.5)
    dots = pl.dots(rng)
    u, y = pl.u, pl.y
    top = yf - h
    du = np.abs(u - uc)
    if arched:
        spring = top + w / 2
        opening = np.minimum(w / 2 - np.hypot(u - uc, np.minimum(y - spring, 0)), yf - y)
    else:
        opening = np.minimum(np.minimum(w / 2 - du, y - top), yf - y)
    door = pl.edge(opening)
    t = np.maximum(y - yf, 0)
    axis = uc + skew * t
    half = w / 2 + spread * t
    patch = pl.edge(np.minimum(half - np.abs(u - axis), y - yf), 1 + 30 * t)
    if figure:  # a long shadow down the middle of the patch
        patch = patch * (1 - pl.edge(w * (0.13 + 0.5 * t) - np.abs(u - axis), 1 + 30 * t))
    fade = np.exp(-t / 0.32)
    wall = 0.2 + 0.2 * np.exp(-np.hypot(du, (y - yf + h / 2) * 0.6) / 0.22)
    floor = 0.14 + 0.08 * np.exp(-np.hypot(u - uc, t) / 0.3)
    floor = floor + 0.62 * patch * pl.grainy(fade, dots, 0.45)
    ground = pl.edge(y - yf)
    inside = 0.82 + 0.18 * smooth(top, yf, y)
    light = (wall * (1 - ground) + floor * ground) * (1 - door) + inside * door
    xs = (uc - w / 2, uc + w / 2, uc + skew * 0.25 - w / 2 - spread * 0.25)
    xs = (*xs, uc + skew * 0.25 + w / 2 + spread * 0.25)
    box = pl.ybox(min(xs) - 0.04, top - 0.04, max(xs) + 0.04, min(1.0, yf + 0.25))
    return Scene(light, 0.7 * ground, box)


def eclipse(pl: Plane, rng: np.random.Generator) -> Scene:
    """A glowing ring off the middle (or a big one cropped by the frame's side), in
    one of three phases: totality (a dark disc,
    a hard bright rim and a corona streaming out in rays that thin into grain, at
    times one bead of light on the rim), an annular ring of fire (a crisp bright
    band round the dark disc) or a crescent (the dark disc slid off a lit one)."""
    if rng.random() < 0.35:  # a big disc cropped by the side of the frame
        uc, r = _u(rng, 0.14, 0.22), _u(rng, 0.24, 0.29)
        yc = _u(rng, 0.68, 0.72) if pl.top else _u(rng, 0.28, 0.32)
    else:
        uc, r = _u(rng, 0.32, 0.4), _u(rng, 0.13, 0.17) + 0.03 * pl.energy
        yc = _u(rng, 0.62, 0.68) if pl.top else _u(rng, 0.34, 0.4)
    phase = str(rng.choice(("total", "annular", "crescent")))
    phases = rng.uniform(0, 2 * np.pi, 3)
    bead = float(rng.uniform(0, 2 * np.pi)) if rng.random() < 0.5 else None
    reach = _u(rng, 0.08, 0.12) + 0.05 * pl.energy
    slide = float(rng.uniform(0, 2 * np.pi))
    dots = pl.dots(rng)
    du, dv = pl.u - uc, pl.y - yc
    d = np.hypot(du, dv)
    out = np.maximum(d - r, 0)
    if phase == "total":
        ang = np.arctan2(dv, du)
        rays = 0.55 + 0.2 * np.sin(5 * ang + phases[0]) + 0.15 * np.sin(11 * ang + phases[1])
        rays = rays + 0.1 * np.sin(23 * ang + phases[2])
        glow = np.exp(-out / (reach * rays))
        rim = 0.3 * np.exp(-((out / 0.006) ** 2))
        moon_r, mu, mv = r, 0.0, 0.0
    else:
        glow = np.exp(-out / (0.6 * reach))
        rim = 0.9 * pl.edge(r - d, 1.5)  # a lit disc the moon covers
        moon_r = r * (0.8 if phase == "annular" else 1.0)
        off = 0.0 if phase == "annular" else r * _u(rng, 0.22, 0.36)
        mu, mv = off * np.cos(slide), off * np.sin(slide)
    light = 0.2 + 0.08 * np.exp(-d / 0.5) + 0.62 * pl.grainy(glow, dots, 0.4) + rim
    if bead is not None and phase == "total":
        at = np.hypot(du - r * np.cos(bead), dv - r * np.sin(bead))
        light = light + 0.5 * np.exp(-((at / 0.025) ** 2))
    dm = np.hypot(du - mu, dv - mv)
    moon = pl.edge(moon_r - dm, 1.5)
    light = light * (1 - moon) + (0.05 + 0.04 * np.exp(-dm / moon_r)) * moon
    mix = 0.8 * smooth(r + 0.02, r + 2.5 * reach, d)
    span = r + 1.6 * reach
    return Scene(light, mix, pl.ybox(uc - span, yc - span, uc + span, yc + span))


def stage(pl: Plane, rng: np.random.Generator) -> Scene:
    """A stage spot: a cone of light falling from above the frame through the dark
    (dust in it thinning into grain) onto a crisp bright ellipse on the floor."""
    up = _u(rng, 0.32, 0.44)
    yp = _u(rng, 0.76, 0.84) if pl.top else _u(rng, 0.5, 0.58)
    rx = _u(rng, 0.2, 0.26) + 0.03 * pl.energy
    ry = rx * _u(rng, 0.24, 0.34)
    ua = up + _u(rng, -0.25, 0.25)
    haze = _u(rng, 0.3, 0.42)
    dots = pl.dots(rng)
    u, y = pl.u, pl.y
    t = np.clip((y + 0.15) / (yp + 0.15), 0, 1)
    centre = ua + (up - ua) * t
    cone = pl.edge(np.minimum(0.015 + (rx - 0.015) * t - np.abs(u - centre), yp - y), 2)
    e = np.hypot((u - up) / rx, (y - yp) / ry)
    pool = pl.edge((1 - e) * ry, 1.5)
    wall = 0.2 + 0.1 * np.exp(-np.hypot(u - up, y - yp) / 0.35)
    beam = cone * haze * pl.grainy(0.45 + 0.55 * t, dots, 0.5)
    lit = 0.78 + 0.2 * np.clip(1 - e, 0, 1)
    light = np.maximum(wall + beam, lit * pool)
    box = pl.ybox(up - rx - 0.04, yp - 0.32, up + rx + 0.04, min(1.0, yp + ry + 0.04))
    return Scene(light, 0.6 * pool, box)


def prism(pl: Plane, rng: np.random.Generator) -> Scene:
    """Light through a prism: a thin white ray comes in from one side to a point on a
    third and leaves as two colour beams fanning apart, each with one razor edge
    and its light thinning into grain across to the other, white-hot where they
    still overlap, one in each ramp's glow."""
    pu = _u(rng, 0.3, 0.4)
    py = _u(rng, 0.6, 0.68) if pl.top else _u(rng, 0.32, 0.4)
    mean = np.radians(_u(rng, -14.0, 14.0))
    fan = np.radians(_u(rng, 16.0, 26.0) + 8.0 * pl.energy)
    a0 = float(np.radians(_u(rng, -18.0, 18.0)))
    w1 = _u(rng, 0.34, 0.46)
    w2 = _u(rng, 0.26, 0.36)
    dots = pl.dots(rng)
    du, dy = pl.u - pu, pl.y - py
    cols = np.flatnonzero(du[0] > -0.03)  # the beams leave the point on this side
    side = slice(int(cols.min()), int(cols.max()) + 1)
    bu, grain = du[:, side], dots[:, side]

    def beam(a: float, w: float) -> np.ndarray:
        s = bu * np.cos(a) + dy * np.sin(a)
        width = 0.02 + w * np.clip(s, 0, 1)
        n = -bu * np.sin(a) + dy * np.cos(a) + width / 2  # 0 at the razor edge
        across = np.sqrt(np.clip(1 - n / width, 0, 1))
        along = 0.8 + 0.2 * np.exp(-s / 0.3)
        inside = pl.edge(n, 1) * pl.edge(width - n, 2) * pl.edge(s, 1)
        full = np.zeros((pl.res, pl.res), F32)
        full[:, side] = inside * pl.grainy(across, grain, 0.4) * along
        return full

    one, two = beam(float(mean - fan / 2), w1), beam(float(mean + fan / 2), w2)
    s0 = du * np.cos(a0) + dy * np.sin(a0)
    n0 = -du * np.sin(a0) + dy * np.cos(a0)
    ray = pl.edge(0.005 - np.abs(n0), 1.5) * pl.edge(-s0, 1) * (0.6 + 0.4 * np.exp(s0 / 0.3))
    d = np.hypot(du, dy)
    glow = np.exp(-d / 0.05)
    light = 0.22 + 0.08 * np.exp(-d / 0.4) + 0.55 * (one + two)
    light = np.maximum(light + 0.35 * glow, 0.9 * ray)
    mix = np.clip(two * 2, 0, 1) * (two > one)
    return Scene(light, mix.astype(F32), pl.ybox(pu - 0.1, py - 0.26, 1.0, py + 0.26))
