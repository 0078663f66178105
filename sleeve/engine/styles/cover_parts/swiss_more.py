"""More Swiss compositions, each a different skeleton (where the mass sits, what the
focal shape is), drawn into a `swiss_layouts.Frame` and returning the focal box:

overlap: two to four translucent discs overprinted like a screenprint
(Müller-Brockmann's concert posters); diagonal: one heavy band crossing the cover at
the tempo's angle, a few hairlines beside it and a disc riding on it (Hofmann);
crescendo: discs growing along a line, the last huge and cropped (musica viva);
eclipse: a big black disc and a colour disc laid over its edge, in tension on the
grid; turns: squares nested and turned step by step, cropped by the far edge;
split: a grid line cutting paper from a colour field, one circle on the cut with
figure and ground swapped (Hofmann, Ruder).
"""

from __future__ import annotations

import math

import aggdraw
import numpy as np
from PIL import Image, ImageChops

from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.raster import RGB, tone
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.swiss_layouts import Frame, inks, slices


def _brush(color: RGB) -> aggdraw.Brush:
    return aggdraw.Brush(tuple(color))


def overlap(image: Image.Image, f: Frame, rng: np.random.Generator) -> Box:
    """Two to four discs in as many inks, overprinted: where one lies over another it
    shows a deeper shade of its own hue (a multiply of two palette hues had mixed to
    brown, black overlaps read as a hole). The tempo sets how many (a slow song two
    big ones, a fast one four smaller) and how tightly they pack, the song's parts
    their sizes; laid on a line or, for three or four, a triangle or a diamond."""
    x0, y0, x1, y1 = f.art
    w, h = x1 - x0, y1 - y0
    n = 2 if f.steps <= 3 else 3 if f.steps <= 5 else 4
    parts = [float(part.mean()) for part in np.array_split(f.curve, n)]
    top = max(parts) or 1.0
    base = min(w, h) * float(rng.uniform(0.4, 0.48)) * {2: 1.15, 3: 1.0, 4: 0.85}[n]
    radii = [base * (0.7 + 0.3 * t / top) for t in parts]
    apart = base * (1.25 - 0.06 * f.steps)  # a faster song packs the discs tighter
    angle = math.radians(float(rng.choice((0.0, 30.0, 60.0, 90.0, 120.0, 150.0))))
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    ux, uy = math.cos(angle), math.sin(angle)
    mid = (n - 1) / 2
    centres = [(cx + ux * apart * (k - mid), cy + uy * apart * (k - mid)) for k in range(n)]
    if n > 2 and rng.random() < 0.5:  # a triangle or a diamond, not a line
        centres[1] = (cx - uy * apart * 0.8, cy + ux * apart * 0.8)
        if n == 4:
            centres[2] = (cx + uy * apart * 0.8, cy - ux * apart * 0.8)
    pool = sorted((*f.flats, f.accent), key=lambda c: -rgb_to_oklch(c)[1])
    colours = [pool[k % len(pool)] for k in range(n)]  # the most colourful inks first
    rng.shuffle(colours)  # (a grey disc had read as dull)
    discs = []
    for (px, py), r in zip(centres, radii, strict=True):
        r = min(r, w / 2, h / 2)  # whole discs: the title zone never cuts one
        discs.append((min(max(px, x0 + r), x1 - r), min(max(py, y0 + r), y1 - r), r))
    box = (
        min(px - r for px, _, r in discs),
        min(py - r for _, py, r in discs),
        max(px + r for px, _, r in discs),
        max(py + r for _, py, r in discs),
    )
    ox, oy = int(box[0]) - 1, int(box[1]) - 1  # draw in the discs' box only
    region = image.crop((ox, oy, int(box[2]) + 2, int(box[3]) + 2))
    paint = aggdraw.Draw(region)
    masks = []
    for (px, py, r), ink in zip(discs, colours, strict=True):
        disc = (px - r - ox, py - r - oy, px + r - ox, py + r - oy)
        paint.ellipse(disc, aggdraw.Brush(tuple(ink)))
        mask = Image.new("L", region.size, 0)
        pen = aggdraw.Draw(mask)
        pen.ellipse(disc, aggdraw.Brush(255))
        pen.flush()
        masks.append(mask)
    paint.flush()
    light = rgb_to_oklch(f.paper)[0] > 0.6
    below = masks[0]
    for mask, ink in zip(
        masks[1:], colours[1:], strict=True
    ):  # each overlap: the upper hue, deeper
        shade = _overprint(ink, light)
        region.paste(shade, mask=ImageChops.multiply(mask, below))
        below = ImageChops.lighter(below, mask)
    image.paste(region, (ox, oy))
    return f.fraction(tuple(box))


def _overprint(ink: RGB, light: bool) -> RGB:
    """The shade where a disc lies over another: deeper on light paper, lighter on
    dark; a yellow turns towards orange and an orange towards red (darkened, they
    print olive and rust), as yellow ink over red does."""
    lit, chroma, hue = rgb_to_oklch(ink)
    if not light:
        return tone(ink, min(0.93, lit + 0.18), chroma * 1.15)
    if 70.0 <= hue <= 135.0:
        return tone(ink, lit - 0.1, chroma * 1.2, hue_shift=55.0 - hue)
    if 35.0 <= hue < 70.0:  # an orange deepens to red, not rust
        return tone(ink, lit - 0.08, chroma * 1.2, hue_shift=-25.0)
    return tone(ink, lit - 0.13, chroma * 1.15)


def _tilt(f: Frame, rng: np.random.Generator) -> float:
    """An angle in radians from the tempo: about 15 degrees for a slow song to 45 for
    a fast one, rising or falling by the seed."""
    degrees = 22.0 + 6.0 * (f.steps - 3) + float(rng.uniform(-4.0, 4.0))
    return math.radians(degrees) * (1 if rng.random() < 0.5 else -1)


def _band(draw: aggdraw.Draw, p: tuple, u: tuple, a: float, b: float, colour: RGB, s: float):
    """A straight band across the canvas through p along u, from a to b across it."""
    nx, ny = -u[1], u[0]
    reach = s * 2.0
    pts = [
        (p[0] + nx * a - u[0] * reach, p[1] + ny * a - u[1] * reach),
        (p[0] + nx * a + u[0] * reach, p[1] + ny * a + u[1] * reach),
        (p[0] + nx * b + u[0] * reach, p[1] + ny * b + u[1] * reach),
        (p[0] + nx * b - u[0] * reach, p[1] + ny * b - u[1] * reach),
    ]
    draw.polygon([v for q in pts for v in q], _brush(colour))


def diagonal(draw: aggdraw.Draw, f: Frame, rng: np.random.Generator) -> Box:
    """One heavy band crossing the cover at the tempo's angle through a grid point of
    the art (a louder song's band is heavier), two to four hairlines beside it spaced
    by the onsets, and one disc riding on the band: movement against a still round."""
    x0, y0, x1, y1 = f.art
    w, h = x1 - x0, y1 - y0
    s = float(f.size)
    main, second = inks(f)
    angle = _tilt(f, rng)
    if f.edge == "right":
        angle += math.pi / 2  # a band that stands, beside the upright title
    u = (math.cos(angle), math.sin(angle))
    p = (x0 + w * float(rng.choice((1 / 3, 1 / 2, 2 / 3))), y0 + h * float(rng.uniform(0.45, 0.7)))
    thick = s * (0.1 + 0.09 * float(np.clip(f.energy, 0, 1)))
    swap = rng.random() < 0.4  # a colour band and a black disc
    band, disc = (main, f.ink) if swap else (f.ink, main)
    _band(draw, p, u, -thick / 2, thick / 2, band, s)
    side = 1 if rng.random() < 0.5 else -1
    gaps = slices(np.resize(f.onsets, 5), 5)
    t = thick / 2
    hair = max(1.0, s * 0.003)
    for k in range(int(2 + round(2 * float(np.clip(f.energy, 0, 1))))):
        t += thick * (0.25 + 0.5 * float(gaps[k]))
        _band(draw, p, u, side * t, side * (t + hair), f.ink, s)
    r = s * float(rng.uniform(0.1, 0.17)) * (0.8 if swap else 1.0)
    along = float(rng.uniform(-0.3, 0.3)) * min(w, h)
    cx, cy = p[0] + u[0] * along, p[1] + u[1] * along
    lift = -side * (thick / 2 + r * float(rng.uniform(-0.3, 0.9)))  # on, or resting on it
    cx, cy = cx - u[1] * lift, cy + u[0] * lift
    cx, cy = min(max(cx, x0 + r), x1 - r), min(max(cy, y0 + r), y1 - r)
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), _brush(disc if not swap else f.ink))
    if rng.random() < 0.35:  # a small second round in the other colour
        q = r * 0.35
        qx, qy = cx + u[0] * (r + q) * 1.8, cy + u[1] * (r + q) * 1.8
        if f.inside(qx, qy, q):
            draw.ellipse((qx - q, qy - q, qx + q, qy + q), _brush(second))
    return f.fraction(f.bleed())  # the band crosses the whole picture


def crescendo(draw: aggdraw.Draw, f: Frame, rng: np.random.Generator) -> Box:
    """Discs growing along a line at the tempo's angle, each bigger than the last by
    the song's energy, the last one huge and cropped by a side of the canvas
    (Müller-Brockmann's musica viva circles): the tempo sets how many, the onsets how
    close each follows the one before; black, the biggest in the flat colour."""
    x0, y0, x1, y1 = f.art
    w, h = x1 - x0, y1 - y0
    s = float(f.size)
    main, second = inks(f)
    n = int(np.clip(f.steps - 1, 3, 5))
    grow = 1.45 + 0.45 * float(np.clip(f.energy, 0, 1))
    big = min(w * 0.34, h * 0.5) * float(rng.uniform(0.88, 1.0))
    right = rng.random() < 0.5
    fx, fy = f.far()
    if fy:  # the biggest at a side of the canvas, towards the far edge
        bx = s - big * 0.55 if right else big * 0.55
        by = y1 - big * 0.9 if fy > 0 else y0 + big * 0.9
    else:
        bx, by = x0 + big * 0.9, (y1 - big * 0.55) if right else (y0 + big * 0.55)
    tilt = _tilt(f, rng) * 0.6
    if fy:
        ux, uy = (-1.0 if right else 1.0) * math.cos(tilt), -abs(math.sin(tilt)) * fy
    else:
        ux, uy = abs(math.sin(tilt)), (-1.0 if right else 1.0) * math.cos(tilt)
    gaps = np.resize(f.onsets, n)
    discs = [(bx, by, big)]
    for k in range(1, n):
        px, py, pr = discs[-1]
        r = pr / grow
        d = (pr + r) * (0.9 + 0.25 * (1.0 - float(gaps[k])))
        cx, cy = px + ux * d, py + uy * d
        if not f.inside(cx, cy, r * 0.3):
            break
        discs.append((cx, cy, r))
    solid = rng.random() < 0.5  # the big one in the flat colour, or in black
    for k, (cx, cy, r) in enumerate(reversed(discs)):
        last = k == len(discs) - 1
        colour = (main if solid else f.ink) if last else (f.ink if solid else main)
        if k == 0 and len(discs) > 2:
            colour = second
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), _brush(colour))
    return f.fraction(
        (
            min(cx - r for cx, _, r in discs),
            min(cy - r for _, cy, r in discs),
            max(cx + r for cx, _, r in discs),
            max(cy + r for _, cy, r in discs),
        )
    )


def eclipse(draw: aggdraw.Draw, f: Frame, rng: np.random.Generator) -> Box:
    """A big black disc and a colour disc laid over its edge on a diagonal, the pair
    pushed to one side and the black one cropped by the far edge or not; a hairline
    circle echoes the colour disc. Two masses in tension, much empty paper; a louder
    song's colour disc is bigger, a minor key's sinks below the black one."""
    x0, y0, x1, y1 = f.art
    w, h = x1 - x0, y1 - y0
    s = float(f.size)
    main, second = inks(f)
    big = min(w, h) * float(rng.uniform(0.36, 0.47))
    small = big * (0.45 + 0.3 * float(np.clip(f.energy, 0, 1)) + float(rng.uniform(0, 0.1)))
    fx, fy = f.far()
    cropped = rng.random() < 0.5
    across = float(rng.choice((0.3, 0.7)))
    if fy:
        bx = x0 + w * across
        if cropped:  # its centre near the far canvas edge, which crops it
            lift = big * float(rng.uniform(0.35, 0.6))
            by = s - lift if fy > 0 else lift
        else:
            by = (y1 - big * 1.05) if fy > 0 else (y0 + big * 1.05)  # on the far margin
    else:
        bx = big * float(rng.uniform(0.35, 0.6)) if cropped else x0 + big
        by = y0 + h * across
    # a major key's colour disc rises over the black one, a minor key's sinks below it
    a = math.radians(float(rng.choice((35.0, 55.0, 125.0, 145.0))) + (180.0 if f.minor else 0.0))
    d = (big + small) * float(rng.uniform(0.45, 0.62))
    sx, sy = bx + math.cos(a) * d, by - math.sin(a) * d
    for _ in range(8):  # the colour disc kept in the art
        if f.inside(sx, sy, small * 0.9):
            break
        a += math.pi / 2
        sx, sy = bx + math.cos(a) * d, by - math.sin(a) * d
    dark = f.ink if rgb_to_oklch(f.paper)[0] > 0.5 else second
    draw.ellipse((bx - big, by - big, bx + big, by + big), _brush(dark))
    draw.ellipse((sx - small, sy - small, sx + small, sy + small), _brush(main))
    hair = max(1.0, s * 0.0026)
    if rng.random() < 0.6:
        ring = small * float(rng.uniform(1.3, 1.6))
        pen = aggdraw.Pen(tuple(f.ink if dark != f.ink else main), hair)
        draw.ellipse((sx - ring, sy - ring, sx + ring, sy + ring), pen)
    boxes = (
        (bx - big, by - big, bx + big, by + big),
        (sx - small, sy - small, sx + small, sy + small),
    )
    return f.fraction(
        (
            min(b[0] for b in boxes),
            min(b[1] for b in boxes),
            max(b[2] for b in boxes),
            max(b[3] for b in boxes),
        )
    )


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


def split(draw: aggdraw.Draw, f: Frame, rng: np.random.Generator) -> Box:
    """The art cut on a grid line (upright, or level with the colour field as the far
    part) into paper and a flat colour field, with one big circle centred on the cut:
    black on the paper side, paper on the colour side (figure and ground swapped, as
    in Hofmann's and Ruder's posters). The energy sets the circle's size, the tempo
    where along the cut it sits."""
    x0, y0, x1, y1 = f.art
    w, h = x1 - x0, y1 - y0
    s = float(f.size)
    main, _ = inks(f)
    e = float(np.clip(f.energy, 0, 1))
    upright = f.edge != "right" and rng.random() < 0.6  # a vertical cut, or a level one
    cut = float(rng.choice((1 / 3, 1 / 2, 2 / 3)))
    first = rng.random() < 0.5  # the colour field on the first (left or upper) side
    dark = f.ink if rgb_to_oklch(f.paper)[0] > 0.5 else main
    r = min(w, h) * (0.26 + 0.12 * e)
    along = (f.steps - 3) / 4.0  # a faster song's circle sits further along the cut
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
    box = (cx - r, cy - r, cx + r, cy + r)
    if upright:
        paper_half = (90.0, 270.0) if not first else (270.0, 450.0)
    else:
        paper_half = (0.0, 180.0) if not first else (180.0, 360.0)
    draw.pieslice(box, paper_half[0], paper_half[1], _brush(dark))  # on the paper side
    on_field = (paper_half[0] + 180.0, paper_half[1] + 180.0)
    draw.pieslice(box, on_field[0], on_field[1], _brush(f.paper))
    return f.fraction(  # the circle and the field: both are the picture
        (
            min(box[0], field[0]),
            min(box[1], field[1]),
            max(box[2], field[2]),
            max(box[3], field[3]),
        )
    )
