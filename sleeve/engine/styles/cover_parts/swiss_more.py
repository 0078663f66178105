"""Swiss music objects for a song whose title names no subject, drawn into a
`swiss_layouts.Frame` and returning the focal box:

keys: a huge piano keyboard at an angle, cropped by the canvas, its keys running off
the far edge, the song's tonic chord lit in the flat colour (the key and mode pick the
keys, the tempo their width, the energy the angle); staves: a score's staves drawn huge
and run off both sides, the onsets as its notes (loud ones filled, quiet ones open, the
loudest in colour), the energy curve their pitch, the tempo how many to a staff.
"""

from __future__ import annotations

import math

import aggdraw
import numpy as np

from sleeve.engine import signals
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.raster import RGB
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.swiss_layouts import Frame, inks, slices

# pitch classes of the white keys C D E F G A B; a black key follows C D F G A
WHITE = (0, 2, 4, 5, 7, 9, 11)
SHARP_AFTER = frozenset((0, 2, 5, 7, 9))


def _brush(color: RGB) -> aggdraw.Brush:
    return aggdraw.Brush(tuple(color))


def chord(key: int, minor: bool) -> frozenset[int]:
    """The pitch classes of the tonic triad: root, third (minor or major), fifth."""
    return frozenset(((key) % 12, (key + (3 if minor else 4)) % 12, (key + 7) % 12))


def _light_dark(f: Frame) -> tuple[RGB, RGB]:
    """The white keys' colour and the black keys' (swapped on a night's dark paper)."""
    if rgb_to_oklch(f.paper)[0] > 0.5:
        return f.paper, f.ink
    return f.ink, f.paper


def keys(draw: aggdraw.Draw, f: Frame, rng: np.random.Generator) -> Box:
    """A keyboard seen from above, huge and turned off the grid: its key fronts cross
    the art near the title zone, the keys run past the far edge, the gaps between
    them are black rules. The tonic chord of the song's key is lit in the flat colour
    (a minor key's minor third); a faster song has more, narrower keys; a louder one
    leans further."""
    x0, y0, x1, y1 = f.art
    s = float(f.size)
    main, _ = inks(f)
    light, dark = _light_dark(f)
    fx, fy = f.far()
    tilt = math.radians(
        float(rng.choice((-1.0, 1.0))) * (9.0 + 16.0 * f.energy + rng.uniform(-3, 3))
    )
    ux = fx * math.cos(tilt) - fy * math.sin(tilt)  # along a key, towards the far edge
    uy = fx * math.sin(tilt) + fy * math.cos(tilt)
    vx, vy = -uy, ux  # across the keyboard
    across = (x1 - x0) if fy else (y1 - y0)
    depth = (y1 - y0) if fy else (x1 - x0)
    whites = int(np.clip(3 + f.steps, 6, 10))
    w = across * 1.08 / whites
    near = {"top": ((x0 + x1) / 2, y0), "bottom": ((x0 + x1) / 2, y1), "right": (x1, (y0 + y1) / 2)}
    ox, oy = near[f.edge]
    ox, oy = ox + fx * depth * 0.1, oy + fy * depth * 0.1
    long = 2.2 * s
    lit = chord(f.key, f.minor)
    # the white key under (or beside) the tonic sits a little off the middle
    tonic_white = max(i for i, pc in enumerate(WHITE) if pc <= f.key % 12)
    first = tonic_white - int(whites * float(rng.uniform(0.3, 0.55))) - 3
    count = whites + 6
    start = -(count / 2.0) * w

    def quad(a: float, b: float, c: float, d: float) -> list[float]:
        """The rectangle across a..b, along c..d, on the canvas."""
        pts = ((a, c), (b, c), (b, d), (a, d))
        return [v for p, q in pts for v in (ox + vx * p + ux * q, oy + vy * p + uy * q)]

    gap = w * 0.09
    draw.polygon(quad(start - w, start + (count + 1) * w, -gap, long), _brush(dark))
    black_front = min(2.3 * w, 0.5 * depth)
    root = 12 * (tonic_white // 7) + f.key % 12  # the one octave lit, from the tonic

    def shown(semitone: int) -> bool:
        return semitone % 12 in lit and root <= semitone < root + 12

    for j in range(count):
        note = first + j
        pc = WHITE[note % 7]
        here = 12 * (note // 7) + pc
        a = start + j * w
        draw.polygon(
            quad(a + gap / 2, a + w - gap / 2, 0.0, long), _brush(main if shown(here) else light)
        )
        if pc in SHARP_AFTER and j < count - 1:
            sharp = here + 1
            b = a + w - 0.29 * w
            colour = main if shown(sharp) else dark
            draw.polygon(quad(b, b + 0.58 * w, black_front, long), _brush(colour))
            if shown(sharp):  # a lit black key keeps its black rim
                pen = aggdraw.Pen(tuple(dark), gap)
                draw.polygon(quad(b, b + 0.58 * w, black_front, long), pen)
    corners = quad(start, start + count * w, -gap, long)
    xs, ys = corners[0::2], corners[1::2]
    return f.fraction((min(xs), min(ys), max(xs), max(ys)))


def _head(cx: float, cy: float, rx: float, ry: float, turn: float) -> list[float]:
    """A note head: an ellipse turned by `turn` radians, as a polygon."""
    t = np.linspace(0.0, 2.0 * math.pi, 28, endpoint=False)
    x, y = rx * np.cos(t), ry * np.sin(t)
    c, sn = math.cos(turn), math.sin(turn)
    return np.column_stack((cx + x * c - y * sn, cy + x * sn + y * c)).ravel().tolist()


def staves(draw: aggdraw.Draw, f: Frame, rng: np.random.Generator) -> Box:
    """One or two five-line staves drawn huge, level, running off both sides of the
    canvas; the song's onsets as the notes along them (as many to a staff as the
    tempo gives), each note's pitch the energy curve at its time, loud onsets filled,
    quiet ones open, the loudest note in the flat colour, a bar line every four."""
    x0, y0, x1, y1 = f.art
    s = float(f.size)
    main, _ = inks(f)
    if f.edge == "right":
        y0, y1 = y0 + (y1 - y0) * 0.3, y1
    depth = y1 - y0
    rows = 2 if depth > 0.55 * s else 1
    g = min(0.085 * s, depth / (rows * 7.0))  # the space between two staff lines
    per = int(np.clip(2 * f.steps, 6, 12))
    n = rows * per
    hits = np.array([float(p.max()) for p in np.array_split(signals.resample(f.onsets, n * 4), n)])
    hits = (hits - hits.min()) / max(1e-6, float(np.ptp(hits)))
    pitch = slices(f.curve, n)
    loud = int(np.argmax(hits + rng.uniform(0, 0.01, n)))
    line = g * 0.13
    right = x1 if f.edge == "right" else s
    pitch_x = (right + 0.1 * s) / per
    shift = float(rng.uniform(-0.45, 0.05)) * pitch_x
    top = y0 + (depth - rows * 4 * g - (rows - 1) * 3.0 * g) / 2.0
    boxes = []
    for r in range(rows):
        base = top + r * 7.0 * g + 4 * g  # the bottom line
        for k in range(5):
            y = base - k * g
            draw.rectangle((0.0, y - line / 2, right, y + line / 2), _brush(f.ink))
        for i in range(per):
            idx = r * per + i
            cx = shift + (i + 0.5) * pitch_x
            step = int(round(-1 + 10 * float(pitch[idx])))  # lines and spaces, a ledger either side
            cy = base - step * g / 2.0
            colour = main if idx == loud else f.ink
            rx, ry = g * 0.66, g * 0.48
            for ledger in range(-2, step - 1, -2) if step < 0 else range(10, step + 1, 2):
                ly = base - ledger * g / 2.0
                draw.rectangle(
                    (cx - rx * 1.5, ly - line / 2, cx + rx * 1.5, ly + line / 2), _brush(f.ink)
                )
            draw.polygon(_head(cx, cy, rx, ry, -0.38), _brush(colour))
            if hits[idx] < 0.45 and idx != loud:  # a quiet onset: an open head
                draw.polygon(_head(cx, cy, rx * 0.62, ry * 0.42, -0.38), _brush(f.paper))
            stem = g * 0.13
            if step < 4:  # low notes' stems rise on the right, high ones' fall on the left
                sx, sy0, sy1 = cx + rx * 0.9 - stem, cy - 3.4 * g, cy
            else:
                sx, sy0, sy1 = cx - rx * 0.9, cy, cy + 3.4 * g
            draw.rectangle((sx, sy0, sx + stem, sy1), _brush(colour))
            if i % 4 == 3:
                bx = cx + pitch_x / 2
                draw.rectangle((bx - line, base - 4 * g, bx + line, base), _brush(f.ink))
        boxes.append((0.0, base - 6 * g, right, base + 2 * g))
    return f.fraction(
        (boxes[0][0], min(b[1] for b in boxes), boxes[0][2], max(b[3] for b in boxes))
    )
