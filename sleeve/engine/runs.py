"""Text runs: which face draws each grapheme cluster (checked on the font's character
map: never a .notdef box), and the visual order of a line's runs by the Unicode bidi
algorithm (ICU), so each script run is shaped in one piece in its own direction."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import icu

from sleeve.engine.fonts import (
    FontFace,
    covers_all,
    emoji_face,
    fallback_chain,
    role_faces,
    script_faces,
    title_face,
)
from sleeve.engine.scripts import CJK_SCRIPTS, cjk_variant, clusters, emoji_spans, script_of

_NEUTRAL = ("Zyyy", "Zinh", "Zzzz")


@dataclass(frozen=True)
class Run:
    """A piece of a line drawn with one face in one direction."""

    text: str
    face: FontFace
    rtl: bool = False


def _candidates(cluster: str, primary: FontFace) -> list[FontFace]:
    """Faces to try for a cluster, best first. Latin, Greek, Cyrillic and common
    characters: the role's Latin faces (the primary first when it is one). Other
    scripts: the primary when it is that script's face, then the role's faces for the
    script. Then the general fallbacks."""
    scripts = [script_of(char) for char in cluster if script_of(char) not in _NEUTRAL]
    weight = primary.weight or 700.0
    latin = role_faces(primary.role, weight)
    script = scripts[0] if scripts else "Zyyy"
    if script in ("Latn", "Grek", "Cyrl", "Zyyy"):
        first = [primary, *latin] if primary in latin else [*latin, primary]
        return [*first, *fallback_chain()]
    if script in CJK_SCRIPTS:
        own = script_faces("CJK", primary.role, weight, cjk_variant(cluster))
    else:
        own = script_faces(script, primary.role, weight)
    first = [] if primary in latin else [primary]
    return [*first, *own, primary, *fallback_chain()]


def _is_emoji(cluster: str, spans: list[tuple[int, int]], at: int) -> bool:
    inside = any(start <= at < end for start, end in spans)
    if not inside:
        return False
    # a bare digit, #, © or ☀ stays text unless it is drawn as emoji by default
    # (Emoji_Presentation, as ✨ is) or asked for that presentation (U+FE0F)
    return (
        len(cluster) > 1
        or "\ufe0f" in cluster
        or icu.Char.hasBinaryProperty(cluster, icu.UProperty.EMOJI_PRESENTATION)
    )


@lru_cache(maxsize=4096)
def assign_faces(text: str, primary: FontFace) -> tuple[tuple[str, FontFace | None], ...]:
    """Each grapheme cluster with the face that draws it whole (None: no installed
    font can). Common characters (spaces, digits, punctuation) stay in the face of the
    cluster before them when it has them; emoji sequences go to the colour emoji font."""
    spans = emoji_spans(text)
    out: list[tuple[str, FontFace | None]] = []
    at = 0
    previous: FontFace | None = None
    for cluster in clusters(text):
        face: FontFace | None = None
        emoji = emoji_face()
        if emoji is not None and _is_emoji(cluster, spans, at) and covers_all(emoji, cluster):
            face = emoji
        elif cluster.isspace():
            face = previous if previous is not None and not previous.emoji else primary
        else:
            neutral = all(script_of(char) in _NEUTRAL for char in cluster)
            if neutral and previous is not None and not previous.emoji:
                face = previous if covers_all(previous, cluster) else None
            if face is None:
                face = next(
                    (f for f in _candidates(cluster, primary) if covers_all(f, cluster)), None
                )
        out.append((cluster, face))
        if face is not None:
            previous = face
        at += len(cluster)
    return tuple(out)


def drawable(text: str, primary: FontFace) -> tuple[str, tuple[str, ...]]:
    """The text without the clusters no installed font draws, and those clusters."""
    kept, missing = [], []
    for cluster, face in assign_faces(text, primary):
        (kept if face is not None else missing).append(cluster)
    return "".join(kept), tuple(missing)


def split_runs(text: str, primary: FontFace) -> list[tuple[str, FontFace]]:
    """Cut text (logical order) into runs that one face draws whole."""
    runs: list[tuple[str, FontFace]] = []
    for cluster, face in assign_faces(text, primary):
        face = face or primary
        if runs and runs[-1][1] == face:
            runs[-1] = (runs[-1][0] + cluster, face)
        else:
            runs.append((cluster, face))
    return runs


def is_rtl(text: str) -> bool:
    """True when the first strong character is right-to-left (Arabic, Hebrew)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def _levels(text: str, rtl: bool) -> list[int]:
    """Bidi embedding level of each character (ICU), for a paragraph of base
    direction rtl or ltr."""
    bidi = icu.Bidi()
    bidi.setPara(icu.UnicodeString(text), 1 if rtl else 0)
    levels = bidi.getLevels()
    out, unit = [], 0
    for char in text:
        out.append(levels[unit] if unit < len(levels) else (1 if rtl else 0))
        unit += 2 if ord(char) > 0xFFFF else 1
    return out


def visual_runs(text: str, primary: FontFace, rtl: bool | None = None) -> list[Run]:
    """The line's runs left to right on the page: runs split where the face or the bidi
    level changes, then reordered by the bidi algorithm (rule L2). `rtl` is the
    paragraph direction (from the whole title), else taken from this text."""
    if rtl is None:
        rtl = is_rtl(text)
    levels = _levels(text, rtl) if any(ord(c) >= 0x0590 for c in text) or rtl else [0] * len(text)
    pieces: list[tuple[str, FontFace, int]] = []
    at = 0
    for cluster, face in assign_faces(text, primary):
        face = face or primary
        level = levels[at]
        if pieces and pieces[-1][1] == face and pieces[-1][2] == level:
            pieces[-1] = (pieces[-1][0] + cluster, face, level)
        else:
            pieces.append((cluster, face, level))
        at += len(cluster)
    if not pieces:
        return []
    top = max(level for *_, level in pieces)
    lowest_odd = min((level for *_, level in pieces if level % 2), default=top + 1)
    for level in range(top, lowest_odd - 1, -1):
        index = 0
        while index < len(pieces):
            if pieces[index][2] >= level:
                end = index
                while end < len(pieces) and pieces[end][2] >= level:
                    end += 1
                pieces[index:end] = pieces[index:end][::-1]
                index = end
            else:
                index += 1
    return [Run(text, face, level % 2 == 1) for text, face, level in pieces]


def missing_glyphs(text: str, role: str = "geometric") -> list[str]:
    """Grapheme clusters of `text` that no installed font draws (they are left out)."""
    return list(drawable(text, title_face(text, role))[1])
