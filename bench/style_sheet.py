"""One style on every bench track: a contact sheet to judge a style across many
tracks (the same composition twice is a template), with titles set as in service.

Tracks: bench/tracks.jsonl, with their synthesized audio where they have some;
--genres keeps tracks whose tags name one of the given words.
Run: .venv/bin/python -m bench.style_sheet STYLE [STYLE ...] --out DIR [--size 256]
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from bench.cover_quality import bench_music
from sleeve.engine.contact_sheet import contact_sheet
from sleeve.engine.direction import direct_from_music
from sleeve.engine.pipeline import render_with_layout
from sleeve.engine.styles.registry import get_style

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("styles", nargs="+")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--size", type=int, default=256)
    parser.add_argument("--genres", default="", help="comma-separated words the tags must hold")
    args = parser.parse_args()
    for name in args.styles:
        get_style(name)
    words = [w.strip().lower() for w in args.genres.split(",") if w.strip()]
    tracks = [json.loads(line) for line in (HERE / "tracks.jsonl").read_text().splitlines() if line]
    args.out.mkdir(parents=True, exist_ok=True)
    cells: dict[str, list] = {name: [] for name in args.styles}
    with tempfile.TemporaryDirectory() as folder:
        for index, track in enumerate(tracks):
            if words and not any(w in track["tags"].lower() for w in words):
                continue
            direction, _ = direct_from_music(bench_music(index, track, folder))
            for name in args.styles:
                image = render_with_layout(direction, name, args.size)[0]
                label = f"{direction.language.subgenre} · {track['title']}"
                cells[name].append((image, label))
    for name, covers in cells.items():
        path = args.out / f"{name}.png"
        contact_sheet(covers, columns=10, cell=args.size).save(path)
        print(path)


if __name__ == "__main__":
    main()
