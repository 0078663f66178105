"""Unicode facts the typography needs, from ICU and the emoji tables: the script of a
character, grapheme clusters, emoji sequences, and UTF-16 offsets back to str indices."""

from __future__ import annotations

from functools import lru_cache

import emoji
import icu

SERIF_ROLES = frozenset(("serif", "slab", "script", "blackletter"))
CJK_SCRIPTS = frozenset(("Hani", "Hira", "Kana", "Hang", "Bopo"))


@lru_cache(maxsize=8192)
def script_of(char: str) -> str:
    """ISO 15924 short name of the character's script ("Latn", "Arab", "Zyyy" for
    common characters such as digits and punctuation, "Zinh" for marks)."""
    return icu.Script.getScript(char).getShortName()


def dominant_script(text: str) -> str:
    """The script with the most letters in `text` ("" when it has none)."""
    counts: dict[str, int] = {}
    for char in text:
        script = script_of(char)
        if script not in ("Zyyy", "Zinh", "Zzzz"):
            counts[script] = counts.get(script, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else ""


def cjk_variant(text: str) -> str:
    """ "ja" when the text has kana, "ko" when it has hangul, else "zh"."""
    scripts = {script_of(char) for char in text}
    if scripts & {"Hira", "Kana"}:
        return "ja"
    return "ko" if "Hang" in scripts else "zh"


def is_cjk(text: str) -> bool:
    """True when every letter of the text is Han, kana or hangul."""
    letters = [script_of(char) for char in text if script_of(char) not in ("Zyyy", "Zinh")]
    return bool(letters) and all(script in CJK_SCRIPTS for script in letters)


def py_offsets(text: str) -> list[int]:
    """For each UTF-16 offset of `text` (as ICU counts), the str index it falls on."""
    offsets = []
    for index, char in enumerate(text):
        offsets.extend([index] * (2 if ord(char) > 0xFFFF else 1))
    offsets.append(len(text))
    return offsets


def boundaries(iterator: icu.BreakIterator, text: str) -> list[int]:
    """All boundaries of an ICU break iterator over `text`, as str indices."""
    iterator.setText(text)
    offsets = py_offsets(text)
    found = [iterator.first()]
    while (nxt := iterator.nextBoundary()) != -1:
        found.append(nxt)
    return sorted({offsets[min(at, len(offsets) - 1)] for at in found})


@lru_cache(maxsize=1)
def _grapheme_iterator() -> icu.BreakIterator:
    return icu.BreakIterator.createCharacterInstance(icu.Locale.getRoot())


def clusters(text: str) -> list[str]:
    """The text cut into grapheme clusters (a base with its marks, a whole emoji
    ZWJ sequence or flag)."""
    cuts = boundaries(_grapheme_iterator(), text)
    return [text[a:b] for a, b in zip(cuts[:-1], cuts[1:], strict=True)]


def emoji_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) str indices of every emoji sequence in the text."""
    return [(item["match_start"], item["match_end"]) for item in emoji.emoji_list(text)]


def is_emoji_only(text: str) -> bool:
    """Whether the text is emoji and spaces alone (a title set as stickers)."""
    spans = emoji_spans(text)
    return bool(spans) and sum(b - a for a, b in spans) == len("".join(text.split()))
