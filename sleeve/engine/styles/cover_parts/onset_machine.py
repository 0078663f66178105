"""The onset grid's drum machine: a step sequencer (an 808 or a 909) seen from above at a
slant, big in the frame and cropped by it, its near edge bled off the frame. Its row
of sixteen step keys (in groups of four) is the song's busiest bar: a played step's key
and its light lit in the ink (the accent on the downbeats), a ghost note's light half
lit, a rest's dark; above them rows of dark knobs whose pointers are turned by the following
bars' hits, and the machine's coloured band. Flat shapes in perspective, a gentle turn
from the seed."""

from __future__ import annotations

import numpy as np

from sleeve.engine.color import blend
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.onset_marks import REST, TURN, Sheet, busiest, steps_of


class _View:
    """The machine's top (u across, v away from the player, in key pitches) seen from
    straight above, `scale` frame widths a pitch, turned a little about `origin` (where
    u = v = 0 lands)."""

    def __init__(self, origin: tuple[float, float], scale: float, turn: float) -> None:
        self.origin, self.scale = np.asarray(origin, float), scale
        self.cos, self.sin = np.cos(turn), np.sin(turn)

    def __call__(self, u: np.ndarray, v: np.ndarray) -> np.ndarray:
        x, y = np.asarray(u, float) * self.scale, -np.asarray(v, float) * self.scale
        return (
            np.stack([x * self.cos - y * self.sin, x * self.sin + y * self.cos], -1) + self.origin
        )

    def quad(self, u0: float, v0: float, u1: float, v1: float) -> np.ndarray:
        return self(np.array([u0, u1, u1, u0]), np.array([v0, v0, v1, v1]))

    def circle(self, u: float, v: float, r: float, n: int = 32) -> np.ndarray:
        a = np.linspace(0, 2 * np.pi, n, endpoint=False)
        return self(u + r * np.cos(a), v + r * np.sin(a))


def _u(step: int) -> float:
    """A step key's left edge (pitches), the groups of four a little apart."""
    return step + 0.3 * (step // 4)


def machine(sheet: Sheet, hits: np.ndarray) -> Box:
    """The drum machine (module docstring), close up from above: the bar's first keys
    big across the frame, the rest of the row cropped by it. Returns the focal box."""
    rng = sheet.rng
    first, last = sheet.band
    scale = float(rng.uniform(0.105, 0.13))
    turn = float(rng.uniform(0.05, 0.13)) * float(rng.choice((-1.0, 1.0)))
    oy = 1.0 - 0.09 if sheet.top else last - 0.1
    view = _View((float(rng.uniform(0.07, 0.12)), oy), scale, turn)
    body = sheet.mass if sheet.mass != sheet.ink else blend(sheet.field, sheet.ink, 0.3)
    dark = blend(sheet.field, body, 0.25)
    first_bar = busiest(hits, 4)
    bar = steps_of(hits, 16, first_bar)
    top = (first - oy + 0.04) / -scale if sheet.top else 12.0  # the machine's far edge
    front = -0.9
    shadow = view.quad(-1.2, front, 20.0, top)
    sheet.poly(shadow + np.array([0.0, 0.018]), blend(sheet.field, (0, 0, 0), 0.4))
    sheet.poly(shadow, body)
    sheet.poly(view.quad(-1.2, front + 0.25, 20.0, front + 0.42), sheet.ink)  # a stripe
    tones = (dark, blend(dark, body, 0.5))
    for step in range(16):
        a = _u(step)
        v = float(bar[step])
        played = v >= TURN or (step % 16 == 0 and v >= REST)
        key = sheet.colour(step, v) if played else tones[step // 4 % 2]
        sheet.poly(view.quad(a, 0.0, a + 0.8, 0.8), key)
        if played:  # its light on; a ghost note's half lit, a rest's dark
            lamp = sheet.colour(step, v)
        else:
            lamp = blend(dark, sheet.ink, 0.5) if v >= REST else dark
        sheet.poly(view.quad(a + 0.28, 1.05, a + 0.52, 1.25), lamp)
    # the knobs: a row or two over the keys, one over each pair of keys, turned by the
    # following bars' hits
    for row in range(2):
        turned = steps_of(hits, 16, first_bar + 1 + row)
        vv = 2.3 + row * 1.6
        if vv + 0.7 > top:
            break
        for pair in range(8):
            uu = (_u(2 * pair) + _u(2 * pair + 1) + 0.8) / 2
            level = float(turned[2 * pair : 2 * pair + 2].max())
            sheet.poly(view.circle(uu, vv, 0.66), blend(body, sheet.ink, 0.35))
            sheet.poly(view.circle(uu, vv, 0.54), dark)
            ang = np.radians(225 - 270 * level)
            tip = view(
                np.array([uu, uu + np.cos(ang) * 0.5]), np.array([vv, vv + np.sin(ang) * 0.5])
            )
            sheet.line(tip, scale * 0.16, sheet.ink)
    corners = view.quad(-1.2, front, 20.0, top)
    y0 = float(corners[:, 1].min())
    return (0.0, max(y0, first), 1.0, last)
