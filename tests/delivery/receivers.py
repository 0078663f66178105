"""Real HTTP receivers on 127.0.0.1 for the delivery tests, each answer scripted."""

from __future__ import annotations

import socket
import ssl
import struct
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Request:
    """One request a receiver got."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes


Behaviour = Callable[[BaseHTTPRequestHandler, threading.Event], None]


def answer(status: int, headers: dict[str, str] | None = None, body: bytes = b"ok") -> Behaviour:
    """Answer with `status`, `headers` and `body`."""

    def behave(handler: BaseHTTPRequestHandler, _release: threading.Event) -> None:
        handler.send_response(status)
        for name, value in (headers or {}).items():
            handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    return behave


def hang(handler: BaseHTTPRequestHandler, release: threading.Event) -> None:
    """Say nothing until the test ends (or 10 s), then answer 200."""
    release.wait(10)
    answer(200)(handler, release)


def reset(handler: BaseHTTPRequestHandler, _release: threading.Event) -> None:
    """Drop the connection with a TCP RST instead of answering."""
    handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    handler.connection.close()
    handler.close_connection = True


@dataclass
class ScriptedReceiver:
    """A loopback HTTP(S) server that answers the n-th request with `script[n]`
    (the last behaviour repeats) and records every request it read."""

    script: list[Behaviour] = field(default_factory=lambda: [answer(200)])
    tls: ssl.SSLContext | None = None
    requests: list[Request] = field(default_factory=list)

    def __post_init__(self) -> None:
        receiver = self
        self.release = threading.Event()

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                headers = {k.lower(): v for k, v in self.headers.items()}
                receiver.requests.append(Request("POST", self.path, headers, body))
                index = min(len(receiver.requests), len(receiver.script)) - 1
                try:
                    receiver.script[index](self, receiver.release)
                except OSError:
                    self.close_connection = True

            do_GET = do_POST  # noqa: N815

            def log_message(self, *_args: object) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        if self.tls is not None:
            self.server.socket = self.tls.wrap_socket(self.server.socket, server_side=True)
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self.thread.start()

    @property
    def port(self) -> int:
        return int(self.server.server_address[1])

    def url(self, host: str = "127.0.0.1", path: str = "/hook") -> str:
        scheme = "https" if self.tls is not None else "http"
        return f"{scheme}://{host}:{self.port}{path}"

    def close(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


def free_port() -> int:
    """A loopback port with nothing listening on it (connections are refused)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
