"""Chladni's compositions: the nodal pattern as a bold printed material, never a plate.
Each is drawn with the title's band at the top and the mass toward the bottom (the
style flips and mirrors the sheet afterwards), a fragment of a figure far bigger than
its shape, so only a crop of it shows:

- tile: a small square of the figure's two signs, a stamp off-centre in a wide field,
  a misregistered accent print under it;
- ribbon: the whole cover deep colour, a strip across it of thick pale sand ridges;
- arch: a tall window with a round top rising from the bottom edge, the figure's
  contours inside as op-art stripes, an accent print of the window behind it;
- split: the cover cut down the middle, one half flat, the other all stripes;
- slant: a slanted cut across a corner, the figure's two signs as flat cells, an
  accent band along the cut;
- flood: a block across the whole width under the title, the figure's two signs
  (contour stripes for calm music) printed with the accent misregistered.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PIL import Image

from sleeve.engine import compose, raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import RGB, ArtDirection
from sleeve.engine.styles.cover_parts import chladni_cuts as cut
from sleeve.engine.styles.cover_parts import chladni_figures as fig
from sleeve.engine.styles.cover_parts import chladni_modes as modes

Key = tuple[int, int, int]
CALM = 0.45  # energy under which the flood prints stripes, not cells


@dataclass(frozen=True)
class Inks:
    """A cover's colours, 60/30/10: the calm field the title sits on, the mass the
    figure is printed on, the mark that draws the figure (it reads on the mass), a
    small accent, and whether the field is dark."""

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
    def work(self) -> int:
        """The working image's side in pixels."""
        return self.img.size[0]

    def area(self, box: cut.Rect) -> fig.Box:
        """The pixel box of `box` (fractions of the cover), clipped to the sheet."""
        x0, y0, x1, y1 = (min(self.work, max(0, round(v * self.work))) for v in box)
        return x0, y0, x1, y1

    def ring(self, detail: int, shift: int = 0) -> list[modes.RoundMode]:
        """The figure's modes; `shift` moves the bands along (a second figure)."""
        a, b, salt = self.key
        return modes.figure((a + shift, b + 2 * shift, salt), self.rng, detail)

    def plate(self, cx: tuple[float, float], cy: tuple[float, float], r: float) -> fig.Plate:
        """A plate of radius about `r` centred in the given x and y ranges: louder music
        draws it smaller (a finer figure), the seed moves it."""
        size = r * (1.15 - 0.3 * self.direction.energy) * float(self.rng.uniform(0.9, 1.1))
        return (float(self.rng.uniform(*cx)), float(self.rng.uniform(*cy)), size)

    def misprint(self) -> tuple[int, int]:
        """The offset (pixels) of a misregistered second print."""
        step = max(1, round(self.work * float(self.rng.uniform(0.008, 0.014))))
        return step, -step if self.rng.random() < 0.5 else step


def _cells(s: Sheet, plate: fig.Plate, detail: int, area: fig.Box) -> np.ndarray:
    """The figure's positive sign over `area` as a flat 0..1 mask."""
    return fig.cells(fig.wave(s.ring(detail), s.turn, plate, area, s.work), s.work)


def _stripes(s: Sheet, plate: fig.Plate, detail: int, area: fig.Box) -> np.ndarray:
    """The figure's contours over `area` as bold stripes, more of them for denser
    music."""
    count = 2.0 + 2.5 * s.direction.density
    return fig.bands(s.ring(detail), s.turn, plate, area, s.work, count)


def tile(s: Sheet) -> compose.Box:
    """A small square of the figure's two signs off-centre low in a wide field, an
    accent square printed well out of register under it (a hairline offset mirrored
    into the lower left read as a chart's axes)."""
    side = float(s.rng.uniform(0.3, 0.34))
    x0 = float(s.rng.uniform(0.52, 0.6))
    y0 = float(s.rng.uniform(0.42, 0.5))
    area = s.area((x0 - 0.1, y0 - 0.1, x0 + side + 0.1, y0 + side + 0.1))
    square = cut.rect(s.work, area, (x0, y0, x0 + side, y0 + side))
    shift = round(s.work * side * 0.2)
    fig.paste(s.img, s.inks.accent, area, cut.shifted(square, shift, -shift))
    fig.paste(s.img, s.inks.mass, area, square)
    plate = s.plate((x0 - 0.2, x0 + side + 0.2), (y0 + side, y0 + side + 0.4), 0.55)
    fig.paste(s.img, s.inks.mark, area, _cells(s, plate, 1, area) * square)
    return compose.clip_box((x0, y0 - side * 0.2, x0 + side * 1.2, y0 + side))


def ribbon(s: Sheet) -> compose.Box:
    """The cover all deep colour, a strip across it of thick pale sand on the nodal
    lines of a figure far bigger than the frame, thinning out at the strip's edges; on
    a vivid field (neon, gold) the field stays the cover and the sand is the ink."""
    ground, sand = s.inks.mass, s.inks.mark
    if not s.inks.dark and rgb_to_oklch(s.inks.field)[1] >= raster.VIVID_FIELD:
        ground, sand = s.inks.field, s.inks.mass
    s.img.paste(ground, (0, 0, s.work, s.work))
    mid = float(s.rng.uniform(0.52, 0.57))
    half = float(s.rng.uniform(0.14, 0.17))
    plate = s.plate((0.2, 0.8), (mid + half, mid + 0.45), 0.6)  # its star off the strip
    area = s.area((0.0, mid - half, 1.0, mid + half))
    d = fig.wave(s.ring(2), s.turn, plate, area, s.work)
    ys = (np.arange(area[1], area[3], dtype=np.float32) + 0.5) / s.work
    keep = np.clip(1.0 - ((ys - mid) / half) ** 8, 0.0, 1.0)[:, None]
    width = s.weight * 4.6
    grains = fig.sand(d, width, s.work, s.rng, keep).astype(np.float32) / 255.0
    ridge = fig.lines(d, width * 0.4, s.work) * np.minimum(keep * 2.0, 1.0)  # packed solid
    fig.paste(s.img, sand, area, np.maximum(grains, ridge))
    return (0.0, mid - half, 1.0, min(1.0, mid + half))


def arch(s: Sheet) -> compose.Box:
    """A tall window with a round top standing on the bottom edge, the figure's
    contours inside as op-art stripes, an accent print of the window offset behind."""
    width = float(s.rng.uniform(0.44, 0.52))
    left = float(s.rng.uniform(0.08, 0.94 - width))
    top = float(s.rng.uniform(0.36, 0.42))
    area = s.area((left - 0.04, top - 0.04, left + width + 0.04, 1.0))
    window = cut.arch(s.work, area, left, left + width, top)
    dx, dy = s.misprint()
    fig.paste(s.img, s.inks.accent, area, cut.shifted(window, 2 * dx, -2 * abs(dy)))
    fig.paste(s.img, s.inks.mass, area, window)
    plate = s.plate((left - 0.3, left + width + 0.3), (1.06, 1.36), 0.9)
    fig.paste(s.img, s.inks.mark, area, _stripes(s, plate, 1, area) * window)
    return (left, top, left + width, 1.0)


def split(s: Sheet) -> compose.Box:
    """The cover cut top to bottom a little right of the middle: the left flat for the
    title, the right all the figure's contours as stripes, a thin accent rule on the
    cut."""
    x0 = float(s.rng.uniform(0.58, 0.64))
    area = s.area((x0, 0.0, 1.0, 1.0))
    s.img.paste(s.inks.mass, area)
    plate = s.plate((1.06, 1.4), (0.2, 0.8), 1.0)  # its centre's star off the frame
    fig.paste(s.img, s.inks.mark, area, _stripes(s, plate, 1, area))
    s.img.paste(s.inks.accent, s.area((x0, 0.0, x0 + 0.02, 1.0)))
    return (x0, 0.0, 1.0, 1.0)


def slant(s: Sheet) -> compose.Box:
    """A slanted cut from the bottom-left corner up the right edge, everything under
    it the figure's two signs as flat cells, an accent band along the cut."""
    y_left = float(s.rng.uniform(0.92, 1.02))
    y_right = float(s.rng.uniform(0.34, 0.42))
    area = s.area((0.0, y_right - 0.05, 1.0, 1.0))
    under = cut.below(s.work, area, y_left, y_right)
    fig.paste(s.img, s.inks.accent, area, cut.below(s.work, area, y_left - 0.035, y_right - 0.035))
    fig.paste(s.img, s.inks.mass, area, under)
    plate = s.plate((0.7, 1.2), (0.8, 1.2), 0.8)
    fig.paste(s.img, s.inks.mark, area, _cells(s, plate, 1, area) * under)
    return (0.0, y_right - 0.04, 1.0, 1.0)


def flood(s: Sheet) -> compose.Box:
    """A block across the whole width under the title, the figure printed in the mark
    over the mass: its two signs as flat cells for lively music, its contours as
    stripes for calm music (cells read as a hide there); the accent printed first and
    off register."""
    top = float(s.rng.uniform(0.38, 0.46))
    area = s.area((0.0, top, 1.0, 1.0))
    s.img.paste(s.inks.mass, area)
    plate = s.plate((0.1, 0.9), (1.06, 1.3), 0.7)  # its centre's star off the frame
    calm = s.direction.energy < CALM
    marks = _stripes(s, plate, 1, area) if calm else _cells(s, plate, 1, area)
    dx, dy = s.misprint()
    fig.paste(s.img, s.inks.accent, area, cut.shifted(marks, dx, dy))
    fig.paste(s.img, s.inks.mark, area, marks)
    return (0.0, top, 1.0, 1.0)


DRAW: dict[str, Callable[[Sheet], compose.Box]] = {
    "tile": tile,
    "ribbon": ribbon,
    "arch": arch,
    "split": split,
    "slant": slant,
    "flood": flood,
}
