"""Chladni's sand figures as in Hans Jenny's Cymatics photographs: a plate rung in the sum
of two modes, fine sand gathered crisp on its nodal lines, seen straight from above (never
foreshortened). The whole plate (whole: one round or square plate, big and centred
under the title) is drawn with the title's band at the top (the style flips and mirrors
the sheet afterwards), keeps that band quiet and returns its focal box; chladni_bars
lays the long plates with the same sand and print.

The sand is laid per pixel: each pixel's distance to the nearest nodal line (the wave
over its slope) sets the chance a grain lies there, so the lines stay crisp at any size
and read as grains close up.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image

from sleeve.engine import compose, raster
from sleeve.engine.color import oklch_to_rgb, rgb_to_oklch
from sleeve.engine.direction import RGB
from sleeve.engine.styles.cover_parts import chladni_figures as fig
from sleeve.engine.styles.cover_parts import chladni_modes as modes
from sleeve.engine.styles.cover_parts.chladni_layouts import Sheet

F32 = np.float32
RES = 768  # the largest side the sand is laid at (scaled up past it)
LINE = 0.011  # a sand line's half width, in plate halves


@dataclass(frozen=True)
class Figure:
    """A plate's standing wave: its shape and the modes summed, each (n, m, weight) for
    a square plate (cosine pairs, the sign in the weight) or (n, k, weight) for a round
    one (J_n(k r) cos(n theta))."""

    round: bool
    modes: tuple[tuple[float, float, float], ...]


def square_figure(a: int, b: int, salt: int, detail: int) -> Figure:
    """Two square-plate modes of even numbers (the figure keeps the square's symmetry,
    and no crosshair runs through its centre), the main one 4..10 by 8..16 lines, a
    second of other numbers rung weaker, so the figure is dense lace, not an X and an O."""
    n = 4 + 2 * ((a + salt) % 3) + 2 * (detail // 2)
    m = n + 4 + 2 * ((b + salt // 3) % 2)  # n and n + 2 ruled a grid
    n2 = max(2, n - 2 + 4 * ((salt // 7) % 2))
    m2 = m + 2 * (1 + (a + b) % 2)
    sign = 1.0 if (a + b + salt) % 2 else -1.0
    weight = 0.65 + 0.1 * ((salt // 11) % 3)  # weaker, one pair ruled a grid
    return Figure(False, ((n, m, sign), (n2, m2, weight * -sign)))


def round_figure(a: int, b: int, salt: int, detail: int) -> Figure:
    """Two round-plate modes sharing one wavenumber (4..6 nodal circles): n diameters
    (5..8) and their double or triple (the figure stays n-fold: two orders that share
    no factor drew a face), so the circles break into petals and lace, never a bare
    target."""
    n = 5 + (a + salt) % 4  # four crossed at the centre; nine left a target there
    rings = 4 + (b + salt // 5) % 2 + detail // 2
    k = float(np.mean(modes.bessel_zeros(n, rings + 1)[-2:]))
    n2 = 3 * n if n <= 5 and (salt // 3) % 2 else 2 * n  # n-fold still: n + 2 made faces
    weight = 0.55 + 0.15 * ((a + b) % 3)
    ring = 0.15 + 0.05 * (salt % 3)  # fills the centre (no blot of sand), never a target
    return Figure(True, ((n, k, 1.0), (n2, k, weight), (0, k, ring)))


def wave(figure: Figure, u: np.ndarray, v: np.ndarray) -> np.ndarray:
    """The plate's standing wave at (u, v), plate halves from its centre."""
    total = np.zeros(np.broadcast_shapes(u.shape, v.shape), F32)
    if figure.round:
        r, theta = np.hypot(u, v), np.arctan2(v, u) + F32(np.pi / 2)
        for n, k, w in figure.modes:
            total += F32(w) * fig.bessel(int(n), F32(k) * r) * np.cos(int(n) * theta)
        return total
    xs, ys = F32(np.pi) * (u + 1) / 2, F32(np.pi) * (v + 1) / 2
    for n, m, w in figure.modes:
        pair = np.cos(n * xs) * np.cos(m * ys) + np.sign(w) * np.cos(m * xs) * np.cos(n * ys)
        total += F32(abs(w)) * pair
    return total


def lay_sand(
    figure: Figure, u: np.ndarray, v: np.ndarray, half_px: float, seed: int, line: float = LINE
) -> np.ndarray:
    """The sand on a grid of plate coordinates (0..1 per pixel) for `figure`; `half_px`
    is the plate's half width in pixels (see sand)."""
    return sand(wave(figure, u, v), half_px, seed, line)


def sand(w: np.ndarray, half_px: float, seed: int, line: float = LINE) -> np.ndarray:
    """The sand a standing wave `w` (one value per pixel) gathers: grains crowd each
    nodal line (a crisp band `line` plate halves wide), a few strays between."""
    gy, gx = np.gradient(w)
    slope2 = gx * gx + gy * gy
    floor = 0.05 * float(np.median(np.sqrt(slope2[::4, ::4]))) + 1e-6
    width = max(line * half_px, 1.1)
    # (pixels to the line / the band's half width) squared: the wave over its slope
    near = w * w / ((slope2 + F32(floor * floor)) * F32(width * width))
    density = np.exp(-(near * near))  # a band with crisp edges, not a haze
    rng = np.random.default_rng(seed)
    noise = rng.random(w.shape, dtype=F32)
    # grains, never a solid rule (thick lines read as wheels): 3 in 5 pixels of a line
    # lit, more where a line is only a pixel or two wide (a small cover), or it breaks up
    lit = F32(0.6 + 0.25 * float(np.clip((3.5 - width) / 2.0, 0.0, 1.0)))
    # each grain 0.6..1 bright, by its own draw
    return np.where(noise < density * lit + F32(0.003), F32(1.0) - F32(0.4) * noise, F32(0.0))


def _grid(res: int, cx: float, cy: float, half: float) -> tuple[np.ndarray, np.ndarray]:
    """Plate coordinates of every pixel of a res x res cover for a plate centred at
    (cx, cy) with half width `half` (fractions of the side)."""
    axis = (np.arange(res, dtype=F32) + 0.5) / res
    return ((axis - F32(cx)) / F32(half))[None, :], ((axis - F32(cy)) / F32(half))[:, None]


def _window(res: int, centre: float, half: float) -> slice:
    """The pixels (along one axis) a plate centred at `centre` covers, in the frame."""
    return slice(max(0, int((centre - half) * res) - 1), min(res, int((centre + half) * res) + 2))


def _inside(figure: Figure, u: np.ndarray, v: np.ndarray, half_px: float) -> np.ndarray:
    """How much of each pixel lies on the plate (antialiased edge)."""
    square = np.maximum(np.abs(u), np.abs(v))
    edge = 1.0 - (np.hypot(u, v) if figure.round else square)
    return np.clip(edge * F32(half_px) + 0.5, 0.0, 1.0)


def _mask(layer: np.ndarray) -> Image.Image:
    """A layer of 0..1 as an 8-bit mask."""
    return Image.fromarray((layer * F32(255)).astype(np.uint8), "L")


def print_plate(s: Sheet, on: np.ndarray, grains: np.ndarray) -> None:
    """Composite the cover in 8 bits, in place on the sheet (drawn at RES at most and
    scaled up): the ground, the plate (`on`) lit by a faint sheen from above (it keeps
    the mirror) with its soft shadow and lit rim, and the sand (`grains`), crisp."""
    res = on.shape[0]
    ground, metal, colour = colours(s)
    img = Image.new("RGB", (res, res), ground)
    plate = _mask(on)
    drop = max(1, int(res * 0.012))  # the shadow falls a little down the cover
    fallen = _mask(np.concatenate([np.zeros((drop, res), F32), on[: res - drop]]))
    dark = tuple(round(c * 0.55) for c in ground)
    img.paste(dark, (0, 0, res, res), raster.fast_blur(fallen, res * 0.02))
    axis = np.linspace(-1.0, 1.0, res, dtype=F32)[:, None]
    sheen = F32(0.9) + F32(0.22) * np.exp(-((axis + 0.6) ** 2))
    column = np.clip(np.asarray(metal, F32)[None, :] * sheen + 4.0, 0, 255).astype(np.uint8)
    face = Image.fromarray(column[:, None]).resize((res, res), Image.Resampling.NEAREST)
    img.paste(face, (0, 0), plate)
    edge = tuple(min(255, round(c * 1.8 + 30)) for c in metal)
    img.paste(edge, (0, 0, res, res), _mask(0.5 - np.abs(on - 0.5)))  # half lit
    img.paste(colour, (0, 0, res, res), _mask(grains))
    if img.size[0] != s.work:
        img = img.resize((s.work, s.work), Image.Resampling.BILINEAR)
    s.img.paste(img)


def _figure(s: Sheet, is_round: bool, detail: int) -> Figure:
    a, b, salt = s.key
    make = round_figure if is_round else square_figure
    return make(a, b, salt, detail)


def colours(s: Sheet) -> tuple[RGB, RGB, RGB]:
    """The ground, the plate and the sand. A dark mood: a near-black ground, a deep
    plate of the palette's hue a clear step lighter, pale sand (gold for classical); a
    light one: a deep plate on the paper; a vivid field stays the ground (a brass
    plate on yellow); children's songs: white sand on a primary plate on paper."""
    inks = s.inks
    if s.joy:
        return inks.field, inks.mass, raster.tone(inks.field, 0.99, 0.008)
    _, chroma, _ = rgb_to_oklch(inks.mass)
    light, mark_chroma, hue = rgb_to_oklch(inks.mark)
    if s.direction.genre == "classical" and mark_chroma > 0.06 and 60 <= hue <= 110:
        grains = raster.tone(inks.mark, 0.86, min(mark_chroma, 0.12))
    else:
        grains = raster.tone(inks.mark if light > 0.6 else inks.field, 0.95, 0.012)
    field_chroma = rgb_to_oklch(inks.field)[1]
    if inks.dark and field_chroma < raster.VIVID_FIELD:
        ground = raster.tone(inks.field, 0.08, min(field_chroma, 0.02))
        deep = 0.27 if chroma >= 0.04 else 0.15  # a grey plate stays dark, never mid grey
        return ground, raster.tone(inks.mass, deep, min(chroma, 0.1)), grains
    if field_chroma >= raster.VIVID_FIELD:
        hue = rgb_to_oklch(inks.field)[2]
        if 30 <= hue <= 130:  # deep yellow goes olive: a brass plate a little warmer
            return inks.field, oklch_to_rgb(0.36, 0.075, hue - 22), grains
        return inks.field, raster.tone(inks.field, 0.36, 0.09), grains
    deep = 0.27 if chroma >= 0.04 else 0.15
    return inks.field, raster.tone(inks.mass, deep, min(chroma, 0.11)), grains


def focal(s: Sheet, box: tuple[float, float, float, float]) -> compose.Box:
    """The figure's box on the cover, kept out of the title's band (or the column)."""
    x0, y0, x1, y1 = box
    top = 0.0 if s.column else s.band
    left = 0.4 if s.column else 0.0
    return compose.clip_box((max(x0, left), max(y0, top), min(x1, 1.0), min(y1, 1.0)))


def _round(s: Sheet) -> bool:
    """Whether the plate is round (the key and seed choose, three in five; ambient
    four in five): a whole square plate of lace read as a tile."""
    a, b, salt = s.key
    return (a + b + salt) % 5 < (4 if s.direction.genre == "ambient" else 3)


def whole(s: Sheet) -> compose.Box:
    """One whole plate seen from above, round or square, centred under the title's band
    (see the module): as big as the room allows for a loud song, a little smaller and
    lower for a quiet one, so the music moves the composition and not only the figure."""
    is_round = _round(s)
    room = 1.0 - s.band  # the plate centred in it, a margin all round
    loud = float(np.clip(s.direction.energy, 0.0, 1.0))
    half = min(room / 2 - 0.045, 0.42 if is_round else 0.38) * (0.8 + 0.2 * loud)
    cx, cy = 0.5, s.band + room / 2 + (1.0 - loud) * 0.04
    if s.column:
        cx, cy, half = 0.68, 0.5, 0.3
    _plate(s, _figure(s, is_round, 3 + s.detail(2)), cx, cy, half, LINE)
    return focal(s, (cx - half, cy - half, cx + half, cy + half))


def _plate(s: Sheet, figure: Figure, cx: float, cy: float, half: float, line: float) -> None:
    """Lay one plate and its sand (computed only on the plate's own pixels) and print
    the sheet."""
    res = min(s.work, RES)
    u, v = _grid(res, cx, cy, half)
    rows, cols = _window(res, cy, half), _window(res, cx, half)
    u, v = u[:, cols], v[rows]
    on, grains = np.zeros((res, res), F32), np.zeros((res, res), F32)
    on[rows, cols] = _inside(figure, u, v, half * res)
    laid = lay_sand(figure, u, v, half * res, int(s.rng.integers(1 << 30)), line)
    grains[rows, cols] = laid * (on[rows, cols] > 0.99)
    print_plate(s, on, grains)
