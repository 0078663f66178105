"""A real HTTP callback receiver on loopback that records what it gets."""

from __future__ import annotations

import json
import socket
import struct
import time
from dataclasses import dataclass, field

from tests.support.loopback import LoopbackServer, QuietHandler


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
    """Answers each POST with the next behaviour in `statuses` (then 200) and records it.

    A behaviour is a status code, a (status, headers) pair, ("hang", seconds) to answer
    200 only after that long, or "reset" to drop the connection without an answer.
    """

    statuses: list = field(default_factory=list)
    received: list[ReceivedCallback] = field(default_factory=list)

    def __post_init__(self) -> None:
        receiver = self

        class Handler(QuietHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length)
                receiver.received.append(
                    ReceivedCallback(
                        {k.lower(): v for k, v in self.headers.items()}, body, time.time()
                    )
                )
                behaviour = receiver.statuses.pop(0) if receiver.statuses else 200
                headers: dict[str, str] = {}
                if behaviour == "reset":
                    self.connection.setsockopt(
                        socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
                    )
                    self.connection.close()
                    return
                if isinstance(behaviour, tuple) and behaviour[0] == "hang":
                    time.sleep(behaviour[1])
                    behaviour = 200
                if isinstance(behaviour, tuple):
                    behaviour, headers = behaviour
                try:
                    self.send_response(behaviour)
                    for name, value in headers.items():
                        self.send_header(name, value)
                    if 300 <= behaviour < 400:
                        self.send_header("location", "http://127.0.0.1:9/elsewhere")
                    self.send_header("content-length", "2")
                    self.end_headers()
                    self.wfile.write(b"ok")
                except OSError:
                    pass

        self.http = LoopbackServer(Handler)

    @property
    def url(self) -> str:
        return f"{self.http.base}/callback"

    def wait_for(self, count: int, timeout: float = 60.0) -> list[ReceivedCallback]:
        """Wait until `count` callbacks arrived; AssertionError on timeout."""
        deadline = time.time() + timeout
        while time.time() < deadline:
            if len(self.received) >= count:
                return list(self.received)
            time.sleep(0.05)
        raise AssertionError(f"expected {count} callbacks, got {len(self.received)}")

    def close(self) -> None:
        self.http.close()
