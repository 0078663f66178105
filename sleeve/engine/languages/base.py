"""The shape of a design language: one genre family's (or sub-genre's) look."""

from __future__ import annotations

from dataclasses import dataclass

# Face roles a language may ask for, mapped to real fonts by the typography.
FACE_ROLES = ("condensed", "geometric", "slab", "serif", "rounded", "script", "mono", "display")
# Where the title may go (chosen by the language and the seed, around the focal region).
TITLE_LAYOUTS = (
    "top-left",
    "bottom-left",
    "centred",
    "edge",
    "vertical",
    "corner",
    "title-image",
)
TEXTURES = ("grain", "halftone", "none")


@dataclass(frozen=True)
class DesignLanguage:
    """How covers of one genre family (or sub-genre) look.

    palettes: curated palettes as hex strings, the field colour first; near-neutral and
    monochrome ones where the genre calls for them. tone: the lightness and chroma
    character ("dark", "light", "mid", "vivid", "neon", "mono"). faces: face roles in
    order of preference (FACE_ROLES). styles: (style name, weight) pairs the language
    may use. layouts: title layouts it may use (TITLE_LAYOUTS). textures: surface
    finishes (TEXTURES). title_scale: "tiny", "small", "medium" or "big".
    """

    family: str
    subgenre: str
    palettes: tuple[tuple[str, ...], ...]
    tone: str
    faces: tuple[str, ...]
    styles: tuple[tuple[str, float], ...]
    layouts: tuple[str, ...]
    textures: tuple[str, ...]
    title_scale: str = "medium"
