"""What every style module declares about itself."""

from __future__ import annotations

from dataclasses import dataclass


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
