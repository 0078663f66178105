"""`sleeve render`: the art engine from the command line, one track or a batch."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from sleeve.engine.contact_sheet import contact_sheet
from sleeve.engine.music import MAX_TITLE_CHARS, MusicInput
from sleeve.engine.pipeline import MAX_SIZE, MIN_SIZE, render_covers
from sleeve.engine.styles.registry import all_styles

console = Console()


def _task_id(title: str, tags: str, lyrics: str) -> str:
    """A stable id from the track's text, so re-runs render the same covers."""
    return hashlib.sha256(f"{title}\n{tags}\n{lyrics}".encode()).hexdigest()[:32]


def _fail(message: str) -> None:
    console.print(f"[red]error:[/red] {message}")
    raise typer.Exit(2)


def _direction_table(direction: dict) -> Table:
    table = Table("art direction", "value", show_header=False)
    for key, value in direction.items():
        if key == "energy_curve":
            value = " ".join(f"{v:.2f}" for v in value[::8])
        elif isinstance(value, float):
            value = f"{value:.2f}"
        table.add_row(key, str(value))
    return table


def _render_track(track: dict, size: int, styles: list[str] | None, out: Path) -> dict:
    music = MusicInput(
        task_id=track.get("taskId")
        or _task_id(track["title"], track.get("tags", ""), track.get("lyrics", "")),
        title=track["title"],
        tags=track.get("tags", ""),
        lyrics=track.get("lyrics", ""),
        audio_path=track.get("audio"),
    )
    cover_set = render_covers(music, size=size, styles=styles)
    paths = []
    for index, cover in enumerate(cover_set.covers, start=1):
        path = out / f"{music.task_id[:12]}-{index}-{cover.style}.png"
        path.write_bytes(cover.png)
        paths.append(str(path))
    return {
        "taskId": music.task_id,
        "direction": asdict(cover_set.direction),
        "files": paths,
        "notes": list(cover_set.notes),
    }


def render_command(
    out: Path = typer.Option(..., "--out", help="Folder to write the covers into."),
    title: str = typer.Option(None, "--title", help="Song title."),
    tags: str = typer.Option("", "--tags", help='Style tags, e.g. "dream pop, shoegaze".'),
    lyrics_file: Path = typer.Option(None, "--lyrics-file", help="Lyrics or prompt text."),
    audio: Path = typer.Option(None, "--audio", help="Audio file (wav, flac, ogg, mp3)."),
    size: int = typer.Option(1024, "--size", help=f"Side in pixels ({MIN_SIZE}-{MAX_SIZE})."),
    styles: str = typer.Option(None, "--styles", help="Two style names, comma-separated."),
    batch: Path = typer.Option(None, "--batch", help="JSON lines: title, tags, lyrics, audio."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
) -> None:
    """Render two covers for a track into --out (or many with --batch, plus a contact
    sheet), and print the art direction."""
    if not MIN_SIZE <= size <= MAX_SIZE:
        _fail(f"--size must be between {MIN_SIZE} and {MAX_SIZE}")
    chosen = [name.strip() for name in styles.split(",") if name.strip()] if styles else None
    if chosen:
        unknown = [name for name in chosen if name not in all_styles()]
        if unknown or len(chosen) != 2:
            _fail(f"--styles takes two of: {', '.join(all_styles())}")
    for path, flag in ((lyrics_file, "--lyrics-file"), (audio, "--audio"), (batch, "--batch")):
        if path is not None and not path.is_file():
            _fail(f"{flag} {path} is not a file")
    out.mkdir(parents=True, exist_ok=True)
    if batch is not None:
        _render_batch(batch, size, chosen, out, as_json)
        return
    if not title:
        _fail("give --title (or --batch)")
    if len(title) > MAX_TITLE_CHARS:
        _fail(f"--title is too long (at most {MAX_TITLE_CHARS} characters)")
    for old in out.glob("*.png"):
        old.unlink()
    lyrics = lyrics_file.read_text(encoding="utf-8") if lyrics_file else ""
    track = {"title": title, "tags": tags, "lyrics": lyrics, "audio": str(audio) if audio else None}
    result = _render_track(track, size, chosen, out)
    if as_json:
        print(json.dumps(result, ensure_ascii=False))
        return
    console.print(_direction_table(result["direction"]))
    for note in result["notes"]:
        console.print(f"[yellow]note:[/yellow] {note}")
    for path in result["files"]:
        console.print(path)


def _render_batch(
    batch: Path, size: int, styles: list[str] | None, out: Path, as_json: bool
) -> None:
    tracks = []
    for number, line in enumerate(batch.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            track = json.loads(line)
        except json.JSONDecodeError as exc:
            _fail(f"{batch}:{number} is not JSON ({exc.msg})")
        if not isinstance(track, dict) or not isinstance(track.get("title"), str):
            _fail(f"{batch}:{number} needs a string 'title'")
        if len(track["title"]) > MAX_TITLE_CHARS:
            _fail(f"{batch}:{number} has a title over {MAX_TITLE_CHARS} characters")
        tracks.append(track)
    results, thumbs = [], []
    from PIL import Image

    with Progress(console=console, transient=as_json) as progress:
        task = progress.add_task("rendering", total=len(tracks))
        for track in tracks:
            result = _render_track(track, size, styles, out)
            results.append(result)
            for path in result["files"]:
                thumbs.append((Image.open(path), track["title"]))
            progress.advance(task)
    sheet = out / "contact_sheet.png"
    contact_sheet(thumbs, columns=8).save(sheet)
    if as_json:
        print(json.dumps({"tracks": results, "contact_sheet": str(sheet)}, ensure_ascii=False))
    else:
        console.print(f"{len(results)} tracks, {len(thumbs)} covers; contact sheet: {sheet}")
