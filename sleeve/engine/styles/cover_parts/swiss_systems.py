"""Swiss concert-poster systems for a song whose title names no subject, after
Müller-Brockmann's Tonhalle and musica viva posters, drawn into a
`swiss_layouts.Frame` and returning the focal box:

rhythm: a system of bars turned off the grid (the angle is the key's place on the
circle of fifths), each bar a beat, its weight the onset, where it starts the onset's
place in the bar and its length the energy curve, one disc riding the loudest beat;
overprint: three or four large discs on a strict grid overprinted like transparent
inks (their overlaps print a third colour), their sizes the energy curve stepping
along a diagonal; pulse: a strict grid of circles, one a sixteenth, each as large as
the onset it stands for, the bar's downbeats in the flat colour and the loudest
sixteenth a huge disc over its neighbours.
"""

from __future__ import annotations

import math

import aggdraw
import numpy as np
from PIL import Image, ImageChops

from sleeve.engine import signals
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.raster import RGB, brush
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.swiss_layouts import Frame, inks, slices


def _hits(onsets: np.ndarray, n: int) -> np.ndarray:
    """`n` onset strengths, the strongest of each slice, stretched to 0..1."""
    hits = np.array([float(p.max()) for p in np.array_split(signals.resample(onsets, n * 4), n)])
    return (hits - hits.min()) / max(1e-6, float(np.ptp(hits)))


def fifths_angle(key: int) -> float:
    """The system's turn (degrees, 15 to 40): the key's place on the circle of fifths,
    so songs in neighbouring keys lean alike and C and F sharp lean furthest apart."""
    place = (key * 7) % 12
    return 15.0 + 25.0 * min(place, 12 - place) / 6.0


def rhythm(draw: aggdraw.Draw, f: Frame, rng: np.random.Generator) -> Box:
    """Bars in one turned system (a Tonhalle poster): one bar a beat, stacked across
    the system on a strict pitch; a bar's weight is its onset, its start the onset's
    offset in the bar, its length the energy curve; black, the loudest beat in the flat
    colour with a disc of the second colour riding its end. The stack fills the middle
    of the art, leaving paper at either end of the bars."""
    x0, y0, x1, y1 = f.art
    s = float(f.size)
    main, second = inks(f)
    sign = float(rng.choice((-1.0, 1.0)))
    turn = math.radians(sign * fifths_angle(f.key))
    ux, uy = math.cos(turn), math.sin(turn)  # along a bar
    vx, vy = -uy, ux  # across the stack
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    n = int(np.clip(3 + f.steps, 6, 9))
    span = min(x1 - x0, y1 - y0) * 1.2  # the stack's depth across
    pitch = span / n
    hits = _hits(f.onsets, n)
    lengths = slices(f.curve, n)
    offsets = np.cumsum(0.3 + 0.7 * np.resize(f.onsets, n)) % 1.0
    loud = int(np.argmax(hits + rng.uniform(0, 0.01, n)))
    reach = 0.9 * s
    boxes = []
    ride = (cx, cy)
    for k in range(n):
        v = -span / 2 + pitch * (k + 0.5)
        w = pitch * (0.22 + 0.66 * float(hits[k]))
        a = -reach * 0.62 + reach * 0.5 * float(offsets[k])
        b = a + reach * (0.35 + 0.55 * float(lengths[k]))
        pts = [
            (cx + ux * p + vx * q, cy + uy * p + vy * q)
            for p, q in ((a, v - w / 2), (b, v - w / 2), (b, v + w / 2), (a, v + w / 2))
        ]
        draw.polygon([c for pt in pts for c in pt], brush(main if k == loud else f.ink))
        boxes.extend(pts)
        if k == loud:
            ride = (cx + ux * b + vx * v, cy + uy * b + vy * v)
    r = pitch * 1.25
    rx, ry = ride
    # the disc stays in the art, off the title zone
    rx = float(np.clip(rx, x0 + r, x1 - r)) if x1 - x0 > 2 * r else rx
    ry = float(np.clip(ry, y0 + r, y1 - r)) if y1 - y0 > 2 * r else ry
    draw.ellipse((rx - r, ry - r, rx + r, ry + r), brush(second))
    xs = [p[0] for p in boxes] + [rx - r, rx + r]
    ys = [p[1] for p in boxes] + [ry - r, ry + r]
    return f.fraction((min(xs), min(ys), max(xs), max(ys)))


def _overprint_disc(
    image: Image.Image, box: tuple[float, float, float, float], ink: RGB, dark: bool
) -> None:
    """One smooth-edged disc printed as a transparent ink over what lies under it:
    multiplied on light paper, screened on dark (light inks add on black)."""
    size = image.size[0]
    ix0, iy0 = max(0, int(box[0])), max(0, int(box[1]))
    ix1, iy1 = min(size, int(math.ceil(box[2])) + 1), min(size, int(math.ceil(box[3])) + 1)
    if ix1 <= ix0 or iy1 <= iy0:
        return
    area = (ix0, iy0, ix1, iy1)
    mask = Image.new("L", (ix1 - ix0, iy1 - iy0), 0)
    draw = aggdraw.Draw(mask)
    draw.ellipse((box[0] - ix0, box[1] - iy0, box[2] - ix0, box[3] - iy0), aggdraw.Brush(235))
    draw.flush()
    under = image.crop(area)
    solid = Image.new("RGB", under.size, tuple(ink))
    printed = ImageChops.screen(under, solid) if dark else ImageChops.multiply(under, solid)
    image.paste(printed, area, mask)


def overprint(image: Image.Image, f: Frame, rng: np.random.Generator) -> Box:
    """Three or four large discs on a strict grid, overprinted as transparent inks
    (multiplied on light paper, screened on dark), so each overlap prints a new colour:
    their centres step along a diagonal of the grid, one cell a beat, their sizes the
    energy curve, the biggest in the flat colour; the tempo sets how many."""
    x0, y0, x1, y1 = f.art
    main, second = inks(f)
    n = 3 if f.steps < 5 else 4
    cols = 6
    unit = (x1 - x0) / cols
    sizes = 0.55 + 0.45 * slices(f.curve, n)
    rows = max(2.0, (y1 - y0) / unit)
    down = float(rng.choice((-1.0, 1.0)))
    start_col = 1.0 if down > 0 else cols - 1.0
    step_x = down * (cols - 2.0) / (n - 1)
    step_y = (rows - 2.0) / (n - 1)
    big = int(np.argmax(sizes))
    # one disc of each ink, the rest the second colour: two blacks overprint as one
    colours = [second] * n
    colours[big] = main
    colours[(big + 1) % n] = f.ink
    dark = rgb_to_oklch(f.paper)[0] < 0.5
    boxes = []
    for k in range(n):
        gx = start_col + step_x * k
        gy = 1.0 + step_y * k
        cx, cy = x0 + unit * gx, y0 + unit * gy
        r = unit * (1.0 + 1.3 * float(sizes[k]))
        # cropped by the canvas, never by the title zone's line
        r = min(r, max(unit * 0.8, f.room(cx, cy)))
        box = (cx - r, cy - r, cx + r, cy + r)
        boxes.append(box)
        _overprint_disc(image, box, colours[k], dark)
    return f.fraction(
        (
            min(b[0] for b in boxes),
            min(b[1] for b in boxes),
            max(b[2] for b in boxes),
            max(b[3] for b in boxes),
        )
    )


def pulse_columns(steps: int) -> int:
    """The circles to a row (a bar) for the tempo's grid count: a slow song's are few
    and big, a fast song's a fine matrix."""
    return {3: 6, 4: 6, 5: 8, 6: 8}.get(steps, 12)


def pulse(draw: aggdraw.Draw, f: Frame, rng: np.random.Generator) -> Box:
    """A strict grid of circles, one a sixteenth note in rows of bars, each as large as
    its onset (silence a dot); the downbeats in the flat colour, the loudest sixteenth a
    huge disc of the second colour over its neighbours, drawn first so the grid prints
    over it."""
    x0, y0, x1, y1 = f.art
    main, second = inks(f)
    cols = pulse_columns(f.steps)
    cell = (x1 - x0) / cols
    rows = max(2, int((y1 - y0) // cell))
    top = y0 + ((y1 - y0) - rows * cell) / 2
    n = cols * rows
    hits = _hits(f.onsets, n)
    loud = int(np.argmax(hits + rng.uniform(0, 0.01, n)))
    lr, lc = divmod(loud, cols)
    big = cell * (1.5 if cols < 8 else 1.7 if cols == 8 else 2.4)
    bx, by = x0 + (lc + 0.5) * cell, top + (lr + 0.5) * cell
    draw.ellipse((bx - big, by - big, bx + big, by + big), brush(second))
    for k in range(n):
        r, c = divmod(k, cols)
        if k == loud:
            continue
        cx, cy = x0 + (c + 0.5) * cell, top + (r + 0.5) * cell
        rad = cell * 0.5 * (0.12 + 0.84 * float(hits[k]))
        colour = main if c % (cols // 2) == 0 else f.ink  # the bar's strong beats
        draw.ellipse((cx - rad, cy - rad, cx + rad, cy + rad), brush(colour))
    return f.fraction(
        (min(x0, bx - big), min(top, by - big), max(x1, bx + big), max(top + rows * cell, by + big))
    )
