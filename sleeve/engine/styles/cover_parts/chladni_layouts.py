"""Chladni's compositions: always the whole figure, never a crop, each its own skeleton.
Each is drawn with the title's band at the top (the style flips and mirrors the sheet
afterwards) and returns its focal box, where the figure is:

- plate: one large square plate low and off-centre, fine sand on its nodal lines;
- disc: a round plate centred under the title, its rings and spokes in bold lines;
- specimen: a small precious plate on a third in a wide, empty field;
- sheet: a specimen sheet, a grid of plates each ringing in its own mode;
- poster: a tall plate down one side, the figure's cells printed in two inks with the
  nodal lines left as paper between them (the title beside it);
- photo: the whole cover is the plate, a sand photograph lit from a low side, the
  title in the shade where the light has fallen away.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageChops

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


def _mount(s: Sheet, box: cut.Rect, gap: float) -> compose.Box:
    """A hairline frame of the second ink around a square plate, `gap` off it (a
    mounted specimen; an offset print under it read as a chart's axes), where the
    second ink is a colour (a grey frame on a night reads as a window); the box."""
    x0, y0, x1, y1 = box[0] - gap, box[1] - gap, box[2] + gap, box[3] + gap
    if rgb_to_oklch(s.inks.accent)[1] > 0.04:
        line = max(0.0045, 1.5 / s.work)
        area = s.area((x0, y0, x1, y1))
        frame = cut.rect(s.work, area, (x0, y0, x1, y1))
        frame -= cut.rect(s.work, area, (x0 + line, y0 + line, x1 - line, y1 - line))
        fig.paste(s.img, s.inks.accent, area, np.clip(frame, 0.0, 1.0))
    return (x0, y0, x1, y1)


def _square(s: Sheet, box: cut.Rect, colour: RGB) -> fig.Box:
    """A square or oblong plate of `colour` at `box`; its pixel area."""
    area = s.area(box)
    s.img.paste(colour, area)
    return area


def _sand_on(s: Sheet, box: cut.Rect, pairs: list, width: float, colour: RGB | None = None) -> None:
    """Sand (the mark's colour unless given) on the nodal lines of the plate at `box`."""
    area = s.area(box)
    d = fig.square_wave(pairs, box, area, s.work)
    fig.paste(s.img, colour or s.inks.mark, area, fig.sand(d, width, s.work, s.rng))


def plate(s: Sheet) -> compose.Box:
    """One large square plate low and off-centre, fine sand on its nodal lines, a
    hairline frame of the second ink around it."""
    side = float(s.rng.uniform(0.56, 0.6)) - (0.06 if s.column else 0.0)
    x1, y1 = 1.0 - float(s.rng.uniform(0.07, 0.09)), 1.0 - float(s.rng.uniform(0.07, 0.08))
    box = (x1 - side, y1 - side, x1, y1)
    _square(s, box, s.inks.mass)
    _sand_on(s, box, s.pairs(), 1.5 * s.weight + 0.002)
    return _mount(s, box, 0.02)


def disc(s: Sheet) -> compose.Box:
    """A round plate centred under the title, its nodal rings and spokes drawn in bold
    crisp lines, a hairline ring of the second ink around it."""
    r = float(s.rng.uniform(0.29, 0.31)) - (0.03 if len(s.direction.title) > 18 else 0.0)
    cx, cy = 0.5, 0.96 - r - float(s.rng.uniform(0.0, 0.02))  # a long title: 3 lines
    if s.column:
        r, cx, cy = 0.28, 0.64, 0.5
    box = (cx - r - 0.02, cy - r - 0.02, cx + r + 0.02, cy + r + 0.02)
    area = s.area(box)
    rim = cut.disc(s.work, area, cx, cy, r + 0.014) - cut.disc(s.work, area, cx, cy, r + 0.008)
    fig.paste(s.img, s.inks.accent, area, np.clip(rim, 0.0, 1.0))
    inside = cut.disc(s.work, area, cx, cy, r)
    fig.paste(s.img, s.inks.mass, area, inside)
    a, b, salt = s.key
    ringing = modes.figure((a, b, salt), s.rng, 1 + s.detail(1))
    d = fig.wave(ringing, s.turn, (cx, cy, r), area, s.work)
    fig.paste(s.img, s.inks.mark, area, fig.lines(d, 2.1 * s.weight, s.work) * inside)
    return box


def specimen(s: Sheet) -> compose.Box:
    """A small precious plate on a third, in a wide empty field: a low mode in sand,
    so it reads at a glance (on a night a larger pale plate with dark sand), mounted
    in a hairline frame of the second ink."""
    # on a night a small plate read as a tile lost in a void (Fjord, Early Light): larger
    if s.inks.dark:
        side = float(s.rng.uniform(0.42, 0.46))
        x0 = float(s.rng.uniform(0.84 - side, 0.9 - side))
        y0 = float(s.rng.uniform(0.84 - side, 0.9 - side))
    else:
        side = float(s.rng.uniform(0.29, 0.32))
        x0 = float(s.rng.uniform(0.54, 0.9 - side))
        y0 = float(s.rng.uniform(0.52, 0.58))
    box = (x0, y0, x0 + side, y0 + side)
    plate, sand = s.inks.mass, s.inks.mark
    if s.inks.dark:  # a small deep plate on a night is lost: a pale one, the sand dark
        plate, sand = s.inks.mark, s.inks.field
    _square(s, box, plate)
    a, b, salt = s.key
    pairs = modes.square_pairs(a, b, salt + int(s.rng.integers(4)), s.detail(4) // 2)
    _sand_on(s, box, pairs, 1.1 * s.weight + 0.0015, sand)
    return _mount(s, box, 0.016)


def sheet(s: Sheet) -> compose.Box:
    """A specimen sheet: three by two plates, each ringing in its own mode (four by two
    small ones read as a row of tiles), the track's own figure first."""
    cols, rows, cell, gap = (2, 3, 0.2, 0.04) if s.column else (3, 2, 0.235, 0.05)
    wide = cols * cell + (cols - 1) * gap
    x0 = 0.94 - wide if s.column else (1.0 - wide) / 2
    y1 = 0.95 - float(s.rng.uniform(0.0, 0.02))
    y0 = y1 - rows * cell - (rows - 1) * gap
    a, b, salt = s.key
    fine = s.direction.density
    figures = modes.sheet_pairs(a, b, salt + int(s.rng.integers(4)), cols * rows, fine)
    width = 1.3 * s.weight
    for i, pairs in enumerate(figures):
        cx, cy = x0 + (i % cols) * (cell + gap), y0 + (i // cols) * (cell + gap)
        box = (cx, cy, cx + cell, cy + cell)
        area = _square(s, box, s.inks.mass)
        d = fig.square_wave(pairs, box, area, s.work)
        fig.paste(s.img, s.inks.mark, area, fig.lines(d, width, s.work))
    return (x0, y0, x0 + wide, y1)


def poster(s: Sheet) -> compose.Box:
    """A tall plate down the right side, the figure's two signs printed as flat cells
    in two inks with the nodal lines left bare between them."""
    x0 = float(s.rng.uniform(0.5, 0.54))  # the title set beside it has 0.5 of the width
    box = (x0, 0.06, 0.94, 0.94)
    area = s.area(box)
    d = fig.square_wave(s.pairs(3), box, area, s.work)
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
    d = fig.square_wave(s.pairs(2, 2), plate, (0, 0, work, work), work)
    grains = Image.fromarray(fig.sand(d, 2.0 * s.weight + 0.003, work, s.rng), "L")
    shade_px = max(1, round(work * 0.003))
    shadow = ImageChops.offset(grains, -shade_px, -shade_px).point(lambda v: v // 2)
    glow = lit.point(GLOW)  # the sand lit: bright in the pool, a glint in the shade
    s.img.paste((0, 0, 0), (0, 0), ImageChops.multiply(shadow, glow))
    s.img.paste(sand, (0, 0), ImageChops.multiply(grains, glow))
    return compose.clip_box((0.5 - rx, cy - ry, 0.5 + rx, cy + ry))


DRAW: dict[str, Callable[[Sheet], compose.Box]] = {
    "specimen": specimen,
    "disc": disc,
    "plate": plate,
    "sheet": sheet,
    "poster": poster,
    "photo": photo,
}
