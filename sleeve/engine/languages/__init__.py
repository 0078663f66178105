"""Design languages: what a genre's covers look like (palettes, faces, styles,
title layouts, textures), and how a track's tags find theirs."""

from sleeve.engine.languages.base import (
    FACE_ROLES,
    TEXTURES,
    TITLE_LAYOUTS,
    DesignLanguage,
)
from sleeve.engine.languages.catalogue import language_for

__all__ = ["FACE_ROLES", "TEXTURES", "TITLE_LAYOUTS", "DesignLanguage", "language_for"]
