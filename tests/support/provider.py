"""A real local HTTP server that plays a Suno-compatible music provider."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlparse

from tests.support.loopback import LoopbackServer, QuietHandler


@dataclass
class FakeProvider:
    """Answers GET /api/v1/generate/record-info from `tracks`; serves audio at /audio/<name>.

    `delay_s` makes every answer slow; `requests` records the task ids asked for.
    """

    tracks: dict[str, dict] = field(default_factory=dict)
    audio: dict[str, bytes] = field(default_factory=dict)
    delay_s: float = 0.0
    requests: list[str] = field(default_factory=list)
    auth_seen: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        provider = self

        class Handler(QuietHandler):
            def do_GET(self) -> None:  # noqa: N802
                time.sleep(provider.delay_s)
                parsed = urlparse(self.path)
                if parsed.path.startswith("/audio/"):
                    data = provider.audio.get(parsed.path.removeprefix("/audio/"))
                    self._send(200 if data else 404, data or b"", "audio/wav")
                    return
                task_id = parse_qs(parsed.query).get("taskId", [""])[0]
                provider.requests.append(task_id)
                provider.auth_seen.append(self.headers.get("authorization", ""))
                track = provider.tracks.get(task_id)
                if track is None:
                    body = {"code": 404, "msg": "task not found", "data": None}
                else:
                    body = {
                        "code": 200,
                        "msg": "success",
                        "data": {
                            "taskId": task_id,
                            "status": "SUCCESS",
                            "param": json.dumps(
                                {
                                    "prompt": track.get("prompt", ""),
                                    "style": track.get("tags", ""),
                                    "title": track.get("title", ""),
                                    "instrumental": False,
                                }
                            ),
                            "response": {
                                "taskId": task_id,
                                "sunoData": [
                                    {
                                        "id": "song-1",
                                        "audioUrl": track.get("audioUrl", ""),
                                        "imageUrl": "",
                                        "prompt": track.get("prompt", ""),
                                        "modelName": "chirp-v4",
                                        "title": track.get("title", ""),
                                        "tags": track.get("tags", ""),
                                        "duration": 181.5,
                                    }
                                ],
                            },
                        },
                    }
                self._send(200, json.dumps(body).encode(), "application/json")

            def _send(self, status: int, data: bytes, kind: str) -> None:
                try:
                    self.send_response(status)
                    self.send_header("content-type", kind)
                    self.send_header("content-length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.http = LoopbackServer(Handler)

    @property
    def base(self) -> str:
        return self.http.base

    def close(self) -> None:
        self.http.close()
