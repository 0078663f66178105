"""One huge figure cut by the frame, built of the song's beats, drawn into a
`swiss_layouts.Frame` and returning its focal box (fractions of the side): lamella,
a huge disc built of level bars, one a beat, each as heavy as the energy there (solid
where the song is loud, airy where it is quiet), half over a column of the flat colour
where its bars print paper, the loudest bar in the second colour.
"""

from __future__ import annotations

import math

import aggdraw
import numpy as np
from PIL import Image, ImageChops, ImageDraw

from sleeve.engine import signals
from sleeve.engine.raster import brush
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.swiss_layouts import Frame, inks, slices

# the chord polygons' points per half circle: smooth at 3000 px, cheap at 256
ROUND = 48


def lamella_bars(tempo: float) -> int:
    """The disc's bars for a tempo (one a beat of three or four bars): a ballad a few
    broad slats, a fast song a fine venetian blind."""
    return int(np.clip(round(tempo / 8.0), 9, 20))


def _chord_band(cx: float, cy: float, r: float, ya: float, yb: float) -> list[float]:
    """The part of the disc (cx, cy, r) between the levels ya < yb, as a flat polygon
    whose sides follow the circle."""
    ya, yb = max(ya, cy - r), min(yb, cy + r)
    if yb <= ya:
        return []
    lo, hi = (float(np.clip((y - cy) / r, -1.0, 1.0)) for y in (ya, yb))
    ts = np.linspace(math.asin(lo), math.asin(hi), ROUND // 4 + 2)
    right = [(cx + r * math.cos(t), cy + r * math.sin(t)) for t in ts]
    left = [(cx - r * math.cos(t), cy + r * math.sin(t)) for t in ts[::-1]]
    return [c for p in right + left for c in p]


def lamella(image: Image.Image, f: Frame, rng: np.random.Generator) -> Box:
    """A huge disc built of level bars (one a beat, lamella_bars by the tempo) cut by
    the canvas and the title's grid line; each bar's weight the energy curve there, so
    the disc is solid where the song is loud and a blind where it is quiet; black on
    the paper, paper on a column of the flat colour from a grid line to the canvas side
    (figure and ground swapped), the bar at the loudest onset in the second colour.
    The seed sets the side, the grid line and the crop; beside an upright title the
    bars stand."""
    main, second = inks(f)
    s = f.size
    x0, y0, x1, y1 = f.art
    bx0, by0, bx1, by1 = f.bleed()
    upright = f.edge == "right"
    w, h = x1 - x0, y1 - y0
    # big, but round enough to read as a disc: cut by one canvas side, not all round
    # (under a deep title the far edge and the title's grid line crop it instead)
    r = max(min(w, h) * float(rng.uniform(0.46, 0.58)), s * float(rng.uniform(0.27, 0.33)))
    at_left = rng.random() < 0.5
    cx = x0 + r * float(rng.uniform(0.55, 0.85))
    if not at_left:
        cx = x1 - r * float(rng.uniform(0.55, 0.85))
    # the disc sinks past the far edge or stands on the title's grid line
    lx, ly = f.far()
    cy = (y0 + y1) / 2 + ly * h * float(rng.uniform(0.05, 0.2))
    if upright:
        cx, cy = x0 + w * float(rng.uniform(0.35, 0.5)), y0 + h * float(rng.uniform(0.35, 0.65))
    n = lamella_bars(f.tempo)
    pitch = 2.0 * r / n
    weight = 0.18 + 0.74 * slices(f.curve, n)
    hits = signals.resample(np.asarray(f.onsets, float), n)
    loud = int(np.argmax(hits + 0.5 * weight + rng.uniform(0, 0.01, n)))
    # the column: from a grid line through the disc to the canvas side away from it
    cut = cx + r * float(rng.choice((-0.35, 0.0, 0.3)))
    column = (int(round(cut)), int(by0), int(bx1), int(by1))
    if not at_left:
        column = (int(bx0), int(by0), int(round(cut)), int(by1))
    if upright:  # a level band under the disc's middle instead
        band = int(round(cy + r * float(rng.choice((-0.2, 0.1)))))
        column = (int(bx0), band, int(bx1), int(by1))
    ImageDraw.Draw(image).rectangle(column, fill=tuple(main))
    mask = Image.new("L", (s, s), 0)
    draw, pen = aggdraw.Draw(mask), aggdraw.Draw(image)
    for k in range(n):
        lo = cy - r + pitch * k
        bar = _chord_band(cx, cy, r, lo, lo + pitch * float(weight[k]))
        if upright:  # standing bars: the band's x and y swapped about the centre
            pts = np.array(bar).reshape(-1, 2)
            bar = np.column_stack((cx + pts[:, 1] - cy, cy + pts[:, 0] - cx)).ravel().tolist()
        if not bar:
            continue
        draw.polygon(bar, aggdraw.Brush(255))
        pen.polygon(bar, brush(second if k == loud else f.ink))
    draw.flush()
    pen.flush()
    # where the bars cross the column they print paper (the loud bar keeps its ink)
    block = Image.new("L", (s, s), 0)
    ImageDraw.Draw(block).rectangle(column, fill=255)
    keep = Image.new("L", (s, s), 0)
    lo = cy - r + pitch * loud
    loud_bar = _chord_band(cx, cy, r, lo, lo + pitch * float(weight[loud]))
    if loud_bar and not upright:
        ImageDraw.Draw(keep).polygon(np.array(loud_bar).reshape(-1, 2).ravel().tolist(), fill=255)
    knock = ImageChops.subtract(ImageChops.multiply(mask, block), keep)
    image.paste(tuple(f.paper), (0, 0), knock)
    return f.union(((cx - r, cy - r, cx + r, cy + r), column))
