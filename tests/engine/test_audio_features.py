"""Audio features on synthetic tracks, and unreadable files."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from sleeve.engine.features.audio import (
    MAX_BPM,
    MIN_BPM,
    SPECTRUM_BANDS,
    SPECTRUM_FRAMES,
    AudioUnreadable,
    audio_features,
)
from tests.engine.synth_audio import write_track


@pytest.fixture(scope="module")
def tracks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    d = tmp_path_factory.mktemp("tracks")
    return {
        "loud_fast": write_track(
            str(d / "loud_fast.wav"),
            sr=22050,
            bpm=150,
            loudness=0.95,
            brightness=0.9,
            duration_s=40,
        ),
        "quiet_slow": write_track(
            str(d / "quiet_slow.wav"),
            sr=22050,
            bpm=70,
            loudness=0.25,
            brightness=0.1,
            duration_s=40,
            seed=1,
        ),
        "pad": write_track(
            str(d / "pad.flac"), sr=22050, beat=False, key=9, mode="minor", duration_s=15
        ),
    }


@pytest.mark.parametrize("ext", ["wav", "flac", "ogg", "mp3"])
def test_tempo_of_124_bpm_within_3_percent(tmp_path: Path, ext: str) -> None:
    path = write_track(str(tmp_path / f"beat.{ext}"), bpm=124, duration_s=75)
    a = audio_features(path)
    assert abs(a.tempo_bpm - 124) / 124 <= 0.03
    assert a.duration_s == pytest.approx(75, abs=0.5)
    assert len(a.energy_curve) == 64


@pytest.mark.parametrize("bpm", [70, 128, 174])
@pytest.mark.parametrize(
    "sound",
    [{}, {"loudness": 1.0, "brightness": 0.95}, {"loudness": 0.3, "brightness": 0.15}],
    ids=["plain", "loud-bright", "quiet-dark"],
)
def test_tempo_without_octave_errors(tmp_path: Path, bpm: int, sound: dict) -> None:
    """A kick on the beat and a hat off it read at the kick's tempo, not half or
    double, however loud or bright the hat."""
    path = write_track(str(tmp_path / "t.wav"), sr=22050, bpm=bpm, duration_s=30, **sound)
    assert abs(audio_features(path).tempo_bpm - bpm) / bpm <= 0.04


@pytest.mark.parametrize("bpm", [60, 90, 100, 140, 160, 190])
def test_tempo_range(tmp_path: Path, bpm: int) -> None:
    a = audio_features(write_track(str(tmp_path / "t.wav"), sr=22050, bpm=bpm, duration_s=30))
    assert abs(a.tempo_bpm - bpm) / bpm <= 0.04


def test_loud_fast_vs_quiet_slow(tracks: dict[str, str]) -> None:
    loud, quiet = audio_features(tracks["loud_fast"]), audio_features(tracks["quiet_slow"])
    assert loud.loudness > quiet.loudness + 0.4
    assert loud.loudness_db > quiet.loudness_db + 15
    assert loud.brightness > quiet.brightness + 0.1
    assert loud.onset_density > quiet.onset_density
    assert loud.tempo_bpm > quiet.tempo_bpm


def test_key_of_a_minor_pad(tracks: dict[str, str]) -> None:
    a = audio_features(tracks["pad"])
    assert (a.key, a.mode) in {(9, "minor"), (0, "major")}  # relative keys: weigh lightly


def test_energy_curve_follows_the_arc(tmp_path: Path) -> None:
    a = audio_features(write_track(str(tmp_path / "arc.wav"), sr=22050, arc=True, duration_s=150))
    curve = np.array(a.energy_curve)
    assert curve.min() >= 0 and curve.max() <= 1
    assert curve[28:36].mean() > curve[:4].mean() + 0.3
    assert curve[28:36].mean() > curve[-4:].mean() + 0.3


def test_energy_curve_reads_a_song_form_with_a_break(tmp_path: Path) -> None:
    """A drop, a quiet break with the drums out, and the last drop (the bench's songs
    are synthesized so): the curve dips in the break and rises again."""
    form = (0.6, 1.0, 0.3, 1.0)
    a = audio_features(write_track(str(tmp_path / "form.wav"), sr=22050, sections=form))
    curve = np.array(a.energy_curve)
    quarter = len(curve) // 4
    loud, pause, last = (curve[k * quarter + 3 : (k + 1) * quarter - 3].mean() for k in (1, 2, 3))
    assert pause < loud - 0.2 and pause < last - 0.2


def test_silence_is_quiet_not_an_error(tmp_path: Path) -> None:
    path = str(tmp_path / "silence.wav")
    sf.write(path, np.zeros(22050 * 5, dtype=np.float32), 22050)
    a = audio_features(path)
    assert a.loudness == 0.0
    assert all(v == 0.0 for v in a.energy_curve)


def test_short_clip(tmp_path: Path) -> None:
    path = write_track(str(tmp_path / "short.wav"), sr=22050, duration_s=0.5)
    a = audio_features(path)
    assert MIN_BPM <= a.tempo_bpm <= MAX_BPM


def _write(path: Path, data: bytes) -> str:
    path.write_bytes(data)
    return str(path)


@pytest.mark.parametrize(
    "make",
    [
        lambda d: str(d / "missing.mp3"),
        lambda d: _write(d / "empty.wav", b""),
        lambda d: _write(d / "notes.mp3", b"these are not the bytes you are looking for\n" * 50),
        lambda d: _write(d / "noise.wav", os.urandom(40_000)),
        lambda d: _write(d / "noise.flac", os.urandom(40_000)),
        lambda d: _write(d / "header_only.wav", b"RIFF\x24\x00\x00\x00WAVEfmt "),
        lambda d: str(d),  # a directory
    ],
    ids=["missing", "empty", "text-as-mp3", "noise-wav", "noise-flac", "header", "dir"],
)
def test_unreadable_files(tmp_path: Path, make) -> None:
    with pytest.raises(AudioUnreadable):
        audio_features(make(tmp_path))


def test_truncated_mp3_raises_only_audio_unreadable(tmp_path: Path) -> None:
    full = Path(write_track(str(tmp_path / "full.mp3"), sr=22050, duration_s=10))
    cut = _write(tmp_path / "cut.mp3", full.read_bytes()[:2000])
    with contextlib.suppress(AudioUnreadable):  # a few frames may still decode
        audio_features(cut)


def test_views_for_the_music_driven_styles(tmp_path: Path) -> None:
    """A coarse spectrogram, the pitch classes (an A minor triad: A, C, E) and the
    onsets per sixteenth, the beat on every fourth step."""
    path = write_track(str(tmp_path / "v.wav"), sr=22050, bpm=120, key=9, mode="minor")
    a = audio_features(path)
    assert len(a.spectrum) == SPECTRUM_FRAMES
    assert all(len(row) == SPECTRUM_BANDS and 0 <= min(row) <= max(row) <= 1 for row in a.spectrum)
    assert sorted(np.argsort(a.chroma)[-3:]) == [0, 4, 9]
    steps = np.array(a.onsets)
    assert 225 <= len(steps) <= 240  # 30 s at 120 BPM: 60 beats, 240 sixteenths
    assert steps[::4].mean() > 3 * steps[1::4].mean()
    assert steps[::4].mean() > 3 * steps[3::4].mean()


@pytest.mark.parametrize("bpm", [97, 118])
def test_the_beat_stays_on_one_step_of_four_across_a_long_song(tmp_path: Path, bpm: int) -> None:
    """A long song is read in windows far apart; one grid laid across them put the
    kick on the beat in one window and on the "and" in the next (the onset grid's
    step pages lit an off-beat column on Golden Hour). Every kick of a steady beat now
    falls on the same step of four, through the whole song."""
    path = write_track(str(tmp_path / "long.wav"), sr=22050, bpm=bpm, loudness=0.8, duration_s=150)
    steps = np.array(audio_features(path).onsets)
    kicks = np.nonzero(steps > 0.6)[0]
    assert len(kicks) > 60
    assert np.bincount(kicks % 4, minlength=4).max() == len(kicks)


def test_a_drone_has_no_pulse_and_no_onsets(tracks: dict[str, str], tmp_path: Path) -> None:
    """A sustained pad has no beat: its tempo is flagged as meaningless (pulse 0) and
    it has almost no onsets, unlike a beat, quiet or loud."""
    drone = audio_features(tracks["pad"])
    assert drone.pulse < 0.3
    assert drone.onset_density < 0.5
    assert max(drone.onsets, default=0.0) < 0.5
    for name in ("loud_fast", "quiet_slow"):
        beat = audio_features(tracks[name])
        assert beat.pulse > 0.8
        assert beat.onset_density > 1.5
