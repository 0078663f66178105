"""Break a title into 1-4 lines and find the largest size at which it fits."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sleeve.engine.fonts import FontFace, split_runs

CAP_RATIO = 0.72  # cap height of a display face as a share of its pixel size
MAX_CAP = 0.15
MIN_CAP = 0.06


@dataclass(frozen=True)
class Line:
    """One line of the title and its width at the chosen size."""

    text: str
    width: float


def _units(text: str) -> list[str]:
    """Breakable units: words, or single characters for scripts written without spaces."""
    words = text.split(" ")
    if len(words) == 1 and len(text) > 6:
        return list(text)
    return words


def _join(units: list[str], spaced: bool) -> str:
    return (" " if spaced else "").join(units)


def _split(units: list[str], count: int, spaced: bool) -> list[str]:
    """Split units into `count` lines of roughly equal length."""
    total = sum(len(unit) for unit in units)
    lines: list[list[str]] = [[]]
    filled = 0
    for unit in units:
        target = total * len(lines) / count
        if lines[-1] and filled + len(unit) / 2 > target and len(lines) < count:
            lines.append([])
        lines[-1].append(unit)
        filled += len(unit)
    return [_join(line, spaced) for line in lines if line]


def fit_lines(
    text: str,
    face: FontFace,
    size: int,
    *,
    width_frac: float,
    measure: Callable[[str, FontFace, int], float],
    max_px: int | None = None,
    lines: int | None = None,
) -> tuple[list[Line], int]:
    """The line breaks and pixel size that set `text` largest within the width."""
    units = _units(text)
    spaced = " " in text
    counts = [lines] if lines else [1, 2, 3, 4]
    top_px = max_px or int(size * MAX_CAP / CAP_RATIO)
    best: tuple[list[str], int] | None = None
    for count in counts:
        if count > len(units):
            break
        parts = _split(units, count, spaced)
        probe = 100
        widest = max(_width(part, face, probe, measure) for part in parts)
        px = int(min(top_px / (1 + 0.18 * (count - 1)), probe * size * width_frac / widest))
        if best is None or px > best[1] * 1.15:
            best = (parts, px)
    parts, px = best or ([text], top_px)
    floor = int(size * MIN_CAP / CAP_RATIO) if not max_px else 6
    if px < floor:  # too long even on four lines: shorten the last line
        px = floor
        parts = [_ellipsize(part, face, px, size * width_frac, measure) for part in parts]
    return [Line(part, _width(part, face, px, measure)) for part in parts], max(6, px)


def _width(text: str, face: FontFace, px: int, measure: Callable) -> float:
    return sum(measure(run, run_face, px) for run, run_face in split_runs(text, face))


def _ellipsize(text: str, face: FontFace, px: int, width: float, measure: Callable) -> str:
    while len(text) > 1 and _width(text + "…", face, px, measure) > width:
        text = text[:-1]
    return text if _width(text, face, px, measure) <= width else text + "…"


def set_lines(texts: list[str], face: FontFace, px: int, measure: Callable) -> list[Line]:
    """Lines of given text measured at `px` (after a layout changed the size)."""
    return [Line(text, _width(text, face, px, measure)) for text in texts]
