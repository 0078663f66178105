"""One huge figure cut by the frame, built of the song's beats, drawn into a
`swiss_layouts.Frame` and returning its focal box (fractions of the side):

lamella: a huge disc built of level bars, one a beat, each as heavy as the energy
there (solid where the song is loud, airy where it is quiet), half over a column of
the flat colour where its bars print paper, the loudest bar in the second colour;
wedge: a long wedge of the flat colour driven into a huge black disc (after El
Lissitzky's red wedge), as deep as the song's peak, cut across by paper gaps at its
strongest onsets, turned by the key.
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


def wedge(draw: aggdraw.Draw, f: Frame, rng: np.random.Generator) -> Box:
    """A huge black disc cut by the canvas and a long wedge of the flat colour driven
    into it from the far side (El Lissitzky): the wedge turned by the key's place on
    the circle of fifths, its tip as deep in the disc as the song is loud at its peak,
    its base as broad as the song's energy, cut across by paper gaps at its strongest
    onsets (the beat hammering it in); a small disc of the second colour flies off
    where it strikes. The seed sets the side and the crop."""
    main, second = inks(f)
    x0, y0, x1, y1 = f.art
    bx0, by0, bx1, by1 = f.bleed()
    w, h = x1 - x0, y1 - y0
    at_left = rng.random() < 0.5
    side = 1.0 if at_left else -1.0  # the disc on the left, the wedge from the right
    r = min(w, h) * float(rng.uniform(0.42, 0.55)) * (0.9 + 0.25 * f.energy)
    cx = (x0 if at_left else x1) + side * r * float(rng.uniform(0.35, 0.7))
    lx, ly = f.far()
    cy = (y0 + y1) / 2 + ly * h * float(rng.uniform(0.0, 0.2))
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), brush(f.ink))
    # the wedge's axis: from past the far canvas side, turned by the key, to the tip
    turn = math.radians(float(rng.choice((-1.0, 1.0))) * (fifths_angle(f.key) - 10.0))
    ux, uy = side * math.cos(turn), math.sin(turn)  # from the tip out to the base
    # how deep the tip drives in: the song's peak over its average (a song that
    # swells drives it past the centre, an even one stops it near the rim)
    lift = float(np.max(f.curve) - np.mean(f.curve)) if len(f.curve) else 0.3
    depth = r * (0.45 + 1.6 * float(np.clip(lift, 0.0, 0.6)))
    tip = (cx + (r - depth) * ux, cy + (r - depth) * uy)
    # full breadth where it leaves the canvas on the far side
    length = abs(((bx1 if at_left else bx0) - tip[0]) / max(abs(ux), 0.2))
    base = (tip[0] + ux * length, tip[1] + uy * length)
    half = min(w, h) * (0.3 + 0.2 * f.energy) * float(rng.uniform(0.85, 1.15))
    nx, ny = -uy, ux
    # cut across where the first bar hits (its sixteenths from the tip out): paper
    # gaps along the wedge, as many as the strong hits, denser near the tip
    n = 16
    onsets = np.asarray(f.onsets, float)
    hits = onsets[:n] if onsets.size >= n else signals.resample(onsets, n)
    strong = np.flatnonzero(hits >= 0.6 * float(hits.max()))
    cuts = sorted(int(k) for k in strong[: int(rng.integers(4, 7))])
    ts = [0.0]
    for k in cuts:
        at = 0.08 + 0.6 * (k / (n - 1)) ** 1.2  # share of the length from the tip
        ts += [at, at + 0.022 + 0.014 * f.energy]
    ts.append(1.0)
    for a, b in zip(ts[::2], ts[1::2], strict=True):
        if b <= a:
            continue
        pa = (tip[0] + ux * length * a, tip[1] + uy * length * a)
        pb = (tip[0] + ux * length * b, tip[1] + uy * length * b)
        ha, hb = half * a, half * b
        pts = (
            pa[0] + nx * ha,
            pa[1] + ny * ha,
            pb[0] + nx * hb,
            pb[1] + ny * hb,
            pb[0] - nx * hb,
            pb[1] - ny * hb,
            pa[0] - nx * ha,
            pa[1] - ny * ha,
        )
        draw.polygon(pts, brush(main))
    # the spark: a small disc of the second colour clear of the disc and the wedge,
    # in the open paper beside the strike (none where the art has no room)
    sr = r * 0.14
    for sign in (1.0, -1.0):
        sx = cx + ux * r * 0.9 + nx * sign * (r + 2.5 * sr)
        sy = cy + uy * r * 0.9 + ny * sign * (r + 2.5 * sr)
        if f.inside(sx, sy, sr):
            draw.ellipse((sx - sr, sy - sr, sx + sr, sy + sr), brush(second))
            break

    xs = (cx - r, cx + r, tip[0], base[0] + nx * half, base[0] - nx * half)
    ys = (cy - r, cy + r, tip[1], base[1] + ny * half, base[1] - ny * half)
    return f.fraction((min(xs), min(ys), max(xs), max(ys)))
