"""The bench's tracks (bench/tracks.jsonl) as the service directs them from their
title, tags and lyrics, without audio: the varied set style tests sweep."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from sleeve.engine.direction import ArtDirection, direct_from_music
from sleeve.engine.music import MusicInput

TRACKS = Path(__file__).resolve().parents[2] / "bench" / "tracks.jsonl"


@lru_cache(maxsize=1)
def bench_directions() -> tuple[ArtDirection, ...]:
    """Each bench track's art direction, in the file's order."""
    rows = [json.loads(line) for line in TRACKS.read_text().splitlines() if line]
    return tuple(
        direct_from_music(
            MusicInput(
                task_id=f"bench-{i:03d}",
                title=row["title"],
                tags=row["tags"],
                lyrics=row.get("lyrics", ""),
                audio_path=None,
            )
        )[0]
        for i, row in enumerate(rows)
    )
