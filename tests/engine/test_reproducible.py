"""Same music task and engine version, same bytes: in one process and across
processes (whose string hashing differs)."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from tests.engine.synth_audio import write_track

SCRIPT = """
import hashlib, sys
from sleeve.engine.music import MusicInput
from sleeve.engine.pipeline import render_covers
music = MusicInput(task_id="task-42", title="Ночной город · 夜", tags="uk drill, dark",
                   lyrics="cold night", audio_path=sys.argv[1])
covers = render_covers(music, size=128).covers
print(" ".join(c.style + ":" + hashlib.sha256(c.png).hexdigest() for c in covers))
"""


def _render(audio: str, hash_seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, audio],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    return done.stdout.strip()


def test_same_task_same_bytes_across_processes(tmp_path: Path) -> None:
    audio = write_track(str(tmp_path / "a.wav"), sr=22050, bpm=142, duration_s=20)
    first = _render(audio, "1")
    assert first == _render(audio, "2")
    assert len(first.split()) == 2


def test_same_task_same_bytes_in_process(tmp_path: Path) -> None:
    from sleeve.engine.music import MusicInput
    from sleeve.engine.pipeline import render_covers

    music = MusicInput(task_id="t-7", title="Glass City", tags="dream pop, shoegaze")
    digests = [
        [hashlib.sha256(c.png).hexdigest() for c in render_covers(music, size=128).covers]
        for _ in range(2)
    ]
    assert digests[0] == digests[1]
    other = MusicInput(task_id="t-8", title="Glass City", tags="dream pop, shoegaze")
    assert digests[0] != [
        hashlib.sha256(c.png).hexdigest() for c in render_covers(other, size=128).covers
    ]
