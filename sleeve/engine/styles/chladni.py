"""Chladni: sand gathered on the nodal lines of a vibrating plate, the plate's modes
taken from the track's dominant frequency bands.

the two loudest spectrum bands -> the mode numbers of the figure (a square plate's
(n, m), a round plate's Bessel modes); the spectrum of each section of the song ->
the modes of each small plate in the grid; energy -> the width of the nodal lines;
turbulence and the seed -> the composition, calm to rough: a grid of small plates
(one per section), a square plate floating off-centre, a round plate on a bare
field, a big round plate rising from an edge, or a close crop on one node; the
seed -> sand grains or smooth lines, and which palette scheme (light sand on a
dark plate, dark on cream).
The subject keeps out of the band the title's layout prefers. Without audio the
bands come from a synthesized spectrum (see signals).
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from sleeve.engine import compose, raster, signals
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import RGB, ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts import chladni_figures as fig
from sleeve.engine.styles.cover_parts.calm_zone import title_band
from sleeve.engine.styles.cover_parts.plan import clip_box, subject_y

STYLE = StyleInfo(
    name="chladni",
    family="graphic",
    fits=("classical", "ambient", "electronic", "jazz", "world"),
    music=True,
)

LAYOUTS = ("grid", "square", "disc", "rim", "node")


def _section_bands(direction: ArtDirection, sections: int) -> list[tuple[int, int]]:
    """Per section of the song, in time order: the loudest band (0-based) and the band
    that stands out most against the song's average there (so sections differ)."""
    spec = signals.spectrum(direction, sections * 4, 24).reshape(sections, 4, 24).mean(axis=1)
    mean = spec.mean(axis=0)
    out: list[tuple[int, int]] = []
    for i, row in enumerate(spec):
        bands = (int(np.argmax(row)), int(np.argmax(row - mean)) + i)
        if out and bands == out[-1]:
            bands = (bands[0], bands[1] + 1)
        out.append(bands)
    return out


def _track_bands(direction: ArtDirection) -> tuple[int, int]:
    """The song's two loudest band peaks, moved along by its key's tonic."""
    a, b = signals.dominant_bands(direction, 2, bands=24)
    tonic = int(np.argmax(signals.chroma(direction)))
    return a + tonic, b + 2 * tonic


def _square_modes(a: int, b: int) -> tuple[int, int, float]:
    """A square plate's (n, m) and sign from two bands: m at least n + 2 (neighbouring
    modes only draw diagonal waves)."""
    n = 2 + a % 6
    return n, n + 2 + b % 4, -1.0 if (a + b) % 3 else 1.0


def _round_modes(a: int, b: int) -> list[tuple[int, int, float]]:
    """A round plate's (n, s, weight) modes from two bands: an n-fold mode, its
    double and a ring mode, so the figure keeps an n-fold flower symmetry."""
    n, s = 2 + (a + b) % 5, 1 + b % 3
    return [(n, s, 1.0), (2 * n, s, 0.3 + 0.1 * (b % 4)), (0, s + 1 + a % 2, 0.35)]


def _colours(direction: ArtDirection, rng: np.random.Generator) -> tuple[RGB, RGB, RGB]:
    """(field, plate, sand): light sand on a dark plate or dark sand on a cream one."""
    pal = direction.palette
    dark = compose.dark_field(rgb_to_oklch(pal.background)[0]) or direction.valence < 0.35
    field = raster.ground(pal.background, 0.15 if dark else 0.93, 0.03)
    field_l = rgb_to_oklch(field)[0]
    second = pal.colors[1 % len(pal.colors)]
    if (field_l < 0.5 and rng.random() < 0.5) or (field_l >= 0.5 and rng.random() < 0.3):
        plate = raster.tone(second, 0.9, 0.03)
        sand = raster.tone(pal.colors[0], 0.24, 0.09)
    else:
        plate = raster.tone(pal.colors[0], 0.28 if field_l < 0.5 else 0.24, 0.05)
        sand = raster.tone(pal.accent, 0.9, 0.06)
    if rgb_to_oklch(field)[1] >= raster.VIVID_FIELD:  # a vivid field keeps a vivid look:
        hue = rgb_to_oklch(field)[2]  # a deep plate of another palette hue, or the field's
        deep = [
            c
            for c in pal.colors
            if rgb_to_oklch(c)[1] >= 0.05 and abs((rgb_to_oklch(c)[2] - hue + 180) % 360 - 180) > 40
        ]
        if deep and rng.random() < 0.5:
            plate, sand = raster.tone(deep[0], 0.3, 0.1), raster.tone(pal.accent, 0.92, 0.06)
        else:
            plate = raster.tone(field, min(rgb_to_oklch(plate)[0], 0.78), 0.12)
    return field, plate, sand


def _ink(
    distance: np.ndarray, width: float, px: int, sand: bool, size: int, rng: np.random.Generator
) -> np.ndarray:
    """The figure's ink at px x px: sand grains or smooth lines."""
    if sand:
        return fig.sand_ink(distance, width * 1.5, px, fig.grain_px(size), rng)
    return fig.line_ink(distance, width, px)


def _paint(
    ink: np.ndarray, plate: RGB, sand: RGB, round_plate: bool
) -> tuple[Image.Image, Image.Image]:
    """A plate's image and its paste mask."""
    px = ink.shape[0]
    img = raster.blend(Image.new("RGB", (px, px), plate), Image.new("RGB", (px, px), sand), ink)
    mask = fig.disc_mask(px) if round_plate else np.ones((px, px), np.float32)
    return img, raster.to_image(mask)


def _plate(
    bands: tuple[int, int], round_plate: bool, px: int, turn: float, mix: float
) -> np.ndarray:
    """The nodal distance of one plate ringing in the modes of two bands, with `mix`
    of a second figure (the bands' roles swapped) ringing along."""
    res = min(px, fig.FIELD_RES)
    if round_plate:
        modes = _round_modes(*bands)
        modes[1] = (modes[1][0], modes[1][1], mix)
        return fig.nodal_distance(fig.round_field(modes, turn, res)) * 2.0
    n, m, sign = _square_modes(*bands)
    n2, m2, _ = _square_modes(bands[1], bands[0])
    field = fig.square_field(n, m, sign, 0.0, 1.0, res)
    field += np.float32(mix) * fig.square_field(n2, m2, -sign, 0.0, 1.0, res)
    return fig.nodal_distance(field)


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the Chladni cover (RGB, size x size)."""
    rng = raster.rng_for(direction, "chladni")
    layout = compose.pick(rng, LAYOUTS, direction.turbulence)
    side = title_band(direction, rng)
    sand_look = rng.random() < 0.55
    field, plate, sand = _colours(direction, rng)
    work = raster.work_size(size)
    img = Image.new("RGB", (work, work), field)
    width = 0.009 + 0.009 * direction.energy
    a, b = _track_bands(direction)
    bands = (a, b + int(rng.integers(4)))  # the seed picks among neighbouring modes
    turn = float(rng.uniform(0, 2 * np.pi))
    mix = float(rng.uniform(0.0, 0.6))
    if layout == "node":  # full bleed: the field is the plate
        light = rgb_to_oklch(field)[0] < 0.5
        ink = raster.tone(direction.palette.accent, 0.9 if light else 0.22, 0.07)
        focal = _node(img, direction, rng, side, (field, ink), sand_look, size)
    elif layout == "grid":
        focal = _grid(img, direction, rng, side, (plate, sand), sand_look, size)
    else:
        round_plate = layout != "square"
        if layout == "disc":
            cx = float(rng.choice((0.5, 0.34, 0.66)))  # large in the middle or small on a third
            r = float(rng.uniform(0.28, 0.34) if cx == 0.5 else rng.uniform(0.2, 0.25))
            cy = subject_y(side, float(rng.uniform(0.09, 0.13)))
        elif layout == "rim":
            r = float(rng.uniform(0.55, 0.72))
            cx = float(rng.choice((0.5, 0.3, 0.7)))
            cy = subject_y(side, r * float(rng.uniform(0.55, 0.75)) + 0.12)
        else:
            r = float(rng.uniform(0.24, 0.29))
            cx = float(rng.choice((0.36, 0.64))) + float(rng.uniform(-0.03, 0.03))
            cy = subject_y(side, float(rng.uniform(0.1, 0.14)))
        px = max(8, round(2 * r * work))
        distance = _plate(bands, round_plate, px, turn, mix)
        ink = _ink(distance, width, px, sand_look, size, rng)
        plate_img, mask = _paint(ink, plate, sand, round_plate)
        img.paste(plate_img, (round((cx - r) * work), round((cy - r) * work)), mask)
        focal = compose.around(cx, cy, r)
    img = raster.to_size(img, size)
    return Artwork(finish(img, direction, "chladni", 0.02), clip_box(focal))


def _grid(
    img: Image.Image,
    direction: ArtDirection,
    rng: np.random.Generator,
    side: str,
    colours: tuple[RGB, RGB],
    sand_look: bool,
    size: int,
) -> compose.Box:
    """A 2 x 2 or 3 x 3 grid of small plates, one per section of the song, in order."""
    work = img.size[0]
    k = 3 if direction.density > 0.45 else 2
    block = 0.62 if k == 2 else 0.68
    gap = block * (0.06 if k == 2 else 0.05)
    cell = (block - gap * (k - 1)) / k
    x0 = float(rng.choice((0.5 - block / 2, 0.08, 0.92 - block)))
    y0 = subject_y(side, 0.13) - block / 2
    round_plate = rng.random() < 0.5
    turn = float(rng.uniform(0, 2 * np.pi))
    px = max(8, round(cell * work))
    sand_look = sand_look and k == 2  # sand on nine small plates is only noise
    for i, (a, b) in enumerate(_section_bands(direction, k * k)):
        distance = _plate((a % 3, b % 4), round_plate, px, turn, 0.3)  # small plates: low modes
        ink = _ink(distance, 0.014 + 0.01 * direction.energy, px, sand_look, size, rng)
        plate_img, mask = _paint(ink, *colours, round_plate)
        at = (x0 + (i % k) * (cell + gap), y0 + (i // k) * (cell + gap))
        img.paste(plate_img, (round(at[0] * work), round(at[1] * work)), mask)
    return (x0, y0, x0 + block, y0 + block)


def _node(
    img: Image.Image,
    direction: ArtDirection,
    rng: np.random.Generator,
    side: str,
    colours: tuple[RGB, RGB],
    sand_look: bool,
    size: int,
) -> compose.Box:
    """Full bleed, cropped close on one node of a square plate; the figure fades out
    in the title's band."""
    work = img.size[0]
    plate, sand = colours
    n, m, sign = _square_modes(*_track_bands(direction))
    n, m = n + 2, m + 2
    zoom = float(rng.uniform(0.36, 0.52))
    at = float(rng.uniform(0.3, 0.7))
    shift = float(rng.choice((0.0, rng.uniform(-0.25, 0.25))))  # on the diagonal, or off it
    res = min(work, fig.FIELD_RES)
    field = fig.square_field(n, m, sign, at - zoom / 2, at + zoom / 2, res, shift)
    if rng.random() < 0.5:
        field = field[:, ::-1]
    ink = _ink(
        fig.nodal_distance(field), 0.01 + 0.008 * direction.energy, work, sand_look, size, rng
    )
    y = (np.arange(work, dtype=np.float32) + 0.5) / work
    fade = np.clip(((y if side == "top" else 1.0 - y) - 0.3) / 0.16, 0.0, 1.0)
    plate_img, _ = _paint(ink * fade[:, None], plate, sand, False)
    img.paste(plate_img)
    return (0.0, 0.36, 1.0, 1.0) if side == "top" else (0.0, 0.0, 1.0, 0.64)
