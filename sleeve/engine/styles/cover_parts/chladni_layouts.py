"""Chladni's compositions, each its own skeleton, the figure bold and cropped by the
frame (a small plate in a void read as a lost tile, a framed plate as one medallion
template). Each is drawn with the title's band at the top (the style flips and mirrors
the sheet afterwards) and returns its focal box, where the figure is:

- dust: fine glowing dust on a black round plate photographed close, sharp at the
  figure's heart near a lower corner and soft toward the rim the frame cuts on two
  sides, black everywhere else;
- photo: the whole cover is the plate, a sand photograph lit from a low side, the
  title in the shade where the light has fallen away;
- macro: the cover is the plate seen close, a few nodal lines as broad drifts of
  coarse grain, thinning out under the title.

Retired: tilt (a plate at an angle read as a sports court), poster (a plate of flat
two-ink cells read as a paint swatch card), sheet (specimens edge to edge read as a
tile catalogue) and disc (a giant round plate in bold crisp rings read as a maze);
then engrave (a huge figure as fine rules with a second mode's moire: two art
directors read it as blurry aliasing, and it came out near-identical on two tracks).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageChops, ImageFilter

from sleeve.engine import compose, raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import RGB, ArtDirection
from sleeve.engine.scripts import is_cjk
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

    def area(self, box: fig.Rect) -> fig.Box:
        """The pixel box of `box` (fractions of the cover), clipped to the sheet."""
        x0, y0, x1, y1 = (min(self.work, max(0, round(v * self.work))) for v in box)
        return x0, y0, x1, y1

    def detail(self, most: int) -> int:
        """How fine the figure rings, 0..most: louder music, higher modes."""
        return min(most, int(self.direction.energy * (most + 1)))

    def pairs(self, most: int = 4, base: int = 0) -> list[modes.SquarePair]:
        """A big square figure's pairs (plain: even modes, a plus sign; `base` more
        detail); the seed nudges the salt. A leading (0, m) pair rings a lattice of
        straight lines (a grid of tiles, graph paper): the salt moves on past it."""
        a, b, salt = self.key
        salt += int(self.rng.integers(4))
        pairs = modes.square_pairs(a, b, salt, base + self.detail(most), plain=True)
        while pairs[0][0] == 0:
            salt += 1
            pairs = modes.square_pairs(a, b, salt, base + self.detail(most), plain=True)
        if len(pairs) > 1 and sum(pairs[1][:2]) > sum(pairs[0][:2]):  # a finer bend: weak,
            n, m, sign, weight = pairs[1]  # or the figure breaks into a grid of blobs
            pairs = [pairs[0], (n, m, sign, float(np.clip(weight, -0.3, 0.3)))]
        return pairs


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
    d = fig.square_wave(s.pairs(2, 1), plate, area, low)
    y = (np.arange(low, dtype=np.float32)[:, None] + 0.5) / low
    keep = np.clip((y - 0.2) / 0.22, 0.0, 1.0) if not s.column else None
    grains = Image.fromarray(fig.sand(d, 0.04, low, s.rng, keep), "L")
    grains = grains.resize(((low - area[0]) * work // low, work), Image.Resampling.BICUBIC)
    if work > low:  # big grains: round them (a soft upscale, its edges drawn in)
        grains = grains.point(ROUND)
    s.img.paste(sand, (work - grains.size[0], 0), grains)
    return (x0, 0.0 if s.column else 0.24, 1.0, 1.0)


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
    side = min(work, 512)  # drawn at up to 512 px (a grain is 2 px on a 1024 px cover)
    lit = raster.to_image(light).resize((side, side), Image.Resampling.BILINEAR)
    out = Image.new("RGB", (side, side), shade)
    out.paste(bright, (0, 0), lit)
    big = 0.66  # half the plate: bigger than the cover, one figure, never a lattice
    plate = (0.5 - big, cy - big, 0.5 + big, cy + big)  # the figure's centre in the light
    d = fig.square_wave(s.pairs(2, 1), plate, (0, 0, side, side), side)
    grains = Image.fromarray(fig.sand(d, 2.6 * s.weight + 0.004, side, s.rng), "L")
    shade_px = max(1, round(side * 0.003))
    shadow = ImageChops.offset(grains, -shade_px, -shade_px).point(lambda v: v // 2)
    glow = lit.point(GLOW)  # the sand lit: bright in the pool, a glint in the shade
    out.paste((0, 0, 0), (0, 0), ImageChops.multiply(shadow, glow))
    out.paste(sand, (0, 0), ImageChops.multiply(grains, glow))
    s.img.paste(out if side == work else out.resize((work, work), Image.Resampling.BILINEAR))
    return compose.clip_box((0.5 - rx, cy - ry, 0.5 + rx, cy + ry))


def _dust_inks(inks: Inks) -> tuple[RGB, RGB]:
    """A black plate with a trace of the mass's hue, and the dust: the sand's own pale
    colour on a dark cover (gold stays gold), a pale tint of the mass on a light one."""
    _, chroma, _ = rgb_to_oklch(inks.mass)
    black = raster.tone(inks.mass, 0.13, min(chroma, 0.018))
    if inks.dark and rgb_to_oklch(inks.mark)[0] > 0.6:
        light, mark_chroma, _ = rgb_to_oklch(inks.mark)
        return black, raster.tone(inks.mark, max(light, 0.86), min(mark_chroma, 0.12))
    return black, raster.tone(inks.mass, 0.88, min(chroma, 0.08))


def _ramp(mask: Image.Image, low: RGB, high: RGB, hot: bool = False) -> Image.Image:
    """An RGB image that runs from `low` to `high` with the 8-bit `mask` (a lookup per
    channel: far cheaper than pasting a colour through a mask); `hot`: the top quarter
    goes on a quarter of the way to white."""
    ramp = np.arange(256, dtype=np.float32)[:, None] / 255.0
    lo, hi = np.asarray(low, np.float32), np.asarray(high, np.float32)
    lut = lo + (hi - lo) * ramp
    if hot:
        lut += (255.0 - hi) * np.maximum(ramp - 0.75, 0.0)
    lut = np.clip(lut + 0.5, 0, 255).astype(np.uint8)
    return Image.merge("RGB", [mask.point(lut[:, i].tolist()) for i in range(3)])


def _smooth_up(weight: np.ndarray, side: int) -> np.ndarray:
    """A smooth 0..2 weight scaled up to side x side (as 8 bits: cheap, and plenty)."""
    small = Image.fromarray((np.clip(weight, 0.0, 2.0) * 127.5 + 0.5).astype(np.uint8), "L")
    big = small.resize((side, side), Image.Resampling.BILINEAR)
    return np.asarray(big, np.float32) * np.float32(1 / 127.5)


def dust(s: Sheet) -> compose.Box:
    """Fine glowing dust on a black round plate, photographed close with a shallow
    depth of field: the plate's rings and spokes sharp at the figure's heart, going
    soft and dim toward its rim, which the frame cuts at the bottom; black above for
    the title."""
    work = s.work
    black, bright = _dust_inks(s.inks)
    if s.column:
        cx, cy, r = 0.86, 0.5, 0.5
    else:
        cx, cy, r = 0.74 + float(s.rng.uniform(-0.03, 0.03)), 0.76, 0.54
    low = min(work, 512)  # the dust at up to 512 px: a grain is 2 px on a 1024 px cover
    ringing = modes.figure(s.key, s.rng, s.detail(1))
    coarse = min(low, 256)  # the distance is smooth: computed coarse, scaled up
    d = fig.wave(ringing, s.turn, (cx, cy, r), (0, 0, coarse, coarse), coarse)
    d = fig._resize(d, low, low)
    smooth = 128  # the focus, the light and the title's shade, scaled up
    x = (np.arange(smooth, dtype=np.float32) + 0.5) / smooth
    rho = np.sqrt((x[None, :] - cx) ** 2 + (x[:, None] - cy) ** 2) / r
    blur = np.clip((rho - 0.12) / 0.45, 0.0, 1.0)  # out of focus toward the rim
    lit = np.exp(-((rho / 0.62) ** 2))  # the light falls off with the focus
    shade = 1.4 * np.clip((x[:, None] - 0.1) / 0.22, 0.0, 1.0) ** 2  # the title's band black
    weights = [
        _smooth_up(w, low)
        for w in (
            np.clip((1.0 - rho) / 0.06, 0.0, 1.0),  # sand only on the plate
            (1.0 - blur) * (0.25 + 0.75 * lit) * shade,
            1.5 * blur * (0.25 + 0.75 * lit) * shade,
            0.5 * lit * shade,
        )
    ]
    grains = Image.fromarray(fig.sand(d, 1.1 * s.weight + 0.002, low, s.rng, weights[0]), "L")
    soft = grains.filter(ImageFilter.GaussianBlur(low * 0.007))
    haze = grains.resize((low // 4, low // 4), Image.Resampling.BOX)
    haze = haze.filter(ImageFilter.GaussianBlur(low * 0.0075)).resize((low, low))
    v = np.asarray(grains, np.float32) * weights[1]
    v += np.asarray(soft, np.float32) * weights[2]
    v += np.asarray(haze, np.float32) * weights[3]
    glow = Image.fromarray(np.clip(v, 0, 255).astype(np.uint8), "L")
    if work != low:
        glow = glow.resize((work, work), Image.Resampling.BILINEAR)
    s.img.paste(_ramp(glow, black, bright, hot=True))  # black, the dust, a glint of white
    f = 0.72 * r  # the focus: where the dust is sharp and lit
    return compose.clip_box((cx - f, cy - f, cx + f, cy + f))


DRAW: dict[str, Callable[[Sheet], compose.Box]] = {
    "dust": dust,
    "photo": photo,
    "macro": macro,
}
