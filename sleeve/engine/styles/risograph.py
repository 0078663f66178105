"""Risograph: two or three riso inks screened and overprinted on paper, off register.

Compositions (riso_motifs): a striped sun over hills, a stacked totem of geometric
figures, hand-cut leaves, the tempo as a huge numeral, concentric arches, tower blocks
with lit windows, stacked waves, stars, a road to a vanishing point. The genre weighs
which of them a track gets (country draws the road, drill the towers, folk the
leaves); the energy leans calm tracks to leaves and arches, loud ones to stars and
numbers; the seed picks among the near ones and places everything.
genre + palette hues -> inks and stock (riso_inks: dark stock for drill and trap,
warm paper for folk and country); the energy curve, tempo and density -> the
figure's measures; loudness -> dot gain; density -> screen coarseness; seed ->
screen angles and misregistration.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles import riso_inks
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.riso_motifs import MOTIFS
from sleeve.engine.styles.riso_shapes import RES

STYLE = StyleInfo(
    name="risograph",
    family="graphic",
    fits=("punk", "hiphop", "lofi", "rock", "folk", "pop", "jazz", "metal"),
)

CALM_TO_LOUD = ("botanical", "arches", "sun", "waves", "windows", "stack", "stars", "number")
FAVOURITES = {  # genre -> motifs it draws most, likeliest first
    "drill": ("windows", "number", "waves", "stack"),
    "trap": ("stars", "number", "windows", "waves"),
    "hiphop": ("number", "windows", "stack", "sun"),
    "rock": ("road", "stars", "number", "stack"),
    "punk": ("stars", "number", "stack", "arches"),
    "hardcore": ("number", "stars", "stack"),
    "folk": ("botanical", "sun", "arches", "waves"),
    "country": ("road", "sun", "botanical", "stars"),
    "kpop": ("stars", "arches", "stack", "botanical"),
    "lofi": ("windows", "sun", "botanical", "waves"),
}


def _motif(direction: ArtDirection, rng: np.random.Generator) -> str:
    """The composition: from the genre's favourites (weighted to the first), else by
    the energy over all of them."""
    sub = direction.language.subgenre
    favourites = FAVOURITES.get(sub if sub in FAVOURITES else direction.genre)
    if favourites:
        weights = np.array([5.0, 3.0, 2.0, 1.5][: len(favourites)])
        return favourites[int(rng.choice(len(favourites), p=weights / weights.sum()))]
    centre = direction.energy * (len(CALM_TO_LOUD) - 1)
    weights = np.exp(-(((np.arange(len(CALM_TO_LOUD)) - centre) / 2.5) ** 2)) + 0.15
    return CALM_TO_LOUD[int(rng.choice(len(CALM_TO_LOUD), p=weights / weights.sum()))]


def _shift(cover: np.ndarray, dx: int, dy: int) -> np.ndarray:
    """A plate printed dx, dy pixels off register (edges held)."""
    h, w = cover.shape
    padded = np.pad(cover, ((abs(dy), abs(dy)), (abs(dx), abs(dx))), mode="edge")
    return padded[abs(dy) - dy : abs(dy) - dy + h, abs(dx) - dx : abs(dx) - dx + w]


def _split(plate: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """A plate as its screened tones and its solids (solid shapes and the pixel round
    them, so a solid edge is cut clean instead of fringed with dots)."""
    solid = plate >= 0.97
    near = solid.copy()
    for axis in (0, 1):
        for step in (1, -1):
            near |= np.roll(solid, step, axis=axis)
    return np.where(near, 0.0, plate).astype(np.float32), np.where(near, plate, 0.0).astype(
        np.float32
    )


def _screen(plate: np.ndarray, size: int, cells: float, angle: float, gain: float) -> np.ndarray:
    """Halftone a plate at full size: coverage (size, size) float32 0..1; solids print
    flat with a crisp edge."""
    tones, solids = _split(plate)
    tone = np.power(np.clip(tones, 0, 1), 1.0 / (1.0 + gain))  # dot gain: tones print darker
    full = raster.upscale(tone, size)
    r2 = full * np.float32(1.17 / np.pi)  # dot radius squared, in cells
    cs, sn = np.float32(np.cos(angle)), np.float32(np.sin(angle))
    p = (np.arange(size, dtype=np.float32) + 0.5) * np.float32(cells / size)
    u = p[None, :] * cs + (p * sn)[:, None]
    v = (p * cs)[:, None] - p[None, :] * sn
    for w in (u, v):  # distance to the nearest dot centre, per axis
        w -= np.floor(w)
        w -= np.float32(0.5)
        np.multiply(w, w, out=w)
    u += v
    edge = np.float32(2 * 0.8 * cells / size) * np.sqrt(np.maximum(r2, np.float32(0.02)))
    np.subtract(r2, u, out=u)
    u /= edge
    u += np.float32(0.5)
    np.clip(u, 0, 1, out=u)
    np.minimum(u, full * np.float32(20), out=u)  # no tone, no dot
    np.maximum(u, 0, out=u)  # (the bicubic upscale rings below zero at edges)
    fine = float(np.clip((6.0 - size / cells) / 4.0, 0.0, 1.0))
    if fine > 0:  # dots of a few pixels cannot be drawn: print the cover they would make
        u = u * np.float32(1 - fine) + np.minimum(r2 * np.float32(np.pi), 1) * np.float32(fine)
    if solids.any():
        np.maximum(
            u,
            np.clip((raster.upscale(solids, size) - 0.5) * max(size / RES * 1.2, 1.0) + 0.5, 0, 1),
            out=u,
        )
    return u


def _starve(rng: np.random.Generator, size: int) -> np.ndarray:
    """Ink starvation: a mottled field that thins every plate a little, unevenly."""
    mottle = raster.upscale(raster.fractal_noise(rng, cells=7, octaves=3, res=128), size)
    speck = raster.upscale(rng.random((RES, RES)).astype(np.float32), size, smooth=False)
    return np.float32(1) - np.float32(0.22) * mottle * np.float32(0.6) - np.float32(0.1) * speck


def _draw(direction: ArtDirection, size: int) -> Artwork:
    """The print at `size`, before the finish."""
    rng = raster.rng_for(direction, "riso")
    paper = riso_inks.stock(direction)
    dark = rgb_to_oklch(paper)[0] < 0.5
    inks = riso_inks.choose(direction, rng, dark)
    plates, focal = MOTIFS[_motif(direction, rng)](direction, rng)
    cells = 38 + 34 * direction.density
    gain = 0.1 + 0.6 * direction.loudness
    base = rng.uniform(0, np.pi / 2)
    starve = _starve(raster.rng_for(direction, "riso-ink"), size)
    printed = np.ones((size, size, 3), np.float32)  # the inks alone, multiplied on white
    cover = np.zeros((size, size), np.float32)
    for k, (plate, ink) in enumerate(zip(plates, inks, strict=True)):
        if not plate.any():
            continue
        layer = _screen(plate, size, cells, base + k * np.pi / 6, gain) * starve
        off = rng.uniform(-0.008, 0.008, 2) * size * (k > 0)
        layer = _shift(layer, int(off[0]), int(off[1]))
        tint = np.float32(1) - layer[:, :, None] * (1 - raster.rgbf(ink)[None, None, :])
        printed *= tint
        cover = np.maximum(cover, layer)
    sheet = (
        raster.rgbf(paper)[None, None, :]
        * raster.upscale(raster.paper(raster.rng_for(direction, "riso-paper"), 0.08, 256), size)[
            :, :, None
        ]
    )
    if dark:  # on dark stock the inks print opaque (as over a white underbase)
        out = sheet + (printed - sheet) * (cover[:, :, None] * np.float32(0.94))
    else:
        out = sheet * printed
    return Artwork(raster.to_image(out), focal)


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the cover (RGB, size x size): the print at up to raster.work_size, the
    finish (grain) at full size."""
    art = _draw(direction, raster.work_size(size))
    image = finish(raster.to_size(art.image, size), direction, "riso", 0.03)
    return Artwork(image, art.focal)
