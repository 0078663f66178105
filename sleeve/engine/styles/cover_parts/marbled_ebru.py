"""The drop as an ebru or suminagashi marbler makes it: many thin crisp rings (ink
dropped into ink, each ring parted from the next by a hairline of water), then pulled
by a stylus into one of the traditional figures: a feather (a gel-git's passes drawn
back and forth through the rings), chevrons (a zigzag stick through them) or a
nonpareil (a gel-git combed again by a fine comb). Moves on a ``marble_field``,
undone newest first.

The song moves it: the rings are the song, its first moment at the core and its last
at the rim, each ring as wide as the song is loud there; the figure by how hard the
song works the bath (a calm song a feather, a middling one chevrons, a loud one the
nonpareil, the seed at times the neighbouring one); the passes' spacing by its tempo;
the stylus's direction by its key, never toward the title.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts import marble_field as mf
from sleeve.engine.styles.cover_parts import marbled_patterns as pat
from sleeve.engine.styles.cover_parts.marbled_sheet import CLEAR

F = np.float32
FIGURES = ("feather", "chevron", "nonpareil")  # the stylus's figures, calm to loud
RING_PX = 0.008  # the thinnest ring (share of the side): 3 px at 256, never a moire
HAIR = (0.006, 0.0035)  # the water between rings on light and on dark paper


def figure(drive: float, rng: np.random.Generator) -> str:
    """The figure the stylus draws: by how hard the song works the bath (0..1), the
    seed at times taking the neighbouring one (a third of the covers)."""
    k = min(int(drive * len(FIGURES)), len(FIGURES) - 1)
    if rng.random() < 0.33:
        k = int(np.clip(k + (1 if rng.random() < 0.5 else -1), 0, len(FIGURES) - 1))
    return FIGURES[k]


def rings(
    d: ArtDirection, rng: np.random.Generator, inks: int, r: float, dark: bool, turn: int = 0
) -> mf.Bands:
    """Many thin rings out to `r`: a small core of the field ink, then rings of the
    field and second inks by turns (the accent every fifth or so, thinner), each as
    wide as the song is loud at its moment (core first, rim last), a hairline of water
    between them; the rim a bold ring of the field ink (the shape reads at 64 px).
    `turn`: odd swaps the field and second inks (a neighbour's drop)."""
    field, second, accent = pat.roles(inks)
    if turn % 2:  # a neighbour's drop: the field and second inks swapped
        field, second = second, field
    line = pat.energy_line(d, 64)
    core = r * rng.uniform(0.07, 0.13)
    rim = r * rng.uniform(0.07, 0.1)
    hair = HAIR[1] if dark else HAIR[0]
    count = int(np.clip((r - core - rim) / (RING_PX * (2.2 - 0.8 * pat.fineness(d))), 10, 30))
    loud = signals.resample(line, count)
    widths = loud * rng.uniform(0.75, 1.25, count)
    order = [second if k % 2 == 0 else field for k in range(count)]
    if accent != second:
        for k in range(int(rng.integers(1, 4)), count, int(rng.integers(4, 7))):
            order[k] = accent
            widths[k] *= 0.5
    widths *= (r - core - rim) / widths.sum()
    widths = np.maximum(widths, RING_PX + hair)
    bounds, ring_inks, at = [core - hair], [field, CLEAR], core
    for ink, w in zip([*order, field], [*widths, rim], strict=True):
        bounds += [at, at + w - hair]
        ring_inks += [ink, CLEAR]
        at += w
    return mf.Bands(np.array(bounds, F), np.array(ring_inks))


def between(c: tuple[float, float], angle: float, spacing: float, flip: int) -> float:
    """The shift that sets a comb's passes (every `spacing` across `angle`) half way
    either side of `c`: no pass through the drop's middle (one crossing its core had
    pulled it into a small heart); `flip` odd swaps which way each pass is drawn (the
    drop's middle sheared one way or the other)."""
    return float(-np.sin(angle) * c[0] + np.cos(angle) * c[1] - (0.5 + flip % 2) * spacing)


def pull(
    f: mf.Field,
    d: ArtDirection,
    r: float,
    angle: float,
    kind: str,
    seed: int,
    c: tuple[float, float] = (0.5, 0.5),
) -> None:
    """Undo the stylus's figure through a drop of radius `r` at `c` (newest move
    first): the passes every third to fifth of the drop (finer for a faster song),
    drawn along `angle` either side of its middle, never through it (see between);
    a breath over the bath last of all."""
    rng = np.random.default_rng(seed)
    pace = pat.fineness(d)
    across = angle + np.pi / 2
    mf.breeze(f, rng, 0.002 + 0.004 * d.turbulence)
    passes = 2 * r / (5.0 + 3.0 * pace + rng.uniform(0, 1.5))
    if kind == "nonpareil":  # the fine comb, through the gel-git's arches
        fine = passes / int(3 + rng.integers(0, 2))
        mf.comb(f, angle, fine, between(c, angle, fine, 0), fine * 0.9, fine * 0.3)
    elif kind == "chevron":  # a zigzag stick across the passes
        length = passes * rng.uniform(1.6, 2.2)
        mf.wave(f, across, length * 0.12, length, rng.uniform(0, 6.3), 0.85)
    pull_by = passes * (0.9 + 0.5 * d.energy) * (0.6 if kind == "chevron" else 1.0)
    shift = between(c, angle, passes, int(rng.integers(2)))
    mf.gelgit(f, angle, passes, shift, pull_by, passes * 0.25)
