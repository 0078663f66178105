"""Wood type: a letterpress poster printed from big carved letters. The title's
initials (or, when no face draws them, the tempo as a numeral) are cut as wood
blocks and stretched to fill their slots, the way a compositor fills a line of a
poster, in two or three inks on cream stock, with thick-and-thin rules, a row of
printer's ornaments, worn uneven ink and a little misregistration. The title
itself is set by the typography in the band the blocks leave open.

energy -> the composition (calm: one giant initial with its shadow print;
middling: initials stacked between rules; loud: initials reversed out of solid
blocks in a row); tempo -> how many ornaments (the beats of a bar); loudness ->
how hard the ink is pressed (wear); density -> rule weight; seed -> inks, which
band stays open, offsets.
"""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import Image, ImageChops, ImageDraw

from sleeve.engine import compose, raster
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.fonts import covers, title_face
from sleeve.engine.raster import RGB
from sleeve.engine.styles.base import Artwork, StyleInfo

STYLE = StyleInfo(
    name="wood_type",
    family="graphic",
    fits=("folk", "world", "rock", "jazz", "pop", "hiphop"),
)

LAYOUTS = ("initial", "stack", "blocks")  # calm .. loud
PROBE = 320  # glyphs are cut at this pixel size, then stretched into their slot


def _letters(direction: ArtDirection) -> tuple[list[str], object]:
    """Up to three initials of the title's words that the slab face draws (else the
    tempo as a numeral), and that face."""
    words = [w for w in direction.title.split() if any(c.isalnum() for c in w)]
    initials = [next(c for c in w if c.isalnum()).upper() for w in words][:3]
    face = title_face("".join(initials) or "0", "slab", 900.0)
    initials = [c for c in initials if covers(face, c)]
    if not initials:
        face = title_face("0", "slab", 900.0)
        initials = list(str(int(round(direction.tempo_bpm))))[:3]
    return initials, face


def _glyph(letter: str, face, width: int, height: int, stretch: float = 1.8) -> Image.Image:
    """The letter as a mask stretched to fill width x height (within reason: at most
    `stretch` times wider or taller than drawn, as extended and condensed cuts are)."""
    font = face.sized(PROBE)
    x0, y0, x1, y1 = font.getbbox(letter)
    gw, gh = max(1, x1 - x0), max(1, y1 - y0)
    mask = Image.new("L", (gw, gh), 0)
    ImageDraw.Draw(mask).text((-x0, -y0), letter, fill=255, font=font)
    scale = min(width / gw, height / gh)
    w = int(min(width, gw * scale * stretch))
    h = int(min(height, gh * scale * stretch))
    return mask.resize((max(1, w), max(1, h)), Image.Resampling.BILINEAR)


def _ink(img: Image.Image, mask: Image.Image, at: tuple[int, int], ink: RGB) -> None:
    """Multiply one ink through a mask onto the sheet at `at` (overprints darken)."""
    tint = Image.new("RGB", mask.size, "white")
    tint.paste(Image.new("RGB", mask.size, ink), (0, 0), mask)
    box = (*at, at[0] + mask.size[0], at[1] + mask.size[1])
    img.paste(ImageChops.multiply(img.crop(box), tint), box)


def _ornaments(
    draw: aggdraw.Draw, y: float, x0: float, x1: float, n: int, r: float, ink: RGB
) -> None:
    """A row of printer's diamonds between x0 and x1."""
    brush = aggdraw.Brush(ink)
    for k in range(n):
        x = x0 + (k + 0.5) * (x1 - x0) / n
        draw.polygon((x, y - r, x + r * 0.7, y, x, y + r, x - r * 0.7, y), brush)


def _draw(direction: ArtDirection, size: int) -> Artwork:
    """The wood-type art at `size`, before the finish."""
    rng = raster.rng_for(direction, "wood")
    pal = direction.palette
    layout = compose.pick(rng, LAYOUTS, direction.energy)
    paper = raster.ground(pal.background, 0.93, 0.03)
    inks = [
        raster.tone(pal.colors[1 % len(pal.colors)], 0.27, 0.07),  # the black
        raster.vivid(pal.colors[0], 0.55, 0.17),
        raster.vivid(pal.accent, 0.64, 0.17),
    ]
    if rng.random() < 0.5:
        inks[1], inks[2] = inks[2], inks[1]
    letters, face = _letters(direction)
    img = Image.new("RGB", (size, size), paper)
    s, m = size, 0.06
    open_top = rng.random() < 0.5  # the title's band
    y0, y1 = (0.38, 0.95) if open_top else (0.05, 0.62)
    rule = (0.012 + 0.012 * direction.density) * s
    if layout == "initial":  # one giant letter, its shadow printed first in the second ink
        h = int((y1 - y0 - 0.06) * s)
        w = int(min(0.62, 0.4 + 0.1 * len(letters[0])) * s)
        glyph = _glyph(letters[0], face, w, h)
        x = int(rng.uniform(m, 1 - m - glyph.size[0] / s) * s)
        y = int((y0 + 0.03) * s + (h - glyph.size[1]) / 2)
        d = int(rng.uniform(0.012, 0.025) * s)
        _ink(img, glyph, (x + d, y + d), inks[2])
        _ink(img, glyph, (x, y), inks[1])
        focal = (x / s, y / s, (x + glyph.size[0] + d) / s, (y + glyph.size[1] + d) / s)
    elif layout == "stack":  # initials stacked, each filling its line, rules between
        n = len(letters)
        gap = 0.03
        lh = (y1 - y0 - gap * (n + 1)) / n
        y = y0 + gap
        draw = aggdraw.Draw(img)
        for k in range(n + 1):
            yy = (y0 + k * (lh + gap) + gap * 0.5) * s
            draw.rectangle(
                (m * s, yy - rule / 2, (1 - m) * s, yy + rule / 2), aggdraw.Brush(inks[0])
            )
        draw.flush()
        for k, letter in enumerate(letters):
            glyph = _glyph(
                letter, face, int((1 - 2 * m) * s * (0.5 if n == 1 else 1.0)), int(lh * s), 2.6
            )
            x = int(((1 - glyph.size[0] / s) / 2) * s)
            _ink(img, glyph, (x, int(y * s + (lh * s - glyph.size[1]) / 2)), inks[1 + k % 2])
            y += lh + gap
        focal = (m, y0, 1 - m, y1)
    else:  # blocks: the initials reversed out of solid inked blocks in a row
        n = len(letters)
        bw = (1 - 2 * m - 0.03 * (n - 1)) / n
        bh = min(y1 - y0 - 0.05, bw * 1.6)
        top = y1 - bh if open_top else y0  # against the edge, away from the title
        for k, letter in enumerate(letters):
            x = m + k * (bw + 0.03)
            block = Image.new("L", (int(bw * s), int(bh * s)), 255)
            glyph = _glyph(letter, face, int(bw * s * 0.8), int(bh * s * 0.82))
            gx, gy = (block.size[0] - glyph.size[0]) // 2, (block.size[1] - glyph.size[1]) // 2
            block.paste(0, (gx, gy), glyph)
            _ink(img, block, (int(x * s), int(top * s)), inks[[1, 0, 2][k % 3]])
        focal = (m, top, 1 - m, top + bh)
    # rules and ornaments frame the poster on the side away from the title
    draw = aggdraw.Draw(img)
    edge = y1 + 0.015 if not open_top else y0 - 0.05
    draw.rectangle((m * s, edge * s, (1 - m) * s, edge * s + rule), aggdraw.Brush(inks[0]))
    draw.rectangle(
        (m * s, edge * s + rule * 1.8, (1 - m) * s, edge * s + rule * 2.3), aggdraw.Brush(inks[0])
    )
    beats = 4 if direction.tempo_bpm >= 90 else 3
    oy = (edge + (0.035 if not open_top else -0.025)) * s + rule
    _ornaments(draw, oy, 0.3 * s, 0.7 * s, beats + 1, 0.012 * s, inks[2])
    draw.flush()
    # worn ink: paper shows through where the block was pressed lightly
    wear = raster.fractal_noise(rng, cells=24, octaves=2, res=256)
    light = np.clip((wear - (0.75 - 0.2 * (1 - direction.loudness))) * 4, 0, 1)
    img = raster.blend(
        img,
        Image.new("RGB", (size, size), paper),
        raster.upscale(light.astype(np.float32) * 0.6, size),
    )
    img = raster.multiply(img, raster.paper(raster.rng_for(direction, "wood-paper"), 0.1))
    return Artwork(img, focal)


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the cover (RGB, size x size): the art at up to raster.work_size, the
    finish (grain) at full size."""
    art = _draw(direction, raster.work_size(size))
    image = finish(raster.to_size(art.image, size), direction, "wood", 0.03)
    return Artwork(image, art.focal)
