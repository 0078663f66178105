"""Five more Swiss compositions, each a different skeleton (where the mass sits, how
it is cropped), drawn into a `swiss_layouts.Frame` and returning the focal box:

steps: a diagonal staircase of bars, one per beat group, stepping with the tempo
(Gerstner); overlap: three translucent discs in three inks, overprinted like a
screenprint (Müller-Brockmann's concert posters); crop: one huge shape bleeding off
two canvas edges with a small counter-shape; stripes: full-bleed stripes with one
break where the song peaks; modules: a ruled modular grid with a few cells filled
from the strongest onsets (Crouwel).
"""

from __future__ import annotations

import math

import aggdraw
import numpy as np
from PIL import Image, ImageChops

from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.raster import RGB, tone
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.swiss_layouts import Frame


def _brush(color: RGB) -> aggdraw.Brush:
    return aggdraw.Brush(tuple(color))


def _bleed(f: Frame) -> tuple[float, float, float, float]:
    """The art rectangle pushed out to the canvas on every side but the title's."""
    x0, y0, x1, y1 = f.art
    s = float(f.size)
    return {
        "top": (0.0, y0, s, s),
        "bottom": (0.0, 0.0, s, y1),
        "right": (0.0, 0.0, x1, s),
    }[f.edge]


def _slices(curve: np.ndarray, count: int) -> np.ndarray:
    """`count` values of the energy curve, stretched to 0..1."""
    vals = np.interp(np.linspace(0, 1, count), np.linspace(0, 1, len(curve)), curve)
    return (vals - vals.min()) / max(1e-6, float(np.ptp(vals)))


def steps(draw: aggdraw.Draw, f: Frame, rng: np.random.Generator) -> Box:
    """A diagonal staircase of bars: one bar per step (the tempo sets the count), each
    shifted along by one step and as long as its slice of the song, or (half the
    time) running on to the canvas edge as one stepped wedge; rising or falling, from
    the left or the right, the loudest bar in the accent."""
    x0, y0, x1, y1 = f.art
    w, h = x1 - x0, y1 - y0
    count = int(np.clip(f.steps + 3, 6, 10))
    vals = _slices(f.curve, count)
    pitch = h / count
    thick = pitch * float(rng.uniform(0.7, 0.9))
    shift = w * float(rng.uniform(0.3, 0.45)) / (count - 1)
    rising = rng.random() < 0.5
    right = rng.random() < 0.5
    colour = f.ink if rng.random() < 0.55 else f.flats[0]
    peak = int(np.argmax(vals))
    wedge = rng.random() < 0.5
    for k in range(count):
        along = (count - 1 - k if rising else k) * shift
        length = w * (0.3 + 0.25 * float(vals[k]))
        left = x0 + along if not right else x1 - along - length
        if wedge:  # on to the canvas edge
            left, length = (left, f.size - left) if not right else (0.0, left + length)
        top = y0 + k * pitch
        paint = f.accent if k == peak else colour if k % 3 else f.flats[-1]
        draw.rectangle((left, top, left + length, top + thick), _brush(paint))
    return f.fraction(f.art)


def overlap(image: Image.Image, f: Frame, rng: np.random.Generator) -> Box:
    """Three discs in three inks, overprinted: where one lies over another it shows a
    deeper shade of its own hue (a multiply of two palette hues had mixed to brown,
    black overlaps read as a hole); their sizes are the song's three
    thirds, their spread the tempo, laid on a line or a triangle at a seeded angle."""
    x0, y0, x1, y1 = f.art
    w, h = x1 - x0, y1 - y0
    thirds = [float(part.mean()) for part in np.array_split(f.curve, 3)]
    top = max(thirds) or 1.0
    base = min(w, h) * float(rng.uniform(0.34, 0.42))
    radii = [base * (0.7 + 0.3 * t / top) for t in thirds]
    apart = base * (1.25 - 0.06 * f.steps)  # a faster song packs the discs tighter
    angle = math.radians(float(rng.choice((0.0, 30.0, 60.0, 90.0, 120.0, 150.0))))
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    centres = [
        (cx + math.cos(angle) * apart * (k - 1), cy + math.sin(angle) * apart * (k - 1))
        for k in range(3)
    ]
    if rng.random() < 0.5:  # a triangle, not a line
        centres[1] = (
            cx - math.sin(angle) * apart * 0.8,
            cy + math.cos(angle) * apart * 0.8,
        )
    inks = sorted((*f.flats, f.accent), key=lambda c: -rgb_to_oklch(c)[1])[:3]
    rng.shuffle(inks)  # the three most colourful inks (a grey disc had read as dull)
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
    for (px, py, r), ink in zip(discs, inks, strict=True):
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
    for mask, ink in zip(masks[1:], inks[1:], strict=True):  # each overlap: the upper hue, deeper
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


def crop(draw: aggdraw.Draw, f: Frame, rng: np.random.Generator) -> Box:
    """One huge shape from a canvas corner away from the title, bleeding off two
    edges: a quarter disc, a square or a right triangle, cut by one paper line; a
    small counter-shape in the accent sits beside it on the same far edge."""
    bx0, by0, bx1, by1 = _bleed(f)
    corners = [c for c in f.far_corners() if c[3] == 90.0]
    cx, cy, start, _ = corners[int(rng.integers(len(corners)))]
    reach = min(bx1 - bx0, by1 - by0) * (0.95 + 0.2 * f.energy)
    loud = sorted((*f.flats, f.accent), key=lambda c: -rgb_to_oklch(c)[1])
    colour = loud[0] if rng.random() < 0.6 else f.ink
    shape = int(rng.integers(3))  # quarter disc, square, triangle
    sx = 1.0 if cx <= bx0 + 1 else -1.0
    sy = 1.0 if cy <= by0 + 1 else -1.0
    if shape == 0:
        draw.pieslice(
            (cx - reach, cy - reach, cx + reach, cy + reach), start, start + 90, _brush(colour)
        )
    elif shape == 1:
        side = reach * 0.85
        draw.rectangle(
            (
                min(cx, cx + sx * side),
                min(cy, cy + sy * side),
                max(cx, cx + sx * side),
                max(cy, cy + sy * side),
            ),
            _brush(colour),
        )
    else:
        draw.polygon((cx, cy, cx + sx * reach * 1.1, cy, cx, cy + sy * reach * 1.1), _brush(colour))
    line = aggdraw.Pen(tuple(f.paper), f.size * float(rng.uniform(0.008, 0.018)))
    cut = reach * float(rng.uniform(0.35, 0.6))
    if rng.random() < 0.5:
        draw.line((cx, cy + sy * cut, cx + sx * reach * 1.2, cy + sy * cut), line)
    else:
        draw.line((cx + sx * cut, cy, cx + sx * cut, cy + sy * reach * 1.2), line)
    small = f.size * (0.035 + 0.03 * float(f.curve.max()))
    beyond, inset = reach * float(rng.uniform(1.08, 1.18)) + small, small * 2.5
    if f.edge == "right":  # along the far edge, beside the shape: away from the title
        ox, oy = cx + sx * inset, cy + sy * beyond
    else:
        ox, oy = cx + sx * beyond, cy + sy * inset
    ox = min(max(ox, f.art[0] + small), f.art[2] - small)
    oy = min(max(oy, f.art[1] + small), f.art[3] - small)
    other = f.accent if colour != f.accent else f.ink
    if rng.random() < 0.5:
        draw.ellipse((ox - small, oy - small, ox + small, oy + small), _brush(other))
    else:
        draw.rectangle((ox - small, oy - small, ox + small, oy + small), _brush(other))
    return f.fraction(  # the shape and its counter-shape: the type keeps off both
        (
            min(cx, cx + sx * reach, ox - small),
            min(cy, cy + sy * reach, oy - small),
            max(cx, cx + sx * reach, ox + small),
            max(cy, cy + sy * reach, oy + small),
        )
    )


def stripes(draw: aggdraw.Draw, f: Frame, rng: np.random.Generator) -> Box:
    """Even stripes across the whole art to the canvas edges, the tempo setting their
    count, broken once: at the song's loudest moment the stripes jump by half a
    pitch (or one stripe turns to the accent and thickens)."""
    bx0, by0, bx1, by1 = _bleed(f)
    upright = rng.random() < 0.5
    count = int(np.clip(f.steps * 2 + 2 + int(rng.integers(-1, 2)), 7, 16))
    span = (bx1 - bx0) if upright else (by1 - by0)
    across = (by1 - by0) if upright else (bx1 - bx0)
    pitch = span / count
    fill = float(rng.uniform(0.4, 0.6))
    peak = float(np.argmax(f.curve)) / max(1, len(f.curve) - 1)
    cut = across * (0.2 + 0.6 * peak)  # where the break runs
    jump = rng.random() < 0.6
    hot = int(round(peak * (count - 1)))
    colours = (f.ink, f.flats[0]) if rng.random() < 0.4 else (f.ink,)
    for k in range(count):
        a = k * pitch
        paint = colours[k % len(colours)]
        parts = ((0.0, cut, 0.0), (cut + pitch * 0.3, across, pitch / 2 if jump else 0.0))
        for lo, hi, off in parts:
            thick = pitch * fill
            colour = paint
            if not jump and k == hot:
                thick, colour = pitch * min(0.95, fill + 0.3), f.accent
            s0, s1 = a + off, a + off + thick
            if upright:
                draw.rectangle((bx0 + s0, by0 + lo, bx0 + s1, by0 + hi), _brush(colour))
            else:
                draw.rectangle((bx0 + lo, by0 + s0, bx0 + hi, by0 + s1), _brush(colour))
    return f.fraction((bx0, by0, bx1, by1))


def modules(draw: aggdraw.Draw, f: Frame, rng: np.random.Generator) -> Box:
    """A ruled modular grid over the art (columns from the tempo) read as a step
    sequencer: the louder half of the columns each fill one cell, as high as that
    slice of the song is loud, as a square, half or whole disc in the flat colours;
    the loudest in the accent, and one block two cells wide."""
    x0, y0, x1, y1 = f.art
    cols = int(np.clip(f.steps, 3, 6))
    cell = (x1 - x0) / cols
    rows = max(2, int((y1 - y0) // cell))
    top = y0 if f.edge != "top" else y1 - rows * cell
    pen = aggdraw.Pen(tuple(f.ink), max(1.0, f.size * 0.0022))
    for c in range(cols + 1):
        draw.line((x0 + c * cell, top, x0 + c * cell, top + rows * cell), pen)
    for r in range(rows + 1):
        draw.line((x0, top + r * cell, x1, top + r * cell), pen)
    vals = _slices(f.onsets, cols) + rng.uniform(0, 0.08, cols)
    chosen = np.argsort(-vals)[: max(2, (cols + 1) // 2 + int(f.energy > 0.6))]
    inks = (*f.flats, f.ink)
    wide = int(rng.choice(chosen))
    for n, c in enumerate(int(k) for k in chosen):
        r = int(round((1.0 - min(1.0, float(vals[c]))) * (rows - 1)))
        box = (x0 + c * cell, top + r * cell, x0 + (c + 1) * cell, top + (r + 1) * cell)
        colour = f.accent if n == 0 else inks[n % len(inks)]
        kind = int(rng.integers(3))
        if c == wide and n and c + 1 < cols:
            draw.rectangle((box[0], box[1], box[2] + cell, box[3]), _brush(colour))
        elif kind == 0:
            draw.rectangle(box, _brush(colour))
        elif kind == 1:
            turn = 90 * int(rng.integers(4))
            draw.pieslice(box, turn, turn + 180, _brush(colour))
        else:
            draw.ellipse(box, _brush(colour))
    return f.fraction((x0, top, x1, top + rows * cell))
