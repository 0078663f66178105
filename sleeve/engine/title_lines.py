"""Break a title into balanced lines and find the largest size at which it fits.

Break opportunities come from ICU's line breaker (UAX #14, with dictionary breaking
for Thai, Lao, Khmer and Burmese, and strict kinsoku and phrase breaking for
Japanese); spans such as "Op. 9" or "A minor" are never broken, nor a line ended on a
short word ("Heart of / Glass"); a single word too long
for the width is hyphenated (pyphen) before it is shrunk."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import icu
import pyphen

from sleeve.engine.fonts import FontFace
from sleeve.engine.runs import split_runs
from sleeve.engine.scripts import boundaries, cjk_variant, dominant_script
from sleeve.engine.short_words import AFTER, is_stop
from sleeve.engine.title_parse import unbreakable_spans

CAP_RATIO = 0.72  # cap height of a display face as a share of its pixel size
MAX_CAP = 0.15
MIN_CAP = 0.06
MAX_LINES = 3
PROBE = 100  # pixel size at which line widths are compared
# a word is hyphenated only when setting it whole would fall a fifth below the floor:
# "Kaleido-/scope Garden" fit whole just under it, and two reviewers called it broken
WHOLE_WORD_SLACK = 0.8
# the shortest word ever cut: three reviewers (2026-12-02) read "Kaleido-/scope" and
# "Can-/dyfloss" as broken; such words are set smaller whole, Supercalifragilistic- is cut
HYPHEN_FROM = 14
_HYPHEN_LANG = {"Cyrl": ("ru_RU",), "Grek": ("el_GR",)}

Measure = Callable[[str, FontFace, int], float]


@dataclass(frozen=True)
class Line:
    """One line of the title and its width at the chosen size."""

    text: str
    width: float


@lru_cache(maxsize=16)
def _line_iterator(locale: str) -> icu.BreakIterator:
    return icu.BreakIterator.createLineInstance(icu.Locale(locale))


def break_points(text: str) -> list[int]:
    """Where a line may start (str indices, 0 and len(text) excluded): UAX #14 by ICU,
    less the points inside unbreakable spans."""
    script = dominant_script(text)
    if script in ("Hani", "Hira", "Kana"):
        japanese = cjk_variant(text) == "ja"
        locale = "ja@lb=strict;lw=phrase" if japanese else "zh@lb=strict"
    else:
        locale = {"Thai": "th", "Laoo": "lo", "Khmr": "km", "Mymr": "my"}.get(script, "en")
    points = boundaries(_line_iterator(locale), text)[1:-1]
    spans = unbreakable_spans(text)
    return [at for at in points if not any(start < at < end for start, end in spans)]


def hyphen_points(word: str) -> list[int]:
    """Hyphenation points inside a word as displayed (pyphen, in the word's language by
    script), found on its lower case letter for letter (a capital that lowers to a letter
    and a mark, like İ, keeps the letter) so that they stay in place. A Latin word is cut
    only where the American and British patterns agree, where they agree anywhere: each
    alone makes odd cuts the other does not (en_US "Kalei-doscope", en_GB "Kal-eidoscope")."""
    langs = _HYPHEN_LANG.get(dominant_script(word), ("en_US", "en_GB"))
    lower = "".join(c.lower()[0] for c in word)
    found = [set(_hyphenator(lang).positions(lower)) for lang in langs]
    points = set.intersection(*found) or found[0]
    return sorted(at for at in points if 2 < at < len(word) - 2)


@lru_cache(maxsize=8)
def _hyphenator(lang: str) -> pyphen.Pyphen:
    return pyphen.Pyphen(lang=lang)


def _segments(text: str, hyphenate: bool) -> list[tuple[str, bool]]:
    """The text cut at its break points: (segment, ends at a hyphenation point)."""
    cuts = [0, *break_points(text), len(text)]
    out: list[tuple[str, bool]] = []
    for start, end in zip(cuts[:-1], cuts[1:], strict=True):
        piece = text[start:end]
        word = piece.rstrip()
        if hyphenate and len(word) >= HYPHEN_FROM and word.isalpha():
            inner = [0, *hyphen_points(word), len(word)]
            parts = [word[a:b] for a, b in zip(inner[:-1], inner[1:], strict=True)]
            out.extend((part, True) for part in parts[:-1])
            out.append((parts[-1] + piece[len(word) :], False))
        else:
            out.append((piece, False))
    return out


def _line_text(segments: list[tuple[str, bool]], start: int, end: int) -> str:
    text = "".join(part for part, _ in segments[start:end]).strip()
    return text + "-" if segments[end - 1][1] else text


def _partitions(n: int, k: int) -> list[tuple[int, ...]]:
    """Cut points splitting n segments into k non-empty lines."""
    if k == 1:
        return [()]
    if k == 2:
        return [(a,) for a in range(1, n)]
    return [(a, b) for a in range(1, n - 1) for b in range(a + 1, n)]


def _cuts_a_word_twice(segments: list[tuple[str, bool]], cuts: tuple[int, ...]) -> bool:
    """Whether two consecutive lines both end in a hyphen: a word cut twice
    ("Supercal-/ifragilisticex-/pialidocious") read as broken to reviewers where one
    cut read as set, and typesetters avoid a ladder of hyphens for the same reason."""
    ends_in_word = [segments[cut - 1][1] for cut in cuts]
    return any(a and b for a, b in zip(ends_in_word, ends_in_word[1:], strict=False))


def loose_ends(line: str, first: bool, last: bool) -> bool:
    """Whether a line leaves a short word hanging (short_words): it ends on one after a
    word that carries meaning ("Heart of", "Highway of the"; the last line may: "Hold
    On To"), it is one short word alone ("of"), or it starts on a Hindi postposition
    that belongs to the line before ("की धड़कन"). A line of two short words between
    two others ("Perreo / en la / Azotea") is a connector, and stands."""
    words = line.split()
    if not words:
        return False
    stops = [is_stop(word) for word in words]
    if not first and words[0] in AFTER:
        return True
    if all(stops):
        return len(words) == 1
    return not last and stops[-1] and words[-1] not in AFTER


def balanced(
    text: str, face: FontFace, count: int, measure: Measure, hyphenate: bool = False
) -> list[str] | None:
    """The split of `text` into `count` lines whose widest line is narrowest (ties go
    to the most even lengths), no word cut twice and no short word left hanging
    (loose_ends); None when there is no such split."""
    segments = _segments(text, hyphenate)
    if count > len(segments):
        return None
    widths: dict[tuple[int, int], float] = {}

    def hangs(start: int, end: int) -> bool:
        line = _line_text(segments, start, end)
        return count > 1 and loose_ends(line, start == 0, end == len(segments))

    def width(start: int, end: int) -> float:
        if (start, end) not in widths:
            widths[start, end] = _width(_line_text(segments, start, end), face, PROBE, measure)
        return widths[start, end]

    best: tuple[float, float, tuple[int, ...]] | None = None
    for cuts in _partitions(len(segments), count):
        if _cuts_a_word_twice(segments, cuts):
            continue
        edges = (0, *cuts, len(segments))
        if any(hangs(a, b) for a, b in zip(edges[:-1], edges[1:], strict=True)):
            continue
        lines = [width(a, b) for a, b in zip(edges[:-1], edges[1:], strict=True)]
        key = (round(max(lines), 1), sum((max(lines) - w) ** 2 for w in lines), cuts)
        if best is None or key < best:
            best = key
    if best is None:
        return None
    edges = (0, *best[2], len(segments))
    return [_line_text(segments, a, b) for a, b in zip(edges[:-1], edges[1:], strict=True)]


def fit_lines(
    text: str,
    face: FontFace,
    size: int,
    *,
    width_frac: float,
    measure: Measure,
    max_px: int | None = None,
    lines: int | None = None,
    max_lines: int = MAX_LINES,
    min_px: int | None = None,
) -> tuple[list[Line], int]:
    """The line breaks (at most `max_lines`, or `lines`: as many as the title's
    unbreakable units allow, up to it) and pixel size that set `text` largest within
    the width, up to `max_px`. Well below `min_px` (under WHOLE_WORD_SLACK of it) a
    long word is hyphenated; what still does not fit is set smaller."""
    top_px = max_px or int(size * MAX_CAP / CAP_RATIO)
    floor = min_px if min_px is not None else int(size * MIN_CAP / CAP_RATIO)
    avail = size * width_frac
    best: tuple[list[str], int] | None = None
    for hyphenate in (False, True):
        for count in range(lines, 0, -1) if lines else range(1, max_lines + 1):
            parts = balanced(text, face, count, measure, hyphenate)
            if parts is None:  # "Heart of Glass" has no three lines without a lone "of"
                continue
            widest = max(_width(part, face, PROBE, measure) for part in parts) or 1.0
            # more lines set a little smaller, never under the floor where the width
            # allows it (a two- or three-line tiny title had stood 3.8 px at 64 px)
            stacked = max(top_px / (1 + 0.12 * (count - 1)), min(floor, top_px))
            px = int(min(stacked, PROBE * avail / widest))
            if best is None or px > best[1] * 1.15:
                best = (parts, px)
            if lines:
                break
        if best is not None and best[1] >= floor * WHOLE_WORD_SLACK:
            break
    parts, px = best or ([text], top_px)
    px = max(4, px)
    return [Line(part, _width(part, face, px, measure)) for part in parts], px


def _width(text: str, face: FontFace, px: int, measure: Measure) -> float:
    return sum(measure(run, run_face, px) for run, run_face in split_runs(text, face))


def set_lines(texts: list[str], face: FontFace, px: int, measure: Measure) -> list[Line]:
    """Lines of given text measured at `px` (after a layout changed the size)."""
    return [Line(text, _width(text, face, px, measure)) for text in texts]
