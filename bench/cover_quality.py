"""Benchmark the art engine's output: render a varied set of tracks, save a contact
sheet and print per-metric numbers (style distance within pairs, nearest-neighbour
distance across tracks, sad vs happy, colourfulness, title contrast at thumbnail size,
missing glyphs, speed).

Run: .venv/bin/python bench/cover_quality.py [--size 1024] [--out bench/out]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sleeve.engine.contact_sheet import contact_sheet  # noqa: E402
from sleeve.engine.direction import direct_from_music  # noqa: E402
from sleeve.engine.fonts import missing_glyphs  # noqa: E402
from sleeve.engine.measures import (  # noqa: E402
    colourfulness,
    dhash,
    hamming,
    lightness_and_warmth,
    palette_distance,
    ssim,
    title_contrast,
)
from sleeve.engine.music import MusicInput  # noqa: E402
from sleeve.engine.pipeline import encode_png, render_pair, render_with_layout  # noqa: E402
from tests.engine.synth_audio import write_track  # noqa: E402

HERE = Path(__file__).resolve().parent


def summary(name: str, values: list[float], unit: str = "") -> None:
    print(
        f"  {name:<44} min {min(values):7.2f}  median {statistics.median(values):7.2f}  "
        f"max {max(values):7.2f} {unit}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=1024)
    parser.add_argument("--out", type=Path, default=HERE / "out")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    tracks = [
        json.loads(line)
        for line in (HERE / "tracks.jsonl").read_text().splitlines()
        if line.strip()
    ]
    rows, thumbs, track_ms, cover_ms = [], [], [], []
    with tempfile.TemporaryDirectory() as folder:
        for index, track in enumerate(tracks):
            audio = None
            if "audio" in track:
                audio = write_track(
                    str(Path(folder) / f"t{index}.wav"),
                    sr=22050,
                    duration_s=45,
                    seed=index,
                    **track["audio"],
                )
            music = MusicInput(
                task_id=f"bench-{index:03d}",
                title=track["title"],
                tags=track["tags"],
                lyrics=track.get("lyrics", ""),
                audio_path=audio,
            )
            started = time.perf_counter()
            direction, _ = direct_from_music(music)
            pair = render_pair(direction, args.size)
            for _name, image, _layout in pair:
                encode_png(image)
            elapsed = (time.perf_counter() - started) * 1000
            track_ms.append(elapsed)
            cover_ms.append(elapsed / 2)
            names = [name for name, _, _ in pair]
            images = [image for _, image, _ in pair]
            layouts = [layout for _, _, layout in pair]
            rows.append(
                {
                    "track": track,
                    "direction": direction,
                    "images": images,
                    "layouts": layouts,
                    "styles": names,
                }
            )
            for image, name in zip(images, names, strict=True):
                thumbs.append((image, f"{name} · {track['title'][:24]}"))

    pair_bits = [hamming(dhash(r["images"][0]), dhash(r["images"][1])) for r in rows]
    pair_ssim = [ssim(r["images"][0], r["images"][1]) for r in rows]
    nearest_bits, nearest_palette = [], []
    for i, row in enumerate(rows):
        others = [other for j, other in enumerate(rows) if j != i]
        nearest_bits.append(
            min(
                min(hamming(dhash(a), dhash(b)) for a in row["images"] for b in other["images"])
                for other in others
            )
        )
        nearest_palette.append(
            min(palette_distance(row["images"][0], other["images"][0]) for other in others)
        )
    same_bits, same_fail = [], 0  # personalisation: the same style on different tracks
    for i, row in enumerate(rows):
        for other in rows[i + 1 :]:
            for name, image in zip(row["styles"], row["images"], strict=True):
                for other_name, other_image in zip(other["styles"], other["images"], strict=True):
                    if name != other_name:
                        continue
                    bits = hamming(dhash(image), dhash(other_image))
                    same_bits.append(bits)
                    same_fail += bits < 12 and palette_distance(image, other_image) < 15
    contrast = [
        title_contrast(image, layout)
        for r in rows
        for image, layout in zip(r["images"], r["layouts"], strict=True)
    ]
    colour = [colourfulness(image) for r in rows for image in r["images"]]
    missing = sum(len(missing_glyphs(r["track"]["title"])) for r in rows)

    def mood(kind: str) -> tuple[float, float]:
        chosen = [
            lightness_and_warmth(image)
            for r in rows
            if r["track"].get("mood") == kind
            for image in r["images"]
        ]
        return (statistics.mean(c[0] for c in chosen), statistics.mean(c[1] for c in chosen))

    sad, happy = mood("sad"), mood("happy")
    sheet = args.out / "contact_sheet.png"
    contact_sheet(thumbs, columns=8).save(sheet)
    styles_used = sorted({name for r in rows for name in r["styles"]})
    print(
        f"{len(rows)} tracks at {args.size}px, {len(styles_used)} styles used: "
        f"{', '.join(styles_used)}"
    )
    summary("style distance within pairs (dhash bits)", pair_bits)
    summary("style similarity within pairs (SSIM)", pair_ssim)
    summary("nearest other track (dhash bits)", nearest_bits)
    summary("nearest other track (palette ΔE)", nearest_palette)
    summary("same style, different tracks (dhash bits)", same_bits)
    print(
        f"  same-style covers of different tracks under 12 bits and 15 ΔE: "
        f"{same_fail}/{len(same_bits)}"
    )
    summary("colourfulness (Hasler-Süsstrunk)", colour)
    summary("worst per-character title contrast @256px", contrast, ":1")
    print(
        f"  pairs meeting >=20 bits and SSIM <=0.5: "
        f"{sum(b >= 20 and s <= 0.5 for b, s in zip(pair_bits, pair_ssim, strict=True))}"
        f"/{len(rows)}"
    )
    labels = [f"{r['track']['title']} ({name})" for r in rows for name in r["styles"]]
    weak = [f"{label} {c:.2f}" for label, c in zip(labels, contrast, strict=True) if c < 4.5]
    print(f"  titles under 4.5:1 at thumbnail size: {len(weak)} {'; '.join(weak)}")
    print(
        f"  sad tracks: lightness {sad[0]:.1f}, warmth {sad[1]:.1f}; "
        f"happy tracks: lightness {happy[0]:.1f}, warmth {happy[1]:.1f}"
    )
    print(f"  missing glyphs in titles: {missing}")
    summary("ms per cover (half of a track)", cover_ms, "ms")
    summary("ms per track (direction + 2 covers + PNG)", track_ms, "ms")
    big_direction = rows[0]["direction"]
    started = time.perf_counter()
    big, _ = render_with_layout(big_direction, rows[0]["styles"][0], 3000)
    encode_png(big)
    print(
        f"  one 3000px cover ({rows[0]['styles'][0]}), encoded: "
        f"{(time.perf_counter() - started) * 1000:.0f} ms"
    )
    print(f"contact sheet: {sheet}")


if __name__ == "__main__":
    main()
