"""The Sleeve extensions behind the studio, through real HTTP against a real server:
styles, select, variations, export, list and callback resend. Another account's task
is a 404, bad values are a 422 envelope, an unfinished task a 409."""

from __future__ import annotations

import io
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import numpy as np
import pytest
from PIL import Image, ImageCms, JpegImagePlugin

from tests.support.receiver import CallbackReceiver
from tests.support.server import SleeveServer, make_server

COVER = "/api/v1/suno/cover"


def wait_done(client: httpx.Client, cover_id: str, timeout: float = 120) -> dict:
    deadline = time.time() + timeout
    while time.time() < deadline:
        data = client.get(f"{COVER}/record-info", params={"taskId": cover_id}).json()["data"]
        if data["status"] in ("SUCCESS", "GENERATE_COVER_FAILED"):
            return data
        time.sleep(0.1)
    raise AssertionError(f"cover {cover_id} did not finish")


def assert_error(reply: httpx.Response, code: int, *words: str) -> None:
    body = reply.json()
    assert reply.status_code == code and body["code"] == code, body
    assert body["data"] is None and body["msg"]
    for word in words:
        assert word in body["msg"], body["msg"]


@pytest.fixture(scope="module")
def bob(server: SleeveServer) -> Iterator[httpx.Client]:
    """A second account, which must not see alice's tasks."""
    key = server.create_key("bob", credits=10)
    with httpx.Client(
        base_url=server.base, timeout=60, headers={"Authorization": f"Bearer {key['key']}"}
    ) as http:
        yield http


@pytest.fixture(scope="module")
def finished(server: SleeveServer, client: httpx.Client, callbacks: CallbackReceiver) -> dict:
    """A finished cover task of alice's, its callback delivered."""
    music = server.add_music("alice", "Glass Harbour", "dream pop, shoegaze")
    cover_id = client.post(
        f"{COVER}/generate", json={"taskId": music, "callBackUrl": callbacks.url}
    ).json()["data"]["taskId"]
    record = wait_done(client, cover_id)
    assert record["status"] == "SUCCESS"
    callbacks.wait_for(1)
    return record


def test_styles_name_family_and_description(client: httpx.Client) -> None:
    styles = client.get(f"{COVER}/styles").json()["data"]
    assert len(styles) >= 6
    assert {style["family"] for style in styles} == {"image", "graphic"}
    for style in styles:
        assert style["name"] and 10 < len(style["description"]) < 300
    assert_error(httpx.get(f"{client.base_url}{COVER}/styles"), 401, "API key")


def test_select_is_recorded_and_shown(
    client: httpx.Client, bob: httpx.Client, finished: dict
) -> None:
    task = finished["taskId"]
    assert finished["selectedImage"] is None
    picked = client.post(f"{COVER}/select", json={"taskId": task, "image": 2}).json()
    assert picked["data"] == {"taskId": task, "selectedImage": 2}
    record = client.get(f"{COVER}/record-info", params={"taskId": task}).json()["data"]
    assert record["selectedImage"] == 2
    client.post(f"{COVER}/select", json={"taskId": task, "image": 1})
    listed = client.get(f"{COVER}/list").json()["data"]["tasks"]
    assert next(t for t in listed if t["taskId"] == task)["selectedImage"] == 1

    assert_error(bob.post(f"{COVER}/select", json={"taskId": task, "image": 1}), 404)
    assert_error(client.post(f"{COVER}/select", json={"taskId": "f" * 32, "image": 1}), 404)
    for bad in (3, 0, "1", None):
        assert_error(client.post(f"{COVER}/select", json={"taskId": task, "image": bad}), 422)
    assert_error(client.post(f"{COVER}/select", json={"image": 1}), 422, "taskId")


def test_variation_is_a_new_paid_cover_for_the_same_music(
    client: httpx.Client, bob: httpx.Client, finished: dict, callbacks: CallbackReceiver
) -> None:
    before = client.get("/api/v1/generate/credit").json()["data"]
    reply = client.post(
        f"{COVER}/variations",
        json={"taskId": finished["taskId"], "styles": ["grain_gradient", "swiss_geometry"]},
    ).json()
    assert reply["code"] == 200
    variation = reply["data"]["taskId"]
    assert variation != finished["taskId"]
    assert client.get("/api/v1/generate/credit").json()["data"] == before - 1
    record = wait_done(client, variation)
    assert record["status"] == "SUCCESS"
    assert record["parentTaskId"] == finished["parentTaskId"]
    assert record["callbackUrl"] == finished["callbackUrl"]
    listed = {t["taskId"]: t for t in client.get(f"{COVER}/list").json()["data"]["tasks"]}
    assert [image["style"] for image in listed[variation]["images"]] == [
        "grain_gradient",
        "swiss_geometry",
    ]
    assert listed[variation]["variationOf"] == finished["taskId"]
    delivered = callbacks.wait_for(2)
    assert any(c.json["data"]["taskId"] == variation for c in delivered)

    # generate's rule is unchanged: the music task's first cover is still its cover
    again = client.post(
        f"{COVER}/generate",
        json={"taskId": finished["parentTaskId"], "callBackUrl": callbacks.url},
    ).json()
    assert again["code"] == 400 and again["data"]["taskId"] == finished["taskId"]

    # without styles: two styles this track has not had yet, from different families
    surprise = client.post(f"{COVER}/variations", json={"taskId": variation}).json()
    fresh = wait_done(client, surprise["data"]["taskId"])
    listed = {t["taskId"]: t for t in client.get(f"{COVER}/list").json()["data"]["tasks"]}
    used = {i["style"] for t in (finished["taskId"], variation) for i in listed[t]["images"]}
    new = [image["style"] for image in listed[fresh["taskId"]]["images"]]
    assert len(new) == 2 and not set(new) & used, (new, used)
    families = {s["name"]: s["family"] for s in client.get(f"{COVER}/styles").json()["data"]}
    assert families[new[0]] != families[new[1]]


def test_variation_refusals(client: httpx.Client, bob: httpx.Client, finished: dict) -> None:
    task = finished["taskId"]
    before = client.get("/api/v1/generate/credit").json()["data"]
    assert_error(bob.post(f"{COVER}/variations", json={"taskId": task}), 404)
    assert_error(
        client.post(
            f"{COVER}/variations", json={"taskId": task, "styles": ["grain_gradient", "nope"]}
        ),
        422,
        "unknown style 'nope'",
    )
    assert_error(
        client.post(
            f"{COVER}/variations",
            json={"taskId": task, "styles": ["grain_gradient", "grain_gradient"]},
        ),
        422,
        "two different styles",
    )
    assert_error(
        client.post(f"{COVER}/variations", json={"taskId": task, "styles": "grain_gradient"}), 422
    )
    assert_error(
        client.post(
            f"{COVER}/variations", json={"taskId": task, "callBackUrl": "ftp://example.com/x"}
        ),
        422,
        "callBackUrl",
    )
    assert client.get("/api/v1/generate/credit").json()["data"] == before, "refusals are free"


def test_export_is_a_print_ready_file_rendered_once(
    server: SleeveServer, client: httpx.Client, bob: httpx.Client, finished: dict
) -> None:
    task = finished["taskId"]
    reply = client.get(f"{COVER}/export", params={"taskId": task, "image": 2, "size": 3000})
    assert reply.status_code == 200 and reply.headers["content-type"] == "image/jpeg"
    disposition = reply.headers["content-disposition"]
    assert disposition.startswith("attachment;") and "Glass Harbour - cover 2" in disposition
    picture = Image.open(io.BytesIO(reply.content))
    assert picture.format == "JPEG" and picture.size == (3000, 3000) and picture.mode == "RGB"
    assert JpegImagePlugin.get_sampling(picture) == 0, "4:4:4, no chroma subsampling"
    profile = ImageCms.ImageCmsProfile(io.BytesIO(picture.info["icc_profile"]))
    assert "sRGB" in ImageCms.getProfileDescription(profile)
    assert len(reply.content) < 10_000_000, "under distributors' upload limits"

    # the same composition as the delivered image, only larger (compared at 64 px: the
    # grain and scattered sand or stars are drawn anew at each size)
    delivered = Image.open(io.BytesIO(httpx.get(finished["response"]["images"][1]).content))
    small, shown = (
        np.asarray(image.convert("RGB").resize((64, 64), Image.Resampling.BOX), float)
        for image in (picture, delivered)
    )
    assert np.abs(small - shown).mean() < 12, np.abs(small - shown).mean()

    kept = list((server.data_dir / "files" / "exports").glob("*.jpg"))
    assert len(kept) == 1
    again = client.get(f"{COVER}/export", params={"taskId": task, "image": 2, "size": 3000})
    assert again.content == reply.content
    assert list((server.data_dir / "files" / "exports").glob("*.jpg")) == kept

    png = client.get(
        f"{COVER}/export", params={"taskId": task, "image": 1, "size": 1024, "format": "png"}
    )
    assert png.headers["content-type"] == "image/png"
    assert Image.open(io.BytesIO(png.content)).size == (1024, 1024)

    assert_error(bob.get(f"{COVER}/export", params={"taskId": task, "image": 1}), 404)
    for bad in ({"size": 512}, {"size": 3001}, {"format": "gif"}, {"image": 3}, {"image": "x"}):
        params = {"taskId": task, "image": 1, **bad}
        assert_error(client.get(f"{COVER}/export", params=params), 422)
    assert_error(client.get(f"{COVER}/export", params={"taskId": task}), 422, "image")


def test_list_pages_newest_first_with_callback_summary(
    server: SleeveServer, client: httpx.Client, bob: httpx.Client, finished: dict
) -> None:
    everything = client.get(f"{COVER}/list", params={"pageSize": 100}).json()["data"]
    tasks = everything["tasks"]
    assert everything["total"] == len(tasks) >= 1
    times = [task["createTime"] for task in tasks]
    assert times == sorted(times, reverse=True)
    mine = next(task for task in tasks if task["taskId"] == finished["taskId"])
    assert mine["title"] == "Glass Harbour" and mine["status"] == "SUCCESS"
    assert [image["image"] for image in mine["images"]] == [1, 2]
    assert mine["callback"]["status"] == "DELIVERED" and mine["callback"]["attempts"] == 1
    assert mine["callback"]["lastStatusCode"] == 200
    assert mine["direction"]["genre"] and len(mine["direction"]["palette"]) >= 3

    first = client.get(f"{COVER}/list", params={"page": 1, "pageSize": 1}).json()["data"]
    second = client.get(f"{COVER}/list", params={"page": 2, "pageSize": 1}).json()["data"]
    assert first["tasks"][0]["taskId"] == tasks[0]["taskId"]
    if len(tasks) > 1:
        assert second["tasks"][0]["taskId"] == tasks[1]["taskId"]

    assert bob.get(f"{COVER}/list").json()["data"]["tasks"] == []
    for bad in ({"page": 0}, {"pageSize": 0}, {"pageSize": 101}, {"page": "x"}):
        assert_error(client.get(f"{COVER}/list", params=bad), 422)


def test_resend_sends_the_same_callback_again(
    client: httpx.Client, bob: httpx.Client, finished: dict, callbacks: CallbackReceiver
) -> None:
    task = finished["taskId"]

    def for_task() -> list:
        return [c for c in callbacks.received if c.json["data"]["taskId"] == task]

    original = for_task()[0]
    assert client.post(f"{COVER}/callback/resend", json={"taskId": task}).json()["code"] == 200
    deadline = time.time() + 30  # other tests' callbacks may arrive at the same receiver
    while len(for_task()) < 2 and time.time() < deadline:
        time.sleep(0.05)
    repeat = for_task()[1]
    assert repeat.headers["webhook-id"] == original.headers["webhook-id"]
    assert repeat.body == original.body
    deadline = time.time() + 10
    while time.time() < deadline:
        listed = client.get(f"{COVER}/list", params={"pageSize": 100}).json()["data"]["tasks"]
        callback = next(t for t in listed if t["taskId"] == task)["callback"]
        if callback["status"] == "DELIVERED" and callback["attempts"] == 2:
            break
        time.sleep(0.1)
    assert callback["attempts"] == 2 and callback["status"] == "DELIVERED"

    assert_error(bob.post(f"{COVER}/callback/resend", json={"taskId": task}), 404)
    assert_error(client.post(f"{COVER}/callback/resend", json={"taskId": ""}), 422)


def test_an_unfinished_task_cannot_be_picked_exported_or_resent(tmp_path: Path) -> None:
    idle = make_server(tmp_path)  # no workers: the task stays PENDING
    idle.start("--no-workers")
    try:
        key = idle.create_key("carol", credits=5)
        music = idle.add_music("carol", "Not Yet", "lofi")
        with httpx.Client(
            base_url=idle.base, headers={"Authorization": f"Bearer {key['key']}"}, timeout=30
        ) as carol:
            cover = carol.post(
                f"{COVER}/generate", json={"taskId": music, "callBackUrl": "https://example.com/"}
            ).json()["data"]["taskId"]
            for reply in (
                carol.post(f"{COVER}/select", json={"taskId": cover, "image": 1}),
                carol.get(f"{COVER}/export", params={"taskId": cover, "image": 1}),
                carol.post(f"{COVER}/callback/resend", json={"taskId": cover}),
            ):
                assert_error(reply, 409, "PENDING")
    finally:
        idle.stop()


@contextmanager
def own_finished_cover(
    tmp_path: Path, name: str, title: str, tags: str, *music_options: str
) -> Iterator[tuple[SleeveServer, httpx.Client, str]]:
    """A server of the test's own, a client of a new account `name`, and one finished
    cover task of that account's (for tests that restart or alter the server);
    `music_options` go to `sleeve music add`."""
    server = make_server(tmp_path)
    server.start()
    try:
        key = server.create_key(name, credits=5)["key"]
        music = server.add_music(name, title, tags, *music_options)
        with httpx.Client(
            base_url=server.base, headers={"Authorization": f"Bearer {key}"}, timeout=60
        ) as client:
            cover = client.post(
                f"{COVER}/generate", json={"taskId": music, "callBackUrl": "https://example.com/"}
            ).json()["data"]["taskId"]
            assert wait_done(client, cover)["status"] == "SUCCESS"
            yield server, client, cover
    finally:
        server.stop()


def test_an_export_past_the_render_time_limit_fails_with_a_clear_error(tmp_path: Path) -> None:
    with own_finished_cover(tmp_path, "dora", "Long Exposure", "ambient") as (server, dora, cover):
        server.stop()
        server.env["SLEEVE_RENDER_TIMEOUT_S"] = "0.05"  # no 3000 px render is that fast
        server.start()
        params = {"taskId": cover, "image": 2, "size": 3000}
        assert_error(dora.get(f"{COVER}/export", params=params), 500, "limit of 0.05 s")
        kept = list((server.data_dir / "files").glob("exports/*"))
        assert kept == [], "nothing half-made is kept"


def test_a_cover_from_an_earlier_engine_is_not_exported_as_a_different_picture(
    tmp_path: Path,
) -> None:
    with own_finished_cover(tmp_path, "erin", "Old Prints", "folk") as (_, erin, cover):
        # as an upgrade leaves it: the task's notes name the engine that drew it
        with sqlite3.connect(tmp_path / "sleeve.db") as db:
            db.execute(
                "UPDATE cover_tasks SET notes = replace(notes, 'engine ', 'engine old-') "
                "WHERE id = ?",
                (cover,),
            )
        params = {"taskId": cover, "image": 1, "size": 1024}
        reply = erin.get(f"{COVER}/export", params=params)
        assert_error(reply, 409, "engine old-", "variation")
        assert list((tmp_path / "files").glob("exports/*")) == []

        fresh = erin.post(f"{COVER}/variations", json={"taskId": cover}).json()["data"]
        assert wait_done(erin, fresh["taskId"])["status"] == "SUCCESS"
        reply = erin.get(f"{COVER}/export", params={**params, "taskId": fresh["taskId"]})
        assert reply.status_code == 200 and reply.headers["content-type"] == "image/jpeg"


def test_exports_expire_with_the_images(
    server: SleeveServer, client: httpx.Client, finished: dict
) -> None:
    later = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(time.time() + 15 * 86400))
    server.cli("sweep", "--at", later)
    assert list((server.data_dir / "files" / "exports").glob("*")) == []
    assert_error(
        client.get(f"{COVER}/export", params={"taskId": finished["taskId"], "image": 1}),
        409,
        "retention",
    )


def test_a_variation_in_the_same_styles_draws_new_layouts_and_exports_them(
    tmp_path: Path,
) -> None:
    """The account's memory of layouts: a variation asked in the very styles of the
    first cover draws them in other compositions (at another turn of the seed), and
    its export is the variation's picture, not the first one's."""
    options = ("--task-id", "night-market")
    with own_finished_cover(tmp_path, "finn", "Night Market", "city pop", *options) as (
        _,
        finn,
        cover,
    ):
        first = wait_done(finn, cover)
        listed = {t["taskId"]: t for t in finn.get(f"{COVER}/list").json()["data"]["tasks"]}
        styles = [image["style"] for image in listed[cover]["images"]]
        asked = finn.post(f"{COVER}/variations", json={"taskId": cover, "styles": styles})
        variation = asked.json()["data"]["taskId"]
        varied = wait_done(finn, variation)
        assert varied["status"] == "SUCCESS"
        with sqlite3.connect(tmp_path / "sleeve.db") as db:
            rows = db.execute(
                "SELECT cover_task_id, style, turn, layout FROM cover_images "
                "ORDER BY cover_task_id, position"
            ).fetchall()
        layouts = {task: [row[1:] for row in rows if row[0] == task] for task in (cover, variation)}
        assert [row[0] for row in layouts[variation]] == styles
        assert all(layout.split("/")[0] == style for _, style, _, layout in rows)
        assert not {row[2] for row in layouts[variation]} & {row[2] for row in layouts[cover]}

        def at_64(url_or_bytes: str | bytes) -> np.ndarray:
            data = (
                url_or_bytes if isinstance(url_or_bytes, bytes) else httpx.get(url_or_bytes).content
            )
            image = Image.open(io.BytesIO(data)).convert("RGB")
            return np.asarray(image.resize((64, 64), Image.Resampling.BOX), float)

        moved = [i for i, row in enumerate(layouts[variation]) if row[1] > 0]
        assert moved, layouts
        image = moved[0] + 1
        params = {"taskId": variation, "image": image, "size": 1024, "format": "png"}
        exported = at_64(finn.get(f"{COVER}/export", params=params).content)
        delivered = at_64(varied["response"]["images"][image - 1])
        before = at_64(first["response"]["images"][image - 1])
        assert np.abs(exported - delivered).mean() < 6
        assert np.abs(exported - before).mean() > 12
