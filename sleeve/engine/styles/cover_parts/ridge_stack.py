"""Ridgeline parts: the song's energy curve as a stack of ridge heights (one spectrum
slice per ridge), the song cut into a few broad hill lines or closed loops, and one
ridge drawn as a filled silhouette under a line, so that near ridges hide far ones
whatever frame a composition bends them into; and the landscape's light (a sky
glowing where the song is loudest) that the hills, the summit and the swell share."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import compose, raster, signals
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection

POINTS = 180  # samples along each ridge
U = np.linspace(0.0, 1.0, POINTS)  # where each sample stands across the frame
RGB = tuple[int, int, int]
# metal's own sub-genres: a dark ground and bone, ash and blood, never a pastel or pink
# (reviewers read pink cloud slabs on death metal and a mauve door on doom as indie)
METAL = {"heavy_metal", "doom_metal", "death_metal", "black_metal"}
BONE, BLOOD = (230, 226, 216), (107, 16, 16)


def is_metal(direction: ArtDirection) -> bool:
    """Whether the song is metal, by genre or by its language's sub-genre."""
    return direction.genre == "metal" or direction.language.subgenre in METAL


# loud, angry music never gets the door (a calm sunset arch on the punk track Riot read
# as the wrong record): it gets the craggy ranges instead
ANGRY = {
    "punk",
    "hardcore",
    "hardcore_punk",
    "post_hardcore",
    "metalcore",
    "grunge",
    "industrial",
    "thrash",
    "metal",
}


def is_angry(direction: ArtDirection) -> bool:
    """Whether the song is metal or another angry genre (ANGRY): no door, storm-lit
    hills, a tower on the crest."""
    genres = {direction.genre, direction.language.subgenre}
    return is_metal(direction) or bool(genres & ANGRY)


@dataclass(frozen=True)
class Inks:
    """Colours of a ridgeline cover: the field, the line ink (bone on night, ink on
    paper), line hues graded across the stack (empty: every line in the ink), flat
    tones for filled ridges (far to near) and a calm solid panel colour."""

    bg: RGB
    ink: RGB
    hues: tuple[RGB, ...]
    tones: tuple[RGB, ...]
    panel: RGB


@dataclass
class Canvas:
    """What a composition draws with; a composition may leave a cut-out (a mask and
    the field colour round it) for render to lay over the drawing."""

    direction: ArtDirection
    rng: np.random.Generator
    draw: aggdraw.Draw
    size: int
    inks: Inks
    pen: float  # the base line weight in pixels
    filled: bool = False  # flat palette tones instead of lines over the field
    room: float = 0.22  # the calm strip the title needs (a side fraction)
    calm_top: bool = True  # where it goes: the title layout's own place, top or bottom
    cutout: list[tuple[Image.Image, RGB]] = field(default_factory=list)


@lru_cache(maxsize=64)
def _lut(colors: tuple[RGB, ...]) -> np.ndarray:
    """The colour ramp through `colors`, kept (a stack asks once per ridge)."""
    return raster.color_lut(colors)


def at(colors: tuple[RGB, ...], t: float) -> RGB:
    """The colour t (0..1) of the way along the ramp through `colors`."""
    lut = _lut(colors)
    r, g, b = (int(v) for v in lut[int(np.clip(t, 0, 1) * 255)])
    return r, g, b


def line_ink(c: Canvas, t: float) -> RGB:
    """A ridge's line t of the way through the stack: its hue, or the one ink."""
    return at(c.inks.hues, t) if c.inks.hues else c.inks.ink


def is_light(c: Canvas) -> bool:
    """Whether the field is paper (not night)."""
    return not compose.dark_field(rgb_to_oklch(c.inks.bg)[0])


def edge(c: Canvas) -> RGB:
    """The line between flat tones: the light ink between coloured bands on a night
    field (dark edges over many coloured bands mix to brown at 64 px), else the field."""
    return c.inks.ink if c.inks.hues and not is_light(c) else c.inks.bg


def busy(c: Canvas) -> float:
    """0..1: density and tempo, which set how many ridges and how close."""
    tempo = signals.pace(c.direction)
    return 0.55 * c.direction.density + 0.45 * tempo


def heights(
    direction: ArtDirection, rng: np.random.Generator, count: int, spread: float = 1.0
) -> np.ndarray:
    """(count, POINTS) heights in about 0..1, back ridge first: each a perturbed copy
    of the energy curve mixed with its own spectrum slice, calm at the edges (spread
    widens the swell: 1 the classic central mountain, 3 nearly edge to edge); the
    stack swells and falls with the song's arc."""
    curve = signals.energy(direction, POINTS)
    x = np.linspace(0.0, 1.0, POINTS)
    centre = rng.uniform(0.35, 0.65)
    width = rng.uniform(0.16, 0.3) * spread
    envelope = np.exp(-(((x - centre) / width) ** 2) * 0.5)
    if rng.random() < 0.35:  # a second, smaller lobe
        c2 = centre + rng.choice((-1, 1)) * rng.uniform(0.18, 0.3)
        envelope = np.maximum(envelope, 0.6 * np.exp(-(((x - c2) / (width * 0.6)) ** 2) * 0.5))
    envelope = 0.06 + 0.94 * envelope
    swell = signals.energy(direction, count)
    slices = signals.spectrum(direction, count, POINTS // 3)
    rough = 0.08 + 0.12 * direction.turbulence
    out = np.empty((count, POINTS))
    for i in range(count):
        xs = np.clip(centre + (x - centre) * rng.uniform(0.85, 1.15) + rng.normal(0, 0.035), 0, 1)
        copy = np.interp(xs, x, curve)
        spectral = np.interp(np.abs(xs - centre) * 2, np.linspace(0, 1, POINTS // 3), slices[i])
        copy = 0.55 * copy + 0.45 * spectral
        wobble = signals.smooth(rng.normal(0.0, 1.0, POINTS), 4) * rough
        jag = signals.smooth(rng.normal(0.0, 1.0, POINTS), 1) * (0.01 + 0.04 * direction.turbulence)
        h = copy * (0.55 + 0.45 * swell[i]) + wobble * (0.4 + copy) + jag
        out[i] = np.maximum(h, 0.0) * envelope
    return out


def rows(c: Canvas, count: int, spread: float) -> tuple[np.ndarray, np.ndarray]:
    """A stack's ridges (count, POINTS) normalised to 0..1, back first, and each
    ridge's kick: the strongest onset in its stretch of the song (0.55..1)."""
    h = heights(c.direction, c.rng, count, spread)
    h /= max(float(h.max()), 1e-6)
    kick = signals.onsets(c.direction, count * 4).reshape(count, 4).max(axis=1)
    return h, 0.55 + 0.45 * kick


def hill_curves(direction: ArtDirection, rng: np.random.Generator, count: int) -> np.ndarray:
    """(count, POINTS) broad hill lines in 0..1, back first: the song cut into count
    overlapping stretches of its energy curve (the far hill the opening, the near one
    the close), each lightly coloured by its own spectrum and smoothed to a skyline."""
    curve = signals.energy(direction, POINTS * 2)
    slices = signals.spectrum(direction, count, POINTS // 6)
    out = np.empty((count, POINTS))
    for i in range(count):
        start = int(i * POINTS / max(count - 1, 1))
        seg = curve[start : start + POINTS]
        seg = np.pad(seg, (0, POINTS - len(seg)), mode="edge")
        grain = signals.resample(slices[i], POINTS)
        wobble = signals.smooth(rng.normal(0.0, 1.0, POINTS), 10) * 0.25
        line = signals.smooth(0.7 * seg + 0.3 * grain + wobble, 5)
        out[i] = (line - line.min()) / max(float(np.ptp(line)), 1e-6)
    return out


def ridge(
    draw: aggdraw.Draw,
    line: np.ndarray,
    base: np.ndarray,
    fill: RGB | None,
    ink: RGB | None,
    width: float,
) -> None:
    """One ridge in pixels: line (n, 2) along its crest, base (n, 2) along its foot
    (same order); the silhouette between them in fill, then the crest in ink."""
    if fill is not None:
        poly = np.concatenate([line, base[::-1]]).ravel().tolist()
        draw.polygon(poly, aggdraw.Brush(fill))
    if ink is not None:
        draw.line(line.ravel().tolist(), raster.pen(ink, width))


def scene(c: Canvas) -> tuple[RGB, RGB, RGB, RGB]:
    """The landscape's light from the palette (not one grey template): the sky's top,
    its glow at the horizon, the farthest range and the nearest. At night the far
    ranges catch the palette's strongest colour (a sodium, blood or neon glow; bone
    fog for the mono languages) and the near ones are black silhouettes; on paper the
    far ranges are a pale haze of that colour and the near ones its deep tone."""
    pal = c.direction.palette
    colours = sorted((*pal.colors, pal.accent), key=lambda k: -rgb_to_oklch(k)[1])
    mono = c.direction.language.tone.endswith("mono")
    src = colours[0]
    chroma = rgb_to_oklch(src)[1]
    coloured = chroma >= 0.05 and not mono
    deep = colours[1] if len(colours) > 1 and rgb_to_oklch(colours[1])[1] >= 0.05 else src
    # the ranges in a neighbouring hue of the palette (30-120 degrees from the glow:
    # a sunset over violet ranges, sodium over steel), else the glow's own
    hue = rgb_to_oklch(src)[2]
    near_hues = [
        k
        for k in colours[1:]
        if rgb_to_oklch(k)[1] >= 0.05
        and 30 <= abs((rgb_to_oklch(k)[2] - hue + 180) % 360 - 180) <= 120
    ]
    other = near_hues[0] if near_hues else src
    bg = c.inks.bg
    if is_metal(c.direction):  # a storm-lit range: blood (bone fog for black metal) at the horizon
        black = c.direction.language.subgenre == "black_metal"
        glow = raster.tone(BONE, 0.62, 0.01) if black else raster.tone(BLOOD, 0.42, 0.13)
        far = raster.tone(BONE, 0.3, 0.008)
        return bg, glow, far, raster.tone(bg, 0.08, 0.01)
    if not is_light(c):
        if coloured:
            glow = raster.vivid(src, 0.7, min(chroma, 0.17))
            far = raster.tone(other, 0.44, min(rgb_to_oklch(other)[1], 0.13))
        else:  # fog: a pale bone glow the ranges and towers stand dark against
            glow, far = raster.tone(c.inks.ink, 0.66, 0.012), raster.tone(c.inks.ink, 0.36, 0.01)
        near = raster.tone(bg, 0.1, min(rgb_to_oklch(bg)[1], 0.02))
        return bg, glow, far, near
    if coloured:
        glow = raster.tone(src, 0.92, 0.05)
        far = raster.tone(src, 0.82, 0.06)
        near = raster.tone(deep, 0.34, min(rgb_to_oklch(deep)[1], 0.11))
    else:
        glow, far = raster.tone(c.inks.ink, 0.96, 0.005), raster.tone(c.inks.ink, 0.82, 0.005)
        near = raster.tone(c.inks.ink, 0.22, 0.01)
    return bg, glow, far, near


def sky(c: Canvas, top: RGB, glow: RGB, horizon: float, gx: float) -> None:
    """Paint the field as a sky: `top` above, brightening to `glow` at the horizon,
    most about gx (where the song is loudest); drawn small and scaled up (a smooth
    gradient; the paper grain and the finish dither it)."""
    n = 96
    yy, xx = np.mgrid[0:n, 0:n] / (n - 1.0)
    # a night sky glows higher (a thin band at the horizon was mud at 64 px)
    bend = 0.75 if compose.dark_field(rgb_to_oklch(top)[0]) else 1.2
    t = np.clip(yy / max(horizon, 0.05), 0.0, 1.0) ** bend
    t *= 0.55 + 0.45 * np.exp(-(((xx - gx) / 0.32) ** 2))
    a, b = np.asarray(top, float), np.asarray(glow, float)
    rgb = a + (b - a) * t[..., None]
    small = Image.fromarray(np.clip(rgb + 0.5, 0, 255).astype(np.uint8), "RGB")
    c.draw.frombytes(small.resize((c.size, c.size), Image.BILINEAR).tobytes())


def loudest(c: Canvas) -> float:
    level = signals.smooth(signals.energy(c.direction, POINTS), 12)
    return float(0.1 + 0.8 * np.argmax(level) / (POINTS - 1))
