"""How the risograph prints its title, chosen per song: plain in one drum, ghosted by a
second drum off register, overprinted (a translucent ink that mixes with the art it
crosses), or knocked out of a solid slab of ink (the letters bare paper).

Three art directors read the old covers' one treatment, the ghost, as "the same pink
or green offset shadow" on nearly every title: a stock drop shadow, not a print.
A loud song leans to the knock-out and the ghost (pulled further off register the
louder it is), a quiet one to one clean drum or the overprint; the seed picks.
"""

from __future__ import annotations

import dataclasses

import numpy as np
from PIL import Image

from sleeve.engine import raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import RGB, ArtDirection
from sleeve.engine.scripts import emoji_spans
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts import riso_title
from sleeve.engine.title_layout import TitleLayout
from sleeve.engine.typography import set_title

TREATMENTS = ("plain", "ghost", "overprint", "knockout")
STARVE = 0.22  # how far the slab's ink thins in its pale patches
GRAIN = 0.04  # the slab's fine grain (the finish's grain lies under the title)
PAD = 0.32  # the slab's margin round the letters, a share of the main line's height


def treatment(direction: ArtDirection, dark: bool, ghosted: bool, emoji: bool) -> str:
    """The title's treatment for this song: energy weighs loud treatments up, the
    seed picks. Black stock prints no overprint (its inks are opaque), a title with
    no ghost drum no ghost, a colour emoji (a sticker in the title's colour) neither
    an overprint nor a knock-out."""
    loud = float(np.clip(direction.energy, 0.0, 1.0))
    weights = np.array(
        [
            0.8 + 1.4 * (1 - loud),  # plain
            (0.5 + 1.2 * loud) if ghosted else 0.0,  # ghost
            0.0 if dark or emoji else 0.6 + 0.8 * (1 - loud),  # overprint
            0.0 if emoji else 0.3 + 1.1 * loud,  # knockout
        ]
    )
    rng = raster.rng_for(direction, "riso-lettering")
    return TREATMENTS[int(rng.choice(len(TREATMENTS), p=weights / weights.sum()))]


def reach(direction: ArtDirection) -> float:
    """How far the ghost drum slips, a share of the side: further for a loud song."""
    return 0.006 + 0.012 * float(np.clip(direction.loudness, 0.0, 1.0))


def overprint(plain: Image.Image, title: TitleLayout, ink: RGB) -> Image.Image:
    """The letters in a translucent ink over the print: they multiply with the art
    they cross (a third colour where they meet), on bare paper they are the ink."""
    image = plain.convert("RGB")
    box = title.mask.getbbox()
    if box is None:
        return image
    alpha = np.asarray(title.mask.crop(box), np.float32)[..., None] / 255.0
    art = np.asarray(image.crop(box), np.float32)
    out = art * (1 - alpha * (1 - np.asarray(ink, np.float32) / 255))
    image.paste(Image.fromarray(np.clip(out + 0.5, 0, 255).astype(np.uint8)), box[:2])
    return image


def slab_box(title: TitleLayout, size: int, bleed: int) -> tuple[int, int, int, int]:
    """The slab under the letters: their box padded by PAD of the first line's height,
    bled off the left (bleed -1) or right (1) edge, or neither (0)."""
    x0 = min(b[0] for b in title.boxes)
    y0 = min(b[1] for b in title.boxes)
    x1 = max(b[2] for b in title.boxes)
    y1 = max(b[3] for b in title.boxes)
    box = title.mask.getbbox()
    if box:  # the secondary lines too
        x0, y0, x1, y1 = min(x0, box[0]), min(y0, box[1]), max(x1, box[2]), max(y1, box[3])
    pad = max(2, round(PAD * (title.boxes[0][3] - title.boxes[0][1])))
    x0, y0, x1, y1 = x0 - pad, y0 - pad, x1 + pad, y1 + pad
    if bleed < 0:
        x0 = 0
    if bleed > 0:
        x1 = size
    return max(x0, 0), max(y0, 0), min(x1, size), min(y1, size)


def knockout(
    plain: Image.Image,
    title: TitleLayout,
    ink: RGB,
    paper: RGB,
    rng: np.random.Generator,
) -> Image.Image:
    """The title knocked out of a slab of `ink`: the slab printed over the art
    (multiplied on pale stock, opaque on black), its ink thinning in a soft mottle,
    and the letters left bare paper. The slab bleeds off the edge nearer the title
    half the time."""
    size = plain.size[0]
    x0 = min(b[0] for b in title.boxes)
    x1 = max(b[2] for b in title.boxes)
    side = -1 if x0 < size - x1 else 1
    bleed = side if rng.random() < 0.5 else 0
    left, top, right, bottom = slab_box(title, size, bleed)
    if right <= left or bottom <= top:
        return plain.convert("RGB")
    image = plain.convert("RGB")
    mottle = raster.fractal_noise(rng, cells=4, octaves=2, res=64)
    thin = np.asarray(
        Image.fromarray(mottle, "F").resize(
            (right - left, bottom - top), Image.Resampling.BILINEAR
        ),
        np.float32,
    )
    cover = (1 - STARVE * np.clip((thin - 0.35) / 0.65, 0, 1))[..., None]
    colour = np.asarray(ink, np.float32)
    under = np.asarray(image.crop((left, top, right, bottom)), np.float32)
    if raster.rgbf(paper).mean() < 0.4:  # opaque on black stock
        slab = under + (colour - under) * cover
    else:  # translucent: the art shows through
        slab = under * (1 - cover * (1 - colour / 255))
    slab *= 1 + rng.normal(0, GRAIN, slab.shape[:2]).astype(np.float32)[..., None]
    letters = np.asarray(title.mask.crop((left, top, right, bottom)), np.float32)[..., None]
    out = slab + (np.asarray(paper, np.float32) - slab) * (letters / 255.0)
    image.paste(Image.fromarray(np.clip(out + 0.5, 0, 255).astype(np.uint8)), (left, top))
    return image


def printed(
    direction: ArtDirection,
    art: tuple[Image.Image, Box | None],
    paper: RGB,
    inks: tuple[RGB | None, RGB | None],
    turn: float,
) -> tuple[Image.Image, TitleLayout]:
    """The title set on the art (its image and focal box) by the typography in the
    lead ink and printed in the song's treatment (inks: lead, ghost; None for the
    typography's own ink, no ghost); `turn` is the ghost's direction (radians)."""
    plain, focal = art
    lead, second = inks
    dark = rgb_to_oklch(paper)[0] < 0.5
    kind = treatment(direction, dark, second is not None, bool(emoji_spans(direction.title)))
    # an overprint or a knock-out prints the letters over the plain art itself: the
    # typography's search for a legible treatment (65 ms of a 1024 px cover) is not run
    own = lead is not None and kind in ("overprint", "knockout")
    image, title = set_title(plain, riso_title.with_ink(direction, lead), focal, measured=not own)
    if lead is None or not title.boxes:
        return image, title
    if kind == "ghost" and second is not None:
        return riso_title.ghost(plain, image, (lead, second), paper, turn, reach(direction)), title
    if kind == "overprint":
        return overprint(plain, title, lead), title
    if kind == "knockout":
        rng = raster.rng_for(direction, "riso-slab")
        return knockout(plain, title, lead, paper, rng), dataclasses.replace(title, color=paper)
    return image, title
