"""The grain-gradient compositions: one bold element, large (a third of the frame
or more, or bleeding off an edge), in rich grainy light, so the cover reads as a
clear shape at 64 px.

A giant sphere cropped by a corner, an eclipse with a wide corona, a huge ring
rising from a side edge, a glowing horizon across the frame, two large overlapping
discs and a wide beam of light.

Each takes a Canvas, the Colours, the Stage, the music's energy and the seed's
generator, paints the whole frame (its own field included) keeping its light out
of the title's band, and returns its focal box. Edges that carry the shape are
crisp; glows and light are grainy and soft (rule 8: grain on every gradient).
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import compose
from sleeve.engine.direction import RGB
from sleeve.engine.styles.cover_parts.grain_scenes import REGION, Canvas, Colours, Stage

F32 = np.float32


def mix(a: RGB, b: RGB, share: float) -> RGB:
    """share of a and the rest of b."""
    return tuple(int(p * share + q * (1 - share)) for p, q in zip(a, b, strict=True))  # type: ignore[return-value]


def unit(x: float, y: float) -> tuple[float, float]:
    n = float(np.hypot(x, y)) or 1.0
    return x / n, y / n


def away(cv: Canvas, st: Stage, soft: float = 0.14) -> np.ndarray:
    """1 outside the title's band, fading to 0 across its edge (light keeps out)."""
    top, bottom = REGION[st.side]
    edge = (cv.y - top + soft / 2) if st.side == "top" else (bottom + soft / 2 - cv.y)
    return np.clip(edge / soft, 0, 1)


def field(cv: Canvas, c: Colours, st: Stage, amount: float = 0.7) -> None:
    """The plain field: far to near along the light's direction, grained."""
    t = 0.5 + 0.7 * (st.lx * (cv.x - 0.5) + st.ly * (cv.y - 0.5))
    cv.rgb = cv.ramp(c.far, c.near, cv.noisy(np.clip(t, 0, 1), amount))


def glow_colour(c: Colours) -> RGB:
    """The colour light takes on the field: the lit tone on a dark field, the accent
    (strong, not a pale wash) on a light one."""
    return c.lit if not c.light_field else c.accent


def _ball(cv: Canvas, c: Colours, st: Stage, cx: float, cy: float, r: float) -> None:
    """A sphere with a hard terminator, grainy shading, bounce light from below and,
    on a dark field, a rim of light on its shadowed edge."""
    nx, ny = (cv.x - cx) / r, (cv.y - cy) / r
    nz = np.sqrt(np.clip(1 - nx * nx - ny * ny, 0, 1))
    lx, ly, lz = st.light()
    lit = nx * lx + ny * ly + nz * lz
    t = np.clip((lit + 0.15) / 1.0, 0, 1) ** 1.2 + 0.14 * np.clip(ny, 0, 1) * (lit < 0)
    if not c.light_field:
        t = np.maximum(t, 0.6 * np.clip(1 - nz * 2.6, 0, 1) * (lit < 0.2))
    cv.lay(cv.alpha(cv.disc(cx, cy, r)), cv.shade(c, np.clip(t, 0, 1), 1.0))


def sphere(
    cv: Canvas, c: Colours, st: Stage, energy: float, rng: np.random.Generator
) -> compose.Box:
    """A giant sphere cropped by a bottom (or top) corner, lit from the open side of
    the frame, in a soft grainy glow."""
    top, bottom = REGION[st.side]
    r = float(rng.uniform(0.38, 0.64))
    left = rng.random() < 0.5
    cx = float(rng.uniform(-0.12, 0.36)) + (r - 0.38) * 0.3  # from a heavy side crop on
    gap = float(rng.uniform(0.0, 0.24))  # up to a dome rising out of the bottom edge
    cy = top + r + gap if st.side == "top" else bottom - r - gap
    cx = cx if left else 1 - cx
    lx = (0.55 + 0.4 * abs(st.lx)) * (1.0 if left else -1.0)
    ly = -0.55 if st.side == "top" else 0.2
    if rng.random() < 0.4:  # lit from behind: a lit crescent facing the open frame
        lx, ly = lx * 2.2, ly * 2.2 - (0.6 if st.side == "top" else -0.6)
    st = Stage(lx, ly, None, st.base, st.side)
    field(cv, c, st)
    d = np.sqrt((cv.x - cx) ** 2 + (cv.y - cy) ** 2)
    halo = np.exp(-np.clip(d - r, 0, None) / (0.06 + 0.08 * energy)) * away(cv, st)
    cv.lay(cv.noisy(halo * (0.55 if not c.light_field else 0.35), 0.9), glow_colour(c))
    _ball(cv, c, st, cx, cy, r)
    return compose.around(cx, cy, r)


def eclipse(
    cv: Canvas, c: Colours, st: Stage, energy: float, rng: np.random.Generator
) -> compose.Box:
    """A dark disc over a bright corona that fills much of the frame: soft grainy
    rays, a thin crisp crescent where the light breaks out (on paper a deep coloured
    disc in a tighter corona)."""
    top, bottom = REGION[st.side]
    r = float(rng.uniform(0.17, 0.3))
    cx = float(rng.choice((0.3, 0.38, 0.62, 0.7))) + float(rng.uniform(-0.03, 0.03))
    mid = (top + bottom) / 2
    cy = float(np.clip(mid + rng.uniform(-0.08, 0.08), top + r + 0.03, bottom - r - 0.03))
    field(cv, c, st, 0.5)
    dx, dy = cv.x - cx, cv.y - cy
    d = np.sqrt(dx * dx + dy * dy)
    theta = np.arctan2(dy, dx)
    spokes = int(rng.integers(5, 11)) + int(8 * energy)
    swing = 0.12 if c.light_field else 0.25
    rays = 1 - swing + swing * np.sin(spokes * theta + float(rng.uniform(0, 6.3)))
    rays = rays * (1 - swing / 2 + swing / 2 * np.sin(spokes * 2.3 * theta + 1.7))
    spread = r * float(rng.uniform(0.7, 1.2)) * (0.75 if c.light_field else 1.0)
    corona = np.exp(-np.clip(d - r, 0, None) / (spread * rays)) * away(cv, st, 0.4) ** 1.5
    strength = 0.85 if c.light_field else 1.1  # on paper a ring of colour, not a cloud
    cv.lay(cv.noisy(np.clip(corona * strength, 0, 1), 1.0), glow_colour(c))
    core = np.exp(-np.clip(d - r, 0, None) / (r * 0.12))
    hot = c.lit if not c.light_field else mix(c.accent, (255, 255, 255), 0.7)
    cv.lay(cv.noisy(core * 0.9, 0.6), hot)
    lx, ly = unit(st.lx, st.ly)
    inner = cv.disc(cx - lx * r * 0.05, cy - ly * r * 0.05, r * 0.99)
    body = c.dark if c.light_field else c.shadow  # a coloured disc on paper, no black hole
    cv.lay(cv.alpha(inner), cv.ramp(body, mix(body, c.dark, 0.6), cv.noisy(np.clip(d / r, 0, 1))))
    if rng.random() < 0.5 and not c.light_field:  # the diamond ring: a bead of light on the rim
        bx, by = cx + lx * r, cy + ly * r
        bead = np.exp(-((cv.x - bx) ** 2 + (cv.y - by) ** 2) / (2 * (r * 0.09) ** 2))
        cv.lay(cv.noisy(np.clip(bead * 1.4, 0, 1), 0.5), hot)
    reach = min(r + 2 * spread, 0.48)
    return compose.around(cx, cy, reach)


def horizon(
    cv: Canvas, c: Colours, st: Stage, energy: float, rng: np.random.Generator
) -> compose.Box:
    """A wide band of light across the frame at the stage's horizon: the sky
    brightening down to it, a hard edge where the darker ground begins, and the glow
    spilling over both."""
    top, bottom = REGION[st.side]
    lift = float(np.clip(0.3 + 0.35 * energy + rng.uniform(-0.22, 0.22), 0.12, 0.8))
    hz = top + (bottom - top) * (lift if st.side == "top" else 1 - lift)  # louder: higher sky
    lx = st.lx
    # the horizon straight or curved like a planet's limb seen from high up
    bend = float(rng.uniform(-0.22, 0.42))  # a limb, not a dome (the sphere's shape)
    if st.side == "bottom":  # its ends stay above the title's band
        bend = min(bend, 4 * (bottom - 0.02 - hz))
    edge = hz + bend * (cv.x - 0.5) ** 2
    sky_t = np.clip((cv.y / edge) ** 2.2, 0, 1) * (0.85 + 0.15 * lx * (cv.x - 0.5))
    sky = cv.ramp(c.far, glow_colour(c), cv.noisy(np.clip(sky_t, 0, 1), 0.8))
    cv.rgb = sky
    depth = np.clip((cv.y - edge) / (1.02 - hz), 0, 1)
    low, deep = (c.floor, c.floor_low) if not c.light_field else (c.dark, c.shadow)
    ground = cv.ramp(low, deep, cv.noisy(depth**0.6, 0.8))
    cv.lay(cv.alpha(cv.y - edge), ground)
    cx = float(rng.uniform(0.25, 0.75))
    w = float(rng.uniform(0.25, 0.45)) + 0.2 * energy
    band = np.exp(-np.abs(cv.y - edge) / (0.015 + 0.05 * (1 - energy)))
    band = band * np.exp(-(((cv.x - cx) / w) ** 2) * 0.6)
    spill = np.exp(-np.clip(edge - cv.y, 0, None) / 0.16) * (cv.y < edge) * 0.5
    line = np.exp(-(((cv.y - edge) / 0.006) ** 2)) * np.exp(-(((cv.x - cx) / (w * 1.5)) ** 2))
    light = np.clip(band + spill * np.exp(-(((cv.x - cx) / (w * 1.6)) ** 2)) + line, 0, 1)
    hot = c.lit if not c.light_field else mix(c.lit, (255, 255, 255), 0.5)
    cv.lay(cv.noisy(light * away(cv, st, 0.1), 1.0), hot)
    return (max(0.0, cx - w), max(0.0, hz - 0.2), min(1.0, cx + w), min(1.0, hz + 0.08))


def venn(cv: Canvas, c: Colours, st: Stage, energy: float, rng: np.random.Generator) -> compose.Box:
    """Two large overlapping discs off-centre, one in the object's colour and one in
    the accent, their overlap multiplied on a light field (screened on a dark one),
    each with a grainy light across it; one may bleed off a side edge."""
    top, bottom = REGION[st.side]
    field(cv, c, st)
    r = float(rng.uniform(0.22, 0.3))
    k = float(rng.uniform(0.75, 1.0))
    angle = float(rng.uniform(-0.5, 0.5)) + (np.pi if rng.random() < 0.5 else 0.0)
    gap = r * (1 + k) * float(rng.uniform(0.45, 0.65))
    ox, oy = gap * np.cos(angle), gap * np.sin(angle) * 0.6
    mx = float(rng.choice((0.36, 0.42, 0.58, 0.64)))
    ax, bx = mx - ox / 2, mx + ox / 2
    my = float(
        np.clip(
            (top + bottom) / 2 + rng.uniform(-0.05, 0.05),
            top + r + abs(oy) / 2,
            bottom - r - abs(oy) / 2,
        )
    )
    ay, by = my - oy / 2, my + oy / 2
    lx, ly = unit(st.lx, st.ly)
    ta = np.clip(0.5 + 0.6 * ((cv.x - ax) * lx + (cv.y - ay) * ly) / r, 0, 1)
    tb = np.clip(0.5 + 0.6 * ((cv.x - bx) * lx + (cv.y - by) * ly) / (r * k), 0, 1)
    first = cv.shade(c, ta, 1.0)
    second = cv.ramp(mix(c.accent, c.dark, 0.55), c.accent, cv.noisy(tb * 0.7 + 0.3, 1.0))
    both = first * second if c.light_field else 1 - (1 - first) * (1 - second)
    a, b = cv.alpha(cv.disc(ax, ay, r)), cv.alpha(cv.disc(bx, by, r * k))
    cv.lay(a, first)
    cv.lay(b, second)
    cv.lay(a * b, both)
    x0, x1 = min(ax - r, bx - r * k), max(ax + r, bx + r * k)
    y0, y1 = min(ay - r, by - r * k), max(ay + r, by + r * k)
    return (max(0.0, x0), max(0.0, y0), min(1.0, x1), min(1.0, y1))


def beam(cv: Canvas, c: Colours, st: Stage, energy: float, rng: np.random.Generator) -> compose.Box:
    """A wide beam of light from the edge away from the title, off-centre and leaning
    in, crisp-sided and widening as it reaches into the frame, brightest at its source
    and core, in a grainy haze, ending in a pool of light."""
    top, bottom = REGION[st.side]
    field(cv, c, st, 0.5)
    cx = float(rng.choice((0.26, 0.36, 0.64, 0.74))) + float(rng.uniform(-0.03, 0.03))
    w0 = float(rng.uniform(0.12, 0.2))
    w1 = w0 * float(rng.uniform(1.8, 2.8))
    lean = float(rng.uniform(0.0, 0.2)) * (1.0 if cx < 0.5 else -1.0)  # off-centre, leaning in
    src, end = (1.0, top) if st.side == "top" else (0.0, bottom)
    along = np.clip((cv.y - src) / (end - src), 0, 1)
    mid = cx + lean * along
    half = (w0 + (w1 - w0) * along) / 2
    across = np.abs(cv.x - mid) / half
    fade = np.clip(1.1 - along**1.3, 0, 1) * away(cv, st, 0.18)
    haze = np.exp(-((across / 2.2) ** 2)) * fade
    cv.lay(cv.noisy(haze * 0.55, 1.0), glow_colour(c))
    core = np.clip(1.0 - 0.5 * across**2, 0, 1) * (0.45 + 0.55 * fade)
    edge, centre = (glow_colour(c), c.lit) if not c.light_field else (c.accent, c.dark)
    colour = cv.ramp(edge, centre, cv.noisy(core, 0.8))
    sides = (1 - across) * half
    cv.lay(cv.alpha(sides) * np.clip(fade * 1.5, 0, 1), colour)
    x0, x1 = cx - w1 / 2 - 0.1, cx + w1 / 2 + 0.1
    y0, y1 = min(src, end), max(src, end)
    return (max(0.0, x0), y0, min(1.0, x1), y1)


def halo(cv: Canvas, c: Colours, st: Stage, energy: float, rng: np.random.Generator) -> compose.Box:
    """A huge ring of light centred on a side edge, so a crisp arc sweeps into the
    frame with a thinner echo ring inside it, brighter on the side the light comes
    from and glowing both ways; where it reaches the title's band it fades."""
    top, bottom = REGION[st.side]
    r = float(rng.uniform(0.36, 0.48))
    left = rng.random() < 0.5
    cx = float(rng.uniform(-0.06, 0.1))
    cx = cx if left else 1 - cx
    cy = (top + bottom) / 2 + float(rng.uniform(-0.06, 0.06))
    field(cv, c, st, 0.6)
    d = np.sqrt((cv.x - cx) ** 2 + (cv.y - cy) ** 2)
    lx, ly = unit(st.lx, st.ly)
    side = 0.55 + 0.45 * ((cv.x - cx) * lx + (cv.y - cy) * ly) / (d + F32(1e-6))
    spread = 0.03 + 0.05 * energy
    fade = away(cv, st, 0.16)
    glow = np.exp(-np.abs(d - r) / spread) * (0.5 + 0.5 * side) * fade
    inside = np.exp(-np.clip(r - d, 0, None) / (r * 0.5)) * (d < r) * 0.35 * fade
    cv.lay(cv.noisy(np.clip(glow * 0.85 + inside * side, 0, 1), 1.0), glow_colour(c))
    thick = float(rng.uniform(0.02, 0.03)) + 0.015 * energy + (0.015 if c.light_field else 0.0)
    hot = c.lit if not c.light_field else c.dark
    core = mix(hot, (255, 255, 255), 0.5) if not c.light_field else c.shadow
    colour = cv.ramp(hot, core, cv.noisy(np.clip(side, 0, 1), 0.6))
    cv.lay(cv.alpha(thick / 2 - np.abs(d - r)) * fade, colour)
    inner = r * float(rng.uniform(0.62, 0.74))
    cv.lay(cv.alpha(thick / 5 - np.abs(d - inner)) * fade, colour)
    return compose.around(cx, cy, r + thick)
