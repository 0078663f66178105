"""`sleeve render`: the art engine from the command line, one track or a batch."""

from __future__ import annotations

import hashlib
import io
import json
import re
from dataclasses import asdict
from pathlib import Path

import typer
from PIL import Image
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from sleeve.engine.contact_sheet import CELL, contact_sheet
from sleeve.engine.music import MAX_TITLE_CHARS
from sleeve.engine.pipeline import ENGINE_VERSION, MAX_SIZE, MIN_SIZE, render_covers
from sleeve.engine.styles.registry import all_styles
from sleeve.music.fields import MusicFields, music_input

console = Console()


def _file_digest(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _task_id(track: dict) -> str:
    """The line's own taskId, or a stable id from the track's text and audio bytes:
    re-runs render the same covers, and the same words over different audio are two
    tracks."""
    if track.get("taskId"):
        return str(track["taskId"])
    audio = track.get("audio")
    sound = _file_digest(audio) if audio and Path(audio).is_file() else ""
    text = f"{track['title']}\n{track.get('tags', '')}\n{track.get('lyrics', '')}\n{sound}"
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def _fail(message: str) -> None:
    console.print(f"[red]error:[/red] {message}")
    raise typer.Exit(2)


def _direction_table(direction: dict) -> Table:
    table = Table("art direction", "value", show_header=False)
    for key, value in direction.items():
        if key in ("spectrum", "onsets") and value:
            value = f"{len(value)} values"
        elif key in ("energy_curve", "chroma"):
            value = " ".join(f"{v:.2f}" for v in value[:: 8 if key == "energy_curve" else 1])
        elif isinstance(value, float):
            value = f"{value:.2f}"
        table.add_row(key, str(value))
    return table


def _render_track(
    track: dict, size: int, styles: list[str] | None, out: Path, tags_on_cover: bool = False
) -> tuple[dict, list[Image.Image]]:
    """Render one track into `out`; its result and small copies of its covers."""
    fields = MusicFields(
        title=track["title"], tags=track.get("tags", ""), prompt=track.get("lyrics", "")
    )
    music = music_input(fields, task_id=_task_id(track), audio_path=track.get("audio"))
    cover_set = render_covers(music, size=size, styles=styles, tags_on_cover=tags_on_cover)
    paths, thumbs = [], []
    for index, cover in enumerate(cover_set.covers, start=1):
        path = out / f"{_safe(music.task_id)[:64]}-{index}-{cover.style}.png"
        path.write_bytes(cover.png)
        paths.append(str(path))
        image = Image.open(io.BytesIO(cover.png))
        thumbs.append(image.resize((CELL, CELL), Image.Resampling.LANCZOS))
    result = {
        "taskId": music.task_id,
        "direction": asdict(cover_set.direction),
        "files": paths,
        "notes": list(cover_set.notes),
        "engineVersion": ENGINE_VERSION,  # same track, styles and version: same bytes
    }
    return result, thumbs


def _safe(task_id: str) -> str:
    """A task id as a file name part (letters, digits, '-' and '_' only)."""
    return re.sub(r"[^A-Za-z0-9_-]", "_", task_id)


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
    tags_on_cover: bool = typer.Option(
        False, "--tags-on-cover", help="Print the genre tags under the title."
    ),
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
        _render_batch(batch, size, chosen, out, as_json, tags_on_cover)
        return
    if not title:
        _fail("give --title (or --batch)")
    if len(title) > MAX_TITLE_CHARS:
        _fail(f"--title is too long (at most {MAX_TITLE_CHARS} characters)")
    for old in out.glob("*.png"):
        old.unlink()
    lyrics = lyrics_file.read_text(encoding="utf-8") if lyrics_file else ""
    track = {"title": title, "tags": tags, "lyrics": lyrics, "audio": str(audio) if audio else None}
    result, _ = _render_track(track, size, chosen, out, tags_on_cover)
    if as_json:
        print(json.dumps(result, ensure_ascii=False))
        return
    console.print(_direction_table(result["direction"]))
    for note in result["notes"]:
        console.print(f"[yellow]note:[/yellow] {note}")
    for path in result["files"]:
        console.print(path)


def _read_batch(batch: Path) -> list[dict]:
    """The batch's tracks; a clear error for a bad line, and for a taskId given twice
    with different contents (their covers would overwrite each other)."""
    tracks: list[dict] = []
    seen: dict[str, tuple[int, dict]] = {}
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
        if "taskId" in track and not (isinstance(track["taskId"], str) and track["taskId"]):
            _fail(f"{batch}:{number} has a 'taskId' that is not a non-empty string")
        audio = track.get("audio")
        if audio is not None and not isinstance(audio, str):
            _fail(f"{batch}:{number} has an 'audio' that is not a path")
        if audio and not Path(audio).is_absolute() and not Path(audio).exists():
            track["audio"] = str(batch.parent / audio)  # relative to the batch file
        task_id = _task_id(track)
        if task_id in seen and seen[task_id][1] != track:
            _fail(f"{batch}:{number} repeats taskId {task_id!r} of line {seen[task_id][0]}")
        seen.setdefault(task_id, (number, track))
        tracks.append(track)
    if not tracks:
        _fail(f"{batch} has no tracks")
    return tracks


def _render_batch(
    batch: Path,
    size: int,
    styles: list[str] | None,
    out: Path,
    as_json: bool,
    tags_on_cover: bool,
) -> None:
    tracks = _read_batch(batch)
    results, thumbs = [], []
    with Progress(console=console, transient=as_json) as progress:
        task = progress.add_task("rendering", total=len(tracks))
        for track in tracks:
            result, small = _render_track(track, size, styles, out, tags_on_cover)
            results.append(result)
            thumbs += [(image, track["title"]) for image in small]
            progress.advance(task)
    sheet = out / "contact_sheet.png"
    contact_sheet(thumbs, columns=8).save(sheet)
    if as_json:
        print(json.dumps({"tracks": results, "contact_sheet": str(sheet)}, ensure_ascii=False))
    else:
        console.print(f"{len(results)} tracks, {len(thumbs)} covers; contact sheet: {sheet}")
