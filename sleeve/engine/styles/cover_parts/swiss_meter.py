"""One huge disc against the song's smallest unit, drawn into a `swiss_layouts.Frame`,
returning its focal box (fractions of the side): meter, a disc of the spot colour so
big the canvas crops most of it (as big as the song is loud, set where the song
peaks), against a block of small black squares, one a sixteenth (or an eighth on a
slow song) of the song's loudest bars, each as big as the hit there, as many bars as
the song is loud, the block level or turned by the key and as long as the song's
energy is wide (one level row had repeated on a dozen bench tracks); where a square
crosses the disc it prints paper, and the bar's strongest hit is the one square of
the accent (Müller-Brockmann's Tonhalle posters, Albers's Command Records sleeves:
huge against small, order against a crop).
"""

from __future__ import annotations

import math

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine.raster import brush
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts import swiss_grid as sg
from sleeve.engine.styles.cover_parts.swiss_layouts import Frame, inks
from sleeve.engine.styles.cover_parts.swiss_systems import fifths_angle

STEPS = 16  # onsets come one a sixteenth note


def meter_steps(tempo: float) -> int:
    """Squares in a row: a slow song's eighths (eight broad steps), a mid one's
    triplet feel (twelve), a quick one's sixteenths."""
    return 8 if tempo < 92.0 else 12 if tempo < 118.0 else 16


def loudest_bar(onsets: np.ndarray, bars: int) -> np.ndarray:
    """`bars` consecutive bars of sixteenth onsets (bars x 16) starting at the bar with
    the most hits: the song's busiest moment, padded with its own start when short."""
    hits = np.asarray(onsets, float)
    if hits.size < STEPS * bars:
        hits = np.resize(hits if hits.size else np.array((0.5,)), STEPS * bars)
    count = hits.size // STEPS
    rows = hits[: count * STEPS].reshape(count, STEPS)
    first = int(np.argmax(rows.sum(axis=1)[: max(1, count - bars + 1)]))
    return rows[first : first + bars]


def row_sizes(bar: np.ndarray, steps: int) -> np.ndarray:
    """Each square's size (share of the column pitch) for a bar of sixteenths read in
    `steps` slots: the strongest hit in each slot, a rest a small dot, a hit near full."""
    slots = np.array([float(p.max()) for p in np.array_split(bar, steps)])
    span = float(np.ptp(slots))
    level = (slots - slots.min()) / span if span > 1e-6 else np.full(steps, 0.6)
    return 0.26 + 0.66 * level


def meter_rows(energy: float) -> int:
    """Bars in the block: one for a quiet song, up to four for a loud one."""
    return int(np.clip(1 + int(energy * 4.0 - 0.6), 1, 4))


def meter_turn(key: int) -> float:
    """The block's turn (radians): level on a key a third of the circle of fifths
    holds, turned one way or the other by the key's place on it on the rest (one
    picture had stood level on every track, then on every even key)."""
    if key % 3 == 0:
        return 0.0
    return math.radians(fifths_angle(key)) * (1.0 if key % 3 == 1 else -1.0)


def meter(image: Image.Image, f: Frame, rng: np.random.Generator) -> Box:
    """A huge disc in the spot colour cut by the canvas and the title's grid line (its
    radius the track's energy, its centre across the cover where the song peaks,
    pushed towards the far edge), and a block of small black squares, one a step of
    the loudest bars (meter_steps), each as big as its hit: one bar on a quiet song,
    up to four on a loud one (meter_rows), level or turned by the key (meter_turn), as
    long as the song's energy is wide, set where the song peaks on a grid third of
    the art; inside the disc they knock out to paper; the strongest square is the spot
    colour again (black on the disc). A hairline rule carries the block on some seeds."""
    main, _ = inks(f)
    s = f.size
    x0, y0, x1, y1 = f.art
    bx0, by0, bx1, by1 = f.bleed()
    w, h = x1 - x0, y1 - y0
    place = sg.peak(f.curve, f.title)
    # huge: as wide as the cover or more on a loud song, so two edges crop it
    r = s * (0.5 + 0.4 * f.energy) * float(rng.uniform(0.92, 1.08))
    # off the side where the song peaks (an early peak left, a late one right)
    out = 1.0 if place >= 0.5 else -1.0
    # a quick song's disc further off the page (its edge a fast sliver), a slow
    # song's further in; its depth the loudest section's place in the song
    pace = float(np.clip((f.tempo - 70.0) / 90.0, 0.0, 1.0))
    cx = (bx1 if out > 0 else bx0) + out * r * (
        0.05 - 0.45 * pace + float(rng.uniform(-0.08, 0.08))
    )
    lx, ly = f.far()
    big = sg.loudest(sg.sections(f.curve))
    deep = 0.5 * (big[0] + big[1]) if big[1] - big[0] < 1.0 else float(rng.uniform(0.2, 0.8))
    cy = (y0 + y1) / 2 + ly * h * (0.1 + 0.55 * deep)
    if sg.pick(("side", "corner"), [1.0, 0.4 + pace], rng) == "corner":
        # a quarter of it from the far corner on the peak's side (a quicker song's more)
        far_x, far_y = sg.Axes(s, f.art, f.edge).xy(bx1 if out > 0 else bx0, 0.0)
        cx = far_x - out * r * float(rng.uniform(0.1, 0.3))
        cy = far_y - ly * r * float(rng.uniform(0.1, 0.3))
    if f.edge == "right":  # beside an upright title: the disc rides the left edge
        cx, cy = bx0 - r * float(rng.uniform(0.0, 0.35)), y0 + h * (0.1 + 0.8 * place)
    # a quieter song's disc more often whole and smaller, on the grid (its column where
    # the song peaks, a grid row deep): the same cropped half disc had printed on
    # every track of one loudness
    ax = sg.Axes(s, f.art, f.edge)
    cols = sg.modules(f.tempo, sg.beats_per_bar(f.onsets))
    if rng.random() < 0.8 * (1.0 - f.energy) ** 1.2 and f.edge != "right":
        lo, hi = ax.along
        # a slow song's disc the bigger; its row the loudest section's place
        size = s * (0.1 + 0.2 * f.energy + 0.14 * (1.0 - pace))
        r = min(size, 0.45 * (hi - lo), 0.45 * (ax.depth[1] - ax.margin))
        a = lo + r + (hi - lo - 2 * r) * sg.snap(sg.peak(f.curve, f.title), cols)
        row = sg.snap(deep, 2) if big[1] - big[0] < 1.0 else float(rng.choice((0.0, 0.5, 1.0)))
        d = ax.margin + r + (ax.depth[1] - ax.margin - 2 * r) * row
        cx, cy = ax.xy(a, d)
    # the curved edge always in sight: a disc past the art's far corner read as a field
    reach = max(np.hypot(px - cx, py - cy) for px in (x0, x1) for py in (y0, y1))
    r = min(r, 0.85 * float(reach))
    disc = (cx - r, cy - r, cx + r, cy + r)
    draw = aggdraw.Draw(image)
    draw.ellipse(disc, brush(main))
    draw.flush()
    # a triple meter's twelve steps; a bar more for each of the song's sections
    steps = 12 if sg.beats_per_bar(f.onsets) == 3 else meter_steps(f.tempo)
    rows = int(np.clip(meter_rows(f.energy) + len(sg.sections(f.curve)) - 1, 1, 4))
    bars = loudest_bar(f.onsets, rows)
    sizes = [row_sizes(bars[j], steps) for j in range(rows)]
    strongest = max((float(v), k, j) for j in range(rows) for k, v in enumerate(sizes[j]))
    # the block: a row across the art, or a column down a deep one, turned by the
    # key's place on the circle of fifths on an odd key; as long as the song is wide
    down = f.edge != "right" and h > 0.6 * w and rng.random() < 0.45
    turn = meter_turn(f.key) * float(rng.choice((-1.0, 1.0)))
    angle = turn + (math.pi / 2 if down and not turn else 0.0)
    # as long as the song's energy is wide, a whole number of the grid's modules
    span = max(0.5, sg.snap(0.65 + 0.35 * float(np.clip(np.ptp(f.curve), 0.0, 1.0)), cols))
    pitch = (h if down and not turn else w) * span / steps
    deep = pitch * (1.25 * (rows - 1) + 1.0)
    c, si = math.cos(angle), math.sin(angle)
    corners = [(u * c - v * si, u * si + v * c) for u in (0.0, steps * pitch) for v in (0.0, deep)]
    ext_x = max(p[0] for p in corners) - min(p[0] for p in corners)
    ext_y = max(p[1] for p in corners) - min(p[1] for p in corners)
    fit = min(1.0, w / ext_x, h / ext_y)  # a turned block kept inside the art
    pitch, deep, ext_x, ext_y = pitch * fit, deep * fit, ext_x * fit, ext_y * fit
    # its centre where the song peaks along the art, on a grid third across it
    mx = x0 + ext_x / 2 + (w - ext_x) * place
    third = float(rng.choice((1.0 / 3.0, 0.5, 2.0 / 3.0)))
    my = y0 + ext_y / 2 + (h - ext_y) * (third if f.edge != "bottom" else 1.0 - third)
    if f.edge == "right":
        mx, my = x0 + ext_x / 2 + (w - ext_x) * third, y0 + ext_y / 2 + (h - ext_y) * place
    centre_u, centre_v = steps * pitch / 2, deep / 2

    def square(k: int, j: int, half: float) -> list[tuple[float, float]]:
        u, v = pitch * (k + 0.5) - centre_u, pitch * (0.5 + 1.25 * j) - centre_v
        pts = [
            (u - half, v - half),
            (u + half, v - half),
            (u + half, v + half),
            (u - half, v + half),
        ]
        return [(mx + a * c - b * si, my + a * si + b * c) for a, b in pts]

    marks = Image.new("L", (s, s), 0)
    pen = aggdraw.Draw(marks)
    accent = None
    if rng.random() < 0.5:  # the hairline rule the first bar stands on, across the art
        t = max(1.0, s * 0.003) / 2.0
        u0 = -centre_v + pitch / 2
        reach = 2.0 * s
        line = [(-reach, u0 - t), (reach, u0 - t), (reach, u0 + t), (-reach, u0 + t)]
        ruled = [(mx + a * c - b * si, my + a * si + b * c) for a, b in line]
        pen.polygon([q for p in ruled for q in p], aggdraw.Brush(255))
    boxes = [disc]
    for j in range(rows):
        for k in range(steps):
            pts = square(k, j, pitch * float(sizes[j][k]) / 2.0)
            xs, ys = [p[0] for p in pts], [p[1] for p in pts]
            boxes.append((min(xs), min(ys), max(xs), max(ys)))
            if (k, j) == strongest[1:]:
                accent = pts
                continue
            pen.polygon([q for p in pts for q in p], aggdraw.Brush(255))
    pen.flush()
    inside = Image.new("L", (s, s), 0)
    ring = aggdraw.Draw(inside)
    ring.ellipse(disc, aggdraw.Brush(255))
    ring.flush()
    ink_mask = Image.composite(Image.new("L", (s, s), 0), marks, inside)
    paper_mask = Image.composite(marks, Image.new("L", (s, s), 0), inside)
    image.paste(tuple(f.ink), (0, 0), ink_mask)
    image.paste(tuple(f.paper), (0, 0), paper_mask)
    if accent is not None:  # the spot colour again, small; black where on the disc
        cx_a, cy_a = sum(p[0] for p in accent) / 4, sum(p[1] for p in accent) / 4
        on_disc = (cx_a - cx) ** 2 + (cy_a - cy) ** 2 < r * r
        draw = aggdraw.Draw(image)
        draw.polygon([q for p in accent for q in p], brush(f.ink if on_disc else main))
        draw.flush()
    return f.union(boxes)
