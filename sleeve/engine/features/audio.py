"""What a track's audio says: tempo, loudness, brightness, onsets, key, energy.

Only a bounded excerpt is decoded (`audio_decode`: up to three 20-second windows
spread over the track, mono, about 11 kHz, plus 64 short probes for the energy curve
over the whole duration), so a 3-minute file costs a fraction of a second on one core
and no file, whatever its header claims, costs more than a few megabytes.
numpy only (no scipy import: it costs about a second per worker).
"""

from __future__ import annotations

import math

import numpy as np

from sleeve.engine.features import AudioFeatures
from sleeve.engine.features.audio_decode import AudioUnreadable, decode_excerpt

N_FFT = 1024
HOP = 256
MIN_BPM, MAX_BPM = 60.0, 200.0

# Krumhansl-Kessler key profiles, C first.
_MAJOR = np.array([6.35, 2.23, 3.48, 2.33, 4.38, 4.09, 2.52, 5.19, 2.39, 3.66, 2.29, 2.88])
_MINOR = np.array([6.33, 2.68, 3.52, 5.38, 2.60, 3.53, 2.54, 4.75, 3.98, 2.69, 3.34, 3.17])


def _spectrogram(x: np.ndarray) -> np.ndarray:
    if len(x) < N_FFT:
        x = np.pad(x, (0, N_FFT - len(x)))
    frames = np.lib.stride_tricks.sliding_window_view(x, N_FFT)[::HOP]
    return np.abs(np.fft.rfft(frames * np.hanning(N_FFT).astype(np.float32), axis=1))


def _onset_envelope(mag: np.ndarray) -> np.ndarray:
    logmag = np.log1p(100.0 * mag)
    flux = np.maximum(0.0, np.diff(logmag, axis=0)).sum(axis=1)
    if len(flux) == 0:
        return flux
    return flux - np.convolve(flux, np.ones(16) / 16, mode="same")


def _tempo(envs: list[np.ndarray], fps: float) -> float:
    """Tempo in BPM from summed onset autocorrelations, harmonics and a 120 BPM prior."""
    max_lag = int(5 * 60 * fps / MIN_BPM) + 2
    acf = np.zeros(max_lag)
    for env in envs:
        # widen the onset peaks so fractional lags interpolate without bias
        e = np.convolve(np.maximum(env, 0.0), [0.1, 0.2, 0.4, 0.2, 0.1], mode="same")
        if len(e) < 8:
            continue
        spec = np.fft.rfft(e - e.mean(), n=2 * len(e))
        full = np.fft.irfft(np.abs(spec) ** 2)[: min(max_lag, len(e))]
        acf[: len(full)] += full / (full[0] + 1e-9)
    if not acf.any():
        return 120.0
    bpms = np.arange(MIN_BPM, MAX_BPM + 0.01, 0.25)
    lags = 60.0 * fps / bpms
    idx = np.arange(max_lag)
    harmonics = ((1, 1.0), (2, 0.5), (3, 0.4), (4, 0.3))
    score = sum(w * np.interp(k * lags, idx, acf) for k, w in harmonics)
    prior = np.exp(-0.5 * (np.log2(bpms / 120.0) / 0.9) ** 2)
    return float(bpms[int(np.argmax(score * prior))])


def _onset_density(envs: list[np.ndarray], fps: float) -> float:
    count, seconds = 0, 0.0
    for env in envs:
        seconds += len(env) / fps
        if len(env) < 3:
            continue
        thresh = max(0.0, float(np.mean(np.abs(env)))) + 0.5 * float(np.std(env))
        peaks = (env[1:-1] > env[:-2]) & (env[1:-1] >= env[2:]) & (env[1:-1] > thresh)
        last = -1e9
        for i in np.flatnonzero(peaks):
            if i - last >= 0.05 * fps:
                count += 1
                last = i
    return count / seconds if seconds > 0 else 0.0


def _key(mags: list[np.ndarray], sr: int) -> tuple[int, str]:
    """Key by correlating a chroma vector with Krumhansl profiles (weigh lightly)."""
    freqs = np.fft.rfftfreq(N_FFT, 1.0 / sr)
    band = (freqs >= 65.0) & (freqs <= 2000.0)
    pcs = (np.round(12 * np.log2(freqs[band] / 440.0)).astype(int) + 9) % 12
    chroma = np.zeros(12)
    for mag in mags:
        np.add.at(chroma, pcs, (mag[:, band] ** 2).sum(axis=0))
    if not chroma.any():
        return 0, "major"
    best, best_key, best_mode = -2.0, 0, "major"
    for mode, profile in (("major", _MAJOR), ("minor", _MINOR)):
        for tonic in range(12):
            r = float(np.corrcoef(chroma, np.roll(profile, tonic))[0, 1])
            if r > best:
                best, best_key, best_mode = r, tonic, mode
    return best_key, best_mode


def _curve(rms: np.ndarray) -> tuple[float, ...]:
    db = 20 * np.log10(np.maximum(rms, 1e-6))
    if float(db.max()) <= -100.0:
        return tuple(0.0 for _ in rms)
    v = np.clip((db - (db.max() - 30.0)) / 30.0, 0.0, 1.0)
    v = np.convolve(np.pad(v, 1, mode="edge"), np.ones(3) / 3, mode="valid")
    return tuple(round(float(x), 4) for x in v)


def _analyse(windows: list[np.ndarray], rms: np.ndarray, duration: float, sr: int) -> AudioFeatures:
    fps = sr / HOP
    signal = np.concatenate(windows) if windows else np.zeros(1, dtype=np.float32)
    mean_sq = float(np.mean(signal.astype(np.float64) ** 2)) if len(signal) else 0.0
    loudness_db = max(-100.0, 10 * math.log10(mean_sq + 1e-12))
    mags = [_spectrogram(w) for w in windows if len(w)]
    envs = [_onset_envelope(m) for m in mags]
    freqs = np.fft.rfftfreq(N_FFT, 1.0 / sr)
    band = freqs <= 5000.0  # the same band at every sample rate
    power = sum(float(m[:, band].sum()) for m in mags)
    moment = sum(float((m[:, band] * freqs[band]).sum()) for m in mags)
    centroid = moment / power if power > 0 else 0.0
    key, mode = _key(mags, sr)
    return AudioFeatures(
        tempo_bpm=round(_tempo(envs, fps), 2),
        loudness=round(float(np.clip((loudness_db + 42.0) / 36.0, 0.0, 1.0)), 4),
        loudness_db=round(loudness_db, 2),
        brightness=round(float(np.clip(math.log2(max(centroid, 250.0) / 250.0) / 4.2, 0, 1)), 4),
        centroid_hz=round(centroid, 1),
        onset_density=round(_onset_density(envs, fps), 3),
        key=key,
        mode=mode,
        energy_curve=_curve(rms),
        duration_s=round(duration, 3),
    )


def audio_features(path: str) -> AudioFeatures:
    """Analyse the audio file at ``path``; raises AudioUnreadable when it cannot be read."""
    decoded = decode_excerpt(path)
    windows, rms, duration, sr = decoded.windows, decoded.probes, decoded.duration_s, decoded.rate
    if duration <= 0 or sum(len(w) for w in windows) < N_FFT // 4:
        raise AudioUnreadable("no audio frames")
    try:
        return _analyse(windows, rms, duration, sr)
    except Exception as exc:  # never let odd audio crash a render
        raise AudioUnreadable(f"cannot analyse: {exc}") from exc
