"""One huge disc against the song's smallest unit, drawn into a `swiss_layouts.Frame`,
returning its focal box (fractions of the side): meter, a disc of the spot colour so
big the canvas crops most of it (as big as the song is loud, set where the song
peaks), against one or two rows of small black squares on the art's grid, one a
sixteenth (or an eighth on a slow song) of the song's loudest bar, each as big as
the hit there; where a square crosses the disc it prints paper, and the bar's
strongest hit is the one square of the accent (Müller-Brockmann's Tonhalle posters,
Albers's Command Records sleeves: huge against small, order against a crop).
"""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine.raster import brush
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.swiss_layouts import Frame, inks

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


def meter(image: Image.Image, f: Frame, rng: np.random.Generator) -> Box:
    """A huge disc in the spot colour cut by the canvas and the title's grid line (its
    radius the track's energy, its centre across the cover where the song peaks,
    pushed towards the far edge), and one row of small black squares on a grid line
    a third or two thirds into the art (two rows, two bars, on a loud song), flush
    with the title's margins, one a step of the loudest bar (meter_steps), each as
    big as its hit; inside the disc they knock out to paper; the strongest square is
    the spot colour again (black on the disc). A hairline rule carries the row on some seeds."""
    main, _ = inks(f)
    s = f.size
    x0, y0, x1, y1 = f.art
    bx0, by0, bx1, by1 = f.bleed()
    w, h = x1 - x0, y1 - y0
    place = float(np.argmax(f.curve)) / max(1, len(f.curve) - 1)
    # huge: as wide as the cover or more on a loud song, so two edges crop it
    r = s * (0.5 + 0.4 * f.energy) * float(rng.uniform(0.92, 1.08))
    # off the side where the song peaks (an early peak left, a late one right)
    out = 1.0 if place >= 0.5 else -1.0
    cx = (bx1 if out > 0 else bx0) + out * r * float(rng.uniform(-0.35, 0.05))
    lx, ly = f.far()
    cy = (y0 + y1) / 2 + ly * h * float(rng.uniform(0.15, 0.6))
    if f.edge == "right":  # beside an upright title: the disc rides the left edge
        cx, cy = bx0 - r * float(rng.uniform(0.0, 0.35)), y0 + h * (0.1 + 0.8 * place)
    # the curved edge always in sight: a disc past the art's far corner read as a field
    reach = max(np.hypot(px - cx, py - cy) for px in (x0, x1) for py in (y0, y1))
    r = min(r, 0.85 * float(reach))
    disc = (cx - r, cy - r, cx + r, cy + r)
    draw = aggdraw.Draw(image)
    draw.ellipse(disc, brush(main))
    draw.flush()
    steps = meter_steps(f.tempo)
    rows = 2 if f.energy > 0.55 else 1
    bars = loudest_bar(f.onsets, rows)
    sign = -1.0 if f.edge == "bottom" else 1.0
    # a row across the art on a grid third from the title's grid line, or, in a deep
    # art field, a column down from that line on a grid line across
    down = f.edge != "right" and h > 0.6 * w and rng.random() < 0.45
    pitch = (h if down else w) / steps
    near = {"top": y0, "bottom": y1, "right": y0}[f.edge]
    if down:
        base = x0 + w * float(rng.choice((0.25, 0.4, 0.6, 0.75)))
    elif f.edge == "right":
        base = y0 + h * float(rng.choice((0.25, 0.75)))
    else:
        base = near + sign * h * float(rng.choice((1.0 / 3.0, 0.5, 2.0 / 3.0)))

    def centre(k: int, j: int) -> tuple[float, float]:
        if down:  # the bar runs away from the title, the second bar beside it
            return base + j * pitch * 1.25, near + sign * pitch * (k + 0.5)
        return x0 + pitch * (k + 0.5), base + sign * j * pitch * 1.25

    marks = Image.new("L", (s, s), 0)
    pen = aggdraw.Draw(marks)
    accent_box = None
    sizes = [row_sizes(bars[j], steps) for j in range(rows)]
    strongest = max((float(v), k, j) for j in range(rows) for k, v in enumerate(sizes[j]))
    if rng.random() < 0.5:  # the hairline rule the marks stand on
        t = max(1.0, s * 0.003) / 2.0
        rule = (base - t, by0, base + t, by1) if down else (bx0, base - t, bx1, base + t)
        pen.rectangle(rule, aggdraw.Brush(255))
    boxes = [disc]
    for j in range(rows):
        for k in range(steps):
            half = pitch * float(sizes[j][k]) / 2.0
            xc, yc = centre(k, j)
            box = (xc - half, yc - half, xc + half, yc + half)
            boxes.append(box)
            if (k, j) == strongest[1:]:
                accent_box = box
                continue
            pen.rectangle(box, aggdraw.Brush(255))
    pen.flush()
    inside = Image.new("L", (s, s), 0)
    ring = aggdraw.Draw(inside)
    ring.ellipse(disc, aggdraw.Brush(255))
    ring.flush()
    ink_mask = Image.composite(Image.new("L", (s, s), 0), marks, inside)
    paper_mask = Image.composite(marks, Image.new("L", (s, s), 0), inside)
    image.paste(tuple(f.ink), (0, 0), ink_mask)
    image.paste(tuple(f.paper), (0, 0), paper_mask)
    if accent_box is not None:  # the spot colour again, small; black where on the disc
        cx_a, cy_a = (accent_box[0] + accent_box[2]) / 2, (accent_box[1] + accent_box[3]) / 2
        on_disc = (cx_a - cx) ** 2 + (cy_a - cy) ** 2 < r * r
        draw = aggdraw.Draw(image)
        draw.rectangle(accent_box, brush(f.ink if on_disc else main))
        draw.flush()
    return f.union(boxes)
