"""Two more grain-gradient forms, each one bold luminous shape with a crisp edge on
a grainy field (they replace the soft colour mesh, an empty aura at 64 px, and the
curtains of light, which read as drips on a light field):

- a fat tilted capsule, a pill of gradient light crossing the frame on a diagonal,
  its far end bleeding off the edge away from the title;
- a full-width wave band, a thick crisp ribbon of colour swinging across the
  frame with a thin echo line beside it (more swing and tighter turns the more
  energy).
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import compose
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import RGB
from sleeve.engine.styles.cover_parts.grain_bold import away, field, glow_colour, mix
from sleeve.engine.styles.cover_parts.grain_scenes import REGION, Canvas, Colours, Stage

F32 = np.float32
WHITE = (255, 255, 255)


def _blends(a: RGB, b: RGB) -> bool:
    """Whether a gradient from a to b stays clean: both coloured and near in hue
    (a grey into yellow is olive on the way, an orange into teal brown)."""
    _, ca, ha = rgb_to_oklch(a)
    _, cb, hb = rgb_to_oklch(b)
    return ca >= 0.04 and cb >= 0.04 and abs((ha - hb + 180.0) % 360.0 - 180.0) <= 90.0


def _ends(c: Colours) -> tuple[RGB, RGB]:
    """The two colours a luminous form runs between: deep colour into the accent on a
    light field (into its own lit tone where the accent would muddy it), the lit tone
    into the accent (both bright) on a dark one."""
    if c.light_field:
        return c.dark, c.accent if _blends(c.dark, c.accent) else c.lit
    return c.lit, mix(c.accent, c.lit, 0.8)


def capsule(
    cv: Canvas, c: Colours, st: Stage, energy: float, rng: np.random.Generator
) -> compose.Box:
    """A fat pill of gradient light tilted across the frame, its upper end clear of
    the title and its lower end bleeding off the edge away from it, with a hot spot of
    light inside and a grainy glow round it."""
    top, bottom = REGION[st.side]
    field(cv, c, st, 0.6)
    tilt = float(rng.uniform(0.3, 0.68)) * (1.0 if rng.random() < 0.5 else -1.0)  # off vertical
    half = float(rng.uniform(0.3, 0.42))
    r = float(rng.uniform(0.14, 0.2)) + 0.02 * (1 - energy)
    ux, uy = float(np.cos(tilt)), float(np.sin(tilt))  # along the spine
    reach = half * abs(uy) + r  # half the form's height
    cx = float(rng.uniform(0.36, 0.64))
    gap = float(rng.uniform(0.0, 0.06))
    # the end nearer the title touches the free region; the other may leave the frame
    cy = top + reach + gap if st.side == "top" else bottom - reach - gap
    px, py = cv.x - cx, cv.y - cy
    along = np.clip(px * ux + py * uy, -half, half)
    sd = r - np.sqrt((px - along * ux) ** 2 + (py - along * uy) ** 2)
    d_out = np.clip(-sd, 0, None)
    haze = np.exp(-d_out / (0.05 + 0.06 * energy)) * away(cv, st, 0.2)
    cv.lay(cv.noisy(haze * (0.5 if not c.light_field else 0.3), 0.9), glow_colour(c))
    start, end = _ends(c)
    t = np.clip(0.5 + (px * ux + py * uy) / (2 * (half + r)), 0, 1)
    if rng.random() < 0.5:
        t = 1 - t
    body = cv.ramp(start, end, cv.noisy(t, 0.8))
    cv.lay(cv.alpha(sd), body)
    # a hot spot of light inside, towards the end the light comes from
    sign = 1.0 if st.lx * ux + st.ly * uy > 0 else -1.0
    hx, hy = cx + sign * ux * half * 0.55, cy + sign * uy * half * 0.55
    spot = np.exp(-((cv.x - hx) ** 2 + (cv.y - hy) ** 2) / (2 * (r * 0.9) ** 2))
    hot = mix(c.lit if not c.light_field else end, WHITE, 0.55)
    cv.lay(cv.noisy(spot * 0.8, 0.9) * cv.alpha(sd), hot)
    return compose.around(cx, cy, half * abs(ux) + r, reach)


def wave(cv: Canvas, c: Colours, st: Stage, energy: float, rng: np.random.Generator) -> compose.Box:
    """A thick crisp band of colour swinging across the whole width, shaded across
    its thickness and shifting hue along its length, with a thin echo line beside it,
    all within the free region; on a children's song it is a rainbow of three
    palette colours."""
    top, bottom = REGION[st.side]
    field(cv, c, st, 0.55)
    width = float(rng.uniform(0.13, 0.2))
    swing = float(rng.uniform(0.04, 0.07)) + 0.05 * energy
    tilt = float(rng.uniform(-0.1, 0.1))
    room = (bottom - top) / 2 - width / 2 - swing - abs(tilt) / 2 - 0.05
    mid = (top + bottom) / 2 + float(rng.uniform(-1, 1)) * max(room, 0.0)
    turns = float(rng.uniform(0.6, 1.0)) + 0.6 * energy
    phase = float(rng.uniform(0, 2 * np.pi))
    arg = 2 * np.pi * turns * cv.x + phase
    centre = mid + tilt * (cv.x - 0.5) + swing * np.sin(arg)
    slope = tilt + swing * 2 * np.pi * turns * np.cos(arg)
    norm = np.sqrt(1 + slope * slope)
    across = (cv.y - centre) / norm  # signed distance from the band's spine
    sd = width / 2 - np.abs(across)
    glow = np.exp(-np.clip(-sd, 0, None) / (0.04 + 0.05 * energy)) * away(cv, st, 0.15)
    cv.lay(cv.noisy(glow * (0.45 if not c.light_field else 0.25), 0.9), glow_colour(c))
    start, end = _ends(c)
    light_up = st.ly < 0  # the edge towards the light is the lit one
    t_across = np.clip(0.5 + across / width * (-1 if light_up else 1), 0, 1)
    t = np.clip(0.65 * cv.x + 0.35 * t_across, 0, 1) if rng.random() < 0.5 else t_across
    band = cv.alpha(sd)
    cv.lay(band, cv.ramp(start, end, cv.noisy(t, 0.75)))
    if c.friendly:  # a rainbow of three palette colours, each stripe crisp
        third = width / 6
        cv.lay(band * cv.alpha(third - np.abs(across)), cv.ramp(c.accent, c.lit, cv.noisy(t, 0.5)))
        cv.lay(band * cv.alpha(-third - across), cv.ramp(c.floor_low, c.floor, cv.noisy(t, 0.5)))
    shine = np.exp(-(((across + (-1 if light_up else 1) * width * 0.22) / (width * 0.14)) ** 2))
    hot = mix(c.lit if not c.light_field else end, WHITE, 0.5)
    cv.lay(cv.noisy(shine * 0.55, 0.8) * band, hot)
    side = 1.0 if rng.random() < 0.5 else -1.0
    gap = width / 2 + float(rng.uniform(0.035, 0.06))
    line = float(rng.uniform(0.006, 0.011))
    echo = cv.alpha(line / 2 - np.abs(across - side * gap)) * away(cv, st, 0.1)
    cv.lay(echo, c.accent if not c.light_field else c.dark)
    half = width / 2 + swing + abs(tilt) / 2 + gap
    return (0.0, max(0.0, mid - half), 1.0, min(1.0, mid + half))
