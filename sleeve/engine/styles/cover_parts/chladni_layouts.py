"""Chladni's compositions, each its own picture. Each is drawn with the title's band
at the top (the style flips and mirrors the sheet afterwards), keeps that band quiet
and returns its focal box:

- lace: a plate rung in a high mode, big and cropped, photographed under sand: a
  square, round, oblong or guitar-shaped plate placed by the music (lace_plate), an
  intricate weave of nodal lines drawn as stipple, dense where the plate is still,
  thin where it moves, no sand and no plate edge in the title's band;
- steel (the lace drawn stark, for hard music): a near-black steel plate clamped at
  its centre, rung low, a sparse scatter of bone sand;
- cymascope: the standing wave on water in a round dish seen from above under a ring
  light of two colours (muted for calm music): a big n-fold mandala of specular
  glints on black, cropped by the frame;
(The violin plate and the drum, pictures with a subject, are in chladni_instruments.)

Retired: the one centred, upright square lace (the same figure on four tracks), the
relief (a low mode's sand heaped into ridges under a raking light: two art directors
read it as plaster or leather, never sand), dust (fine glowing dust on a black round
plate: with the photo it made every cover one thin glowing line on dark grain), photo
(the whole cover a lit plate, one low-order rounded square or cross: the same picture
on every track) and macro (a few drifts of coarse grain: the same thin line, closer).
Earlier reviews retired the small specimen in a void (a lost tile), the framed plate
(a medallion template), the tilted plate (a sports court), the two-ink poster plate (a
paint swatch card), the sheet of specimens (a tile catalogue), the giant disc of bold
rings (a maze) and the engraving of fine rules (blurry aliasing).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageChops

from sleeve.engine import compose, raster, signals
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import RGB, ArtDirection
from sleeve.engine.scripts import is_cjk
from sleeve.engine.styles.cover_parts import chladni_figures as fig
from sleeve.engine.styles.cover_parts import chladni_modes as modes

Key = tuple[int, int, int]


@dataclass(frozen=True)
class Inks:
    """A cover's colours, 60/30/10: the calm field the title sits on, the plate's
    colour, the sand (it reads on the plate), a second ink, and whether the field is
    dark."""

    field: RGB
    mass: RGB
    mark: RGB
    accent: RGB
    dark: bool


@dataclass(frozen=True)
class Sheet:
    """What every composition draws with: the working image (drawn on in place, title
    band at the top), the direction, the style's generator, the colours, the modes'
    key and the figure's turn."""

    img: Image.Image
    direction: ArtDirection
    rng: np.random.Generator
    inks: Inks
    key: Key
    turn: float
    flipped: bool = False  # the sheet is turned top to bottom afterwards (a title low)
    band: float = 0.3  # where the title's calm band ends (fraction of the side)
    stark: bool = False  # a hard genre: the lace's plate is dark steel, its sand sparse

    @property
    def column(self) -> bool:
        """Whether the title stands as CJK columns down one side: the style draws the
        figure right and mirrors it left, so the picture keeps to 0.36..1."""
        return self.direction.layout == "vertical" and is_cjk(self.direction.title)

    @property
    def work(self) -> int:
        """The working image's side in pixels."""
        return self.img.size[0]

    def detail(self, most: int) -> int:
        """How fine the figure rings, 0..most: louder music, higher modes."""
        return min(most, int(self.direction.energy * (most + 1)))

    def quiet(self, res: int, floor: float) -> np.ndarray:
        """A res x res weight, `floor` in the title's band rising to 1 below it (in
        the column's band on the left for CJK columns)."""
        t = (np.arange(res, dtype=np.float32) + 0.5) / res
        if self.column:
            ramp = np.clip((t - 0.3) / 0.16, 0.0, 1.0)[None, :]
        else:
            ramp = np.clip((t - self.band + 0.05) / 0.16, 0.0, 1.0)[:, None]
        ramp = ramp * ramp * (3 - 2 * ramp)
        return np.broadcast_to(floor + (1.0 - floor) * ramp, (res, res))

    def top(self) -> float:
        """Where the quiet band ends: the focal box starts there."""
        return self.band


def _ramp(values: np.ndarray, stops: list[RGB]) -> Image.Image:
    """An RGB image of `values` (0..1) through evenly spaced colour stops."""
    return Image.fromarray(raster.apply_lut(values, raster.color_lut(stops)), "RGB")


def _place(s: Sheet, img: Image.Image) -> None:
    """Paste a square picture drawn at any size onto the whole sheet."""
    if img.size[0] != s.work:
        img = img.resize((s.work, s.work), Image.Resampling.BILINEAR)
    s.img.paste(img)


CALM_ENERGY = 0.3  # below it (or for ambient music) the sand and the light are muted
GUITAR_MUSIC = ("folk", "pop", "rock", "latin", "world", "lofi", "rnb", "jazz", "classical")


def calm(direction: ArtDirection) -> bool:
    """Whether the music is quiet enough for muted sand and light (ambient, or soft)."""
    return direction.genre == "ambient" or direction.energy < CALM_ENERGY


def _lace_inks(s: Sheet) -> tuple[RGB, RGB, RGB]:
    """The plate in the shade and in the light and the sand: pale sand on a deep plate
    of the mass's hue (both muted for calm music); on a vivid field the language chose
    (neon, gold, electric blue) the field is the plate and the sand is the dark ink.
    The steel plate is near black under bone sand."""
    inks = s.inks
    if s.stark:
        return (
            raster.tone(inks.mass, 0.1, 0.008),
            raster.tone(inks.mass, 0.27, 0.012),
            raster.tone(inks.mark, 0.86, 0.015),
        )
    if not inks.dark and rgb_to_oklch(inks.field)[1] >= raster.VIVID_FIELD:
        return inks.field, inks.field, inks.mass
    quiet = calm(s.direction)
    _, chroma, _ = rgb_to_oklch(inks.mass)
    shade = raster.tone(inks.mass, 0.12, min(chroma, 0.03 if quiet else 0.04))
    lit = raster.tone(inks.mass, 0.3, min(chroma, 0.045 if quiet else 0.09))
    light, mark_chroma, _ = rgb_to_oklch(inks.mark)  # gold sand stays gold
    sand_chroma = min(mark_chroma, 0.02 if quiet else 0.1)
    return shade, lit, raster.tone(inks.mark, max(light, 0.9 if quiet else 0.92), sand_chroma)


def lace_plate(s: Sheet, tonic: int) -> fig.Plate:
    """Where the plate lies and what it is, from the music: its shape from the loudest
    bands and the seed (a guitar's top only for music that plays one; the steel plate is
    square), its size from the tempo (faster music, a closer crop), its centre pushed
    off the middle by the energy and the seed, and its turn from the key."""
    a, b, salt = s.key
    if s.stark:
        shapes: tuple[str, ...] = ("square",)
    else:
        guitar = s.direction.genre in GUITAR_MUSIC and s.direction.language.subgenre != "cinematic"
        shapes = fig.SHAPES if guitar else fig.SHAPES[:3]
    shape = shapes[(a + b + salt) % len(shapes)]
    pace = float(np.clip((s.direction.tempo_bpm - 60.0) / 120.0, 0.0, 1.0))
    half = 0.52 + 0.4 * pace + float(s.rng.uniform(-0.06, 0.1))
    push = (0.06 + 0.3 * s.direction.energy) * float(s.rng.choice((-1.0, 1.0)))
    turn = tonic * np.pi / 12  # the key turns the figure: a semitone, 15 degrees
    aspect = 0.55 + 0.08 * (b % 4) if shape == "oblong" else 1.0
    if shape == "guitar":
        half = 0.52 + 0.16 * pace
        turn = float(s.rng.choice((-1.0, 1.0))) * (0.35 + 0.8 * s.direction.energy)
    if s.column:
        return fig.Plate(shape, (0.72, 0.5 + push / 2), max(half, 0.55), turn, aspect)
    cy = min(s.band + half * float(s.rng.uniform(0.2, 1.1)), 0.95)
    return _below_band(fig.Plate(shape, (0.5 + push, cy), half, turn, aspect), s.band)


def _below_band(plate: fig.Plate, band: float) -> fig.Plate:
    """The plate moved up or down, as little as it takes, until its edge keeps out of
    the title's band (a slanting or curved edge under the title splits its ground in
    two): the plate lies below the band or covers all of it."""
    side = 48
    rows = int(np.ceil(band * side))
    for turn in (plate.turn, 0.0):  # upright when turned it would show only a corner
        for step in sorted(range(-14, 12 if turn else 40), key=abs):
            centre = (plate.centre[0], plate.centre[1] + step / side)
            moved = fig.Plate(plate.shape, centre, plate.half, turn, plate.aspect)
            inside = fig.plate_field(moved, [(1, 1, 1, 1.0)], side)[1][:rows] < 0
            if inside.all() or not inside.any():
                return moved
    return plate


def lace(s: Sheet) -> compose.Box:
    """A plate rung in a high mode under sand, big and cropped by the frame: a square,
    round, oblong or guitar-shaped plate (lace_plate), the sand as stipple, dense where
    the plate is still and thin where it moves, so the nodal lines read as a lace; a
    soft light on the plate, no sand in the title's band. Stark (the steel layout): a
    near-black steel plate clamped at its centre, rung low, a sparse scatter of sand."""
    res = min(s.work, 512)  # a grain is a 512th of the cover at most
    a, b, salt = s.key
    tonic = int(np.argmax(signals.chroma(s.direction)))
    plate = lace_plate(s, tonic)
    if s.stark:
        pairs = modes.square_pairs(a, b, salt + int(s.rng.integers(4)), s.detail(1))
    else:
        pairs = modes.lace_pairs(a, b, salt + int(s.rng.integers(4)), s.detail(4))
    field, edge, (u, v) = fig.plate_field(plate, pairs, res)
    radius = np.hypot(u, v)
    px = 1.0 / (res * plate.half)  # a pixel in plate halves
    inside = np.clip(0.5 - edge / px, 0.0, 1.0)
    still = np.exp(-((field / (0.26 if s.stark else 0.3)) ** 2))
    chance = 0.75 * still**1.6 + 0.003 if s.stark else 0.95 * still**1.5 + 0.015
    chance = chance * s.quiet(res, 0.0) * np.clip(-edge / 0.03, 0.0, 1.0)
    draw = s.rng.random((res, res), dtype=np.float32)
    grains = np.where(draw < chance, 1.0 - 0.35 * draw / np.maximum(chance, 1e-6), 0.0)
    light = np.exp(-((radius / 1.4) ** 2)) * s.quiet(res, 0.5)
    shade, lit, sand = _lace_inks(s)
    top = _ramp(light, [shade, lit])
    mask = Image.fromarray(np.clip(grains * (0.5 + 0.5 * light) * 255, 0, 255).astype(np.uint8))
    top.paste(sand, (0, 0), mask)
    if s.stark:  # the clamp's bolt at the plate's centre
        bolt = np.clip((0.045 - radius) / (2 * px), 0.0, 1.0)
        top.paste(raster.tone(lit, 0.55, 0.01), (0, 0), _mask8(bolt))
        top.paste(shade, (0, 0), _mask8(np.clip((0.022 - radius) / (2 * px), 0.0, 1.0)))
    if plate.shape == "guitar":  # the sound hole, dark, with its rosette ring
        hx, hy, hr = fig.SOUND_HOLE
        hole = np.hypot(u - hx, v - hy) - hr
        ring = np.exp(-(((hole - 0.06) / 0.015) ** 2)) + np.exp(-(((hole - 0.1) / 0.008) ** 2))
        top.paste(sand, (0, 0), _mask8(ring * 0.8))
        top.paste(raster.tone(shade, 0.06, 0.01), (0, 0), _mask8(0.5 - hole / px))
    ground = Image.new("RGB", (res, res), s.inks.field)
    shadow = raster.fast_blur(_mask8(inside), res * 0.02)
    ground.paste(raster.tone(s.inks.field, 0.06, 0.01), (res // 80, res // 80), shadow)
    rim = np.exp(-((edge / (1.5 * px)) ** 2)) * s.quiet(res, 0.3)
    top.paste(raster.tone(lit, 0.5, 0.02), (0, 0), _mask8(rim * 0.7))
    ground.paste(top, (0, 0), _mask8(inside))
    _place(s, ground)
    rows = np.nonzero(inside.max(axis=1) > 0.5)[0]
    cols = np.nonzero(inside.max(axis=0) > 0.5)[0]
    if not rows.size:
        return (0.0, s.top(), 1.0, 1.0)
    x0, x1 = cols[0] / res, (cols[-1] + 1) / res
    if s.column:
        return compose.clip_box((max(x0, 0.36), 0.0, x1, 1.0))
    return compose.clip_box((x0, max(rows[0] / res, s.top()), x1, (rows[-1] + 1) / res))


def _mask8(values: np.ndarray) -> Image.Image:
    """An 8-bit mask of `values` (0..1, clipped)."""
    return Image.fromarray((np.clip(values, 0.0, 1.0) * 255).astype(np.uint8), "L")


def _light_inks(s: Sheet) -> tuple[RGB, RGB, RGB]:
    """The dish's black and its ring light's two colours: the sand's hue and the
    second ink, both lifted to glow; for calm music a muted moonlight of the same two
    hues (an art director: "neon cyan too loud for quiet")."""
    inks = s.inks
    _, chroma, _ = rgb_to_oklch(inks.mass)
    black = raster.tone(inks.mass, 0.08, min(chroma, 0.025))
    if calm(s.direction):
        return black, raster.tone(inks.mark, 0.84, 0.025), raster.tone(inks.accent, 0.62, 0.045)
    one = raster.vivid(inks.mark, 0.86, 0.12)
    if rgb_to_oklch(inks.mark)[1] < 0.04:  # pale sand: the mass's hue glows instead
        one = raster.vivid(inks.mass, 0.8, 0.14)
    two = raster.vivid(inks.accent, 0.7, 0.17)
    return black, one, two


def cymascope(s: Sheet) -> compose.Box:
    """Water in a round dish ringing in one standing wave, seen from above under a
    ring light: the surface glints where its slope throws the light into the lens,
    coloured by the side of the ring it catches (two colours), an n-fold mandala on
    black, big and cropped by the frame below; the meniscus a thin bright rim."""
    res = min(s.work, 400)  # the glints are soft, and the bloom softens them more
    a, b, salt = s.key
    k, orders = modes.water_modes(a, b, salt + int(s.rng.integers(4)), s.detail(2))
    if s.column:
        cx, cy, radius = 0.78, 0.5, 0.5
    else:
        radius = float(s.rng.uniform(0.5, 0.74))  # the dish's rim clears the title's band
        cx = 0.5 + float(s.rng.uniform(-1.0, 1.0)) * (radius - 0.38)
        cx, cy = cx, s.band - 0.12 + radius
    r, theta = fig.polar((cx, cy), radius, res)
    kr = np.float32(k) * r
    height = np.zeros_like(r)
    for n, weight in orders:
        height += np.float32(weight) * fig.bessel(n, kr) * np.cos(n * (theta + np.float32(s.turn)))
    inside = np.clip((1.0 - r) / 0.015, 0.0, 1.0)
    height *= inside * (0.6 + 0.4 * np.minimum(r, 1.0))  # the wave stays strong to the rim
    gy, gx = np.gradient(height)
    slope = np.hypot(gx, gy) + np.float32(1e-6)
    # which side of the ring light a glint catches: the slope's direction against the turn
    side = 0.5 + 0.5 * (gx * np.float32(np.cos(s.turn)) + gy * np.float32(np.sin(s.turn))) / slope
    seen = slope[::4, ::4][inside[::4, ::4] > 0.5]
    slope /= np.float32(max(float(np.percentile(seen, 85)) if seen.size else 1.0, 1e-6))
    glint = np.exp(-(((slope - 0.75) / 0.16) ** 2)) * inside
    glint += 0.5 * np.exp(-(((r - 1.0) / 0.006) ** 2))  # the meniscus
    glint *= s.quiet(res, 0.05)
    black, one, two = _light_inks(s)
    lo, c1, c2 = (np.asarray(c, np.float32) for c in (black, one, two))
    colour = c1 + (c2 - c1) * side[..., None]
    rgb = lo + (colour - lo) * np.minimum(glint, 1.0)[..., None]
    rgb += np.float32(150.0) * np.maximum(glint - 0.85, 0.0)[..., None]  # the hottest: white
    img = Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB")
    bloom = raster.fast_blur(img, res * 0.012, 2).point(lambda v: v * 7 // 10)
    _place(s, ImageChops.screen(img, bloom))
    f = 0.75 * radius
    return compose.clip_box((cx - f, cy - f, cx + f, cy + f))


DRAW: dict[str, Callable[[Sheet], compose.Box]] = {
    "cymascope": cymascope,
    "lace": lace,
    "steel": lace,  # drawn stark: the Sheet says so
}
