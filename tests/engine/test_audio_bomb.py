"""Audio bombs: a small file whose header claims a huge stream must not cost memory.

A FLAC of silence that claims 8 channels at 655,350 Hz is about 340 KB for a minute,
and decoded whole it is 1.2 GB of float32. The render path's peak memory is measured
in a fresh process (ru_maxrss), for the same track with and without the file.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from sleeve.engine.features.audio import audio_features
from sleeve.engine.features.audio_decode import AudioUnreadable

RENDER_AND_MEASURE = """
import json, resource, sys
from sleeve.engine.music import MusicInput
from sleeve.engine.pipeline import render_covers
path = sys.argv[1] or None
covers = render_covers(MusicInput(task_id="bomb", title="Quiet Storm", tags="ambient",
                                  audio_path=path), size=512)
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"peak_mb": peak_mb, "notes": list(covers.notes)}))
"""


def write_silence(path: Path, *, rate: int, channels: int, seconds: int) -> Path:
    """A FLAC of silence at any rate libsndfile accepts, written a second at a time."""
    block = np.zeros((rate, channels), dtype=np.int16)
    with sf.SoundFile(path, "w", rate, channels, format="FLAC", subtype="PCM_16") as f:
        for _ in range(seconds):
            f.write(block)
    return path


@pytest.fixture(scope="module")
def bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("bomb")
    return write_silence(folder / "bomb.flac", rate=655_350, channels=8, seconds=60)


def render_peak(audio_path: Path | None) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", RENDER_AND_MEASURE, str(audio_path or "")],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_bomb_is_small_on_disk_and_refused_with_a_reason(bomb: Path) -> None:
    assert bomb.stat().st_size < 400_000
    with sf.SoundFile(bomb) as f:
        assert (f.samplerate, f.channels) == (655_350, 8)
    with pytest.raises(AudioUnreadable, match="sample rate of 655350 Hz"):
        audio_features(str(bomb))


def test_the_render_path_stays_small_with_an_audio_bomb(bomb: Path) -> None:
    without = render_peak(None)
    with_bomb = render_peak(bomb)
    print(f"peak RSS: {without['peak_mb']:.0f} MB without audio, "
          f"{with_bomb['peak_mb']:.0f} MB with the bomb")  # fmt: skip
    assert with_bomb["peak_mb"] - without["peak_mb"] < 100
    assert any("sample rate of 655350 Hz" in note for note in with_bomb["notes"])
    assert any("cover made from text" in note for note in with_bomb["notes"])


def test_a_legal_high_rate_many_channel_file_is_read_within_the_frame_budget(
    tmp_path: Path,
) -> None:
    # 8 channels at 384 kHz is allowed; decoding stays within MAX_FRAMES, in blocks.
    track = write_silence(tmp_path / "hi.flac", rate=384_000, channels=8, seconds=30)
    features = audio_features(str(track))
    assert features.duration_s == pytest.approx(30, abs=0.01)
    peak = render_peak(track)
    assert peak["notes"] == [] or all("sample rate" not in note for note in peak["notes"])
