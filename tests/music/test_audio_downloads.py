"""Audio downloads go through the one outbound policy and are bounded in total.

In-process: the resolver is injected (a name public at check time and loopback at
connect time is never reached), no proxy comes from the environment, redirects are
checked hop by hop, and a whole download has a deadline and a size cap.
"""

from __future__ import annotations

import ipaddress
import time
from collections.abc import Iterator

import pytest

from sleeve.core.outbound import RefusedUrl, check_url
from sleeve.core.outbound_http import FetchFailed, fetch
from tests.support.audio_host import AudioHost
from tests.support.loopback import LoopbackServer, QuietHandler

SONG = b"RIFF" + b"\1" * 4000


@pytest.fixture
def host() -> Iterator[AudioHost]:
    audio_host = AudioHost(files={"song.wav": SONG}, drip_every_s=0.5)
    yield audio_host
    audio_host.close()


def scripted(answers: dict[str, list[str]], asked: list[str] | None = None):  # type: ignore[no-untyped-def]
    """A resolver answering each lookup of a name with its next address (last repeats)."""

    def resolve(name: str, _port: int) -> list:
        if asked is not None:
            asked.append(name)
        queue = answers.get(name)
        if not queue:
            raise OSError("Name or service not known")
        return [ipaddress.ip_address(queue.pop(0) if len(queue) > 1 else queue[0])]

    return resolve


def get(url: str, **options: object) -> bytes:
    settings = {"field": "audioUrl", "allow_private": True, "max_bytes": 100_000,
                "deadline_s": 10.0}  # fmt: skip
    settings.update(options)
    return fetch(url, **settings)  # type: ignore[arg-type]


def test_a_name_rebound_to_loopback_after_the_check_is_never_reached(host: AudioHost) -> None:
    resolver = scripted({"cdn.test": ["93.184.216.34", "127.0.0.1"]})
    url = f"http://cdn.test:{host.port}/file/song.wav"
    check_url(url, field="audioUrl", allow_private=False, resolver=resolver)  # register: public
    with pytest.raises(RefusedUrl, match="audioUrl 'cdn.test' resolves to 127.0.0.1"):
        get(url, allow_private=False, resolver=resolver)
    assert host.paths == []


def test_an_internationalised_name_is_resolved_in_the_spelling_connected(host: AudioHost) -> None:
    asked: list[str] = []
    resolver = scripted({"xn--fa-hia.test": ["127.0.0.1"]}, asked)
    assert get(f"http://faß.test:{host.port}/file/song.wav", resolver=resolver) == SONG
    assert asked == ["xn--fa-hia.test"]


def test_a_proxy_in_the_environment_is_not_used(
    host: AudioHost, monkeypatch: pytest.MonkeyPatch
) -> None:
    proxied: list[str] = []

    class Proxy(QuietHandler):
        def do_GET(self) -> None:  # noqa: N802
            proxied.append(self.path)
            self.send_response(502)
            self.end_headers()

    proxy = LoopbackServer(Proxy)
    try:
        for name in ("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"):
            monkeypatch.setenv(name, proxy.base)
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        assert get(f"{host.base}/file/song.wav") == SONG
        assert proxied == [] and host.paths == ["/file/song.wav"]
    finally:
        proxy.close()


def test_redirects_are_followed_a_few_times_and_each_hop_is_checked(host: AudioHost) -> None:
    assert get(f"{host.base}/redirect/3") == SONG
    with pytest.raises(FetchFailed, match="redirected more than 3 times"):
        get(f"{host.base}/redirect/4")
    with pytest.raises(RefusedUrl, match="audioUrl must be an absolute http"):
        get(f"{host.base}/to?url=file:///etc/passwd")
    with pytest.raises(RefusedUrl, match="audioUrl must not contain a user name"):
        get(f"{host.base}/to?url=http://user:pw@example.com/a.wav")


def test_every_hop_is_resolved_and_checked_by_the_pinned_connection(host: AudioHost) -> None:
    asked: list[str] = []
    resolver = scripted({"first.test": ["127.0.0.1"], "next.test": ["127.0.0.1"]}, asked)
    url = f"http://first.test:{host.port}/to?url=http://next.test:{host.port}/file/song.wav"
    assert get(url, resolver=resolver) == SONG
    assert asked == ["first.test", "next.test"]
    with pytest.raises(RefusedUrl, match="audioUrl 'first.test' resolves to 127.0.0.1"):
        get(url, resolver=resolver, allow_private=False)


def test_a_dripping_download_ends_at_its_deadline(host: AudioHost) -> None:
    started = time.monotonic()
    with pytest.raises(FetchFailed, match="audioUrl did not finish within 2 s"):
        get(f"{host.base}/drip/a.wav", deadline_s=2.0, max_bytes=2_000_000)
    assert time.monotonic() - started < 6  # a byte every 0.5 s never resets the clock


def test_the_size_cap_counts_the_bytes_received(host: AudioHost) -> None:
    with pytest.raises(FetchFailed, match="audioUrl is larger than"):
        get(f"{host.base}/huge", max_bytes=2_000_000)
    with pytest.raises(FetchFailed, match=r"larger than 500000 bytes \(it says 1000000\)"):
        get(f"{host.base}/drip/declared.wav", max_bytes=500_000)
