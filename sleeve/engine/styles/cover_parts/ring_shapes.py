"""The shapes energy rings are drawn from, on an aggdraw canvas in fractions of the
side: what a composition draws with (Rings, with the frame that scales and places
it, from a small figure to a huge crop), an annulus broken at the song's onsets and
a strip whose width follows the energy; each solid, or outlined where the seed draws
lines (the accent band always solid)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import aggdraw
import numpy as np

from sleeve.engine import signals
from sleeve.engine.direction import RGB, ArtDirection

Point = tuple[float, float]
PIVOT = (0.5, 0.68)  # the point of a composition its frame scales about


@dataclass(frozen=True)
class Frame:
    """How a composition sits on the cover: scaled by `scale` about PIVOT, which moves
    to `anchor`; `line` (fractions, 0 for solid) outlines the bands, `mixed` only
    those in the second colour."""

    scale: float = 1.0
    anchor: Point = PIVOT
    line: float = 0.0
    mixed: bool = False


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
    frame: Frame = Frame()

    def place(self, points: np.ndarray) -> np.ndarray:
        """(n, 2) composition points (fractions) where the frame puts them."""
        f = self.frame
        return (points - PIVOT) * f.scale + f.anchor

    def box(self, box: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
        """A composition's box where the frame puts it."""
        (x0, y0), (x1, y1) = self.place(np.array([box[:2], box[2:]]))
        return float(x0), float(y0), float(x1), float(y1)

    def outlined(self, colour: RGB) -> float:
        """The outline width (fractions of the composition) a band in `colour` gets,
        0 when it is solid."""
        f = self.frame
        if not f.line or colour == self.hot or (f.mixed and colour != self.second):
            return 0.0
        return f.line / f.scale

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


def flat(points: np.ndarray, k: Rings) -> list[float]:
    """(n, 2) composition points as a flat list of cover pixels for aggdraw."""
    return (k.place(points) * k.size).ravel().tolist()


def sector(centre: Point, radii: tuple[float, float], angles: tuple[float, float]) -> np.ndarray:
    """The outline (fractions, (n, 2)) of the part of an annulus between two angles."""
    t = np.linspace(angles[0], angles[1], max(6, int(abs(angles[1] - angles[0]) * 80)))
    unit = np.stack([np.cos(t), np.sin(t)], 1)
    return np.concatenate([unit * radii[1], (unit * radii[0])[::-1]]) + centre


def spans(
    hits: np.ndarray, start: float, gap: float, most: int = 3, least: float = 0.6
) -> list[tuple[float, float]]:
    """The arcs (angles) left of a full turn from `start` once a gap of `gap` radians
    is cut at each of the `most` strongest hits above `least` (steps run round the
    turn)."""
    steps = len(hits)
    strong = [int(i) for i in np.argsort(-hits)[:most] if hits[i] > least]
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
    """An annulus round `centre` (radii in fractions) drawn along the given arcs;
    outlined, its two edges."""
    brush = aggdraw.Brush(colour)
    line = k.outlined(colour)
    r0, r1 = radii
    parts = [radii]
    if line and r1 - r0 > 2.5 * line:
        parts = [(r0, r0 + line), (r1 - line, r1)] if r0 > 0.002 else [(r1 - line, r1)]
    for a0, a1 in arcs:
        for part in parts:
            draw.polygon(flat(sector(centre, part, (a0, a1)), k), brush)


def strip(
    draw: aggdraw.Draw,
    k: Rings,
    middle: np.ndarray,
    normal: np.ndarray,
    half: np.ndarray,
    colour: RGB,
) -> None:
    """A strip along `middle` ((n, 2) fractions), `half` wide either side along the
    unit `normal` at each point; outlined, its two edges."""
    if len(middle) < 2:
        return
    line = k.outlined(colour)
    if line:
        edge = np.full(len(middle), line / 2)
        for side in (1.0, -1.0):
            along = middle + normal * (side * np.maximum(half - line / 2, line / 2))[:, None]
            strip_part(draw, k, along, normal, edge, colour)
        return
    strip_part(draw, k, middle, normal, half, colour)


def strip_part(
    draw: aggdraw.Draw,
    k: Rings,
    middle: np.ndarray,
    normal: np.ndarray,
    half: np.ndarray,
    colour: RGB,
) -> None:
    """A solid strip along `middle`, `half` wide either side along `normal`."""
    outer = middle + normal * half[:, None]
    inner = middle - normal * half[:, None]
    draw.polygon(flat(np.concatenate([outer, inner[::-1]]), k), aggdraw.Brush(colour))
