"""Risograph: two inks screened and overprinted on warm paper, slightly misregistered.

Compositions (energy leans calm to loud): crossing halftone gradients with one
solid shape, two graded ink blobs, a few big flat shapes whose overlaps make a
third colour, one shape stepped across a grid (each as big and dark as its
section of the song) with the second drum deliberately offset, and the song's
loudness printed as columns over a graded block.
mood -> ink pair (dark, heavy music gets riso black as its second ink),
loudness -> dot gain, density -> screen fineness and how many shapes, the
energy curve -> echo sizes or column heights, seed -> composition, shapes,
screen angles and the misregistration.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageChops

from sleeve.engine import compose, raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.raster import RGB
from sleeve.engine.styles.base import Artwork, Box, StyleInfo

STYLE = StyleInfo(
    name="risograph",
    family="graphic",
    fits=("punk", "hiphop", "lofi", "rock", "folk", "pop", "jazz", "metal"),
)

RES = 256  # tone fields are drawn at this resolution, then screened at full size
LAYOUTS = ("gradients", "blobs", "shapes", "echoes", "bars")  # calm .. loud


def _inks(direction: ArtDirection, rng: np.random.Generator) -> tuple[RGB, RGB, RGB]:
    """Paper and two inks whose hues sit well apart; dark, heavy music prints its
    second ink in a riso black instead of a second colour."""
    pal = direction.palette
    paper = raster.ground(pal.background, 0.95, 0.02)
    a = raster.vivid(pal.colors[0], 0.62, 0.19)
    ha = rgb_to_oklch(a)[2]

    def apart(c: RGB) -> float:  # about 110 degrees apart overprints cleanly
        return abs(abs(((rgb_to_oklch(c)[2] - ha + 180) % 360) - 180) - 110)

    best = min((*pal.colors[1:], pal.accent), key=apart)
    if direction.valence < 0.35 or compose.dark_field(rgb_to_oklch(pal.background)[0]):
        return paper, a, raster.tone(best, 0.24, 0.03)
    b = raster.vivid(best, 0.66 + rng.uniform(-0.05, 0.05), 0.17)
    return paper, a, b


def _curve(direction: ArtDirection, n: int) -> np.ndarray:
    curve = np.asarray(direction.energy_curve or (0.5,), dtype=np.float32)
    return np.interp(np.linspace(0, 1, n), np.linspace(0, 1, len(curve)), curve).astype(np.float32)


def _spread(level: np.ndarray) -> np.ndarray:
    """A curve stretched to 0..1, so a steady song still shows its shape."""
    lo, hi = float(level.min()), float(level.max())
    return (level - lo) / max(hi - lo, 0.05)


def _grid() -> tuple[np.ndarray, np.ndarray]:
    c = (np.arange(RES, dtype=np.float32) + 0.5) / RES
    return c[None, :], c[:, None]


def _ramp(rng: np.random.Generator, lo: float, hi: float) -> np.ndarray:
    """A halftone gradient: tone lo..hi across the sheet at a seeded angle."""
    return lo + (hi - lo) * raster.linear_field(float(rng.uniform(0, 360)), RES)


def _shape(kind: str, cx: float, cy: float, r: float, turn: float) -> np.ndarray:
    """Coverage 0..1 of one flat shape (circle, square, triangle, half disc)."""
    x, y = _grid()
    cs, sn = np.cos(turn), np.sin(turn)
    u, v = (x - cx) * cs + (y - cy) * sn, (y - cy) * cs - (x - cx) * sn
    if kind == "circle":
        sdf = r - np.sqrt(u * u + v * v)
    elif kind == "square":
        sdf = r * 0.85 - np.maximum(np.abs(u), np.abs(v))
    elif kind == "half":
        sdf = np.minimum(r - np.sqrt(u * u + v * v), v)
    else:  # triangle: three half-planes
        sdf = np.minimum(
            np.minimum(v + r * 0.5, r * 0.5 - v * 0.5 - u * 0.87), r * 0.5 - v * 0.5 + u * 0.87
        )
    return np.clip(sdf * RES / 1.2, 0, 1)


def _fields(
    direction: ArtDirection, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray, Box | None]:
    """Tone fields (0 paper .. 1 full ink) for ink A and ink B at RES x RES, and the
    focal box of what they draw."""
    x, y = _grid()
    kind = compose.pick(rng, LAYOUTS, direction.energy)
    focal: Box | None = None
    if kind == "gradients":  # two crossing halftone gradients and one solid shape
        a = _ramp(rng, -0.1, 0.85)
        b = np.clip(_ramp(rng, -0.2, 0.7), 0, 1) ** 1.5
        cx, cy = compose.thirds(rng)
        r = 0.12 + 0.1 * direction.density
        shape = _shape(
            ("circle", "square", "half")[int(rng.integers(3))], cx, cy, r, rng.uniform(0, 6.3)
        )
        b = np.maximum(b * (1 - shape), shape * 0.88)
        focal = compose.around(cx, cy, r)
    elif kind == "blobs":  # two warped ink blobs overprinting, each graded
        noise = raster.fractal_noise(rng, cells=3, octaves=3, res=RES) - 0.5
        fields = []
        for k in range(2):
            cx, cy = rng.uniform(0.3, 0.7), rng.uniform(0.3, 0.7)
            r = rng.uniform(0.22, 0.34)
            d = np.sqrt((x - cx) ** 2 + ((y - cy) * rng.uniform(0.7, 1.4)) ** 2) + 0.22 * noise * (
                1 - 2 * k
            )
            fields.append(np.clip((r - d) * 10, 0, 1) * _ramp(rng, 0.3, 0.95))
        a, b = fields
        focal = (0.1, 0.1, 0.9, 0.9)
    elif kind == "shapes":  # a few big flat shapes; where they cross, a third colour
        n = 2 + int(rng.integers(2)) + round(direction.density)
        kinds = ("circle", "square", "triangle", "half")
        a, b = np.zeros((RES, RES), np.float32), np.zeros((RES, RES), np.float32)
        boxes = []
        for k in range(n):
            cx, cy = rng.uniform(0.22, 0.78), rng.uniform(0.22, 0.78)
            r = rng.uniform(0.16, 0.3) * (1.1 if k == 0 else 0.9)
            cover = _shape(kinds[int(rng.integers(4))], cx, cy, r, rng.uniform(0, 6.3))
            cover = cover * (_ramp(rng, 0.35, 0.95) if rng.random() < 0.5 else 0.85)
            if k % 2:
                b = np.maximum(b, cover)
            else:
                a = np.maximum(a, cover)
            boxes.append(compose.around(cx, cy, r))
        focal = (
            min(b_[0] for b_ in boxes),
            min(b_[1] for b_ in boxes),
            max(b_[2] for b_ in boxes),
            max(b_[3] for b_ in boxes),
        )
    elif kind == "echoes":  # one shape stepped across a grid, each as loud as its section
        cols = 2 + int(rng.integers(3))
        rows = cols + int(rng.integers(-1, 2))
        shape = ("circle", "square", "triangle", "half")[int(rng.integers(4))]
        level = _spread(_curve(direction, cols * rows))
        a, b = np.zeros((RES, RES), np.float32), np.zeros((RES, RES), np.float32)
        m = 0.1
        top = 0.34 if rng.random() < 0.5 else m  # a third of the sheet left for the title
        cw, ch = (1 - 2 * m) / cols, 0.56 / rows
        turn = rng.uniform(0, 6.3)
        step = rng.uniform(0.3, 1.2) * (1 if rng.random() < 0.5 else -1)
        off = rng.uniform(0.015, 0.035)  # the second drum's deliberate offset
        for i in range(rows):
            for j in range(cols):
                k = i * cols + j
                cx, cy = m + (j + 0.5) * cw, top + (i + 0.5) * ch
                r = 0.5 * min(cw, ch) * (0.55 + 0.45 * float(level[k]))
                t = turn + step * k
                a = np.maximum(a, _shape(shape, cx, cy, r, t) * (0.3 + 0.6 * float(level[k])))
                b = np.maximum(b, _shape(shape, cx + off, cy + off, r, t) * 0.8)
        focal = (m, top, 1 - m, top + 0.56 + off)
    else:  # bars: the song's loudness as printed columns over a graded block
        n = int(np.clip(round(direction.tempo_bpm / 10), 8, 18))
        level = _spread(_curve(direction, n))
        col = np.minimum((x * n).astype(np.intp), n - 1)
        inside = ((x * n) % 1.0 > rng.uniform(0.15, 0.4)).astype(np.float32)
        base = rng.uniform(0.82, 0.92)
        top = base - (0.12 + 0.5 * level[col])
        a = inside * np.clip((y - top) * RES / 1.2, 0, 1) * np.clip((base - y) * RES / 1.2, 0, 1)
        a = a * (0.45 + 0.5 * np.clip((base - y) / 0.75, 0, 1))
        y0 = rng.uniform(0.25, 0.55)
        b = np.clip((y - y0) * RES / 1.2, 0, 1) * _ramp(rng, 0.15, 0.75)
        focal = (0.0, float(base - 0.75), 1.0, float(base))
    return np.clip(a, 0, 0.88).astype(np.float32), np.clip(b, 0, 0.85).astype(np.float32), focal


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
    if fine > 0:  # dots of a few pixels cannot be drawn: print the cover they would make
        u = u * np.float32(1 - fine) + np.minimum(r2 * np.float32(np.pi), 1) * np.float32(fine)
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
    field_a, field_b, focal = _fields(direction, rng)
    cells = 70 + 50 * direction.density
    gain = 0.15 + 0.9 * direction.loudness
    base = rng.uniform(0, np.pi / 2)
    shift = tuple(rng.uniform(-0.006, 0.006, 2) + 0.004)  # misregistration, fraction of the side
    img = Image.new("RGB", (size, size), paper)
    img = _print(img, _screen(field_b, size, cells, base + np.pi / 4, shift, gain), ink_b)
    img = _print(img, _screen(field_a, size, cells, base, (0.0, 0.0), gain), ink_a)
    img = raster.multiply(img, raster.paper(raster.rng_for(direction, "riso-paper"), 0.1))
    return Artwork(img, focal)


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the cover (RGB, size x size): the art at up to raster.work_size, the
    finish (grain) at full size."""
    art = _draw(direction, raster.work_size(size))
    image = finish(raster.to_size(art.image, size), direction, "riso", 0.025)
    return Artwork(image, art.focal)
