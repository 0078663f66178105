"""The shapes energy rings are drawn from, on an aggdraw canvas in fractions of the
side: what a composition draws with (Rings), an annulus broken at the song's onsets,
a disc and a strip whose width follows the energy."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import aggdraw
import numpy as np

from sleeve.engine import signals
from sleeve.engine.direction import RGB, ArtDirection

Point = tuple[float, float]


@dataclass(frozen=True)
class Rings:
    """What a composition draws with: the cover side, the energy curve, the lead
    colour's tints over time (from the key and the spectrum), the palette's second
    colour, its accent (the loudest band), the field and the seed's generator."""

    size: int
    level: np.ndarray
    tints: list[RGB]
    second: RGB
    hot: RGB
    paper: RGB
    rng: np.random.Generator
    direction: ArtDirection

    def bands(self, n: int) -> tuple[np.ndarray, list[RGB]]:
        """n bands over the song: (energies, colours), the loudest in the accent."""
        level = signals.resample(self.level, n)
        tints = [self.tints[i * len(self.tints) // n] for i in range(n)]
        tints[int(np.argmax(level))] = self.hot
        return level, tints

    def cuts(self, n: int, steps: int = 16) -> np.ndarray:
        """(n, steps) onset strengths: a band's steps along its length."""
        return signals.onsets(self.direction, n * steps).reshape(n, steps)

    def uniform(self, lo: float, hi: float) -> float:
        """A float from the seed."""
        return float(self.rng.uniform(lo, hi))

    def choice(self, options: Sequence[float]) -> float:
        """One of options, from the seed."""
        return float(options[int(self.rng.integers(len(options)))])


def flat(points: np.ndarray, size: int) -> list[float]:
    """(n, 2) points in fractions as a flat list of pixels for aggdraw."""
    return (points * size).ravel().tolist()


def sector(centre: Point, radii: tuple[float, float], angles: tuple[float, float]) -> np.ndarray:
    """The outline (fractions, (n, 2)) of the part of an annulus between two angles."""
    t = np.linspace(angles[0], angles[1], max(6, int(abs(angles[1] - angles[0]) * 80)))
    unit = np.stack([np.cos(t), np.sin(t)], 1)
    return np.concatenate([unit * radii[1], (unit * radii[0])[::-1]]) + centre


def spans(hits: np.ndarray, start: float, gap: float, most: int = 3) -> list[tuple[float, float]]:
    """The arcs (angles) left of a full turn from `start` once a gap of `gap` radians
    is cut at each of the `most` strongest hits above 0.6 (steps run round the turn)."""
    steps = len(hits)
    strong = [int(i) for i in np.argsort(-hits)[:most] if hits[i] > 0.6]
    if not strong:
        return [(start, start + 2 * np.pi)]
    marks = sorted(start + 2 * np.pi * i / steps for i in strong)
    ends = marks[1:] + [marks[0] + 2 * np.pi]
    return [(a + gap, b - gap) for a, b in zip(marks, ends, strict=True) if b - a > 2 * gap + 0.05]


def annulus(
    draw: aggdraw.Draw,
    k: Rings,
    centre: Point,
    radii: tuple[float, float],
    colour: RGB,
    arcs: list[tuple[float, float]],
) -> None:
    """An annulus round `centre` (radii in fractions) drawn along the given arcs."""
    brush = aggdraw.Brush(colour)
    for a0, a1 in arcs:
        draw.polygon(flat(sector(centre, radii, (a0, a1)), k.size), brush)


def disc(draw: aggdraw.Draw, k: Rings, centre: Point, radius: float, colour: RGB) -> None:
    """A filled circle (fractions)."""
    (x, y), r = centre, radius
    s = k.size
    draw.ellipse(((x - r) * s, (y - r) * s, (x + r) * s, (y + r) * s), aggdraw.Brush(colour))


def strip(
    draw: aggdraw.Draw,
    k: Rings,
    middle: np.ndarray,
    normal: np.ndarray,
    half: np.ndarray,
    colour: RGB,
) -> None:
    """A strip along `middle` ((n, 2) fractions), `half` wide either side along the
    unit `normal` at each point."""
    if len(middle) < 2:
        return
    outer = middle + normal * half[:, None]
    inner = middle - normal * half[:, None]
    draw.polygon(flat(np.concatenate([outer, inner[::-1]]), k.size), aggdraw.Brush(colour))
