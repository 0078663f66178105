"""A real local audio host for download tests: serves files, drips, redirects, lies.

Paths: /file/<name> serves `files[name]`; /drip/<name> sends headers for a large file,
then one byte every `drip_every_s` seconds; /redirect/<n> redirects n times, then to
/file/song.wav; /to?url=<u> redirects to <u>; /huge sends bytes without end. It records
every path asked, when, and the most connections it held open at once (a dripping
answer notices a closed connection at its next byte).
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

from tests.support.loopback import LoopbackServer, QuietHandler


@dataclass
class AudioHost:
    """The server and what it saw."""

    files: dict[str, bytes] = field(default_factory=dict)
    drip_every_s: float = 5.0
    paths: list[str] = field(default_factory=list)
    asked_at: list[float] = field(default_factory=list)  # time.monotonic() of each request
    open_now: int = 0
    most_open: int = 0

    def __post_init__(self) -> None:
        host = self
        lock = threading.Lock()
        self.stopping = threading.Event()

        class Handler(QuietHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                with lock:
                    host.paths.append(self.path)
                    host.asked_at.append(time.monotonic())
                    host.open_now += 1
                    host.most_open = max(host.most_open, host.open_now)
                try:
                    self._answer(urlsplit(self.path))
                except OSError:
                    pass
                finally:
                    with lock:
                        host.open_now -= 1
                    self.close_connection = True

            def _answer(self, url) -> None:  # type: ignore[no-untyped-def]
                kind, _, name = url.path.strip("/").partition("/")
                if kind == "file" and name in host.files:
                    self._send(200, host.files[name])
                elif kind == "drip":
                    self._headers(200, 1_000_000)
                    while not host.stopping.wait(host.drip_every_s):
                        self.wfile.write(b"\0")
                        self.wfile.flush()
                elif kind == "redirect":
                    left = int(name or 0)
                    target = f"/redirect/{left - 1}" if left > 1 else "/file/song.wav"
                    self._redirect(target)
                elif kind == "to":
                    self._redirect(parse_qs(url.query)["url"][0])
                elif kind == "huge":
                    self._headers(200, None)
                    chunk = b"\0" * 65536
                    while not host.stopping.is_set():
                        self.wfile.write(chunk)
                else:
                    self._send(404, b"no such file")

            def _headers(self, status: int, length: int | None) -> None:
                self.send_response(status)
                self.send_header("Content-Type", "audio/wav")
                if length is not None:
                    self.send_header("Content-Length", str(length))
                self.send_header("Connection", "close")
                self.end_headers()

            def _send(self, status: int, body: bytes) -> None:
                self._headers(status, len(body))
                self.wfile.write(body)

            def _redirect(self, location: str) -> None:
                self.send_response(302)
                self.send_header("Location", location)
                self.send_header("Content-Length", "0")
                self.send_header("Connection", "close")
                self.end_headers()

        self.server = LoopbackServer(Handler)

    @property
    def base(self) -> str:
        """http://127.0.0.1:PORT"""
        return self.server.base

    @property
    def port(self) -> int:
        return int(self.base.rsplit(":", 1)[1])

    def close(self) -> None:
        self.stopping.set()
        time.sleep(0.05)
        self.server.close()
