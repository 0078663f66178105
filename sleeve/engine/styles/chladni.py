"""Chladni: the figure a vibrating plate draws in sand on its nodal lines, as ONE bold
focal image: a round plate's standing wave ringing in the song's frequencies.

the two loudest spectrum bands, the key's tonic and the seed -> the round-plate modes
ringing together (Bessel modes with an n-fold symmetry), so no two tracks share a
figure; energy -> the weight of the lines; turbulence and the seed -> one of seven
compositions, calm to rough:

- catalogue: a small precise figure with its hairline rim, off-centre in a wide field;
- contour: the figure as concentric contour lines of the wave, its nodal line in the
  accent, not filled;
- bleed: one huge figure in drawn lines, cropped by the frame on two edges;
- overlap: two figures of the song's two frequencies, offset, printed in two inks that
  multiply (screen on a dark field);
- disc: the figure in sand or ink on a round plate of another colour (the DG look),
  rarely on a violin-shaped plate in square modes ("violin");
- sand: fine sand gathered on the nodal lines of a large figure on a dark plate, the
  sand thinning out toward the plate's edge, no rim;
- cutout: a solid field with a round hole cut in it, a close crop of a figure behind,
  the hole's edge casting a thin shadow.

Metal is bone or ash on black; other genres take the palette's field with a light or
dark ink. The figure keeps out of the band the title's layout prefers. Without audio
the bands come from a synthesized spectrum (see signals).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageChops

from sleeve.engine import compose, raster, signals
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import RGB, ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts import chladni_figures as fig
from sleeve.engine.styles.cover_parts import chladni_modes as modes
from sleeve.engine.styles.cover_parts.calm_zone import subject_y, title_band

STYLE = StyleInfo(
    name="chladni",
    family="graphic",
    # an acoustics figure: classical and chamber (modern classical), ambient, IDM and
    # experimental (the "idm" language); not jazz, world or children's songs
    fits=("classical", "ambient", "idm"),
    music=True,
    weight=0.6,  # one round figure: reviewers saw its placings as repeats across tracks
)

LAYOUTS = ("catalogue", "contour", "bleed", "overlap", "disc", "sand", "cutout")

Plate = tuple[float, float, float]  # centre x, centre y, radius: fractions of the cover
Box = tuple[int, int, int, int]  # x0, y0, x1, y1 in working pixels


def _track_bands(direction: ArtDirection) -> tuple[int, int]:
    """The song's two loudest band peaks, moved along by its key's tonic."""
    a, b = signals.dominant_bands(direction, 2, bands=24)
    tonic = int(np.argmax(signals.chroma(direction)))
    return a + tonic, b + 2 * tonic


def _colours(direction: ArtDirection, rng: np.random.Generator) -> tuple[RGB, RGB, RGB]:
    """(field, plate, sand): bone or ash on black for metal; otherwise light sand on a
    dark plate or dark sand on a light one, from the palette."""
    pal = direction.palette
    if direction.genre == "metal":
        field = raster.tone(pal.background, 0.1, 0.006)
        plate = raster.tone(pal.background, float(rng.choice((0.16, 0.2))), 0.008)
        sand = raster.tone(pal.colors[1 % len(pal.colors)], float(rng.uniform(0.72, 0.9)), 0.02)
        return field, plate, sand
    dark = compose.dark_field(rgb_to_oklch(pal.background)[0]) or direction.valence < 0.35
    field = raster.ground(pal.background, 0.15 if dark else 0.93, 0.03)
    field_l = rgb_to_oklch(field)[0]
    second = pal.colors[1 % len(pal.colors)]
    if (field_l < 0.5 and rng.random() < 0.5) or (field_l >= 0.5 and rng.random() < 0.3):
        plate = raster.tone(second, 0.9, 0.03)
        sand = raster.tone(pal.colors[0], 0.24, 0.09)
    else:
        plate = raster.tone(pal.colors[0], 0.2 if field_l < 0.5 else 0.22, 0.04)
        sand = raster.tone(pal.accent, 0.9, 0.05)
    return field, plate, sand


def _ink_on(ground: RGB, colour: RGB, chroma: float = 0.06) -> RGB:
    """`colour` toned to read as ink on `ground`: light on dark, dark on light."""
    return raster.tone(colour, 0.9 if rgb_to_oklch(ground)[0] < 0.5 else 0.22, chroma)


def _size(rng: np.random.Generator, lo: float, hi: float, direction: ArtDirection) -> float:
    """A figure's radius in lo..hi: louder music draws it bigger, the seed moves it."""
    return lo + (hi - lo) * (0.6 * direction.energy + 0.4 * float(rng.random()))


def _slot(rng: np.random.Generator, options: tuple[float, ...], direction: ArtDirection) -> float:
    """One of a few positions, moved along by the song's tempo and the seed."""
    beat = int(direction.tempo_bpm // 16) if direction.tempo_bpm else 0
    return options[(int(rng.integers(len(options))) + beat) % len(options)]


def layout_of(direction: ArtDirection) -> str:
    """The name of the composition render draws for `direction`, without drawing: one
    of LAYOUTS by the turbulence and the seed, a plate rarely violin-shaped ("violin"),
    from a generator of its own."""
    rng = raster.rng_for(direction, "chladni-layout")
    layout = compose.pick(rng, LAYOUTS, direction.turbulence)
    return "violin" if layout == "disc" and rng.random() < 0.15 else layout


# ------------------------------------------------------------------ figure geometry


def _box(plate: Plate, work: int, grow: float = 1.0) -> Box:
    """The working-pixel box of a plate (radius times `grow`), clipped to the cover."""
    cx, cy, r = plate
    r *= grow
    return (
        max(0, math.floor((cx - r) * work)),
        max(0, math.floor((cy - r) * work)),
        min(work, math.ceil((cx + r) * work)),
        min(work, math.ceil((cy + r) * work)),
    )


def _resize(field: np.ndarray, w: int, h: int) -> np.ndarray:
    if field.shape == (h, w):
        return field
    img = Image.fromarray(field.astype(np.float32, copy=False), "F")
    return np.asarray(img.resize((w, h), Image.Resampling.BICUBIC), np.float32)


def _grid(
    ringing: list, turn: float, plate: Plate, box: Box, work: int
) -> tuple[np.ndarray, np.ndarray, tuple[int, int]]:
    """(field, slope per cover side, box size) of a plate on a grid of about
    FIELD_RES cells across the plate, over `box`."""
    cx, cy, r = plate
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    per = fig.FIELD_RES / (2.0 * r * work)  # grid cells per working pixel
    gw, gh = (int(min(n, max(8, math.ceil(n * per)))) for n in (w, h))
    xs = ((x0 + (np.arange(gw) + 0.5) * (w / gw)) / work - cx) / r
    ys = ((y0 + (np.arange(gh) + 0.5) * (h / gh)) / work - cy) / r
    field = fig.round_field_xy(ringing, turn, xs, ys)
    gy, gx = np.gradient(field)
    slope = np.hypot(gx * np.float32(gw * work / w), gy * np.float32(gh * work / h))
    return field, slope + np.float32(1e-4), (w, h)


def _wave(ringing: list, turn: float, plate: Plate, box: Box, work: int) -> np.ndarray:
    """The signed distance (fraction of the cover) to the nodal lines of a plate ringing
    in `ringing`, over `box`: computed on the plate's grid, signed so that scaling it
    up keeps thin lines whole."""
    field, slope, (w, h) = _grid(ringing, turn, plate, box, work)
    return _resize(field / slope, w, h)


def _wave_parts(
    ringing: list, turn: float, plate: Plate, box: Box, work: int
) -> tuple[np.ndarray, np.ndarray]:
    """(field, slope per cover side) of a plate over `box`, at the box's pixel size."""
    field, slope, (w, h) = _grid(ringing, turn, plate, box, work)
    return _resize(field, w, h), _resize(slope, w, h)


def _radius(plate: Plate, box: Box, work: int) -> np.ndarray:
    """Each box pixel's distance from the plate's centre, in plate radii."""
    cx, cy, r = plate
    xs = ((box[0] + np.arange(box[2] - box[0], dtype=np.float32) + 0.5) / work - cx) / r
    ys = ((box[1] + np.arange(box[3] - box[1], dtype=np.float32) + 0.5) / work - cy) / r
    return np.sqrt(xs[None, :] ** 2 + ys[:, None] ** 2)


def _disc(plate: Plate, box: Box, work: int) -> np.ndarray:
    """An anti-aliased disc of the plate over `box`, 0..1."""
    rr = _radius(plate, box, work)
    return np.clip((1.0 - rr) * (plate[2] * work) + 0.5, 0.0, 1.0)


def _rim(plate: Plate, box: Box, work: int, width: float) -> np.ndarray:
    """A circle along the plate's edge, `width` (fraction of the cover) wide."""
    rr = _radius(plate, box, work)
    return np.clip((width * 0.5 - np.abs(rr - 1.0) * plate[2]) * work + 0.5, 0.0, 1.0)


def _lines(distance: np.ndarray, width: float, work: int) -> np.ndarray:
    """Crisp lines `width` (fraction of the cover, at least a pixel) along distance 0."""
    width = max(width, 1.3 / work)
    return np.clip((width * 0.5 - np.abs(distance)) * work + 0.5, 0.0, 1.0)


SAND_STEPS = 64  # the sand's tables: steps per line width, six widths


def _sand(distance: np.ndarray, width: float, work: int, rng: np.random.Generator) -> np.ndarray:
    """Fine sand on the nodal lines: each working pixel holds a grain with a chance
    that is high on a line and falls off across it, a few strays between, and the
    sand packs solid at a line's heart (both looked up in tables by the distance)."""
    width = max(width, 1.5 / work)
    t = np.arange(SAND_STEPS * 6 + 1, dtype=np.float32) / SAND_STEPS
    chance = 0.85 * np.exp(-(t**2)) + 0.14 * np.exp(-((t / 2.6) ** 2)) + 0.012
    core = np.clip((0.45 - t) * (width * work) + 0.5, 0.0, 0.9).astype(np.float32)
    step = np.abs(distance) * np.float32(SAND_STEPS / width)
    at = np.minimum(step, np.float32(len(t) - 1)).astype(np.int32)
    u = rng.random(at.shape, dtype=np.float32)
    grains = np.where(u < chance.astype(np.float32)[at], np.float32(1.0) - u * np.float32(0.5), 0)
    return np.maximum(grains, core[at])


def _paste(img: Image.Image, colour: RGB, box: Box, alpha: np.ndarray) -> None:
    img.paste(colour, box, raster.to_image(alpha))


# ------------------------------------------------------------------------ render


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the Chladni cover (RGB, size x size)."""
    name = layout_of(direction)
    rng = raster.rng_for(direction, "chladni")
    side = title_band(direction, rng)
    field, plate, sand = _colours(direction, rng)
    work = raster.work_size(size)
    img = Image.new("RGB", (work, work), field)
    key = (*_track_bands(direction), int(rng.integers(1 << 16)))
    turn = float(rng.uniform(0, 2 * np.pi))
    weight = 0.0035 + 0.003 * direction.energy  # a line's width, of the cover
    draw = {
        "catalogue": _catalogue,
        "contour": _contour,
        "disc": _disc_plate,
        "violin": _violin,
        "cutout": _cutout,
        "overlap": _overlap,
        "sand": _sand_plate,
        "bleed": _bleed,
    }[name]
    focal = draw(Sheet(img, direction, rng, side, (field, plate, sand), key, turn, weight))
    img = raster.to_size(img, size)
    grain = 0.007 if name == "catalogue" else 0.02  # a wide field is smooth paper
    return Artwork(finish(img, direction, "chladni", grain), compose.clip_box(focal), name)


Colours = tuple[RGB, RGB, RGB]
Key = tuple[int, int, int]


@dataclass(frozen=True)
class Sheet:
    """What every composition draws with: the working image (drawn on in place), the
    direction, the style's generator, the title's band, the field, plate and sand
    colours, the modes' key, the figure's turn and the line weight."""

    img: Image.Image
    direction: ArtDirection
    rng: np.random.Generator
    side: str
    colours: Colours
    key: Key
    turn: float
    weight: float


def _catalogue(s: Sheet) -> compose.Box:
    """A small precise figure with a hairline rim, off-centre in a wide field: a plate
    in an acoustics catalogue."""
    work = s.img.size[0]
    field = s.colours[0]
    ink = (
        s.colours[2]
        if s.direction.genre == "metal"
        else _ink_on(field, s.direction.palette.colors[0])
    )
    r = _size(s.rng, 0.15, 0.18, s.direction)
    cx = _slot(s.rng, (0.3, 0.7), s.direction) + float(s.rng.uniform(-0.03, 0.03))
    cy = subject_y(s.side, float(s.rng.uniform(0.06, 0.16)))
    plate = (cx, cy, r)
    box = _box(plate, work, 1.02)
    _, ringing = modes.figure("round", s.key, s.rng, 0)
    d = _wave(ringing, s.turn, plate, box, work)
    line = _lines(d, s.weight * 0.75, work) * _disc(plate, box, work)
    _paste(s.img, ink, box, np.maximum(line, _rim(plate, box, work, s.weight * 0.4)))
    return compose.around(cx, cy, r)


def _contour(s: Sheet) -> compose.Box:
    """The figure as contour lines of the standing wave (not filled), its nodal line
    (where the sand would lie) bolder, in the accent."""
    work = s.img.size[0]
    field = s.colours[0]
    pal = s.direction.palette
    metal = s.direction.genre == "metal"
    ink = raster.tone(s.colours[2], None, 0.0) if metal else _ink_on(field, pal.colors[0], 0.04)
    node = s.colours[2] if metal else _ink_on(field, pal.accent, 0.14)
    r = _size(s.rng, 0.27, 0.34, s.direction)
    cx = _slot(s.rng, (0.5, 0.38, 0.62), s.direction) if r < 0.31 else 0.5
    low = max(0.04, r - 0.14)
    cy = subject_y(s.side, float(s.rng.uniform(low, max(low, 0.47 - r))))
    plate = (cx, cy, r)
    box = _box(plate, work)
    _, ringing = modes.figure("round", s.key, s.rng, 1)
    wave, slope = _wave_parts(ringing, s.turn, plate, box, work)
    step = np.float32(0.3 * float(np.abs(wave).max()))
    level = wave / step
    near = np.abs(level - np.round(level)) * step / slope
    disc = _disc(plate, box, work)
    _paste(s.img, ink, box, _lines(near, s.weight * 0.28, work) * disc * 0.85)
    _paste(s.img, node, box, _lines(wave / slope, s.weight * 1.1, work) * disc)
    return compose.around(cx, cy, r)


def _disc_plate(s: Sheet) -> compose.Box:
    """A round plate of its own colour, its figure in sand or drawn lines: large in the
    middle or smaller on a third."""
    work = s.img.size[0]
    _, plate_colour, sand = s.colours
    r = _size(s.rng, 0.2, 0.3, s.direction)
    cx = (
        0.5
        if r > 0.26
        else _slot(s.rng, (0.34, 0.66), s.direction) + float(s.rng.uniform(-0.03, 0.03))
    )
    low = max(0.04, r - 0.13)
    cy = subject_y(s.side, float(s.rng.uniform(low, max(low, 0.48 - r))))
    plate = (cx, cy, r)
    box = _box(plate, work)
    _, ringing = modes.figure("round", s.key, s.rng, 1)
    d = _wave(ringing, s.turn, plate, box, work)
    disc = _disc(plate, box, work)
    _paste(s.img, plate_colour, box, disc)
    sheen = np.exp(-(_radius((cx - 0.3 * r, cy - 0.35 * r, r), box, work) ** 2) * 1.5) * 0.5
    _paste(
        s.img, raster.tone(plate_colour, rgb_to_oklch(plate_colour)[0] + 0.05), box, sheen * disc
    )
    if s.direction.genre == "metal" or s.rng.random() < 0.65:
        ink = _sand(d, s.weight * 0.8, work, s.rng)
    else:
        ink = _lines(d, s.weight * 0.8, work)
    _paste(s.img, sand, box, ink * disc)
    return compose.around(cx, cy, r)


def _violin(s: Sheet) -> compose.Box:
    """A violin-shaped plate (Savart's and Chladni's violin plates) ringing in square
    modes, its sand on a plate of its own colour, off-centre."""
    work = s.img.size[0]
    _, plate_colour, sand = s.colours
    r = _size(s.rng, 0.27, 0.32, s.direction)
    cx = _slot(s.rng, (0.36, 0.5, 0.64), s.direction) + float(s.rng.uniform(-0.03, 0.03))
    low = max(0.06, r - 0.14)
    cy = subject_y(s.side, float(s.rng.uniform(low, max(low, 0.48 - r))))
    px = max(8, round(2 * r * work))
    at = (round((cx - r) * work), round((cy - r) * work))
    view = (max(0, -at[0]), max(0, -at[1]), min(px, work - at[0]), min(px, work - at[1]))
    _, ringing = modes.figure("square", s.key, s.rng, 2)
    field = fig.square_figure(ringing, min(px, fig.FIELD_RES))
    distance = fig.nodal_distance(field[:, ::-1] if s.turn > np.pi else field)
    width = s.weight * 0.8 / (2 * r)  # of the plate's s.side
    if s.direction.genre == "metal" or s.rng.random() < 0.65:
        ink = fig.sand_ink(distance, width, px, s.rng, view)
    else:
        ink = fig.line_ink(distance, width, px, view)
    mask = fig.violin_mask(px)[view[1] : view[3], view[0] : view[2]]
    box = (at[0] + view[0], at[1] + view[1], at[0] + view[2], at[1] + view[3])
    _paste(s.img, plate_colour, box, mask)
    _paste(s.img, sand, box, ink * mask)
    return compose.around(cx, cy, r * 0.66, r)


def _cutout(s: Sheet) -> compose.Box:
    """A round hole cut in a solid field on a third; behind it a plate, a close crop of
    a figure much bigger than the hole; the hole's upper edge casts a thin shadow."""
    work = s.img.size[0]
    field = s.colours[0]
    pal = s.direction.palette
    if s.direction.genre == "metal":
        solid, paper, ink = field, s.colours[2], field
    else:  # a deep colour of the palette (the field where it is dark), light paper behind
        deep = field if rgb_to_oklch(field)[0] < 0.4 else raster.tone(pal.colors[0], 0.36)
        solid = deep if rgb_to_oklch(deep)[1] >= 0.04 or deep == field else field
        solid = raster.tone(solid, min(rgb_to_oklch(solid)[0], 0.42))
        paper = raster.tone(pal.background, 0.95, 0.015)
        ink = raster.tone(pal.colors[0], 0.2, 0.06)
    s.img.paste(solid, (0, 0, work, work))
    r = _size(s.rng, 0.22, 0.29, s.direction)
    cx = _slot(s.rng, (0.36, 0.64), s.direction) + float(s.rng.uniform(-0.03, 0.03))
    low = max(0.04, r - 0.13)
    cy = subject_y(s.side, float(s.rng.uniform(low, max(low, 0.46 - r))))
    hole = (cx, cy, r)
    box = _box(hole, work)
    big = r * float(s.rng.uniform(1.3, 1.7))
    angle = float(s.rng.uniform(0, 2 * np.pi))
    shift = big * float(s.rng.uniform(0.2, 0.45))
    behind = (cx + shift * math.cos(angle), cy + shift * math.sin(angle), big)
    _, ringing = modes.figure("round", s.key, s.rng, 2)
    d = _wave(ringing, s.turn, behind, box, work)
    disc = _disc(hole, box, work)
    _paste(s.img, paper, box, disc)
    _paste(s.img, ink, box, _lines(d, s.weight, work) * disc)
    lit = _radius((cx + 0.02, cy + 0.028, r), box, work)  # the edge's shadow falls inward
    shadow = np.clip((lit - 1.0) * r / 0.02 + 1.0, 0.0, 1.0) * disc * 0.4
    _paste(s.img, raster.tone(paper, 0.3, 0.01), box, shadow)
    return compose.around(cx, cy, r)


def _overlap(s: Sheet) -> compose.Box:
    """Two figures of the song's two frequencies, offset on a diagonal, in two inks that
    multiply where they cross (screen on a dark field), each with a faint tint."""
    work = s.img.size[0]
    field = s.colours[0]
    pal = s.direction.palette
    dark = rgb_to_oklch(field)[0] < 0.5
    hues = [pal.accent, *pal.colors]
    first = hues[0]
    hue = rgb_to_oklch(first)[2]
    second = next(
        (c for c in hues[1:] if abs((rgb_to_oklch(c)[2] - hue + 180) % 360 - 180) > 50),
        raster.tone(first, None, None, 150.0),
    )
    light = 0.78 if dark else 0.56
    chroma = 0.02 if s.direction.genre == "metal" else 0.13
    inks = [raster.tone(first, light, chroma), raster.tone(second, light - 0.06, chroma)]
    r = _size(s.rng, 0.22, 0.26, s.direction)
    dx = float(s.rng.uniform(0.1, 0.14))
    dy = float(s.rng.uniform(0.02, 0.05)) * (1 if s.rng.random() < 0.5 else -1)
    cy = subject_y(s.side, 0.16 + max(0.0, 0.26 - r))
    a, b, salt = s.key
    plates = [(0.5 - dx, cy - dy, r), (0.5 + dx, cy + dy, r * float(s.rng.uniform(0.82, 0.95)))]
    keys = [(a, a + b, salt), (b, 2 * b + 1, salt + 5)]
    white = (0, 0, 0) if dark else (255, 255, 255)
    for plate, ink, fkey, detail in zip(plates, inks, keys, (1, 0), strict=True):
        box = _box(plate, work)
        _, ringing = modes.figure("round", fkey, s.rng, detail)
        d = _wave(ringing, s.turn + detail, plate, box, work)
        disc = _disc(plate, box, work)
        tint = np.float32(0.14 if dark else 0.28)
        alpha = np.maximum(_lines(d, s.weight * (1.35 if dark else 1.1), work), tint) * disc
        layer = Image.new("RGB", (box[2] - box[0], box[3] - box[1]), white)
        _paste(layer, ink, (0, 0, *layer.size), alpha)
        region = s.img.crop(box)
        mixed = ImageChops.screen(region, layer) if dark else ImageChops.multiply(region, layer)
        s.img.paste(mixed, box[:2])
    (x0, y0, _), (x1, y1, r1) = plates
    return compose.around((x0 + x1) / 2, (y0 + y1) / 2, dx + r, abs(dy) + r)


def _sand_plate(s: Sheet) -> compose.Box:
    """The cover is a dark plate, lit from above; fine sand gathers on the nodal lines
    of a large figure and thins out toward its edge (no rim): a photograph of a plate."""
    work = s.img.size[0]
    field, plate_colour, sand = s.colours
    vivid = rgb_to_oklch(field)[1] >= raster.VIVID_FIELD  # a vivid field is the plate
    dark = rgb_to_oklch(field)[0] < 0.3
    base = field if dark or vivid else raster.tone(plate_colour, 0.17, 0.03)
    if vivid and not dark:
        sand = _ink_on(base, s.direction.palette.colors[0], 0.05)
    elif rgb_to_oklch(sand)[0] < 0.6:
        sand = raster.tone(s.direction.palette.accent, 0.9, 0.04)
    s.img.paste(base, (0, 0, work, work))
    r = _size(s.rng, 0.32, 0.37, s.direction)
    cx = 0.5 + float(s.rng.uniform(-0.06, 0.06))
    cy = subject_y(s.side, 1.05 * r - 0.15)  # the sand's top edge at the title's band
    plate = (cx, cy, r)
    glow = (cx, cy - 0.2 * r, r * 1.5)
    lift = raster.tone(base, rgb_to_oklch(base)[0] + 0.07)
    small = max(8, work // 8)  # the light is smooth: drawn small and scaled up
    light = np.exp(-(_radius(glow, (0, 0, small, small), small) ** 2) * 2.0) * 0.8
    s.img.paste(
        lift, (0, 0), raster.to_image(light).resize((work, work), Image.Resampling.BILINEAR)
    )
    box = _box(plate, work, 1.1)
    _, ringing = modes.figure("round", s.key, s.rng, 2)
    d = _wave(ringing, s.turn, plate, box, work)
    thin = np.clip((1.1 - _radius(plate, box, work)) * 4.0, 0.0, 1.0)  # toward the edge
    _paste(s.img, sand, box, _sand(d, s.weight * 1.1, work, s.rng) * thin)
    return compose.around(cx, cy, r * 1.05)


def _bleed(s: Sheet) -> compose.Box:
    """One huge figure in drawn lines, its centre near a lower (or upper) corner, so
    the frame crops it on two edges; the title's band stays clear."""
    work = s.img.size[0]
    field = s.colours[0]
    pal = s.direction.palette
    ink = s.colours[2] if s.direction.genre == "metal" else _ink_on(field, pal.accent, 0.09)
    r = _size(s.rng, 0.5, 0.6, s.direction)
    cx = _slot(s.rng, (0.74, 0.26), s.direction) + float(s.rng.uniform(-0.04, 0.04))
    cy = subject_y(s.side, 0.32 + 0.9 * r - 0.5)
    plate = (cx, cy, r)
    box = _box(plate, work)
    _, ringing = modes.figure("round", s.key, s.rng, 2)
    d = _wave(ringing, s.turn, plate, box, work)
    _paste(s.img, ink, box, _lines(d, s.weight * 1.5, work) * _disc(plate, box, work))
    return compose.around(cx, cy, r)
