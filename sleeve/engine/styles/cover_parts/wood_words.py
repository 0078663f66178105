"""The words of a title the wood-type style may cut: in capitals as a typesetter sets
them, the ones a bill stacks (any script set left to right) and the ones that stand
alone for an overprint."""

from __future__ import annotations

import unicodedata

from sleeve.engine.direction import ArtDirection
from sleeve.engine.fonts import covers_all, title_face
from sleeve.engine.scripts import script_of
from sleeve.engine.styles.cover_parts import wood_overprint
from sleeve.engine.styles.cover_parts.title_words import is_stop
from sleeve.engine.title_parse import parse_title
from sleeve.engine.typography import capitals

RTL = ("Arab", "Hebr", "Syrc", "Thaa")  # set right to left: not stacked yet


def main_words(direction: ArtDirection) -> list[str]:
    """The main title's words (qualifiers dropped), upper case, letters and digits only."""
    words = (
        "".join(c for c in w if c.isalnum()) for w in parse_title(direction.title).main.split()
    )
    return [capitals(w) for w in words if w]


def stack_words(direction: ArtDirection) -> list[str]:
    """The title's real words a bill stacks, at most four: letters with their marks (a
    Devanagari vowel sign is not alphanumeric), in any script set left to right that a
    slab face draws, CJK and Thai runs included (at most sixteen characters)."""
    words = []
    for raw in parse_title(direction.title).main.split():
        word = capitals("".join(c for c in raw if unicodedata.category(c)[0] in "LMN"))
        if not word or len(word) > 16 or is_stop(word) or any(script_of(c) in RTL for c in word):
            continue
        if covers_all(title_face(word, "slab", 900.0), word):
            words.append(word)
    return words[:4]


def standing(direction: ArtDirection) -> list[str]:
    """The title's real words (no stop words) in letters that stand alone and that a
    slab face draws, at most four: what an overprint crosses."""
    words = wood_overprint.words_that_stand([w for w in main_words(direction) if not is_stop(w)])
    return [w for w in words if covers_all(title_face(w, "slab", 900.0), w)][:4]
