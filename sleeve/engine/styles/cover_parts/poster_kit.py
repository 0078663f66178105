"""What the typographic poster's compositions share: the poster's settings, the pen
that sets the legible title (and records where it went), lines fitted to a width,
and text bent around a ring (any script: the line is shaped whole, then warped)."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine.color import contrast_ratio, mix
from sleeve.engine.fonts import FontFace
from sleeve.engine.glyphs import draw_line, ink_extent, run_width
from sleeve.engine.legibility import BLACK, WHITE
from sleeve.engine.raster import RGB
from sleeve.engine.title_layout import TitleLayout
from sleeve.engine.title_lines import Line, set_lines

SMALLEST = 9  # the least type size of the qualifiers' line, in px (smaller: left out)


@dataclass(frozen=True)
class Poster:
    """One poster's settings: side, the title as set, its face and weight, the ground,
    the legible ink, the accent, a quiet tint for decoration, and the character of
    the track (quiet: ambient or classical; kids: a children's song); `plain` is the
    title before the quiet layouts spaced its letters."""

    size: int
    text: str
    face: FontFace
    ground: RGB
    ink: RGB
    accent: RGB
    tint: RGB
    energy: float
    quiet: bool = False
    kids: bool = False
    number: str = "01"
    small: str = ""
    plain: str = ""  # the title as set, before any letter-spacing
    colours: tuple[RGB, ...] = ()  # the palette's other vivid colours (tiles)
    punk: bool = False  # the slab: crooked, xerox specks (else metal's ridge)
    curve: tuple[float, ...] = ()  # the loudness curve (the slab's ridge)
    tempo: float = 120.0  # beats a minute (the crop's letter-spacing, the meter's bars)
    hits: tuple[float, ...] = ()  # onset strength per sixteenth over the song's loudest
    # two bars (the meter's bars' thickness)


def legible_on(ground: RGB, *candidates: RGB) -> RGB:
    """The first candidate that reads at 4.5:1 on the ground, else the best of them,
    white and black."""
    for colour in candidates:
        if contrast_ratio(colour, ground) >= 4.5:
            return colour
    return max((*candidates, WHITE, BLACK), key=lambda c: contrast_ratio(c, ground))


def settled(block: RGB, *candidates: RGB) -> tuple[RGB, RGB]:
    """A colour block and the ink set on it at 4.5:1: the first candidate that reads,
    else the best ink with the block nudged away from it until it does (a red block
    held near-black type at 4.3:1)."""
    ink = legible_on(block, *candidates)
    away = WHITE if contrast_ratio(ink, BLACK) < contrast_ratio(ink, WHITE) else BLACK
    away = (255, 255, 255) if away == WHITE else (0, 0, 0)
    for _ in range(12):
        if contrast_ratio(ink, block) >= 4.6:
            break
        block = mix(block, away, 0.08)
    return block, ink


def width(text: str, face: FontFace, px: int) -> float:
    """A single line's advance width in pixels."""
    return set_lines([text], face, px, run_width)[0].width


def px_for_width(text: str, face: FontFace, target: float, cap: float) -> int:
    """The pixel size at which `text` is `target` wide (no more than `cap`)."""
    probe = 200
    return max(6, int(min(cap, probe * target / max(1.0, width(text, face, probe)))))


@dataclass
class TitlePen:
    """Sets the legible title lines on the poster and records the glyph mask, one box
    and the visible character count per line."""

    size: int
    mask: Image.Image = field(init=False)
    boxes: list[tuple[int, int, int, int]] = field(default_factory=list)
    chars: list[int] = field(default_factory=list)
    ink: RGB = (0, 0, 0)

    def __post_init__(self) -> None:
        self.mask = Image.new("L", (self.size, self.size), 0)

    def line(
        self, image: Image.Image, x: float, baseline: float, text: str, face: FontFace, px: int, ink
    ) -> float:
        """Draw one line with its left edge at x; returns its width."""
        line = set_lines([text], face, px, run_width)[0]
        self.ink = ink
        draw_line(image, x, baseline, line, face, px, ink)
        draw_line(self.mask, x, baseline, line, face, px, 255)
        up, down = ink_extent(line, face, px)
        self.boxes.append((int(x), int(baseline - up), int(x + line.width), int(baseline + down)))
        self.chars.append(sum(1 for char in text if not char.isspace()))
        return line.width

    def paste(self, image: Image.Image, glyphs: Image.Image, at: tuple[int, int], ink, chars: int):
        """Add a pre-drawn glyph mask (a turned or stacked title) at `at`."""
        self.ink = ink
        image.paste(ink, (*at, at[0] + glyphs.width, at[1] + glyphs.height), glyphs)
        self.mask.paste(255, (*at, at[0] + glyphs.width, at[1] + glyphs.height), glyphs)
        x0, y0, x1, y1 = glyphs.getbbox() or (0, 0, 1, 1)
        self.boxes.append((at[0] + x0, at[1] + y0, at[0] + x1, at[1] + y1))
        self.chars.append(chars)

    def secondary(self, image: Image.Image, text: str, face: FontFace, px: int) -> None:
        """The qualifiers ("Radio Edit", "Live at ...") small under the title, or above
        it where the cover ends; in the title's ink where it reads at 4.5:1 on what is
        behind the line, else in the best of white and black (set in the title's ink
        over a pink wave, "Radio Edit" had been lost). Under SMALLEST px (a thumbnail)
        it is left out: 6 px of "Radio Edit" read as a smudge."""
        if px < SMALLEST:
            return
        x0, y0 = min(b[0] for b in self.boxes), min(b[1] for b in self.boxes)
        y1 = max(b[3] for b in self.boxes)
        wide = width(text, face, px)
        if wide > self.size * 0.86:  # a long qualifier fitted to the frame
            px = max(SMALLEST, int(px * self.size * 0.86 / wide))
            wide = width(text, face, px)
        below = y1 + px * 1.6 < self.size
        baseline = y1 + px * 1.3 if below else y0 - px * 0.6
        x = float(min(max(x0, 2), self.size - wide - 2))
        box = (int(x), int(baseline - px), int(x + wide) + 1, int(baseline + px * 0.3) + 1)
        behind = np.asarray(image.convert("RGB").crop(box), float).reshape(-1, 3)
        ground = tuple(int(v) for v in np.median(behind, axis=0)) if len(behind) else (0, 0, 0)
        ink = legible_on(ground, self.ink)
        draw_line(image, x, baseline, Line(text, 0), face, px, ink)

    def layout(self) -> TitleLayout:
        """Where the title went (band from the middle of its boxes)."""
        middle = (min(b[1] for b in self.boxes) + max(b[3] for b in self.boxes)) / 2 / self.size
        band = 0 if middle < 0.4 else (2 if middle > 0.6 else 1)
        boxes, chars = tuple(self.boxes), tuple(self.chars)
        return TitleLayout(self.mask, boxes, chars, self.ink, "none", band)


def block(pen: TitlePen, image, lines: list[Line], face, px: int, x, top: float, ink) -> float:
    """Set lines from `top` (the cap line of the first), left at x (a number or
    "centre"/"right"); returns the bottom of the last line."""
    gap = px * 1.08
    baseline = top + px * 0.74
    for line in lines:
        left, wide = x, width(line.text, face, px)
        if x == "centre":
            left = (pen.size - wide) / 2
        elif x == "right":
            left = pen.size * 0.93 - wide
        pen.line(image, float(left), baseline, line.text, face, px, ink)
        baseline += gap
    return baseline - gap + px * 0.22


def line_mask(
    text: str, face: FontFace, px: int, pad: float = 0.35, stroke: int = 0
) -> Image.Image:
    """The line drawn white on black, tight around its advance and its ink (a slanted
    brush face's last letter reaches past its advance: "3AM"'s M was cut in two);
    with a `stroke`, only the letters' outlines."""
    line = Line(text, width(text, face, px))
    up, down = ink_extent(line, face, px)
    height = int(up + down + px * pad)
    advance = max(1, int(np.ceil(line.width + 2 * stroke)))
    mask = Image.new("L", (advance + px, max(1, height)), 0)  # room for an overhang
    base = up + px * pad / 2
    if stroke:
        draw_line(mask, stroke, base, line, face, px, 0, stroke, 255)
    else:
        draw_line(mask, 0, base, line, face, px, 255)
    ink = mask.getbbox()
    return mask.crop((0, 0, max(advance, ink[2] if ink else 0), mask.height))


RING_WORK = 1100  # the ring is bent at most at this side, then scaled up


def ring(
    strip: Image.Image,
    size: int,
    centre: tuple[float, float],
    radius: float,
    within: tuple[float, float, float, float] | None = None,
) -> Image.Image:
    """The strip bent clockwise around a circle (its top outward, its start at 12
    o'clock, its width the circumference): a mask of the whole cover, drawn only
    `within` a box where given (an arc: the rest of the circle left blank and
    uncomputed). Large covers bend at RING_WORK px and scale the mask up."""
    k = min(1.0, RING_WORK / size)
    if k < 1.0:
        small = strip.resize((max(1, int(strip.width * k)), max(1, int(strip.height * k))))
        work = int(size * k)
        box = tuple(v * k for v in within) if within is not None else None
        mask = ring(small, work, (centre[0] * k, centre[1] * k), radius * k, box)
        return mask.resize((size, size), Image.Resampling.BICUBIC)
    s = np.asarray(strip, np.float32)
    h, w = s.shape
    reach = radius + h
    x0, y0 = max(0, int(centre[0] - reach)), max(0, int(centre[1] - reach))
    x1, y1 = min(size, int(centre[0] + reach) + 1), min(size, int(centre[1] + reach) + 1)
    if within is not None:
        x0, y0 = max(x0, int(within[0])), max(y0, int(within[1]))
        x1, y1 = max(x0 + 1, min(x1, int(within[2]) + 1)), max(y0 + 1, min(y1, int(within[3]) + 1))
    ys, xs = np.mgrid[y0:y1, x0:x1].astype(np.float32)
    dx, dy = xs - centre[0], ys - centre[1]
    v = radius + h / 2 - np.hypot(dx, dy)
    inside = (v >= 0) & (v <= h - 1)
    u = np.mod(np.arctan2(dx[inside], -dy[inside]), 2 * np.pi) / (2 * np.pi) * (w - 1)
    v = v[inside]
    u0, v0 = np.clip(u.astype(np.int32), 0, w - 1), np.clip(v.astype(np.int32), 0, h - 1)
    u1, v1 = np.minimum(u0 + 1, w - 1), np.minimum(v0 + 1, h - 1)
    fu, fv = u - u0, v - v0
    top = s[v0, u0] * (1 - fu) + s[v0, u1] * fu
    bottom = s[v1, u0] * (1 - fu) + s[v1, u1] * fu
    out = np.zeros(inside.shape, np.float32)
    out[inside] = top * (1 - fv) + bottom * fv
    mask = Image.new("L", (size, size), 0)
    mask.paste(Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "L"), (x0, y0))
    return mask


def paint(image: Image.Image, mask: Image.Image, colour: RGB, at: tuple[int, int] = (0, 0)):
    """Fill `colour` through a mask placed at `at`."""
    image.paste(colour, (*at, at[0] + mask.width, at[1] + mask.height), mask)


def rule(image: Image.Image, y: float, x0: float, x1: float, colour: RGB) -> None:
    """A hairline across."""
    t, top = max(1, round(image.size[0] * 0.0025)), round(y)  # whole rows: y + 1 - 1 < y
    ImageDraw.Draw(image).rectangle((x0, top, x1, top + t - 1), fill=colour)
