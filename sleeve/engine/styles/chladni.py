"""Chladni: fine sand gathered on the nodal lines of a vibrating plate, as in a
photograph of a real plate or a plate drawn in an acoustics treatise.

the two loudest spectrum bands, the key's tonic and the seed -> the two modes ringing
together (a square plate's (n, m) pairs, a round plate's Bessel modes), so no two
tracks share a figure; the spectrum of each section of the song -> the modes of each
small plate in the grid; energy -> the width of the sand lines; turbulence and the
seed -> the composition, calm to rough: a grid of small plates (one per section), a
square (rarely violin-shaped) plate off-centre, a round plate on a bare field, a big
round plate rising from an edge, or a close crop of a plate; the seed -> sand or
drawn lines, scale and position. Metal is bone or ash sand on a black plate; other
genres take light sand on a dark plate or a drawing on cream from the palette.
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
from sleeve.engine.styles.cover_parts import chladni_modes as modes
from sleeve.engine.styles.cover_parts.calm_zone import subject_y, title_band

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


def _colours(direction: ArtDirection, rng: np.random.Generator) -> tuple[RGB, RGB, RGB]:
    """(field, plate, sand): bone or ash on black for metal; otherwise light sand on a
    dark plate or dark sand on a cream one, from the palette."""
    pal = direction.palette
    if direction.genre == "metal":
        field = raster.tone(pal.background, 0.1, 0.006)
        plate = raster.tone(pal.background, float(rng.choice((0.1, 0.15))), 0.008)
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
    distance: np.ndarray,
    width: float,
    px: int,
    sand: bool,
    rng: np.random.Generator,
    view: fig.View | None = None,
) -> np.ndarray:
    """The figure's ink at px x px (the part in `view`): fine sand or drawn lines."""
    if sand:
        return fig.sand_ink(distance, width, px, rng, view)
    return fig.line_ink(distance, width * 1.2, px, view)


def _paint(
    ink: np.ndarray, plate: RGB, sand: RGB, shape: str, view: fig.View | None = None
) -> tuple[Image.Image, Image.Image]:
    """A plate's image (a faint sheen on a dark plate, a drawn rim on a light one) and
    its paste mask, for the part `view` of a plate the size of the ink by default."""
    view = view or (0, 0, ink.shape[1], ink.shape[0])
    px = max(view[2], view[3])
    if shape == "square":
        mask = np.ones(ink.shape, np.float32)
    else:
        mask = {"round": fig.disc_mask, "violin": fig.violin_mask}[shape](px)
        mask = mask[view[1] : view[3], view[0] : view[2]]
    if rgb_to_oklch(plate)[0] >= 0.6 and shape != "square":
        ink = np.maximum(ink, fig.outline(mask, px))
    axis = (np.arange(px, dtype=np.float32) + 0.5) / px
    sheen = np.exp(-((axis[None, :] - 0.35) ** 2 + (axis[:, None] - 0.3) ** 2) * 3.0) * 0.08
    sheen = sheen[view[1] : view[3], view[0] : view[2]].astype(np.float32)
    dims = (ink.shape[1], ink.shape[0])
    base = Image.new("RGB", dims, raster.tone(plate, rgb_to_oklch(plate)[0] + 0.06))
    base = raster.blend(Image.new("RGB", dims, plate), base, sheen)
    img = raster.blend(base, Image.new("RGB", dims, sand), ink)
    return img, raster.to_image(mask)


def _plate(figure: tuple[str, list], px: int, turn: float) -> np.ndarray:
    """The nodal distance of one plate ringing in the given modes."""
    kind, ringing = figure
    res = min(px, fig.FIELD_RES)
    if kind == "round":
        return fig.nodal_distance(fig.round_field(ringing, turn, res)) * 2.0
    field = fig.square_figure(ringing, res)
    return fig.nodal_distance(field[:, ::-1] if turn > np.pi else field)


def layout_of(direction: ArtDirection) -> str:
    """The name of the composition render draws for `direction`, without drawing: one
    of LAYOUTS by the turbulence and the seed, a square plate rarely violin-shaped
    ("violin"), picked from a generator of its own."""
    rng = raster.rng_for(direction, "chladni-layout")
    layout = compose.pick(rng, LAYOUTS, direction.turbulence)
    return "violin" if layout == "square" and rng.random() < 0.12 else layout


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the Chladni cover (RGB, size x size)."""
    name = layout_of(direction)
    layout = "square" if name == "violin" else name
    rng = raster.rng_for(direction, "chladni")
    side = title_band(direction, rng)
    sand_look = direction.genre == "metal" or rng.random() < 0.7
    sand_look = sand_look or layout == "node"  # a close crop is a photograph
    field, plate, sand = _colours(direction, rng)
    work = raster.work_size(size)
    img = Image.new("RGB", (work, work), field)
    width = 0.003 + 0.0024 * direction.energy  # of the cover: the same sand at any scale
    key = (*_track_bands(direction), int(rng.integers(1 << 16)))
    turn = float(rng.uniform(0, 2 * np.pi))
    if layout == "node":  # full bleed: the field is the plate
        focal = _node(img, direction, rng, side, (field, plate, sand), sand_look, key)
    elif layout == "grid":
        focal = _grid(img, direction, rng, side, (plate, sand), sand_look)
    else:
        shape = name if layout == "square" else "round"  # square or violin
        if layout == "disc":
            r = float(rng.uniform(0.19, 0.3))  # large in the middle or small on a third
            cx = 0.5 if r > 0.26 else float(rng.choice((0.32, 0.68))) + rng.uniform(-0.03, 0.03)
            low = max(0.04, r - 0.13)  # the plate's top edge stays below the title's band
            cy = subject_y(side, float(rng.uniform(low, max(low, 0.48 - r))))
        elif layout == "rim":
            r = float(rng.uniform(0.55, 0.8))
            cx = float(rng.uniform(0.25, 0.75))
            cy = subject_y(side, r * float(rng.uniform(0.55, 0.8)) + 0.12)
        else:
            r = float(rng.uniform(0.22, 0.28)) * (1.15 if shape == "violin" else 1.0)
            cx = float(rng.choice((0.36, 0.5, 0.64))) + float(rng.uniform(-0.03, 0.03))
            low = max(0.06, r - 0.14)  # the plate's top edge stays below the title's band
            cy = subject_y(side, float(rng.uniform(low, max(low, 0.47 - r))))
        px = max(8, round(2 * r * work))
        detail = 3 if layout == "rim" else 2 if shape == "violin" else 1
        figure = modes.figure(shape, key, rng, detail)
        at = (round((cx - r) * work), round((cy - r) * work))
        view = (max(0, -at[0]), max(0, -at[1]), min(px, work - at[0]), min(px, work - at[1]))
        ink = _ink(_plate(figure, px, turn), width / (2 * r), px, sand_look, rng, view)
        plate_img, mask = _paint(ink, plate, sand, shape, view)
        img.paste(plate_img, (at[0] + view[0], at[1] + view[1]), mask)
        focal = compose.around(cx, cy, r)
    img = raster.to_size(img, size)
    return Artwork(finish(img, direction, "chladni", 0.02), compose.clip_box(focal), name)


def _grid(
    img: Image.Image,
    direction: ArtDirection,
    rng: np.random.Generator,
    side: str,
    colours: tuple[RGB, RGB],
    sand_look: bool,
) -> compose.Box:
    """A 2 x 2 or 3 x 3 grid of small plates, one per section of the song, in order."""
    work = img.size[0]
    k = 3 if direction.density > 0.45 else 2
    block = 0.56 if k == 2 else 0.6  # fits between the title's band and the far edge
    gap = block * (0.06 if k == 2 else 0.05)
    cell = (block - gap * (k - 1)) / k
    x0 = float(rng.choice((0.5 - block / 2, 0.08, 0.92 - block)))
    y0 = 0.37 if side == "top" else 0.63 - block
    shape = "round" if rng.random() < 0.5 else "square"
    turn = float(rng.uniform(0, 2 * np.pi))
    px = max(8, round(cell * work))
    salt = int(rng.integers(1 << 16))
    for i, (a, b) in enumerate(_section_bands(direction, k * k)):
        figure = modes.figure(shape, (a, b, salt + i), rng, 3 - k)
        width = (0.008 + 0.005 * direction.energy) * (1.3 if k == 3 else 1.0)
        ink = _ink(_plate(figure, px, turn), width, px, sand_look, rng)
        plate_img, mask = _paint(ink, *colours, shape)
        at = (x0 + (i % k) * (cell + gap), y0 + (i // k) * (cell + gap))
        img.paste(plate_img, (round(at[0] * work), round(at[1] * work)), mask)
    return (x0, y0, x0 + block, y0 + block)


def _node(
    img: Image.Image,
    direction: ArtDirection,
    rng: np.random.Generator,
    side: str,
    colours: tuple[RGB, RGB, RGB],
    sand_look: bool,
    key: tuple[int, int, int],
) -> compose.Box:
    """Full bleed, a square plate's whole figure or a close look at part of a round
    one, its centre off the middle; it fades out in the title's band."""
    work = img.size[0]
    field, plate, sand = colours
    res = min(work, fig.FIELD_RES)
    shape, ringing = modes.figure(str(rng.choice(("square", "round"))), key, rng, 2)
    zoom = float(rng.uniform(0.5, 0.8) if shape == "round" else rng.uniform(0.75, 1.0))
    if shape == "round":  # a close look at part of a round plate, its centre off the middle
        at = rng.uniform(-0.95 + zoom * 1.2, 0.95 - zoom * 1.2, 2) if zoom < 0.79 else (0, 0)
        grid = fig.round_field(ringing, float(rng.uniform(0, 6.3)), res, (*at, zoom))
    else:
        lo = float(rng.uniform(0.0, 1.0 - zoom))
        shift = float(rng.uniform(-lo, 1.0 - zoom - lo))
        grid = sum(
            np.float32(w) * fig.square_field(n, m, s, lo, lo + zoom, res, shift)
            for n, m, s, w in ringing
        )
    if rng.random() < 0.5:
        grid = grid[:, ::-1]
    width = (0.003 + 0.003 * direction.energy) / (zoom if shape == "square" else 1.0)
    ink = _ink(fig.nodal_distance(grid), width, work, sand_look, rng)
    y = (np.arange(work, dtype=np.float32) + 0.5) / work
    fade = np.clip(((y if side == "top" else 1.0 - y) - 0.3) / 0.16, 0.0, 1.0)
    light = rgb_to_oklch(field)[0] < 0.5
    ink_colour = (
        sand
        if direction.genre == "metal"
        else raster.tone(direction.palette.accent, 0.9 if light else 0.22, 0.06)
    )
    plate_img, _ = _paint(ink * fade[:, None], field, ink_colour, "square")
    img.paste(plate_img)
    return (0.0, 0.36, 1.0, 1.0) if side == "top" else (0.0, 0.0, 1.0, 0.64)
