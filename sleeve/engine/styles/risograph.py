"""Risograph: a two-ink halftone duotone on warm paper, slightly misregistered.

mood -> ink pair (from the palette's hues at riso-ink tones), loudness -> dot
gain, density -> screen fineness, the energy curve -> a ridge (or stacked
bands) printed in one ink, seed -> composition, shapes, screen angles and the
misregistration.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageChops

from sleeve.engine import compose, raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.raster import RGB
from sleeve.engine.styles.base import Artwork, StyleInfo

STYLE = StyleInfo(
    name="risograph",
    family="graphic",
    fits=("punk", "hiphop", "lofi", "rock", "folk", "pop", "jazz", "metal"),
)

RES = 256  # tone fields are drawn at this resolution, then screened at full size
LAYOUTS = ("sun_ridge", "bands", "blob")


def _inks(direction: ArtDirection, rng: np.random.Generator) -> tuple[RGB, RGB, RGB]:
    """Paper and two inks whose hues sit well apart."""
    pal = direction.palette
    paper = raster.ground(pal.background, 0.95, 0.02)
    a = raster.vivid(pal.colors[0], 0.62, 0.19)
    ha = rgb_to_oklch(a)[2]

    def apart(c: RGB) -> float:  # about 110 degrees apart overprints cleanly
        return abs(abs(((rgb_to_oklch(c)[2] - ha + 180) % 360) - 180) - 110)

    best = min((*pal.colors[1:], pal.accent), key=apart)
    b = raster.vivid(best, 0.66 + rng.uniform(-0.05, 0.05), 0.17)
    return paper, a, b


def _curve(direction: ArtDirection, n: int) -> np.ndarray:
    curve = np.asarray(direction.energy_curve or (0.5,), dtype=np.float32)
    return np.interp(np.linspace(0, 1, n), np.linspace(0, 1, len(curve)), curve).astype(np.float32)


def _fields(direction: ArtDirection, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Tone fields (0 paper .. 1 full ink) for ink A and ink B at RES x RES."""
    c = (np.arange(RES, dtype=np.float32) + 0.5) / RES
    x, y = c[None, :], c[:, None]
    curve = _curve(direction, RES)[None, :]
    noise = raster.fractal_noise(rng, cells=3, octaves=3)
    kind = compose.pick(rng, LAYOUTS, direction.loudness)  # loud: the noisy blob
    cx, cy = rng.uniform(0.3, 0.7), rng.uniform(0.28, 0.5)
    r = rng.uniform(0.2, 0.32)
    d = np.sqrt((x - cx) ** 2 + (y - cy) ** 2)
    disc = np.clip((r - d) * RES / 1.5, 0, 1)
    if kind == "sun_ridge":  # a graded disc in A, the song's ridge in B
        a = disc * (0.35 + 0.65 * np.clip((y - cy + r) / (2 * r), 0, 1))
        top = 0.92 - 0.5 * curve
        b = np.clip((y - top) * RES / 1.5, 0, 1) * (0.45 + 0.55 * np.clip((y - top) * 3, 0, 1))
    elif kind == "bands":  # stacked echoes of the energy curve, a disc behind
        k = 5 + int(rng.integers(4))
        phase = ((y - 0.3 + 0.4 * curve) * k) % 1.0
        a = np.clip((np.abs(phase - 0.5) - 0.18) * 14, 0, 1) * (y > 0.22) * (0.5 + 0.5 * noise)
        b = disc * 0.9 + (1 - disc) * 0.12 * noise
    else:  # a noisy blob in A, its offset shadow in B
        warp = np.sqrt((x - cx) ** 2 + (y - cy - 0.1) ** 2) + 0.18 * (noise - 0.5)
        a = np.clip((r + 0.08 - warp) * 8, 0, 1)
        shadow = np.sqrt((x - cx - 0.08) ** 2 + (y - cy - 0.05) ** 2) + 0.18 * (noise - 0.5)
        ridge = np.clip((y - (1.0 - 0.3 * curve)) * RES / 1.5, 0, 1)
        b = np.clip((r + 0.12 - shadow) * 5, 0, 1) * (0.3 + 0.5 * (1 - y)) + 0.85 * ridge
    return np.clip(a, 0, 0.88), np.clip(b, 0, 0.85)


def _screen(
    tone: np.ndarray,
    size: int,
    cells: float,
    angle: float,
    shift: tuple[float, float],
    gain: float,
) -> np.ndarray:
    """Halftone a RES tone field at full size: coverage (size, size) uint8 0..255."""
    tone = np.power(np.clip(tone, 0, 1), 1.0 / (1.0 + gain))  # dot gain: tones print darker
    r2 = raster.upscale(tone * np.float32(1.17 / np.pi), size)  # dot radius squared, cells
    cs, sn = np.float32(np.cos(angle)), np.float32(np.sin(angle))
    p = (np.arange(size, dtype=np.float32) + 0.5) * np.float32(cells / size)
    px, py = p + np.float32(shift[0] * cells), p + np.float32(shift[1] * cells)
    u = px[None, :] * cs + (py * sn)[:, None]
    v = (py * cs)[:, None] - px[None, :] * sn
    for w in (u, v):  # distance to the nearest dot centre, per axis
        w -= np.floor(w)
        w -= np.float32(0.5)
        np.multiply(w, w, out=w)
    u += v  # squared distance
    # coverage ramps over about one pixel around the dot's edge (r^2 - d^2 ~ 2 r (r - d))
    edge = np.float32(2 * 0.8 * cells / size) * np.sqrt(np.maximum(r2, np.float32(0.02)))
    np.subtract(r2, u, out=u)
    u /= edge
    u += np.float32(0.5)
    np.clip(u, 0, 1, out=u)
    fine = float(np.clip((6.0 - size / cells) / 4.0, 0.0, 1.0))
    if fine > 0:  # dots of a few pixels cannot be drawn: print the tone they stand for
        u = u * np.float32(1 - fine) + np.minimum(r2 * np.float32(np.pi / 1.17), 1) * np.float32(
            fine
        )
    u *= np.float32(255)
    return u.astype(np.uint8)


def _print(img: Image.Image, cover: np.ndarray, ink: RGB) -> Image.Image:
    """Multiply one ink layer onto the sheet."""
    mask = Image.fromarray(cover, "L")
    tint = Image.composite(
        Image.new("RGB", img.size, ink), Image.new("RGB", img.size, "white"), mask
    )
    return ImageChops.multiply(img, tint)


def _draw(direction: ArtDirection, size: int) -> Artwork:
    """The risograph art at `size`, before the finish."""
    rng = raster.rng_for(direction, "riso")
    paper, ink_a, ink_b = _inks(direction, rng)
    field_a, field_b = _fields(direction, rng)
    cells = 70 + 50 * direction.density
    gain = 0.15 + 0.9 * direction.loudness
    base = rng.uniform(0, np.pi / 2)
    shift = tuple(rng.uniform(-0.006, 0.006, 2) + 0.004)  # misregistration, fraction of the side
    img = Image.new("RGB", (size, size), paper)
    img = _print(img, _screen(field_b, size, cells, base + np.pi / 4, shift, gain), ink_b)
    img = _print(img, _screen(field_a, size, cells, base, (0.0, 0.0), gain), ink_a)
    img = raster.multiply(img, raster.paper(raster.rng_for(direction, "riso-paper"), 0.1))
    return Artwork(img, None)


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the cover (RGB, size x size): the art at up to raster.work_size, the
    finish (grain) at full size."""
    art = _draw(direction, raster.work_size(size))
    image = finish(raster.to_size(art.image, size), direction, "riso", 0.025)
    return Artwork(image, art.focal)
