"""The Swiss frame every composition draws into (the cover less its title zone, the
colours and the music it reads) and the two compositions built on the title and the
energy curve, each returning its focal box (fractions of the side): arcs, concentric
arc segments about a far corner or a point past the canvas, filling the art, their
sweeps the energy curve (Müller-Brockmann's Beethoven poster); glyph, one huge letter
or number of the title, part knocked out by a colour block.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import aggdraw
import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine.color import contrast_ratio, oklch_to_rgb, rgb_to_oklch
from sleeve.engine.fonts import title_face
from sleeve.engine.raster import RGB, brush
from sleeve.engine.scripts import clusters
from sleeve.engine.styles.base import Box


@dataclass(frozen=True)
class Frame:
    """Where a composition may draw: the cover side, the art rectangle in pixels
    (x0, y0, x1, y1; the title zone lies outside it), the colours, the music values
    it reads (curve, onsets, the track's energy, its key's pitch class, tempo and
    title) and the grid count from the tempo."""

    size: int
    art: tuple[float, float, float, float]
    paper: RGB
    ink: RGB
    flats: tuple[RGB, ...]
    accent: RGB
    curve: np.ndarray
    onsets: np.ndarray
    steps: int
    edge: str = "top"
    energy: float = 0.5
    key: int = 0
    tempo: float = 120.0
    title: str = ""

    def far_corners(self) -> tuple[tuple[float, float, float, float], ...]:
        """The canvas corners away from the title zone and the middle of the far edge:
        (x, y, start angle of the part that shows, counter-clockwise from 3 o'clock,
        and its span: 90 degrees at a corner, 180 at the edge)."""
        s, h = self.size, self.size / 2
        if self.edge == "top":
            return ((0.0, s, 0.0, 90.0), (s, s, 90.0, 90.0), (h, s, 0.0, 180.0))
        if self.edge == "bottom":
            return ((0.0, 0.0, 270.0, 90.0), (s, 0.0, 180.0, 90.0), (h, 0.0, 180.0, 180.0))
        return ((0.0, 0.0, 270.0, 90.0), (0.0, s, 0.0, 90.0), (0.0, h, 270.0, 180.0))

    def room(self, x: float, y: float) -> float:
        """How far a shape centred at (x, y) may reach before the title zone."""
        x0, y0, x1, y1 = self.art
        return {"top": y - y0, "bottom": y1 - y, "right": x1 - x}[self.edge]

    def fraction(self, box: tuple[float, float, float, float]) -> Box:
        """A pixel box as fractions of the side, clipped to the art rectangle pushed
        out to the canvas edges the shapes bleed over (never into the title zone)."""
        x0, y0, x1, y1 = self.bleed()
        s = self.size
        return (
            max(x0, box[0]) / s,
            max(y0, box[1]) / s,
            min(x1, box[2]) / s,
            min(y1, box[3]) / s,
        )

    def union(self, boxes) -> Box:
        """The pixel boxes' bounding box, as `fraction` gives it."""
        return self.fraction(
            (
                min(b[0] for b in boxes),
                min(b[1] for b in boxes),
                max(b[2] for b in boxes),
                max(b[3] for b in boxes),
            )
        )

    def far(self) -> tuple[float, float]:
        """The unit step away from the title zone (towards the far edge)."""
        return {"top": (0.0, 1.0), "bottom": (0.0, -1.0), "right": (-1.0, 0.0)}[self.edge]

    def bleed(self) -> tuple[float, float, float, float]:
        """The art rectangle pushed out to the canvas on every side but the title's."""
        x0, y0, x1, y1 = self.art
        s = float(self.size)
        return {
            "top": (0.0, y0, s, s),
            "bottom": (0.0, 0.0, s, y1),
            "right": (0.0, 0.0, x1, s),
        }[self.edge]

    def inside(self, x: float, y: float, pad: float = 0.0) -> bool:
        """Whether (x, y) lies in the art rectangle, `pad` pixels in from its sides."""
        x0, y0, x1, y1 = self.art
        return x0 + pad <= x <= x1 - pad and y0 + pad <= y <= y1 - pad


def slices(curve: np.ndarray, count: int) -> np.ndarray:
    """`count` values of a curve, stretched to 0..1."""
    vals = np.interp(np.linspace(0, 1, count), np.linspace(0, 1, len(curve)), curve)
    return (vals - vals.min()) / max(1e-6, float(np.ptp(vals)))


# below this chroma the main flat is a grey: it prints as a strong spot instead
STRONG_CHROMA = 0.1
# the spot a grey palette gets when none of its colours carries a hue: Swiss red
SWISS_RED_HUE = 29.0


def strong(colour: RGB, pool: list[RGB], paper: RGB) -> RGB:
    """A grey main flat as a strong spot ink: the hue of the palette's most colourful
    colour (Swiss red when all are grey) at full chroma, a value that reads on the
    paper (grey bars on black and a grey letter had read as lifeless)."""
    _, chroma, hue = rgb_to_oklch(max(pool, key=lambda c: rgb_to_oklch(c)[1]))
    hue = hue if chroma >= 0.04 else SWISS_RED_HUE
    dark = rgb_to_oklch(paper)[0] < 0.5
    lit = 0.84 if 75.0 <= hue <= 130.0 else (0.64 if dark else 0.58)
    return oklch_to_rgb(lit, 0.17, hue)


def inks(f: Frame) -> tuple[RGB, RGB]:
    """The two flat colours of a cover: the most colourful one that stands out on the
    paper (a strong spot where that is a grey), and the one furthest from it in hue
    (two flats and black, as a Swiss poster prints)."""
    pool = [c for c in (*f.flats, f.accent) if c != f.paper]
    # enough contrast to read, then the most colourful (a grey beside the jazz
    # palette's blue had won on contrast alone and printed a dull grey field)
    main = max(
        pool, key=lambda c: 1.5 * min(contrast_ratio(c, f.paper), 3.0) + 12.0 * rgb_to_oklch(c)[1]
    )
    field = rgb_to_oklch(f.paper)[1] >= STRONG_CHROMA  # the paper is the strong ink
    if rgb_to_oklch(main)[1] < STRONG_CHROMA:
        main = _neutral(f, main) if field else strong(main, pool, f.paper)
    elif not field:
        main = spot(main, f.paper)
    hue = rgb_to_oklch(main)[2]

    def apart(c: RGB) -> float:
        d = abs(rgb_to_oklch(c)[2] - hue) % 360.0
        return min(d, 360.0 - d) + 60.0 * rgb_to_oklch(c)[1]

    second = max((c for c in pool if c != main), key=apart, default=f.accent)
    if rgb_to_oklch(second)[1] < SPOT_CHROMA:  # a grey or pastel disc had printed dead
        second = _neutral(f, main)
    return main, second


# a flat below this chroma is a pastel: a poster prints it as a spot or not at all
SPOT_CHROMA = 0.13


def spot(colour: RGB, paper: RGB) -> RGB:
    """A flat as a printer's spot ink of its own hue: full chroma at a value that
    stands on the paper (lavender, powder blue and baby pink read as "a PowerPoint of
    shapes" in a 2026 review); a yellow stays light."""
    lit, chroma, hue = rgb_to_oklch(colour)
    if 75.0 <= hue <= 130.0:
        return oklch_to_rgb(max(lit, 0.84), max(chroma, 0.16), hue)
    dark = rgb_to_oklch(paper)[0] < 0.5
    lit = float(np.clip(lit, 0.58, 0.72) if dark else np.clip(lit, 0.5, 0.66))
    return oklch_to_rgb(lit, max(chroma, 0.17), hue)


# a flat below this chroma is a grey, printed as white or black instead
GREY_CHROMA = 0.06
WHITE: RGB = (244, 243, 240)


def _neutral(f: Frame, other: RGB) -> RGB:
    """White or the ink, whichever stands out more on the paper (and is not `other`):
    a Swiss poster's grey is never a mid grey."""
    choices = [c for c in (WHITE, f.ink) if c != other] or [f.ink]
    return max(choices, key=lambda c: contrast_ratio(c, f.paper))


def arcs(draw: aggdraw.Draw, f: Frame, rng: np.random.Generator) -> Box:
    """Concentric arc segments about one point (after Müller-Brockmann's Beethoven
    poster) that fill the whole art rectangle: a canvas corner away from the title,
    a point past that corner (the rings then sweep in as wide bands) or a point past
    the middle of the far edge. The rings reach the far side of the art, where the
    title zone's grid line crops them (the corner quarter of small rings under a big
    title had read as one template on 20 of 74 bench covers). The tempo sets the
    number of rings (a ballad five broad bands, drum and bass a fine fan), the energy
    and the onsets their weight, the energy curve each ring's sweep, the onsets
    where along the circle it starts (so the segments step like a rhythm); black,
    the two loudest rings in the flat colour."""
    main, _ = inks(f)
    x0, y0, x1, y1 = f.art
    s = float(f.size)
    pick = int(rng.choice(3, p=(0.4, 0.35, 0.25)))  # a corner, past it, past the edge
    corner = int(rng.integers(2)) if pick < 2 else 2
    cx, cy, start, span = f.far_corners()[corner]
    if pick:  # pushed out past the canvas, away from its centre
        out = s * float(rng.uniform(0.08, 0.24))
        dx, dy = cx - s / 2, cy - s / 2
        norm = max(math.hypot(dx, dy), 1e-6)
        cx, cy = cx + dx / norm * out, cy + dy / norm * out
        if pick == 2:  # off the edge's middle, to one side of it: not a centred target
            lx, ly = f.far()
            shift = s * float(rng.choice((-0.22, 0.22)))
            cx, cy = cx + abs(ly) * shift, cy + abs(lx) * shift
    # out to the farthest corner of the art: the rings fill it, the zone line crops them
    reach = max(math.hypot(px - cx, py - cy) for px in (x0, x1) for py in (y0, y1))
    reach *= float(rng.uniform(0.92, 1.02))
    near = min(math.hypot(px - cx, py - cy) for px in (0.0, s) for py in (0.0, s))
    hole = max(near if pick else 0.0, reach * float(rng.uniform(0.06, 0.32)))
    rings = max(4, arc_rings(f.tempo) + int(rng.integers(-1, 3)))
    heft = float(rng.uniform(0.7, 1.15))  # a seeded weight: fine lines or broad bands
    step = (reach - hole) / rings
    sweeps = slices(f.curve, rings)
    weights = np.resize(f.onsets, rings)
    phase = np.cumsum(0.35 + weights) % 1.0
    # the two loudest rings in the flat colour (one thin red ring had vanished on black)
    peaks = set(np.argsort(-sweeps, kind="stable")[:2].tolist())
    if not pick and rng.random() < 0.5:  # the centre as a solid disc in the flat colour
        r0 = hole * 0.8
        draw.ellipse((cx - r0, cy - r0, cx + r0, cy + r0), brush(main))
        peaks = set()
    if pick:  # the part of the circle the canvas shows from where the centre now lies
        start, span = visible_arc(f, cx, cy)
    for k in range(rings):
        r = hole + step * (k + 0.5)
        sweep = span * (0.4 + 0.6 * float(sweeps[k]))
        begin = start + (span - sweep) * float(phase[k])
        colour = main if k in peaks else f.ink
        weight = 0.16 + 0.42 * f.energy + 0.3 * float(weights[k])
        pen = aggdraw.Pen(tuple(colour), step * min(0.9, weight * heft))
        draw.arc((cx - r, cy - r, cx + r, cy + r), begin, begin + sweep, pen)
    return f.fraction((cx - reach, cy - reach, cx + reach, cy + reach))


def arc_rings(tempo: float) -> int:
    """The rings for a tempo: a slow song a few broad bands, a fast one a fine fan."""
    return int(np.clip(round(5 + (tempo - 60.0) / 8.0), 5, 22))


def visible_arc(f: Frame, cx: float, cy: float) -> tuple[float, float]:
    """The start angle and span (degrees, counter-clockwise from 3 o'clock) under which
    a centre outside the drawable part of the canvas sees it."""
    bx0, by0, bx1, by1 = f.bleed()
    angles = [math.degrees(math.atan2(cy - py, px - cx)) for px in (bx0, bx1) for py in (by0, by1)]
    if max(angles) - min(angles) > 180.0:  # the range wraps past 180 degrees
        angles = [a % 360.0 for a in angles]
    return min(angles), max(angles) - min(angles)


def glyph(image: Image.Image, f: Frame, rng: np.random.Generator, text: str) -> Box:
    """One huge letter or number (digits in the title, else its first letter; never
    the tempo, which is data, not a picture) cropped by the canvas edge, and a block
    of the flat colour from a grid line to the canvas side laid over part of it: the
    letter black on the paper, knocked out to paper on the block (figure and ground
    swapped where they cross)."""
    digits = "".join(ch for ch in text if ch.isdigit())[:4]
    first = next((c for c in clusters(text) if c.strip()), "\u25cf")
    mark = digits or first.upper()
    face = title_face(mark, "geometric", 800.0)
    x0, y0, x1, y1 = f.art
    s = f.size
    main, _ = inks(f)
    probe = face.sized(200)
    left, top, right, bottom = probe.getbbox(mark, anchor="ls")
    # a seeded scale and crop: from the whole letter to a cropped fragment of it
    grow = float(rng.uniform(1.0, 1.55))
    scale = min((y1 - y0) * grow / max(1, bottom - top), (x1 - x0) * grow / max(1, right - left))
    px = max(8, int(200 * scale))
    font = face.sized(px)
    left, top, right, bottom = font.getbbox(mark, anchor="ls")
    at_left = rng.random() < 0.5
    out = s * float(rng.uniform(0.0, 0.18))  # how far it runs off the side
    x = (x0 - left - out) if at_left else (x1 - right + out)
    # the letter's near edge never above the art's grid line: the block starts there
    drop = (y1 - y0) * float(rng.uniform(0.0, 0.22))  # how far it sinks off the foot
    y = max(y1 - bottom + drop, y0 - top)
    if f.edge == "bottom":  # the far edge is the top: the letter hangs from it
        y = min(y0 - top - drop, y1 - bottom)
    letter = (x + left, y + top, x + right, y + bottom)
    # the block: from a grid line through the letter to the canvas side it leans from
    cut = letter[0] + (letter[2] - letter[0]) * float(rng.choice((0.4, 0.55, 0.7)))
    bx0, by0, bx1, by1 = f.bleed()
    # the block's near edge on the letter's own top (or foot) line, so the two share
    # one grid line (a block running past the letter's top had looked unfinished)
    top = letter[1] if f.edge == "top" else by0
    foot = letter[3] if f.edge == "bottom" else by1
    top, foot = int(round(max(by0, top))), int(round(min(by1, foot)))
    block = (
        (int(round(cut)), top, int(bx1), foot)
        if at_left
        else (int(bx0), top, int(round(cut)), foot)
    )
    if f.edge == "right":  # beside an upright title the block is a level band
        mid = y0 + (y1 - y0) * float(rng.choice((0.4, 0.55)))
        block = (int(bx0), int(round(mid)), int(bx1), int(by1))
    draw = ImageDraw.Draw(image)
    draw.rectangle(block, fill=tuple(main))
    draw.text((x, y), mark, font=font, fill=tuple(f.ink), anchor="ls")
    w, h = block[2] - block[0], block[3] - block[1]
    if w > 0 and h > 0:  # the letter knocked out to paper where it crosses the block
        mask = Image.new("L", (w, h), 0)
        ImageDraw.Draw(mask).text(
            (x - block[0], y - block[1]), mark, font=font, fill=255, anchor="ls"
        )
        image.paste(tuple(f.paper), block, mask)
    return f.union((letter, block))
