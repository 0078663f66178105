"""A look: one style drawn at one turn of the track's seed, and the memory of the
layouts an account had lately, so that its next covers do not repeat them.

Turn 0 is the track's own seed (what a task with no memory draws); turn n > 0 draws
the same style from a seed derived from it, which moves the style's own choices
(composition, motif, place, crop) and nothing of the direction (palette, faces).
A layout key is "style/layout" (the style alone for a style with one composition).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from sleeve.engine.direction import ArtDirection, task_seed

TURNS = 16  # seeds tried per style (by layout_of, without drawing) before another style


@dataclass(frozen=True)
class Look:
    """A style at a turn of the seed, and the layout key it drew."""

    style: str
    turn: int = 0
    layout: str = ""


def turned(direction: ArtDirection, turn: int) -> ArtDirection:
    """The direction whose seed the style draws from at `turn` (0: unchanged)."""
    if turn == 0:
        return direction
    return replace(direction, seed=task_seed(f"{direction.seed}/turn {turn}"))


def layout_key(style: str, layout: str) -> str:
    """What two covers share when a viewer would call them one layout."""
    return f"{style}/{layout}" if layout else style


def staleness(key: str, recent: Sequence[str]) -> int:
    """How recently `key` was drawn: 0 when it is not in `recent` (most recent first),
    else the higher the more recent."""
    return len(recent) - recent.index(key) if key in recent else 0
