"""The grain-gradient's shapes of light: one designed shape in a grainy field,
each with its own skeleton (what the shape is, where its mass sits, how it meets
the frame and the title).

A disc melting into grain on a hard horizon (cloud bands across it, at times
cropped by the frame) and an eclipse's ring of corona. Each takes the Plane and the
seed's generator and returns a Scene; the shape keeps out of the title's band
(v < 0.34) and its edge is crisp, the light around it thinning into grain.
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
        sky = sky + (0.12 + 0.3 * halo) * rain(pl, rng) * (1 - disc)
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


def rain(pl: Plane, rng: np.random.Generator) -> np.ndarray:
    """Slanting rain: thin streaks a pixel wide, one in every few columns, each
    column's drops at its own phase (0..1)."""
    res = pl.res
    slant = float(rng.choice((-1.0, 1.0))) * _u(rng, 0.1, 0.2)
    phase, on = rng.random(res), rng.random(res) < 0.22
    length, gap = _u(rng, 0.05, 0.08), _u(rng, 0.16, 0.24)
    col = ((pl.u + slant * pl.y) * res).astype(np.intp) % res
    t = (pl.y / gap + phase[col]) % 1.0
    return ((t < length / gap) & on[col]).astype(F32)
