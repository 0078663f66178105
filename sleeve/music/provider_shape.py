"""Read music tasks in the shapes the Suno-compatible providers send them."""

from __future__ import annotations

import json
from typing import Any

from sleeve.core.clock import iso_millis
from sleeve.db.models import MusicTask
from sleeve.engine.music import MAX_TITLE_CHARS
from sleeve.music.fields import MusicFields


def _text(value: Any, limit: int) -> str:
    return str(value)[:limit] if isinstance(value, str | int | float) else ""


def _number(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if 0 <= number < 24 * 3600 else None


def _url(value: Any) -> str | None:
    text = _text(value, 2000)
    return text if text.startswith(("http://", "https://")) else None


def fields_from_item(task_id: str, item: dict[str, Any], param: dict[str, Any]) -> MusicFields:
    """MusicFields from one song item, snake_case (callbacks) or camelCase (record-info)."""

    def pick(*names: str) -> Any:
        for name in names:
            if item.get(name) not in (None, ""):
                return item[name]
        return None

    title = _text(pick("title") or param.get("title") or "Untitled", MAX_TITLE_CHARS)
    return MusicFields(
        task_id=task_id,
        title=title,
        tags=_text(pick("tags") or param.get("style") or param.get("tags") or "", 1000),
        prompt=_text(pick("prompt") or param.get("prompt") or "", 20000),
        instrumental=bool(param.get("instrumental", False)),
        model_name=_text(pick("model_name", "modelName") or param.get("model") or "", 80),
        duration_s=_number(pick("duration")),
        audio_url=_url(pick("audio_url", "audioUrl", "source_audio_url", "sourceAudioUrl")),
        image_url=_url(pick("image_url", "imageUrl")),
    )


def parse_param(raw: Any) -> dict[str, Any]:
    """The `param` of a record-info answer: a JSON string (or already an object)."""
    if isinstance(raw, dict):
        return raw
    if isinstance(raw, str) and raw.strip():
        try:
            value = json.loads(raw)
        except json.JSONDecodeError:
            return {}
        return value if isinstance(value, dict) else {}
    return {}


def music_record(music: MusicTask, public_base: str) -> dict:
    """A music task as Suno-compatible providers answer generate/record-info."""
    item = {
        "id": music.task_id,
        "audioUrl": music.audio_url or "",
        "streamAudioUrl": music.audio_url or "",
        "imageUrl": music.image_url or "",
        "prompt": music.prompt,
        "modelName": music.model_name,
        "title": music.title,
        "tags": music.tags,
        "createTime": iso_millis(music.created_at),
        "duration": music.duration_s,
    }
    param = {
        "prompt": music.prompt,
        "style": music.tags,
        "title": music.title,
        "instrumental": music.instrumental,
        "model": music.model_name,
    }
    return {
        "taskId": music.task_id,
        "parentMusicId": "",
        "param": json.dumps(param, ensure_ascii=False),
        "response": {"taskId": music.task_id, "sunoData": [item]},
        "status": music.status,
        "type": "chirp",
        "operationType": "generate",
        "errorCode": None,
        "errorMessage": None,
    }
