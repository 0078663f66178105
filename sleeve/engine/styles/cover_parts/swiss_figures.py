"""One figure built of the song's beats, drawn into a `swiss_layouts.Frame` and
returning its focal box (fractions of the side): lamella, a disc built of bars, one a
beat, each as heavy as the energy there (solid where the song is loud, airy where it
is quiet), grouped by the song's sections, over a plane of the flat colour where its
bars print paper, the loudest bar in the second colour.

The song sets the picture, not only its colours (two reviews had read the lamella
as one disc recoloured across the bench): the energy its scale and crop (a quiet
song's small whole disc in a wide field, a loud one's quarter disc cut by a corner),
where the song peaks its grid column, the sections the gaps between the bar groups
and the plane (the loudest section's band across the canvas, or a column from a grid
line), the key the bars' direction, the meter and tempo the grid and the bar count.
"""

from __future__ import annotations

import math

import aggdraw
import numpy as np
from PIL import Image, ImageChops, ImageDraw

from sleeve.engine import signals
from sleeve.engine.raster import brush
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts import swiss_grid as grid
from sleeve.engine.styles.cover_parts.swiss_layouts import Frame, inks, slices
from sleeve.engine.styles.cover_parts.swiss_systems import fifths_angle

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


def lamella_turn(key: int) -> float:
    """The bars' direction (radians) by the key: level, upright, or turned either way
    by the key's place on the circle of fifths (one level blind on every track)."""
    kind = key % 4
    if kind == 0:
        return 0.0
    if kind == 1:
        return math.pi / 2
    return math.radians(fifths_angle(key)) * (1.0 if kind == 2 else -1.0)


def lamella_place(f: Frame, rng: np.random.Generator) -> tuple[float, float, float, str]:
    """The disc's centre (px), radius and crop: "whole" in the field (a quiet song's
    small disc), "cut" by the far edge, or "corner", a loud song's huge disc cut by
    two canvas edges; its column along the art the grid line where the song peaks."""
    s = float(f.size)
    ax = grid.Axes(f.size, f.art, f.edge)
    cols = grid.modules(f.tempo, grid.beats_per_bar(f.onsets))
    place = grid.peak(f.curve, f.title)
    e = float(np.clip(f.energy, 0.0, 1.0))
    r = s * (0.17 + 0.45 * e) * float(rng.uniform(0.92, 1.08))
    crop = grid.pick(("whole", "cut", "corner"), [1.6 * (1.0 - e) ** 2, 0.9, 1.5 * e**2], rng)
    lo, hi = ax.along
    d_lo, d_hi = ax.depth
    if crop == "whole":  # all of it in the art, on a grid line across, a grid row deep
        r = min(r, 0.46 * (hi - lo), 0.46 * (d_hi - ax.margin))
        a = lo + r + (hi - lo - 2 * r) * grid.snap(place, cols)
        rows = float(rng.choice((0.0, 0.5, 1.0)))
        d = ax.margin + r + (d_hi - ax.margin - 2 * r) * rows
    elif crop == "cut":  # the far edge cuts a share of it (a sliver had read as a stray block)
        a = lo + (hi - lo) * grid.snap(place, cols)
        d = r * float(rng.uniform(0.15, 0.6))  # more than half of it shows
    else:  # the corner on the peak's side holds its centre
        out = 1.0 if place >= 0.5 else -1.0
        a = (hi + ax.margin if out > 0 else lo - ax.margin) - out * r * float(
            rng.uniform(0.1, 0.45)
        )
        d = r * float(rng.uniform(0.05, 0.45))
    # never past the title's grid line by more than a third of the disc
    d = min(d, d_hi - 0.66 * r)
    cx, cy = ax.xy(a, d)
    return cx, cy, r, crop


def _turned(pts: list[float], cx: float, cy: float, turn: float) -> list[float]:
    """A flat polygon about (0, 0) turned by `turn` and moved to (cx, cy)."""
    if not pts:
        return []
    p = np.asarray(pts, float).reshape(-1, 2)
    c, si = math.cos(turn), math.sin(turn)
    return (
        np.column_stack((cx + p[:, 0] * c - p[:, 1] * si, cy + p[:, 0] * si + p[:, 1] * c))
        .ravel()
        .tolist()
    )


def _band_share(f: Frame, cx: float, cy: float, turn: float, va: float, vb: float) -> float:
    """How much of the art (a share, read on a 24 x 24 lattice of points, the same at
    every size) the band between va and vb across the turned bars covers."""
    x0, y0, x1, y1 = f.art
    xs, ys = np.meshgrid(np.linspace(x0, x1, 24), np.linspace(y0, y1, 24))
    v = -(xs - cx) * math.sin(turn) + (ys - cy) * math.cos(turn)
    return float(((v >= va) & (v <= vb)).mean())


def lamella(image: Image.Image, f: Frame, rng: np.random.Generator) -> Box:
    """A disc built of bars (one a beat, lamella_bars by the tempo), placed and cropped
    by the energy and the peak (lamella_place), turned by the key (lamella_turn; beside
    an upright title the bars stand), grouped by the song's sections with a gap
    between groups; each bar's weight the energy curve there, so the disc is solid
    where the song is loud and a blind where it is quiet; black on the paper, paper on
    a plane of the flat colour (figure and ground swapped): the loudest section's band
    across the canvas, or a column from a grid line to the canvas side away from the
    disc; the bar at the loudest onset in the second colour."""
    main, second = inks(f)
    s = f.size
    bx0, by0, bx1, by1 = f.bleed()
    cx, cy, r, _ = lamella_place(f, rng)
    turn = math.pi / 2 if f.edge == "right" else lamella_turn(f.key)
    parts = grid.sections(f.curve)
    n = lamella_bars(f.tempo)
    gap = 0.9  # a section break, in bar pitches
    pitch = 2.0 * r / (n + gap * (len(parts) - 1))
    share = (np.arange(n) + 0.5) / n
    group = np.array([sum(1 for p in parts[1:] if t >= p[0]) for t in share])
    starts = -r + pitch * (np.arange(n) + gap * group)
    weight = 0.18 + 0.74 * slices(f.curve, n)
    hits = signals.resample(np.asarray(f.onsets, float), n)
    loud = int(np.argmax(hits + 0.5 * weight + rng.uniform(0, 0.01, n)))
    big = grid.loudest(parts)
    in_big = [k for k in range(n) if parts[int(group[k])] == big]
    kind = grid.pick(("column", "band"), [1.0, 1.3 if len(parts) > 1 else 0.0], rng)
    plane = Image.new("L", (s, s), 0)
    cut_at, band_at = float(rng.choice((-0.35, 0.0, 0.3))), float(rng.choice((-0.2, 0.1)))
    va = float(starts[in_big[0]]) - pitch * 0.3
    vb = float(starts[in_big[-1]]) + pitch * 1.3
    if kind == "band" and _band_share(f, cx, cy, turn, va, vb) < 0.06:
        kind = "column"  # the band off the page past a crop
    if kind == "band":  # the loudest section's bars, as a band across the canvas
        band = _turned([-2.0 * s, va, 2.0 * s, va, 2.0 * s, vb, -2.0 * s, vb], cx, cy, turn)
        ImageDraw.Draw(plane).polygon(band, fill=255)
        ImageDraw.Draw(image).polygon(band, fill=tuple(main))
    if kind == "column":  # from a grid line through the disc to the canvas side away
        cut = int(round(cx + r * cut_at))
        column = (
            (cut, int(by0), int(bx1), int(by1))
            if cx < s / 2
            else (int(bx0), int(by0), cut, int(by1))
        )
        if f.edge == "right":  # a level band under the disc's middle instead
            band_y = int(round(cy + r * band_at))
            column = (int(bx0), band_y, int(bx1), int(by1))
        ImageDraw.Draw(plane).rectangle(column, fill=255)
        ImageDraw.Draw(image).rectangle(column, fill=tuple(main))
    mask = Image.new("L", (s, s), 0)
    draw, pen = aggdraw.Draw(mask), aggdraw.Draw(image)
    loud_bar: list[float] = []
    for k in range(n):
        lo = float(starts[k])
        bar = _turned(_chord_band(0.0, 0.0, r, lo, lo + pitch * float(weight[k])), cx, cy, turn)
        if not bar:
            continue
        if k == loud:
            loud_bar = bar
        draw.polygon(bar, aggdraw.Brush(255))
        pen.polygon(bar, brush(second if k == loud else f.ink))
    draw.flush()
    pen.flush()
    # where the bars cross the plane they print paper (the loud bar keeps its ink)
    keep = Image.new("L", (s, s), 0)
    if loud_bar:
        ImageDraw.Draw(keep).polygon(loud_bar, fill=255)
    knock = ImageChops.subtract(ImageChops.multiply(mask, plane), keep)
    image.paste(tuple(f.paper), (0, 0), knock)
    box = plane.getbbox() or (cx - r, cy - r, cx + r, cy + r)
    return f.union(((cx - r, cy - r, cx + r, cy + r), box))
