"""A song title read the way a designer reads it: the main title, and the qualifiers
that go on a smaller secondary line ("(Radio Edit)", "feat. X", "- Live at ...",
"Op. 9 No. 2"); plus the spans that must never be broken across lines."""

from __future__ import annotations

import re
from dataclasses import dataclass

_VERSION_WORDS = (
    r"remix|rmx|edit|version|live|remaster(?:ed)?|mix|acoustic|demo|instrumental|"
    r"extended|radio|reprise|unplugged|cover|session|dub|bootleg|flip|vip|sped up|slowed"
)
_BRACKETS = re.compile(r"\s*(\([^()]*\)|\[[^\[\]]*\]|（[^（）]*）|【[^【】]*】)")
_FEATURING = re.compile(r"\s+(?:feat\.|ft\.|featuring|feat)\s+.+$", re.IGNORECASE)
_DASH_VERSION = re.compile(rf"\s+[-–]\s+(?=[^-–]*\b(?:{_VERSION_WORDS})\b)[^-–]+$", re.IGNORECASE)
_EM_DASH = re.compile(r"\s*—\s*.+$")
_CATALOGUE = r"(?:Op|No|Nr|BWV|K|KV|WoO|Hob|RV|D|HWV|TWV|S)\.?\s?\d+[a-z]?"
_CATALOGUE_TAIL = re.compile(rf",\s+(?={_CATALOGUE}\b).*$|:\s+(?=[IVXLC]+\.\s).+$")
# spans that never break: catalogue numbers ("Op. 9 No. 2" keeps "Op. 9" and "No. 2"
# whole), keys ("A minor", "E-flat major"), and numbers with their unit or name
_UNBREAKABLE = re.compile(
    rf"\b{_CATALOGUE}\b"
    r"|\b[A-G](?:[-‐ ](?:flat|sharp)|[♭♯#b]|is|es)?\s+(?:major|minor|dur|moll)\b"
    r"|\b(?:feat\.|ft\.)\s+\S+"
    r"|\b[IVX]+\.\s+\S+",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class TitleParts:
    """The main title and its qualifiers (brackets dropped), in reading order."""

    main: str
    qualifiers: tuple[str, ...] = ()

    @property
    def secondary(self) -> str:
        """The qualifiers as one line, separated by middle dots."""
        return " · ".join(self.qualifiers)


def _unwrap(part: str) -> str:
    part = part.strip()
    if part[:1] in "([（【" and part[-1:] in ")]）】":
        part = part[1:-1].strip()
    return part.lstrip("-–—:, ").strip()


def parse_title(title: str) -> TitleParts:
    """Split a title into its main part and qualifiers. A title that would be left
    with no main part ("(Intro)") stays whole."""
    text = " ".join(title.split())
    tail: list[tuple[int, str]] = []  # (position in the original, qualifier)

    def cut(pattern: re.Pattern[str], source: str) -> str:
        match = pattern.search(source)
        if match is None or not source[: match.start()].strip():
            return source
        tail.append((match.start(), _unwrap(match.group(0))))
        return source[: match.start()]

    main = text
    for match in list(_BRACKETS.finditer(main))[::-1]:
        if main[: match.start()].strip():
            tail.append((match.start(), _unwrap(match.group(0))))
            main = main[: match.start()] + main[match.end() :]
    for pattern in (_EM_DASH, _FEATURING, _DASH_VERSION, _CATALOGUE_TAIL):
        main = cut(pattern, main)
    main = main.strip(" ,:-–")
    qualifiers = tuple(part for _, part in sorted((text.find(p), p) for _, p in tail) if part)
    if not main:
        return TitleParts(text)
    return TitleParts(main, qualifiers)


def unbreakable_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the spans a line must not break inside."""
    return [match.span() for match in _UNBREAKABLE.finditer(text)]
