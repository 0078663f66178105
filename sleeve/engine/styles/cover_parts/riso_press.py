"""The risograph press: plates (tone fields at riso_shapes.RES) screened at full size
and printed in their inks on the stock, each drum a little off register (the
second slips a seeded way, the third a little across it).

Tones print as a coarse dot screen (a cosine spot function; the drums alternate 45
and 0 degree screens), solids flat with crisp edges; inks overprint by multiplying on
pale stock and print opaque on dark stock (as over a white underbase); the paper's
mottle and fibres show through. A plate's tones are screened by one add and one
gather (a table from spot step and 8-bit tone to coverage step); the three drums and
the paper's mottle are combined through one lookup table (16 coverage levels per
drum, 8 paper shades), so a print costs gathers, not chains of full-size float ops
and colour blends.

Each drum lays its ink unevenly, as a real riso does (a review: "the riso texture is
too clean", flat digital fills): a soft mottle where the ink thins, streaks along
the paper's feed from the drum's roller, and specks where the ink did not take
(starved).
"""

from __future__ import annotations

import numpy as np
from PIL import Image
from scipy import ndimage

from sleeve.engine import raster
from sleeve.engine.raster import RGB
from sleeve.engine.styles.cover_parts.riso_shapes import RES

LEVELS = 16  # coverage levels per drum in the lookup table
FIELD_LEVELS = 8  # steps of the sheet's texture field in the lookup table
TEXTURE = 0.08  # how far the paper's mottle and fibres darken it
STARVE = 0.26  # how far a drum's ink thins in its lightest patches and streaks
_PHASE = np.linspace(0, 2 * np.pi, 256, endpoint=False)
SPOT = np.sort((np.cos(_PHASE)[:, None] + np.cos(_PHASE)[None, :]).ravel())  # its spread
STEPS = 2048  # tone steps of the even-tone table
EVEN = ((2.2 - np.interp(1 - np.linspace(0, 1, STEPS + 1), np.linspace(0, 1, SPOT.size), SPOT))
        / 4.4).astype(np.float32)  # fmt: skip


def _even(tone: np.ndarray) -> np.ndarray:
    """Tones re-mapped so that a tone t inks t of the sheet: the spot's threshold
    2.2 - 4.4 t' is the level that a share t of the spot function tops (a table
    lookup, not a search per pixel)."""
    index = (np.clip(tone, 0, 1) * STEPS + 0.5).astype(np.int32)
    return np.where(tone > 0.005, EVEN[index], np.float32(0.0))


def _split(plate: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """A plate as its screened tones and its solids (solid shapes and two pixels round
    them, so a solid edge is cut clean instead of fringed with dots)."""
    near = ndimage.maximum_filter((plate >= 0.97).view(np.uint8), size=5, mode="nearest") > 0
    tones = np.where(near, 0.0, plate).astype(np.float32)
    return tones, np.where(near, plate, 0.0).astype(np.float32)


def _grey(field: np.ndarray) -> Image.Image:
    """A 0..1 plate field as an 8-bit grey image, ready to upscale."""
    return Image.fromarray((np.clip(field, 0, 1) * 255 + 0.5).astype(np.uint8), "L")


FIXED = (LEVELS - 1) * 16  # full coverage in the screen's fixed point (4 fraction bits)


def _screen(
    size: int, cells: float, turned: bool
) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """A dot screen in fixed point: the spot's share of each pixel's coverage (int16,
    full size), a table from 8-bit tone to its share, and a cap per tone (or None),
    so screening a plate is one small lookup at the tone's own resolution, one add
    and one clip instead of a full-size gather.

    The spot function of a square screen: cos x + cos y at 0 degrees, 2 cos x' cos y'
    at 45 (x', y' the diagonals' frequency); ink where the spot (-2..2) tops 2.2 - 4.4
    tone: about `tone` of the cell, and no dot at all where there is no tone. The
    coverage is linear in the spot and the tone, so it splits into their two shares."""
    k = 2 * np.pi * cells / size
    gain = 1.2 / k  # the spot changes by about k a pixel: an edge a pixel wide
    fine = float(np.clip((6.0 - size / cells) / 4.0, 0.0, 1.0))  # dots too small to draw:
    spot_scale = FIXED * (1 - fine) * gain  # print the cover they would make instead
    base = FIXED * (1 - fine) * (0.5 - 2.2 * gain) + 8  # + 8: rounded to a level
    p = np.arange(size, dtype=np.float32) + np.float32(0.5)
    if turned:
        w = np.cos(p * np.float32(k / np.sqrt(2))) * np.float32(np.sqrt(2 * spot_scale))
        spot = w[:, None] * w[None, :]
        spot += np.float32(base)
        spot = spot.astype(np.int16)
    else:
        q = np.cos(p * np.float32(k)) * np.float32(spot_scale)
        spot = (q[:, None] + np.float32(base) + q[None, :]).astype(np.int16)
    tone = np.arange(256, dtype=np.float32) / np.float32(255)
    share = np.round(FIXED * ((1 - fine) * 4.4 * gain + fine) * tone).astype(np.int16)
    cap = None
    if gain < 2.5:  # coarse pixels: the spot's top would print a speck where tone is 0
        cap = np.round(FIXED * ((1 - fine) * 20 + fine) * tone + 8).astype(np.int16)
    return spot, share, cap


def _screened(screen: tuple, field: np.ndarray, size: int) -> np.ndarray:
    """A plate's tones (8-bit, at _half resolution) as coverage levels through the
    screen (_screen), uint16."""
    spot, share, cap = screen
    half = field.shape[0]
    cover = _blocks(spot, half) + _doubled(share[field], size)
    if cap is not None:
        np.minimum(cover, _doubled(cap[field], size), out=cover)
    np.clip(cover, 8, FIXED + 8, out=cover)
    cover >>= 4
    return cover.reshape(size, size).view(np.uint16)


def shift(plate: np.ndarray, dx: int, dy: int) -> np.ndarray:
    """A plate printed dx, dy plate pixels off register (edges held)."""
    h, w = plate.shape
    padded = np.pad(plate, ((abs(dy), abs(dy)), (abs(dx), abs(dx))), mode="edge")
    return padded[abs(dy) - dy : abs(dy) - dy + h, abs(dx) - dx : abs(dx) - dx + w]


def _solid_table(size: int) -> list[int]:
    """The point table that sharpens an upscaled solid's soft edge to a crisp,
    anti-aliased one and steps it to coverage levels (one entry per 8-bit grey)."""
    sharp = max(size / RES * 1.2, 1.0)
    ramp = np.clip(np.arange(256, dtype=np.float32) / 255 * sharp + 0.5 - 0.5 * sharp, 0, 1)
    return (ramp * (LEVELS - 1) + 0.5).astype(np.uint8).tolist()


def _half(size: int) -> int:
    """The side a smooth field is scaled to before each of its pixels covers 2 x 2 of
    the sheet (a tone under a dot screen of 20 to 40 cells, the sheet's mottle): a
    quarter of the resizing, and no visible step."""
    return size // 2 if size % 2 == 0 and size >= 512 else size


def _doubled(field: np.ndarray, size: int) -> np.ndarray:
    """A (side, side) field as a view that broadcasts over the sheet's (size, size)
    pixels reshaped to (side, k, side, k) blocks."""
    side = field.shape[0]
    k = size // side
    return field[:, None, :, None] if k > 1 else field


def _blocks(sheet: np.ndarray, side: int) -> np.ndarray:
    """The (size, size) sheet seen as (side, k, side, k) blocks for _doubled fields."""
    size = sheet.shape[0]
    k = size // side
    return sheet.reshape(side, k, side, k) if k > 1 else sheet


def texture(rng: np.random.Generator, size: int) -> np.ndarray:
    """The sheet's one texture field at full size as 0 .. FIELD_LEVELS - 1 in the top
    bits of a uint16 index: a soft mottle, streaks along the feed (rows) from the
    roller and the paper's stretched fibres, drawn at 128 px and scaled up once. Both
    the drums' thinning and the paper's shade read it (_lut): the ink thins where it
    is high and the bare paper is a shade darker where it is low, so one field gives
    the whole sheet its grain (no per-drum full-size noise, no blurred specks that
    read as dirt)."""
    side = 128
    mottle = raster.fractal_noise(rng, cells=7, octaves=2, res=side)
    streak = np.repeat(rng.random((side, 1)).astype(np.float32), side, axis=1)
    streak = np.asarray(
        Image.fromarray(streak, "F").resize((side // 8, side // 2)).resize((side, side)),
        np.float32,
    )
    fibre = np.asarray(
        Image.fromarray(rng.random((side, side // 4)).astype(np.float32), "F").resize(
            (side, side), Image.Resampling.BILINEAR
        ),
        np.float32,
    )
    thin = 0.5 * mottle + 0.3 * streak + 0.2 * fibre
    thin = (thin - thin.min()) / max(float(np.ptp(thin)), 1e-6)
    thin = np.clip((thin - 0.3) / 0.7, 0, 1)  # full ink over a third of the sheet, starved patches
    field = Image.fromarray((thin * (FIELD_LEVELS - 0.01)).astype(np.uint8), "L")
    half = _half(size)
    up = np.asarray(field.resize((half, half), Image.Resampling.BILINEAR), np.uint16) << 12
    index = np.empty((size, size), np.uint16)
    _blocks(index, half)[...] = _doubled(up, size)
    return index


def _lut(paper: RGB, inks: list[RGB], dark: bool) -> np.ndarray:
    """Colour for every combination of coverage levels of the three drums and of the
    sheet's texture (FIELD_LEVELS steps: the drums' ink thinned by up to STARVE, the
    bare paper darkened by up to TEXTURE where the ink lies full), as RGBX words."""
    c = np.linspace(0, 1, LEVELS, dtype=np.float32)
    f = (np.arange(FIELD_LEVELS, dtype=np.float32) + 0.5) / FIELD_LEVELS
    full = (1 - STARVE * f)[:, None, None, None, None]
    a, b, d = np.meshgrid(c, c, c, indexing="ij")
    printed = np.ones((FIELD_LEVELS,) + (LEVELS,) * 3 + (3,), np.float32)
    for cover, ink in zip((a, b, d), inks, strict=True):
        printed *= 1 - full * cover[None, ..., None] * (1 - raster.rgbf(ink))
    stock = raster.rgbf(paper) * (1 - TEXTURE * (1 - f))[:, None, None, None, None]
    if dark:  # opaque inks over the dark stock
        mix = np.maximum(np.maximum(a, b), d)[None, ..., None] * full * np.float32(0.94)
        out = stock + (printed - stock) * mix
    else:
        out = stock * printed
    rgbx = np.zeros((out.size // 3, 4), np.uint8)
    rgbx[:, :3] = (np.clip(out, 0, 1) * 255 + 0.5).astype(np.uint8).reshape(-1, 3)
    return rgbx.view(np.uint32).ravel()


def press(
    plates: list[np.ndarray],
    inks: list[RGB],
    paper: RGB,
    size: int,
    rng: np.random.Generator,
    screen_args: tuple[float, float],
) -> Image.Image:
    """Print three plates in their inks on the paper: misregister, screen (cells,
    dot gain; drums alternate 45 and 0 degree screens), combine, and show the
    sheet's texture."""
    cells, gain = screen_args
    dark = bool(raster.rgbf(paper).mean() < 0.4)
    slip = rng.uniform(0, 2 * np.pi)  # the drums slip one way, each a little further
    reach = rng.uniform(0.005, 0.013) * RES  # visible at a phone's size, not a blur
    index = texture(rng, size)
    screens: dict[bool, tuple] = {}  # the 45 and 0 degree screens, each made once
    half = _half(size)
    for k, plate in enumerate(plates):
        step = reach * (k - 0.5 * (k > 1)) * np.array((np.cos(slip), np.sin(slip)))
        off = np.round(step + (k > 1) * reach * np.array((-np.sin(slip), np.cos(slip))))
        tone, solid = _split(shift(plate, int(off[0]), int(off[1])))
        levels = None
        if tone.max() > 0.01:
            tone = _even(np.power(np.clip(tone, 0, 1), 1.0 / (1.0 + gain)))
            field = np.asarray(_grey(tone).resize((half, half), Image.Resampling.BILINEAR))
            turned = k != 1
            if turned not in screens:
                screens[turned] = _screen(size, cells, turned)
            levels = _screened(screens[turned], field, size)
        if solid.any():
            up = _grey(solid).resize((size, size), Image.Resampling.BILINEAR)
            edge = np.asarray(up.point(_solid_table(size)), np.uint16)
            levels = edge if levels is None else np.maximum(levels, edge, out=levels)
        if levels is not None:
            levels <<= 4 * (2 - k)
            index |= levels
    words = np.take(_lut(paper, inks, dark), index)
    return Image.frombuffer("RGBX", (size, size), words, "raw", "RGBX", 0, 1).convert("RGB")
