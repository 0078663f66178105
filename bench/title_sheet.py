"""A sheet of edge-case titles set on plain, busy and styled grounds, at full size and
as a 64 px thumbnail (shown actual size and enlarged), to look at before and after a
typography change. Prints milliseconds per title setting.

Run: .venv/bin/python -m bench.title_sheet OUT.png [--size 512]
"""

from __future__ import annotations

import argparse
import time
from dataclasses import replace

import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine.direction import ArtDirection, direct_from_music
from sleeve.engine.music import MusicInput
from sleeve.engine.typography import set_title

# (title, tags, ground, overrides of the direction)
CASES: tuple[tuple[str, str, str, dict], ...] = (
    ("🌙", "ambient", "plain", {}),
    ("🔥💃🔥", "reggaeton", "busy", {}),
    ("حبيبي يا نور العين (Remix)", "arabic pop", "plain", {}),
    (
        "Nocturne in E-flat major, Op. 9 No. 2 (Live at Wigmore Hall, 2024)",
        "classical piano",
        "plain",
        {},
    ),
    ("Supercalifragilisticexpialidocious", "pop", "busy", {}),
    ("ความรักของฉันในคืนฝนตก", "thai pop", "plain", {}),
    ("दिल की बातें रात में", "bollywood", "busy", {}),
    ("東京の夜とさくら", "city pop", "plain", {"layout": "vertical"}),
    ("Song (Radio Edit)", "pop", "busy", {}),
    ("Midnight Drive feat. Luna Park", "house", "plain", {}),
    ("Ночной город - Remix", "techno", "busy", {}),
    ("Καλοκαίρι στη θάλασσα", "folk", "plain", {}),
    ("Summer 🌞 Love 👨‍👩‍👧 🇯🇵", "k-pop", "busy", {}),
    ("שיר של אהבה [Acoustic]", "folk", "busy", {}),
    ("Hide", "metal", "busy", {}),
    ("Symphony No. 5 in C minor, Op. 67: I. Allegro con brio", "orchestral", "plain", {}),
)
LABEL = 18


def ground(kind: str, direction: ArtDirection, size: int) -> Image.Image:
    """A plain field in the palette's background, or a busy one (noise, discs, bars)."""
    image = Image.new("RGB", (size, size), direction.palette.background)
    if kind == "plain":
        return image
    rng = np.random.default_rng(direction.seed)
    noise = rng.normal(0, 18, (size // 8, size // 8, 3))
    noise = np.kron(noise, np.ones((8, 8, 1)))
    base = np.asarray(image, float) + noise
    image = Image.fromarray(np.clip(base, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(image)
    colors = (*direction.palette.colors, direction.palette.accent)
    for index in range(28):
        x, y = rng.uniform(0, size, 2)
        r = rng.uniform(size * 0.02, size * 0.16)
        color = colors[index % len(colors)]
        if index % 3:
            draw.ellipse((x - r, y - r, x + r, y + r), fill=color)
        else:
            draw.rectangle((x - r * 2, y - r / 5, x + r * 2, y + r / 5), fill=color)
    return image


def render_case(title: str, tags: str, kind: str, overrides: dict, size: int):
    direction, _ = direct_from_music(MusicInput(task_id=f"sheet-{title}", title=title, tags=tags))
    direction = replace(direction, **overrides)
    art = ground(kind, direction, size)
    focal = (0.5, 0.45, 0.95, 0.9) if kind == "busy" else None
    start = time.perf_counter()
    image = set_title(art, direction, focal)[0]
    return image, (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--size", type=int, default=512)
    args = parser.parse_args()
    size, thumb, big = args.size, 64, 192
    columns = 4
    cell_w = size + thumb + big + 24
    cell_h = size + LABEL + 8
    rows = -(-len(CASES) // columns)
    sheet = Image.new("RGB", (columns * cell_w, rows * cell_h), (40, 40, 44))
    draw = ImageDraw.Draw(sheet)
    times = []
    for index, (title, tags, kind, overrides) in enumerate(CASES):
        render_case(title, tags, kind, overrides, size)  # warm the font caches
        image, ms = render_case(title, tags, kind, overrides, size)
        times.append(ms)
        x, y = (index % columns) * cell_w, (index // columns) * cell_h
        sheet.paste(image, (x + 4, y + LABEL))
        small = image.resize((thumb, thumb), Image.Resampling.LANCZOS)
        sheet.paste(small, (x + size + 12, y + LABEL))
        sheet.paste(
            small.resize((big, big), Image.Resampling.NEAREST), (x + size + thumb + 20, y + LABEL)
        )
        draw.text((x + 4, y + 2), f"{kind} {tags} {ms:.0f} ms", fill=(220, 220, 220))
    sheet.save(args.out)
    times.sort()
    print(
        f"{len(times)} titles at {size} px: median {times[len(times) // 2]:.1f} ms, "
        f"max {times[-1]:.1f} ms per title setting"
    )


if __name__ == "__main__":
    main()
