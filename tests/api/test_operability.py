"""What an operator and a browser see of a working server: the images answer HEAD
like GET, and /metrics counts renders, callbacks and the queue."""

from __future__ import annotations

import re
import time

import httpx

from tests.api.test_cover_flow import poll_until_done
from tests.support.receiver import CallbackReceiver
from tests.support.server import SleeveServer


def _sample(metrics: str, name: str, labels: str = "") -> float:
    match = re.search(rf"^{re.escape(name + labels)} (\S+)$", metrics, re.MULTILINE)
    return float(match.group(1)) if match else 0.0


def test_head_and_metrics_after_a_cover_is_made(
    server: SleeveServer, client: httpx.Client, receiver: CallbackReceiver
) -> None:
    before = httpx.get(server.base + "/metrics").text
    music_id = server.add_music("alice", "Glass Harbour", "ambient, calm")
    reply = client.post(
        "/api/v1/suno/cover/generate", json={"taskId": music_id, "callBackUrl": receiver.url}
    )
    cover_id = reply.json()["data"]["taskId"]
    final = poll_until_done(client, cover_id)[-1]
    receiver.wait_for(1, timeout=60)

    url = final["response"]["images"][0]
    got = httpx.get(url)
    head = httpx.head(url)
    assert head.status_code == 200 and head.content == b""
    assert head.headers["content-length"] == str(len(got.content))
    assert head.headers["etag"] == got.headers["etag"]
    assert head.headers["content-type"] == "image/png"
    missing = httpx.head(server.base + "/files/covers/" + "0" * 32 + ".png")
    assert missing.status_code == 404

    delivered = '{outcome="delivered"}'
    wanted = _sample(before, "sleeve_callback_attempts_total", delivered) + 1
    deadline = time.time() + 10  # counted just after the receiver answered
    after = httpx.get(server.base + "/metrics").text
    while _sample(after, "sleeve_callback_attempts_total", delivered) < wanted:
        assert time.time() < deadline, "the delivered callback was not counted"
        time.sleep(0.1)
        after = httpx.get(server.base + "/metrics").text
    renders = '{outcome="success"}'
    assert _sample(after, "sleeve_renders_total", renders) == (
        _sample(before, "sleeve_renders_total", renders) + 1
    )
    assert _sample(after, "sleeve_render_seconds_count") == (
        _sample(before, "sleeve_render_seconds_count") + 1
    )
    assert _sample(after, "sleeve_callback_attempt_seconds_count") >= 1
    assert re.search(r"^sleeve_queue_depth \d", after, re.MULTILINE)
    assert 'sleeve_renders_total{outcome="failed"}' in after  # present before any failure
