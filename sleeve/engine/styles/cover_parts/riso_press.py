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

from sleeve.engine import raster
from sleeve.engine.raster import RGB
from sleeve.engine.styles.cover_parts.riso_shapes import RES

LEVELS = 16  # coverage levels per drum in the lookup table
PAPER_LEVELS = 8  # shades of the paper's mottle in the lookup table
TEXTURE = 0.09  # how far the paper's mottle and fibres darken it
STARVE = 0.28  # how far a drum's ink thins in its lightest patches and streaks
SPECKS = 0.008  # the share of the sheet where a drum's ink did not take
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
    near = plate >= 0.97
    for _ in range(2):
        grown = near.copy()
        for dy, dx in ((1, 0), (-1, 0), (0, 1), (0, -1), (1, 1), (1, -1), (-1, 1), (-1, -1)):
            grown |= np.roll(near, (dy, dx), axis=(0, 1))
        near = grown
    tones = np.where(near, 0.0, plate).astype(np.float32)
    return tones, np.where(near, plate, 0.0).astype(np.float32)


def _grey(field: np.ndarray) -> Image.Image:
    """A 0..1 plate field as an 8-bit grey image, ready to upscale."""
    return Image.fromarray((np.clip(field, 0, 1) * 255 + 0.5).astype(np.uint8), "L")


def _solid_levels(solids: np.ndarray, size: int) -> np.ndarray:
    """Solid shapes at full size as coverage steps with a crisp, anti-aliased edge:
    upscaled as 8-bit grey and sharpened and stepped by one 256-entry point table."""
    sharp = max(size / RES * 1.2, 1.0)
    ramp = np.clip(np.arange(256, dtype=np.float32) / 255 * sharp + 0.5 - 0.5 * sharp, 0, 1)
    table = (ramp * (LEVELS - 1) + 0.5).astype(np.uint8).tolist()
    up = _grey(solids).resize((size, size), Image.Resampling.BILINEAR).point(table)
    return np.asarray(up, np.uint16)


def plate_levels(plate: np.ndarray, size: int, screen: tuple, gain: float) -> np.ndarray:
    """A plate at full size as LEVELS - 1 .. 0 coverage steps (uint16): tones as dots
    (darker by the dot gain) through the screen's table, solids flat with a crisp
    edge. `screen`: the spot index and the dot table (_screen)."""
    tones, solids = _split(plate)
    out = None
    if tones.max() > 0.01:
        field = _grey(_even(np.power(np.clip(tones, 0, 1), 1.0 / (1.0 + gain))))
        tone = np.asarray(field.resize((size, size), Image.Resampling.BILINEAR))
        spot, table = screen
        out = np.take(table, spot + tone)
    if solids.any():
        edge = _solid_levels(solids, size)
        out = edge if out is None else np.maximum(out, edge, out=out)
    return np.zeros((size, size), np.uint16) if out is None else out


def _screen(size: int, cells: float, turned: bool) -> tuple[np.ndarray, np.ndarray]:
    """A dot screen as a spot index (the spot function quantized to 256 steps, in the
    high byte of a uint16) and a table from (spot step, 8-bit tone) to coverage steps,
    so screening a plate is one add and one gather instead of a chain of float ops.

    The spot function of a square screen is separable: cos x + cos y at 0 degrees
    (each quantized to 128 steps, so their sum is the step), 2 cos x' cos y' at 45
    (x', y' the diagonals' frequency); ink where the spot (-2..2) tops 2.2 - 4.4
    tone: about `tone` of the cell, and no dot at all where there is no tone."""
    k = 2 * np.pi * cells / size
    p = np.arange(size, dtype=np.float32) + np.float32(0.5)
    if turned:
        w = np.cos(p * np.float32(k / np.sqrt(2))) * np.float32(np.sqrt(127.5))
        index = w[:, None] * w[None, :]
        index += np.float32(128.0)
        spot = index.astype(np.uint16)
        spot <<= 8
        values = np.arange(256, dtype=np.float32) / np.float32(127.5) * 2 - 2
    else:
        q = ((np.cos(p * np.float32(k)) + 1) * np.float32(63.5) + 0.5).astype(np.uint16) << 8
        spot = q[:, None] + q[None, :]
        values = np.arange(256, dtype=np.float32) / np.float32(63.5) - 2
    gain = 1.2 / k  # the spot changes by about k a pixel: an edge a pixel wide
    tone = np.arange(256, dtype=np.float32)[None, :] / np.float32(255)
    cover = gain * values[:, None] + 4.4 * gain * tone + 0.5 - 2.2 * gain
    if gain < 2.5:  # coarse pixels: the spot's top would print a speck where tone is 0
        cover = np.minimum(cover, tone * 20)
    fine = float(np.clip((6.0 - size / cells) / 4.0, 0.0, 1.0))
    if fine > 0:  # dots of a few pixels cannot be drawn: print the cover they would make
        cover = cover * (1 - fine) + tone * fine
    table = (np.clip(cover, 0, 1) * (LEVELS - 1) + 0.5).astype(np.uint16).ravel()
    return spot, table


def starved(rng: np.random.Generator, size: int) -> np.ndarray:
    """The ink density at full size as 0..256 (uint16; 256 lays the full ink): a soft
    mottle, streaks along the feed (rows) from the roller, and specks of bare paper,
    drawn at 256 px and scaled up once (each drum takes it shifted: no full-size
    noise)."""
    side = 256
    mottle = raster.fractal_noise(rng, cells=7, octaves=2, res=side)
    streak = np.repeat(rng.random((side, 1)).astype(np.float32), side, axis=1)
    streak = np.asarray(
        Image.fromarray(streak, "F").resize((side // 8, side // 2)).resize((side, side)),
        np.float32,
    )
    thin = 0.55 * mottle + 0.45 * streak
    thin = np.clip((thin - thin.min()) / max(float(np.ptp(thin)), 1e-6), 0, 1) ** 1.6
    density = 1 - STARVE * thin
    density[rng.random((side, side)) < SPECKS] = 0.15  # specks where the ink skipped
    field = Image.fromarray((density * 255).astype(np.uint8), "L")
    up = np.asarray(field.resize((size, size), Image.Resampling.BILINEAR), np.uint16)
    return up + (up >> 7)  # 255 -> 256: a full drum stays full


def shift(plate: np.ndarray, dx: int, dy: int) -> np.ndarray:
    """A plate printed dx, dy plate pixels off register (edges held)."""
    h, w = plate.shape
    padded = np.pad(plate, ((abs(dy), abs(dy)), (abs(dx), abs(dx))), mode="edge")
    return padded[abs(dy) - dy : abs(dy) - dy + h, abs(dx) - dx : abs(dx) - dx + w]


def _lut(paper: RGB, inks: list[RGB], dark: bool) -> np.ndarray:
    """Colour for every combination of coverage levels of the three drums and of the
    paper's texture (PAPER_LEVELS shades of its mottle), packed as RGBX words."""
    c = np.linspace(0, 1, LEVELS, dtype=np.float32)
    a, b, d = np.meshgrid(c, c, c, indexing="ij")
    printed = np.ones((LEVELS,) * 3 + (3,), np.float32)
    for cover, ink in zip((a, b, d), inks, strict=True):
        printed *= 1 - cover[..., None] * (1 - raster.rgbf(ink))
    stock = raster.rgbf(paper)
    if dark:  # opaque inks over the dark stock
        mix = np.maximum(np.maximum(a, b), d)[..., None] * np.float32(0.94)
        out = stock + (printed - stock) * mix
    else:
        out = stock * printed
    shade = 1 - TEXTURE * (np.arange(PAPER_LEVELS, dtype=np.float32) + 0.5) / PAPER_LEVELS
    out = out.reshape(1, -1, 3) * shade[:, None, None]
    rgbx = np.zeros((out.shape[0] * out.shape[1], 4), np.uint8)
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
    paper's texture."""
    cells, gain = screen_args
    dark = bool(raster.rgbf(paper).mean() < 0.4)
    index = np.zeros((size, size), np.uint16)
    screens: dict[bool, tuple] = {}  # the 45 and 0 degree screens, each made once
    slip = rng.uniform(0, 2 * np.pi)  # the drums slip one way, each a little further
    thin = starved(rng, size)
    reach = rng.uniform(0.005, 0.013) * RES  # visible at a phone's size, not a blur
    for k, plate in enumerate(plates):
        if plate.any():
            step = reach * (k - 0.5 * (k > 1)) * np.array((np.cos(slip), np.sin(slip)))
            off = np.round(step + (k > 1) * reach * np.array((-np.sin(slip), np.cos(slip))))
            moved = shift(plate, int(off[0]), int(off[1]))
            turned = k != 1
            if turned not in screens:
                screens[turned] = _screen(size, cells, turned)
            levels = plate_levels(moved, size, screens[turned], gain)
            levels *= np.roll(thin, (k * size // 3, k * size // 5), axis=(0, 1))
            levels += 128  # rounded, not floored: a full drum prints LEVELS - 1
            levels >>= 8
            index += levels << (4 * (2 - k))
    texture = (1 - raster.paper(rng, TEXTURE, 256)) * np.float32(PAPER_LEVELS / TEXTURE)
    texture = Image.fromarray(np.clip(texture, 0, PAPER_LEVELS - 1).astype(np.uint8), "L")
    shade = np.asarray(texture.resize((size, size), Image.Resampling.BILINEAR), np.uint16)
    index |= shade << 12
    words = np.take(_lut(paper, inks, dark), index)
    return Image.frombuffer("RGBX", (size, size), words, "raw", "RGBX", 0, 1).convert("RGB")
