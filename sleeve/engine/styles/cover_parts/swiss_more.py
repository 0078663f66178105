"""More Swiss compositions, each a different skeleton (where the mass sits, what the
focal shape is), drawn into a `swiss_layouts.Frame` and returning the focal box:

squares: three or four huge overlapping squares, one per section of the song and as
big as it is loud, overprinting into a third colour; modules: a field of identical
modules on the grid, one of them (the loudest onset) turned and in colour; turns:
squares nested and turned step by step, cropped by the far edge; split: a grid line
or the diagonal cutting paper from a colour field, one square or diamond on the cut
with figure and ground swapped (Hofmann, Ruder). The beam of parallel bands is
retired (tilted it read as race stripes, level as a beach towel), and so is the
stair of level bars climbing in the onsets (read as a horizontal bar chart).
"""

from __future__ import annotations

import math

import aggdraw
import numpy as np
from PIL import Image, ImageChops, ImageDraw

from sleeve.engine import signals
from sleeve.engine.color import hue_gap, rgb_to_oklch
from sleeve.engine.raster import RGB
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.swiss_layouts import Frame, inks


def _brush(color: RGB) -> aggdraw.Brush:
    return aggdraw.Brush(tuple(color))


def _colour_partner(f: Frame, main: RGB) -> RGB:
    """The squares' second ink: a clear colour well apart in hue from the first that
    stands off the paper (a grey beside a red had printed as a dull grey slab), else
    black (grey on grey had read as fog)."""
    pool = [
        c
        for c in (*f.flats, f.accent)
        if rgb_to_oklch(c)[1] > 0.06
        and hue_gap(c, main) > 35.0
        and hue_gap(c, f.paper) > 25.0
        and abs(rgb_to_oklch(c)[0] - rgb_to_oklch(f.paper)[0]) > 0.08
    ]
    if not pool:
        return f.ink
    return max(pool, key=lambda c: rgb_to_oklch(c)[1] + 0.002 * hue_gap(c, main))


def squares(image, f: Frame, rng: np.random.Generator) -> Box:
    """Three or four huge overlapping squares standing on the far edge of the canvas,
    one for each section of the song: its side the section's loudness, in order across
    the grid, so a song that builds shows a rising chord of squares and one that fades
    a falling one. The two flat colours alternate and overprint where they meet:
    multiplied as inks on pale paper, mixed half and half on a dark or colour page, so
    each overlap is a third colour, never a grey veil or a black slab (after Albers
    and Müller-Brockmann's overprinted planes)."""
    x0, y0, x1, y1 = f.art
    s = f.size
    main, _ = inks(f)
    fy = f.far()[1]
    sections = 3 if len(f.curve) < 8 or rng.random() < 0.45 else 4
    parts = np.array_split(np.asarray(f.curve, float), sections)
    loud = np.array([float(np.mean(p)) if len(p) else 0.5 for p in parts])
    loud = (loud - loud.min()) / max(1e-6, float(np.ptp(loud)))
    room = (y1 - y0) if fy else (x1 - x0)
    width = (x1 - x0) if fy else (y1 - y0)
    side = np.minimum(room * (0.3 + 0.78 * loud), min(room * 1.02, width * 0.8))
    lit, chroma, _ = rgb_to_oklch(f.paper)
    overprint = lit > 0.6 and chroma < 0.06  # inks multiply on pale paper
    second = _colour_partner(f, main)
    if rgb_to_oklch(f.paper)[1] > 0.08 and rgb_to_oklch(main)[1] < 0.04:
        # a colour field with a grey to print: black and the palest flat, as a red
        # poster prints black and white (grey squares on red had read as dull)
        # (the clear partner, where there is one, instead of the black)
        main = second if second != f.ink else f.ink
        second = max((*f.flats, f.accent), key=lambda c: rgb_to_oklch(c)[0])
    pair = [main, second] if rng.random() < 0.5 else [second, main]
    colours = [pair[k % 2] for k in range(sections)]
    lead = float(rng.uniform(-0.1, 0.02)) * width  # the first square may bleed a side
    # the squares step at least a sixth of the width apart (the last may bleed off
    # the side): nearly stacked squares had left only slivers of the overlaps
    pitch = max((width - lead - float(side[-1])) / max(sections - 1, 1), 0.17 * width)
    paint = ImageDraw.Draw(image)
    boxes, drawn = [], []
    for k in range(sections):
        along = (x0 if fy else y0) + lead + pitch * k
        d = float(side[k])
        if fy > 0:  # standing on the foot of the canvas, bleeding over it
            box = (along, max(y0, s - d), along + d, float(s))
        elif fy < 0:
            box = (along, 0.0, along + d, min(y1, d))
        else:
            box = (0.0, along, min(x1, d), along + d)
        boxes.append(box)
        c0, r0, c1, r1 = (int(round(v)) for v in box)
        c0, r0, c1, r1 = max(c0, 0), max(r0, 0), min(c1, s), min(r1, s)
        if c1 <= c0 or r1 <= r0:
            continue
        ink = tuple(colours[k])
        # where it meets the squares before it: those pixels, before it is laid
        meets = []
        for p0, q0, p1, q1 in drawn:
            cut = (max(c0, p0), max(r0, q0), min(c1, p1), min(r1, q1))
            if cut[0] < cut[2] and cut[1] < cut[3]:
                meets.append((cut, image.crop(cut)))
        flat = ink
        if overprint:  # the ink multiplied with the flat paper
            flat = tuple(int(round(a * b / 255.0)) for a, b in zip(f.paper, ink, strict=True))
        paint.rectangle((c0, r0, c1 - 1, r1 - 1), fill=flat)
        for cut, under in meets:  # each overlap a third colour
            solid = Image.new("RGB", under.size, ink)
            if overprint:
                mixed = ImageChops.multiply(under, solid)
            else:
                mixed = Image.blend(under, solid, 0.5)
            image.paste(mixed, cut[:2])
        drawn.append((c0, r0, c1, r1))
    return f.fraction(
        (
            min(b[0] for b in boxes),
            min(b[1] for b in boxes),
            max(b[2] for b in boxes),
            max(b[3] for b in boxes),
        )
    )


def modules(draw: aggdraw.Draw, f: Frame, rng: np.random.Generator) -> Box:
    """A field of identical modules on the grid (quarter discs, half-square triangles
    or squares; the tempo sets how many to a row) running off the canvas sides and far
    edge like a printed pattern and stopping on a grid line (open paper beside it),
    black, and one of them broken: the one at the song's
    loudest onset, turned and in the flat colour. Order, and one exception."""
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
    kind = int(rng.choice(3, p=(0.4, 0.3, 0.3)))  # quarter disc, triangle, square
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


def turns(draw: aggdraw.Draw, f: Frame, rng: np.random.Generator) -> Box:
    """Squares nested about one point of the art, each smaller and turned a little
    further (the tempo sets the turn, the energy how fast they shrink), black and
    paper in turn with the smallest in the flat colour: a rotation that reads as
    rhythm (after Müller-Brockmann's Tonhalle posters), standing on the far
    edge of the canvas, which crops it."""
    x0, y0, x1, y1 = f.art
    w, h = x1 - x0, y1 - y0
    s = float(f.size)
    main, _ = inks(f)
    side = min(w * 0.8, h * 0.95) * float(rng.uniform(0.9, 1.05))
    fx, fy = f.far()
    if fy:  # standing on the far edge of the canvas, which crops the outer square
        cx = x0 + w * float(rng.choice((0.35, 0.5, 0.65)))
        cy = s - side * 0.36 if fy > 0 else side * 0.36
    else:
        cx = side * 0.36
        cy = y0 + h * float(rng.choice((0.35, 0.5, 0.65)))
    count = int(np.clip(f.steps, 4, 6))
    turn = (8.0 + 2.5 * (f.steps - 3) + 6.0 * float(np.clip(f.energy, 0, 1))) * (
        1 if rng.random() < 0.5 else -1
    )
    shrink = 0.8 - 0.08 * float(np.clip(f.energy, 0, 1))
    start = float(rng.uniform(0, 90))
    half = side / 2
    for k in range(count):
        a = math.radians(start + turn * k)
        c, sn = math.cos(a), math.sin(a)
        corners = [
            (cx + c * px - sn * py, cy + sn * px + c * py)
            for px, py in ((-half, -half), (half, -half), (half, half), (-half, half))
        ]
        colour = main if k == count - 1 else (f.ink if k % 2 == 0 else f.paper)
        draw.polygon([v for q in corners for v in q], _brush(colour))
        half *= shrink / max(
            abs(math.cos(math.radians(turn))) + abs(math.sin(math.radians(turn))), 1.0
        )
    reach = side / 2 * math.sqrt(2)
    return f.fraction((cx - reach, cy - reach, cx + reach, cy + reach))


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
