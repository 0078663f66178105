"""The grain-gradient compositions: one hard-edged object each, lit from the
stage's side with a grainy gradient and a hard terminator, standing or floating in a
space: a sphere on the floor, a giant sphere cropped off a corner, a small moon high
over water, a sun half-sunk on the horizon, an arched door open onto light, a ring
standing on the floor, two discs with a hard overlap, a ringed planet, and a sphere on
a plinth.

Each takes a Canvas, the Colours, the Stage and the seed's generator, sizes and
places itself (off-centre, small in a wide field to huge and cropped, out of the
title's band), paints itself with its shadow and returns its focal box. LAYOUTS names
them (calm to lively) with the ground each needs.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from sleeve.engine import compose
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


def _unit(x: float, y: float) -> tuple[float, float]:
    n = float(np.hypot(x, y)) or 1.0
    return x / n, y / n


def _ball(cv: Canvas, c: Colours, st: Stage, cx: float, cy: float, r: float) -> None:
    """A sphere with a hard terminator and a little bounce light from below."""
    nx, ny = (cv.x - cx) / r, (cv.y - cy) / r
    nz = np.sqrt(np.clip(1 - nx * nx - ny * ny, 0, 1))
    lx, ly, lz = st.light()
    lit = nx * lx + ny * ly + nz * lz
    t = np.clip((lit + 0.06) / 0.4, 0, 1) + 0.16 * np.clip(ny, 0, 1) * (lit < 0)
    cv.lay(cv.alpha(cv.disc(cx, cy, r)), cv.shade(c, t))


def sphere(cv: Canvas, c: Colours, st: Stage, rng: np.random.Generator) -> compose.Box:
    """A sphere resting on the floor, its soft shadow thrown away from the light."""
    cx, w, _ = place(rng, st, 1.0)
    r = w / 2
    cast_shadow(cv, c, st, cx, r * 0.8, r * 2.6)
    _ball(cv, c, st, cx, st.base - r, r)
    return (cx - r, st.base - 2 * r, cx + r, st.base + 0.03)


def giant(cv: Canvas, c: Colours, st: Stage, rng: np.random.Generator) -> compose.Box:
    """A giant sphere cropped off a corner: sinking off the bottom edge under a title
    at the top, hanging from the top edge over a title at the bottom."""
    top, bottom = REGION[st.side]
    r = float(rng.uniform(0.3, 0.52))
    cx = float(rng.uniform(-0.14, 0.3))
    cx = cx if rng.random() < 0.5 else 1 - cx
    gap = float(rng.uniform(0.0, 0.2))
    cy = top + r + gap if st.side == "top" else bottom - r - gap
    _ball(cv, c, st, cx, cy, r)
    return (cx - r, cy - r, cx + r, cy + r)


def half_disc(cv: Canvas, c: Colours, st: Stage, rng: np.random.Generator) -> compose.Box:
    """A half-disc sitting on the horizon, lit across its face, mirrored below in
    crisp bars that thin towards the viewer (and stop above a title at the bottom)."""
    hz = st.horizon if st.horizon is not None else st.base
    cx, w, _ = place(rng, st, 2.0, hz)
    r = w / 2
    lx, ly = _unit(st.lx, st.ly)
    t = np.clip(0.5 + 0.55 * ((cv.x - cx) * lx + (cv.y - hz + r / 2) * ly) / r, 0, 1)
    colour = cv.shade(c, t)
    disc = cv.disc(cx, hz, r)
    cv.lay(cv.alpha(np.minimum(disc, hz - cv.y)), colour)
    depth = (cv.y - hz) / r
    bars = np.sin(depth * float(rng.uniform(18, 30))) - (depth * 1.6 - 0.4)
    mirror = cv.alpha(np.minimum(np.minimum(disc, cv.y - hz), bars / cv.res * 2.5))
    if st.side == "bottom":  # the bars stop short of the title's band
        mirror = mirror * cv.alpha(0.76 - cv.y)
    cv.lay(mirror * 0.6, colour)
    return (cx - r, hz - r, cx + r, hz + r * 0.7)


def ring(cv: Canvas, c: Colours, st: Stage, rng: np.random.Generator) -> compose.Box:
    """A torus standing on the floor, its tube shaded as a solid with the field
    showing through its middle."""
    cx, w, _ = place(rng, st, 1.0, least=0.3)
    outer = w / 2
    tube = float(rng.uniform(0.14, 0.3))
    big, a = outer / (1 + tube), outer * tube / (1 + tube)
    cy = st.base - outer
    cast_shadow(cv, c, st, cx, outer * 0.6, outer * 2.2)
    dx, dy = cv.x - cx, cv.y - cy
    d = np.sqrt(dx * dx + dy * dy) + 1e-6
    u = np.clip((d - big) / a, -1, 1)
    lx, ly, lz = st.light()
    lit = u * (dx * lx + dy * ly) / d + np.sqrt(1 - u * u) * lz
    cv.lay(cv.alpha(a - np.abs(d - big)), cv.shade(c, np.clip((lit + 0.05) / 0.5, 0, 1)))
    return (cx - outer, cy - outer, cx + outer, st.base + 0.03)


def _arch_sd(
    x: np.ndarray, y: np.ndarray, cx: float, bottom: float, w: float, h: float
) -> np.ndarray:
    """An arched opening's signed distance (a rectangle under a half circle)."""
    spring = bottom - h + w / 2
    rect = np.minimum(w / 2 - np.abs(x - cx), np.minimum(bottom - y, y - spring))
    return np.maximum(rect, w / 2 - np.sqrt((x - cx) ** 2 + (y - spring) ** 2))


def opening(cv: Canvas, c: Colours, st: Stage, rng: np.random.Generator) -> compose.Box:
    """An arched door (in the wall, or standing alone on the floor) or a window, open
    onto light, its depth showing on one side and its light thrown across the floor
    as a sheared, crisp patch."""
    hz = st.horizon if st.horizon is not None else st.base
    tall = hz - REGION[st.side][0] > 0.34  # a window under 0.2 tall is a speck at 64 px
    high = st.base <= hz + 0.01 and tall and rng.random() < 0.5  # a window in the wall
    sill = hz - float(rng.uniform(0.04, 0.12)) if high else st.base
    cx, w, h = place(rng, st, float(rng.uniform(0.45, 0.7)), sill, 0.3)
    sd = _arch_sd(cv.x, cv.y, cx, sill, w, h)
    glow = np.clip(0.55 + 0.45 * (cv.y - (sill - h)) / h, 0, 1)
    cv.lay(cv.alpha(sd), cv.shade(c, glow, 1.0))
    s, depth = float(np.sign(st.lx)), w * float(rng.uniform(0.08, 0.16))
    inner = _arch_sd(cv.x + s * depth, cv.y + depth * 0.5, cx, sill, w, h)
    cv.lay(cv.alpha(np.minimum(sd, -inner)), cv.ramp(c.far, c.shadow, np.full_like(sd, 0.6)))
    floor = cv.y - max(sill, hz) - max(hz - sill, 0.0) * 0.4
    stretch, shear = float(rng.uniform(1.6, 2.6)), -st.lx * float(rng.uniform(0.3, 0.8))
    room = REGION[st.side][1] + 0.02 - max(sill, hz)  # the patch stops short of the title
    stretch = max(stretch, h / max(room, 0.02))
    patch = _arch_sd(cv.x - shear * floor, sill - floor * stretch, cx, sill, w, h)
    light = c.near if c.light_field else cv.shade(c, np.full_like(sd, 0.95), 0.8)
    cv.lay(cv.alpha(np.minimum(patch, floor)) * 0.7, light)  # light, never a shadow
    reach = h / stretch * abs(shear)
    foot = max(sill, hz) + h / stretch + 0.02
    return (cx - w / 2 - reach, sill - h, cx + w / 2 + reach, min(1.0, foot))


def moon(cv: Canvas, c: Colours, st: Stage, rng: np.random.Generator) -> compose.Box:
    """A small crescent high in a wide sky over a low horizon (ink on a light field,
    lit on a dark one), the rest of its disc faintly visible, and its light broken
    into bars on the water below."""
    top = REGION[st.side][0]
    r = float(rng.uniform(0.075, 0.11))
    cx = float(rng.choice((0.2, 0.28, 0.72, 0.8))) + float(rng.uniform(-0.03, 0.03))
    cy = top + r + float(rng.uniform(0.0, 0.08))
    lx, ly = _unit(st.lx, st.ly)
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
    depth = (cv.y - hz) / 0.3
    bars = np.sin(depth * float(rng.uniform(40, 60))) - depth * 1.2
    half = r * (0.5 + 2.2 * np.clip(depth, 0, 1))
    path = np.minimum(np.minimum(half - np.abs(cv.x - cx), cv.y - hz - 0.01), bars / cv.res * 3)
    glint = cv.alpha(path) * cv.alpha(REGION[st.side][1] + 0.06 - cv.y)
    cv.lay(glint * 0.8, cv.shade(c, np.full_like(t, 0.5 if c.light_field else 0.9)))
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
    dim = tuple(int(a * 0.55 + b * 0.45) for a, b in zip(c.accent, c.dark, strict=True))
    colour = cv.ramp(dim, c.accent, ring_t)  # type: ignore[arg-type]
    ring_a = cv.alpha(band)
    cv.lay(ring_a, colour)
    _ball(cv, c, st, cx, cy, r)
    cv.lay(ring_a * (v > 0), colour)
    reach = big * float(np.hypot(co, k * si))
    return (cx - reach, cy - max(r, big * k), cx + reach, cy + max(r, big * k))


def plinth(cv: Canvas, c: Colours, st: Stage, rng: np.random.Generator) -> compose.Box:
    """A sphere resting on a short round plinth, like a piece in a gallery: the
    plinth's face shaded as a cylinder, its top lit, the sphere's shadow on it."""
    top = REGION[st.side][0]
    w = float(rng.uniform(0.16, 0.3))
    h = w * float(rng.uniform(0.5, 1.5))
    r = w / 2 * float(rng.uniform(0.75, 1.1))
    fit = min(1.0, (st.base - top - 0.02) / (h + 2 * r))
    w, h, r = w * fit, h * fit, r * fit
    cx = float(np.clip(rng.choice(GRID + (0.2, 0.8)), w / 2 + 0.08, 0.92 - w / 2))
    ry, lid = w / 2 * 0.2, st.base - h
    cast_shadow(cv, c, st, cx, w / 2, h + 2 * r)
    lx, _, lz = st.light()
    nx = np.clip((cv.x - cx) / (w / 2), -1, 1)
    t = np.clip(0.2 + 0.7 * (nx * lx + np.sqrt(1 - nx * nx) * lz), 0, 1)
    body = np.maximum(
        np.minimum(w / 2 - np.abs(cv.x - cx), np.minimum(cv.y - lid, st.base - cv.y)),
        cv.ellipse(cx, st.base, w / 2, ry),
    )
    cv.lay(cv.alpha(body), cv.shade(c, t * 0.8))
    cv.lay(cv.alpha(cv.ellipse(cx, lid, w / 2, ry)), cv.shade(c, np.full_like(t, 0.9)))
    cv.lay(cv.alpha(cv.ellipse(cx - lx * r * 0.2, lid, r * 0.75, ry * 0.7)) * 0.6, c.dark)
    _ball(cv, c, st, cx, lid - r * 0.97, r)
    return (cx - max(r, w / 2), lid - 2 * r, cx + max(r, w / 2), st.base + 0.03)


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
    lx, ly = _unit(st.lx, st.ly)
    t = np.clip(0.5 + 0.5 * ((cv.x - ax) * lx + (cv.y - ay) * ly) / r, 0, 1)
    first = cv.shade(c, t)
    accent_dark = tuple(int(a * 0.6 + b * 0.4) for a, b in zip(c.accent, c.dark, strict=True))
    second = cv.ramp(accent_dark, c.accent, cv.noisy(t * 0.6 + 0.4))  # type: ignore[arg-type]
    both = first * second if c.light_field else 1 - (1 - first) * (1 - second)
    a, b = cv.alpha(cv.disc(ax, ay, r)), cv.alpha(cv.disc(bx, by, r * k))
    cv.lay(a, first)
    cv.lay(b, second)
    cv.lay(a * b, both)
    return (cx - w / 2, st.base - h, cx + w / 2, st.base)


Painter = Callable[[Canvas, Colours, Stage, np.random.Generator], compose.Box]
LAYOUTS: dict[str, tuple[Painter, str]] = {  # calm to lively, with the ground each needs
    "sun-horizon": (half_disc, "horizon"),
    "moon-water": (moon, "low"),
    "arch-door": (opening, "floor"),
    "sphere-floor": (sphere, "floor"),
    "sphere-giant": (giant, "sky"),
    "sphere-plinth": (plinth, "floor"),
    "planet-ring": (planet, "sky"),
    "ring-floor": (ring, "floor"),
    "discs-overlap": (pair, "sky"),
}
OBJECTS: dict[str, Painter] = {name: painter for name, (painter, _) in LAYOUTS.items()}
FLOATING = frozenset(name for name, (_, ground) in LAYOUTS.items() if ground == "sky")
