"""The grain-gradient objects: one hard-edged focal object each, lit from the
stage's side with a grainy gradient and a hard terminator: a sphere, a half-disc on
the horizon, a monolith, a stepped stack of slabs, a ring, an arched opening onto
light, a folded ribbon, a crescent and two discs with a hard overlap.

Each takes a Canvas, the Colours, the Stage and the seed's generator, sizes and
places itself (small in a wide field to huge and cropped off an edge, on an
off-centre grid, out of the title's band), paints itself and returns its focal box.
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
GRID = (0.3, 0.36, 0.64, 0.7)
SCALES = ("small", "mid", "mid", "large", "large", "cropped")


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
    grid = GRID + ((0.22, 0.78) if scale == "small" else ())
    cx = float(rng.choice(grid))
    return float(np.clip(cx, w / 2 + 0.06, 0.94 - w / 2)), w, h


def _unit(x: float, y: float) -> tuple[float, float]:
    n = float(np.hypot(x, y)) or 1.0
    return x / n, y / n


def sphere(cv: Canvas, c: Colours, st: Stage, rng: np.random.Generator) -> compose.Box:
    """A sphere with a hard terminator and a little bounce light from the floor."""
    cx, w, _ = place(rng, st, 1.0)
    r = w / 2
    cy = st.base - r
    cast_shadow(cv, c, st, cx, r * 0.8, r * 2.6)
    nx, ny = (cv.x - cx) / r, (cv.y - cy) / r
    nz = np.sqrt(np.clip(1 - nx * nx - ny * ny, 0, 1))
    lx, ly, lz = st.light()
    lit = nx * lx + ny * ly + nz * lz
    t = np.clip((lit + 0.06) / 0.4, 0, 1) + 0.16 * np.clip(ny, 0, 1) * (lit < 0)
    cv.lay(cv.alpha(cv.disc(cx, cy, r)), cv.shade(c, t))
    return (cx - r, cy - r, cx + r, st.base + 0.03)


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


def monolith(cv: Canvas, c: Colours, st: Stage, rng: np.random.Generator) -> compose.Box:
    """A tall block: its front face lit from above, its side face (away from the
    light) in shadow, a long shadow across the floor."""
    cx, w, h = place(rng, st, float(rng.uniform(0.28, 0.45)))
    base, top = st.base, st.base - h
    s = -float(np.sign(st.lx))  # the side face is on the side away from the light
    d, k = w * float(rng.uniform(0.25, 0.45)), 0.45
    cast_shadow(cv, c, st, cx + s * d / 2, w / 2 + d / 2, h * 1.4)
    edge = cx + s * w / 2
    u = (cv.x - edge) * s
    side = np.minimum(np.minimum(u, d - u), np.minimum(cv.y - (top - k * u), base - k * u - cv.y))
    cv.lay(cv.alpha(side), cv.shade(c, 0.05 + 0.15 * (1 - np.clip(u / d, 0, 1))))
    t = 0.5 + 0.45 * np.clip((base - cv.y) / h, 0, 1) + 0.1 * st.lx * (cv.x - cx) / w
    cv.lay(cv.alpha(cv.rect(cx - w / 2, top, cx + w / 2, base)), cv.shade(c, t))
    return (min(cx - w / 2, edge + s * d), top - k * d, max(cx + w / 2, edge + s * d), base + 0.03)


def slabs(cv: Canvas, c: Colours, st: Stage, rng: np.random.Generator) -> compose.Box:
    """A stepped stack of three to five slabs, each narrower and shifted, their top
    faces catching the light."""
    cx, w, h = place(rng, st, float(rng.uniform(0.9, 1.5)))
    n = int(rng.integers(3, 6))
    hs, shrink = h / n, float(rng.uniform(0.1, 0.2))
    shift = float(rng.choice((-1.0, 0.0, 1.0))) * w * float(rng.uniform(0.05, 0.12))
    cast_shadow(cv, c, st, cx, w / 2, h * 1.1)
    for i in range(n):
        wi, xi = w * (1 - i * shrink), cx + i * shift
        y1 = st.base - i * hs
        y0, lip = y1 - hs, hs * 0.26
        t = 0.3 + 0.35 * np.clip(0.5 + st.lx * (cv.x - xi) / wi, 0, 1)
        cv.lay(cv.alpha(cv.rect(xi - wi / 2, y0 + lip, xi + wi / 2, y1)), cv.shade(c, t))
        cv.lay(
            cv.alpha(cv.rect(xi - wi / 2, y0, xi + wi / 2, y0 + lip)), cv.shade(c, t * 0.3 + 0.7)
        )
    reach = abs(shift) * n
    return (cx - w / 2 - reach, st.base - h, cx + w / 2 + reach, st.base + 0.03)


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
    high = st.base <= hz + 0.01 and rng.random() < 0.5  # a window in the wall
    sill = hz - float(rng.uniform(0.04, 0.12)) if high else st.base
    cx, w, h = place(rng, st, float(rng.uniform(0.45, 0.7)), sill)
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


def _strip(cv: Canvas, p: tuple[float, float], q: tuple[float, float], half: float):
    """Along (0 at p), length and across-distance arrays of the strip from p to q."""
    ux, uy = _unit(q[0] - p[0], q[1] - p[1])
    along = (cv.x - p[0]) * ux + (cv.y - p[1]) * uy
    across = np.abs(-(cv.x - p[0]) * uy + (cv.y - p[1]) * ux)
    return along, float(np.hypot(q[0] - p[0], q[1] - p[1])), half - across


def fold(cv: Canvas, c: Colours, st: Stage, rng: np.random.Generator) -> compose.Box:
    """One long ribbon folding back on itself once, both ends cut square inside the
    frame: its face lit, its underside in shadow past the crease."""
    top, bottom = REGION[st.side]
    half = float(rng.uniform(0.05, 0.1))
    lo, hi = top + half * 1.5, bottom - half * 1.5
    s = float(rng.choice((-1.0, 1.0)))
    p0 = (0.5 - s * float(rng.uniform(0.3, 0.42)), float(rng.uniform(lo, hi)))
    p1 = (0.5 + s * float(rng.uniform(0.05, 0.22)), float(rng.uniform(lo, hi)))
    p2 = (p1[0] - s * float(rng.uniform(0.25, 0.5)), float(rng.uniform(lo, hi)))
    if abs(p2[1] - p0[1]) < 0.12:
        p2 = (p2[0], lo if p0[1] > (lo + hi) / 2 else hi)
    d1, d2 = _unit(p1[0] - p0[0], p1[1] - p0[1]), _unit(p2[0] - p1[0], p2[1] - p1[1])
    crease = _unit(d1[0] + d2[0], d1[1] + d2[1])
    normal = (-crease[1], crease[0])
    cut = (cv.x - p1[0]) * normal[0] + (cv.y - p1[1]) * normal[1]
    side0 = float(np.sign((p0[0] - p1[0]) * normal[0] + (p0[1] - p1[1]) * normal[1])) or 1.0
    a1, l1, w1 = _strip(cv, p0, p1, half)
    a2, l2, w2 = _strip(cv, p1, p2, half)
    under = np.minimum(np.minimum(w2, l2 - a2), cut * side0)  # both legs on p0's side
    cv.lay(cv.alpha(under), cv.shade(c, 0.08 + 0.3 * np.clip(a2 / l2, 0, 1)))
    face = np.minimum(np.minimum(w1, a1), cut * side0)
    cv.lay(cv.alpha(face), cv.shade(c, 0.4 + 0.55 * np.clip(a1 / l1, 0, 1)))
    xs, ys = (p0[0], p1[0], p2[0]), (p0[1], p1[1], p2[1])
    return (min(xs) - half, min(ys) - half, max(xs) + half, max(ys) + half)


def crescent(cv: Canvas, c: Colours, st: Stage, rng: np.random.Generator) -> compose.Box:
    """A crescent on the light's side (ink on a light field, lit on a dark one), the
    rest of its disc faintly visible, so the terminator is a hard curve."""
    hover = 0.0 if st.horizon is None else float(rng.uniform(0.02, 0.06))
    cx, w, _ = place(rng, st, 1.0, st.base - hover, 0.3)
    r = w / 2
    cy = st.base - hover - r
    lx, ly = _unit(st.lx, st.ly)
    off = r * float(rng.uniform(0.3, 0.7))
    whole = cv.disc(cx, cy, r)
    cut = cv.disc(cx - lx * off, cy - ly * off, r)
    if c.light_field:
        cv.lay(cv.alpha(whole) * 0.2, c.shadow)
    else:
        cv.lay(cv.alpha(whole) * 0.5, cv.shade(c, np.full_like(whole, 0.04), 0.6))
    lo, span = (0.0, 0.45) if c.light_field else (0.45, 0.55)  # ink on light, light on dark
    t = np.clip(lo + span * ((cv.x - cx) * lx + (cv.y - cy) * ly) / r, 0, 1)
    cv.lay(cv.alpha(np.minimum(whole, -cut)), cv.shade(c, t))
    return (cx - r, cy - r, cx + r, cy + r)


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
OBJECTS: dict[str, Painter] = {  # calm to lively
    "half_disc": half_disc,
    "opening": opening,
    "crescent": crescent,
    "sphere": sphere,
    "monolith": monolith,
    "ring": ring,
    "slabs": slabs,
    "pair": pair,
    "fold": fold,
}
FLOATING = frozenset({"crescent", "pair", "fold"})
