"""The download stage: a music task's audioUrl into storage, apart from the renders.

A track registered, pushed or pulled with an audio URL gets `audio_status` PENDING and
a queued download. The queue's handler only hands the id to this process's download
stage, a few threads of its own (SLEEVE_AUDIO_DOWNLOAD_WORKERS), so a slow or dripping
audio server never holds a render or callback worker. Each download:
- goes through the one outbound policy (`core.outbound_http.fetch`, field "audioUrl"),
  with one deadline for the whole download and a cap on the bytes received;
- counts against its account: at most SLEEVE_AUDIO_DOWNLOADS_PER_ACCOUNT of one
  account's downloads run at once (registrations and intake pushes alike); the others
  wait their turn;
- is stored under a key made of our own ids only, and expires with the retention rule.

Renders never download: `plan_audio` tells a render to use the stored file, to wait
(the render is put back on the queue, holding no thread) or to go on from the text.
"""

from __future__ import annotations

import os
import queue
import secrets
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import PurePosixPath
from urllib.parse import urlsplit

import structlog
from sqlalchemy import event, func, select, update
from sqlalchemy.orm import Session

from sleeve.core.clock import utcnow
from sleeve.core.outbound import RefusedUrl, Resolver, system_resolver
from sleeve.core.outbound_http import FetchFailed, fetch
from sleeve.core.settings import Settings, get_settings
from sleeve.db.models import AudioStatus, MusicTask
from sleeve.db.session import write_session
from sleeve.files.storage import Storage, StorageError, get_storage
from sleeve.jobs.queue import QueueKind, enqueue

log = structlog.get_logger()

AUDIO_TYPES = {
    ".mp3": "audio/mpeg",
    ".wav": "audio/wav",
    ".flac": "audio/flac",
    ".ogg": "audio/ogg",
}
QUEUE_SLACK_S = 30.0  # how long a render waits, beyond the download deadline, for the queue
BUSY_RETRY_S = 2.0  # downloads parked at their account's limit are tried again this often


def audio_key(music_id: int, suffix: str) -> str:
    """A storage key for a track's audio, from our own ids only (never client text)."""
    suffix = suffix if suffix in AUDIO_TYPES else ".bin"
    return f"audio/{music_id}-{secrets.token_hex(8)}{suffix}"


def url_suffix(url: str) -> str:
    """The audio file suffix a URL's path names (".mp3" when it names none we know)."""
    suffix = PurePosixPath(urlsplit(url).path).suffix.lower()
    return suffix if suffix in AUDIO_TYPES else ".mp3"


def request_download(*, session: Session, music: MusicTask) -> None:
    """Mark a track's audio PENDING and queue its download once `session` commits."""
    music.audio_status = AudioStatus.PENDING
    music.audio_since = utcnow()
    music.audio_error = None
    session.flush()
    music_id = music.id
    event.listen(
        session, "after_commit", lambda _s: enqueue(QueueKind.FETCH_AUDIO, music_id), once=True
    )


@dataclass(frozen=True)
class AudioPlan:
    """What a render does about audio: use `key`, wait `wait_s` and try again, or go on
    from the text (with `note` saying why, when there was audio to get)."""

    key: str | None = None
    wait_s: float | None = None
    note: str | None = None


def plan_audio(*, session: Session, music: MusicTask, settings: Settings) -> AudioPlan:
    """The render's audio step for a track, inside the render's claim transaction."""
    if music.audio_key:
        return AudioPlan(key=music.audio_key)
    if not music.audio_url:
        return AudioPlan()
    status = music.audio_status
    if status == AudioStatus.FAILED:
        return AudioPlan(note=f"audio unavailable ({music.audio_error}); cover made from text")
    if status not in (AudioStatus.PENDING, AudioStatus.DOWNLOADING):
        request_download(session=session, music=music)  # never asked, or expired
        return AudioPlan(wait_s=1.0)
    waited = utcnow() - (music.audio_since or utcnow())
    limit = settings.audio_download_timeout_s + QUEUE_SLACK_S
    if waited > timedelta(seconds=limit):
        return AudioPlan(
            note=f"audio was still not downloaded after {limit:g} s; cover made from text"
        )
    if status == AudioStatus.PENDING and waited > timedelta(seconds=QUEUE_SLACK_S / 2):
        enqueue(QueueKind.FETCH_AUDIO, music.id)  # the first message may have been lost in a crash
    return AudioPlan(wait_s=1.0)


def download_music_audio(
    music_id: int,
    *,
    settings: Settings,
    storage: Storage,
    resolver: Resolver = system_resolver,
) -> str:
    """Download one PENDING track's audio into storage. Returns what happened: "stored",
    "failed", "busy" (its account is at its limit: try later) or "skipped"."""
    claimed = _claim(music_id, settings)
    if claimed is None or claimed == "busy":
        return "busy" if claimed else "skipped"
    url, old_key = claimed
    try:
        data = fetch(
            url,
            field="audioUrl",
            allow_private=settings.allow_private_callbacks,
            max_bytes=settings.audio_download_max_bytes,
            deadline_s=settings.audio_download_timeout_s,
            resolver=resolver,
            proxy=settings.outbound_proxy or None,
        )
        key = audio_key(music_id, url_suffix(url))
        storage.put(key, data, AUDIO_TYPES.get(url_suffix(url), "application/octet-stream"))
    except (RefusedUrl, FetchFailed, OSError, StorageError) as exc:
        _finish(music_id, url, AudioStatus.FAILED, error=str(exc))
        log.info("audio_download_failed", music=music_id, error=str(exc))
        return "failed"
    expires = utcnow() + timedelta(days=settings.retention_days)
    stored = _finish(music_id, url, AudioStatus.STORED, key=key, expires_at=expires)
    for unused in (old_key,) if stored else (key,):
        if unused:
            storage.delete(unused)  # replaced, or the track changed meanwhile
    return "stored" if stored else "skipped"


def _claim(music_id: int, settings: Settings) -> tuple[str, str | None] | str | None:
    """PENDING -> DOWNLOADING, unless the account is at its limit ("busy"). Returns
    the URL to fetch with the key of the file it replaces, "busy", or None when there
    is nothing to do."""
    now = utcnow()
    stale = now - timedelta(seconds=settings.audio_download_timeout_s + QUEUE_SLACK_S)
    with write_session() as session:
        music = session.get(MusicTask, music_id)
        if music is None or music.audio_status != AudioStatus.PENDING or not music.audio_url:
            return None
        running = session.scalar(
            select(func.count())
            .select_from(MusicTask)
            .where(
                MusicTask.account_id == music.account_id,
                MusicTask.audio_status == AudioStatus.DOWNLOADING,
                MusicTask.audio_since > stale,
            )
        )
        if running >= settings.audio_downloads_per_account:
            return "busy"
        music.audio_status = AudioStatus.DOWNLOADING
        music.audio_since = now
        return music.audio_url, music.audio_key


def _finish(
    music_id: int,
    url: str,
    status: AudioStatus,
    *,
    key: str | None = None,
    expires_at: datetime | None = None,
    error: str | None = None,
) -> bool:
    """Record a download's end, unless the track changed meanwhile (False then); a
    failure keeps the file stored before, if any."""
    values: dict[str, object] = {"audio_status": status, "audio_since": utcnow()}
    values["audio_error"] = error
    if status == AudioStatus.STORED:
        values.update(audio_key=key, audio_expires_at=expires_at)
    with write_session() as session:
        done = session.execute(
            update(MusicTask)
            .where(
                MusicTask.id == music_id,
                MusicTask.audio_url == url,
                MusicTask.audio_status == AudioStatus.DOWNLOADING,
            )
            .values(**values)
        )
        return bool(done.rowcount)


class DownloadStage:
    """This process's download threads: they take music ids and download, apart from
    the queue's render and callback workers. A download whose account is at its limit
    is parked, and tried again when one of this process's downloads ends (or every
    `BUSY_RETRY_S`, for limits held by other processes)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._ids: queue.SimpleQueue[int] = queue.SimpleQueue()
        self._parked: list[int] = []
        self._lock = threading.Lock()
        for number in range(max(1, settings.audio_download_workers)):
            threading.Thread(target=self._work, name=f"audio-{number}", daemon=True).start()
        threading.Thread(target=self._retry_parked, name="audio-parked", daemon=True).start()

    def submit(self, music_id: int) -> None:
        """Queue a download in this process; returns at once."""
        self._ids.put(music_id)

    def _work(self) -> None:
        while True:
            music_id = self._ids.get()
            try:
                done = download_music_audio(music_id, settings=self.settings, storage=get_storage())
            except Exception as exc:  # keep the thread; the render falls back to text
                log.warning("audio_download_error", music=music_id, error=repr(exc))
                done = "failed"
            if done == "busy":
                with self._lock:
                    self._parked.append(music_id)
            elif done != "skipped":
                self._unpark()

    def _unpark(self) -> None:
        with self._lock:
            parked, self._parked = self._parked, []
        for music_id in parked:
            self.submit(music_id)

    def _retry_parked(self) -> None:
        while True:
            time.sleep(BUSY_RETRY_S)
            self._unpark()


_stage: DownloadStage | None = None
_stage_pid: int | None = None
_stage_lock = threading.Lock()


def start_download(music_id: int) -> None:
    """The queue handler: hand a download to this process's stage and return."""
    global _stage, _stage_pid
    with _stage_lock:
        if _stage is None or _stage_pid != os.getpid():
            _stage, _stage_pid = DownloadStage(get_settings()), os.getpid()
    _stage.submit(music_id)
