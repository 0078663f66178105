"""The catalogue of design languages, one per genre family (to be grown into the
sub-genres of ART-DIRECTION.md), and the lookup from a track's genre."""

from __future__ import annotations

from sleeve.engine.languages.base import DesignLanguage

_ALL_LAYOUTS = ("top-left", "bottom-left", "centred")


def _language(family: str, face: str, styles: tuple[str, ...]) -> DesignLanguage:
    return DesignLanguage(
        family=family,
        subgenre=family,
        palettes=(),
        tone="mid",
        faces=(face,),
        styles=tuple((name, 1.0) for name in styles),
        layouts=_ALL_LAYOUTS,
        textures=("grain",),
    )


LANGUAGES: dict[str, DesignLanguage] = {
    language.family: language
    for language in (
        _language("electronic", "condensed", ("flow_field", "swiss_geometry", "glitch")),
        _language("rock", "condensed", ("ridgeline", "flow_field", "risograph")),
        _language("metal", "condensed", ("ridgeline", "flow_field", "glitch")),
        _language("punk", "condensed", ("risograph", "ridgeline", "typographic_poster")),
        _language("synthwave", "condensed", ("retro_sun", "flow_field", "glitch")),
        _language("pop", "geometric", ("aura", "swiss_geometry", "typographic_poster")),
        _language("hiphop", "geometric", ("risograph", "typographic_poster", "glitch")),
        _language("world", "geometric", ("paper_cut", "swiss_geometry", "ridgeline")),
        _language("classical", "serif", ("flow_field", "paper_cut", "swiss_geometry")),
        _language("folk", "serif", ("paper_cut", "risograph", "vinyl")),
        _language("jazz", "serif", ("swiss_geometry", "vinyl", "risograph")),
        _language("lofi", "rounded", ("risograph", "vinyl", "aura")),
        _language("rnb", "rounded", ("aura", "vinyl", "retro_sun")),
        _language("ambient", "rounded", ("aura", "flow_field", "ridgeline")),
    )
}
DEFAULT = LANGUAGES["pop"]


def language_for(genre: str) -> DesignLanguage:
    """The design language of a genre family; an unknown genre gets the default."""
    return LANGUAGES.get(genre, DEFAULT)
