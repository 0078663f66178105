"""Chladni's figure as the whole image, never an object: each is drawn with the title's
band at the top (the style flips and mirrors the sheet afterwards), keeps that band
calm and returns its focal box.

- sand: a photograph of the sand itself, the plate seen flat-on and cropped so large
  that its edge is out of frame: a dark plate under a raking light from below, tens of
  thousands of fine grains heaped on the nodal lines with a little scatter between
  them, each grain lit on one side with a shadow on the other, a vignette; the crop
  (how much of the figure shows) comes from the tempo, the lines' crossing point from
  the energy;
- print: the figure cut as a linocut block and printed on the field (paper, or the
  language's vivid colour): the nodal lines carved out and showing the paper, their
  edges wobbling as a gouge does, the ink mottled, the block's edge rough; one square
  block below the title, bleeding off the foot (and, for louder music, a side); the
  carved lines show the paper (classical music's take gold, off register); joyful
  music (children's songs, tropical music, jingles) prints a bright primary on paper.

Retired (the style's RETIRED): the round block, the tall strip, the reduction print of
overprinted blocks, the wide bleed and the coloured sand on a pale plate (confetti):
two art directors read the coloured prints as leopard print, cheese, giraffe print or
microbes.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageChops

from sleeve.engine import compose, raster, signals
from sleeve.engine.color import from_hex, rgb_to_oklch
from sleeve.engine.direction import RGB, ArtDirection
from sleeve.engine.styles.cover_parts import chladni_figures as fig
from sleeve.engine.styles.cover_parts import chladni_modes as modes
from sleeve.engine.styles.cover_parts.chladni_layouts import Sheet, calm

F32 = np.float32


def _shift(a: np.ndarray, dy: int, dx: int) -> np.ndarray:
    """`a` moved by (dy, dx) cells, zeros shifted in."""
    out = np.zeros_like(a)
    h, w = a.shape
    out[max(dy, 0) : h + min(dy, 0), max(dx, 0) : w + min(dx, 0)] = a[
        max(-dy, 0) : h - max(dy, 0), max(-dx, 0) : w - max(dx, 0)
    ]
    return out


def crop(s: Sheet) -> fig.Plate:
    """How the camera crops the plate: slower music comes closer (a few broad lines),
    faster music shows more of the figure; the plate's centre, where the lines cross,
    sits below the title's band, pushed aside by the energy; the key turns the figure."""
    pace = signals.pace(s.direction)
    half = 1.15 - 0.5 * pace + float(s.rng.uniform(-0.06, 0.06))
    push = (0.05 + 0.25 * s.direction.energy) * float(s.rng.choice((-1.0, 1.0)))
    if s.column:
        return fig.Plate((0.7, 0.5 + push / 2), half, 0.0)
    cy = s.band + (1.0 - s.band) * float(s.rng.uniform(0.4, 0.62))
    tonic = int(np.argmax(signals.chroma(s.direction)))
    return fig.Plate((0.5 + push, cy), half, tonic * np.pi / 24)


def _figure(
    s: Sheet, res: int, most: int, more: int = 0, swell: bool = False
) -> tuple[np.ndarray, fig.Plate]:
    """How far each cell lies from the nearest nodal line (fractions of the cover, a
    res x res grid), the plate running past the frame on every side (Chladni's cosines
    carry on past the crop), and the plate. The distance is the amplitude over its
    slope, so a line keeps one width along its length and where lines cross."""
    a, b, salt = s.key
    plate = crop(s)
    pairs = modes.lace_pairs(a, b, salt + int(s.rng.integers(4)), s.detail(most))
    pace = signals.pace(s.direction)
    lift = 2 + 2 * round(1.5 * pace) + more  # faster music rings higher: more lines
    # the second pair rings nearly as loud: the lattice bends into loops
    pairs = [
        (n + lift, m + lift, sign, w if i == 0 else np.sign(w) * max(abs(w), 0.65))
        for i, (n, m, sign, w) in enumerate(pairs)
    ]
    if (a + b + salt) % 3:  # a plus sign: rings and diamonds, no crossing at the middle
        pairs = [(n, m, 1, w) for n, m, _, w in pairs]
    if swell:  # a low mode under them swells and shrinks the cells: never a window grid
        low_n = 1 + (a + salt) % 3
        pairs.append((low_n, low_n + 2 * (1 + b % 2), 1, 0.4 + 0.15 * (salt % 3)))
    field, _, _ = fig.plate_field(plate, pairs, res)
    gy, gx = np.gradient(field)
    slope = np.hypot(gx, gy)
    floor = 0.05 * float(np.median(slope))
    return np.abs(field) / np.sqrt(slope**2 + floor**2) / res, plate


def _up(a: np.ndarray, res: int) -> np.ndarray:
    """A float grid scaled (bilinear) to res x res."""
    if a.shape[0] == res:
        return a
    img = Image.fromarray(a.astype(F32), "F").resize((res, res), Image.Resampling.BILINEAR)
    return np.asarray(img, F32)


def _lit(ink: np.ndarray, light: np.ndarray, res: int) -> Image.Image:
    """An ink under a light (a coarse grid of multipliers), scaled up to res."""
    rgb = np.clip(ink[None, None, :] * light[..., None], 0, 255).astype(np.uint8)
    img = Image.fromarray(rgb, "RGB")
    return img.resize((res, res), Image.Resampling.BILINEAR) if img.size[0] != res else img


def _sand_inks(s: Sheet) -> tuple[RGB, RGB]:
    """The plate (a deep tone of the cover's mass, near black for hard music) and the
    sand (the pale mark; muted for calm music, gold stays gold)."""
    inks = s.inks
    _, chroma, _ = rgb_to_oklch(inks.mass)
    if s.stark:
        return raster.tone(inks.mass, 0.12, 0.006), raster.tone(inks.mark, 0.86, 0.015)
    plate = raster.tone(inks.mass, 0.2, min(chroma, 0.05))
    light, mark_chroma, _ = rgb_to_oklch(inks.mark)
    if light < 0.6:  # a dark ink on a vivid field: the sand is paper
        light, mark_chroma = 0.95, 0.01
    sand_chroma = min(mark_chroma, 0.025 if calm(s.direction) else 0.11)
    return plate, raster.tone(inks.mark, max(light, 0.9), sand_chroma)


SAND_WIDTH = 0.008  # a nodal line's half-width at full energy: 1 px at 64 px
JOY = ("#FF595E", "#FFCA3A", "#8AC926", "#1982C4")  # children's primaries


def primaries(direction: ArtDirection) -> list[RGB]:
    """Two clean, bright hues for joyful music (the block and its carved lines): the
    palette's most colourful hues at least 60 degrees apart, made vivid, topped up
    from the children's primaries."""
    found: list[RGB] = []
    pal = direction.palette
    options = sorted((*pal.colors, pal.accent, pal.background), key=lambda c: -rgb_to_oklch(c)[1])
    options += [from_hex(h) for h in JOY]
    for c in options:
        _, chroma, hue = rgb_to_oklch(c)
        apart = all(abs((hue - rgb_to_oklch(f)[2] + 180) % 360 - 180) >= 60 for f in found)
        if chroma > 0.08 and apart:
            found.append(raster.vivid(c, 0.66, 0.18))
        if len(found) == 2:
            break
    return found


def sand(s: Sheet) -> compose.Box:
    """Sand on a dark plate seen flat-on, the photograph filling the cover (module
    docstring): grains dense on the nodal lines, thinning into a scatter; a raking
    light from the bottom corner lights each grain's near side and throws a shadow
    behind it; the title's band holds only the dark plate in the light's falloff."""
    res = min(s.work, 640)  # a grain is a cell: at most a 640th of the cover
    low = min(res, 320)  # the figure's lines are smooth: their chance is drawn coarser
    field, plate = _figure(s, low, 1 if s.stark else 3, swell=not s.stark)
    width = SAND_WIDTH * (1.15 if s.stark else 1.0 + 0.6 * (1.0 - s.direction.energy))
    width = max(width, 1.3 / res)
    still = np.exp(-((field / F32(width)) ** 2))
    halo = np.exp(-((field / F32(4 * width)) ** 2))
    dense = 0.85 if s.stark else 0.9 + 0.3 * s.direction.energy
    chance = np.minimum(dense * still, 0.97) + (0.03 if s.stark else 0.05) * halo + 0.003
    quiet = s.quiet(low, 0.0)
    chance = _up(chance * quiet, res)
    draw = s.rng.random((res, res), dtype=F32)
    hit = draw < chance
    # a grain's brightness: how far under its chance the draw fell (uniform 0.55..1)
    grains = np.zeros((res, res), np.uint8)
    grains[hit] = (140.0 + 115.0 * draw[hit] / chance[hit]).astype(np.uint8)
    mask = Image.fromarray(grains, "L")
    # the raking light: from the bottom corner away from the crossing, falling off
    t = (np.arange(low, dtype=F32) + 0.5) / low
    side = 1.0 if plate.centre[0] < 0.5 else 0.0
    reach = np.hypot(t[None, :] - side, t[:, None] - 1.05)
    light = np.exp(-((reach / 1.05) ** 2)).astype(F32)
    light = 0.3 + 1.1 * light * (0.35 + 0.65 * quiet)
    plate_ink, sand_ink = (np.asarray(c, F32) for c in _sand_inks(s))
    ground = _lit(plate_ink, np.minimum(light, 1.2), res)
    # each grain's shadow falls away from the light: a hard one beside it, a soft one
    step = 1 if side else -1
    hard = ImageChops.offset(mask, -step, -1).point(lambda v: v * 7 // 10)
    soft = raster.fast_blur(ImageChops.offset(mask, -2 * step, -2), 2.5, 2).point(
        lambda v: min(255, v * 9 // 10)
    )
    shadow = ImageChops.lighter(hard, soft)
    ground = Image.composite(Image.new("RGB", (res, res), (0, 0, 0)), ground, shadow)
    ground.paste(_lit(sand_ink, np.minimum(0.4 + 0.6 * light, 1.0), res), (0, 0), mask)
    img = ground
    if img.size[0] != s.work:
        img = img.resize((s.work, s.work), Image.Resampling.BICUBIC)
    s.img.paste(img)
    if s.column:
        return compose.clip_box((0.36, 0.0, 1.0, 1.0))
    return compose.clip_box((0.0, s.top(), 1.0, 1.0))  # the sand fills the plate below


def _hand_cut(s: Sheet, field: np.ndarray) -> np.ndarray:
    """The figure as a hand transfers it to the block: every line bent a little off
    the plate's true lattice by a slow wander (a perfect grid reads as tiles)."""
    res = field.shape[0]
    reach = 0.025 * res
    dy, dx = (
        (_up(raster.fractal_noise(s.rng, cells=3, octaves=2, res=64), res) - 0.5) * 2 * reach
        for _ in range(2)
    )
    idx = np.arange(res, dtype=F32)
    ys = np.clip(np.rint(idx[:, None] + dy), 0, res - 1).astype(np.intp)
    xs = np.clip(np.rint(idx[None, :] + dx), 0, res - 1).astype(np.intp)
    return field[ys, xs]


MIN_LINES = 5  # about how many carved lines cross the block at least


def _block(s: Sheet) -> tuple[float, float, float, float]:
    """Where the square block stands (x0, y0, x1, y1, fractions of the side): below
    the title's band, bleeding off the foot; calm music keeps a margin of paper each
    side, louder music runs off one side (the seed says which); CJK columns on the left
    keep it to the right."""
    if s.column:
        return (0.4, 0.08, 1.04, 0.92)
    top = s.band + 0.03
    height = 1.04 - top
    width = min(0.96, max(height, 0.62) + 0.1 * s.direction.energy)
    if s.direction.energy < 0.45:  # calm: a margin of paper each side
        x0 = 0.5 - width / 2 + float(s.rng.uniform(-0.04, 0.04))
    else:  # louder: off one side
        x0 = 1.04 - width if s.rng.random() < 0.5 else -0.04
    return (x0, top, x0 + width, 1.04)


def _inside(box: tuple[float, float, float, float], res: int, rough: np.ndarray) -> np.ndarray:
    """The block's face on a res x res page, its edge a little rough."""
    x0, y0, x1, y1 = box
    t = (np.arange(res, dtype=F32) + 0.5) / res
    return (
        (t[None, :] > x0 + rough)
        & (t[None, :] < x1 - rough)
        & (t[:, None] > y0 + rough.T)
        & (t[:, None] < y1 - rough.T)
    )


def _carve(
    s: Sheet, low: int, res: int, box: tuple[float, float, float, float], width: float, wobble
) -> np.ndarray:
    """The nodal lines carved into the block, the figure rung higher until the block
    holds a figure, not two cuts."""
    x0, y0, x1, y1 = box
    area = (
        slice(int(max(y0, 0) * res), int(min(y1, 1) * res)),
        slice(int(max(x0, 0) * res), int(min(x1, 1) * res)),
    )
    side = min(x1, 1.0) - max(x0, 0.0)
    for more in (2, 4, 6):
        field, _ = _figure(s, low, 4, more, swell=True)
        field = _up(_hand_cut(s, field), res)
        carved = field < width * (1.0 + 0.8 * wobble)  # the gouge wanders a little
        if carved[area].mean() * side / (2 * width) >= MIN_LINES:
            break
    return carved


def print_(s: Sheet) -> compose.Box:
    """The figure as a linocut (module docstring): ink where the plate moves, paper in
    the carved nodal lines, the square block placed as _block says."""
    res = min(s.work, 512)
    low = min(res, 288)  # the figure is smooth: drawn coarser, scaled up
    wobble = _up(raster.fractal_noise(s.rng, cells=32, octaves=3, res=low), res)
    wobble = (wobble - 0.5).astype(F32)
    width = 0.006 + 0.004 * (1.0 - s.direction.energy)
    box = _block(s)
    mottle = _up(raster.fractal_noise(s.rng, cells=40, octaves=3, res=low), res)
    paper = np.asarray(s.inks.field, F32)
    rgb = np.broadcast_to(paper, (res, res, 3)).astype(F32)
    speck = (mottle < 0.22) & (s.rng.random((res, res), dtype=F32) < 0.25)  # thin ink
    carved = _carve(s, low, res, box, width, wobble)
    inside = _inside(box, res, 0.012 * wobble)
    ink = inside & ~carved & ~speck
    depth = np.where(ink, 0.86 + 0.14 * mottle, 0.0).astype(F32)
    rgb = rgb + (np.asarray(_print_ink(s), F32) - rgb) * depth[..., None]
    second = _second_ink(s)
    if second is not None:  # a second ink in the carved lines, a little off register
        off = max(1, res // 150)
        lines = _shift((inside & carved).astype(F32), off, off) * (depth == 0)
        rgb = rgb + (second - rgb) * (0.92 * lines)[..., None]
    img = Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB")
    if img.size[0] != s.work:
        img = img.resize((s.work, s.work), Image.Resampling.BICUBIC)
    s.img.paste(img)
    return compose.clip_box(box)


def _print_ink(s: Sheet) -> RGB:
    """The block's ink: the cover's mass, deep enough to hold the carved lines on the
    paper (near black on a vivid field or for hard music)."""
    if s.joy:  # a bright primary as it is
        return s.inks.mass
    light, chroma, _ = rgb_to_oklch(s.inks.field)
    if s.inks.dark:  # a dark field: the block prints in the pale mark (bone when hard)
        most = 0.015 if s.stark else 0.1
        return raster.tone(s.inks.mark, 0.88, min(rgb_to_oklch(s.inks.mark)[1], most))
    if s.stark:
        return raster.tone(s.inks.mass, 0.14, 0.01)
    if chroma >= raster.VIVID_FIELD:
        return raster.tone(s.inks.mass, 0.18, 0.03)
    return raster.tone(s.inks.mass, min(0.45, light - 0.4), rgb_to_oklch(s.inks.mass)[1])


def _second_ink(s: Sheet) -> np.ndarray | None:
    """The ink the carved lines take, if any: the gold sand for classical music on paper
    (a blue block with gold lines), else none (the paper shows through). Lines in a
    second primary (pink on lime, lime on blue) read as giraffe print or microbes."""
    if s.stark or s.inks.dark or s.joy:
        return None
    if s.inks.mark != s.inks.field:
        return np.asarray(s.inks.mark, F32)
    return None
