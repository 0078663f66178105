"""More Swiss compositions, each a different skeleton (where the mass sits, what the
focal shape is), drawn into a `swiss_layouts.Frame` and returning the focal box:

modules: a field of identical modules on the grid, one of them (the loudest onset)
turned and in colour; beat: a bar's beats as squares meeting corner to corner on a
diagonal from a far corner, the loudest one huge and cropped by the canvas; split: a
grid line or the diagonal cutting paper from a colour field, one square or diamond on
the cut with figure and ground swapped (Hofmann, Ruder). Retired: the beam of parallel
bands (race stripes, a beach towel), the stair of level bars (a bar chart), the nested
turned squares (an app icon) and the overlapping translucent squares (a corporate
slide).
"""

from __future__ import annotations

import aggdraw
import numpy as np

from sleeve.engine import signals
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.raster import RGB
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.swiss_layouts import Frame, inks


def _brush(color: RGB) -> aggdraw.Brush:
    return aggdraw.Brush(tuple(color))


def modules(draw: aggdraw.Draw, f: Frame, rng: np.random.Generator) -> Box:
    """A field of identical modules on the grid (quarter discs or half-square
    triangles; the tempo sets how many to a row) running off the canvas sides and far
    edge like a printed pattern and stopping on a grid line (open paper beside it),
    black, and one of them broken: the one at the song's
    loudest onset, turned and in the flat colour. Order, and one exception. Plain squares
    (one turned to a diamond) are retired: they read as a window grid or an app icon."""
    x0, y0, x1, y1 = f.art
    s = float(f.size)
    main, _ = inks(f)
    cols = int(np.clip(f.steps + 1, 4, 7))
    pitch = s / (cols + 0.4)
    if f.far()[1]:  # a shallow art strip: three rows of bigger modules, not a frieze
        pitch = max(pitch, (y1 - y0 + pitch * 0.3) / 3.0)
    fx, fy = f.far()
    share = float(rng.uniform(0.45, 0.62))  # the field stops on a grid line: open paper
    from_start = rng.random() < 0.5  # beside it (the left, or the top), off-centre
    if fy:  # rows from the far canvas edge towards the title, cropped at one side
        rows = max(2, int((y1 - y0 + pitch * 0.3) // pitch))
        cols = max(2, round((cols + 1) * share))
        gx = -pitch * 0.2 if from_start else s + pitch * 0.2 - cols * pitch
        gy = s + pitch * 0.3 - rows * pitch if fy > 0 else -pitch * 0.3
    else:  # beside an upright title: columns from the left edge, cropped at top or foot
        rows = max(2, round((cols + 1) * share))
        cols = max(2, int((x1 - x0 + pitch * 0.3) // pitch))
        gx = -pitch * 0.3
        gy = -pitch * 0.2 if from_start else s + pitch * 0.2 - rows * pitch
    # quarter disc or triangle; the plain square (a grid of squares, one a diamond) read
    # as a window grid or an app icon (Concrete Lullaby, Under a Leaden Sky): retired
    kind = int(rng.choice(3, p=(0.55, 0.45, 0.0)))
    gutter = pitch * float(rng.uniform(0.08, 0.16))
    side = pitch - gutter
    inner = [  # modules wholly inside the art: the broken one is one of them
        k
        for k in range(cols * rows)
        if f.inside(gx + (k % cols) * pitch, gy + (k // cols) * pitch)
        and f.inside(gx + (k % cols) * pitch + side, gy + (k // cols) * pitch + side)
    ] or [0]
    on = signals.resample(f.onsets, len(inner)) + rng.uniform(0, 0.05, len(inner))
    odd = inner[int(np.argmax(on))]
    turn = float(rng.choice((90.0, 180.0, 270.0)))
    for k in range(cols * rows):
        r, c = divmod(k, cols)
        px, py = gx + c * pitch, gy + r * pitch
        colour = main if k == odd else f.ink
        rot = (turn if k == odd else 0.0) % 360.0
        if kind == 0:  # a quarter disc about a corner of the module
            ox = px if rot in (90.0, 180.0) else px + side
            oy = py if rot in (180.0, 270.0) else py + side
            start = {0.0: 90.0, 90.0: 0.0, 180.0: 270.0, 270.0: 180.0}[rot]
            box = (ox - side, oy - side, ox + side, oy + side)
            draw.pieslice(box, start, start + 90.0, _brush(colour))
        elif kind == 1:  # half a square, cut on its diagonal
            corners = [(px, py), (px + side, py), (px + side, py + side), (px, py + side)]
            skip = int(rot // 90.0)
            tri = [corners[(skip + m) % 4] for m in (1, 2, 3)]
            draw.polygon([v for q in tri for v in q], _brush(colour))
        elif k == odd:  # the broken square: turned a half-quarter
            cx, cy, d = px + side / 2, py + side / 2, side * 0.6
            draw.polygon((cx, cy - d, cx + d, cy, cx, cy + d, cx - d, cy), _brush(colour))
        else:
            draw.rectangle((px, py, px + side, py + side), _brush(colour))
    return f.fraction((gx, gy, gx + cols * pitch, gy + rows * pitch))


def beat(draw: aggdraw.Draw, f: Frame, rng: np.random.Generator) -> Box:
    """Squares meeting corner to corner on a diagonal from a far corner of the canvas,
    one for each beat of a bar (the tempo sets how many, three to five): the bar
    starts on its loudest beat, drawn as one huge square cropped by the canvas, and
    the others step towards the title, each as big as the strongest onset in its
    beat (under half the shown part of the huge one): a rhythm of big and small read at a glance,
    one dominant form, one diagonal, one crop (after Müller-Brockmann's musica viva
    posters). Black, with the huge square or the loudest of the rest in the flat
    colour."""
    x0, y0, x1, y1 = f.art
    s = float(f.size)
    main, _ = inks(f)
    count = int(np.clip(f.steps, 3, 5))
    onsets = np.asarray(f.onsets, float)
    if len(onsets) < count:
        onsets = signals.resample(onsets, count)
    # each beat's mean onset strength (a chunk's maximum saturated: equal steps)
    hits = np.array([float(p.mean()) for p in np.array_split(onsets, count)])
    first = int(np.argmax(hits + rng.uniform(0.0, 0.02, count)))
    hits = np.roll(hits, -first)  # the bar from its loudest beat
    rest = (hits[1:] - hits[1:].min()) / max(1e-6, float(np.ptp(hits[1:])))
    sides = np.concatenate(([1.0], 0.08 + 0.42 * rest**1.3))  # strong against weak
    fx, fy = f.far()  # a far corner of the canvas, and the diagonal into it
    if fy:
        ox, oy = (0.0 if rng.random() < 0.5 else s), (s if fy > 0 else 0.0)
    else:
        ox, oy = 0.0, (0.0 if rng.random() < 0.5 else s)
    dx = 1.0 if ox == 0.0 else -1.0
    dy = 1.0 if oy == 0.0 else -1.0
    # how far the chain may run on each axis: to the art's far side and its title edge
    run = min((x1 - ox) if dx > 0 else (ox - x0), (y1 - oy) if dy > 0 else (oy - y0))
    crop = float(rng.uniform(0.25, 0.45))  # the share of the huge square past the canvas
    shown = run * float(rng.uniform(0.5, 0.62))  # of it on the canvas: the dominant form
    big = shown / (1.0 - crop)
    # the rest share what is left of the run, none over half the huge one, none a speck
    others = sides[1:] * (run * 0.97 - shown) / float(sides[1:].sum())
    others = np.clip(others, 0.03 * s, 0.45 * shown)
    sides = np.concatenate(([big], others))
    loud = 1 + int(np.argmax(hits[1:]))
    colour_first = rng.random() < 0.55
    x, y = ox - dx * crop * big, oy - dy * crop * big
    boxes = []
    for k, side in enumerate(sides):
        d = float(side)
        box = (min(x, x + dx * d), min(y, y + dy * d), max(x, x + dx * d), max(y, y + dy * d))
        coloured = k == 0 if colour_first else k == loud
        draw.rectangle(box, _brush(main if coloured else f.ink))
        boxes.append(box)
        x, y = x + dx * d, y + dy * d
    return f.fraction(
        (
            min(b[0] for b in boxes),
            min(b[1] for b in boxes),
            max(b[2] for b in boxes),
            max(b[3] for b in boxes),
        )
    )


def _halves(cx: float, cy: float, r: float, diamond: bool, upright: bool, first: bool):
    """A square (or a diamond) of half-side r about (cx, cy) cut through its centre
    (upright or level): the half on the first (left or upper) side, then the other."""
    if diamond:
        top, right, bottom, left = (cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy)
        if upright:
            a, b = (top, bottom, left), (top, right, bottom)
        else:
            a, b = (left, top, right), (left, bottom, right)
    elif upright:
        a = ((cx - r, cy - r), (cx, cy - r), (cx, cy + r), (cx - r, cy + r))
        b = ((cx, cy - r), (cx + r, cy - r), (cx + r, cy + r), (cx, cy + r))
    else:
        a = ((cx - r, cy - r), (cx + r, cy - r), (cx + r, cy), (cx - r, cy))
        b = ((cx - r, cy), (cx + r, cy), (cx + r, cy + r), (cx - r, cy + r))
    flat = lambda pts: [v for q in pts for v in q]  # noqa: E731
    return (flat(a), flat(b)) if first else (flat(b), flat(a))


def split(draw: aggdraw.Draw, f: Frame, rng: np.random.Generator) -> Box:
    """The art cut on a grid line (upright, or level with the colour field as the far
    part) into paper and a flat colour field, with one big square or diamond centred
    on the cut: black on the paper side, paper on the colour side (figure and ground
    swapped, as in Hofmann's and Ruder's posters). The energy sets its size, the tempo
    where along the cut it sits."""
    x0, y0, x1, y1 = f.art
    w, h = x1 - x0, y1 - y0
    s = float(f.size)
    main, _ = inks(f)
    e = float(np.clip(f.energy, 0, 1))
    upright = f.edge != "right" and rng.random() < 0.6  # a vertical cut, or a level one
    cut = float(rng.choice((1 / 3, 1 / 2, 2 / 3)))
    first = rng.random() < 0.5  # the colour field on the first (left or upper) side
    night = rgb_to_oklch(f.paper)[0] <= 0.5
    if night:  # a night cover stays dark: its colour field takes the smaller side
        cut = 1 / 3 if first else 2 / 3
    dark = f.ink if not night else main
    diamond = rng.random() < 0.45
    # a big figure against the wide field (a modest one read as a corporate logo)
    r = min(w, h) * (0.3 + 0.1 * e) * (1.2 if diamond else 1.0)
    along = (f.steps - 3) / 4.0  # a faster song's figure sits further along the cut
    along = float(np.clip(along + rng.uniform(-0.15, 0.15), 0, 1))
    if upright:
        line = x0 + w * cut
        field = (0.0, y0, line, s) if first else (line, y0, s, s)
        if f.edge == "bottom":
            field = (field[0], 0.0, field[2], y1)
        cx, cy = line, y0 + r + (h - 2 * r) * along
    elif f.edge == "right":
        line = y0 + h * cut
        field = (0.0, 0.0, x1, line) if first else (0.0, line, x1, s)
        cx, cy = x0 + r + (w - 2 * r) * along, line
    else:  # a level cut: the field is the far part, like ground under a horizon
        first = f.edge == "bottom"
        line = y0 + h * (cut if first else 1 - cut)
        r = min(r, line - y0 if not first else y1 - line)
        field = (0.0, 0.0, s, line) if first else (0.0, line, s, s)
        cx, cy = x0 + r + (w - 2 * r) * along, line
    draw.rectangle(field, _brush(main))
    on_field, on_paper = _halves(cx, cy, r, diamond, upright, first)
    draw.polygon(on_paper, _brush(dark))
    draw.polygon(on_field, _brush(f.paper))
    box = (cx - r, cy - r, cx + r, cy + r)
    return f.fraction(  # the figure and the field: both are the picture
        (
            min(box[0], field[0]),
            min(box[1], field[1]),
            max(box[2], field[2]),
            max(box[3], field[3]),
        )
    )
