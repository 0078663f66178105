"""What every style module declares about itself."""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image


@dataclass(frozen=True)
class StyleInfo:
    """A style's name and character.

    family: "image" (field-led: flow field, grain gradient, marbled ink, ...) or
    "graphic" (shape-, type- or diagram-led: geometry, riso, poster, ridgeline, ...).
    The two covers of a track come from different families.
    fits: genre families this style suits (see TextFeatures.genre); the registry
    offers it to those genres when their design language does not list enough styles.
    only: when set, the style is never offered outside these genres (retro sun).
    never: genres the style is never offered to, whatever the title names (grain
    gradient on a children's song).
    draws_title: True when the style sets the title itself (typographic poster);
    otherwise the pipeline places the title on top.
    music: True when the style draws the audio itself (curve, spectrum, onsets, key);
    without audio it draws a synthesized curve, and the pipeline notes that.
    weight: how readily the registry offers it beside the languages' weights (1.0
    plain; lower for a style that tends to crowd the set).
    min_energy: the style is not offered to calmer music (the onset grid's sound
    system and drum machine on a ballad read as pasted on).
    columns: False when the style's pictures keep a band across the top or bottom calm
    and cannot keep a side column clear (the flow field's lines run the frame's width):
    the pipeline then sets a CJK title that would stand in columns across the frame.
    subjects: what a title may name (title_words.WORDS keys: "duck", "rain",
    "fireworks", ...) that this style then draws as its picture; the registry leans a
    track whose title names one toward the styles that draw it. A module whose
    compositions draw different subjects says which in SUBJECT_LAYOUTS (subject ->
    the compositions that draw it), so a look is counted by what it draws.
    """

    name: str
    family: str
    fits: tuple[str, ...]
    only: tuple[str, ...] = ()
    never: tuple[str, ...] = ()
    draws_title: bool = False
    music: bool = False
    weight: float = 1.0
    min_energy: float = 0.0
    subjects: tuple[str, ...] = ()
    columns: bool = True


Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class Artwork:
    """What a style's render returns: the art (RGB, size x size) and its focal region
    (x0, y0, x1, y1 as fractions of the side) that the title keeps out of; None when
    the art is an even field with no focal subject. layout: the composition's name
    (with its motif where motifs differ, e.g. "slab-sphere"), the same for two covers
    that a viewer would call one layout whatever their colours, place or crop; the
    pipeline avoids a style and layout an account had recently. Empty when a style has
    a single composition."""

    image: Image.Image
    focal: Box | None
    layout: str = ""


SLOT_MARK = "@"  # a layout key: "style/composition@slot" (looks.layout_key)


def split_key(key: str) -> tuple[str, str]:
    """A layout key's style and composition ("" for a style of one composition),
    whatever its title slot: "swiss_geometry/arcs@top-left" -> ("swiss_geometry", "arcs")."""
    style, _, composition = key.partition(SLOT_MARK)[0].partition("/")
    return style, composition
