"""The music tasks' background work: download a pushed, pulled or registered track's audio."""

from __future__ import annotations

from sleeve.jobs.queue import Handler, QueueKind
from sleeve.music.downloads import start_download

HANDLERS: dict[QueueKind, Handler] = {QueueKind.FETCH_AUDIO: start_download}
