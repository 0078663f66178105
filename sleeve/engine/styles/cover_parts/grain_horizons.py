"""The grain-gradient scenes built on light and a horizon (a doorway, a setting sun,
spheres on the ground, a beam of light), each varied inside itself so two tracks that
draw the same scene do not read as the same picture: the seed and the music choose
the scale (tiny in a wide field to huge and cropped), the place on a grid, how many
(one, two or a row of three), the horizon's height and tilt, and a second element
(a shadow, a reflection, a thin ring, a small second body).
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import compose
from sleeve.engine.styles.cover_parts.grain_scenes import Canvas, Colours

F32 = np.float32
GRID = (0.24, 0.38, 0.5, 0.62, 0.76)


def _scale(rng: np.random.Generator) -> str:
    """How big the scene's body is: tiny in a wide field, middling, or huge."""
    return str(rng.choice(("tiny", "mid", "mid", "huge")))


def _horizon(cv: Canvas, rng: np.random.Generator, low: float, high: float) -> np.ndarray:
    """A horizon between low and high (0 top .. 1 bottom), level or gently tilted, as
    one height per column."""
    tilt = float(rng.choice((0.0, 0.0, -1.0, 1.0))) * float(rng.uniform(0.05, 0.14))
    return float(rng.uniform(low, high)) + tilt * (cv.x - 0.5)


def _at(h: np.ndarray, x: float) -> float:
    """The horizon's height at column x (0..1)."""
    return float(h[0, min(h.shape[1] - 1, int(x * h.shape[1]))])


def ball(cv: Canvas, c: Colours, cx: float, cy: float, r: float, lx: float) -> None:
    """A grainy sphere lit from the side lx (-1 left, 1 right) and a little above."""
    nx, ny = (cv.x - cx) / r, (cv.y - cy) / r
    nz = np.sqrt(np.clip(1.0 - nx * nx - ny * ny, 0.0, 1.0))
    lit = np.clip((lx * 0.62 * nx - 0.45 * ny + 0.64 * nz), 0.0, 1.0) ** 1.4
    cv.lay(cv.disc(cx, cy, r), cv.ramp(c.second, c.light, cv.noisy(lit, 1.6)))


def ring(cv: Canvas, cx: float, cy: float, r: float, squash: float, width: float) -> np.ndarray:
    """A thin ellipse's alpha (a planet's ring when squashed, a halo when round)."""
    d = np.sqrt(((cv.x - cx) / r) ** 2 + ((cv.y - cy) / (r * squash)) ** 2)
    return np.clip(1.0 - np.abs(d - 1.0) * r / width, 0.0, 1.0)


def sphere(cv: Canvas, c: Colours, rng: np.random.Generator, side: str) -> compose.Box:
    """One, two or a row of three spheres on a horizon, tiny to huge and cropped, with
    a shadow, a reflection, a ring around the first or a small moon above."""
    scale = _scale(rng)
    r, count = {
        "tiny": (float(rng.uniform(0.045, 0.075)), int(rng.choice((1, 3)))),
        "mid": (float(rng.uniform(0.12, 0.2)), int(rng.choice((1, 1, 2)))),
        "huge": (float(rng.uniform(0.34, 0.44)), 1),
    }[scale]
    low, high = (0.7, 0.9) if side == "top" else (0.5, 0.68)
    if scale == "huge":
        low, high = (0.88, 0.94) if side == "top" else (0.6, 0.7)
    h = _horizon(cv, rng, low, high)
    if side == "top":  # the body keeps under the title's band
        r = min(r, (_at(h, 0.5) - 0.24) / 1.96)
    cx = float(rng.choice((0.2, 0.8) if scale == "huge" else GRID[1:4] if count > 1 else GRID))
    gap = r * float(rng.uniform(2.3, 3.0))
    xs = [cx + (i - (count - 1) / 2) * gap for i in range(count)]
    sizes = [r * (1.0 if i == count // 2 or count < 3 else 0.72) for i in range(count)]
    cv.sky(c, h)
    cv.ground(c, h)
    lx = float(rng.choice((-1.0, 1.0)))
    extra = str(rng.choice(("shadow", "reflection", "ring", "moon")))
    for x, s in zip(xs, sizes, strict=True):
        base = _at(h, x)
        if extra == "reflection":
            mirror = cv.disc(x, base + s * 0.96, s) * (cv.y >= h)
            cv.lay(cv.noisy(mirror * 0.35, 1.4), c.second)
        else:
            reach = s * (2.4 if extra == "shadow" else 1.3)
            shade = np.exp(-(((cv.x - x + lx * reach * 0.6) / reach) ** 2))
            shade = shade * np.exp(-(((cv.y - base) / (s * 0.12)) ** 2)) * (cv.y >= h)
            cv.lay(cv.noisy(shade) * 0.55, c.low if c.light_field else (0, 0, 0))
        ball(cv, c, x, base - s * 0.96, s, lx)
    top = _at(h, xs[0]) - sizes[0] * 0.96
    if extra == "ring":
        back = ring(cv, xs[0], top, sizes[0] * 1.75, 0.22, 0.006)
        cv.lay(back * ((cv.y > top) | (cv.disc(xs[0], top, sizes[0]) < 0.5)), c.light)
    if extra == "moon" and (side == "bottom" or top - sizes[0] * 1.6 > 0.3):
        mx = 1.0 - cx if abs(cx - 0.5) > 0.05 else cx + 0.25
        my = max(0.1, top - sizes[0] * 1.6)
        ball(cv, c, mx, my, r * 0.3, lx)
    span = max(sizes) * (1.8 if extra == "ring" else 1.1)
    y1 = _at(h, cx) + 0.04
    return (min(xs) - span, y1 - max(sizes) * 2.1, max(xs) + span, y1)


def sunset(cv: Canvas, c: Colours, rng: np.random.Generator, side: str) -> compose.Box:
    """A grainy sun half-set behind a horizon (tiny far off to huge and cropped), with
    its reflection in bars, a thin halo or a smaller twin."""
    scale = _scale(rng)
    r = {"tiny": (0.05, 0.08), "mid": (0.13, 0.22), "huge": (0.36, 0.5)}[scale]
    r = float(rng.uniform(*r))
    low, high = (0.58, 0.82) if side == "top" else (0.42, 0.6)
    h = _horizon(cv, rng, max(low, r + 0.22) if side == "top" else low, high)
    cx = float(rng.choice((0.2, 0.5, 0.8) if scale == "huge" else GRID))
    base = _at(h, cx)
    cv.sky(c, h)
    top, low_c = (c.shape, c.second) if c.light_field else (c.light, c.shape)
    extra = str(rng.choice(("glow", "reflection", "halo", "twin")))
    if extra == "twin":
        tx = cx + float(rng.choice((-1.0, 1.0))) * r * 2.2
        cv.lay(cv.disc(tx, _at(h, min(max(tx, 0), 1)), r * 0.45, 0.006), low_c)
    sun = cv.ramp(top, low_c, cv.noisy(np.clip((cv.y - (base - r)) / r, 0, 1) + 0 * cv.x))
    cv.lay(cv.noisy(cv.disc(cx, base, r * 1.9, r * 1.6), 1.2) * 0.45, c.shape)
    if extra == "halo":
        cv.lay(ring(cv, cx, base, r * 1.35, 1.0, 0.004), top)
    cv.lay(cv.disc(cx, base, r, 0.006), sun)
    cv.ground(c, h)
    if extra == "reflection":
        depth = cv.y - h
        bars = (np.sin(depth * 160.0) > 0.2) * (depth > 0) * (depth < r * 1.4)
        taper = np.abs(cv.x - cx) < r * (1.0 - depth / (r * 1.6))
        cv.lay(cv.noisy((bars * taper).astype(F32) * 0.8, 1.2), low_c)
    return (
        cx - r * 1.3,
        base - r * 1.2,
        cx + r * 1.3,
        base + (r * 1.4 if extra == "reflection" else 0.03),
    )


def arch(cv: Canvas, c: Colours, rng: np.random.Generator, side: str) -> compose.Box:
    """One doorway full of grainy light, or a row of three with one lit, small and far
    or huge and cropped; a figure or a ball may stand in the light."""
    scale = _scale(rng)
    count = int(rng.choice((1, 3))) if scale != "huge" else 1
    w = {"tiny": 0.12, "mid": 0.3, "huge": 0.62}[scale] * float(rng.uniform(0.85, 1.15))
    if count == 3:
        w = min(w, 0.2)
    h = w * float(rng.uniform(1.3, 1.9))
    floor = float(rng.uniform(0.82, 0.94) if side == "top" else rng.uniform(0.62, 0.74))
    if side == "top":
        h = min(h, floor - 0.24)
    cx = float(rng.choice(GRID if count == 1 and scale != "huge" else (0.38, 0.5, 0.62)))
    cv.sky(c)
    cv.lay((cv.y >= floor).astype(F32) * 0.5 + 0 * cv.x, c.low)
    lit = int(rng.integers(count))
    for i in range(count):
        x = cx + (i - (count - 1) / 2) * w * 1.45
        door, spill = _door(cv, x, floor, w, h)
        glow = np.clip((cv.y - (floor - h)) / h, 0, 1) ** 0.8 + 0 * cv.x
        cv.lay(door * (1.0 if i == lit else 0.45), cv.ramp(c.second, c.light, cv.noisy(glow, 1.5)))
        if i == lit:
            cv.lay(cv.noisy(spill * 0.55, 1.5), c.light)
    x = cx + (lit - (count - 1) / 2) * w * 1.45
    guest = str(rng.choice(("none", "figure", "ball")))
    if guest == "figure":
        fh = h * 0.34
        body = (np.abs(cv.x - x) < fh * 0.13) & (cv.y < floor) & (cv.y > floor - fh * 0.8)
        cv.lay(np.maximum(body.astype(F32), cv.disc(x, floor - fh * 0.9, fh * 0.12)), c.ground)
    elif guest == "ball":
        ball(cv, c, x, floor - w * 0.16, w * 0.16, 1.0)
    span = w * (0.5 + 0.725 * (count - 1))
    return (cx - span, floor - h, cx + span, min(1.0, floor + 0.12))


def _door(cv: Canvas, x: float, floor: float, w: float, h: float) -> tuple[np.ndarray, np.ndarray]:
    """A doorway's alpha (a rectangle under a half circle) and its light's spill."""
    half, top = w / 2, floor - h
    inside = (np.abs(cv.x - x) <= half) & (cv.y <= floor) & (cv.y >= top + half)
    door = np.maximum(inside.astype(F32), cv.disc(x, top + half, half) * (cv.y < top + half))
    spread = np.clip((cv.y - floor) / 0.3, 0, 1)
    spill = (np.abs(cv.x - x) <= half + spread * 0.25) * (1 - spread) * (cv.y > floor)
    return door, spill.astype(F32)


def beam(cv: Canvas, c: Colours, rng: np.random.Generator, side: str) -> compose.Box:
    """One beam, or a fan of two or three, falling from above onto a pool of light at
    a place on the grid; a small ball may sit in the pool."""
    cv.sky(c)
    ox = float(rng.choice((-0.12, 0.15, 0.85, 1.12)))  # from a top corner or a side
    tx = float(rng.choice([x for x in GRID if abs(x - ox) >= 0.25]))
    ty = float(rng.uniform(0.68, 0.84) if side == "top" else rng.uniform(0.36, 0.5))
    count = int(rng.choice((1, 1, 2, 3)))
    spread = float(rng.uniform(0.08, 0.18))
    glare, pooled = (c.shape, c.second) if c.light_field else (c.light, c.shape)
    width = float(rng.uniform(0.05, 0.24)) / count**0.5
    for i in range(count):
        land = tx + (i - (count - 1) / 2) * spread
        ux, uy = land - ox, ty + 0.15
        length = float(np.hypot(ux, uy))
        ux, uy = ux / length, uy / length
        along = (cv.x - ox) * ux + (cv.y + 0.15) * uy
        across = np.abs(-(cv.x - ox) * uy + (cv.y + 0.15) * ux)
        ray = np.clip(1.0 - across / (0.015 + along * width), 0, 1) ** 0.7
        cv.lay(cv.noisy(ray * np.clip(along / length, 0, 1), 1.6) * 0.9, glare)
    pw = 0.1 + spread * (count - 1) / 2 + width * 0.6
    pool = np.exp(-(((cv.x - tx) / pw) ** 2) - ((cv.y - ty) / 0.04) ** 2)
    cv.lay(cv.noisy(pool, 1.5) * 0.9, pooled)
    if rng.random() < 0.4:  # a small ball lit in the pool
        ball(cv, c, tx, ty - 0.05, 0.05, 1.0 if ox < tx else -1.0)
    return (min(tx, ox) - pw, 0.0, max(tx, ox) + pw, ty + 0.08)
