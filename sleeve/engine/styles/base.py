"""What every style module declares about itself."""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image


@dataclass(frozen=True)
class StyleInfo:
    """A style's name and character.

    family: "image" (painterly, field-led: aura, flow field, ...) or "graphic"
    (shape-, type- or object-led: geometry, riso, poster, vinyl, ...). The two
    covers of a track come from different families.
    fits: genre families this style suits best (see TextFeatures.genre).
    draws_title: True when the style sets the title itself (typographic poster);
    otherwise the pipeline places the title on top.
    """

    name: str
    family: str
    fits: tuple[str, ...]
    draws_title: bool = False


Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class Artwork:
    """What a style's render returns: the art (RGB, size x size) and its focal region
    (x0, y0, x1, y1 as fractions of the side) that the title keeps out of; None when
    the art is an even field with no focal subject."""

    image: Image.Image
    focal: Box | None
