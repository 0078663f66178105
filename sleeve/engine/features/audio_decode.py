"""Bounded audio decoding: a fixed budget of frames, downmixed and resampled while read.

Whatever a file's header claims, decoding costs at most `MAX_FRAMES` frames of work
and a few megabytes of memory: the file is read in blocks of `BLOCK_FRAMES`, each block
is averaged to mono and decimated to about `TARGET_RATE` before the next is read, so
only the small result is kept. Absurd sample rates and channel counts are refused
with a reason (the cover is then made from the text, and the reason recorded).

The excerpt: up to `WINDOWS` windows of `WINDOW_S` seconds spread over the track (a
higher rate gets shorter windows, within the budget), plus `CURVE_POINTS` short probes
for the energy curve over the whole duration.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass

import numpy as np
import soundfile as sf

TARGET_RATE = 11025
WINDOW_S = 20.0
WINDOWS = 3
CURVE_POINTS = 64
PROBE_S = 0.25
MIN_RATE, MAX_RATE = 1_000, 384_000  # 384 kHz: the highest rate studios record at
MAX_CHANNELS = 8  # 7.1 surround
MAX_FRAMES = 4_000_000  # about 90 s at 44.1 kHz: the most frames one file may cost
BLOCK_FRAMES = 32_768  # frames read at once: 1 MiB at 8 channels of float32


class AudioUnreadable(Exception):
    """The file is missing, empty, corrupt, refused, or in a format we cannot decode."""


@dataclass(frozen=True)
class DecodedAudio:
    """A bounded excerpt: mono windows at `rate`, probe RMS values, the track length."""

    windows: list[np.ndarray]
    probes: np.ndarray
    duration_s: float
    rate: int


def decode_excerpt(path: str) -> DecodedAudio:
    """Decode the bounded excerpt of the file at `path`; AudioUnreadable when it cannot
    be read or its format is refused."""
    if not os.path.isfile(path):
        raise AudioUnreadable(f"no such file: {path}")
    if os.path.getsize(path) == 0:
        raise AudioUnreadable("the file is empty")
    try:
        with sf.SoundFile(path) as f:
            _refuse_absurd(f)
            return _decode(f)
    except AudioUnreadable:
        raise
    except Exception as exc:  # libsndfile reports corrupt data in many ways
        raise AudioUnreadable(f"cannot decode: {exc}") from exc


def _refuse_absurd(f: sf.SoundFile) -> None:
    if f.samplerate <= 0 or f.channels <= 0:
        raise AudioUnreadable("no audio stream")
    if not MIN_RATE <= f.samplerate <= MAX_RATE:
        raise AudioUnreadable(
            f"the file claims a sample rate of {f.samplerate} Hz; "
            f"only {MIN_RATE}-{MAX_RATE} Hz is read"
        )
    if f.channels > MAX_CHANNELS:
        raise AudioUnreadable(
            f"the file claims {f.channels} channels; at most {MAX_CHANNELS} are read"
        )


def _decode(f: sf.SoundFile) -> DecodedAudio:
    sr, total = f.samplerate, f.frames
    q = max(1, round(sr / TARGET_RATE))
    probe = min(int(PROBE_S * sr), MAX_FRAMES // 4 // CURVE_POINTS)  # a quarter of the budget
    window_budget = (MAX_FRAMES - CURVE_POINTS * probe) // WINDOWS
    win = max(q, min(int(WINDOW_S * sr), window_budget) // q * q)
    seekable = f.seekable() and total > 0
    if not seekable or total <= win * WINDOWS:
        frames = min(total, win * WINDOWS) if seekable else win * WINDOWS
        whole, read = _read_mono(f, frames, q)
        duration = total / sr if seekable else read / sr
        return DecodedAudio([whole], _probes_from_signal(whole), duration, sr // q)
    windows = []
    for centre in np.linspace(0.2, 0.8, WINDOWS):
        f.seek(int(np.clip(centre * total - win / 2, 0, total - win)))
        windows.append(_read_mono(f, win, q)[0])
    rms = np.zeros(CURVE_POINTS, dtype=np.float64)
    for i in range(CURVE_POINTS):
        start = int((i + 0.5) / CURVE_POINTS * total - probe / 2)
        f.seek(max(0, min(start, total - probe)))  # probes are read at full rate
        chunk = _read_mono(f, probe, 1)[0]
        rms[i] = math.sqrt(float(np.mean(chunk.astype(np.float64) ** 2))) if len(chunk) else 0.0
    return DecodedAudio(windows, rms, total / sr, sr // q)


def _read_mono(f: sf.SoundFile, frames: int, q: int) -> tuple[np.ndarray, int]:
    """Read up to `frames` frames block by block, each averaged to mono and decimated
    by `q` (box filter); the result and the number of frames read."""
    parts: list[np.ndarray] = []
    block = max(q, BLOCK_FRAMES // q * q)
    read = 0
    buffer = np.empty((block, f.channels), dtype=np.float32)
    while read < frames:
        data = f.read(min(block, frames - read), dtype="float32", always_2d=True, out=buffer)
        if len(data) == 0:
            break
        read += len(data)
        mono = np.nan_to_num(data.mean(axis=1))
        usable = len(mono) // q * q
        if usable:
            parts.append(mono[:usable].reshape(-1, q).mean(axis=1).astype(np.float32))
    return (np.concatenate(parts) if parts else np.zeros(0, dtype=np.float32)), read


def _probes_from_signal(x: np.ndarray) -> np.ndarray:
    if len(x) < CURVE_POINTS:
        return np.zeros(CURVE_POINTS)
    parts = np.array_split(x.astype(np.float64), CURVE_POINTS)
    return np.array([math.sqrt(float(np.mean(p**2))) for p in parts])
