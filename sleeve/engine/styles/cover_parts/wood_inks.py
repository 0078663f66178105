"""Stock and inks for the wood-type style, from the genre: cumbia and chicha print
fluoro pink, orange and green on white; Bollywood crimson, rani pink and purple on
marigold or cream; folk and country earth inks on cream; dark genres print bone and vivid inks
on black stock; the rest take the palette, on its own vivid field or a pale paper of
its hue. Also the printing itself: one ink through a mask, worn and misregistered."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageChops

from sleeve.engine import raster
from sleeve.engine.color import from_hex, rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB

FLUORO = ("#FFFFFF", "#E8107A", "#E64A00", "#00953A", "#1A1A1A")  # deep enough to read on white
BOLLYWOOD = (("#FF9A1F", "#F6E3B4"), "#C8102E", "#E0187A", "#7A1FA2", "#3B1F12")
EARTH = ("#F3E9D2", "#B03A2E", "#1F3A5F", "#D4A017", "#1E1E24")  # cream, red, navy, mustard, black
# a country printer's coloured stocks (paper, spot inks, key): mustard with barn red
# and navy under a near-black key (no brown: it read as mud); navy (dark) with
# mustard, bright red and a cream key
MUSTARD = ("#E3B33C", "#B03A2E", "#1F3A5F", "#1E1E24")
NAVY_STOCK = ("#1F3A5F", "#F2C14E", "#E0523F", "#F3E9D2")


def stock(direction: ArtDirection, rng: np.random.Generator) -> tuple[RGB, list[RGB], bool]:
    """The paper, three inks (the key ink first, then two spot inks, all readable on
    the paper) and whether the stock is dark."""
    pal, sub = direction.palette, direction.language.subgenre
    if sub in ("tropical", "cumbia", "chicha", "salsa"):
        paper, *inks, key = FLUORO
        return from_hex(paper), [from_hex(key), *_shuffled(rng, inks)[:2]], False
    if sub == "bollywood":
        papers, *inks, key = BOLLYWOOD
        paper = papers[int(rng.integers(2))]
        return from_hex(paper), [from_hex(key), *_shuffled(rng, inks)[:2]], False
    if direction.genre == "folk":
        return _folk(direction, rng)
    lit, chroma, _ = rgb_to_oklch(pal.background)
    spots = [*pal.colors, pal.accent]
    if lit < 0.45:  # black stock: bone key ink and the palette's brightest inks
        paper = raster.tone(pal.background, 0.17, min(chroma, 0.02))
        inks = [raster.vivid(c, 0.68, 0.19) for c in spots]
        key = raster.tone(pal.colors[0], 0.93, 0.03)
    else:
        paper = (
            pal.background
            if chroma >= raster.VIVID_FIELD
            else raster.tone(pal.background, 0.94, min(chroma, 0.025))
        )
        inks = [raster.vivid(c, 0.56, 0.19) for c in spots]
        key = raster.tone(pal.colors[0], 0.24, 0.06)
    return paper, [key, *_distinct(rng, inks, paper)], lit < 0.45


def _folk(direction: ArtDirection, rng: np.random.Generator) -> tuple[RGB, list[RGB], bool]:
    """Folk and country stock: earth inks on cream, or (for songs with some lift) a
    coloured stock, mustard or navy, so a bill is a block of colour, not brown on
    cream."""
    lift = direction.energy + direction.valence
    pick = rng.random()
    if lift > 0.7 and pick < 0.45:
        stock_hex = MUSTARD if pick < 0.25 else NAVY_STOCK
        paper, *inks, key = stock_hex
        return from_hex(paper), [from_hex(key), *_shuffled(rng, inks)], stock_hex is NAVY_STOCK
    paper, *inks, key = EARTH
    return from_hex(paper), [from_hex(key), *_shuffled(rng, inks)[:2]], False


def _shuffled(rng: np.random.Generator, hexes: list[str]) -> list[RGB]:
    """The inks in a seed-chosen order."""
    order = rng.permutation(len(hexes))
    return [from_hex(hexes[int(i)]) for i in order]


def _distinct(rng: np.random.Generator, inks: list[RGB], paper: RGB) -> list[RGB]:
    """Two spot inks that stand off the paper and from each other (a blue block on
    blue paper is lost); the most colourful first, the seed swapping near-equals."""
    base = rgb_to_oklch(paper)

    def apart(a: tuple, b: tuple) -> float:
        hue = min(abs(a[2] - b[2]), 360 - abs(a[2] - b[2])) / 180 * min(a[1], b[1]) * 4
        return abs(a[0] - b[0]) + hue

    def worth(c: RGB) -> float:  # colourful and standing off the paper
        lch = rgb_to_oklch(c)
        return apart(lch, base) + 2.5 * lch[1] + 0.15 * rng.random()

    scored = sorted(inks, key=lambda c: -worth(c))
    first = scored[0]
    rest = [c for c in scored[1:] if apart(rgb_to_oklch(c), rgb_to_oklch(first)) > 0.15]
    second = rest[0] if rest else raster.tone(first, None, None, 150.0)
    return [first, second]


def opaque(paper: RGB, dark: bool) -> bool:
    """Whether inks print opaque on this stock: on black, and on a coloured stock
    (navy multiplied on mustard printed olive mud); only pale paper takes them
    transparent."""
    lightness, chroma, _ = rgb_to_oklch(paper)
    return dark or chroma > 0.06 or lightness < 0.8


def mix_reads(a: RGB, b: RGB) -> bool:
    """Whether two transparent inks crossed make a colour, not mud: their product is
    near black, or keeps some chroma (navy over mustard gives olive; it does not)."""
    lightness, chroma, _ = rgb_to_oklch(tuple(x * y // 255 for x, y in zip(a, b, strict=True)))
    return lightness < 0.2 or chroma > 0.07


def fountain(a: RGB, b: RGB, width: int, height: int) -> Image.Image:
    """A split-fountain roll: two inks on one roller, blending top to bottom."""
    t = np.linspace(0.0, 1.0, max(1, height), dtype=np.float32)[:, None, None]
    rows = np.asarray(a, np.float32) * (1 - t) + np.asarray(b, np.float32) * t
    return Image.fromarray(rows.astype(np.uint8), "RGB").resize((max(1, width), max(1, height)))


def on_sheet(
    img: Image.Image, mask: Image.Image, at: tuple[int, int]
) -> tuple[tuple[int, int, int, int], Image.Image] | None:
    """The part of the sheet a mask placed at `at` covers, and the mask cut to it;
    None when it falls wholly off the sheet."""
    x, y = at
    box = (
        max(0, x),
        max(0, y),
        min(img.size[0], x + mask.size[0]),
        min(img.size[1], y + mask.size[1]),
    )
    if box[2] <= box[0] or box[3] <= box[1]:
        return None
    return box, mask.crop((box[0] - x, box[1] - y, box[2] - x, box[3] - y))


def press(
    img: Image.Image, mask: Image.Image, at: tuple[int, int], ink: RGB | Image.Image, dark: bool
) -> None:
    """Print one ink (or a fountain roll of the mask's size) through a mask onto the
    sheet at `at`: on pale stock the inks multiply (overprints darken, as transparent
    inks do); on black stock they sit opaque on top."""
    inked = mask.getbbox()  # only the inked part (a full-sheet mask of a small disc)
    if inked is None:
        return
    if inked != (0, 0, *mask.size) and not isinstance(ink, Image.Image):
        mask, at = mask.crop(inked), (at[0] + inked[0], at[1] + inked[1])
    clipped = on_sheet(img, mask, at)
    if clipped is None:
        return
    box, cut = clipped
    x, y = at
    region = img.crop(box)
    solid = (
        ink.crop((box[0] - x, box[1] - y, box[2] - x, box[3] - y))
        if isinstance(ink, Image.Image)
        else Image.new("RGB", cut.size, ink)
    )
    if dark:
        region.paste(solid, (0, 0), cut)
    else:
        tint = Image.new("RGB", cut.size, "white")
        tint.paste(solid, (0, 0), cut)
        region = ImageChops.multiply(region, tint)
    img.paste(region, box)


GRAIN = 0.09  # how much paper the wood's grain lets through a solid


def wear(
    img: Image.Image, paper: RGB, direction: ArtDirection, rng: np.random.Generator
) -> Image.Image:
    """Worn ink (paper shows through where the block was pressed lightly; loud songs
    press harder), the wood's grain in the solids (long streaks across the sheet, as a
    worn block prints them) and the paper's fibres."""
    size = img.size[0]
    noise = raster.fractal_noise(rng, cells=40, octaves=2, res=256)
    light = np.clip((noise - (0.8 - 0.1 * (1 - direction.loudness))) * 4, 0, 1)
    streaks = np.asarray(  # random rows stretched across: the grain of the wood
        Image.fromarray(rng.random((256, 10)).astype(np.float32), "F").resize(
            (256, 256), Image.Resampling.BILINEAR
        )
    )
    grain = np.clip((streaks - 0.58) * 3.0, 0, 1) * GRAIN
    # the worn field is soft and fine (big pale patches read as stains): scaled up as
    # an 8-bit mask (a float upscale cost 3x more)
    mask = Image.fromarray((np.maximum(light * 0.18, grain) * 255).astype(np.uint8), "L")
    mask = mask.resize((size, size), Image.Resampling.BILINEAR)
    img = Image.composite(Image.new("RGB", (size, size), paper), img, mask)
    return raster.multiply(img, raster.paper(raster.rng_for(direction, "wood-paper"), 0.1, res=256))
