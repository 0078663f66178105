"""Deterministic synthetic tracks for engine tests and benchmarks.

``write_track("x.mp3", bpm=124, key=9, mode="minor")`` writes a kick/hat beat over
a sustained triad pad; the format follows the extension (wav, flac, ogg, mp3).
"""

from __future__ import annotations

import os

import numpy as np
import soundfile as sf
from scipy.ndimage import uniform_filter1d

FORMATS = {
    ".wav": ("WAV", "PCM_16"),
    ".flac": ("FLAC", "PCM_16"),
    ".ogg": ("OGG", "VORBIS"),
    ".mp3": ("MP3", "MPEG_LAYER_III"),
}


def synth_track(
    *,
    bpm: float = 120.0,
    key: int = 0,
    mode: str = "major",
    loudness: float = 0.5,
    brightness: float = 0.5,
    duration_s: float = 30.0,
    sr: int = 44100,
    beat: bool = True,
    arc: bool = False,
    sections: tuple[float, ...] = (),
    seed: int = 0,
) -> np.ndarray:
    """Mono float32 signal: a kick on every beat, a hat between beats (louder and
    brighter with ``brightness``), and a pad on the key's triad. ``loudness`` 0..1
    scales the peak level (about -40 dB .. -1 dB); ``arc`` adds a quiet intro and outro;
    ``sections`` gives a song form: equal parts at these levels (0..1 of the peak),
    the drums out of a part under half the level, a second's crossfade between parts."""
    rng = np.random.default_rng(seed)
    n = int(duration_s * sr)
    t = np.arange(n, dtype=np.float64) / sr
    third = 3 if mode == "minor" else 4
    root = 220.0 * 2 ** (((key - 9) % 12) / 12)
    pad = np.zeros(n)
    harmonics = 1 + int(round(brightness * 6))
    for semis in (0, third, 7):
        f0 = root * 2 ** (semis / 12)
        for h in range(1, harmonics + 1):
            pad += np.sin(2 * np.pi * f0 * h * t + rng.uniform(0, 2 * np.pi)) / h**1.3
    pad *= 0.12
    out = pad
    if beat:
        period = 60.0 / bpm
        klen = int(0.18 * sr)
        kt = np.arange(klen) / sr
        kick = np.sin(2 * np.pi * (50 * kt + 60 * (1 - np.exp(-kt * 30)) / 30)) * np.exp(-kt * 22)
        hlen = int(0.05 * sr)
        hat = rng.standard_normal(hlen) * np.exp(-np.arange(hlen) / sr * 90)
        if brightness < 0.5:
            hat = np.convolve(hat, np.ones(8) / 8, mode="same")
        hat *= 0.15 + 0.5 * brightness
        drums = np.zeros(n + klen + hlen + int(period * sr))
        for start in np.arange(0.0, duration_s, period):
            part = min(int(start / duration_s * len(sections)), len(sections) - 1)
            if sections and sections[part] < 0.5:
                continue  # a quiet part of the form: the pad alone
            i = int(start * sr)
            drums[i : i + klen] += kick
            j = int((start + period / 2) * sr)
            drums[j : j + hlen] += hat
        out = out + drums[:n]
    if sections:
        part = np.minimum((t / duration_s * len(sections)).astype(int), len(sections) - 1)
        gain = np.asarray(sections, dtype=np.float64)[part]
        # a second's moving average (a direct np.convolve with a second-long kernel took
        # 5 s per track, and over the tests' 300 s limit on a loaded machine)
        out = out * uniform_filter1d(gain, sr, mode="constant")
    if arc:
        pos = t / max(duration_s, 1e-9)
        out = out * np.clip(np.minimum(pos / 0.25, (1 - pos) / 0.2), 0.08, 1.0)
    peak = float(np.max(np.abs(out))) or 1.0
    level = 10 ** ((-40 + 39 * float(np.clip(loudness, 0, 1))) / 20)
    return (out / peak * level).astype(np.float32)


def write_track(path: str, sr: int = 44100, **params: float | int | str | bool) -> str:
    """Synthesize a track (see ``synth_track``) and write it to ``path``; returns path."""
    signal = synth_track(sr=sr, **params)  # type: ignore[arg-type]
    fmt, subtype = FORMATS[os.path.splitext(path)[1].lower()]
    stereo = np.stack([signal, signal], axis=1)
    # libsndfile's Vorbis encoder crashes on very large single writes: write in blocks
    with sf.SoundFile(path, "w", sr, 2, subtype=subtype, format=fmt) as f:
        for i in range(0, len(stereo), 65536):
            f.write(stereo[i : i + 65536])
    return path
