"""The shape of a design language: one genre family's (or sub-genre's) look."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Face roles a language may ask for, mapped to real fonts by the typography.
FACE_ROLES = (
    "condensed", "geometric", "slab", "serif", "rounded", "script", "mono", "display",
    "blackletter",
)  # fmt: skip
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
TITLE_SCALES = ("tiny", "small", "medium", "big")

# The style catalogue the languages draw from (docs: ART-PLAN), by family: "image"
# styles are field-led, "graphic" ones shape- or type-led. A language names styles of
# both families; names the engine does not (yet) have are simply not chosen.
STYLE_FAMILIES: dict[str, str] = {
    **dict.fromkeys(
        (
            "flow_field",
            "grain_gradient",
            "marbled_ink",
            "mono_grain",
            "spectrogram",
            "loudness_horizon",
            "topographic",
            "paper_cut",
            "neon_sign",
        ),
        "image",
    ),
    **dict.fromkeys(
        (
            "ridgeline",
            "swiss_geometry",
            "risograph",
            "typographic_poster",
            "wood_type",
            "xerox_collage",
            "onset_grid",
            "chladni",
            "pixel_sort",
            "retro_sun",
            "engraving",
            "chrome_type",
        ),
        "graphic",
    ),
}


@dataclass(frozen=True)
class Tone:
    """A language's lightness and chroma character: the range the field (background)
    lightness may move in (OKLCH L), how much of the palettes' chroma is used, and how
    far valence may move the lightness."""

    field_light: tuple[float, float]
    chroma: float
    swing: float


TONES: dict[str, Tone] = {
    "dark-mono": Tone((0.07, 0.26), 0.6, 0.06),  # black metal, drill, grunge
    "dark": Tone((0.08, 0.32), 0.9, 0.08),  # death metal, post-punk, drum and bass
    "dark-vivid": Tone((0.08, 0.32), 1.1, 0.08),  # heavy metal, trap, synthwave
    "mid-dark": Tone((0.12, 0.5), 0.9, 0.08),  # boom bap
    "mid": Tone((0.15, 0.94), 0.95, 0.08),
    "soft": Tone((0.18, 0.93), 0.7, 0.08),  # lo-fi, R&B, dream pop
    "muted": Tone((0.18, 0.97), 0.4, 0.06),  # ECM-like chamber music
    "quiet": Tone((0.1, 0.98), 0.5, 0.05),  # ambient: very light or very dark
    "light-mono": Tone((0.85, 0.99), 0.5, 0.04),  # IDM
    "light": Tone((0.78, 0.99), 0.85, 0.06),  # classical, k-pop pastel
    "bright": Tone((0.78, 0.99), 1.05, 0.06),  # children's songs
    "vivid": Tone((0.2, 0.95), 1.1, 0.08),  # psychedelic, funk, afrobeats
    "neon": Tone((0.05, 0.97), 1.2, 0.05),  # rave, hyperpop, fluoro cumbia
    "stark": Tone((0.0, 1.0), 1.0, 0.03),  # punk, techno, jazz: keep the palette's values
}

_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")


@dataclass(frozen=True)
class DesignLanguage:
    """How covers of one genre family (or sub-genre) look.

    palettes: curated palettes as hex strings: the field colour first, the accent last,
    main colours between; near-neutral and monochrome ones where the genre calls for
    them. Styles blend neighbouring colours (ramps, gradients), so neighbours should
    be near in hue (a pink next to a lime blends through khaki, a red next to a blue
    through mauve), and a light field's palette should not end on a yellow or lime (a
    ramp deepens toward the last colour, and a deep yellow is olive).
    tone: the lightness and chroma character (a key of TONES). faces: face roles
    in order of preference (FACE_ROLES). styles: (style name, weight) pairs the language
    may use (STYLE_FAMILIES). layouts: title layouts it may use (TITLE_LAYOUTS).
    textures: surface finishes (TEXTURES). title_scale: one of TITLE_SCALES.
    mood: the (valence, energy) the genre alone suggests, 0..1. tempo: the BPM range
    its music is usually felt at (a measured tempo an octave off is folded into it),
    or None.
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
    mood: tuple[float, float] = (0.5, 0.5)
    tempo: tuple[float, float] | None = None

    def __post_init__(self) -> None:
        problems = [
            *(f"palette colour {c!r}" for p in self.palettes for c in p if not _HEX.match(c)),
            *(f"palette of {len(p)} colours" for p in self.palettes if not 3 <= len(p) <= 6),
            *([f"tone {self.tone!r}"] if self.tone not in TONES else []),
            *(f"face {f!r}" for f in self.faces if f not in FACE_ROLES),
            *(f"layout {x!r}" for x in self.layouts if x not in TITLE_LAYOUTS),
            *(f"texture {t!r}" for t in self.textures if t not in TEXTURES),
            *(
                [f"title scale {self.title_scale!r}"]
                if self.title_scale not in TITLE_SCALES
                else []
            ),
            *(f"style {name!r}" for name, _ in self.styles if name not in STYLE_FAMILIES),
        ]
        if not (self.palettes and self.faces and self.styles and self.layouts and self.textures):
            problems.append("an empty palettes, faces, styles, layouts or textures")
        if problems:
            raise ValueError(f"design language {self.subgenre!r}: bad {', '.join(problems)}")

    @property
    def style_weights(self) -> dict[str, float]:
        """Style name -> weight."""
        return dict(self.styles)


def language(
    subgenre: str,
    family: str,
    palettes: str,
    tone: str,
    faces: str,
    styles: str,
    layouts: str,
    textures: str = "grain",
    title_scale: str = "medium",
    mood: tuple[float, float] = (0.5, 0.5),
    tempo: tuple[float, float] | None = None,
) -> DesignLanguage:
    """A DesignLanguage from compact text: palettes separated by "/", colours by
    spaces; faces, layouts and textures by spaces; styles as "name:weight" words."""
    return DesignLanguage(
        family=family,
        subgenre=subgenre,
        palettes=tuple(tuple(p.split()) for p in palettes.split("/")),
        tone=tone,
        faces=tuple(faces.split()),
        styles=tuple(
            (name, float(weight)) for name, weight in (w.split(":") for w in styles.split())
        ),
        layouts=tuple(layouts.split()),
        textures=tuple(textures.split()),
        title_scale=title_scale,
        mood=mood,
        tempo=tempo,
    )
