"""Every bench track's design language and palette, as hex and OKLCH, one line a
track: to check that each genre's colours honour ART-DIRECTION (no mint, khaki or
mauve fields where the genre wants neon or primaries) before and after a change.

Run: .venv/bin/python -m bench.palette_table [--json FILE]
(--json also writes the table, so two runs can be compared line by line.)
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from bench.cover_quality import bench_music
from sleeve.engine.color import rgb_to_oklch, to_hex
from sleeve.engine.direction import direct_from_music

HERE = Path(__file__).resolve().parent


def _lch(rgb: tuple[int, int, int]) -> str:
    lightness, chroma, hue = rgb_to_oklch(rgb)
    return f"{lightness:.2f}/{chroma:.2f}/{hue:3.0f}"


def table() -> list[dict]:
    """One row per bench track: title, language, and field, colours and accent."""
    tracks = [json.loads(line) for line in (HERE / "tracks.jsonl").read_text().splitlines() if line]
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for index, track in enumerate(tracks):
            direction, _ = direct_from_music(bench_music(index, track, folder))
            palette = direction.palette
            swatches = [palette.background, *palette.colors, palette.accent]
            rows.append(
                {
                    "title": track["title"],
                    "language": direction.language.subgenre,
                    "hex": [to_hex(c).upper() for c in swatches],
                    "oklch": [_lch(c) for c in swatches],
                }
            )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", type=Path, help="also write the table here")
    args = parser.parse_args()
    rows = table()
    for row in sorted(rows, key=lambda r: r["language"]):
        print(f"{row['language']:<13} {row['title'][:28]:<28} field {row['hex'][0]} | ", end="")
        print(" ".join(row["hex"][1:]), " | ", "  ".join(row["oklch"]))
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
