"""A look: one style drawn at one turn of the track's seed, and the memory of the
layouts an account had lately, so that its next covers do not repeat them.

Turn 0 is the track's own seed (what a task with no memory draws); turn n > 0 draws
the same style from a seed derived from it, which moves the style's own choices
(composition, motif, place, crop) and the title's slot among the design language's
title layouts, and nothing else of the direction (palette, faces).
A layout key is "style/layout" (the style alone for a style with one composition),
then SLOT_MARK and the title layout: "swiss_geometry/arcs@top-left". A composition
is stale when the account drew it, or a composition of the style with the same
skeleton (registry.skeleton: a style names compositions a viewer reads as one
picture), lately in any slot; a slot is stale for a style when
one of the style's last SLOT_MEMORY covers had it: reviewers read "the title on top,
one shape below" as one template across a style's compositions. A composition is also
stale when one of the account's last MOTIF_MEMORY covers showed its motif in any style
(motifs.MOTIFS: a sun on a horizon, concentric rings, a road, mountain ranges).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from sleeve.engine.direction import ArtDirection, task_seed
from sleeve.engine.motifs import SHORT_MEMORY, motif_of
from sleeve.engine.scripts import is_cjk
from sleeve.engine.styles.base import SLOT_MARK, split_key
from sleeve.engine.styles.registry import skeleton

TURNS = 32  # seeds tried per style (by layout_of, without drawing) before another style
SLOT_MEMORY = 2  # a style's latest covers whose title slots its next cover avoids
MOTIF_MEMORY = 40  # an account's latest covers whose motifs its next covers avoid
NEIGHBOURS = 4  # the latest covers (two tracks) whose motif weighs more than a repeat
# a style that made this share of an account's remembered covers comes after the
# others (once SHARE_FROM are remembered): under the 10%, so it stays below
SHARE_CAP, SHARE_FROM = 0.08, 20
SHARE_LIMIT = 0.09  # past this share a style's fresh look loses even to a repeated one
TENTH = 0.1  # the cap: no style makes more than a tenth of an account's covers


@dataclass(frozen=True)
class Look:
    """A style at a turn of the seed, and the layout key it drew."""

    style: str
    turn: int = 0
    layout: str = ""


def turned(direction: ArtDirection, turn: int, *, columns: bool = True) -> ArtDirection:
    """The direction the style draws from at `turn` (0: unchanged): a seed derived
    from the track's, and the title layout that seed moves to among the language's.
    For a style that cannot keep a side column calm (`columns` False: StyleInfo.columns)
    a CJK title that would stand in columns is set across the frame instead, in the
    language's first other layout."""
    if turn:
        seed = task_seed(f"{direction.seed}/turn {turn}")
        slots = direction.language.layouts
        if direction.layout in slots:
            slot = slots[(slots.index(direction.layout) + seed) % len(slots)]
            direction = replace(direction, seed=seed, layout=slot)
        else:
            direction = replace(direction, seed=seed)
    if columns or direction.layout != "vertical" or not is_cjk(direction.title):
        return direction
    across = [slot for slot in direction.language.layouts if slot != "vertical"]
    return replace(direction, layout=across[0] if across else "top-left")


def layout_key(style: str, layout: str, slot: str = "") -> str:
    """What two covers share when a viewer would call them one layout, and the slot
    their title took."""
    key = f"{style}/{layout}" if layout else style
    return f"{key}{SLOT_MARK}{slot}" if slot else key


@lru_cache(maxsize=8192)
def skeleton_key(key: str) -> str:
    """A layout key's style and skeleton ("style/skeleton"): what two covers share when
    a viewer reads them as one picture, whatever their slots or composition names."""
    style, layout = split_key(key)
    return f"{style}/{skeleton(style, layout)}" if layout else style


def staleness(key: str, recent: Sequence[str]) -> int:
    """How recently `key`'s composition (or one of its skeleton) was drawn, in any
    slot, or its motif among the last MOTIF_MEMORY covers (motifs.SHORT_MEMORY for
    some): 0 when neither is in `recent` (most recent first), else the higher the more
    recent. A motif among the last NEIGHBOURS covers is the stalest (the track's own
    first cover or its neighbour's: one picture twice); then a composition drawn
    again, staler than a motif shown further back: a reviewer reads one picture
    recoloured anywhere on a sheet as a template, one motif in two styles as a
    near-repeat (the oldest composition had been drawn again before a motif shown
    twenty tracks back: flow_field/swell on Song Title, seventy tracks after
    Midnight Tide)."""
    total = len(recent)
    motif = _motif(key)
    memory = SHORT_MEMORY.get(motif, MOTIF_MEMORY)
    for index, other in enumerate(recent[: min(NEIGHBOURS, memory)] if motif else ()):
        if _motif(other) == motif:
            return 3 * total - index
    composition = skeleton_key(key)
    for index, other in enumerate(recent):
        if skeleton_key(other) == composition:
            return 2 * total - index
    for index, other in enumerate(recent[:memory] if motif else ()):
        if _motif(other) == motif:
            return total - index
    return 0


def same_motif(first: str, second: str) -> bool:
    """Whether two layout keys show one motif (motifs.MOTIFS): a track's two covers
    that both draw a mirror ball, or both a cherry blossom, read as one picture twice."""
    motif = _motif(first)
    return bool(motif) and motif == _motif(second)


def pair_seen(first: str, second: str, recent: Sequence[str]) -> bool:
    """Whether a track in `recent` (its covers as the pipeline remembers them: the
    second, then the first) had this very pair of compositions, in either order: two
    reviewers read two tracks with one pair of pictures as one cover twice."""
    pair = {skeleton_key(first), skeleton_key(second)}
    return any(
        {skeleton_key(a), skeleton_key(b)} == pair
        for a, b in zip(recent[::2], recent[1::2], strict=False)
    )


def styles_paired(first: str, second: str, recent: Sequence[str]) -> bool:
    """Whether a remembered track had its two covers in these two styles, in either
    order, whatever their compositions: the two drill singles in mono grain and onset
    grid, and both reggaeton tracks in neon and chrome, read as one series (an art
    director, 2026-12-03)."""
    pair = {first, second}
    return any(
        {split_key(a)[0], split_key(b)[0]} == pair
        for a, b in zip(recent[::2], recent[1::2], strict=False)
    )


def _motif(key: str) -> str:
    return motif_of(key.partition(SLOT_MARK)[0])


def slot_staleness(key: str, recent: Sequence[str]) -> int:
    """How recently `key`'s style set its title in `key`'s slot, among the style's
    last SLOT_MEMORY covers: 0 when none of them did (or `key` names no slot)."""
    composition, _, slot = key.partition(SLOT_MARK)
    if not slot:
        return 0
    style = composition.partition("/")[0]
    seen = 0
    for index, other in enumerate(recent):
        other_composition, _, other_slot = other.partition(SLOT_MARK)
        if other_composition.partition("/")[0] != style:
            continue
        if other_slot == slot:
            return len(recent) - index
        seen += 1
        if seen == SLOT_MEMORY:
            break
    return 0


def overused(style: str, recent: Sequence[str]) -> bool:
    """Whether `style` made SHARE_CAP or more of the account's remembered covers (once
    SHARE_FROM are remembered): its fresh looks then come after the other styles'."""
    if len(recent) < SHARE_FROM:
        return False
    return share(style, recent) >= SHARE_CAP


def capped(style: str, recent: Sequence[str]) -> bool:
    """Whether `style` made SHARE_LIMIT of the account's remembered covers: under
    the tenth no style may pass; another fitting style is drawn then, even at a
    composition the account has seen, wherever one clears the pair bar."""
    return len(recent) >= SHARE_FROM and share(style, recent) >= SHARE_LIMIT


def past_tenth(style: str, recent: Sequence[str]) -> bool:
    """Whether one more cover of `style` would make it more than a tenth of the
    account's remembered covers and that one (the issue's cap; once SHARE_FROM are
    remembered): such a look is taken only where no other second look was found."""
    count = len(recent)
    return count >= SHARE_FROM and (share(style, recent) * count + 1) / (count + 1) > TENTH


def share(style: str, recent: Sequence[str]) -> float:
    """The share of the remembered covers (layout keys) that `style` made."""
    made = sum(1 for key in recent if split_key(key)[0] == style)
    return made / max(1, len(recent))
