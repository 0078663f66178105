"""Ridgeline parts: the song's energy curve as a stack of ridge heights (one spectrum
slice per ridge), the song cut into a few broad hill lines or closed loops, and one
ridge drawn as a filled silhouette under a line, so that near ridges hide far ones
whatever frame a composition bends them into."""

from __future__ import annotations

import aggdraw
import numpy as np

from sleeve.engine import raster, signals
from sleeve.engine.direction import ArtDirection

POINTS = 180  # samples along each ridge
RGB = tuple[int, int, int]


def heights(
    direction: ArtDirection, rng: np.random.Generator, count: int, spread: float = 1.0
) -> np.ndarray:
    """(count, POINTS) heights in about 0..1, back ridge first: each a perturbed copy
    of the energy curve mixed with its own spectrum slice, calm at the edges (spread
    widens the swell: 1 the classic central mountain, 3 nearly edge to edge); the
    stack swells and falls with the song's arc."""
    curve = signals.energy(direction, POINTS)
    x = np.linspace(0.0, 1.0, POINTS)
    centre = rng.uniform(0.35, 0.65)
    width = rng.uniform(0.16, 0.3) * spread
    envelope = np.exp(-(((x - centre) / width) ** 2) * 0.5)
    if rng.random() < 0.35:  # a second, smaller lobe
        c2 = centre + rng.choice((-1, 1)) * rng.uniform(0.18, 0.3)
        envelope = np.maximum(envelope, 0.6 * np.exp(-(((x - c2) / (width * 0.6)) ** 2) * 0.5))
    envelope = 0.06 + 0.94 * envelope
    swell = signals.energy(direction, count)
    slices = signals.spectrum(direction, count, POINTS // 3)
    rough = 0.08 + 0.12 * direction.turbulence
    out = np.empty((count, POINTS))
    for i in range(count):
        xs = np.clip(centre + (x - centre) * rng.uniform(0.85, 1.15) + rng.normal(0, 0.035), 0, 1)
        copy = np.interp(xs, x, curve)
        spectral = np.interp(np.abs(xs - centre) * 2, np.linspace(0, 1, POINTS // 3), slices[i])
        copy = 0.55 * copy + 0.45 * spectral
        wobble = signals.smooth(rng.normal(0.0, 1.0, POINTS), 4) * rough
        jag = signals.smooth(rng.normal(0.0, 1.0, POINTS), 1) * (0.01 + 0.04 * direction.turbulence)
        h = copy * (0.55 + 0.45 * swell[i]) + wobble * (0.4 + copy) + jag
        out[i] = np.maximum(h, 0.0) * envelope
    return out


def hill_curves(direction: ArtDirection, rng: np.random.Generator, count: int) -> np.ndarray:
    """(count, POINTS) broad hill lines in 0..1, back first: the song cut into count
    overlapping stretches of its energy curve (the far hill the opening, the near one
    the close), each lightly coloured by its own spectrum and smoothed to a skyline."""
    curve = signals.energy(direction, POINTS * 2)
    slices = signals.spectrum(direction, count, POINTS // 6)
    out = np.empty((count, POINTS))
    for i in range(count):
        start = int(i * POINTS / max(count - 1, 1))
        seg = curve[start : start + POINTS]
        seg = np.pad(seg, (0, POINTS - len(seg)), mode="edge")
        grain = signals.resample(slices[i], POINTS)
        wobble = signals.smooth(rng.normal(0.0, 1.0, POINTS), 10) * 0.25
        line = signals.smooth(0.7 * seg + 0.3 * grain + wobble, 5)
        out[i] = (line - line.min()) / max(float(np.ptp(line)), 1e-6)
    return out


def loops(direction: ArtDirection, rng: np.random.Generator, count: int, n: int) -> np.ndarray:
    """(count, n) closed heights in about 0..1 for rings, outer ring first: the energy
    curve once round the circle (its end blended into its start) with each ring's own
    spectrum slice, strongest where the song is loudest."""
    curve = signals.energy(direction, n)
    blend = np.clip(np.linspace(0.0, 1.0, n) * 8 - 7, 0.0, 1.0)  # the last eighth
    curve = curve * (1 - blend) + curve[0] * blend
    slices = signals.spectrum(direction, count, n // 4)
    swell = signals.energy(direction, count)
    shift = int(rng.integers(0, n))
    out = np.empty((count, n))
    for i in range(count):
        spec = np.interp(np.linspace(0, 1, n), np.linspace(0, 1, n // 4), slices[i])
        spec = signals.smooth(np.roll(spec, shift), 4, "wrap")
        wobble = signals.smooth(rng.normal(0.0, 1.0, n), 4, "wrap") * 0.08
        jag = signals.smooth(rng.normal(0.0, 1.0, n), 1, "wrap") * 0.02 * direction.turbulence
        h = (0.5 * curve + 0.5 * spec**1.5) * (0.5 + 0.5 * swell[i]) + wobble + jag
        out[i] = np.maximum(h, 0.0)
    return out


def ridge(
    draw: aggdraw.Draw,
    line: np.ndarray,
    base: np.ndarray,
    fill: RGB | None,
    ink: RGB | None,
    width: float,
) -> None:
    """One ridge in pixels: line (n, 2) along its crest, base (n, 2) along its foot
    (same order); the silhouette between them in fill, then the crest in ink."""
    if fill is not None:
        poly = np.concatenate([line, base[::-1]]).ravel().tolist()
        draw.polygon(poly, aggdraw.Brush(fill))
    if ink is not None:
        draw.line(line.ravel().tolist(), raster.pen(ink, width))


def closed(
    draw: aggdraw.Draw, ring: np.ndarray, fill: RGB | None, ink: RGB | None, width: float
) -> None:
    """A closed ridge (n, 2) in pixels: filled, then its outline."""
    flat = ring.ravel().tolist()
    if fill is not None:
        draw.polygon(flat, aggdraw.Brush(fill))
    if ink is not None:
        draw.line(flat + flat[:2], raster.pen(ink, width))
