"""The catalogue of design languages (sub-genres grouped in families) and the lookups
from a sub-genre, a family, or a mood when the words name no genre."""

from __future__ import annotations

from sleeve.engine.languages.base import DesignLanguage
from sleeve.engine.languages.electronic import LANGUAGES as ELECTRONIC
from sleeve.engine.languages.heavy import LANGUAGES as HEAVY
from sleeve.engine.languages.roots import LANGUAGES as ROOTS
from sleeve.engine.languages.urban import LANGUAGES as URBAN
from sleeve.engine.languages.world import LANGUAGES as WORLD

LANGUAGES: dict[str, DesignLanguage] = {
    language.subgenre: language
    for languages in (HEAVY, ELECTRONIC, URBAN, ROOTS, WORLD)
    for language in languages
}
# a family's own language when only the family is known
_FAMILY_DEFAULTS = {"metal": "heavy_metal", "dance": "house", "spoken": "jingle"}
FAMILIES: dict[str, DesignLanguage] = {
    family: LANGUAGES[_FAMILY_DEFAULTS.get(family, family)]
    for family in dict.fromkeys(language.family for language in LANGUAGES.values())
}
DEFAULT = LANGUAGES["pop"]


def language_for(name: str) -> DesignLanguage:
    """The design language of a sub-genre or a family; the default (pop) otherwise."""
    return LANGUAGES.get(name) or FAMILIES.get(name) or DEFAULT


def language_for_mood(valence: float, energy: float, instrumental: bool = False) -> DesignLanguage:
    """A sensible language for words that name no genre: calm music gets ambient (or
    ECM-like chamber when sad), intense music rock (or dance when happy), the rest pop
    (or dream pop when sad)."""
    if energy < 0.35:
        return LANGUAGES["chamber" if valence < 0.4 else "ambient"]
    if instrumental and energy < 0.55:
        return LANGUAGES["ambient"]
    if energy > 0.7:
        return LANGUAGES["rock" if valence < 0.5 else "edm"]
    return LANGUAGES["dream_pop" if valence < 0.4 else "pop"]
