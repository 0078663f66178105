"""Genre tags in the words people write -> a design language's sub-genre.

"lofi", "lo-fi", "Lo Fi Hip Hop", "UK drill", "k-pop", "KPOP", "reggaetón", "dnb",
"drum & bass", "R&B", "rnb", "рэп", "ヒップホップ", "힙합" ... all find their sub-genre:
text is NFKC-normalised, case-folded and stripped of accents (Latin and Greek), "&"
reads as "and", separators become spaces, and runs of up to four words are looked up
with the spaces removed. Scripts written without spaces are matched inside the text.
"""

from __future__ import annotations

import re
import unicodedata

from sleeve.engine.languages.aliases import SPELLINGS

_MAX_WORDS = 4
_SEGMENT = re.compile(r"[,;/|\n·•]+")
# letters and the combining marks of Indic, Arabic, Hebrew and Thai words
_WORD = re.compile(r"[\w\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0900-\u0dff\u0e31-\u0e4e]+")
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_AR_ARTICLE = "ال"
# where the words were found -> how much they count
TAG_WEIGHT, TITLE_WEIGHT, LYRICS_WEIGHT = 1.0, 0.35, 0.12


def _strip_marks(text: str) -> str:
    """Drop accents from Latin and Greek letters ("reggaetón" -> "reggaeton"), but
    keep the marks other scripts need (Devanagari vowel signs, Thai tones)."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFD", text):
        if (
            unicodedata.combining(ch)
            and out
            and out[-1].isascii() | ("\u0370" <= out[-1] <= "\u03ff")
        ):
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def normalise(text: str) -> str:
    """Genre text in one canonical spelling: NFKC, case-folded, accents dropped,
    "&" as "and", apostrophes dropped, "-", "_" and "." as spaces."""
    text = unicodedata.normalize("NFKC", text or "").casefold().replace("ё", "е")
    text = _strip_marks(text)
    text = text.replace("&", " and ").replace("'", "").replace("’", "").replace("`", "")
    return re.sub(r"[-_.+]+", " ", text)


def _key(text: str) -> str:
    return re.sub(r"\s+", "", normalise(text))


ALIASES: dict[str, tuple[str, float]] = {_key(k): v for k, v in SPELLINGS.items()}
_UNSPACED_KEYS = tuple(k for k in ALIASES if _UNSPACED.search(k))


def _word_hits(words: list[str]) -> list[tuple[str, float]]:
    hits: list[tuple[str, float]] = []
    i = 0
    while i < len(words):
        for n in range(min(_MAX_WORDS, len(words) - i), 0, -1):
            key = "".join(words[i : i + n])
            hit = ALIASES.get(key)
            if hit is None and n == 1 and key.startswith(_AR_ARTICLE) and len(key) > 3:
                hit = ALIASES.get(key[len(_AR_ARTICLE) :])
            if hit is not None:
                hits.append(hit)
                i += n
                break
        else:
            i += 1
    return hits


def genre_scores(text: str, weight: float = TAG_WEIGHT) -> dict[str, float]:
    """Sub-genre -> score for one piece of text (tags, a title or lyrics); earlier tags
    count a little more, so "dream pop, shoegaze" is dream pop."""
    scores: dict[str, float] = {}
    segments = [s for s in _SEGMENT.split(normalise(text)) if s.strip()]
    for position, segment in enumerate(segments):
        lead = weight * (1.0 + 0.15 / (position + 1))
        words = [w for w in _WORD.findall(segment) if not _UNSPACED.search(w)]
        hits = _word_hits(words)
        if _UNSPACED.search(segment):
            hits += [ALIASES[k] for k in _UNSPACED_KEYS if k in segment]
        for subgenre, strength in hits:
            scores[subgenre] = scores.get(subgenre, 0.0) + strength * lead
    return scores


def read_genre(tags: str, title: str = "", lyrics: str = "") -> tuple[str | None, float]:
    """The sub-genre the words point to most, and its score; (None, 0.0) when they
    name no genre. Tags count fully, the title and the lyrics as weaker evidence."""
    total: dict[str, float] = {}
    for text, weight in ((tags, TAG_WEIGHT), (title, TITLE_WEIGHT), (lyrics, LYRICS_WEIGHT)):
        for subgenre, score in genre_scores(text, weight).items():
            total[subgenre] = total.get(subgenre, 0.0) + score
    if not total:
        return None, 0.0
    best = max(total.items(), key=lambda kv: kv[1])
    return best
