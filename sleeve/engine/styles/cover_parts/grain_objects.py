"""The grain-gradient solids: hard-edged objects lit from the stage's side with a
grainy gradient and a hard terminator (and a rim of light on a dark field): a huge
sphere cropped by the frame, two or three spheres floating, a torus seen at an angle,
a ringed planet, two discs with a hard overlap (all on a plain gradient), a sphere on
the floor and a small moon high over water (the only two with a horizon).

Each takes a Canvas, the Colours, the Stage and the seed's generator, sizes and
places itself (off-centre, small in a wide field to huge and cropped, out of the
title's band), paints itself and returns its focal box.
"""

from __future__ import annotations

import dataclasses

import numpy as np

from sleeve.engine import compose
from sleeve.engine.direction import RGB
from sleeve.engine.styles.cover_parts.grain_scenes import (
    REGION,
    Canvas,
    Colours,
    Stage,
    cast_shadow,
)

F32 = np.float32
GRID = (0.26, 0.34, 0.66, 0.74)
SCALES = ("small", "small", "mid", "mid", "large", "cropped")


def place(
    rng: np.random.Generator,
    st: Stage,
    aspect: float,
    base: float | None = None,
    least: float = 0.21,
) -> tuple[float, float, float]:
    """An object's centre x, width and height for its aspect (width / height): small
    in a wide field, middling, large, or cropped off a side edge (and off the top
    when the title sits below), standing at `base` and clear of the title's band; at
    least `least` tall for a square (a speck does not read at 64 px) where it fits."""
    top = REGION[st.side][0]
    avail = (st.base if base is None else base) - top
    scale = str(rng.choice(SCALES))
    if scale == "cropped" and aspect < 0.8:
        scale = "large"  # a narrow object cropped is a sliver
    frac = {"small": (0.3, 0.4), "mid": (0.5, 0.66), "large": (0.78, 0.96)}.get(scale)
    if frac is None:
        h = avail * float(rng.uniform(1.0, 1.35 if st.side == "bottom" else 1.0))
        w = h * aspect
        edge = float(rng.choice((0.0, 1.0)))
        return edge + (1 - 2 * edge) * w * float(rng.uniform(0.22, 0.4)), w, h
    h = min(max(avail * float(rng.uniform(*frac)), least / aspect**0.5), avail)
    w = min(h * aspect, 0.8)
    h = w / aspect
    grid = GRID + ((0.18, 0.82) if scale == "small" else ())
    cx = float(rng.choice(grid))
    return float(np.clip(cx, w / 2 + 0.06, 0.94 - w / 2)), w, h


def mix(a: RGB, b: RGB, share: float) -> RGB:
    """share of a and the rest of b."""
    return tuple(int(p * share + q * (1 - share)) for p, q in zip(a, b, strict=True))  # type: ignore[return-value]


def unit(x: float, y: float) -> tuple[float, float]:
    n = float(np.hypot(x, y)) or 1.0
    return x / n, y / n


def ball(cv: Canvas, c: Colours, st: Stage, cx: float, cy: float, r: float) -> None:
    """A sphere with a hard terminator and a little bounce light from below; on a dark
    field a thin rim of light on its shadowed edge, so it never sinks into the night."""
    nx, ny = (cv.x - cx) / r, (cv.y - cy) / r
    nz = np.sqrt(np.clip(1 - nx * nx - ny * ny, 0, 1))
    lx, ly, lz = st.light()
    lit = nx * lx + ny * ly + nz * lz
    t = np.clip((lit + 0.06) / 0.4, 0, 1) + 0.16 * np.clip(ny, 0, 1) * (lit < 0)
    if not c.light_field:
        t = np.maximum(t, 0.75 * np.clip(1 - nz * 2.2, 0, 1) * (lit < 0.2))
    cv.lay(cv.alpha(cv.disc(cx, cy, r)), cv.shade(c, t))


def sphere(cv: Canvas, c: Colours, st: Stage, rng: np.random.Generator) -> compose.Box:
    """A sphere resting on the floor, its soft shadow thrown away from the light."""
    cx, w, _ = place(rng, st, 1.0)
    r = w / 2
    cast_shadow(cv, c, st, cx, r * 0.8, r * 2.6)
    ball(cv, c, st, cx, st.base - r, r)
    return (cx - r, st.base - 2 * r, cx + r, st.base + 0.03)


def giant(cv: Canvas, c: Colours, st: Stage, rng: np.random.Generator) -> compose.Box:
    """A huge sphere filling most of the frame on a plain gradient, cropped by a side
    edge and by the bottom edge under a title at the top (the top edge over a title at
    the bottom)."""
    top, bottom = REGION[st.side]
    r = float(rng.uniform(0.36, 0.62))
    cx = float(rng.uniform(0.02, 0.4))
    cx = cx if rng.random() < 0.5 else 1 - cx
    gap = float(rng.uniform(0.0, 0.22))
    cy = top + r + gap if st.side == "top" else bottom - r - gap
    ball(cv, c, st, cx, cy, r)
    return compose.around(cx, cy, r)


def spheres(cv: Canvas, c: Colours, st: Stage, rng: np.random.Generator) -> compose.Box:
    """Two or three spheres of very different sizes floating in the gradient on a
    diagonal, the largest nearest, a small one in the accent."""
    top, bottom = REGION[st.side]
    r0 = float(rng.uniform(0.15, 0.23))
    cx = float(np.clip(rng.choice(GRID), r0 + 0.06, 0.94 - r0))
    cy = float(rng.uniform(top + r0 + 0.02, max(top + r0 + 0.02, bottom - r0 - 0.02)))
    angle = float(rng.uniform(0, 2 * np.pi))
    balls = [(cx, cy, r0)]
    for k in range(int(rng.integers(1, 3))):
        r = r0 * float(rng.uniform(0.2, 0.42)) / (1 + k)
        d = r0 + r + float(rng.uniform(0.06, 0.22))
        a = angle + k * float(rng.uniform(0.5, 1.2))
        x = float(np.clip(cx + d * np.cos(a), r + 0.05, 0.95 - r))
        y = float(np.clip(cy + d * np.sin(a), top + r, bottom - r))
        balls.append((x, y, r))
    accent = dataclasses.replace(c, lit=c.accent, dark=mix(c.accent, c.dark, 0.5))
    for i, (x, y, r) in sorted(enumerate(balls), key=lambda b: b[1][2]):
        ball(cv, accent if i == 1 else c, st, x, y, r)
    return (
        min(x - r for x, _, r in balls),
        min(y - r for _, y, r in balls),
        max(x + r for x, _, r in balls),
        max(y + r for _, y, r in balls),
    )


def torus(cv: Canvas, c: Colours, st: Stage, rng: np.random.Generator) -> compose.Box:
    """A torus seen at an angle, alone in space: its centre line an ellipse tilted by
    the seed, its tube shaded as a solid with the field showing through its hole."""
    top, bottom = REGION[st.side]
    big = float(rng.uniform(0.2, 0.3))
    a = big * float(rng.uniform(0.16, 0.26))
    b = big * float(rng.uniform(max(0.34, 1.4 * a / big), 0.62))
    tilt = float(rng.uniform(-0.6, 0.6))
    co, si = float(np.cos(tilt)), float(np.sin(tilt))
    hx, hy = float(np.hypot(big * co, b * si)) + a, float(np.hypot(big * si, b * co)) + a
    cx = float(np.clip(rng.choice(GRID), hx + 0.04, 0.96 - hx))
    cy = float(rng.uniform(top + hy, max(top + hy, bottom - hy)))
    u = (cv.x - cx) * co + (cv.y - cy) * si
    v = -(cv.x - cx) * si + (cv.y - cy) * co
    e = np.sqrt((u / big) ** 2 + (v / b) ** 2) + F32(1e-6)
    gu, gv = u / big**2 / e, v / b**2 / e
    g = np.sqrt(gu * gu + gv * gv) + F32(1e-6)
    sd = (e - 1) / g  # the distance off the centre line, outwards positive
    nu, nv = gu / g * np.clip(sd / a, -1, 1), gv / g * np.clip(sd / a, -1, 1)
    nx, ny = nu * co - nv * si, nu * si + nv * co
    nz = np.sqrt(np.clip(1 - nx * nx - ny * ny, 0, 1))
    lx, ly, lz = st.light()
    t = np.clip((nx * lx + ny * ly + nz * lz + 0.05) / 0.5, 0, 1)
    if not c.light_field:
        t = np.maximum(t, 0.7 * np.clip(1 - nz * 2.2, 0, 1))
    cv.lay(cv.alpha(a - np.abs(sd)), cv.shade(c, t))
    return compose.around(cx, cy, hx, hy)


def moon(cv: Canvas, c: Colours, st: Stage, rng: np.random.Generator) -> compose.Box:
    """A small crescent high in a wide sky over a low horizon (ink on a light field,
    lit on a dark one), the rest of its disc faintly visible, and its light a soft,
    rippling glint on the water below (no retro-sun bars)."""
    top = REGION[st.side][0]
    r = float(rng.uniform(0.075, 0.11))
    cx = float(rng.choice((0.2, 0.28, 0.72, 0.8))) + float(rng.uniform(-0.03, 0.03))
    cy = top + r + float(rng.uniform(0.0, 0.08))
    lx, ly = unit(st.lx, st.ly)
    off = r * float(rng.uniform(0.3, 0.6))
    whole = cv.disc(cx, cy, r)
    cut = cv.disc(cx - lx * off, cy - ly * off, r)
    if c.light_field:
        cv.lay(cv.alpha(whole) * 0.2, c.shadow)
    else:
        cv.lay(cv.alpha(whole) * 0.5, cv.shade(c, np.full_like(whole, 0.04), 0.6))
    lo, span = (0.0, 0.45) if c.light_field else (0.45, 0.55)  # ink on light, light on dark
    t = np.clip(lo + span * ((cv.x - cx) * lx + (cv.y - cy) * ly) / r, 0, 1)
    crescent = cv.shade(c, t)
    cv.lay(cv.alpha(np.minimum(whole, -cut)), crescent)
    hz = st.base
    depth = np.clip((cv.y - hz) / 0.3, 0, None)
    half = r * (0.4 + 1.6 * np.clip(depth, 0, 1))
    ripple = 0.55 + 0.45 * np.sin(depth * float(rng.uniform(50, 70)) + 1.5 * np.sin(cv.x * 70))
    path = np.exp(-(((cv.x - cx) / half) ** 2)) * np.exp(-depth * 1.5) * ripple
    glint = cv.noisy(path * 0.85, 0.9) * (cv.y > hz) * cv.alpha(REGION[st.side][1] + 0.06 - cv.y)
    cv.lay(glint, cv.shade(c, np.full_like(t, 0.5 if c.light_field else 0.9)))
    return (cx - r, cy - r, cx + r, cy + r)


def planet(cv: Canvas, c: Colours, st: Stage, rng: np.random.Generator) -> compose.Box:
    """A floating sphere circled by a thin tilted ring in the accent: the ring's far
    half behind the sphere, its near half across it."""
    top, bottom = REGION[st.side]
    big = float(rng.uniform(0.2, 0.32))
    r = big / float(rng.uniform(1.6, 2.0))
    k, tilt = float(rng.uniform(0.16, 0.3)), float(rng.uniform(-0.45, 0.45))
    cx = float(np.clip(rng.choice(GRID), big + 0.05, 0.95 - big))
    cy = float(rng.uniform(top + r + 0.06, max(top + r + 0.06, bottom - r - 0.06)))
    co, si = np.cos(tilt), np.sin(tilt)
    u = (cv.x - cx) * co + (cv.y - cy) * si
    v = -(cv.x - cx) * si + (cv.y - cy) * co
    band = np.zeros_like(u)
    for scale, sign in ((1.0, 1.0), (0.8, -1.0)):  # the ring between two ellipses
        a, b = big * scale, big * k * scale
        e = np.sqrt((u / a) ** 2 + (v / b) ** 2) + 1e-6
        grad = np.sqrt((u / a**2) ** 2 + (v / b**2) ** 2) / e + 1e-6
        sd = sign * (1 - e) / grad
        band = sd if sign > 0 else np.minimum(band, sd)
    lx = float(np.sign(st.lx))
    ring_t = cv.noisy(np.clip(0.55 + 0.4 * lx * u / big, 0, 1), 0.6)
    colour = cv.ramp(mix(c.accent, c.dark, 0.55), c.accent, ring_t)
    ring_a = cv.alpha(band)
    cv.lay(ring_a, colour)
    ball(cv, c, st, cx, cy, r)
    cv.lay(ring_a * (v > 0), colour)
    reach = big * float(np.hypot(co, k * si))
    return (cx - reach, cy - max(r, big * k), cx + reach, cy + max(r, big * k))


def pair(cv: Canvas, c: Colours, st: Stage, rng: np.random.Generator) -> compose.Box:
    """Two offset discs, the second in the accent, their overlap a third flat tone
    with hard edges (multiplied on a light field, screened on a dark one)."""
    k = float(rng.uniform(0.6, 1.0))
    angle = float(rng.uniform(-0.7, 0.7)) + (np.pi if rng.random() < 0.5 else 0.0)
    gap = (1 + k) * float(rng.uniform(0.45, 0.7))
    ox, oy = gap * np.cos(angle), gap * np.sin(angle)  # in units of the first radius
    x0, x1 = min(-1.0, ox - k), max(1.0, ox + k)
    y0, y1 = min(-1.0, oy - k), max(1.0, oy + k)
    cx, w, h = place(rng, st, (x1 - x0) / (y1 - y0), least=0.3)
    r = min(w / (x1 - x0), h / (y1 - y0))
    ax, ay = cx - (x0 + x1) / 2 * r, st.base - y1 * r
    bx, by = ax + ox * r, ay + oy * r
    lx, ly = unit(st.lx, st.ly)
    t = np.clip(0.5 + 0.5 * ((cv.x - ax) * lx + (cv.y - ay) * ly) / r, 0, 1)
    first = cv.shade(c, t)
    second = cv.ramp(mix(c.accent, c.dark, 0.6), c.accent, cv.noisy(t * 0.6 + 0.4))
    both = first * second if c.light_field else 1 - (1 - first) * (1 - second)
    a, b = cv.alpha(cv.disc(ax, ay, r)), cv.alpha(cv.disc(bx, by, r * k))
    cv.lay(a, first)
    cv.lay(b, second)
    cv.lay(a * b, both)
    return (cx - w / 2, st.base - h, cx + w / 2, st.base)
