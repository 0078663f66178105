"""`sleeve music add`: register a track from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from sleeve.accounts.keys import account_by_name
from sleeve.cli.admin import fail
from sleeve.core.errors import SleeveError
from sleeve.db.models import MusicSource
from sleeve.db.session import write_session
from sleeve.files.storage import get_storage
from sleeve.music.fields import MusicFields
from sleeve.music.service import register_music

music_app = typer.Typer(help="Register music tasks.", no_args_is_help=True)


@music_app.command("add")
def music_add(
    key: str = typer.Option(..., "--key", help="Name of the key (or account) that owns it."),
    title: str = typer.Option(..., "--title", help="Song title."),
    tags: str = typer.Option("", "--tags", help='Style tags, e.g. "lofi, chill".'),
    lyrics_file: Path = typer.Option(
        None, "--lyrics-file", exists=True, dir_okay=False, help="Lyrics or prompt text file."
    ),
    audio: Path = typer.Option(
        None, "--audio", exists=True, dir_okay=False, help="Audio file (mp3, wav, flac, ogg)."
    ),
    instrumental: bool = typer.Option(False, "--instrumental", help="No vocals."),
    task_id: str = typer.Option(None, "--task-id", help="Use this id (default: a new one)."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
) -> None:
    """Register a track; prints the music task id on the last line."""
    lyrics = lyrics_file.read_text(encoding="utf-8") if lyrics_file else ""
    try:
        with write_session() as session:
            account = account_by_name(session=session, name=key)
            music = register_music(
                session=session,
                account_id=account.id,
                source=MusicSource.CLI,
                fields=MusicFields(
                    title=title,
                    tags=tags,
                    prompt=lyrics,
                    instrumental=instrumental,
                    task_id=task_id,
                ),
                audio=audio.read_bytes() if audio else None,
                audio_suffix=audio.suffix if audio else ".mp3",
                storage=get_storage(),
            )
            music_id = music.task_id
    except SleeveError as exc:
        fail(exc.msg)
    print(json.dumps({"taskId": music_id}) if as_json else music_id)
