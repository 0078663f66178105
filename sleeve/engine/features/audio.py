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
SPECTRUM_FRAMES, SPECTRUM_BANDS = 48, 24
MAX_ONSET_STEPS = 1024
DRIFT = 0.015  # how far a window's beat period may stray from the tempo's
MIN_BPM, MAX_BPM = 50.0, 210.0
OCTAVE_SHARE = 0.8
# spectral flux a peak needs to count as an onset, on level-normalised audio (a drone's
# flux stays under 10; a kick or a plucked note reaches hundreds)
ONSET_FLOOR = 40.0
_HARMONICS = ((1, 1.0), (2, 0.5), (3, 0.4), (4, 0.3))

# Krumhansl-Kessler key profiles, C first.
_MAJOR = np.array([6.35, 2.23, 3.48, 2.33, 4.38, 4.09, 2.52, 5.19, 2.39, 3.66, 2.29, 2.88])
_MINOR = np.array([6.33, 2.68, 3.52, 5.38, 2.60, 3.53, 2.54, 4.75, 3.98, 2.69, 3.34, 3.17])


def _normalised(x: np.ndarray) -> np.ndarray:
    """The window scaled to an RMS of 0.1 (silence stays silent)."""
    rms = float(np.sqrt(np.mean(x.astype(np.float64) ** 2))) if len(x) else 0.0
    return x if rms < 1e-5 else (x * (0.1 / rms)).astype(np.float32)


def _spectrogram(x: np.ndarray) -> np.ndarray:
    if len(x) < N_FFT:
        x = np.pad(x, (0, N_FFT - len(x)))
    frames = np.lib.stride_tricks.sliding_window_view(x, N_FFT)[::HOP]
    return np.abs(np.fft.rfft(frames * np.hanning(N_FFT).astype(np.float32), axis=1))


def _onset_envelope(mag: np.ndarray) -> np.ndarray:
    """Spectral flux of the log magnitude, less its local mean."""
    logmag = np.log1p(100.0 * mag)
    flux = np.maximum(0.0, np.diff(logmag, axis=0)).sum(axis=1)
    if len(flux) == 0:
        return flux
    return flux - np.convolve(flux, np.ones(16) / 16, mode="same")


def _autocorrelation(envs: list[np.ndarray], max_lag: int) -> np.ndarray:
    """Mean unbiased autocorrelation of the onset envelopes (1 at lag 0), so a pulse
    that repeats scores the same at every multiple of its period."""
    acf = np.zeros(max_lag)
    used = 0
    for env in envs:
        # widen the onset peaks so fractional lags interpolate without bias
        e = np.convolve(np.maximum(env, 0.0), [0.1, 0.2, 0.4, 0.2, 0.1], mode="same")
        if len(e) < 8:
            continue
        spec = np.fft.rfft(e - e.mean(), n=2 * len(e))
        full = np.fft.irfft(np.abs(spec) ** 2)[: min(max_lag, len(e))]
        full = full / (len(e) - np.arange(len(full)))
        if full[0] <= 0:
            continue
        acf[: len(full)] += full / full[0]
        used += 1
    return acf / max(used, 1)


def _tempo(envs: list[np.ndarray], fps: float) -> tuple[float, float]:
    """Tempo in BPM without octave errors on clear beats.

    A comb over four harmonics of each candidate period, under a broad perceptual
    prior around 120 BPM, finds the pulse; then the metrical level is chosen among its
    octaves (half, double, ...): the fastest level whose own periodicity is at least
    OCTAVE_SHARE of the strongest. An accented beat with weaker off-beats (kick and
    hat) stays at the kick; an even pulse goes to the faster level.
    Returns the tempo and the pulse's clarity (its periodicity, 0 for no pulse at all:
    a drone, silence).
    """
    max_lag = int(4 * 60 * fps / MIN_BPM) + 2
    acf = _autocorrelation(envs, max_lag)
    if (
        not acf[1:].any()
        or max((float(e.max()) for e in envs if len(e)), default=0.0) < ONSET_FLOOR
    ):
        return 120.0, 0.0
    lag_axis = np.arange(max_lag)
    bpms = np.arange(MIN_BPM, MAX_BPM + 0.01, 0.25)
    lags = 60.0 * fps / bpms
    comb = sum(w * np.interp(k * lags, lag_axis, acf) for k, w in _HARMONICS)
    prior = np.exp(-0.5 * (np.log2(bpms / 120.0) / 1.2) ** 2)
    found = float(bpms[int(np.argmax(comb * prior))])
    levels = [found * 2.0**j for j in range(-3, 4) if MIN_BPM <= found * 2.0**j <= MAX_BPM]
    strength = {bpm: float(np.interp(60.0 * fps / bpm, lag_axis, acf)) for bpm in levels}
    strongest = max(strength.values())
    tempo = next(b for b in sorted(levels, reverse=True) if strength[b] >= OCTAVE_SHARE * strongest)
    return tempo, float(np.clip(strength[tempo], 0.0, 1.0))


def _onset_density(envs: list[np.ndarray], fps: float) -> float:
    count, seconds = 0, 0.0
    for env in envs:
        seconds += len(env) / fps
        if len(env) < 3:
            continue
        relative = max(0.0, float(np.mean(np.abs(env)))) + 0.5 * float(np.std(env))
        thresh = max(relative, ONSET_FLOOR)
        peaks = (env[1:-1] > env[:-2]) & (env[1:-1] >= env[2:]) & (env[1:-1] > thresh)
        last = -1e9
        for i in np.flatnonzero(peaks):
            if i - last >= 0.05 * fps:
                count += 1
                last = i
    return count / seconds if seconds > 0 else 0.0


def _chroma(mags: list[np.ndarray], sr: int) -> np.ndarray:
    """Energy per pitch class (C first) over the excerpt, 65 Hz - 2 kHz."""
    freqs = np.fft.rfftfreq(N_FFT, 1.0 / sr)
    band = (freqs >= 65.0) & (freqs <= 2000.0)
    pcs = (np.round(12 * np.log2(freqs[band] / 440.0)).astype(int) + 9) % 12
    chroma = np.zeros(12)
    for mag in mags:
        np.add.at(chroma, pcs, (mag[:, band] ** 2).sum(axis=0))
    return chroma


def _key(chroma: np.ndarray) -> tuple[int, str]:
    """Key by correlating the chroma with Krumhansl profiles (weigh lightly)."""
    if not chroma.any():
        return 0, "major"
    best, best_key, best_mode = -2.0, 0, "major"
    for mode, profile in (("major", _MAJOR), ("minor", _MINOR)):
        for tonic in range(12):
            r = float(np.corrcoef(chroma, np.roll(profile, tonic))[0, 1])
            if r > best:
                best, best_key, best_mode = r, tonic, mode
    return best_key, best_mode


def _band_spectrum(mags: list[np.ndarray], sr: int) -> tuple[tuple[float, ...], ...]:
    """SPECTRUM_FRAMES x SPECTRUM_BANDS log-band levels (40 Hz - 5 kHz) in 0..1: dB
    over the 60 dB below the loudest cell."""
    frames = np.concatenate(mags) if mags else np.zeros((0, N_FFT // 2 + 1))
    if len(frames) < SPECTRUM_FRAMES:
        return ()
    freqs = np.fft.rfftfreq(N_FFT, 1.0 / sr)
    edges = np.geomspace(40.0, min(5000.0, sr / 2), SPECTRUM_BANDS + 1)
    which = np.digitize(freqs, edges) - 1
    bands = (which[:, None] == np.arange(SPECTRUM_BANDS)[None, :]).astype(np.float32)
    power = (frames.astype(np.float32) ** 2) @ (bands / np.maximum(bands.sum(axis=0), 1.0))
    chunks = np.array([c.mean(axis=0) for c in np.array_split(power, SPECTRUM_FRAMES)])
    db = 10 * np.log10(chunks + 1e-12)
    level = np.clip((db - (db.max() - 60.0)) / 60.0, 0.0, 1.0)
    return tuple(tuple(round(float(v), 3) for v in row) for row in level)


def _beat_grid(env: np.ndarray, beat: float) -> tuple[float, float]:
    """The beat period and phase (frames) that best fit one window's onsets: the
    strongest mean onset on the beats, over phases and over periods within DRIFT of
    the tempo's (a tempo read half a BPM off drifts a sixteenth out in 20 seconds)."""
    best = (-1.0, beat, 0.0)
    for period in beat * (1 + np.linspace(-DRIFT, DRIFT, 13)):
        beats = np.arange(0.0, len(env) - period, period)
        phases = np.arange(int(period))
        strength = env[(beats[None, :] + phases[:, None]).astype(int)].mean(axis=1)
        phase = int(np.argmax(strength))
        if strength[phase] > best[0]:
            best = (float(strength[phase]), float(period), float(phase))
    return best[1], best[2]


def _onset_steps(envs: list[np.ndarray], fps: float, tempo: float) -> tuple[float, ...]:
    """The strongest onset in each sixteenth note of the tempo, 0..1, in time order.
    Each window is read on its own grid, started on its beat (the phase where its
    onsets on the beat are strongest, at the period that fits it best): the windows
    lie apart in the song, so one grid laid across them put a four-on-the-floor kick
    on the beat in one window and on the "and" in the next."""
    beat = 60.0 / tempo * fps
    peaks: list[float] = []
    for window in envs:
        env = np.maximum(window, 0.0)
        if len(env) < beat * 2:
            continue
        period, phase = _beat_grid(env, beat)
        step = period / 4
        start = phase - step / 2 if phase >= step / 2 else phase - step / 2 + period
        count = int((len(env) - start) / step) // 4 * 4  # whole beats: the next starts on one
        edges = (start + np.arange(count + 1) * step).astype(int)
        peaks += [
            float(env[a : max(b, a + 1)].max()) for a, b in zip(edges, edges[1:], strict=False)
        ]
    if not peaks:
        return ()
    found = np.array(peaks[:MAX_ONSET_STEPS])
    top = max(float(np.percentile(found, 95)), ONSET_FLOOR)
    return tuple(round(float(v), 3) for v in np.clip(found / top, 0.0, 1.0))


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
    # onsets, tempo and key from level-normalised windows: a quiet track's onsets are
    # compressed like a loud one's (loudness is measured above, on the raw signal)
    mags = [_spectrogram(_normalised(w)) for w in windows if len(w)]
    envs = [_onset_envelope(m) for m in mags]
    freqs = np.fft.rfftfreq(N_FFT, 1.0 / sr)
    band = freqs <= 5000.0  # the same band at every sample rate
    power = sum(float(m[:, band].sum()) for m in mags)
    moment = sum(float((m[:, band] * freqs[band]).sum()) for m in mags)
    centroid = moment / power if power > 0 else 0.0
    chroma = _chroma(mags, sr)
    key, mode = _key(chroma)
    tempo, pulse = _tempo(envs, fps)
    return AudioFeatures(
        tempo_bpm=round(tempo, 2),
        pulse=round(pulse, 3),
        loudness=round(float(np.clip((loudness_db + 42.0) / 36.0, 0.0, 1.0)), 4),
        loudness_db=round(loudness_db, 2),
        brightness=round(float(np.clip(math.log2(max(centroid, 250.0) / 250.0) / 4.2, 0, 1)), 4),
        centroid_hz=round(centroid, 1),
        onset_density=round(_onset_density(envs, fps), 3),
        key=key,
        mode=mode,
        energy_curve=_curve(rms),
        duration_s=round(duration, 3),
        spectrum=_band_spectrum(mags, sr),
        chroma=tuple(round(float(v), 4) for v in chroma / max(float(chroma.max()), 1e-12)),
        onsets=_onset_steps(envs, fps, tempo),
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
