"""Fairy lights across a dark window, photographed focused on the nearest string:
its wire and its bulbs (glass pears under dark sockets, drawn sharp at the cover's
size) hung right across the frame clear of the title, the strings draped in catenary swags
across the glass behind it blurred to discs (the far end of each string smaller and
packed, its discs overlapping into a rope of light), the city beyond the window only
big dim discs. The swags' count follows the tempo, their sag the energy (calm music
hangs deep), each bulb's brightness an onset, so the strings twinkle with the song.
"""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine import compose
from sleeve.engine.styles.cover_parts import bokeh_lens as lens
from sleeve.engine.styles.cover_parts import bokeh_photo as bp
from sleeve.engine.styles.cover_parts.bokeh_lights import light_rows

WARM = np.array([1.0, 0.78, 0.45], np.float32)  # a tungsten string


def _colours(rng: np.random.Generator, c: dict) -> np.ndarray:
    """One warm string, or the genre's colours in turn (a party string)."""
    if rng.random() < 0.45:
        return np.asarray([WARM, WARM * 0.95 + 0.05, c["lights"][0]], np.float32)
    return np.asarray(c["lights"], np.float32)


def _swags(
    rng: np.random.Generator, band: str, music: lens.Music, k: int, back: float
) -> tuple[np.ndarray, float, float]:
    """One string's lights hung across the window in swags: from its near end at one
    side (bigger spacing, bigger discs) to its far end (packed, smaller); `back` 0 for
    the main string, 1 for one further off. Returns the rows and its y extent."""
    top = band == "top"
    swags = 2 + int(music.tempo > 118) + int(rng.integers(0, 2))
    per = 7 + int(round(6 * music.density))
    left = rng.random() < 0.5
    # the hooks along the wall run toward the eye's level: a little, or steeply when the
    # string is seen down its length
    fall = rng.uniform(0.04, 0.12) if rng.random() < 0.5 else rng.uniform(0.18, 0.28)
    hook = (0.42 if top else 0.04 + fall) + rng.uniform(0.0, 0.06) + 0.1 * back
    fall = fall if top else -fall
    u = np.linspace(0, 1, swags * per + 1)
    t = 1 - (1 - u) ** 1.5  # in perspective: the near swags wider
    z = 1.15 + 4.0 * u**1.3 + 1.5 * back  # distance (the sharp string at 1)
    x = -0.06 + 1.12 * t
    x = x if left else 1 - x
    s = (u * swags) % 1.0
    sag = (0.17 + 0.14 * (1 - music.energy) + rng.uniform(0, 0.05)) * 1.5 / z
    _, y = lens.catenary((0.0, 0.0), (1.0, 0.0), 1.0, s)
    y = hook + fall * t + sag * y
    blur = 0.055 * (1 - 0.9 / z) + 0.012  # focused near: the further, the softer
    pulse = music.pulse(len(u), int(rng.integers(0, 128)))
    alpha = (0.3 + 0.55 * pulse) * (1.1 - 0.25 * back)
    ci = (np.arange(len(u)) // max(1, per // 3)) % k
    rows = light_rows(x, y, blur * (1.0 - 0.35 * back), ci, alpha)
    return rows, float(y.min()), float(y.max())


def fairy(rng: np.random.Generator, c: dict, band: str, n: int, music: lens.Music) -> bp.Shot:
    """The scene (see the module's docstring); the focal box holds the swags."""
    top = band == "top"
    cols = _colours(rng, c)
    k = len(cols)
    room = c["sky"] * 0.45  # the glass dark even at dusk: the room's light is off
    rows, spans = [], []
    for back in range(1 + int(rng.random() < 0.6)):
        r, lo, hi = _swags(rng, band, music, k, float(back))
        rows.append(r)
        spans.append((lo, hi))
    city = 8 + int(rng.integers(0, 6))  # the city beyond the glass: big, dim, few
    cy = rng.uniform(0.78, 0.92) if top else rng.uniform(0.5, 0.62)
    ground = bp.sky(room * 0.7, room, 1.0, room)  # the city's glow low in the glass
    ground += bp.glow(0.5, cy, 1.2, 0.2, c["low"] * 0.5, 1.0)
    rows.append(
        light_rows(
            rng.random(city),
            cy + rng.normal(0, 0.04, city),
            rng.uniform(0.05, 0.08, city),
            rng.integers(0, len(c["lights"]), city) % k,
            rng.uniform(0.08, 0.18, city),
        )
    )
    light = lens.glass(np.concatenate(rows), cols, 0.55, 0.5, 0.06, 0.08)
    lo, hi = min(s[0] for s in spans), max(s[1] for s in spans)
    light += bp.glow(0.5, (lo + hi) / 2, 0.8, 0.2, cols[0], 0.1)  # the glass's haze
    # the nearest string, in focus: down across a corner on the side away from the title
    side = float(rng.choice((0.0, 1.0)))
    lift = rng.uniform(-0.06, 0.06)  # one end hung higher than the other
    if top:  # right across the frame under the title, the subject
        a, b, sag = (-0.05, 0.56 + lift), (1.05, 0.6 - lift), rng.uniform(0.12, 0.2)
    else:
        a, b, sag = (-0.05, 0.04 + lift), (1.05, 0.04 - lift), rng.uniform(0.18, 0.26)
    if side:
        a, b = b, a
    t = np.linspace(0, 1, 60)
    wx, wy = lens.catenary(a, b, sag, t)

    def wire(d: ImageDraw.ImageDraw) -> None:
        d.line([bp._p(p, q) for p, q in zip(wx, wy, strict=True)], fill=255, width=3)

    front = bp._mask(wire, 0.6)
    count = 6 + int(round(3 * music.energy))  # bulbs evenly along the wire
    at = np.linspace(0.06, 0.94, count) + rng.uniform(-0.02, 0.02)
    bx, by = lens.catenary(a, b, sag, at)
    keep = (bx > 0.03) & (bx < 0.97) & (by > 0.02) & (by < 0.9)
    over = lens.bulbs(bx[keep], by[keep] + 0.05, 0.03, cols[0]) * 0.5
    light = lens.burn(light) * lens.hush(band, 0.14, 0.35)
    box = compose.clip_box((0.0, lo - 0.1, 1.0, hi + 0.12))
    lit = 0.55 + 0.45 * music.pulse(int(keep.sum()), int(rng.integers(0, 128)))
    glass = tuple(int(255 * v) for v in np.clip(cols[0] * 0.6 + 0.4, 0, 1))
    string = _String(wx, wy, bx[keep], by[keep], lit, glass)
    return bp.Shot(ground, light, front, room * 0.5, bp.clear_of_band(box, band), over, string.draw)


class _String:
    """The nearest string drawn in focus at the cover's size: its wire, and on it the
    bulbs hanging from their dark sockets, each a glass pear lit from its filament as
    bright as its onset."""

    def __init__(self, wx, wy, bx, by, lit, glass) -> None:  # type: ignore[no-untyped-def]
        self.wx, self.wy, self.bx, self.by = wx, wy, bx, by
        self.lit, self.glass = lit, glass

    def draw(self, img: Image.Image, dy: float) -> Image.Image:
        img = img.copy()
        s = img.size[0]
        d = aggdraw.Draw(img)
        pts = np.stack([self.wx, self.wy + dy], 1).ravel() * s
        d.line(pts.tolist(), aggdraw.Pen((14, 12, 10), max(1.0, 0.005 * s)))
        r = 0.022 * s
        for x, y, lit in zip(self.bx * s, (self.by + dy) * s, self.lit, strict=True):
            d.rectangle((x - 0.4 * r, y, x + 0.4 * r, y + 0.9 * r), aggdraw.Brush((20, 18, 16)))
            top, low = y + 0.8 * r, y + 3.0 * r  # the glass, hanging under its socket
            glass = aggdraw.Brush(self.glass, int(150 * lit))
            d.ellipse((x - 0.75 * r, top, x + 0.75 * r, low), glass)
            c = (top + low) / 2
            d.ellipse(
                (x - 0.45 * r, c - 0.55 * r, x + 0.45 * r, c + 0.6 * r),
                aggdraw.Brush((255, 244, 220), int(210 * lit)),
            )
            d.ellipse(
                (x - 0.45 * r, top + 0.3 * r, x - 0.15 * r, top + 0.75 * r),
                aggdraw.Brush((255, 255, 255), 200),
            )
        d.flush()
        return img
