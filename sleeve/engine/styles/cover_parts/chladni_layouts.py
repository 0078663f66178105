"""Chladni's compositions, each its own picture. Each is drawn with the title's band
at the top (the style flips and mirrors the sheet afterwards), keeps that band quiet
and returns its focal box:

- cymascope: the standing wave on water in a round dish seen from above under a ring
  light of two colours (muted for calm music): a big n-fold mandala of specular
  glints on black, cropped by the frame;
(The sand figures are in chladni_cymatics.) The sand
photograph cropped past the plate's edge and the linocut are retired: art directors read
their many loops as squiggles.

Retired: the lace (a brass or steel plate clamped by a bolt, lying on a cloth), its
stark steel plate, and the violin, guitar and drum the figure was rung on: reviewers
read the plates as cookware and the drum as a stock icon (a gold kettledrum on Hall of
Kings was the worst cover of a bench). Before them: the plate coloured as the palette
with no clamp (read as a doily or a net), the guitar-shaped plate, the one centred,
upright square lace
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

from sleeve.engine import compose, raster
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
    material: str = ""  # what the plate and the sand are (chladni_material), "" the first
    plate: tuple[RGB, ...] = ()  # the material's ground, plate (lit, shaded) and sand
    sheen: tuple[float, ...] = (0.25, 0.55)  # the plate's light off and in the pool


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
    band: float = 0.3  # where the title's calm band ends (fraction of the side)
    stark: bool = False  # a hard genre: near-black plate and ink, sparse bone sand
    joy: bool = False  # children's, tropical: bright primaries on pale paper
    flips: tuple[bool, bool] = (False, False)  # the style turns it upside down, mirrors it

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


def _place(s: Sheet, img: Image.Image) -> None:
    """Paste a square picture drawn at any size onto the whole sheet."""
    if img.size[0] != s.work:
        img = img.resize((s.work, s.work), Image.Resampling.BILINEAR)
    s.img.paste(img)


CALM_ENERGY = 0.3  # below it (or for ambient music) the sand and the light are muted


def calm(direction: ArtDirection) -> bool:
    """Whether the music is quiet enough for muted sand and light (ambient, or soft)."""
    return direction.genre == "ambient" or direction.energy < CALM_ENERGY


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


DRAW: dict[str, Callable[[Sheet], compose.Box]] = {"cymascope": cymascope}
