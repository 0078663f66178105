"""Chladni's compositions, each its own skeleton, the figure bold and filling or running
off the frame (a small plate in a void read as a lost tile, a framed plate as one
medallion template). Each is drawn with the title's band at the top (the style flips
and mirrors the sheet afterwards) and returns its focal box, where the figure is:

- tilt: a big coloured plate photographed at an angle, a square on its corner lying
  back in perspective, its near corner off the bottom of the frame;
- sheet: a poster of specimens, eight square plates edge to edge across the lower
  half in two alternating inks, each ringing in its own mode;
- disc: a giant round plate whose heart sits near a lower corner, its rings and
  spokes in bold lines fanning across the cover and off two edges;
- poster: a plate the full height of the frame down one side, the figure's cells
  printed in two inks with the nodal lines left bare (the title beside it);
- macro: the cover is the plate seen close, a few nodal lines as broad drifts of
  coarse grain, thinning out under the title;
- photo: the whole cover is the plate, a sand photograph lit from a low side, the
  title in the shade where the light has fallen away.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import aggdraw
import numpy as np
from PIL import Image, ImageChops, ImageDraw

from sleeve.engine import compose, raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import RGB, ArtDirection
from sleeve.engine.scripts import is_cjk
from sleeve.engine.styles.cover_parts import chladni_cuts as cut
from sleeve.engine.styles.cover_parts import chladni_figures as fig
from sleeve.engine.styles.cover_parts import chladni_modes as modes

Key = tuple[int, int, int]


@dataclass(frozen=True)
class Inks:
    """A cover's colours, 60/30/10: the calm field the title sits on, the plate's
    colour, the sand (it reads on the plate), a second ink, and whether the field is
    dark."""

    field: RGB
    mass: RGB
    mark: RGB
    accent: RGB
    dark: bool


@dataclass(frozen=True)
class Sheet:
    """What every composition draws with: the working image (drawn on in place, title
    band at the top), the direction, the style's generator, the colours, the modes'
    key, the figure's turn and the weight of its strokes (a fraction of the cover)."""

    img: Image.Image
    direction: ArtDirection
    rng: np.random.Generator
    inks: Inks
    key: Key
    turn: float
    weight: float
    flipped: bool = False  # the sheet is flipped top to bottom afterwards (a title low)

    @property
    def column(self) -> bool:
        """Whether the title stands as CJK columns down one side: the style draws the
        figure right and mirrors it left, so a wide composition keeps to 0.36..1."""
        return self.direction.layout == "vertical" and is_cjk(self.direction.title)

    @property
    def work(self) -> int:
        """The working image's side in pixels."""
        return self.img.size[0]

    def area(self, box: cut.Rect) -> fig.Box:
        """The pixel box of `box` (fractions of the cover), clipped to the sheet."""
        x0, y0, x1, y1 = (min(self.work, max(0, round(v * self.work))) for v in box)
        return x0, y0, x1, y1

    def detail(self, most: int) -> int:
        """How fine the figure rings, 0..most: louder music, higher modes."""
        return min(most, int(self.direction.energy * (most + 1)))

    def pairs(self, most: int = 4, base: int = 0) -> list[modes.SquarePair]:
        """A big square figure's pairs (plain: even modes, a plus sign; `base` more
        detail); the seed nudges the salt."""
        a, b, salt = self.key
        salt += int(self.rng.integers(4))
        return modes.square_pairs(a, b, salt, base + self.detail(most), plain=True)


def _square(s: Sheet, box: cut.Rect, colour: RGB) -> fig.Box:
    """A square or oblong plate of `colour` at `box`; its pixel area."""
    area = s.area(box)
    s.img.paste(colour, area)
    return area


def tilt(s: Sheet) -> compose.Box:
    """A big coloured plate photographed at an angle: a square turned on its corner
    and seen in perspective, its far corner under the title and its near corner
    running off the bottom of the frame (over a title set low, the plate lies back
    above it, off both sides), sand on its nodal lines, the far end in shade."""
    work = s.work
    j = float(s.rng.uniform(-0.05, 0.05))
    if s.column:
        quad = [(0.7, 0.16), (1.1, 0.5), (0.72, 1.1), (0.36, 0.52)]
    elif s.flipped:  # the title low: the plate lies back above it, off both sides
        lift = 0.07 if len(s.direction.title) > 18 else 0.0  # a long title: three lines
        seen = [(0.5 + j, 0.04), (1.08, 0.32 - j), (0.48 - j, 0.8), (-0.08, 0.32 + j)]
        quad = [(x, 1.0 - y + lift) for x, y in seen]  # drawn upside down, flipped after
    else:  # the far corner's angle wide, the near one's square: a plate lying back
        drop = 0.07 if len(s.direction.title) > 18 else 0.0  # a long title: three lines
        quad = [(0.5 + j, 0.3), (1.08, 0.6 - j), (0.48 - j, 1.1), (-0.08, 0.6 + j)]
        quad = [(x, y + drop) for x, y in quad]
    area = s.area(compose.clip_box(_bounds(quad)))
    mask = Image.new("L", (area[2] - area[0], area[3] - area[1]), 0)
    corners = [(x * work - area[0], y * work - area[1]) for x, y in quad]
    ImageDraw.Draw(mask).polygon(corners, fill=255)
    size = (area[2] - area[0], area[3] - area[1])
    shade = np.linspace(0.45, 0.0, work, dtype=np.float32)  # the far end (the top) in shade
    lit = 1.0 - (shade[::-1] if s.flipped and not s.column else shade)[area[1] : area[3]]
    shaded = (lit[:, None, None] * np.asarray(s.inks.mass, np.float32)).astype(np.uint8)
    plate = Image.fromarray(shaded, "RGB").resize(size, Image.Resampling.NEAREST)
    s.img.paste(plate, area[:2], mask)
    low = min(work, 512)  # the sand at up to 512 px: a grain is 2 px on a 1024 px cover
    gx0, gy0, gx1, gy1 = (round(v * low / work) for v in area)
    grid = (gx0, gy0, gx1, gy1)
    d = fig.tilted_wave(s.pairs(3, 2), quad, grid, low)
    grains = Image.fromarray(fig.sand(d, 1.6 * s.weight + 0.0025, low, s.rng), "L")
    grains = grains.resize(size, Image.Resampling.BILINEAR)
    fade = Image.fromarray((lit[:, None] * 255).astype(np.uint8), "L").resize(size)
    s.img.paste(s.inks.mark, area[:2], ImageChops.multiply(grains, ImageChops.multiply(mask, fade)))
    return compose.clip_box(_bounds(quad))


def _bounds(quad: list[tuple[float, float]]) -> cut.Rect:
    xs, ys = [x for x, _ in quad], [y for _, y in quad]
    return (min(xs), min(ys), max(xs), max(ys))


def disc(s: Sheet) -> compose.Box:
    """A giant round plate whose heart sits near the frame's lower corner: its nodal
    rings and spokes fan out across the cover in bold crisp lines and run off two
    edges, a ring of the second ink at its rim."""
    r = float(s.rng.uniform(0.74, 0.8))
    cx, cy = 0.95 - float(s.rng.uniform(0.0, 0.06)), 0.97
    if s.column:
        r, cx = 0.62, 0.98
    box = compose.clip_box((cx - r - 0.02, cy - r - 0.02, cx + r + 0.02, cy + r + 0.02))
    area = s.area(box)
    w, px = s.work, s.work * r
    draw = aggdraw.Draw(s.img)  # anti-aliased ellipses: far cheaper than per-pixel masks
    rim = (r + 0.014) * w
    draw.ellipse(
        (cx * w - rim, cy * w - rim, cx * w + rim, cy * w + rim),
        raster.pen(s.inks.accent, 0.008 * w),
    )
    draw.ellipse((cx * w - px, cy * w - px, cx * w + px, cy * w + px), aggdraw.Brush(s.inks.mass))
    draw.flush()
    inside = Image.new("L", (area[2] - area[0], area[3] - area[1]), 0)
    clip = aggdraw.Draw(inside)
    ox, oy = cx * w - area[0], cy * w - area[1]
    clip.ellipse((ox - px, oy - px, ox + px, oy + px), aggdraw.Brush(255))
    clip.flush()
    a, b, salt = s.key
    ringing = modes.figure((a, b, salt), s.rng, 1 + s.detail(1))
    d = fig.wave(ringing, s.turn, (cx, cy, r), area, w)
    ink = ImageChops.multiply(raster.to_image(fig.lines(d, 2.4 * s.weight, w)), inside)
    s.img.paste(s.inks.mark, area[:2], ink)
    return box


ROUND = [min(255, max(0, round((v - 40) * 1.6))) for v in range(256)]


def macro(s: Sheet) -> compose.Box:
    """A macro photograph of the sand: the cover is the plate, a few of the figure's
    nodal lines seen so close that they are broad drifts of coarse grain sweeping
    across it, thinning out under the title."""
    work = s.work
    ground, sand = s.inks.mass, s.inks.mark
    if not s.inks.dark and rgb_to_oklch(s.inks.field)[1] >= raster.VIVID_FIELD:
        ground, sand = s.inks.field, s.inks.mass  # a neon or gold field stays: dark sand on it
    s.img.paste(ground, (0, 0, work, work))
    low = min(work, 288)  # coarse grain: a grain is a 288th of the cover at any size
    zoom = float(s.rng.uniform(1.4, 1.9))
    ox, oy = float(s.rng.uniform(0.1, 0.4)), float(s.rng.uniform(0.1, 0.4))
    plate = (-ox * zoom, -oy * zoom, -ox * zoom + zoom, -oy * zoom + zoom)
    x0 = 0.36 if s.column else 0.0
    area = (round(x0 * low), 0, low, low)
    d = fig.square_wave(s.pairs(3, 2), plate, area, low)
    y = (np.arange(low, dtype=np.float32)[:, None] + 0.5) / low
    keep = np.clip((y - 0.2) / 0.22, 0.0, 1.0) if not s.column else None
    grains = Image.fromarray(fig.sand(d, 0.04, low, s.rng, keep), "L")
    grains = grains.resize(((low - area[0]) * work // low, work), Image.Resampling.BICUBIC)
    if work > low:  # big grains: round them (a soft upscale, its edges drawn in)
        grains = grains.point(ROUND)
    s.img.paste(sand, (work - grains.size[0], 0), grains)
    return (x0, 0.0 if s.column else 0.24, 1.0, 1.0)


def sheet(s: Sheet) -> compose.Box:
    """A poster of specimens: four by two square plates set edge to edge across the
    lower half and off the frame, the plates alternately in the mass and the second ink,
    each ringing in its own mode (the track's own figure first)."""
    cols, rows = (2, 3) if s.column else (4, 2)
    x0, y0 = (0.36, 0.04) if s.column else (0.0, 0.5)
    cw, ch = (1.0 - x0) / cols, (1.0 - y0) / rows
    gap = 0.008
    a, b, salt = s.key
    figures = modes.sheet_pairs(
        a, b, salt + int(s.rng.integers(4)), cols * rows, s.direction.density
    )
    second = s.inks.accent
    lit = rgb_to_oklch(second)[0]  # sand on the second ink: whichever ink reads most on it
    on_second = max(
        (s.inks.mark, s.inks.field, s.inks.mass), key=lambda c: abs(rgb_to_oklch(c)[0] - lit)
    )
    width = 1.5 * s.weight
    for i, pairs in enumerate(figures):
        cx, cy = x0 + (i % cols) * cw, y0 + (i // cols) * ch
        box = (cx + gap, cy + gap, cx + cw - gap, cy + ch - gap)
        odd = (i % cols + i // cols) % 2 == 1
        plate, mark = (second, on_second) if odd else (s.inks.mass, s.inks.mark)
        area = _square(s, box, plate)
        d = fig.square_wave(pairs, box, area, s.work)
        fig.paste(s.img, mark, area, fig.lines(d, width, s.work))
    return (x0, y0, 1.0, 1.0)


def poster(s: Sheet) -> compose.Box:
    """A plate the frame's full height down the right side, off three edges, the
    figure's two signs printed as flat cells in two inks with the nodal lines left
    bare between them (the title beside it)."""
    x0 = float(s.rng.uniform(0.5, 0.54))  # the title set beside it has 0.5 of the width
    box = (x0, 0.0, 1.0, 1.0)
    area = s.area(box)
    d = fig.square_wave(s.pairs(3), (x0, -0.04, 1.08, 1.04), area, s.work)
    gutter = np.float32(max(1.2 * s.weight, 1.5 / s.work) * s.work / 2)
    scaled = d * np.float32(s.work)
    first = s.inks.mass  # a deep plate on a night barely shows: print the sand's ink
    if abs(rgb_to_oklch(first)[0] - rgb_to_oklch(s.inks.field)[0]) < 0.1:
        first = s.inks.mark
    fig.paste(s.img, first, area, np.clip(scaled - gutter + 0.5, 0.0, 1.0))
    fig.paste(s.img, s.inks.accent, area, np.clip(-scaled - gutter + 0.5, 0.0, 1.0))
    return box


def _photo_inks(inks: Inks) -> tuple[RGB, RGB, RGB]:
    """The plate in the shade and in the light (a deep and a mid shade of the mass's
    hue) and the sand (the mark's colour, lifted toward white)."""
    _, chroma, _ = rgb_to_oklch(inks.mass)
    shade = raster.tone(inks.mass, 0.13, min(chroma, 0.05))
    lit = raster.tone(inks.mass, 0.4, min(chroma, 0.1))
    light, mark_chroma, _ = rgb_to_oklch(inks.mark)  # gold sand stays gold (classical)
    return shade, lit, raster.tone(inks.mark, max(light, 0.9), min(mark_chroma, 0.1))


GLOW = [round(255 * (0.04 + 0.96 * (v / 255) ** 0.7)) for v in range(256)]


def photo(s: Sheet) -> compose.Box:
    """The whole cover is the plate: a sand photograph, a pool of light raking in from
    one side onto the figure's heart (the figure centred in it), the sand bright there
    and casting small shadows, falling away to a dark plate where the title sits."""
    work = s.work
    shade, bright, sand = _photo_inks(s.inks)
    cy = 0.5 if s.direction.layout == "centred" else 0.63  # a centred title: either band
    rx, ry = float(s.rng.uniform(0.42, 0.48)), 0.3 if cy == 0.5 else 0.34
    low = 96
    x = (np.arange(low, dtype=np.float32) + 0.5) / low
    reach = ((x[None, :] - 0.5) / rx) ** 2 + ((x[:, None] - cy) / ry) ** 2
    pool = np.exp(-(reach**1.6))  # a pool with a soft but definite edge
    light = pool * (0.75 + 0.5 * x[None, :]) / 1.25  # brighter on the side it comes from
    lit = raster.to_image(light).resize((work, work), Image.Resampling.BILINEAR)
    s.img.paste(shade, (0, 0, work, work))
    s.img.paste(bright, (0, 0), lit)
    plate = (0.0, cy - 0.5, 1.0, cy + 0.5)  # the figure's centre in the light
    low = min(work, 512)  # the sand at up to 512 px: a grain is 2 px on a 1024 px cover
    d = fig.square_wave(s.pairs(2, 2), plate, (0, 0, low, low), low)
    grains = Image.fromarray(fig.sand(d, 2.0 * s.weight + 0.003, low, s.rng), "L")
    grains = grains.resize((work, work), Image.Resampling.BILINEAR)
    shade_px = max(1, round(work * 0.003))
    shadow = ImageChops.offset(grains, -shade_px, -shade_px).point(lambda v: v // 2)
    glow = lit.point(GLOW)  # the sand lit: bright in the pool, a glint in the shade
    s.img.paste((0, 0, 0), (0, 0), ImageChops.multiply(shadow, glow))
    s.img.paste(sand, (0, 0), ImageChops.multiply(grains, glow))
    return compose.clip_box((0.5 - rx, cy - ry, 0.5 + rx, cy + ry))


DRAW: dict[str, Callable[[Sheet], compose.Box]] = {
    "macro": macro,
    "disc": disc,
    "tilt": tilt,
    "sheet": sheet,
    "poster": poster,
    "photo": photo,
}
