"""The music as numbers a style can draw: the energy curve, a coarse spectrogram, the
pitch classes and the onsets of a track, resampled to what the style needs.

When the direction carries no audio view (no audio, or an older analysis), each is
synthesized from the energy curve, the tempo, the key and the seed, so the
music-driven styles still draw this track's arc; ``synthesized_note`` says so.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import rng_for

# Just-intonation ratios of the twelve intervals above the tonic (chladni).
INTERVAL_RATIOS = (
    (1, 1), (16, 15), (9, 8), (6, 5), (5, 4), (4, 3), (45, 32), (3, 2), (8, 5), (5, 3), (9, 5),
    (15, 8),
)  # fmt: skip
# Krumhansl-Kessler key profiles, tonic first.
MAJOR = (6.35, 2.23, 3.48, 2.33, 4.38, 4.09, 2.52, 5.19, 2.39, 3.66, 2.29, 2.88)
MINOR = (6.33, 2.68, 3.52, 5.38, 2.60, 3.53, 2.54, 4.75, 3.98, 2.69, 3.34, 3.17)


def pace(direction: ArtDirection) -> float:
    """The tempo in 0..1: 60 BPM and slower 0, 180 BPM and faster 1."""
    return float(np.clip((direction.tempo_bpm - 60.0) / 120.0, 0.0, 1.0))


def resample(values: np.ndarray | tuple[float, ...], n: int) -> np.ndarray:
    """Linear resampling of a 1-D series to n points (float64)."""
    arr = np.asarray(values if len(values) else (0.5,), dtype=np.float64)
    return np.interp(np.linspace(0, 1, n), np.linspace(0, 1, len(arr)), arr)


def smooth(values: np.ndarray, k: int, ends: str = "edge") -> np.ndarray:
    """Moving average over 2k+1 points, the ends held ("edge") or mirrored ("reflect":
    an end held flat stretches a first hit or a fade-in across the start)."""
    if k <= 0:
        return np.asarray(values, dtype=np.float64)
    pad = np.pad(np.asarray(values, dtype=np.float64), k, mode=ends)
    return np.convolve(pad, np.ones(2 * k + 1) / (2 * k + 1), mode="valid")


def energy(direction: ArtDirection, n: int, stretch: bool = True) -> np.ndarray:
    """The energy curve at n points; stretched to span 0..1 unless stretch is False
    (quiet, flat songs are only stretched a little)."""
    curve = resample(direction.energy_curve, n)
    if not stretch:
        return curve
    return (curve - curve.min()) / max(float(np.ptp(curve)), 0.15)


def spectrum(direction: ArtDirection, frames: int, bands: int) -> np.ndarray:
    """(frames, bands) band energies in 0..1 over time, low bands first."""
    if direction.spectrum:
        raw = np.asarray(direction.spectrum, dtype=np.float64)
        rows = np.stack([resample(raw[:, b], frames) for b in range(raw.shape[1])], axis=1)
        out = np.stack([resample(row, bands) for row in rows])
        return np.clip(out / max(float(out.max()), 1e-6), 0.0, 1.0)
    rng = rng_for(direction, "signals-spectrum")
    b = np.linspace(0.0, 1.0, bands)
    tilt = 2.2 - 1.6 * direction.brightness  # brighter songs keep more treble
    profile = np.exp(-b * tilt)
    for _ in range(int(rng.integers(2, 5))):  # a few instrument bodies
        profile += rng.uniform(0.2, 0.6) * np.exp(-(((b - rng.uniform(0.05, 0.8)) / 0.06) ** 2))
    level = energy(direction, frames)
    jitter = rng.normal(0.0, 0.12, (frames, bands))
    jitter = np.apply_along_axis(smooth, 1, jitter, 2)
    out = profile[None, :] * (0.35 + 0.65 * level[:, None]) * (1.0 + jitter)
    out *= 1.0 + 0.8 * level[:, None] * b[None, :]  # loud passages are brighter
    return np.clip(out / max(float(out.max()), 1e-6), 0.0, 1.0)


def chroma(direction: ArtDirection) -> np.ndarray:
    """Twelve pitch-class weights in 0..1 (index 0 = C)."""
    if len(direction.chroma) == 12:
        arr = np.asarray(direction.chroma, dtype=np.float64)
        return arr / max(float(arr.max()), 1e-6)
    rng = rng_for(direction, "signals-chroma")
    key = direction.key if direction.key is not None else int(rng.integers(12))
    minor = direction.mode == "minor" if direction.mode else direction.valence < 0.45
    profile = np.roll(np.asarray(MINOR if minor else MAJOR), key)
    profile = profile * rng.uniform(0.85, 1.15, 12)
    return (profile - profile.min()) / np.ptp(profile)


def onsets(direction: ArtDirection, steps: int) -> np.ndarray:
    """Onset strength in 0..1 for `steps` sixteenth notes spread over the song."""
    if direction.onsets:
        raw = np.asarray(direction.onsets, dtype=np.float64)
        edges = np.linspace(0, len(raw), steps + 1).astype(int)
        out = np.array(
            [raw[a : max(b, a + 1)].max() for a, b in zip(edges[:-1], edges[1:], strict=True)]
        )
        return np.clip(out / max(float(out.max()), 1e-6), 0.0, 1.0)
    rng = rng_for(direction, "signals-onsets")
    pos = np.arange(steps) % 16
    busy = 0.15 + 0.8 * direction.density
    kick = (pos % 4 == 0) * 0.9 + (rng.random(steps) < 0.12 * busy) * 0.6
    snare = np.isin(pos, (4, 12)) * 0.75
    hats = (pos % 2 == 0) * 0.35 * (rng.random(steps) < busy) + (
        rng.random(steps) < busy / 3
    ) * 0.25
    pattern = np.maximum.reduce([kick, snare, hats])
    level = resample(direction.energy_curve, steps)
    out = pattern * np.clip(0.25 + level, 0.0, 1.0) * (rng.random(steps) > 0.08)
    return np.clip(out, 0.0, 1.0)


def intervals(direction: ArtDirection, count: int = 3) -> list[tuple[int, int]]:
    """Frequency ratios (p, q) of the strongest pitch classes above the strongest one:
    the track's key as small-number intervals (unison excluded when possible)."""
    weights = chroma(direction)
    order = [int(i) for i in np.argsort(-weights)]
    tonic = order[0]
    ratios = [INTERVAL_RATIOS[(pc - tonic) % 12] for pc in order[1:]]
    return (ratios + [(3, 2), (4, 3), (5, 4)])[:count]


def dominant_bands(direction: ArtDirection, count: int = 2, bands: int = 24) -> list[int]:
    """Indices (1-based) of the loudest bands of the average spectrum, strongest first."""
    mean = spectrum(direction, 16, bands).mean(axis=0)
    peaks = [
        i
        for i in range(bands)
        if mean[i] >= mean[max(0, i - 1)] and mean[i] >= mean[min(bands - 1, i + 1)]
    ]
    peaks.sort(key=lambda i: -mean[i])
    peaks += [i for i in np.argsort(-mean) if i not in peaks]
    return [int(i) + 1 for i in peaks[:count]]


def synthesized_note(direction: ArtDirection, style: str) -> str | None:
    """The note for a music-driven style drawn without audio, else None."""
    if direction.has_audio:
        return None
    return f"{style}: no audio, drawn from a curve synthesized from the words and the seed"
