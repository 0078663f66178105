"""The grain-gradient compositions: one designed shape of light in a grainy field,
each with its own skeleton (what the shape is, where its mass sits, how it meets
the frame and the title).

A disc melting into grain on a hard horizon (cloud bands across it, at times
cropped by the frame), a window's light thrown across a dim room, a soft gradient cut
by a hard arch or half-disc, a lit doorway throwing a long patch of light across the floor, a city's
lit skyline across the water, an eclipse's ring of corona, a stage spot's cone
falling on a pool of light (or a street lamp's, with the rain lit in it), a neon
tube's light smeared down a wet street, and two
colour beams crossing as through a prism. Each takes the Plane and the seed's
generator and returns a Scene; the shape keeps out of the title's band (v < 0.34)
and its edge is crisp, the light around it thinning into grain.
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
    line. A title that names the night always has the moon, one naming the sun the
    sun, one naming only the sea the moon for calm music and the sun for lively; one
    naming rain has it falling through the sky's light."""
    moon = bool(rng.random() < 0.45)
    if pl.motifs & {"night", "sun"}:  # the title names the moon's night or the sun
        moon = "night" in pl.motifs
    elif "sea" in pl.motifs:  # the sea alone: a calm song's at night, a lively one's in sun
        moon = pl.energy < 0.5
    crop = not moon and rng.random() < 0.35  # a great sun cropped by the frame's side
    risen = not moon and not crop and rng.random() < 0.3  # a sun risen clear of the line
    if moon:
        yh = _u(rng, 0.74, 0.8) if pl.top else _u(rng, 0.52, 0.6)
        r = _u(rng, 0.055, 0.08) + 0.015 * pl.energy
        high = (0.44 + r, yh - 0.2) if pl.top else (0.16, yh - 0.22)
        yc = _u(rng, *high)
    else:
        yh = _u(rng, 0.62, 0.8) if pl.top else _u(rng, 0.44, 0.62)
        r = _u(rng, 0.08, 0.17) + 0.08 * pl.energy  # a lively song's sun is big
        if crop:
            r = r + _u(rng, 0.06, 0.12)
        yc = yh - _u(rng, -0.3, 0.7) * r
        if risen:
            yc = yh - r - _u(rng, 0.04, 0.16)
        if pl.top:
            yc = max(yc, 0.42 + r)
    uc = _u(rng, 0.06, 0.14) if crop else _u(rng, 0.24, 0.42)
    fall = _u(rng, 0.22, 0.36)
    bands = 0 if moon else int(rng.choice(4, p=(0.3, 0.3, 0.25, 0.15)))
    dots = pl.dots(rng)
    rows = pl.noise(rng, 40)[:, :1]  # the water's broken lines
    u, y = pl.u, pl.y
    d = np.hypot(u - uc, y - yc)
    halo = np.exp(-np.maximum(d - r, 0) / (0.2 if moon else 0.11))
    sky = 0.22 + 0.3 * pl.grainy(np.exp(-np.maximum(yh - y, 0) / fall), dots, 0.25) + 0.18 * halo
    melt = 0.5 * smooth(yc, yc + 1.4 * r, y) if moon else smooth(yc - r, yh + 0.01, y)
    keep = dots > 0.9 * melt**1.6  # the lower disc thins into sand
    disc = pl.edge(r - d) * (0.98 - 0.22 * melt) * keep
    for _ in range(bands):  # long thin cloud strata drawn across the sun, lit from below
        at = min(yc + _u(rng, -0.6, 0.3) * r, yh - 0.04)
        thick = _u(rng, 0.016, 0.04)
        reach = _u(rng, 0.25, 0.6)
        start = uc + _u(rng, -0.5, 0.1)
        taper = smooth(start - 0.05, start + 0.05, u) * (
            1 - smooth(start + reach, start + reach + 0.1, u)
        )
        wave = thick * (0.75 + 0.25 * np.sin(u * _u(rng, 9, 19) + _u(rng, 0, 6)))
        cloud = pl.edge(wave - np.abs(y - at), 1.5) * taper
        rim = 0.25 * pl.edge(wave + 0.004 - np.abs(y - at - 0.004), 1.5) * taper * (1 - cloud)
        disc = disc * (1 - cloud)
        sky = sky * (1 - 0.3 * cloud) + rim * halo
    sky = np.maximum(sky, disc)
    if "rain" in pl.motifs:  # rain falling through the light over the water
        sky = sky + (0.12 + 0.3 * halo) * _rain(pl, rng) * (1 - disc)
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
    box = pl.ybox(max(0.0, uc - wide), yc - r - 0.05, uc + wide, min(1.0, yh + 0.12))
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
    (dust in it thinning into grain) onto a crisp bright ellipse on the floor; for a
    title that names rain, a street lamp's light with the rain lit in it as slanting
    streaks, faint in the dark around it."""
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
    if "rain" in pl.motifs:
        beam = beam + (0.45 * cone + 0.08) * _rain(pl, rng) * (y < yp)
    light = np.maximum(wall + beam, lit * pool)
    box = pl.ybox(up - rx - 0.04, yp - 0.32, up + rx + 0.04, min(1.0, yp + ry + 0.04))
    return Scene(light, 0.6 * pool, box)


def _rain(pl: Plane, rng: np.random.Generator) -> np.ndarray:
    """Slanting rain: thin streaks a pixel wide, one in every few columns, each
    column's drops at its own phase (0..1)."""
    res = pl.res
    slant = float(rng.choice((-1.0, 1.0))) * _u(rng, 0.1, 0.2)
    phase, on = rng.random(res), rng.random(res) < 0.22
    length, gap = _u(rng, 0.05, 0.08), _u(rng, 0.16, 0.24)
    col = ((pl.u + slant * pl.y) * res).astype(np.intp) % res
    t = (pl.y / gap + phase[col]) % 1.0
    return ((t < length / gap) & on[col]).astype(F32)


def city(pl: Plane, rng: np.random.Generator) -> Scene:
    """A city across the water at night: a skyline of dark blocks on a waterline,
    their tallest cluster on a third, lit windows dotted over them, the sky behind
    glowing from the streets (brightest just over the roofs, thinning into grain as
    it rises) and the windows' light broken into streaks on the water below."""
    yb = _u(rng, 0.78, 0.84) if pl.top else _u(rng, 0.58, 0.64)
    uc = _u(rng, 0.28, 0.4)
    peak = _u(rng, 0.3, 0.38) + 0.06 * pl.energy
    if pl.top:
        peak = min(peak, yb - 0.42)
    fall = _u(rng, 0.18, 0.3)
    edges = np.cumsum(rng.uniform(0.035, 0.09, 40))
    edges = np.concatenate(([-0.05], edges[edges < 1.05] - 0.05))
    mids = (edges[:-1] + edges[1:]) / 2
    tall = peak * (0.25 + 0.75 * np.exp(-(((mids - uc) / 0.3) ** 2)))
    tall = tall * rng.uniform(0.35, 1.0, len(mids)) ** 0.8
    tall[int(np.abs(mids - uc).argmin())] = peak  # one tower stands over the rest
    lamps = rng.random((len(mids), 48, 48)) < _u(rng, 0.25, 0.4)
    dots = pl.dots(rng)
    rows = pl.noise(rng, 40)[:, :1]
    u, y = pl.u, pl.y
    which = np.clip(np.searchsorted(edges, u[0]) - 1, 0, len(mids) - 1)
    left, height = edges[which][None, :], tall[which][None, :]
    block = pl.edge(np.minimum(y - (yb - height), yb - y))
    cell_u, cell_y = 0.014, 0.018
    ix = np.clip(((u - left) / cell_u).astype(np.intp), 0, 47)
    iy = np.clip(((yb - y) / cell_y).astype(np.intp), 0, 47)
    fu, fy = ((u - left) / cell_u) % 1.0, ((yb - y) / cell_y) % 1.0
    pane = (fu > 0.3) & (fu < 0.75) & (fy > 0.35) & (fy < 0.75) & (u - left > 0.008)
    window = lamps[which[None, :], iy, ix] & pane & (y > yb - height + 0.01)
    near = np.exp(-(((u - uc) / 0.3) ** 2))
    glow = np.exp(-np.maximum(yb - y, 0) / fall) * (0.3 + 0.7 * near)
    sky = 0.24 + 0.7 * pl.grainy(glow, dots, 0.35)
    if "night" in pl.motifs:  # a thin crescent high over the low end of the town
        mu, my = uc + _u(rng, 0.3, 0.38), (_u(rng, 0.5, 0.56) if pl.top else _u(rng, 0.24, 0.3))
        mr = _u(rng, 0.035, 0.05)
        lit = pl.edge(mr - np.hypot(u - mu, y - my), 1.5)
        shade = pl.edge(mr - np.hypot(u - mu - 0.45 * mr, y - my + 0.25 * mr), 1.5)
        halo = np.exp(-np.maximum(np.hypot(u - mu, y - my) - mr, 0) / 0.06)
        sky = np.maximum(sky + 0.12 * halo, 0.97 * lit * (1 - shade))
    if "rain" in pl.motifs:
        sky = sky + 0.16 * _rain(pl, rng)
    town = 0.03 + 0.02 * near + 0.9 * window
    dy = np.maximum(y - yb, 0)
    lit_cols = (window.sum(0, keepdims=True) > 0).astype(F32)
    streaks = np.clip((rows - 0.5) * 3, 0, 1) * lit_cols * np.exp(-dy / 0.18)
    water = 0.13 + 0.2 * np.exp(-dy / 0.05) * near + 0.5 * pl.grainy(streaks, dots, 0.5)
    below = pl.edge(y - yb)
    light = (sky * (1 - block) + town * block) * (1 - below) + water * below
    box = pl.ybox(uc - 0.32, yb - peak - 0.08, uc + 0.32, min(1.0, yb + 0.1))
    return Scene(light, np.maximum(0.85 * below, 0.6 * block), box)


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


def window(pl: Plane, rng: np.random.Generator) -> Scene:
    """A window's light thrown across a dim room: a crisp skewed patch on the wall,
    narrowing as it slants away, cut into panes by the frame's dark cross bars, its
    light thinning into grain from the bright corner; the room around it glows
    faintly. Rain on the glass runs down the patch as dark trails; a night's light
    is the moon's, a pale patch with one small crisp disc reflected in a pane."""
    uc = _u(rng, 0.34, 0.62)
    vc = _u(rng, 0.64, 0.72)
    w = _u(rng, 0.26, 0.36) + 0.08 * pl.energy
    h = min(_u(rng, 0.34, 0.46), 2 * (vc - 0.42))
    shear = float(rng.choice((-1.0, 1.0))) * _u(rng, 0.25, 0.6)
    taper = _u(rng, -0.35, 0.35)
    nx, ny = int(rng.integers(2, 4)), int(rng.integers(2, 4))
    bar = _u(rng, 0.01, 0.018)
    corner = (float(rng.choice((-1.0, 1.0))), float(rng.choice((-1.0, 1.0))))
    dots = pl.dots(rng)
    u, v = pl.u, pl.v
    t = (v - vc) / h  # -0.5 near edge .. 0.5 far edge
    half = 0.5 * w * (1 + taper * t)
    x = u - uc - shear * (v - vc)
    soft = 1.5 + 7.0 * np.clip(t + 0.5, 0, 1)  # the far end's edge blurs (penumbra)
    inside = pl.edge(half - np.abs(x), soft) * pl.edge(0.5 * h - np.abs(v - vc), 1.5)
    fx = (x / (2 * half) + 0.5) * nx
    fy = (t + 0.5) * ny
    gx = np.abs(fx - np.round(fx)) * 2 * half / nx
    gy = np.abs(fy - np.round(fy)) * h / ny
    cross = np.maximum(  # the bars, each kept inside the frame's inner panes
        pl.edge(bar / 2 - gx) * (fx > 0.5) * (fx < nx - 0.5),
        pl.edge(bar / 2 - gy) * (fy > 0.5) * (fy < ny - 0.5),
    )
    patch = inside * (1 - cross)
    lean = np.clip(0.5 + corner[0] * x / (2 * half + 1e-6) + corner[1] * t, 0, 1)
    lit = 0.58 + 0.42 * pl.grainy(lean**0.8, dots, 0.5)
    if "rain" in pl.motifs:  # rain running down the glass throws dark trails
        lit = lit * (1 - 0.45 * _rain(pl, rng))
    dist = np.hypot(np.maximum(np.abs(x) - half, 0), np.maximum(np.abs(v - vc) - 0.5 * h, 0))
    room = 0.14 + 0.26 * pl.grainy(np.exp(-dist / 0.22), dots, 0.4)
    light = room * (1 - patch) + lit * patch
    if "night" in pl.motifs:  # the moon seen in a pane
        mu, mv = uc + shear * 0.25 * h + 0.25 * w * corner[0], vc + 0.25 * h
        moon = pl.edge(0.03 - np.hypot(u - mu, v - mv), 1.5) * patch
        light = np.maximum(light, moon)
    span = w * (1 + abs(taper)) / 2 + abs(shear) * h / 2
    box = (uc - span - 0.03, vc - h / 2 - 0.03, uc + span + 0.03, vc + h / 2 + 0.03)
    return Scene(light, 0.85 * patch, box)


def neon(pl: Plane, rng: np.random.Generator) -> Scene:
    """A neon sign in the dark over wet ground: one glowing tube (a ring, an arch or a
    triangle; for a night most often a crescent moon) white-hot at its core, its glow
    thinning into grain, and its light smeared down the wet street below as a broken,
    rippled reflection that thins with distance; a title's rain falls lit through the
    glow."""
    odds = (0.4, 0.2, 0.2, 0.2) if "night" in pl.motifs else (0.0, 0.34, 0.33, 0.33)
    shape = ("crescent", "ring", "arch", "triangle")[int(rng.choice(4, p=odds))]
    yb = _u(rng, 0.68, 0.8) if pl.top else _u(rng, 0.48, 0.6)
    uc = _u(rng, 0.3, 0.5)
    r = _u(rng, 0.08, 0.15) + 0.05 * pl.energy
    lift = _u(rng, 0.04, 0.2)
    yc = yb - lift - r
    if pl.top:
        yc = max(yc, 0.42 + r)
    thick = _u(rng, 0.007, 0.011)
    stretch = _u(rng, 1.2, 1.8)
    bite = float(rng.choice((-1.0, 1.0)))
    dots = pl.dots(rng)
    rows = pl.noise(rng, 60)[:, :1]  # the wet street's ripples, row by row
    shift = pl.noise(rng, 24)[:, 1:2]
    u, y = pl.u, pl.y

    def tube(uu: np.ndarray, yy: np.ndarray) -> np.ndarray:
        du, dy = uu - uc, yy - yc
        if shape == "ring":
            return np.abs(np.hypot(du, dy) - r)
        if shape == "crescent":  # a moon's outline: a disc with another bitten out of it
            inner = np.hypot(du - bite * 0.45 * r, dy + 0.2 * r)
            return np.abs(np.maximum(np.hypot(du, dy) - r, 0.9 * r - inner))
        if shape == "triangle":  # pointing up, its side 1.9 r
            k, h = np.sqrt(3.0), 0.95 * r
            px, py = np.abs(du) - h, -dy - 0.35 * r + h / k
            fold = px + k * py > 0
            px, py = np.where(fold, (px - k * py) / 2, px), np.where(fold, (-k * px - py) / 2, py)
            px = px - np.clip(px, -2 * h, 0)
            return np.hypot(px, py)
        arc = np.abs(np.hypot(du, np.minimum(dy, 0)) - r)  # an arch standing on two legs
        leg = np.hypot(np.abs(np.abs(du) - r), np.maximum(dy - r * 0.9, 0))
        return np.where(dy < 0, arc, leg)

    d = tube(u, y)
    core = pl.edge(thick - d, 1.5)
    glow = np.exp(-d / 0.035)
    haze = np.exp(-d / 0.22)
    sky = 0.16 + 0.18 * haze + 0.5 * pl.grainy(glow, dots, 0.45)
    if "rain" in pl.motifs:
        sky = sky + (0.1 + 0.5 * haze) * _rain(pl, rng)
    sky = np.maximum(sky, 0.98 * core)
    dy = np.maximum(y - yb, 0)
    wobble = 0.03 * (shift - 0.5) * (1 + 4 * dy)
    mirror = tube(u + wobble, yb - dy * stretch)
    smear = mirror / (1 + 6 * dy)  # the reflection spreads as it comes nearer
    broken = np.clip((rows - 0.2) * 3.0, 0, 1)
    fade = np.exp(-dy / 0.4)
    wet = 0.1 + 0.12 * np.exp(-dy / 0.06) * (0.4 + haze)
    wet = wet + fade * (0.95 * np.exp(-smear / 0.025) * broken + 0.18 * np.exp(-mirror / 0.2))
    ground = pl.grainy(np.clip(wet, 0, 1), dots, 0.3)
    below = pl.edge(y - yb)
    light = sky * (1 - below) + ground * below
    mix = np.clip(1.6 * np.maximum(glow, np.exp(-mirror / 0.05) * below), 0, 1)
    span = 1.3 * r + 0.06
    box = pl.ybox(uc - span, yc - r - 0.06, uc + span, min(1.0, yb + 0.2))
    return Scene(light, mix.astype(F32), box)


def leak(pl: Plane, rng: np.random.Generator) -> Scene:
    """A film light leak: light burning in from one edge of the frame (a side, or
    a corner of the edge across from the title), white-hot at the edge and glowing through the
    second colour to a crisp flame-like front that wavers along it (receding before
    the title's band), its glow spilling into grain across the field; beside it one
    or two thin bright streaks, as a leak through the camera's gate lays them."""
    far = bool(rng.random() < 0.4)  # from the edge across from the title, at a corner
    front0 = (_u(rng, 0.58, 0.74) if far else _u(rng, 0.5, 0.7)) - 0.06 * pl.energy
    k1, k2 = _u(rng, 4.0, 8.0), _u(rng, 11.0, 19.0)
    p1, p2 = _u(rng, 0, 6.3), _u(rng, 0, 6.3)
    a1, a2 = _u(rng, 0.04, 0.1), _u(rng, 0.015, 0.035)
    streaks = int(rng.integers(1, 3))
    gaps = rng.uniform(0.05, 0.14, streaks)
    widths = rng.uniform(0.006, 0.02, streaks)
    lengths = rng.uniform(0.45, 0.95, streaks)
    dots = pl.dots(rng)
    u, v = pl.u, pl.v
    across, along = (v, u) if far else (u, v)  # across: towards the leak's edge
    recede = smooth(0.2, 0.7, u) ** 0.6 if far else smooth(0.34, 0.82, v) ** 0.6
    front = front0 + a1 * np.sin(along * k1 + p1) + a2 * np.sin(along * k2 + p2)
    front = 1.08 - (1.08 - front) * recede
    dist = across - front
    inside = pl.edge(dist, 3.0)  # a burn's edge, not a cut's
    depth = np.clip(dist / np.maximum(1.0 - front, 0.05), 0, 1)
    burn = 0.66 + 0.33 * pl.grainy(depth**0.7, dots, 0.4)
    spill = 0.2 + 0.4 * pl.grainy(np.exp(np.minimum(dist, 0) / 0.14) * recede, dots, 0.5)
    light = spill * (1 - inside) + burn * inside
    for gap, width, length in zip(gaps, widths, lengths, strict=True):
        at = front0 - gap
        bar = pl.edge(width / 2 - np.abs(across - at), 1.5)
        bar = bar * smooth(1.0 - length, 1.05 - length, along) * recede
        light = np.maximum(light, (0.55 + 0.3 * recede) * bar)
    near = front0 - float(gaps.max()) - 0.06
    box = (0.3, near, 1.0, 1.0) if far else (near, 0.42, 1.0, 1.0)
    return Scene(light, inside.astype(F32), box)
