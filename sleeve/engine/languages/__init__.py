"""Design languages: what a genre's covers look like (palettes, faces, styles,
title layouts, textures), and how a track's tags find theirs."""

from sleeve.engine.languages.base import (
    FACE_ROLES,
    STYLE_FAMILIES,
    TEXTURES,
    TITLE_LAYOUTS,
    TONES,
    DesignLanguage,
)
from sleeve.engine.languages.catalogue import (
    FAMILIES,
    LANGUAGES,
    language_for,
    language_for_mood,
)
from sleeve.engine.languages.tags import normalise, read_genre

__all__ = [
    "FACE_ROLES",
    "FAMILIES",
    "LANGUAGES",
    "STYLE_FAMILIES",
    "TEXTURES",
    "TITLE_LAYOUTS",
    "TONES",
    "DesignLanguage",
    "language_for",
    "language_for_mood",
    "normalise",
    "read_genre",
]
