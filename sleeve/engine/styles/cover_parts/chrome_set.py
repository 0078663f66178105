"""What the chrome title's compositions share: the scene being drawn, the title's
lines cut and filled with chrome (lighter darks for small lines), set on the cover
over a soft black shadow that keeps them legible and recorded as the title; the
title set plainly (white sans, no chrome) beside a chrome object; a photographic
halation of the chrome's light."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageChops, ImageFilter

from sleeve.engine.direction import ArtDirection
from sleeve.engine.fonts import title_face
from sleeve.engine.styles.cover_parts import chrome_field, chrome_fill, wood_title
from sleeve.engine.styles.cover_parts.chrome_metal import Metal
from sleeve.engine.styles.cover_parts.poster_kit import line_mask

WHITE = PAPER = (255, 255, 255)
LIFT_MOST = 0.6  # the most a small line's ground is lightened (past it: plastic)
SMALL = 0.3  # a line shorter than this (share of the side) takes a lighter ground
SHADOW = 0.016  # the shadow's reach round the letters, share of the side
MARGIN = 0.05  # the least room between a turned title and the frame, share of the side
Box = tuple[float, float, float, float]


@dataclass
class Scene:
    """One cover being drawn: its side, the track, the metal, the light's direction
    (toward the light), the seeded rng, the title (None when untitled), the setter that
    records it, the night field (small, until `image` is made from it)."""

    size: int
    direction: ArtDirection
    metal: Metal
    light: tuple[float, float]
    rng: np.random.Generator
    title: wood_title.Title | None
    setter: wood_title.Setter
    field: np.ndarray
    image: Image.Image | None = None
    lift: float = 0.0  # the least lightening of the letters' ground (see `plates`)
    grain: float = 1.0  # the finish's grain, times the style's
    ripple: np.ndarray | None = None  # the poured metal's surface (chrome_fill.RIPPLE)

    def chrome(self, glyphs: Image.Image, lift: float = 0.0, poured: bool = True) -> Image.Image:
        """A mask in this scene's chrome (chrome_fill.plate), its surface poured (the
        scene's ripple) or, not `poured`, polished flat."""
        ripple = self.ripple if poured else None
        return chrome_fill.plate(glyphs, self.metal, self.energy, self.light, lift, ripple)

    @property
    def energy(self) -> float:
        return float(np.clip(self.direction.energy, 0, 1))

    def paint(self) -> Image.Image:
        """The night field made the cover's image (once its lights are in)."""
        self.image = chrome_field.to_image(self.field, self.size)
        return self.image


def cut_lines(
    scene: Scene, measure: float, tall: float, stretch: float, most: int = 3, lead: float = 1.0
):
    """The title's lines and their masks filling `measure` (share of the side), no
    taller than `tall` together; `lead` over 1 sets the first line that much bigger
    than the rest."""
    s = scene.size
    lines = wood_title.break_lines(scene.title, measure, most)
    sizes = [lead] + [1.0] * (len(lines) - 1) if lead != 1.0 and len(lines) > 1 else None
    cuts = wood_title.stack_cuts(
        scene.title, lines, measure * s, tall * s, stretch, sizes, 0.02 * s
    )
    return lines, cuts


def plates(scene: Scene, lines, cuts, x: str, top: float, gap: float) -> list:
    """Each line in chrome, stacked from `top` (pixels), centred or flush left: (its
    glyph mask, where it stands, its text, its chrome plate, the plate's padding)."""
    s = scene.size
    placed = []
    y = top
    for text, glyphs in zip(lines, cuts, strict=True):
        left = (s - glyphs.width) / 2 if x == "centre" else 0.08 * s
        lift = max(scene.lift, float(np.clip((SMALL - glyphs.height / s) / SMALL, 0, LIFT_MOST)))
        chrome = scene.chrome(glyphs, lift)
        placed.append(
            (glyphs, (int(left), int(y)), text, chrome, (chrome.width - glyphs.width) // 2)
        )
        y += glyphs.height + gap
    return placed


def chrome_layer(
    scene: Scene, lines, cuts, x: str, top: float, gap: float
) -> tuple[Image.Image, list]:
    """The lines in chrome on a transparent layer of the cover's side (_plates);
    returns the layer and each line's placed mask (mask, at, text)."""
    layer = Image.new("RGBA", (scene.size, scene.size), (0, 0, 0, 0))
    placed = []
    for glyphs, at, text, chrome, pad in plates(scene, lines, cuts, x, top, gap):
        composite(layer, chrome, (at[0] - pad, at[1] - pad))
        placed.append((glyphs, at, text))
    return layer, placed


def composite(layer: Image.Image, plate: Image.Image, corner: tuple[int, int]) -> None:
    """The plate over the layer at `corner` (the part of it on the layer)."""
    x, y = corner
    part = plate.crop((max(0, -x), max(0, -y), plate.width, plate.height))
    layer.alpha_composite(part, (max(0, x), max(0, y)))


def turn_point(point: tuple[float, float], pivot: tuple[float, float], angle: float):
    """A point turned `angle` degrees counter-clockwise (as Image.rotate) about `pivot`."""
    a = math.radians(angle)
    dx, dy = point[0] - pivot[0], point[1] - pivot[1]
    return (pivot[0] + dx * math.cos(a) + dy * math.sin(a),
            pivot[1] - dx * math.sin(a) + dy * math.cos(a))  # fmt: skip


def turn_image(image: Image.Image, centre: tuple[float, float], angle: float):
    """The image turned `angle` degrees (expanded; a mask nearest-neighbour: it is
    only measured) and where its corner goes for its middle to stand at `centre`."""
    fine = Image.Resampling.NEAREST if image.mode == "L" else Image.Resampling.BILINEAR
    out = image.rotate(angle, fine, expand=True)
    return out, (int(round(centre[0] - out.width / 2)), int(round(centre[1] - out.height / 2)))


def place(scene: Scene, layer: Image.Image, placed: list, shadow: float = SHADOW) -> Box:
    """Put the chrome layer on the cover and record the lines as the title; returns
    the title's box."""
    shadow_under(scene, layer, shadow)
    paste_layer(scene.image, layer)
    for glyphs, at, text in placed:
        scene.setter.record(glyphs, at, text)
    scene.setter.ink = scene.metal.sky_low
    return scene.setter.extent()


def plain(scene: Scene, box: Box, align: str, tall: float) -> Box:
    """The title set plainly in white sans (the chrome is the object beside it):
    at most two lines filling `box` (shares of the side) from its top, each line no
    taller than `tall`, flush `align` ("left", "centre" or "right"); recorded as the
    title, over a soft shadow; returns the title's box."""
    s, title = scene.size, scene.title
    face = title_face(title.text, "geometric", 700.0)
    lines = wood_title.break_lines(title, 0.6, 2, stack=False)
    width, room = (box[2] - box[0]) * s, (box[3] - box[1]) * s
    masks = []
    for text in lines:
        mask = line_mask(text, face, 200, pad=0.0)
        mask = mask.crop(mask.getbbox() or (0, 0, 1, 1))
        k = min(width / mask.width, tall * s / mask.height, room / len(lines) / mask.height / 1.3)
        masks.append(mask.resize((max(1, int(mask.width * k)), max(1, int(mask.height * k)))))
    gap = 0.3 * max(m.height for m in masks)
    layer = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    placed, y = [], box[1] * s
    for text, mask in zip(lines, masks, strict=True):
        x = {"left": box[0] * s, "right": box[2] * s - mask.width}.get(
            align, (box[0] + box[2]) * s / 2 - mask.width / 2
        )
        at = (int(x), int(y))
        layer.paste((*PAPER, 255), (*at, at[0] + mask.width, at[1] + mask.height), mask)
        placed.append((mask, at, text))
        y += mask.height + gap
    box = place(scene, layer, placed, SHADOW * 1.2)
    scene.setter.ink = PAPER
    return box


def shadow_under(scene: Scene, layer: Image.Image, reach: float = SHADOW) -> None:
    """A soft black shadow hugging the letters, `reach` (share of the side) round
    them: they stand off the light behind them, and read at 64 px."""
    s, q = scene.size, 4  # blurred at a quarter of the side
    x0, y0, x1, y1 = layer.getbbox() or (0, 0, q, q)
    grow = int(s * reach * 2) + q
    x0, y0 = max(0, (x0 - grow) // q * q), max(0, (y0 - grow) // q * q)
    x1, y1 = min(s, -(-(x1 + grow) // q) * q), min(s, -(-(y1 + grow) // q) * q)
    box = (x0, y0, x1, y1)
    alpha = layer.getchannel("A").crop(box).reduce(q)
    alpha = alpha.filter(ImageFilter.GaussianBlur(s * reach / q))
    dark = alpha.point(lambda v: min(255, int(v * 2.6))).resize((x1 - x0, y1 - y0))
    region = scene.image.crop(box)
    region.paste(chrome_field.BLACK, (0, 0, *region.size), dark)
    scene.image.paste(region, box[:2])


def paste_layer(image: Image.Image, layer: Image.Image) -> None:
    """The layer (RGBA, the cover's side) over the image, where it has anything."""
    box = layer.getbbox()
    if box:
        part = layer.crop(box)
        image.paste(part, box[:2], part)


def halation(scene: Scene, layer: Image.Image, strength: float) -> None:
    """The chrome's light bleeding into the night round it, as on film: the layer's
    bright parts blurred wide and screened over the cover in the night's light."""
    s = scene.size
    small = layer.reduce(4)
    grey = ImageChops.multiply(small.convert("L"), small.getchannel("A"))
    soft = grey.filter(ImageFilter.GaussianBlur(s * 0.02))
    bands = [soft.point(lambda v, c=c: int(v * (c + 255) / 2 * strength / 255))
             for c in scene.metal.light]  # fmt: skip
    halo = Image.merge("RGB", bands).resize((s, s), Image.Resampling.BILINEAR)
    scene.image = ImageChops.screen(scene.image, halo)
