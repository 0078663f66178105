"""A real HTTP callback receiver on loopback that records what it gets."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class ReceivedCallback:
    """One request the receiver got."""

    headers: dict[str, str]
    body: bytes
    at: float

    @property
    def json(self) -> dict:
        return json.loads(self.body)


@dataclass
class CallbackReceiver:
    """Answers each POST with the next status in `statuses` (then 200) and records it."""

    statuses: list[int] = field(default_factory=list)
    received: list[ReceivedCallback] = field(default_factory=list)

    def __post_init__(self) -> None:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length)
                receiver.received.append(
                    ReceivedCallback(
                        {k.lower(): v for k, v in self.headers.items()}, body, time.time()
                    )
                )
                status = receiver.statuses.pop(0) if receiver.statuses else 200
                self.send_response(status)
                self.send_header("content-length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *_args: object) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}/callback"

    def wait_for(self, count: int, timeout: float = 60.0) -> list[ReceivedCallback]:
        """Wait until `count` callbacks arrived; AssertionError on timeout."""
        deadline = time.time() + timeout
        while time.time() < deadline:
            if len(self.received) >= count:
                return list(self.received)
            time.sleep(0.05)
        raise AssertionError(f"expected {count} callbacks, got {len(self.received)}")

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
