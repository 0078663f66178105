"""Starting Sleeve as a newcomer would: a fresh data directory, a mistyped setting, a
browser at the root, a client that never finishes its request."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.support.server import make_server


def test_serve_migrates_a_fresh_sqlite_data_directory_itself(tmp_path: Path) -> None:
    server = make_server(tmp_path, migrate=False)
    assert not (tmp_path / "sleeve.db").exists()
    server.start()
    try:
        key = server.create_key("newcomer", credits=5)
        reply = httpx.get(
            server.base + "/api/v1/generate/credit",
            headers={"Authorization": f"Bearer {key['key']}"},
        )
        assert reply.json() == {"code": 200, "msg": "success", "data": 5}
    finally:
        server.stop()
    assert '"event": "database_migrated"' in server.logs()
    server.start()  # an up-to-date database starts without migrating again
    server.stop()
    assert server.logs().count('"event": "database_migrated"') == 1


BAD_SETTINGS = [  # variable, value, the bad part the message quotes, the example it gives
    ("SLEEVE_RATE_LIMIT_GENERATE", "twenty a minute", "twenty a minute", "20/10 seconds"),
    ("SLEEVE_PUBLIC_URL", "covers.example.com", "covers.example.com", "https://covers.example.com"),
    ("SLEEVE_IMAGE_SIZE", "big", "big", "1024"),
    ("SLEEVE_LEASE_SECONDS", "-5", "-5", "30.0"),
    ("SLEEVE_CALLBACK_RETRY_DELAYS", "60,soon", "soon", "60,300,900"),
    ("SLEEVE_STORAGE_URL", "ftp://files", "ftp://files", "s3://bucket/prefix"),
]


@pytest.mark.parametrize(("variable", "value", "quoted", "example"), BAD_SETTINGS)
@pytest.mark.parametrize("command", ["serve", "worker"])
def test_a_bad_setting_stops_start_up_and_names_the_variable(
    tmp_path: Path, command: str, variable: str, value: str, quoted: str, example: str
) -> None:
    server = make_server(tmp_path, migrate=False, **{variable: value})
    done = subprocess.run(
        [sys.executable, "-m", "sleeve", command],
        env=server.env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    message = " ".join(done.stderr.split())
    assert f"{variable}:" in message and repr(quoted) in message
    assert f"for example {variable}={example!r}" in message


def test_the_root_page_links_the_api_documentation(tmp_path: Path) -> None:
    server = make_server(tmp_path)
    server.start("--no-workers")
    try:
        page = httpx.get(server.base + "/")
        assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
        assert 'href="/docs"' in page.text
        assert httpx.get(server.base + "/docs").status_code == 200
    finally:
        server.stop()


def _connect(port: int) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", port), timeout=10)
    return sock


def _closed_by_server(sock: socket.socket) -> bool:
    """Whether the server hung up (EOF or reset) within the socket's timeout."""
    try:
        return sock.recv(1024) == b""
    except ConnectionResetError:
        return True
    except TimeoutError:
        return False


def test_slow_headers_and_bodies_are_cut_off_while_others_are_served(tmp_path: Path) -> None:
    server = make_server(tmp_path, SLEEVE_HTTP_HEADER_TIMEOUT_S="1", SLEEVE_HTTP_BODY_TIMEOUT_S="2")
    server.start("--no-workers")
    try:
        silent = _connect(server.port)  # connects and says nothing
        dripping = _connect(server.port)  # sends its headers a byte at a time
        slow_body = _connect(server.port)  # promises 100 bytes, sends 10
        slow_body.sendall(
            b"POST /api/v1/music/register HTTP/1.1\r\nHost: x\r\n"
            b'Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{"title":'
        )
        request = b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Padding: " + b"a" * 40
        for byte in request[:8]:  # 8 bytes over 4 s: well past the 1 s header deadline
            try:
                dripping.sendall(bytes([byte]))
            except OSError:
                break
            assert httpx.get(server.base + "/healthz").status_code == 200  # others go on
            time.sleep(0.5)
        for sock in (silent, dripping, slow_body):
            sock.settimeout(5)
            assert _closed_by_server(sock)
            sock.close()
        assert "request_read_timeout" in server.logs()
        # a normal client on a kept-alive connection is not affected
        with httpx.Client(base_url=server.base) as client:
            for _ in range(3):
                assert client.get("/healthz").status_code == 200
                time.sleep(1.5)
    finally:
        server.stop()
