"""Benchmark the art engine's output: render a varied set of tracks, save contact
sheets (covers at up to 512 px, and at 64 px as streaming apps show them) and print
per-metric numbers: colour spread (largest 60-degree hue family, near-neutral share,
share of covers with pink or magenta, lightness per genre family), style distance
within pairs, nearest-neighbour distance across tracks, sad vs happy, colourfulness,
title contrast and letter height at thumbnail size, missing glyphs, titles whose named
subject a cover draws, speed.

Run: .venv/bin/python bench/cover_quality.py [--size 512] [--out bench/out] [--list]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.colour_spread import (  # noqa: E402
    FAMILIES,
    PINK_SHARE,
    cover_colour,
    pink_share,
    spread,
)
from sleeve.engine.contact_sheet import contact_sheet  # noqa: E402
from sleeve.engine.direction import direct_from_music  # noqa: E402
from sleeve.engine.looks import MOTIF_MEMORY, skeleton_key  # noqa: E402
from sleeve.engine.measures import (  # noqa: E402
    colourfulness,
    dhash,
    hamming,
    letter_height,
    lightness_and_warmth,
    pair_similarity,
    palette_distance,
    silhouette,
    silhouette_distance,
    title_contrast,
)
from sleeve.engine.motifs import motif_of  # noqa: E402
from sleeve.engine.music import MusicInput  # noqa: E402
from sleeve.engine.pipeline import (  # noqa: E402
    PAIR_MAX_SSIM,
    PAIR_MIN_BITS,
    encode_png,
    render_pair,
    render_with_layout,
)
from sleeve.engine.runs import missing_glyphs  # noqa: E402
from sleeve.engine.styles.cover_parts.title_words import motifs as motifs_named  # noqa: E402
from sleeve.engine.styles.registry import draws_named  # noqa: E402
from tests.engine.synth_audio import write_track  # noqa: E402

HERE = Path(__file__).resolve().parent
SHEET_CELL = 512
# two covers whose silhouettes (measures.silhouette) differ in fewer cells read as one
# figure recoloured: on the round-19 sheet, marbled torn twice (0.21) and chrome's
# stack and wordmark (0.17), each on an empty ground
RECOLOUR_APART = 0.22
READ_AT_64 = 4.5  # letter height (px at 64 px) from which a title reads (legibility.TINY_CAP)


def summary(name: str, values: list[float], unit: str = "") -> None:
    print(
        f"  {name:<44} min {min(values):7.2f}  median {statistics.median(values):7.2f}  "
        f"max {max(values):7.2f} {unit}"
    )


# song forms for the synthesized bench audio (levels of equal parts): a steady loop
# analysed as one flat curve on every track, so the styles that draw a song's
# sections drew every bench song alike
FORMS = (
    (0.35, 0.7, 1.0, 0.55, 1.0, 0.3),  # intro, verse, chorus, bridge, chorus, outro
    (0.6, 0.6, 1.0, 1.0, 0.4, 1.0),  # a drop, a break, the last drop
    (0.3, 0.45, 0.6, 0.8, 1.0, 1.0),  # a build
    (1.0, 0.85, 0.7, 0.55, 0.4, 0.3),  # a fade
    (0.8, 1.0, 0.8, 1.0, 0.8, 1.0),  # verse and chorus
    (0.5, 1.0, 0.35, 1.0, 0.5, 0.9),  # loud and quiet
)


def song_form(index: int) -> dict:
    """Bench track `index`'s synthesized form (one of FORMS, each part's level moved a
    little by the index) and key (where its line names none)."""
    rng = np.random.default_rng(index)
    form = FORMS[index % len(FORMS)]
    levels = tuple(round(float(np.clip(v + rng.uniform(-0.12, 0.12), 0.2, 1.0)), 2) for v in form)
    return {"sections": levels, "key": (index * 7) % 12}


def bench_music(index: int, track: dict, folder: str) -> MusicInput:
    """Bench track `index` as a music task, its audio synthesized into `folder`."""
    audio = None
    if "audio" in track:
        audio = write_track(
            str(Path(folder) / f"t{index}.wav"),
            sr=22050,
            duration_s=45,
            seed=index,
            **{**song_form(index), **track["audio"]},
        )
    return MusicInput(
        task_id=f"bench-{index:03d}",
        title=track["title"],
        tags=track["tags"],
        lyrics=track.get("lyrics", ""),
        audio_path=audio,
    )


def render_all(tracks: list[dict], size: int, memory: int) -> list[dict]:
    """Render every track's pair in order, as one account whose service remembers its
    last `memory` layouts; keep small copies and the measures, not the covers."""
    rows = []
    recent: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        for index, track in enumerate(tracks):
            music = bench_music(index, track, folder)
            started = time.perf_counter()
            direction, _ = direct_from_music(music)
            drawn = render_pair(direction, size, recent=recent[:memory])
            for cover in drawn:
                encode_png(cover.image)
            elapsed = (time.perf_counter() - started) * 1000
            recent[:0] = [cover.look.layout for cover in reversed(drawn)]
            pair = [(cover.look.style, cover.image, cover.title) for cover in drawn]
            images = [image for _, image, _ in pair]
            rows.append(
                {
                    "track": track,
                    "direction": direction,
                    "styles": [name for name, _, _ in pair],
                    "layouts": [cover.look.layout.partition("@")[0] for cover in drawn],
                    "slots": [cover.look.layout.partition("@")[2] for cover in drawn],
                    "sheet": [im.resize((min(size, SHEET_CELL),) * 2) for im in images],
                    "small": [im.resize((256, 256)) for im in images],
                    "silhouettes": [silhouette(im) for im in images],
                    "contrast": [
                        (name, title_contrast(im, layout))
                        for name, im, layout in pair
                        if layout is not None
                    ],
                    "letters": [
                        (name, letter_height(layout)) for name, _, layout in pair if layout
                    ],
                    "colour": [cover_colour(im) for im in images],
                    "ms": elapsed,
                }
            )
            print(f"\r  rendered {index + 1}/{len(tracks)}", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    return rows


def colour_report(rows: list[dict], listing: bool) -> None:
    colours = [c for r in rows for c in r["colour"]]
    family, share, neutral, counts = spread(colours)
    chromatic = sum(counts.values())
    print(
        f"  largest hue family: {family} {share:.0%} of covers "
        f"({counts[family] / chromatic if chromatic else 0:.0%} of the chromatic ones); "
        f"near-neutral covers: {neutral:.0%}"
    )
    print("  covers per hue family: " + ", ".join(f"{f} {counts[f]}" for f in FAMILIES))
    print(
        f"  covers with more than {PINK_SHARE:.0%} pink or magenta pixels: "
        f"{pink_share(colours):.0%} ({sum(c.pink > PINK_SHARE for c in colours)}/{len(colours)})"
    )
    by_family: dict[str, list[float]] = defaultdict(list)
    for r in rows:
        by_family[r["direction"].genre].extend(c.lightness for c in r["colour"])
    print(
        "  mean lightness (OKLab L) per genre family: "
        + ", ".join(
            f"{g} {statistics.mean(v):.2f}"
            for g, v in sorted(by_family.items(), key=lambda kv: kv[1])
        )
    )
    if listing:
        for r in rows:
            d = r["direction"]
            cells = "  ".join(
                f"{layout:<34} L {c.lightness:.2f} C {c.chroma:.3f} {c.family or 'neutral'}"
                for layout, c in zip(r["layouts"], r["colour"], strict=True)
            )
            language = getattr(d.language, "subgenre", "")
            given = r["track"].get("audio", {}).get("bpm")
            tempo = f"{d.tempo_bpm:5.1f}/{given:<3}" if given else " " * 9
            print(f"    {r['track']['title'][:28]:<28} {d.genre}/{language:<14} {tempo} {cells}")


def subject_report(rows: list[dict], listing: bool) -> None:
    """How many tracks whose title names a subject (title_words.motifs) got a cover whose
    composition draws it (registry.draws_named); with --list, the ones that did not."""
    named = [r for r in rows if motifs_named(r["track"]["title"])]
    missed = [
        r["track"]["title"]
        for r in named
        if not any(
            draws_named(r["direction"], name, layout)
            for name, layout in zip(r["styles"], r["layouts"], strict=True)
        )
    ]
    print(
        f"  titles that name a subject: {len(named)}; with a cover whose composition draws "
        f"it: {len(named) - len(missed)}" + (f" (not: {', '.join(missed)})" if listing else "")
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=1024)
    parser.add_argument("--out", type=Path, default=HERE / "out")
    parser.add_argument("--tracks", type=Path, default=HERE / "tracks.jsonl")
    parser.add_argument(
        "--list",
        action="store_true",
        help="every track (language, tempo read/given, colours), the subjects, pairs and"
        " the slowest track missed or named",
    )
    parser.add_argument(
        "--memory",
        type=int,
        default=150,
        help="layouts remembered, as the service's SLEEVE_LAYOUT_MEMORY (0: none)",
    )
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    tracks = [json.loads(line) for line in args.tracks.read_text().splitlines() if line.strip()]
    rows = render_all(tracks, args.size, args.memory)

    hashes = [[dhash(im) for im in r["small"]] for r in rows]
    pair_bits = [hamming(*h) for h in hashes]
    pair_ssim = [pair_similarity(*r["small"]) for r in rows]
    nearest_bits, nearest_palette = [], []
    for i, row in enumerate(rows):
        others = [j for j in range(len(rows)) if j != i]
        nearest_bits.append(
            min(hamming(a, b) for j in others for a in hashes[i] for b in hashes[j])
        )
        nearest_palette.append(
            min(palette_distance(row["small"][0], rows[j]["small"][0]) for j in others)
        )
    same_bits, near_copies = [], []  # personalisation: the same style on different tracks
    recolours = []  # the same figure in other colours (a palette gate cannot see them)
    for i, row in enumerate(rows):
        for j in range(i + 1, len(rows)):
            for a, name in enumerate(row["styles"]):
                for b, other_name in enumerate(rows[j]["styles"]):
                    if name != other_name:
                        continue
                    bits = hamming(hashes[i][a], hashes[j][b])
                    same_bits.append(bits)
                    apart = silhouette_distance(row["silhouettes"][a], rows[j]["silhouettes"][b])
                    if apart < RECOLOUR_APART:
                        recolours.append(
                            f"{row['layouts'][a]} {row['track']['title'][:16]} / "
                            f"{rows[j]['layouts'][b]} {rows[j]['track']['title'][:16]} "
                            f"({apart:.2f})"
                        )
                    distance = palette_distance(row["small"][a], rows[j]["small"][b])
                    if bits < 12 and distance < 15:
                        titles = (row["track"]["title"], rows[j]["track"]["title"])
                        near_copies.append(f"{name}: {titles[0]} / {titles[1]}")
    contrast = [c for r in rows for _, c in r["contrast"]]
    low_titles = sorted(
        (c, f"{r['track']['title']} ({name})") for r in rows for name, c in r["contrast"]
    )
    colour = [colourfulness(im) for r in rows for im in r["small"]]
    missing = sum(len(missing_glyphs(r["track"]["title"])) for r in rows)

    def mood(kind: str) -> tuple[float, float]:
        chosen = [
            lightness_and_warmth(im)
            for r in rows
            if r["track"].get("mood") == kind
            for im in r["small"]
        ]
        return (statistics.mean(c[0] for c in chosen), statistics.mean(c[1] for c in chosen))

    sad, happy = mood("sad"), mood("happy")
    labelled = [
        (im, f"{name} · {r['track']['title'][:24]}")
        for r in rows
        for im, name in zip(r["sheet"], r["styles"], strict=True)
    ]
    sheet, thumbs = args.out / "contact_sheet.png", args.out / "contact_sheet_64.png"
    cell = min(args.size, SHEET_CELL)
    contact_sheet(labelled, columns=8, cell=cell).save(sheet, compress_level=1)
    contact_sheet(labelled, columns=12, cell=64).save(thumbs)
    styles_used = sorted({name for r in rows for name in r["styles"]})
    print(
        f"{len(rows)} tracks at {args.size}px, {len(styles_used)} styles used: "
        f"{', '.join(styles_used)}"
    )
    colour_report(rows, args.list)
    summary("style distance within pairs (dhash bits)", pair_bits)
    summary("style similarity within pairs (SSIM at 64 px)", pair_ssim)
    summary("nearest other track (dhash bits)", nearest_bits)
    summary("nearest other track (palette ΔE)", nearest_palette)
    summary("same style, different tracks (dhash bits)", same_bits)
    print(
        f"  same-style covers of different tracks under 12 bits and 15 ΔE: "
        f"{len(near_copies)}/{len(same_bits)} {'; '.join(near_copies)}"
    )
    print(
        f"  same-style covers of different tracks whose figure differs in under "
        f"{RECOLOUR_APART:.0%} of a 32 px silhouette (recolours): {len(recolours)}/"
        f"{len(same_bits)}" + (f" ({'; '.join(sorted(recolours))})" if args.list else "")
    )
    styles = Counter(name for r in rows for name in r["styles"])
    total = sum(styles.values())
    print(
        "  covers per style (the issue's cap is 10%): "
        + ", ".join(f"{name} {n} ({n / total:.0%})" for name, n in styles.most_common())
    )
    subject_report(rows, args.list)
    layouts = Counter(key for r in rows for key in r["layouts"])
    print(
        f"  layouts (style/composition): {len(layouts)} for {sum(layouts.values())} covers; "
        f"drawn more than once: {sum(n - 1 for n in layouts.values() if n > 1)} repeats, "
        f"most {layouts.most_common(1)[0][1]}x ({layouts.most_common(1)[0][0]})"
    )
    skeletons = Counter(skeleton_key(key) for key in layouts.elements())
    print(
        f"  skeletons (compositions a style names as one picture): {len(skeletons)}; "
        f"drawn more than once: {sum(n - 1 for n in skeletons.values() if n > 1)} repeats"
    )
    motifs = [[motif_of(key) for key in r["layouts"]] for r in rows]
    shown = Counter(m for pair in motifs for m in pair if m)
    near = sum(  # a motif shown again within MOTIF_MEMORY covers (half as many tracks)
        bool(m) and m in {n for pair in motifs[max(0, i - MOTIF_MEMORY // 2) : i] for n in pair}
        for i, pair in enumerate(motifs)
        for m in pair
    )
    print(
        "  motifs across styles (motifs.MOTIFS): "
        + ", ".join(f"{name} {n}" for name, n in shown.most_common())
        + f"; shown again within {MOTIF_MEMORY // 2} tracks: {near}"
    )
    last_slot: dict[str, str] = {}
    same_slot = 0  # a style's cover whose title took the slot of the style's previous one
    for row in rows:
        for name, slot in zip(row["styles"], row["slots"], strict=True):
            same_slot += last_slot.get(name) == slot
            last_slot[name] = slot
    print(
        f"  covers whose title took their style's previous cover's slot: {same_slot} of "
        f"{sum(styles.values()) - len(styles)}"
    )
    seen: dict[str, int] = {}
    gaps: list[tuple[int, str]] = []  # tracks between a layout and its next use
    for index, row in enumerate(rows):
        for key in row["layouts"]:
            if key in seen:
                gaps.append((index - seen[key], key))
            seen[key] = index
    if gaps:
        nearest = min(gaps)
        print(f"  a repeated layout comes back after: min {nearest[0]} tracks ({nearest[1]}), "
              f"median {statistics.median(g for g, _ in gaps):.0f}")  # fmt: skip
    summary("colourfulness (Hasler-Süsstrunk)", colour)
    summary("worst per-character title contrast @256px", contrast, ":1")
    missed = [
        f"{r['track']['title']} ({b} bits, SSIM {s:.2f})"
        for r, b, s in zip(rows, pair_bits, pair_ssim, strict=True)
        if b < PAIR_MIN_BITS or s > PAIR_MAX_SSIM
    ]
    print(
        f"  pairs meeting >={PAIR_MIN_BITS} bits and SSIM at 64 px <={PAIR_MAX_SSIM}: "
        f"{len(rows) - len(missed)}/{len(rows)}"
        + (f" (not: {', '.join(missed)})" if missed and args.list else "")
    )
    print(
        f"  titles under 3:1 (the main-title floor) at thumbnail size: "
        f"{sum(c < 3.0 for c in contrast)}; under 4.5:1: {sum(c < 4.5 for c in contrast)}; "
        f"lowest: {', '.join(f'{label} {c:.1f}' for c, label in low_titles[:5])}"
    )
    print(
        f"  sad tracks: lightness {sad[0]:.1f}, warmth {sad[1]:.1f}; "
        f"happy tracks: lightness {happy[0]:.1f}, warmth {happy[1]:.1f}"
    )
    letters = [h for r in rows for _, h in r["letters"]]
    small_titles = sorted(
        (h, f"{r['track']['title']} ({name})") for r in rows for name, h in r["letters"]
    )
    unread = [
        r["track"]["title"]
        for r in rows
        if r["letters"] and max(h for _, h in r["letters"]) < READ_AT_64
    ]
    summary("title letter height at 64 px (median per character)", letters, "px")
    print(
        f"  titles whose letters stand under {READ_AT_64} px at 64 px: "
        f"{sum(h < READ_AT_64 for h in letters)} of {len(letters)}; tracks with neither "
        f"title that tall: {len(unread)} ({', '.join(unread)}); smallest: "
        f"{', '.join(f'{label} {h:.1f}' for h, label in small_titles[:5])}"
    )
    print(f"  missing glyphs in titles: {missing}")
    summary("ms per track (direction + 2 covers + PNG)", [r["ms"] for r in rows], "ms")
    if args.list:
        slowest = max(rows, key=lambda r: r["ms"])
        print(f"  slowest track: {slowest['track']['title']} ({', '.join(slowest['layouts'])})")
    first = rows[0]
    started = time.perf_counter()
    big, _ = render_with_layout(first["direction"], first["styles"][0], 3000)
    encode_png(big)
    print(
        f"  one 3000px cover ({first['styles'][0]}), encoded: "
        f"{(time.perf_counter() - started) * 1000:.0f} ms"
    )
    print(f"contact sheets: {sheet} (covers at {cell}px), {thumbs} (at 64px)")


if __name__ == "__main__":
    main()
