"""Mood, energy, genre and colour hints from a track's words.

Style tags (mostly English) weigh most; lyrics in any language nudge the mood
through a small multilingual lexicon; the title's scripts are detected so the
typography can pick fonts that cover them.
"""

from __future__ import annotations

import re
import unicodedata

from sleeve.engine.features import TextFeatures
from sleeve.engine.features.lexicon import (
    HUES,
    MOOD,
    NIGHT,
    NIGHT_UNSPACED,
    PHRASES,
    UNSPACED_MOOD,
    Mood,
)
from sleeve.engine.languages import language_for, language_for_mood, read_genre

_MAX_LYRICS = 6000
_TAG_WEIGHT = 2.0
_TITLE_WEIGHT = 1.0
_LYRIC_WEIGHT = 0.8  # each mood word of a short lyric counts; _LYRIC_CAP bounds a long one
_LYRIC_CAP = 4.0  # lyrics never outweigh two strong tags
_PRIOR_WEIGHT = 0.6
_GENRE_WEIGHT = 1.5

_WORD = re.compile(r"[\w'&\-]+", re.UNICODE)
_SECTION = re.compile(r"\[[^\]]*\]|\([^)]*\)")
_ERA = re.compile(r"\b(?:19|20)?([0-9])0'?s\b")
_AR_PREFIXES = ("وال", "بال", "فال", "كال", "لل", "ال", "و")

# (first code point, last code point, script name), sorted
# fmt: off
_SCRIPT_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0041, 0x024F, "latin"), (0x0370, 0x03FF, "greek"), (0x0400, 0x052F, "cyrillic"),
    (0x0530, 0x058F, "armenian"), (0x0590, 0x05FF, "hebrew"), (0x0600, 0x06FF, "arabic"),
    (0x0750, 0x077F, "arabic"), (0x0900, 0x097F, "devanagari"), (0x0980, 0x09FF, "bengali"),
    (0x0A00, 0x0A7F, "gurmukhi"), (0x0B80, 0x0BFF, "tamil"), (0x0E00, 0x0E7F, "thai"),
    (0x10A0, 0x10FF, "georgian"), (0x1100, 0x11FF, "hangul"), (0x1E00, 0x1EFF, "latin"),
    (0x1F00, 0x1FFF, "greek"), (0x3040, 0x30FF, "kana"), (0x3130, 0x318F, "hangul"),
    (0x31F0, 0x31FF, "kana"), (0x3400, 0x4DBF, "cjk"), (0x4E00, 0x9FFF, "cjk"),
    (0xAC00, 0xD7AF, "hangul"), (0xF900, 0xFAFF, "cjk"), (0xFB1D, 0xFB4F, "hebrew"),
    (0xFB50, 0xFDFF, "arabic"), (0xFE70, 0xFEFF, "arabic"), (0xFF66, 0xFF9F, "kana"),
    (0x20000, 0x2FA1F, "cjk"),
)
# fmt: on


def _script_of(ch: str) -> str | None:
    cp = ord(ch)
    for lo, hi, name in _SCRIPT_RANGES:
        if lo <= cp <= hi:
            return name if ch.isalpha() or name in ("cjk", "kana", "hangul") else None
        if cp < lo:
            break
    return "other" if ch.isalpha() else None


def detect_scripts(text: str) -> tuple[str, ...]:
    """Scripts of the letters in ``text``, in order of first appearance;
    ``("latin",)`` when there are no letters."""
    seen: list[str] = []
    for ch in text:
        name = _script_of(ch)
        if name and name not in seen:
            seen.append(name)
    return tuple(seen) or ("latin",)


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower().replace("ё", "е")
    for phrase, token in PHRASES.items():
        if phrase in text:
            text = text.replace(phrase, token)
    return text


def _words(text: str) -> list[str]:
    return [w.strip("'-") for w in _WORD.findall(text) if w.strip("'-")]


def _lookup_mood(word: str) -> Mood | None:
    if word in MOOD:
        return MOOD[word]
    if word and "\u0600" <= word[0] <= "\u06ff":
        for prefix in _AR_PREFIXES:
            if word.startswith(prefix) and len(word) - len(prefix) >= 2:
                stripped = word[len(prefix) :]
                if stripped in MOOD:
                    return MOOD[stripped]
                word = stripped
                break
    for end in range(len(word), 2, -1):
        hit = MOOD.get(word[:end] + "*")
        if hit is not None:
            return hit
    return None


def _unspaced(text: str) -> bool:
    """Whether `text` holds a script written without spaces between words."""
    return any(_script_of(ch) in ("cjk", "kana", "hangul", "thai") for ch in text)


def _moods_in(text: str) -> list[tuple[str, Mood]]:
    """Every mood word found in ``text`` (already normalised), in order."""
    hits = [(w, m) for w in _words(text) if (m := _lookup_mood(w)) is not None]
    if _unspaced(text):
        hits += [(k, m) for k, m in UNSPACED_MOOD.items() for _ in range(min(text.count(k), 3))]
    return hits


class _Blend:
    """Weighted means of valence and energy targets around a neutral prior."""

    def __init__(self) -> None:
        self.v = [0.5 * _PRIOR_WEIGHT, _PRIOR_WEIGHT]
        self.e = [0.5 * _PRIOR_WEIGHT, _PRIOR_WEIGHT]

    def add(self, mood: Mood, weight: float) -> None:
        val, en = mood
        if val is not None:
            self.v[0] += val * weight
            self.v[1] += weight
        if en is not None:
            self.e[0] += en * weight
            self.e[1] += weight

    def result(self) -> tuple[float, float]:
        return self.v[0] / self.v[1], self.e[0] / self.e[1]


def _era(text: str) -> str:
    if "y2k" in text:
        return "00s"
    m = _ERA.search(text)
    return f"{m.group(1)}0s" if m else ""


def _palette_hints(words: list[str], raw: str) -> tuple[float, ...]:
    hints: list[float] = []
    for w in words:
        hue = HUES.get(w)
        if hue is not None and hue not in hints:
            hints.append(hue)
    if _unspaced(raw):
        for key, hue in HUES.items():
            if _unspaced(key) and key in raw and hue not in hints:
                hints.append(hue)
    return tuple(hints[:4])


def _names_night(words: list[str], raw: str) -> bool:
    """Whether the words (or, in a script without spaces, the text) name the night."""
    for word in words:
        if word in NIGHT or any(key.endswith("*") and word.startswith(key[:-1]) for key in NIGHT):
            return True
    return _unspaced(raw) and any(key in raw for key in NIGHT_UNSPACED)


def text_features(
    title: str, tags: str, lyrics: str = "", instrumental: bool = False
) -> TextFeatures:
    """Read valence, energy, genre, colour hints, era and title scripts from words."""
    title_n = _normalise(title or "")
    tags_n = _normalise(tags or "")
    lyrics_n = "" if instrumental else _normalise(_SECTION.sub(" ", (lyrics or "")[:_MAX_LYRICS]))
    tag_words = _words(tags_n)
    title_words = _words(title_n)

    subgenre, _score = read_genre(tags or "", title or "", lyrics_n[:1500])
    blend = _Blend()
    if subgenre is not None:
        blend.add(language_for(subgenre).mood, _GENRE_WEIGHT)
    keywords: list[str] = []
    for w, mood in _moods_in(tags_n):
        blend.add(mood, _TAG_WEIGHT)
        keywords.append(w)
    for w, mood in _moods_in(title_n):
        blend.add(mood, _TITLE_WEIGHT)
        keywords.append(w)
    lyric_hits = _moods_in(lyrics_n)
    if lyric_hits:
        each = min(_LYRIC_WEIGHT, _LYRIC_CAP / len(lyric_hits))
        for _, mood in lyric_hits:
            blend.add(mood, each)
    keywords += [w for w in tag_words if w in HUES and w not in keywords]
    valence, energy = blend.result()
    if instrumental:
        energy = energy * 0.95
    if subgenre is None:  # no genre named: a language that suits the mood
        subgenre = language_for_mood(valence, energy, instrumental).subgenre
    if subgenre not in keywords:
        keywords.insert(0, subgenre)
    # the title's own colour words lead the tags' ("Sodium Lights" tagged jungle: amber,
    # not jungle green; "Blue Smoke" tagged night: blue)
    hint_words = title_words + tag_words + _words(lyrics_n[:1500])
    return TextFeatures(
        valence=round(min(1.0, max(0.0, valence)), 4),
        energy=round(min(1.0, max(0.0, energy)), 4),
        genre=language_for(subgenre).family,
        subgenre=subgenre,
        palette_hints=_palette_hints(hint_words, title_n + " " + tags_n + " " + lyrics_n[:1500]),
        era=_era(tags_n + " " + title_n),
        scripts=detect_scripts(title or ""),
        keywords=tuple(dict.fromkeys(keywords))[:12],
        night=_names_night(tag_words + title_words, tags_n + " " + title_n),
    )
