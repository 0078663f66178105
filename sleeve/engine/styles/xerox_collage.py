"""Xerox collage: punk's cut-and-paste, two bold ideas per cover. A composition (one
giant copied picture cropped by the edge, a grid of stamps, a strip of copies of a
copy, or a newsprint page with a photo inset; the title is set once, by the
typography, never pasted again as a ransom note) and a motif (a raised fist,
a crowd, a skull mask, a car, a tower block, a skyline, one huge letter of the
title), threshold-copied with burnt edges and streaks, pasted with torn edges and
staples, safety pins or tape.

energy -> moves the seed's composition along (newsprint, stamps, strip, giant) and
how crooked; genre -> the motifs likely (punk: fist, crowd;
hip-hop: towers, cars; metal: skulls); loudness -> the copier's contrast; the
palette's accent -> the one fluoro ink (the nearer of pink and yellow when the accent
is dull; none when the palette is monochrome), sometimes as fluoro ink over black;
seed -> the rest.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageChops, ImageDraw

from sleeve.engine import raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.raster import RGB
from sleeve.engine.styles.base import Artwork, Box, StyleInfo
from sleeve.engine.styles.cover_parts import xerox_motifs as motifs

STYLE = StyleInfo(
    name="xerox_collage",
    family="image",
    fits=("punk", "rock", "hiphop"),  # metal and industrial list it by name
)

COMPOSITIONS = ("newsprint", "stamps", "strip", "giant")  # calm .. loud
FLUORO: tuple[RGB, RGB] = ((255, 62, 165), (255, 242, 0))  # pink, yellow
PAPER: RGB = (243, 240, 230)
INK: RGB = (16, 16, 16)
GENRE_MOTIFS = {
    "punk": ("fist", "crowd", "skull", "tower", "letter"),
    "hiphop": ("tower", "car", "crowd", "skyline", "letter"),
    "metal": ("skull", "fist", "crowd", "letter"),
    "electronic": ("skyline", "letter", "car", "tower"),
    "rock": ("crowd", "car", "fist", "skyline", "letter"),
}
ALL_MOTIFS = ("fist", "crowd", "skull", "car", "tower", "skyline", "letter")
SPAN = 0.74  # the share of the height the collage takes; the rest is the title's
LONG_SPAN = 0.64  # a title of more than LONG characters sets on two or three lines
LONG = 12


class Paste:
    """What a composition needs: the image, the seeded generator, the ink and the
    words, and the boxes of what it pasted (their union is the focal region).

    Compositions place things in fractions of an area: the full width and `span` of
    the height, above or below a band left calm for the title."""

    def __init__(self, direction: ArtDirection, img: Image.Image, rng: np.random.Generator):
        self.d, self.img, self.rng, self.size = direction, img, rng, img.size[0]
        self.span = LONG_SPAN if len(direction.title) > LONG else SPAN
        self.top = (0.0, 1.0 - self.span)[int(rng.integers(2))]
        self.boxes: list[Box] = []
        self.fluoro = _fluoro(direction.palette.accent)
        self.contrast = 5 + 5 * direction.loudness  # a copier: never soft greys
        table = GENRE_MOTIFS.get(direction.genre, ALL_MOTIFS)
        self.motif = table[int(rng.integers(len(table)))]
        self.words = [w for w in direction.title.split() if any(c.isalnum() for c in w)]
        self.letters = [c.upper() for c in direction.title if c.isalnum()] or ["0"]

    def copy(
        self,
        w: float,
        h: float,
        cells: float = 40.0,
        contrast: float = 0.0,
        k: int = 0,
        zoom: float = 1.0,
    ) -> Image.Image:
        """The motif copied at w x h (fractions of the side), a random detail of it
        when zoomed; a letter motif takes the title's k-th letter, so a row of stamps
        spells it."""
        wp, hp = self.px(w, h)
        glyph = self.letters[k % len(self.letters)]
        ink = motifs.picture(self.motif, wp, hp, self.rng, glyph, zoom)
        return motifs.photocopy(ink, self.rng, contrast or self.contrast, cells)

    def paste(self, scrap: Image.Image, x: float, y: float, tilt: float = 1.0) -> Box:
        """Paste a scrap with torn edges at (x, y), turned by the energy; its box."""
        w, h = scrap.size
        mask = motifs.torn(w, h, self.rng, 0.006 + 0.012 * self.d.energy)
        angle = self.rng.normal(0, (1 + 5 * self.d.energy) * tilt)
        scrap = scrap.rotate(angle, expand=True, resample=Image.Resampling.BILINEAR)
        mask = mask.rotate(angle, expand=True, resample=Image.Resampling.BILINEAR)
        top = self.top + y * self.span
        self.img.paste(scrap, (int(x * self.size), int(top * self.size)), mask)
        box = (x, top, x + w / self.size, top + h / self.size)
        self.boxes.append(box)
        return box

    def px(self, w: float, h: float) -> tuple[int, int]:
        """Pixels of a scrap w x h in the area's fractions."""
        return max(8, int(w * self.size)), max(8, int(h * self.span * self.size))

    def ink_over_black(self, scrap: Image.Image) -> Image.Image:
        """A copy reprinted as fluoro ink on black (its black becomes the ink)."""
        return ImageChops.multiply(
            ImageChops.invert(scrap), Image.new("RGB", scrap.size, self.fluoro or PAPER)
        )

    def tint(self, scrap: Image.Image) -> Image.Image:
        """A copy printed on fluoro paper."""
        return ImageChops.multiply(
            scrap, Image.new("RGB", scrap.size, self.fluoro or (200, 200, 196))
        )


def _fluoro(accent: RGB) -> RGB | None:
    """The accent when it is already fluoro; else the nearer of pink and yellow when
    it has a hue; None for a monochrome palette (black metal, drill)."""
    lit, chroma, hue = rgb_to_oklch(accent)
    if chroma > 0.18 and lit > 0.62:
        return accent
    if chroma > 0.08:
        gaps = [abs((hue - rgb_to_oklch(ink)[2] + 180) % 360 - 180) for ink in FLUORO]
        return FLUORO[int(np.argmin(gaps))]
    return None


def giant(p: Paste) -> None:
    """One giant copy cropped by the edge; on black, sometimes in fluoro ink."""
    w, h = p.rng.uniform(0.8, 1.05), p.rng.uniform(0.7, 0.95)
    scrap = p.copy(w, h, cells=30)
    if p.fluoro and p.rng.random() < 0.5:
        scrap = p.ink_over_black(scrap)
    bleed = 0.1 if p.top == 0.0 else 0.0  # off the cover's edge, never into the title's band
    y = p.rng.uniform(-bleed, 1.0 - h + 0.1 - bleed)
    p.paste(scrap, p.rng.uniform(-0.12, 1.0 - w + 0.12), y, 0.5)


def stamps(p: Paste) -> None:
    """A grid of stamps: the same picture copied again and again, one in fluoro."""
    n = 3 if p.rng.random() < p.d.energy - 0.3 else 2
    most = {"letter": 1.0, "crowd": 1.3}.get(p.motif, 2.2)
    zoom = p.rng.uniform(1.0, most)  # each stamp a detail of the picture
    cell = p.rng.uniform(0.25, 0.28) if n == 3 else p.rng.uniform(0.36, 0.42)
    x0 = p.rng.uniform(0.03, 0.97 - n * cell * 1.08)
    y0 = p.rng.uniform(0.03, 0.97 - n * cell * 1.08)
    odd = int(p.rng.integers(n * n))
    for k in range(n * n):
        scrap = p.copy(cell, cell, 25, p.contrast * p.rng.uniform(0.6, 1.4), k, zoom)
        scrap = p.tint(scrap) if k == odd else scrap
        p.paste(scrap, x0 + (k % n) * cell * 1.08, y0 + (k // n) * cell * 1.08, 0.4)


def strip(p: Paste) -> None:
    """A strip of copies of a copy, each enlarged and darker than the last, along a
    diagonal."""
    n = 3
    side = p.rng.uniform(0.34, 0.42)
    sx, sy = p.rng.uniform(0.0, 0.06), p.rng.uniform(0.02, 0.96 - side)
    dy = float(np.clip(p.rng.uniform(-0.25, 0.25), -sy / 2, (0.96 - side - sy) / 2))
    for k in range(n):
        zoom = 1.0 if p.motif == "letter" else 1.0 + 0.5 * k  # each copy enlarged again
        scrap = p.copy(side, side, 32, p.contrast * (0.6 + 0.5 * k), k, zoom)
        scrap = p.tint(scrap) if k == n - 1 else scrap
        p.paste(scrap, sx + k * (0.98 - side - sx) / (n - 1), sy + k * dy, 0.6)


def newsprint(p: Paste) -> None:
    """A newspaper page of the title's words with the picture inset in a column."""
    w, h = p.rng.uniform(0.7, 0.9), p.rng.uniform(0.7, 0.9)
    x, y = p.rng.uniform(0.02, 0.98 - w), p.rng.uniform(0.02, 0.98 - h)
    text_rng = np.random.default_rng(int(p.rng.integers(2**32)))  # lines vary with size
    page = motifs.newsprint(*p.px(w, h), p.words, text_rng)
    p.paste(Image.merge("RGB", (page, page, page)), x, y, 0.5)
    p.boxes.clear()
    pw, ph = w * p.rng.uniform(0.45, 0.6), h * p.rng.uniform(0.4, 0.55)
    photo = p.copy(pw, ph, cells=45)
    photo = p.tint(photo) if p.rng.random() < 0.4 else photo
    p.paste(photo, x + p.rng.choice([0.05, w - pw - 0.05]), y + h * 0.3)


COMPOSERS = {
    "giant": giant,
    "stamps": stamps,
    "strip": strip,
    "newsprint": newsprint,
}


def _fasten(p: Paste) -> None:
    """Staples, safety pins or tape at the corners of what was pasted."""
    kind = ("staples", "pins", "tape")[int(p.rng.integers(3))]
    draw = ImageDraw.Draw(p.img, "RGBA")
    for x0, y0, x1, _ in p.boxes[:4]:
        for cx, cy in ((x0 + 0.03, y0 + 0.03), (x1 - 0.05, y0 + 0.03)):
            x, y, angle = cx * p.size, cy * p.size, p.rng.normal(0, 0.4)
            if kind == "staples":
                motifs.staple(draw, x, y, p.size, angle)
            elif kind == "pins" and p.rng.random() < 0.5:
                motifs.safety_pin(draw, x, y, p.size, angle + 0.6)
            elif kind == "tape":
                w = p.size * 0.12
                draw.rectangle(
                    (x - w / 2, y - w / 6, x + w / 2, y + w / 6), fill=(235, 225, 190, 130)
                )


def _draw(direction: ArtDirection, size: int) -> Artwork:
    """The xerox-collage art at `size`, before the finish."""
    rng = raster.rng_for(direction, "xerox")
    step = int(rng.integers(len(COMPOSITIONS))) + round(4 * direction.energy)
    composition = COMPOSITIONS[step % len(COMPOSITIONS)]  # the seed's pick, moved by energy
    dark = rng.random() < 0.4
    sheet = (18, 18, 18) if dark else raster.tone(direction.palette.background, 0.93, 0.012)
    p = Paste(direction, Image.new("RGB", (size, size), sheet), rng)
    COMPOSERS[composition](p)
    _fasten(p)
    x0, y0 = (float(np.clip(min(b[k] for b in p.boxes), 0, 1)) for k in (0, 1))
    x1, y1 = (float(np.clip(max(b[k] for b in p.boxes), 0, 1)) for k in (2, 3))
    return Artwork(p.img, (x0, y0, max(x1, x0 + 0.05), max(y1, y0 + 0.05)))


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the cover (RGB, size x size): the art at up to raster.work_size, the
    finish (grain) at full size."""
    art = _draw(direction, raster.work_size(size))
    image = finish(raster.to_size(art.image, size), direction, "xerox", 0.045)
    return Artwork(image, art.focal)
