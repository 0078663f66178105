"""Print exports: one image of a finished cover task re-rendered at a distributor's
size (same styles, same composition), encoded as sRGB JPEG or PNG, rendered once (in a
render process, under the render time limit) and kept with the task's images until
they expire. Only the engine that drew a cover can draw it again: a cover from an
earlier engine version is refused rather than exported as a different picture."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import quote

from sqlalchemy import select

from sleeve.core.errors import SleeveError
from sleeve.core.settings import Settings, get_settings
from sleeve.covers.export_render import draw_export
from sleeve.covers.lookup import finished_image, owned_cover
from sleeve.covers.render_process import RenderInterrupted, RenderTimedOut, run_with_limit
from sleeve.db.conflict import insert_ignoring_conflict
from sleeve.db.models import CoverExport, CoverImage, CoverTask, MusicTask
from sleeve.db.session import read_session, write_session
from sleeve.engine.pipeline import ENGINE_VERSION
from sleeve.files.storage import Storage, get_storage
from sleeve.music.audio_source import local_audio
from sleeve.music.fields import music_input


class ExportFormat(StrEnum):
    """The file formats an export can have."""

    JPEG = "jpeg"
    PNG = "png"

    @property
    def content_type(self) -> str:
        return f"image/{self.value}"

    @property
    def extension(self) -> str:
        return "jpg" if self is ExportFormat.JPEG else "png"


class DrawnByAnotherEngine(SleeveError):
    """The cover was drawn by an engine version this server no longer runs."""

    code = 409


@dataclass(frozen=True)
class ExportFile:
    """An encoded export and how to offer it for download."""

    data: bytes
    content_type: str
    filename: str

    @property
    def content_disposition(self) -> str:
        """attachment, with an ASCII file name and the exact one in UTF-8 (RFC 6266)."""
        plain = unicodedata.normalize("NFKD", self.filename).encode("ascii", "ignore").decode()
        plain = re.sub(r"[^A-Za-z0-9 ._()-]+", "_", plain).strip() or "cover"
        return f"attachment; filename=\"{plain}\"; filename*=UTF-8''{quote(self.filename)}"


def export_cover(
    *, account_id: int, cover_id: str, image: int, size: int, fmt: ExportFormat
) -> ExportFile:
    """Image 1 or 2 of the caller's finished cover task at `size` pixels (NotFound for
    another account's task, CoverNotFinished before success or after retention,
    DrawnByAnotherEngine for a cover an earlier engine drew and this one cannot
    draw again)."""
    storage, settings = get_storage(), get_settings()
    with read_session() as session:
        task = owned_cover(session=session, account_id=account_id, cover_id=cover_id)
        chosen = finished_image(session=session, task=task, image=image)
        music = session.get(MusicTask, task.music_id)
        looks = session.execute(
            select(CoverImage.style, CoverImage.turn)
            .where(CoverImage.cover_task_id == task.id)
            .order_by(CoverImage.position)
        ).all()
        kept = session.scalar(
            select(CoverExport).where(
                CoverExport.cover_task_id == task.id,
                CoverExport.position == chosen.position,
                CoverExport.size == size,
                CoverExport.format == fmt.value,
                CoverExport.deleted_at.is_(None),
            )
        )
        session.expunge_all()
    filename = f"{music.title or 'cover'} - cover {image} ({chosen.style}) {size}px.{fmt.extension}"
    if kept is not None:
        try:
            return ExportFile(storage.read(kept.storage_key), fmt.content_type, filename)
        except FileNotFoundError:
            pass  # gone from storage: render it again
    _same_engine(task)
    styles, turns = [look.style for look in looks], [look.turn for look in looks]
    data = _render(music, styles, turns, chosen.position, size, fmt, storage, settings)
    key = f"exports/{chosen.token}-{size}.{fmt.extension}"
    storage.put(key, data, fmt.content_type)
    with write_session() as session:
        session.execute(
            insert_ignoring_conflict(
                session, CoverExport, ["cover_task_id", "position", "size", "format"]
            ).values(
                cover_task_id=task.id,
                position=chosen.position,
                size=size,
                format=fmt.value,
                storage_key=key,
                byte_size=len(data),
                expires_at=chosen.expires_at,
            )
        )
    return ExportFile(data, fmt.content_type, filename)


def drawn_by(task: CoverTask) -> str | None:
    """The engine version that drew the task's images, from its notes ("engine 3")."""
    found = re.findall(r"^engine (\S+)$", task.notes or "", re.MULTILINE)
    return found[-1] if found else None


def _same_engine(task: CoverTask) -> None:
    """Refuse (409) to re-render a cover drawn by another engine version: the export
    would be a different picture from the one delivered."""
    version = drawn_by(task)
    if version != ENGINE_VERSION:
        made = f"engine {version}" if version else "an earlier engine"
        raise DrawnByAnotherEngine(
            f"cover task {task.id} was drawn by {made} and this server draws with engine "
            f"{ENGINE_VERSION}, so an export would not be the same picture; ask for a "
            "variation (POST /api/v1/suno/cover/variations) and export one of its images"
        )


def _render(
    music: MusicTask,
    styles: list[str],
    turns: list[int],
    position: int,
    size: int,
    fmt: ExportFormat,
    storage: Storage,
    settings: Settings,
) -> bytes:
    """The export drawn in a render process, under the render time limit."""
    with local_audio(audio_key=music.audio_key, storage=storage) as audio:
        track = music_input(music, task_id=music.task_id, audio_path=audio.path)
        args = (track, styles, turns, position, size, fmt.value, settings.tags_on_cover)
        try:
            data = run_with_limit(draw_export, *args, limit_s=settings.render_timeout_s)
        except RenderTimedOut as exc:
            raise SleeveError(f"the {size} px export was not made: {exc}") from exc
        except RenderInterrupted as exc:
            raise SleeveError("the server is shutting down; ask for the export again") from exc
    assert isinstance(data, bytes)
    return data
