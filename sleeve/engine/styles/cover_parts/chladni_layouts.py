"""Chladni's compositions, each its own picture. Each is drawn with the title's band
at the top (the style flips and mirrors the sheet afterwards), keeps that band quiet
and returns its focal box:

- lace: a brass or steel plate clamped at its centre by a bolt, big and cropped, with
  a soft shadow on the cloth, photographed under sand: square, round or oblong, placed
  by the music (lace_plate), its nodal lines crossing at the clamp, drawn as stipple,
  no sand and no plate edge in the title's band;
- steel (the lace drawn stark, for hard music): blackened steel, rung low, a sparse
  scatter of bone sand;
- cymascope: the standing wave on water in a round dish seen from above under a ring
  light of two colours (muted for calm music): a big n-fold mandala of specular
  glints on black, cropped by the frame;
(The violin, guitar and drum, pictures with a subject, are in chladni_instruments and
chladni_guitar.)

Retired: the plate coloured as the palette with no clamp (read as a doily or a net), the
guitar-shaped plate (now the guitar's own top), the one centred, upright square lace
(the same figure on four tracks), the relief (a low mode's sand heaped into ridges under
a raking light: two art directors read it as plaster or leather, never sand), dust (fine
glowing dust on a black round plate: with the photo it made every cover one thin glowing
line on dark grain), photo (the whole cover a lit plate, one low-order rounded square or
cross: the same picture on every track) and macro (a few drifts of coarse grain: the
same thin line, closer). Earlier reviews retired the small specimen in a void (a lost
tile), the framed plate (a medallion template), the tilted plate (a sports court), the
two-ink poster plate (a paint swatch card), the sheet of specimens (a tile catalogue),
the giant disc of bold rings (a maze) and the engraving of fine rules (blurry aliasing).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageChops

from sleeve.engine import compose, raster, signals
from sleeve.engine.color import oklch_to_rgb, rgb_to_oklch
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


def calm(direction: ArtDirection) -> bool:
    """Whether the music is quiet enough for muted sand and light (ambient, or soft)."""
    return direction.genre == "ambient" or direction.energy < CALM_ENERGY


METALS = {  # a plate's shade and light (oklch): brass on a warm cover, steel on a cool one
    "brass": ((0.3, 0.06, 75.0), (0.66, 0.1, 86.0)),
    "steel": ((0.26, 0.012, 250.0), (0.68, 0.014, 240.0)),
    "black": ((0.1, 0.008, 250.0), (0.3, 0.012, 250.0)),  # blackened steel, hard music
}


def metal(s: Sheet) -> str:
    """The plate's metal: blackened steel for hard music, brass for a warm palette
    (its plate hue red to yellow), polished steel for a cool or grey one."""
    if s.stark:
        return "black"
    _, chroma, hue = rgb_to_oklch(s.inks.mass)
    return "brass" if chroma > 0.04 and (hue < 110 or hue > 330) else "steel"


def _lace_inks(s: Sheet) -> tuple[RGB, RGB, RGB]:
    """The plate's metal in the shade and in the light (METALS) and the sand: bone on
    blackened steel, pale sand on brass and steel (muted for calm music; classical gold
    stays gold)."""
    shade, lit = (oklch_to_rgb(*c) for c in METALS[metal(s)])
    if s.stark:
        return shade, lit, raster.tone(s.inks.mark, 0.86, 0.015)
    light, mark_chroma, _ = rgb_to_oklch(s.inks.mark)
    if light < 0.6:  # a dark ink on a vivid field: the sand is paper
        light, mark_chroma = 0.95, 0.01
    sand_chroma = min(mark_chroma, 0.02 if calm(s.direction) else 0.1)
    return shade, lit, raster.tone(s.inks.mark, max(light, 0.94), sand_chroma)


CLAMP_LOW = 0.8  # the clamp's bolt stays this high or higher: the plate reads as an object


def lace_plate(s: Sheet, tonic: int) -> fig.Plate:
    """Where the plate lies and what it is, from the music: its shape from the loudest
    bands and the seed (the steel plate is square), its size from the tempo (faster
    music, a closer crop), its centre pushed off the middle by the energy and the seed,
    and its turn from the key."""
    a, b, salt = s.key
    shapes = ("square",) if s.stark else fig.SHAPES
    shape = shapes[(a + b + salt) % len(shapes)]
    pace = float(np.clip((s.direction.tempo_bpm - 60.0) / 120.0, 0.0, 1.0))
    half = 0.36 + 0.2 * pace + float(s.rng.uniform(-0.03, 0.05))
    push = (0.06 + 0.3 * s.direction.energy) * float(s.rng.choice((-1.0, 1.0)))
    turn = tonic * np.pi / 12  # the key turns the figure: a semitone, 15 degrees
    aspect = 0.55 + 0.08 * (b % 4) if shape == "oblong" else 1.0
    if s.column:
        return fig.Plate(shape, (0.68, 0.5 + push / 2), max(half, 0.5), turn, aspect)
    low = float(s.rng.uniform(0.9, 1.15))
    for _ in range(6):  # smaller until its clamp shows below the title's band
        cy = min(s.band + half * low, CLAMP_LOW)
        plate = _below_band(fig.Plate(shape, (0.5 + push, cy), half, turn, aspect), s.band)
        if plate.centre[1] <= CLAMP_LOW + 0.02:
            break
        half *= 0.85
    return plate


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


def _brushed(s: Sheet, u: np.ndarray, v: np.ndarray) -> np.ndarray:
    """The plate's light, 0..1: a broad sheen across it (a softbox over the plate),
    fine brushing along it, darker toward its rim."""
    streaks = raster.fast_blur(
        Image.fromarray((s.rng.random((1, 256)) * 255).astype(np.uint8)).resize((256, 8)), 1
    )
    noise = np.asarray(streaks, np.float32)[4] / 255.0
    row = np.clip(((v + 1.2) / 2.4 * 255).astype(np.int32), 0, 255)
    sheen = np.exp(-(((0.7 * u + 0.7 * v + 0.25) / 0.55) ** 2))
    return np.clip(0.3 + 0.55 * sheen + 0.12 * (noise[row] - 0.5), 0.0, 1.0)


def _bolt(u: np.ndarray, v: np.ndarray, px: float) -> tuple[np.ndarray, np.ndarray]:
    """The clamp at the plate's centre (plate halves): a round washer and a hex nut on
    it, as 0..1 masks."""
    radius = np.hypot(u, v)
    washer = np.clip((0.085 - radius) / px, 0.0, 1.0)
    near = radius < 0.07
    nut = np.zeros_like(radius)
    cu, cv = u[near], v[near]
    hexa = np.max([np.abs(cu * np.cos(t) + cv * np.sin(t)) for t in (0.3, 1.347, 2.394)], axis=0)
    nut[near] = np.clip((0.05 - hexa) / px, 0.0, 1.0)
    return washer, nut


def lace(s: Sheet) -> compose.Box:
    """A brass or steel plate clamped at its centre by a bolt, rung under sand, big
    and cropped by the frame, with a soft shadow on the cloth: a square, round or
    oblong plate (lace_plate) in a mode with its node at the clamp, so its nodal lines
    cross there; the sand as stipple, dense where the plate is still; brushed metal
    under a sheen, a bevelled rim; no sand in the title's band. Stark (the steel
    layout): blackened steel rung low, a sparse scatter of bone sand."""
    res = min(s.work, 512)  # a grain is a 512th of the cover at most
    a, b, salt = s.key
    tonic = int(np.argmax(signals.chroma(s.direction)))
    plate = lace_plate(s, tonic)
    detail = s.detail(1) if s.stark else s.detail(4)  # the steel rings low
    pairs = modes.lace_pairs(a, b, salt + int(s.rng.integers(4)), detail)
    field, edge, (u, v) = fig.plate_field(plate, pairs, res)
    px = 1.0 / (res * plate.half)  # a pixel in plate halves
    inside = np.clip(0.5 - edge / px, 0.0, 1.0)
    still = np.exp(-((field / (0.26 if s.stark else 0.3)) ** 2))
    dense = 0.7 + 0.5 * s.direction.energy  # louder music throws more sand
    chance = 0.75 * still**1.6 + 0.003 if s.stark else dense * (0.85 * still**1.5 + 0.01)
    chance = chance * s.quiet(res, 0.0) * np.clip(-edge / 0.03, 0.0, 1.0)
    draw = s.rng.random((res, res), dtype=np.float32)
    grains = np.where(draw < chance, 1.0 - 0.35 * draw / np.maximum(chance, 1e-6), 0.0)
    light = _brushed(s, u, v) * s.quiet(res, 0.6)
    shade, lit, sand = _lace_inks(s)
    top = _ramp(light, [shade, lit])
    washer, nut = _bolt(u, v, px)
    top.paste(sand, (0, 0), _mask8(grains * (1.0 - washer)))
    top.paste(raster.tone(lit, 0.78, 0.02), (0, 0), _mask8(washer))
    top.paste(raster.tone(shade, 0.2, 0.01), (0, 0), _mask8(nut))
    top.paste(raster.tone(lit, 0.85, 0.01), (0, 0), _mask8(nut * np.clip(-(u + v) * 20, 0, 1)))
    ground = Image.new("RGB", (res, res), s.inks.field)
    shadow = raster.fast_blur(_mask8(inside), res * 0.03)
    dark = 0.6 * rgb_to_oklch(s.inks.field)[0]
    ground.paste(raster.tone(s.inks.field, dark, 0.02), (res // 60, res // 40), shadow)
    rim = np.exp(-(((edge + 2 * px) / (1.5 * px)) ** 2)) * s.quiet(res, 0.3)
    top.paste(raster.tone(lit, 0.9, 0.01), (0, 0), _mask8(rim * 0.8))
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
