"""Ridgeline parts: the song's energy curve as a stack of ridge heights (one spectrum
slice per ridge), and one ridge drawn as a filled silhouette under a line, so that
near ridges hide far ones whatever frame a composition bends them into."""

from __future__ import annotations

import aggdraw
import numpy as np

from sleeve.engine import raster, signals
from sleeve.engine.direction import ArtDirection

POINTS = 180  # samples along each ridge
RGB = tuple[int, int, int]


def heights(direction: ArtDirection, rng: np.random.Generator, count: int) -> np.ndarray:
    """(count, POINTS) heights in about 0..1, back ridge first: each a perturbed copy
    of the energy curve mixed with its own spectrum slice, calm at the edges; the
    stack swells and falls with the song's arc."""
    curve = signals.energy(direction, POINTS)
    x = np.linspace(0.0, 1.0, POINTS)
    centre = rng.uniform(0.3, 0.7)
    width = rng.uniform(0.14, 0.34)
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


def horizon_line(direction: ArtDirection, rng: np.random.Generator) -> np.ndarray:
    """POINTS heights in 0..1: the whole song's energy as one lightly smoothed skyline,
    its onsets as small teeth."""
    curve = signals.smooth(signals.energy(direction, POINTS), 3)
    hits = signals.onsets(direction, POINTS)
    teeth = signals.smooth(hits, 1) * (0.05 + 0.1 * direction.turbulence)
    wobble = signals.smooth(rng.normal(0.0, 1.0, POINTS), 6) * 0.06
    out = curve + teeth + wobble
    return (out - out.min()) / max(float(np.ptp(out)), 1e-6)


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
