"""How the catalogue spreads over a varied set of tracks: how often each style is
chosen (share of all covers; the bar is 10%), how far each cover is from the
nearest cover of another track (dhash bits on a grey edge map, so colour alone does
not count), the same style's nearest pair across tracks, and optional contact
sheets per style to look at.

Tracks: bench/tracks.jsonl (text only unless --audio), plus --extra synthetic task
ids per track (the same words, another seed) to see the seed's spread.
Run: .venv/bin/python -m bench.style_spread [--audio] [--extra 0] [--sheets DIR]
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections import Counter
from dataclasses import replace
from pathlib import Path

from PIL import Image, ImageFilter

from bench.cover_quality import bench_music
from sleeve.engine.contact_sheet import contact_sheet
from sleeve.engine.direction import direct_from_music
from sleeve.engine.measures import dhash, hamming
from sleeve.engine.pipeline import PREVIEW, choose_pair
from sleeve.engine.styles.registry import all_styles, get_style

HERE = Path(__file__).resolve().parent


def edge_hash(image: Image.Image) -> int:
    """dhash of the grey edge map: the composition, not the colours."""
    grey = image.convert("L").resize((128, 128), Image.Resampling.BOX)
    return dhash(grey.filter(ImageFilter.FIND_EDGES).filter(ImageFilter.BoxBlur(2)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--audio", action="store_true", help="synthesize the tracks' audio")
    parser.add_argument("--extra", type=int, default=0, help="more seeds per track")
    parser.add_argument("--sheets", type=Path, help="write one contact sheet per style here")
    args = parser.parse_args()
    tracks = [json.loads(line) for line in (HERE / "tracks.jsonl").read_text().splitlines() if line]
    covers: list[tuple[str, str, Image.Image]] = []  # (track id, style, preview)
    with tempfile.TemporaryDirectory() as folder:
        for index, track in enumerate(tracks):
            words = track if args.audio else {k: v for k, v in track.items() if k != "audio"}
            base = bench_music(index, words, folder)
            for extra in range(args.extra + 1):
                music = replace(base, task_id=base.task_id + (f"-{extra}" if extra else ""))
                task = music.task_id
                direction = direct_from_music(music)[0]
                for look in choose_pair(direction):
                    image = get_style(look.style).render(direction, PREVIEW).image
                    covers.append((task, look.style, image))
    usage = Counter(name for _, name, _ in covers)
    total = len(covers)
    print(f"{total // 2} tracks, {total} covers, {len(usage)} of {len(all_styles())} styles used")
    for name in all_styles():
        share = usage[name] / total
        flag = "  OVER 10%" if share > 0.10 else ""
        print(f"  {name:<20}{usage[name]:>4}  {share:6.1%}{flag}")
    hashes = [edge_hash(image) for _, _, image in covers]
    nearest, same_style, closest = [], [], []
    for i, (track, name, _) in enumerate(covers):
        others = [
            (hamming(hashes[i], hashes[j]), covers[j][1] == name, j)
            for j in range(len(covers))
            if covers[j][0] != track
        ]
        bits, _, j = min(others)
        nearest.append(bits)
        if i < j:
            closest.append((bits, f"{track} {name} ~ {covers[j][0]} {covers[j][1]}"))
        same = [bits for bits, same, _ in others if same]
        if same:
            same_style.append(min(same))
    nearest.sort()
    same_style.sort()
    print(
        f"nearest other track's cover (edge dhash bits): min {nearest[0]}, "
        f"10th pct {nearest[len(nearest) // 10]}, median {nearest[len(nearest) // 2]}"
    )
    print(
        f"same style on another track, nearest: min {same_style[0]}, "
        f"10th pct {same_style[len(same_style) // 10]}, median {same_style[len(same_style) // 2]}"
    )
    print(f"covers within 6 bits of another track's cover: {sum(b <= 6 for b in nearest)}")
    for bits, label in sorted(closest)[:5]:
        print(f"  {bits:>2} bits: {label}")
    if args.sheets:
        args.sheets.mkdir(parents=True, exist_ok=True)
        for name in usage:
            chosen = [(image, track) for track, style, image in covers if style == name]
            contact_sheet(chosen, columns=8).save(args.sheets / f"{name}.png")
        print(f"sheets: {args.sheets}")


if __name__ == "__main__":
    main()
